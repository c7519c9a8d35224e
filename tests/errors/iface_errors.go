package main

func main() {
	var e interface{} = 1
	var n int = e // ERROR "cannot use e \(variable of type interface\{\}\) as type int in variable declaration:"
	_ = e + 1 // ERROR "invalid operation: e \+ 1 \(mismatched types interface\{\} and int\)"
	_ = e.X // ERROR "e.X undefined \(type interface\{\} has no field or method X\)"
	_ = n
}
