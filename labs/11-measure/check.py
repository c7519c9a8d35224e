# Lab 11 — measure it: the student's benchmarks and the numbers they read
# off escgo test -benchmem, -escape=off and GODEBUG=gctrace=1, checked
# against the grader's own runs of the same commands.
import os
import re


def read_answers(lab):
    path = os.path.join(lab.src, 'answers.txt')
    answers = {}
    for line in open(path).read().split('\n') if os.path.exists(path) else []:
        m = re.match(r'\s*(\w+)\s*=\s*(\S*)', line)
        if m:
            answers[m.group(1)] = m.group(2)
    return answers


def answer(lab, answers, key, truth, points, how):
    given = answers.get(key, '')
    ok = given.isdigit() and int(given) == truth
    lab.score('answers.txt: %s' % key, points, points if ok else 0,
              ['%s (you wrote "%s"); measure with: %s' % ('missing' if not given else 'not what the grader measures',
                                                       given, how)])


def grade(lab):
    on, _ = lab.benchmarks('.')
    ptr, val = on.get('BenchmarkPointer'), on.get('BenchmarkValue')
    hints = []
    if not ptr or ptr[0] != 1:
        hints.append('BenchmarkPointer should show NewUserPtr\'s one allocation: keep its result in a package '
                     'variable, or the compiler may drop or stack it (got %s)' % (ptr,))
    if not val or val[0] != 0:
        hints.append('BenchmarkValue should allocate nothing (got %s)' % (val,))
    lab.score('the benchmarks measure one allocation vs none', 6, 0 if hints else 6, hints)
    answers = read_answers(lab)
    bench = 'escgo test -bench . -benchmem'
    answer(lab, answers, 'pointer_allocs_per_op', ptr[0] if ptr else -1, 2, bench)
    answer(lab, answers, 'pointer_bytes_per_op', ptr[1] if ptr else -1, 2, bench)
    answer(lab, answers, 'value_allocs_per_op', val[0] if val else -1, 2, bench)
    if lab.escgo_only('answers.txt: value_allocs_per_op_escape_off'):
        off = lab.benchmarks('.', '-escape=off')[0].get('BenchmarkValue')
        answer(lab, answers, 'value_allocs_per_op_escape_off', off[0] if off else -1, 4,
               bench + ' -escape=off (every site on the heap: which site is in Older?)')
    _, out = lab.go_test('-run', '^$', '-bench', 'Pointer', '-benchtime', '100000x',
                         env={'GOGC': 'off', 'GODEBUG': 'gctrace=1'})
    # Collections the allocations caused: the ones testing forces between
    # runs (runtime.GC, "(forced)") do not count.
    lines = len(re.findall(r'^gc \d+ @(?!.*\(forced\)$)', out, re.M))
    answer(lab, answers, 'gc_lines_pointer_gogc_off', lines, 2,
           'GOGC=off GODEBUG=gctrace=1 escgo test -bench Pointer (count the lines starting "gc ", not those ending "(forced)")')
