# Lab 12 — compilers course: add the debug switch -d=sitestats to escgo.
# The student's change (change.patch, a git diff of escgo) is applied to a
# private copy of the escgo that runs the grader, which is built and then
# run on grader/sites.go. Its counts are checked against the verdicts the
# IR dump (-d=ir=escape) shows for the same build: the new switch must
# summarise what escape analysis decided, nothing else.
import os
import re
import shutil
import subprocess

# What a copy of escgo needs to build bin/escgo and run it.
TREE = ['Makefile', 'compiler', 'runtime', 'overlay', 'scripts/install-deps.sh', 'build', 'lib', 'bin']


def escgo_copy(lab):
    root = os.path.dirname(os.path.dirname(os.path.realpath(lab.compiler)))
    dest = os.path.join(lab.tmp, 'escgo')
    for item in TREE:
        src = os.path.join(root, item)
        if not os.path.exists(src):
            continue
        os.makedirs(os.path.dirname(os.path.join(dest, item)), exist_ok=True)
        # cp -a keeps the times: make then rebuilds only what the change touches.
        subprocess.run(['cp', '-a', src, os.path.join(dest, item)], check=True)
    return dest


def dump_counts(text):
    """{function: (stack, heap)} from a -d=ir=escape dump: each site is
    defined (site#N{...}) once, inside the function that holds it."""
    counts, func, seen = {}, None, set()
    for line in text.split('\n'):
        m = re.match(r'func (\S+) <', line)
        if m:
            func = m.group(1)
            continue
        for sid, verdict in re.findall(r'site#(\d+)\{.*? @\d+:\d+ (stack|heap)\b', line):
            if func and sid not in seen:
                seen.add(sid)
                st, hp = counts.get(func, (0, 0))
                counts[func] = (st + (verdict == 'stack'), hp + (verdict == 'heap'))
    return counts


def grade(lab):
    if not lab.escgo_only('the patched escgo builds and -d=sitestats agrees with -d=ir=escape'):
        return
    patch = os.path.join(lab.src, 'change.patch')
    if not os.path.isfile(patch):
        return lab.score('change.patch applies to escgo', 4, 0,
                         ['no change.patch: make your change in escgo, then '
                          '`git diff > labs/12-sitestats/change.patch` (README.md)'])
    tree = escgo_copy(lab)
    code, out, err = lab.run(['patch', '-p1', '--batch', '--forward', '-i', patch], cwd=tree)
    lab.score('change.patch applies to escgo', 4, 4 if code == 0 else 0,
              ['patch -p1 failed: make the diff from the top of the escgo tree (git diff)']
              + (out + err).strip().split('\n')[:5])
    if code != 0:
        return
    code, out, err = lab.run(['make', '-j2', 'bin/escgo'], cwd=tree, timeout=1200)
    lab.score('escgo builds with the change', 4, 4 if code == 0 else 0,
              ['make bin/escgo failed:'] + [ln for ln in (out + err).split('\n') if 'error' in ln][:6])
    if code != 0:
        return
    escgo = os.path.join(tree, 'bin', 'escgo')
    env = {'ESCGO_CACHE': 'off'}
    prog = os.path.join(lab.tmp, 'sites')
    code, stats, err = lab.run([escgo, 'build', '-o', prog, '-gcflags=-l -d=sitestats', 'sites.go'], env=env)
    got = {m.group(1): (int(m.group(2)), int(m.group(3))) for m in
           re.finditer(r'^sitestats: (\S+): (\d+) stack, (\d+) heap$', stats, re.M)}
    _, dump, _ = lab.run([escgo, 'build', '-o', prog, '-gcflags=-l -d=ir=escape', 'sites.go'], env=env)
    want = {f: c for f, c in dump_counts(dump).items()}
    wrong = sorted(set(got) | set(want), key=lambda f: (f not in want, f))
    wrong = [f for f in wrong if got.get(f) != want.get(f)]
    hints = ['%s: printed %s, the IR dump shows %s' % (f, got.get(f, 'nothing'), want.get(f, 'no site'))
             for f in wrong[:6]]
    if code != 0:
        hints = ['escgo build -gcflags=-d=sitestats sites.go failed: ' + err.strip().split('\n')[0]]
    elif not got:
        hints = ['no line "sitestats: FUNC: S stack, H heap" on stdout'] + hints
    lab.score('-d=sitestats prints each function\'s stack and heap sites', 10,
              10 if code == 0 and got and not wrong else 0, hints)
    _, plain, _ = lab.run([escgo, 'build', '-o', prog, '-gcflags=-l', 'sites.go'], env=env)
    lab.score('without -d=sitestats, nothing changes', 2, 0 if 'sitestats' in plain else 2,
              ['the lines must be printed only when -d=sitestats is given'])
