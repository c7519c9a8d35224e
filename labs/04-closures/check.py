# Lab 04 — closures and captured variables.
def grade(lab):
    lab.annotations('predictions in predict.go match the -m -l output', 12, 'predict.go', '-m -l',
                    'a captured variable is "moved to heap" only when the closure that captures '
                    'it by reference outlives the call; a func literal that is only called here does not escape')
    lab.test_passes('Sum and Each still work', 4, '^TestSum$', 'Each must call visit on every element, in order')
    lab.test_passes('Sum allocates 0 times per call', 8, '^TestSumAllocs$',
                    'storing visit in a package variable makes it leak (-m: "leaking param: visit"), so the '
                    'func literal and total, which it captures, go to the heap: Each must not keep visit')
