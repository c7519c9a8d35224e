// escgo's count_native.go. Go's own file declares Count and CountString for
// the POPCNT/AVX2 assembly in count_amd64.s, which escgo does not compile;
// here they are loops in Go (go:noinline: see compare_native.go).

package bytealg

//go:noinline
func Count(b []byte, c byte) int {
	n := 0
	for i := 0; i < len(b); i++ {
		if b[i] == c {
			n++
		}
	}
	return n
}

//go:noinline
func CountString(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}
