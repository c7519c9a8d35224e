package main

func main() {
	n := 3 // ERROR "n declared but not used"
	var a [n]int // ERROR "invalid array length n"
	var b [-1]int // ERROR "invalid array length -1 \(untyped int constant\)"
	var c [1.5]int // ERROR "array length 1.5 \(untyped float constant\) must be integer"
	var d ["x"]int // ERROR "array length \"x\" \(untyped string constant\) must be integer"
	_, _, _, _ = a, b, c, d
}
