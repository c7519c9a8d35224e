#!/bin/sh
# check-goldens.sh — proves the tests' expectations against the real gc (Go 1.19).
#
#   scripts/check-goldens.sh                  every tests/escape/*.go and tests/errors/*.go,
#                                             and tests/run/*.go whose first line is // errorcheck
#   scripts/check-goldens.sh FILE.go...       only these files (escape or errors)
#   scripts/check-goldens.sh --annotate F.go  draft: rewrite F.go's // ERROR comments
#                                             from gc's -m output (review them after)
#
# tests/escape/NAME.go: built with `go build -gcflags='FLAGS'`, FLAGS taken from
# the first line `// errorcheck -0 -m -l` (-0: must compile; the rest are gc
# flags). gc's errorcheck rule (Go's test/run.go) is applied line by line:
# each regexp of a `// ERROR "re1" "re2"` comment on line L must match a
# diagnostic gc printed for line L (it uses up every diagnostic it matches),
# and no diagnostic may be left unmatched. Columns are not compared.
#
# tests/errors/NAME.go: checked by tests/errors/gen/errcheck.py (plain go
# build, no -m; unsupported_*.go are escgo-only and must be accepted by gc).
#
# The last line is "N passed, M failed"; exit status 1 if anything failed.
# Skipped (exit 0, with a message) when `go` is not installed.
# Environment: JOBS=4 parallel go builds.
set -u

ROOT=$(cd "$(dirname "$0")/.." && pwd)

if ! command -v go >/dev/null 2>&1; then
    echo "check-goldens: skipped: the Go toolchain (go) is not installed"
    echo "  (apt-get install golang-go gives Go 1.19; the annotations are gc 1.19's words)"
    exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
    echo "check-goldens: skipped: python3 is not installed"
    exit 0
fi
case $(go version) in
    *go1.19*) ;;
    *) echo "check-goldens: warning: $(go version); the annotations are Go 1.19's" ;;
esac

exec python3 - "$ROOT" "$@" <<'PY'
import os, re, shutil, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = sys.argv[1]
ARGS = sys.argv[2:]
ESCDIR = os.path.join(ROOT, "tests", "escape")
ERRDIR = os.path.join(ROOT, "tests", "errors")
ERRCHECK = os.path.join(ERRDIR, "gen", "errcheck.py")
JOBS = int(os.environ.get("JOBS", "4"))

DIAG = re.compile(r'^(?:\./)?([^:\s]+\.go):(\d+):(\d+): (.*)$')
WANT = re.compile(r'//\s*ERROR(?:AUTO)?\s+((?:"(?:[^"\\]|\\.)*"\s*)+)\s*$')
QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')


def header_flags(path):
    """(must_compile, gcflags) from the `// errorcheck` first line."""
    first = open(path, "rb").readline().decode("utf-8", "replace").strip()
    flags = first[len("// errorcheck"):].split() if first.startswith("// errorcheck") else ["-0", "-m", "-l"]
    return "-0" in flags, [f for f in flags if f != "-0"]


def gc_build(path, gcflags):
    """Builds a copy of path with the real go command; returns (exit, [(line, msg)], stderr)."""
    name = os.path.basename(path)
    with tempfile.TemporaryDirectory(prefix="check-goldens.") as tmp:
        shutil.copy(path, tmp)
        env = dict(os.environ, GO111MODULE="off", GOFLAGS="")
        # Always a fresh output path: go build prints nothing when its output is up to date.
        cmd = ["go", "build", "-o", os.path.join(tmp, "out")]
        if gcflags:
            cmd.append("-gcflags=" + " ".join(gcflags))
        p = subprocess.run(cmd + ["./" + name], cwd=tmp, capture_output=True, env=env, timeout=300)
    text = p.stderr.decode("utf-8", "replace")
    diags = []
    for raw in text.splitlines():
        m = DIAG.match(raw)
        if m and m.group(1) == name:
            diags.append((int(m.group(2)), m.group(4)))
    return p.returncode, diags, text


def annotations(path):
    """[(line, regexp)] from the // ERROR comments; LINE, LINE+n as in Go's test/run.go."""
    out = []
    name = os.path.basename(path)
    for ln, raw in enumerate(open(path, "rb").read().split(b"\n"), 1):
        m = WANT.search(raw.decode("utf-8", "replace"))
        if not m:
            continue
        for q in QUOTED.findall(m.group(1)):
            q = q.replace('\\"', '"')
            q = re.sub(r'LINE(?:([+-])(\d+))?',
                       lambda g: "%s:%d" % (name, ln + (int(g.group(2)) if g.group(1) == "+" else -int(g.group(2) or 0))),
                       q)
            out.append((ln, q))
    return out


def check_escape(path):
    must_compile, gcflags = header_flags(path)
    rc, diags, text = gc_build(path, gcflags)
    problems = []
    if must_compile and rc != 0:
        problems.append("gc does not compile it (exit %d):" % rc)
        problems += ["    " + l for l in text.splitlines() if not l.startswith("#")][:10]
        return problems
    left = list(diags)
    for ln, rx_text in annotations(path):
        try:
            rx = re.compile(rx_text)
        except re.error as e:
            problems.append("%d: bad regexp %r: %s" % (ln, rx_text, e))
            continue
        here = [d for d in left if d[0] == ln]
        if not here:
            problems.append('%d: missing diagnostic for "%s"' % (ln, rx_text))
            continue
        hit = [d for d in here if rx.search(d[1])]
        if not hit:
            problems.append('%d: no match for "%s" in: %s' % (ln, rx_text, "; ".join(d[1] for d in here)))
        for d in hit:
            left.remove(d)
    for ln, msg in left:
        problems.append("%d: unannotated diagnostic: %s" % (ln, msg))
    return problems


def quote(msg):
    s = re.sub(r'([\\.()\[\]{}*+?|^$])', r'\\\1', msg)
    s = s.replace('"', '.')           # Go's test/run.go has no escape for a double quote
    return '"' + s + '$"'


def annotate(path):
    _, gcflags = header_flags(path)
    rc, diags, text = gc_build(path, gcflags)
    if rc != 0:
        sys.stderr.write(text)
    per_line = {}
    for ln, msg in diags:
        pats = per_line.setdefault(ln, [])
        if quote(msg) not in pats:  # a regexp uses up every diagnostic it matches
            pats.append(quote(msg))
    lines = open(path, "rb").read().split(b"\n")
    for i, line in enumerate(lines):
        m = re.search(rb'\s*//\s*ERROR\s+"', line)
        if m:
            lines[i] = line[:m.start()]
    for ln, pats in sorted(per_line.items()):
        if ln <= len(lines):
            lines[ln - 1] += b" // ERROR " + " ".join(pats).encode()
    open(path, "wb").write(b"\n".join(lines))
    print("annotated %s: %d diagnostics" % (path, len(diags)))


def check_errors(files):
    """Runs errcheck.py check; returns {basename: [problems]}."""
    if not files:
        return {}
    p = subprocess.run([sys.executable, ERRCHECK, "check"] + files, capture_output=True, text=True)
    res, cur = {}, None
    for line in p.stdout.splitlines():
        if line.startswith(("ok   ", "FAIL ")):
            cur = line[5:].strip()
            res[cur] = []
        elif line.startswith("     ") and cur:
            res[cur].append(line.strip())
    for f in files:
        if os.path.basename(f) not in res:
            res[os.path.basename(f)] = ["errcheck.py gave no verdict: " + (p.stderr.strip().splitlines() or ["?"])[-1]]
    return res


def main():
    if ARGS[:1] == ["--annotate"]:
        for f in ARGS[1:]:
            annotate(f)
        return 0
    if ARGS:
        files = [os.path.abspath(f) for f in ARGS]
    else:
        files = [os.path.join(ESCDIR, f) for f in sorted(os.listdir(ESCDIR)) if f.endswith(".go")]
        # run programs that are escape tests too (their first line says errorcheck)
        rundir = os.path.join(ROOT, "tests", "run")
        files += [os.path.join(rundir, f) for f in sorted(os.listdir(rundir))
                  if f.endswith(".go") and open(os.path.join(rundir, f), "rb").readline().startswith(b"// errorcheck")]
        if os.path.isdir(ERRDIR):
            files += [os.path.join(ERRDIR, f) for f in sorted(os.listdir(ERRDIR)) if f.endswith(".go")]
    err_files = [f for f in files if os.path.dirname(f) == ERRDIR]
    esc_files = [f for f in files if f not in err_files]

    results = []  # (id, problems)
    with ThreadPoolExecutor(max_workers=JOBS) as pool:
        futs = [(f, pool.submit(check_escape, f)) for f in esc_files]
        err_fut = pool.submit(check_errors, err_files)
        for f, fut in futs:
            try:
                results.append(("escape/" + os.path.basename(f), fut.result()))
            except Exception as e:  # a hung or failing go command
                results.append(("escape/" + os.path.basename(f), ["go build failed: %s" % e]))
        for name, probs in sorted(err_fut.result().items()):
            results.append(("errors/" + name, probs))

    passed = failed = 0
    for ident, probs in results:
        if probs:
            failed += 1
            print("FAIL " + ident)
            for p in probs:
                print("     " + p)
        else:
            passed += 1
            if os.environ.get("VERBOSE") == "1":
                print("ok   " + ident)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


sys.exit(main())
PY
