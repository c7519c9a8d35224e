package main

func pair() (int, int) { return 1, 2 }

func main() {
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	c := pair() // ERROR "assignment mismatch: 1 variable but pair returns 2 values"
	var d, e, f = pair() // ERROR "assignment mismatch: 3 variables but pair returns 2 values"
	var g int = pair() // ERROR "multiple-value pair\(\) \(value of type \(int, int\)\) in single-value context"
	x, y := 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values"
	_, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, x
	_ = y
}
