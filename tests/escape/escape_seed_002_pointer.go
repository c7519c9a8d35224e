// errorcheck -0 -m -l

// Seed 002 §2.1 and §2.2: returning &x moves x to the heap; returning a slice
// of a local array moves the array to the heap.

package escape

func f() *int {
	x := 1 // ERROR "moved to heap: x$"
	return &x // &x 必须逃逸（函数返回后仍需存活）
}

func sub() []int {
	a := [4]int{1, 2, 3, 4} // ERROR "moved to heap: a$"
	return a[:2] // 为保证底层数组存活，数组需在堆上
}

// 规避：让调用方提供接收容器 (the caller provides the buffer).
func subInto(dst []int) int { // ERROR "dst does not escape$"
	a := [4]int{1, 2, 3, 4}
	return copy(dst, a[:2])
}

func callSubInto() int {
	var buf [2]int
	return subInto(buf[:])
}
