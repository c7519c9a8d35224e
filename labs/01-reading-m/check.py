# Lab 01 — reading -m: the student's // ERROR predictions against the
# compiler's -m -l output, line by line.
def grade(lab):
    lab.annotations('predictions in predict.go match the -m -l output', 20, 'predict.go', '-m -l',
                    'a line needs one "..." per diagnostic the compiler prints for it (parameters: '
                    '"leaking param", "does not escape"; sites: "escapes to heap", "moved to heap"); '
                    'reread the seeds 000/002 on returning &x, interface{} results and make([]T, n)')
