// A run-time error in a goroutine: gc's frames, then "created by" and the
// go statement's line (compared with panic_traceback_goroutine.trace).
package main

//go:noinline
func at(s []int, i int) int {
	return s[i]
}

//go:noinline
func sum(s []int, n int) int {
	t := 0
	for i := 0; i <= n; i++ {
		t += at(s, i)
	}
	return t
}

func main() {
	done := make(chan int)
	go func() {
		done <- sum([]int{1, 2, 3}, 3)
	}()
	println(<-done)
}
