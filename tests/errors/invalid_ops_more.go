package main

func main() {
	s := "str"
	b := true
	f := 1.5
	_ = ^f // ERROR "invalid operation: operator \^ not defined on f \(variable of type float64\)"
	s++ // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
	b-- // ERROR "invalid operation: b-- \(non-numeric type bool\)"
	var a [3]int
	_ = a + a // ERROR "invalid operation: operator \+ not defined on a \(variable of type \[3\]int\)"
}
