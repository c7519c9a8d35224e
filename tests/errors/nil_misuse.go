package main

func main() {
	x := nil // ERROR "use of untyped nil in assignment"
	var i int = nil // ERROR "cannot use nil as int value in variable declaration"
	var s string = nil // ERROR "cannot use nil as string value in variable declaration"
	_ = nil == nil // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)"
	var p *int
	_ = p == 0 // ERROR "cannot convert 0 \(untyped int constant\) to \*int"
	_, _, _ = x, i, s
}
