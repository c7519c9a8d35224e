package main

type S struct {
	L []int
}

func main() {
	a, b := []int{1}, []int{2}
	_ = a == b // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
	var x, y S
	_ = x == y // ERROR "invalid operation: x == y \(struct containing \[\]int cannot be compared\)"
	_ = a == nil
	_ = 1 == "1" // ERROR "invalid operation: 1 == \"1\" \(mismatched types untyped int and untyped string\)"
	var i interface{}
	_ = i < i // ERROR "invalid operation: i < i \(operator < not defined on interface\)"
	_ = x != S{} // ERROR "invalid operation: x != S\{\} \(struct containing \[\]int cannot be compared\)"
}
