// escgo's indexbyte_native.go. Go's own file declares IndexByte and
// IndexByteString for the SSE2/AVX2 assembly in indexbyte_amd64.s, which
// escgo does not compile; here they are loops in Go (go:noinline: see
// compare_native.go).

package bytealg

//go:noinline
func IndexByte(b []byte, c byte) int {
	for i := 0; i < len(b); i++ {
		if b[i] == c {
			return i
		}
	}
	return -1
}

//go:noinline
func IndexByteString(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
