# Lab 05 — slices: constant vs variable make, the 64 KB limit, 8192/8193.
def grade(lab):
    lab.annotations('predictions in predict.go match the -m -l output', 16, 'predict.go', '-m -l',
                    'a make whose size is not a constant always escapes; a constant one stays on the '
                    'stack up to 64 KB (8192 int64s) if nothing keeps it after the call')
    lab.test_passes('Checksum still computes the same sums', 4, '^TestChecksum$',
                    'only the first n bytes count, each xored with its index')
    lab.test_passes('Checksum allocates 0 times per call', 8, '^TestChecksumAllocs$',
                    'make([]byte, n) with n a variable goes to the heap; n is at most 64: '
                    'a [64]byte array sliced to n stays on the stack')
