# Lab 09 — inlining and escape: the same constructor in line and out of line.
def grade(lab):
    lab.test_passes('NewPoint keeps its signature; Manhattan still measures', 4, '^TestManhattan$',
                    'NewPoint must still be func(x, y int) *Point')
    lab.m_output('-m (inlining on) inlines NewPoint into Manhattan', 6, '-m',
                 [r'point\.go:\d+:\d+: can inline NewPoint$', r'point\.go:\d+:\d+: inlining call to NewPoint$'], [],
                 'escgo build -gcflags=-m says why a function is not inlined; //go:noinline forbids it')
    lab.m_output('in Manhattan, the inlined &Point{...} does not escape', 6, '-m',
                 [r'point\.go:\d+:\d+: &Point\{\.\.\.\} does not escape$'], [],
                 'once NewPoint\'s body is copied into Manhattan, escape analysis sees that p dies with the call')
    lab.test_passes('Manhattan allocates 0 times per call', 6, '^TestManhattanAllocs$',
                    'out of line, NewPoint\'s &Point{...} escapes to its caller: one allocation per call')
