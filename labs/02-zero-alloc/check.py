# Lab 02 — make it allocate zero times: pointer results become values.
def grade(lab):
    lab.test_passes('SumVecs still computes the right sums', 4, '^TestSumVecs$',
                    'change how the vectors are passed, not what SumVecs returns')
    lab.test_passes('SumVecs allocates 0 times per call (testing.AllocsPerRun)', 8, '^TestSumVecsAllocs$',
                    'every &Vec{...} returned out of NewVec must live on the heap: '
                    'return a Vec (a value) instead, and take values in Add')
    lab.m_output('no site of vec.go escapes (-m -l)', 4, '-m -l', [], [r'vec\.go:.*(escapes to heap|moved to heap)'],
                 'run escgo build -gcflags="-m -l" in the lab folder: each "escapes to heap" is one allocation')
