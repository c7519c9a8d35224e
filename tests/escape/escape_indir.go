// errorcheck -0 -m -l

// Stores through pointers: any value stored through *p (p a parameter or an
// unknown pointer) is assumed to reach the heap.

package escape

func storeThrough(pp **int) { // ERROR "pp does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	*pp = &x
}

func storeThroughLocal() int {
	y := 2 // ERROR "moved to heap: y$"
	var p *int
	pp := &p
	*pp = &y
	return *p
}

func swap(a, b *int) { // ERROR "a does not escape$" "b does not escape$"
	*a, *b = *b, *a
}

func callSwap() int {
	m, n := 1, 2
	swap(&m, &n)
	return m
}

func setVal(p *int, v int) { // ERROR "p does not escape$"
	*p = v
}

func callSetVal() int {
	var r int
	setVal(&r, 3)
	return r
}

func storeParamThrough(pp **int, p *int) { // ERROR "pp does not escape$" "leaking param: p$"
	*pp = p
}

func callStoreParamThrough() int {
	a := 1 // ERROR "moved to heap: a$"
	var p *int
	storeParamThrough(&p, &a)
	return *p
}

func doublePointerLocal() int {
	b := 5
	pb := &b
	ppb := &pb
	**ppb = 6
	return b
}

func storeSliceThroughPointer(ps *[]int) { // ERROR "ps does not escape$"
	*ps = make([]int, 4) // ERROR "make\(\[\]int, 4\) escapes to heap$"
}
