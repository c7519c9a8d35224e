// escgo's index_native.go. Go's own file declares Index and IndexString for
// the SSE/AVX2 assembly in index_amd64.s, which escgo does not compile; here
// they are brute-force searches in Go (go:noinline: see compare_native.go).
// Go's versions require 2 <= len(sep) <= MaxLen; these accept any length.

package bytealg

//go:noinline
func Index(a, b []byte) int {
	n := len(b)
	for i := 0; i+n <= len(a); i++ {
		j := 0
		for j < n && a[i+j] == b[j] {
			j++
		}
		if j == n {
			return i
		}
	}
	return -1
}

//go:noinline
func IndexString(a, b string) int {
	n := len(b)
	for i := 0; i+n <= len(a); i++ {
		if a[i:i+n] == b {
			return i
		}
	}
	return -1
}
