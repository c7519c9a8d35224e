#!/usr/bin/env python3
"""grade.py — grades escgo's course labs; `escgo lab check` runs it.

    escgo lab check                     every lab, each in its own folder (the student's work)
    escgo lab check LAB                 one lab: labs/NN-name, its number NN, or its name
    escgo lab check LAB DIR             lab LAB's criteria applied to the work in DIR
    escgo lab check labs/solutions/NN-name   an instructor solution (graded against lab NN)
    escgo lab check -solutions          every instructor solution
    escgo lab check -gc [...]           the same under gc 1.19 (go build/go test): proves
                                        that the verdicts and allocation counts are gc's

Each lab's check.py defines grade(lab) with labgrader.Lab's criteria. The
report prints each criterion's points and, when it falls short, hints; the
exit status is 0 when every graded lab got full marks, 1 otherwise, 2 on a
usage error. The compiler is $ESCGO (escgo sets it), else bin/escgo.
"""
import importlib.util
import os
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LABS = os.path.dirname(HERE)
SOLUTIONS = os.path.join(LABS, 'solutions')
sys.path.insert(0, HERE)
import labgrader  # noqa: E402


def all_labs():
    return sorted(os.path.join(LABS, d) for d in os.listdir(LABS)
                  if re.match(r'\d\d-', d) and os.path.isfile(os.path.join(LABS, d, 'check.py')))


def find_lab(arg):
    """(lab folder, folder to grade) for a command-line LAB."""
    path = os.path.abspath(arg)
    if os.path.isdir(path) and os.path.dirname(path) == os.path.abspath(SOLUTIONS):
        return os.path.join(LABS, os.path.basename(path)), path
    if os.path.isfile(os.path.join(path, 'check.py')):
        return path, path
    for lab in all_labs():   # "03" or "03-closures" or "closures"
        base = os.path.basename(lab)
        if arg in (base, base[:2], base[3:]):
            return lab, lab
    return None, None


def grade_one(lab_dir, work_dir, compiler):
    spec = importlib.util.spec_from_file_location('check_' + os.path.basename(lab_dir).replace('-', '_'),
                                                  os.path.join(lab_dir, 'check.py'))
    check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check)
    lab = labgrader.Lab(lab_dir, work_dir, compiler)
    which = 'solution' if os.path.dirname(os.path.abspath(work_dir)) == os.path.abspath(SOLUTIONS) else 'work'
    print('lab %s: grading %s (%s)%s' % (lab.name, os.path.relpath(work_dir), which, ' under gc' if lab.gc else ''))
    try:
        check.grade(lab)
    finally:
        got, total = lab.report()
        lab.close()
    return got, total


def main(argv):
    compiler = os.environ.get('ESCGO') or os.path.join(LABS, '..', 'bin', 'escgo')
    solutions = False
    args = []
    for a in argv:
        if a in ('-gc', '--gc'):
            compiler = 'go'
        elif a in ('-solutions', '--solutions'):
            solutions = True
        elif a.startswith('-'):
            sys.stderr.write('escgo lab check: unknown flag %s\n' % a)
            return 2
        else:
            args.append(a)
    if len(args) > 2:
        sys.stderr.write('usage: escgo lab check [-gc] [-solutions] [LAB [DIR]]\n')
        return 2
    if args:
        lab, work = find_lab(args[0])
        if not lab:
            sys.stderr.write('escgo lab check: %s: no such lab (labs: %s)\n'
                             % (args[0], ', '.join(os.path.basename(x) for x in all_labs())))
            return 2
        if len(args) == 2:
            work = args[1]
        elif solutions:
            work = os.path.join(SOLUTIONS, os.path.basename(lab))
        jobs = [(lab, work)]
    else:
        jobs = [(lab, os.path.join(SOLUTIONS, os.path.basename(lab)) if solutions else lab) for lab in all_labs()]
    start = time.time()
    summary = []
    for lab, work in jobs:
        if not os.path.isdir(work):
            sys.stderr.write('escgo lab check: %s: no such folder\n' % work)
            return 2
        got, total = grade_one(lab, work, compiler)
        summary.append((os.path.basename(lab), got, total))
    if len(jobs) > 1:
        print('summary:')
        for name, got, total in summary:
            print(('  %-24s %3d/%-3d%s' % (name, got, total, '' if got == total else '  <- not full marks')).rstrip())
        print('%d of %d labs with full marks in %.0fs' % (sum(g == t for _, g, t in summary), len(summary),
                                                          time.time() - start))
    return 0 if all(g == t for _, g, t in summary) else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
