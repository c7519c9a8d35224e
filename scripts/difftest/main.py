#!/usr/bin/env python3
"""difftest -- escgo against gc on random programs (make difftest N=500).

    python3 scripts/difftest/main.py [-n N] [--from SEED] [-j J] [--no-shrink] [-o DIR]

Programs come from gen.py (seeds FROM..FROM+N-1); compare.py builds each
with gc (Go 1.19, the go command on PATH) and escgo, with -m -l and -m,
runs them, and classifies every difference. The report (also written to
DIR/report.txt, default build/difftest) gives, out of N: programs whose run
output is gc's, whose -m -l lines and whose -m lines are gc's (text and
position), and the programs of each class of difference with an example.
The first program of each class is shrunk (shrink.py) to
DIR/shrunk/CLASS-SEED.go: a start for an escape test.

Exit status 1 when a program's run differs from gc's (output, exit status,
escgo refusing or crashing) or fewer than --min-ml percent (98) of the
programs have gc's -m -l lines: the bar of issue 13. Without a go command
it says so and exits 0.
"""
import argparse
import collections
import concurrent.futures
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import compare   # noqa: E402
import gen       # noqa: E402
import shrink    # noqa: E402


def one(seed, out, escgo):
    d = os.path.join(out, 'work', str(seed))
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, 'main.go'), 'w') as f:
        f.write(gen.generate(seed))
    r = compare.check(d, escgo)
    return seed, r


def failing_the_same_way(escgo, out, seed, mode, cls, text_key):
    """A predicate for shrink: the candidate program still shows (cls, text)."""
    d = os.path.join(out, 'shrink-work', str(seed))
    os.makedirs(d, exist_ok=True)

    def still(text):
        with open(os.path.join(d, 'main.go'), 'w') as f:
            f.write(text)
        if mode == 'run':
            r = compare.check(d, escgo)
            return r.run == cls
        r = compare.check(d, escgo, only=mode)
        return r.run == 'same' and any(c == cls and key(t) == text_key for c, t in r.diffs[mode])
    return still


def key(text):
    """A difference's text without positions, which shrinking changes."""
    import re
    return re.sub(r'\S*:\d+:\d+', 'POS', text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('-n', type=int, default=100)
    ap.add_argument('--from', dest='start', type=int, default=1)
    ap.add_argument('-j', type=int, default=2)
    ap.add_argument('-o', default=os.path.join(ROOT, 'build', 'difftest'))
    ap.add_argument('--no-shrink', action='store_true')
    ap.add_argument('--shrink-seconds', type=int, default=90)
    ap.add_argument('--min-ml', type=float, default=98.0)
    ap.add_argument('--escgo', default=os.path.join(ROOT, 'bin', 'escgo'))
    a = ap.parse_args()
    if not shutil.which('go'):
        print('difftest: no go command on PATH (apt-get install golang-go): nothing compared')
        return 0
    out = os.path.abspath(a.o)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    seeds = range(a.start, a.start + a.n)
    results = {}
    with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
        for seed, r in ex.map(lambda s: one(s, out, a.escgo), seeds):
            results[seed] = r
            if r.run == 'same' and not any(r.diffs.values()):
                shutil.rmtree(os.path.join(out, 'work', str(seed)), ignore_errors=True)
    report, examples = summarise(results, a)
    print(report, end='', flush=True)   # before shrinking, which takes minutes
    if not a.no_shrink and examples:
        shrunk = shrink_examples(examples, a, out)
        print(shrunk, end='')
        report += shrunk
    with open(os.path.join(out, 'report.txt'), 'w') as f:
        f.write(report)
    n = len(results)
    ran_same = sum(r.run == 'same' for r in results.values())
    ml_same = sum(r.run == 'same' and not r.diffs['m-l'] for r in results.values())
    return 0 if ran_same == n and 100.0 * ml_same / n >= a.min_ml else 1


def summarise(results, a):
    """The report's text, and the first program of each class to shrink."""
    n = len(results)
    lines = ['difftest: %d programs (seeds %d..%d), gc (go on PATH) vs %s' %
             (n, a.start, a.start + n - 1, os.path.relpath(a.escgo, ROOT))]
    ran = collections.defaultdict(list)
    for s, r in sorted(results.items()):
        ran[r.run].append(s)
    lines.append('run output and exit status identical: %d/%d' % (len(ran['same']), n))
    for what, ss in sorted(ran.items()):
        if what != 'same':
            lines.append('  %s: %d programs, e.g. seed %d: %s' % (what, len(ss), ss[0], results[ss[0]].detail))
    examples = []
    for mode, flags in compare.FLAGSETS.items():
        ok = [s for s, r in results.items() if r.run not in ('gc-error', 'escgo-error', 'escgo-crash',
                                                             'escgo-build-timeout')
              and not r.diffs[mode]]
        lines.append('%s lines identical (text and position): %d/%d (%.1f%%)' %
                     (flags, len(ok), n, 100.0 * len(ok) / n))
        by_class = collections.defaultdict(list)
        for s, r in sorted(results.items()):
            for cls in sorted({c for c, _ in r.diffs[mode]}):
                by_class[cls].append(s)
        for cls, ss in sorted(by_class.items(), key=lambda kv: -len(kv[1])):
            first = next(t for c, t in results[ss[0]].diffs[mode] if c == cls)
            lines.append('  %-9s %3d programs, e.g. seed %d: %s' % (cls, len(ss), ss[0], first))
            examples.append((mode, cls, ss[0], first))
    for what, ss in ran.items():
        if what not in ('same', 'gc-error'):
            examples.append(('run', what, ss[0], None))
    return '\n'.join(lines) + '\n', examples


def shrink_examples(examples, a, out):
    lines = ['shrunk (the first program of each class, %d s at most each):' % a.shrink_seconds]
    os.makedirs(os.path.join(out, 'shrunk'), exist_ok=True)
    for mode, cls, seed, text in examples:
        src = open(os.path.join(out, 'work', str(seed), 'main.go')).read()
        pred = failing_the_same_way(a.escgo, out, seed, mode, cls, key(text) if text else None)
        small = shrink.shrink(src, pred, budget_s=a.shrink_seconds)
        path = os.path.join(out, 'shrunk', '%s-%s-%d.go' % (mode, cls, seed))
        with open(path, 'w') as f:
            f.write(small)
        lines.append('  %s (%d lines, from %d)' % (os.path.relpath(path, ROOT), small.count('\n') + 1,
                                                 src.count('\n') + 1))
    return '\n'.join(lines) + '\n'


if __name__ == '__main__':
    sys.exit(main())
