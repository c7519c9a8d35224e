#!/usr/bin/env python3
"""conformance.py -- escgo on Go 1.19's own test suite ($GOROOT/test), as a ratchet.

  scripts/conformance.py [COMPILER] [-j N] [-o OUTDIR] [-v] [--update]
  make conformance            (make conformance-update: --update)

COMPILER is an escgo-like driver (default: bin/escgo of this checkout),
invoked as  COMPILER build -o OUT [-gcflags 'FLAGS'] ./NAME.go ; the value
"gc" runs the reference gc toolchain with the command lines of Go's
test/run.go instead (a self-check of this harness: gc passes 190 of 191 and
47 of 47). GOROOT: $ESCGO_GOROOT, else `go env GOROOT`, else
/usr/lib/go-1.19 (Debian's golang-1.19-src).

Part 1 ("run"): single-file tests in test/, test/ken, test/chan,
  test/interface whose first line is exactly "// run". Build (timeout 60 s),
  run (timeout 60 s, cwd = the file's directory); stdout+stderr must equal
  NAME.out (or be empty without one) and the exit status 0 (run.go's rule).
Part 2 ("-m errorcheck"): single-file tests in test/ and test/fixedbugs
  whose action line (the first line, or the second after a "+build" line)
  starts with "// errorcheck" and whose flags include -m. Built with
  COMPILER build -gcflags '<flags minus -0>' ./NAME.go from the file's
  directory and judged as run.go's errorCheck does: every regexp of
  "// ERROR "re" ..." / "// ERRORAUTO" must match an unconsumed diagnostic of
  its line, every diagnostic must be consumed, and the compiler must exit 0.

The ratchet: tests/conformance/passing.txt lists the files escgo passes
("run FILE" / "m FILE"). A listed file that fails is a regression: the
script prints it and exits 1. Files that newly pass are printed; --update
rewrites the list (only when nothing regressed), so the list only grows.
Details go to OUTDIR (default build/conformance): run-results.tsv,
m-results.tsv, and each test's output under work/.
"""
import os, re, sys, time, signal, shutil, subprocess, argparse, concurrent.futures as cf

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def find_goroot():
    g = os.environ.get('ESCGO_GOROOT')
    if not g:
        try:
            g = subprocess.run(['go', 'env', 'GOROOT'], capture_output=True, text=True,
                               timeout=30).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            g = ''
    for cand in (g, '/usr/lib/go-1.19', '/usr/share/go-1.19'):
        if cand and os.path.isdir(os.path.join(cand, 'test', 'ken')):
            return cand
    sys.exit("conformance: Go 1.19's test suite not found (apt-get install golang-1.19-src, "
             "or set ESCGO_GOROOT)")

GOROOT = find_goroot()
T = os.path.join(GOROOT, 'test')

ap = argparse.ArgumentParser(prog='conformance.py')
ap.add_argument('compiler', nargs='?', default=os.path.join(ROOT, 'bin', 'escgo'))
ap.add_argument('-j', type=int, default=2)
ap.add_argument('-o', dest='out', default=None)
ap.add_argument('-v', action='store_true')
ap.add_argument('--update', action='store_true', help='rewrite tests/conformance/passing.txt')
A = ap.parse_args()
GC = A.compiler == 'gc'
if not GC:
    A.compiler = os.path.abspath(A.compiler)
    if not os.access(A.compiler, os.X_OK):
        sys.exit('conformance: not executable: ' + A.compiler + ' (run make)')
OUT = os.path.abspath(A.out or os.path.join(ROOT, 'build', 'conformance', 'gc' if GC else 'escgo'))
WORK = os.path.join(OUT, 'work')
shutil.rmtree(WORK, ignore_errors=True)
os.makedirs(os.path.join(WORK, 'run'))
os.makedirs(os.path.join(WORK, 'm'))
os.makedirs(os.path.join(WORK, 'tmp'))

ENV = dict(os.environ, GOOS='linux', GOARCH='amd64', GOENV='off', GOFLAGS='',
           TMPDIR=os.path.join(WORK, 'tmp'))

# ---------------------------------------------------------------- helpers
def runcmd(argv, cwd, timeout):
    """Run argv with stdout+stderr combined; kill its process group on timeout.
    Returns (rc or 'timeout', output bytes)."""
    p = subprocess.Popen(argv, cwd=cwd, env=dict(ENV, PWD=cwd), stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         start_new_session=True)
    try:
        out, _ = p.communicate(timeout=timeout)
        return p.returncode, out
    except subprocess.TimeoutExpired:
        try: os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError: pass
        out, _ = p.communicate()
        return 'timeout', out

def split_quoted(s):
    # run.go's splitQuoted: whitespace-separated, '...' and "..." quoting
    args, cur, have, q, esc = [], [], False, None, False
    for c in s:
        if esc: cur.append(c); esc = False; have = True
        elif c == '\\' and q != "'": esc = True
        elif q:
            if c == q: q = None
            else: cur.append(c)
        elif c in '"\'': q = c; have = True
        elif c.isspace():
            if have or cur: args.append(''.join(cur)); cur = []; have = False
        else: cur.append(c); have = True
    if have or cur: args.append(''.join(cur))
    return args

TAGS = {'linux', 'amd64', 'gc', 'test_run', 'cgo'}
def tag_ok(t):
    neg = t.startswith('!'); t = t.lstrip('!')
    return (t in TAGS) != neg
def constraint_ok(header):
    """run.go's shouldTest for linux/amd64 (// +build and //go:build lines)."""
    for line in header.split('\n'):
        if line.startswith('package '): break
        if line.startswith('// +build'):
            opts = line[len('// +build'):].split()
            if opts and not any(all(tag_ok(t) for t in o.split(',')) for o in opts):
                return False
        elif line.startswith('//go:build'):
            e = line[len('//go:build'):]
            e = re.sub(r'[A-Za-z0-9_.]+', lambda m: str(m.group(0) in TAGS), e)
            e = e.replace('&&', ' and ').replace('||', ' or ').replace('!', ' not ')
            try:
                if not eval(e): return False
            except Exception: pass
    return True

def parse_action(path):
    """Returns (first_line, action_words, shouldTest) the way run.go reads them."""
    src = open(path, encoding='utf-8', errors='replace').read()
    if not src or src[0] == '\n' or '\n\n' not in src: return None
    action = src.split('\n\n', 1)[0]
    first = action.split('\n', 1)[0]
    if '\n' in action and '+build' in first:
        action = action.split('\n', 1)[1]
    if action.startswith('//'): action = action[2:]
    header = src.split('\npackage', 1)[0] if '\npackage' in src else action
    return first, split_quoted(action), constraint_ok(header)

def action_flags(words):
    """run.go's flag loop: returns (flags, wantError)."""
    act, args = words[0], words[1:]
    want_error = act in ('errorcheck', 'errorcheckwithauto')
    flags = []
    while args and args[0].startswith('-'):
        a = args.pop(0)
        if a == '-1': want_error = True
        elif a == '-0': want_error = False
        elif a in ('-t', '-goexperiment'): args and args.pop(0)
        elif a == '-s': pass
        else: flags.append(a)
    return flags, want_error

def short(p): return os.path.relpath(p, T)
def workname(p): return short(p).replace('/', '_')[:-3]

# ---------------------------------------------------------------- selection
def actions(dirs):
    """(path, first line, action words, build constraint ok) of each test file."""
    for d in dirs:
        dd = os.path.join(T, d)
        for n in sorted(os.listdir(dd)):
            if not n.endswith('.go'): continue
            p = os.path.normpath(os.path.join(dd, n))
            r = parse_action(p)
            if r is not None:
                yield (p,) + tuple(r)

run_main, run_extra = [], []
for p, first, words, ok in actions(('.', 'ken', 'chan', 'interface')):
    if first == '// run':
        run_main.append((p, ok))
    elif words == ['run'] and ok:
        run_extra.append((p, ok))          # +build line first, "// run" second

m_main, m_extra = [], []
for p, first, words, ok in actions(('.', 'fixedbugs')):
    if not words or words[0] not in ('errorcheck', 'errorcheckwithauto'): continue
    flags, want_error = action_flags(words)
    if not any(f == '-m' or f.startswith('-m=') for f in flags): continue
    src = open(p, encoding='utf-8', errors='replace').read()
    actline = first if '+build' not in first else src.split('\n')[1]
    item = (p, words[0], flags, want_error, ok)
    (m_main if actline.startswith('// errorcheck') else m_extra).append(item)

# ---------------------------------------------------------------- run tests
def do_run(p):
    d, base = os.path.dirname(p), os.path.basename(p)
    wd = os.path.join(WORK, 'run', workname(p)); os.makedirs(wd)
    exe = os.path.join(wd, 'test.exe')
    t0 = time.time()
    if GC:
        rc, out = runcmd(['go', 'tool', 'compile', '-p=main', '-o', os.path.join(wd, 'pkg.a'), p], wd, 60)
        if rc == 0:
            rc, out = runcmd(['go', 'tool', 'link', '-s', '-w', '-o', exe, os.path.join(wd, 'pkg.a')], wd, 60)
    else:
        rc, out = runcmd([A.compiler, 'build', '-o', exe, './' + base], d, 60)
    open(os.path.join(wd, 'build.log'), 'wb').write(out)
    if rc != 0 or not os.path.exists(exe):
        first = next((l for l in out.decode('utf-8', 'replace').split('\n')
                      if l.strip() and not l.startswith('#')), '')
        return p, 'build-timeout' if rc == 'timeout' else 'build-fail', first[:200], time.time() - t0
    rc, out = runcmd([exe], d, 60)   # run.go's default time limit
    open(os.path.join(wd, 'run.log'), 'wb').write(out)
    if rc == 'timeout':
        return p, 'run-timeout', '', time.time() - t0
    got = out.replace(b'\r\n', b'\n')
    outf = p[:-3] + '.out'
    want = open(outf, 'rb').read() if os.path.exists(outf) else b''
    if rc != 0:
        last = got.decode('utf-8', 'replace').strip().split('\n')[-1:] or ['']
        return p, 'exit-%s' % rc, last[0][:200], time.time() - t0
    if got != want:
        return p, 'wrong-output', ('.out differs' if os.path.exists(outf) else 'expected empty output'), time.time() - t0
    return p, 'pass', '', time.time() - t0

# ---------------------------------------------------------------- errorcheck
errRx = re.compile(r'// (?:GC_)?ERROR (.*)')
errAutoRx = re.compile(r'// (?:GC_)?ERRORAUTO (.*)')
errQuotesRx = re.compile(r'"([^"]*)"')
lineRx = re.compile(r'LINE(([+-])([0-9]+))?')

def go_re(rx):
    # Go RE2 -> Python re: the few syntax differences that could matter
    rx = rx.replace(r'\z', r'\Z')
    return re.compile(rx)

def wanted_errors(path, sh):
    want = []
    for i, line in enumerate(open(path, encoding='utf-8', errors='replace').read().split('\n')):
        ln = i + 1
        if '////' in line: continue
        auto = True
        m = errAutoRx.search(line)
        if not m:
            auto = False
            m = errRx.search(line)
        if not m: continue
        for q in errQuotesRx.findall(m.group(1)):
            def sub(mm, ln=ln):
                s = mm.group(0); n = ln
                if s.startswith('LINE+'): n += int(s[5:])
                elif s.startswith('LINE-'): n -= int(s[5:])
                return '%s:%d' % (sh, n)
            rx = lineRx.sub(sub, q)
            want.append(dict(rx=rx, re=go_re(rx), prefix='%s:%d' % (sh, ln), auto=auto, line=ln))
    return want

def split_output(out, want_auto):
    res = []
    for line in out.split('\n'):
        if line.endswith('\r'): line = line[:-1]
        if line.startswith('\t') and res: res[-1] += '\n' + line
        elif line.startswith('go tool') or line.startswith('#') or (not want_auto and line.startswith('<autogenerated>')):
            continue
        elif line.strip(): res.append(line)
    return res

def match_prefix(s, prefix):
    i = s.find(':')
    if i < 0: return False
    j = s.rfind('/', 0, i)
    s = s[j + 1:]
    if len(s) <= len(prefix) or s[:len(prefix)] != prefix: return False
    return s[len(prefix)] in '[:'

def error_check(out_str, want_auto, path, full, sh):
    """Port of run.go errorCheck. Returns (n_wanted, n_matched, problems, unmatched_out)."""
    out = split_output(out_str, want_auto)
    out = [o.replace(full, sh) for o in out]
    want = wanted_errors(path, sh)
    matched_n, problems = 0, []
    auto_m = [0]
    for we in want:
        pfx = '<autogenerated>' if we['auto'] else we['prefix']
        errmsgs = [o for o in out if match_prefix(o, pfx)]
        out = [o for o in out if not match_prefix(o, pfx)]
        if not errmsgs:
            problems.append('%s: missing error %r' % (we['prefix'], we['rx'])); continue
        matched = False
        for em in errmsgs:
            text = em.split(' ', 1)[1] if ' ' in em else em
            if we['re'].search(text): matched = True
            else: out.append(em)
        if matched:
            matched_n += 1
            if we['auto']: auto_m[0] += 1
        else: problems.append('%s: no match for %r' % (we['prefix'], we['rx']))
    return len(want), matched_n, problems, out, sum(w['auto'] for w in want), auto_m[0]

def do_m(item):
    p, act, flags, want_error, ok = item
    d, base = os.path.dirname(p), os.path.basename(p)
    wd = os.path.join(WORK, 'm'); t0 = time.time()
    if GC:
        fl = list(flags)
        for i, f in enumerate(fl):
            if f.startswith('-d='): fl[i] = f + ',ssa/check/on'; break
        else: fl.append('-d=ssa/check/on')
        rc, out = runcmd(['go', 'tool', 'compile', '-p=p', '-d=panic', '-C', '-e', '-o',
                          os.path.join(wd, workname(p) + '.o')] + fl + [p], wd, 60)
    else:
        rc, out = runcmd([A.compiler, 'build', '-o', os.path.join(wd, workname(p) + '.bin'),
                          '-gcflags', ' '.join(flags), './' + base], d, 60)
    open(os.path.join(wd, workname(p) + '.out'), 'wb').write(out)
    s = out.decode('utf-8', 'replace')
    nw, nm, problems, unmatched, na, nam = error_check(s, act == 'errorcheckwithauto', p, p if GC else './' + base, base)
    status_ok = (rc != 0 and rc != 'timeout') if want_error else (rc == 0)
    passed = status_ok and not problems and not unmatched
    why = []
    if rc == 'timeout': why.append('timeout')
    elif not status_ok: why.append('exit %s%s' % (rc, ' (wanted failure)' if want_error else ''))
    if problems: why.append('%d annotation(s) unmatched' % len(problems))
    if unmatched: why.append('%d unexpected diagnostic(s)' % len(unmatched))
    return dict(p=p, flags=flags, rc=rc, nw=nw, nm=nm, na=na, nam=nam, passed=passed,
                passed_ignoring_exit=not problems and not unmatched,
                why='; '.join(why), problems=problems, unmatched=unmatched, dt=time.time() - t0)

# ---------------------------------------------------------------- drive
t_start = time.time()
with cf.ThreadPoolExecutor(max_workers=A.j) as ex:
    fr = {ex.submit(do_run, p): p for p, _ in run_main + run_extra}
    fm = {ex.submit(do_m, it): it for it in m_main + m_extra}
    rres = {f.result()[0]: f.result() for f in fr}
    mres = {f.result()['p']: f.result() for f in fm}
elapsed = time.time() - t_start

name = 'gc (reference)' if GC else A.compiler
print('compiler: %s' % name)
print('suite:    %s' % T)
print()
# ---- run
main_paths = [p for p, _ in run_main]
npass = [p for p in main_paths if rres[p][1] == 'pass']
with open(os.path.join(OUT, 'run-pass.txt'), 'w') as f:
    for p in npass: f.write(short(p) + '\n')
with open(os.path.join(OUT, 'run-results.tsv'), 'w') as f:
    for p, ok in run_main + run_extra:
        r = rres[p]
        f.write('%s\t%s\t%s\t%.2fs\t%s\n' % (short(p), 'main' if (p, ok) in run_main else 'extra', r[1], r[3], r[2]))
from collections import Counter
c = Counter(rres[p][1] for p in main_paths)
print('1. "// run" programs: %d/%d passed' % (len(npass), len(main_paths)))
print('   failures: ' + ', '.join('%s %d' % (k, v) for k, v in sorted(c.items()) if k != 'pass'))
skipped = [short(p) for p, ok in run_main if not ok]
if skipped:
    print('   note: run.go skips on linux/amd64 (build constraint): ' + ', '.join(skipped) +
          ' -> %d/%d among the %d run.go tests' % (sum(1 for p, ok in run_main if ok and rres[p][1] == 'pass'),
                                                  sum(1 for _, ok in run_main if ok), sum(1 for _, ok in run_main if ok)))
ep = [p for p, _ in run_extra if rres[p][1] == 'pass']
print('   extra (run.go also runs these "+build"-first-line run tests): %d/%d' % (len(ep), len(run_extra)))
print('   passing list: %s' % os.path.join(OUT, 'run-pass.txt'))
if A.v:
    for p in main_paths:
        if rres[p][1] != 'pass': print('     FAIL %-28s %-14s %s' % (short(p), rres[p][1], rres[p][2]))
print()
# ---- -m
def msum(items):
    rs = [mres[it[0]] for it in items]
    return (sum(r['passed'] for r in rs), len(rs), sum(r['nm'] for r in rs), sum(r['nw'] for r in rs), rs)
fp, fn, am, an, rs = msum(m_main)
auto_total = sum(r['na'] for r in rs); auto_matched = sum(r['nam'] for r in rs)
print('2. -m errorcheck files: %d/%d passed' % (fp, fn))
print('   annotations matched: %d/%d  (N = regexps in ERROR/ERRORAUTO comments; %d are ERRORAUTO,'
      ' excluding them: %d/%d)' % (am, an, auto_total, am - auto_matched, an - auto_total))
pie = sum(r['passed_ignoring_exit'] for r in rs)
rej = sum(1 for r in rs if r['rc'] != 0)
print('   files with non-zero compiler exit: %d; passed if exit status were ignored: %d' % (rej, pie))
efp, efn, eam, ean, _ = msum(m_extra)
print('   extra ("//errorcheck" without space, also run by run.go): %d/%d files, %d/%d annotations' % (efp, efn, eam, ean))
with open(os.path.join(OUT, 'm-results.tsv'), 'w') as f:
    for it in m_main + m_extra:
        r = mres[it[0]]
        f.write('%s\t%s\t%s\t%s\t%d/%d\trc=%s\t%s\n' % (short(r['p']), 'main' if it in m_main else 'extra',
                'PASS' if r['passed'] else 'FAIL', ' '.join(r['flags']), r['nm'], r['nw'], r['rc'], r['why']))
if A.v:
    for r in rs:
        print('     %s %-30s %4d/%-4d %s' % ('PASS' if r['passed'] else 'FAIL', short(r['p']), r['nm'], r['nw'], r['why']))
print('   details: %s' % os.path.join(OUT, 'm-results.tsv'))
print()
slow = sorted([(rres[p][3], short(p), rres[p][1]) for p in rres if 'timeout' in rres[p][1]] +
              [(r['dt'], short(r['p']), 'timeout') for r in mres.values() if r['rc'] == 'timeout'])
if slow: print('timeouts: ' + ', '.join('%s (%s)' % (s[1], s[2]) for s in slow))
print('elapsed: %.1fs with -j %d' % (elapsed, A.j))

# ---------------------------------------------------------------- the ratchet
# Every file that passes, main and extra selections alike: "run FILE", "m FILE".
now = sorted(['run ' + short(p) for p, _ in run_main + run_extra if rres[p][1] == 'pass'] +
             ['m ' + short(it[0]) for it in m_main + m_extra if mres[it[0]]['passed']])
LIST = os.path.join(ROOT, 'tests', 'conformance', 'passing.txt')
listed = []
if os.path.exists(LIST):
    listed = [l.strip() for l in open(LIST) if l.strip() and not l.startswith('#')]
if GC:
    sys.exit(0)   # the self-check compares nothing
regressed = sorted(set(listed) - set(now))
new = sorted(set(now) - set(listed))
print()
print('conformance: %d of %d listed files still pass; %d regressed; %d newly pass'
      % (len(listed) - len(regressed), len(listed), len(regressed), len(new)))
for l in regressed:
    print('  REGRESSED ' + l)
for l in new:
    print('  newly passes: ' + l)
if regressed:
    print('conformance: a listed file stopped passing (details: %s)' % OUT)
    sys.exit(1)
if A.update and new:
    with open(LIST, 'w') as f:
        f.write('# Go 1.19 test-suite files escgo passes (scripts/conformance.py; make\n'
                '# conformance-update adds newly passing ones; .ci/run fails if one stops).\n')
        for l in now:
            f.write(l + '\n')
    print('conformance: %s updated (%d files)' % (os.path.relpath(LIST, ROOT), len(now)))
elif new:
    print('conformance: run make conformance-update to add them to the list')
