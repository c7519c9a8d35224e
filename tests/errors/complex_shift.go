package main

// An untyped constant shifted by a non-constant count takes its type from
// the context, and that type must be an integer type; sizes and lengths
// must be integers.
func main() {
	var u uint = 2
	println(1<<u + 0i) // ERROR "invalid operation: 1 << u \(shift of type complex128\)"
	var f float64 = 1.0 << u // ERROR "invalid operation: 1.0 << u \(shift of type float64\)"
	_ = (1 + 0i) << u // ERROR "invalid operation: \(1 \+ 0i\) << u \(shift of type complex128\)"
	_ = make([]int, 1i) // ERROR "1i \(untyped complex constant \(0 \+ 1i\)\) truncated to int"
	_ = make([]int, 1.5+0i) // ERROR "1.5 \+ 0i \(untyped complex constant \(1.5 \+ 0i\)\) truncated to int"
	var a [1i]int // ERROR "array length 1i \(untyped complex constant \(0 \+ 1i\)\) must be integer"
	c := [3]int{}
	_ = c[1i] // ERROR "1i \(untyped complex constant \(0 \+ 1i\)\) truncated to int"
	_ = []int{1i: 1} // ERROR "1i \(untyped complex constant \(0 \+ 1i\)\) truncated to int"
	_, _ = a, f
}
