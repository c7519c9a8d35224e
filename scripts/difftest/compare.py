"""compare.py -- one program built and run by gc and by escgo, compared.

check(dir, escgo) builds DIR/main.go with `-gcflags='-m -l'` and with
`-gcflags=-m` under both compilers, runs the default (-m, inlining) builds,
and returns a Result: the run's verdict and, per flag set, the differences
between the two compilers' diagnostics, each classified:

  verdict   the same position, and texts that differ only in the verdict
            (escapes / does not escape / moved to heap / leaking param), or
            a verdict line (moved to heap, leaking param) one side lacks
  position  the same text at another position
  wording   the same position, another text
  inlining  a `can inline` / `inlining call to` line one side lacks
  missing   any other line gc prints and escgo does not
  extra     any other line escgo prints and gc does not
"""
import collections
import os
import re
import subprocess

FLAGSETS = {'m-l': '-m -l', 'm': '-m'}
POS = re.compile(r'^(.*?:\d+:\d+): (.*)$')
VERDICT_WORDS = re.compile(r'escapes to heap|does not escape|moved to heap: |leaking param content: |'
                           r'leaking param: |leaking closure reference |to result \S+ level=\d+')
VERDICT_LINE = re.compile(r'^(moved to heap: |leaking param|leaking closure)')
TIMEOUT = 60


class Result:
    def __init__(self):
        self.run = 'same'       # same | output | exit | timeout | escgo-error | escgo-crash |
                                # escgo-build-timeout | gc-error
        self.detail = ''
        self.diffs = {k: [] for k in FLAGSETS}   # flag set -> [(class, text)]


def go_env():
    env = dict(os.environ, GO111MODULE='off', GOFLAGS='')
    return env


def run(argv, cwd, timeout=TIMEOUT, env=None):
    try:
        p = subprocess.run(argv, cwd=cwd, capture_output=True, timeout=timeout, env=env)
        return p.returncode, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired:
        return None, '', 'timeout'


def diagnostics(stderr):
    return [l for l in stderr.splitlines() if l and not l.startswith('#')]


def verdictless(text):
    return VERDICT_WORDS.sub('', text)


def classify(gc_lines, es_lines):
    """[(class, text)] for the lines that differ (a multiset difference)."""
    g, e = collections.Counter(gc_lines), collections.Counter(es_lines)
    missing, extra = list((g - e).elements()), list((e - g).elements())
    split = lambda l: POS.match(l).groups() if POS.match(l) else ('', l)
    out = []
    for m in list(missing):   # same position, other text
        pos, text = split(m)
        twin = next((x for x in extra if split(x)[0] == pos), None)
        if twin is not None:
            cls = 'verdict' if verdictless(text) == verdictless(split(twin)[1]) else 'wording'
            out.append((cls, 'gc "%s", escgo "%s" at %s' % (text, split(twin)[1], pos)))
            missing.remove(m)
            extra.remove(twin)
    for m in list(missing):   # same text, other position
        pos, text = split(m)
        twin = next((x for x in extra if split(x)[1] == text), None)
        if twin is not None:
            out.append(('position', '"%s" at %s, escgo at %s' % (text, pos, split(twin)[0])))
            missing.remove(m)
            extra.remove(twin)
    for lines, side in ((missing, 'missing'), (extra, 'extra')):
        for l in lines:
            pos, text = split(l)
            who = 'only gc' if side == 'missing' else 'only escgo'
            if VERDICT_LINE.match(text) or 'escape' in text:
                cls = 'verdict'
            elif 'inline' in text:
                cls = 'inlining'
            else:
                cls = side
            out.append((cls, '%s: %s: %s' % (who, pos, text)))
    return out


def check(d, escgo, only=None):
    """Compares gc and escgo on d/main.go; only: one flag set's name, no run."""
    r = Result()
    env = go_env()
    outputs = {}
    for name, flags in FLAGSETS.items():
        if only and name != only:
            continue
        rc, _, gerr = run(['go', 'build', '-gcflags=' + flags, '-o', 'gc-%s.bin' % name, 'main.go'], d, env=env)
        if rc != 0:
            r.run, r.detail = 'gc-error', gerr.strip()[:300]
            return r
        rc, _, eerr = run([escgo, 'build', '-gcflags=' + flags, '-o', 'es-%s.bin' % name, 'main.go'], d)
        if rc is None:   # (a loaded machine, not a crash: said apart)
            r.run, r.detail = 'escgo-build-timeout', 'no result after %d s' % TIMEOUT
            return r
        if rc >= 128 or rc < 0 or 'internal compiler error' in eerr:
            r.run, r.detail = 'escgo-crash', eerr.strip()[-300:]
            return r
        if rc != 0:
            r.run, r.detail = 'escgo-error', eerr.strip()[:300]
            return r
        r.diffs[name] = classify(diagnostics(gerr), diagnostics(eerr))
        outputs[name] = True
    if only:
        return r
    grc, gout, gerr = run(['./gc-m.bin'], d, timeout=20)
    erc, eout, eerr = run(['./es-m.bin'], d, timeout=20)
    if erc is None:
        r.run = 'timeout'
    elif gout != eout:
        r.run, r.detail = 'output', first_difference(gout, eout)
    elif grc != erc:
        r.run, r.detail = 'exit', 'gc exit %s, escgo exit %s: %s' % (grc, erc, eerr.strip()[:200])
    return r


def first_difference(a, b):
    al, bl = a.splitlines(), b.splitlines()
    for i in range(max(len(al), len(bl))):
        x = al[i] if i < len(al) else '<end>'
        y = bl[i] if i < len(bl) else '<end>'
        if x != y:
            return 'line %d: gc "%s", escgo "%s"' % (i + 1, x[:80], y[:80])
    return ''
