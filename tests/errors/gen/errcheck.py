#!/usr/bin/env python3
"""errcheck.py — keeps tests/errors/*.go annotations honest against gc 1.19.

  errcheck.py check [FILE.go...]     every gc diagnostic matched, every // ERROR used
  errcheck.py annotate FILE.go...    (re)write // ERROR comments from gc's output
                                      (a starting point: read and trim them after)

Needs the real Go toolchain. Convention (see ../README.md): a line's trailing
`// ERROR "re1" "re2"` lists regexps, each matching one diagnostic reported on
that line; `\"` inside a pattern stands for a double quote. unsupported_*.go are
escgo-specific: gc must accept them.
"""
import os, re, shutil, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ERRDIR = os.path.dirname(HERE)
ANN = re.compile(rb'//\s*ERROR\s+((?:"(?:[^"\\]|\\.)*"\s*)+)\s*$')
PAT = re.compile(rb'"((?:[^"\\]|\\.)*)"')
DIAG = re.compile(r'^(?:\./)?([^:\s]+\.go):(\d+):(\d+): (.*)$')


def gc_diagnostics(path, tries=5):
    """Runs go build on a copy of path; returns (exit code, [(line, msg)])."""
    for i in range(tries):
        try:
            return gc_diagnostics_once(path)
        except RuntimeError:
            if i == tries - 1:
                raise
            time.sleep(1)


def gc_diagnostics_once(path):
    name = os.path.basename(path)
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(path, tmp)
        env = dict(os.environ, GO111MODULE="auto", GOFLAGS="")
        p = subprocess.run(["go", "build", "-o", os.path.join(tmp, "prog"), "./" + name], cwd=tmp,
                           capture_output=True, env=env, timeout=300)
    diags = []
    text = p.stderr.decode("utf-8", "replace")
    for raw in text.splitlines():
        m = DIAG.match(raw)
        if m and m.group(1) == name:
            diags.append((int(m.group(2)), m.group(4)))
    if p.returncode != 0 and not diags:
        raise RuntimeError("go build failed without diagnostics:\n" + text)
    return p.returncode, diags


def annotations(data):
    """{line: [regexp bytes]} from the file's // ERROR comments."""
    out = {}
    for i, line in enumerate(data.split(b"\n"), 1):
        m = ANN.search(line)
        if m:
            out[i] = [s.replace(b'\\"', b'"') for s in PAT.findall(m.group(1))]
    return out


def check(path):
    data = open(path, "rb").read()
    want = annotations(data)
    rc, diags = gc_diagnostics(path)
    name = os.path.basename(path)
    problems = []
    if name.startswith("unsupported_"):
        if rc != 0 or diags:
            problems.append("gc rejects an unsupported_* test: %r" % diags)
        return problems
    if rc == 0:
        problems.append("gc accepts the program")
    unmatched = {ln: list(res) for ln, res in want.items()}
    for ln, msg in diags:
        res = unmatched.get(ln, [])
        hit = next((r for r in res if re.search(r.decode("utf-8", "replace"), msg)), None)
        if hit is None:
            problems.append("%d: unexpected diagnostic: %s" % (ln, msg))
        else:
            res.remove(hit)
    for ln, res in unmatched.items():
        for r in res:
            problems.append("%d: no diagnostic matches %s" % (ln, r.decode("utf-8", "replace")))
    return problems


def quote(msg):
    s = re.sub(r'([\\()\[\]{}*+?|^$])', r'\\\1', msg)
    return '"' + s.replace('"', '\\"') + '"'


def annotate(path):
    rc, diags = gc_diagnostics(path)
    lines = open(path, "rb").read().split(b"\n")
    per_line = {}
    for ln, msg in diags:
        if msg == "too many errors":
            continue
        per_line.setdefault(ln, []).append(quote(msg))
    for i in range(len(lines)):
        lines[i] = ANN.sub(b"", lines[i]).rstrip(b" \t") if ANN.search(lines[i]) else lines[i]
    for ln, pats in per_line.items():
        if ln <= len(lines):
            lines[ln - 1] += b" // ERROR " + " ".join(pats).encode()
    open(path, "wb").write(b"\n".join(lines))


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("check", "annotate"):
        sys.exit(__doc__)
    files = sys.argv[2:] or sorted(os.path.join(ERRDIR, f) for f in os.listdir(ERRDIR) if f.endswith(".go"))
    bad = 0
    for f in files:
        if sys.argv[1] == "annotate":
            annotate(f)
            continue
        probs = check(f)
        bad += bool(probs)
        print(("FAIL " if probs else "ok   ") + os.path.basename(f))
        for p in probs:
            print("     " + p)
    if sys.argv[1] == "check":
        print("%d files, %d failing" % (len(files), bad))
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
