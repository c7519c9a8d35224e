// errorcheck -0 -m -l

// Arrays are values: indexing an array keeps the same location (no extra
// dereference), so an array of pointers behaves like its elements.

package escape

var gp *int

func arrayOfPtrsLocal() int {
	a, b := 1, 2
	arr := [2]*int{&a, &b}
	return *arr[0] + *arr[1]
}

func arrayOfPtrsLeak() {
	c := 3 // ERROR "moved to heap: c$"
	arr := [1]*int{&c}
	gp = arr[0]
}

func arrayReturned() [2]*int {
	d := 4 // ERROR "moved to heap: d$"
	return [2]*int{&d, nil}
}

func arrayParam(arr [2]*int) *int { // ERROR "leaking param: arr to result ~r0 level=0$"
	return arr[1]
}

func arrayPtrParam(arr *[2]*int) *int { // ERROR "leaking param: arr to result ~r0 level=1$"
	return arr[1]
}

func arrayValueCopy() [3]int {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	return b
}

func arrayAddrElem() *int {
	var a [3]int // ERROR "moved to heap: a$"
	return &a[1]
}

func arrayOfArrays() int {
	var m [3][3]int
	p := &m[1]
	p[2] = 5
	return m[1][2]
}

// Unlike a slice element, an array element is part of the array's own
// location: e stays on the stack.
func arrayIndexVar(i int) int {
	e := 5
	arr := [3]*int{}
	arr[i] = &e
	return *arr[i]
}

func arrayLenCap() int {
	var a [10]int
	s := a[2:5]
	return len(s) + cap(s)
}

func arrayRange() int {
	sum := 0
	arr := [3]int{1, 2, 3}
	for _, v := range arr {
		sum += v
	}
	return sum
}
