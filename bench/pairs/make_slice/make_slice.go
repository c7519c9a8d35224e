// Seeds 000/001 长度不确定 and 002 §2.7: make with a constant size that does
// not escape is a stack array; a size known only at run time goes to the
// heap even though the slice never leaves the function.
package make_slice

var size = 64

//go:noinline
func sumConst() int {
	s := make([]int, 64)
	for i := range s {
		s[i] = i
	}
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

//go:noinline
func sumVar(n int) int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}
