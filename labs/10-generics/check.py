# Lab 10 — generics and escape: shapes, and what a generic body reports.
def grade(lab):
    lab.annotations('predictions in predict.go match the -m -l output', 12, 'predict.go', '-m -l',
                    'a generic body is analysed once per GC shape, in the shape\'s words (go.shape.T_0); '
                    'which instantiations does Use make, and which sites of theirs can outlive the call?')
