// Seeds 000/001 闭包 and 003 (2): a closure that outlives its function
// (returned) moves the captured variable and itself to the heap; a closure
// called only inside the function stays on the stack with its variables.
package closure_capture

//go:noinline
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

//go:noinline
func countLocal(k int) int {
	n := 0
	inc := func() { n += k }
	inc()
	inc()
	return n
}

//go:noinline
func countEscape(k int) int {
	f := counter()
	f()
	return f() + k
}
