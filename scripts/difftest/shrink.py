"""shrink.py -- a failing program made smaller while it still fails the same way.

shrink(path, still_fails) deletes statements and whole blocks (an if with
its else, a for) from function bodies, one at a time from the bottom up,
keeping each deletion after which gc still compiles the program and
still_fails(text) holds; it repeats until a pass deletes nothing or the
budget is spent, and returns the smallest text found.
"""
import time


def units(lines):
    """(start, end) line ranges that can go: a simple statement in a
    function body, or a block from its opening line to its closing brace."""
    out = []
    for i, l in enumerate(lines):
        if not l.startswith('\t') or l.strip() in ('}', '} else {'):
            continue
        if l.rstrip().endswith('{') and not l.lstrip().startswith('}'):
            depth, j = 0, i
            while j < len(lines):
                s = lines[j].strip()
                depth += s.endswith('{') - s.startswith('}')
                if depth == 0:
                    break
                j += 1
            out.append((i, j))
        elif not l.strip().startswith('return') and '{' not in l and '}' not in l:
            out.append((i, i))
    return out


def shrink(text, still_fails, budget_s=240, max_tries=300):
    lines = text.split('\n')
    start, tries = time.time(), 0
    changed = True
    while changed and tries < max_tries and time.time() - start < budget_s:
        changed = False
        for a, b in reversed(units(lines)):
            if tries >= max_tries or time.time() - start >= budget_s:
                break
            if b >= len(lines):
                continue
            cand = lines[:a] + lines[b + 1:]
            tries += 1
            if still_fails('\n'.join(cand)):
                lines, changed = cand, True
                break   # the units moved: list them again
    return '\n'.join(lines)
