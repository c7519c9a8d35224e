#!/usr/bin/env python3
"""m2.py -- is escgo's -m=2 output gc's, byte for byte?

    python3 scripts/difftest/m2.py [--flags '-m=2 -l'] [-v] [PATH...]

PATHs are tests/escape/NAME.go files and samples/NAME folders (default: all
of both). Each is copied to a scratch folder and built the way
scripts/make-goldens.sh builds an explain golden (`go build -gcflags=FLAGS
-o prog FILES`, or `.` for a module sample), once by gc (the go command on
PATH) and once by escgo; the two compilers' standard error must be equal.
Prints the count of identical outputs and, per program that differs, its
first differing lines (-v: the whole unified diff). Issue 13's bar is
`-m=2` identical on every escape test file and every sample; run it with
`--flags '-m=2'` too (inlining on).
"""
import argparse
import difflib
import glob
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def scratch_copy(path, dest):
    """Copies a test file or a sample into dest; returns the build's package arguments."""
    if os.path.isfile(os.path.join(path, 'go.mod')):
        shutil.copytree(path, dest)
        return ['.']
    os.makedirs(dest)
    if os.path.isdir(path):
        for f in glob.glob(os.path.join(path, '*.go')):
            if not f.endswith('_test.go'):
                shutil.copy(f, dest)
    else:
        shutil.copy(path, dest)
    return sorted(f for f in os.listdir(dest) if f.endswith('.go'))


def build(compiler, path, flags, tmp):
    d = tempfile.mkdtemp(dir=tmp)
    w = os.path.join(d, 'w')
    pkgs = scratch_copy(path, w)
    env = dict(os.environ, GO111MODULE='auto', GOFLAGS='')
    try:
        p = subprocess.run([compiler, 'build', '-gcflags=' + flags, '-o', os.path.join(d, 'prog')] + pkgs,
                           cwd=w, capture_output=True, timeout=120, env=env)
        return p.returncode, p.stderr.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired:
        return None, 'timeout\n'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--flags', default='-m=2 -l')
    ap.add_argument('--escgo', default=os.path.join(ROOT, 'bin', 'escgo'))
    ap.add_argument('-v', action='store_true')
    ap.add_argument('paths', nargs='*')
    a = ap.parse_args()
    # (a sample of test files only, such as a benchmark, builds no program)
    paths = a.paths or (sorted(glob.glob(os.path.join(ROOT, 'tests/escape/*.go'))) +
                        sorted(d for d in glob.glob(os.path.join(ROOT, 'samples/*'))
                               if any(not f.endswith('_test.go') for f in glob.glob(os.path.join(d, '*.go')))))
    tmp = tempfile.mkdtemp(prefix='escgo-m2.')
    same = 0
    try:
        for p in paths:
            name = os.path.relpath(p, ROOT)
            grc, gout = build('go', p, a.flags, tmp)
            erc, eout = build(a.escgo, p, a.flags, tmp)
            if grc == erc and gout == eout:
                same += 1
                continue
            diff = list(difflib.unified_diff(gout.splitlines(), eout.splitlines(), 'gc', 'escgo',
                                             n=0, lineterm=''))
            body = [l for l in diff[2:] if not l.startswith('@@')]
            print('DIFF %s (gc exit %s, escgo exit %s; %d lines differ)' % (name, grc, erc, len(body)))
            for l in (body if a.v else body[:6]):
                print('   ' + l)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print('%s identical: %d/%d' % (a.flags, same, len(paths)))
    return 0 if same == len(paths) else 1


if __name__ == '__main__':
    sys.exit(main())
