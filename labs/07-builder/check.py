# Lab 07 — strings.Builder vs +.
def grade(lab):
    lab.test_passes('Join still joins', 4, '^TestJoin$', 'words separated by sep, nothing before the first')
    lab.test_passes('Join allocates exactly once per call', 8, '^TestJoinAllocs$',
                    'each s += w makes a new string on the heap (-m: "s + w escapes to heap"); a '
                    'strings.Builder grown once to the final length (Grow) allocates only the result')
