// escgo's compare_native.go. Go's own file declares Compare for the assembly
// in compare_amd64.s (and an ABI wrapper for runtime.cmpstring, which escgo's
// runtime implements in C), and escgo does not compile Go's assembly. Here
// Compare is a byte loop in Go.
//
// go:noinline keeps gc's inlining decisions: Go's Compare has no body, so gc
// never inlines it and charges its callers the cost of a real call. Its
// parameters do not escape, as go:noescape says of Go's declaration.

package bytealg

//go:noinline
func Compare(a, b []byte) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return +1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return +1
	}
	return 0
}
