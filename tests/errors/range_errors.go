package main

func main() {
	for i := range 10 { // ERROR "cannot range over 10 \(untyped int constant\)"
		_ = i
	}
	x := 3.5
	for range x { // ERROR "cannot range over x \(variable of type float64\)"
	}
	var p *int
	for range p { // ERROR "cannot range over p \(variable of type \*int\)"
	}
	for a, b, c := range []int{} { // ERROR "a declared but not used" "b declared but not used" "range clause permits at most two iteration variables"
	}
}
