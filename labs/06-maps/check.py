# Lab 06 — maps of values vs maps of pointers.
def grade(lab):
    lab.test_passes('Build still totals the same points', 4, '^TestBuild$',
                    'Index must still map id i to the point (i, i*i)')
    lab.test_passes('Build(1000) allocates at most 10 objects', 8, '^TestBuildAllocs$',
                    'every &Point{...} stored in the map escapes: one heap object per entry; '
                    'a map of Point values keeps the points inside the map\'s buckets')
    lab.m_output('no &Point{...} escapes (-m -l)', 4, '-m -l', [], [r'&Point\{\.\.\.\} escapes to heap'],
                 'escgo build -gcflags="-m -l" still reports a point escaping')
