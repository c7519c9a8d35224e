// Seed 002 §2.2: slicing a local array is free while the slice stays in the
// function; returning the slice (a[:16]) moves the whole array to the heap.
package local_array

//go:noinline
func sumLocal(k int) int {
	var a [32]int
	s := a[:16]
	for i := range s {
		s[i] = i + k
	}
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

//go:noinline
func sub(k int) []int {
	var a [32]int
	s := a[:16]
	for i := range s {
		s[i] = i + k
	}
	return s
}

//go:noinline
func sumReturned(k int) int {
	t := 0
	for _, v := range sub(k) {
		t += v
	}
	return t
}
