package main

import "fmt"

type P struct{ X int }

func main() {
	f() // ERROR "undefined: f"
	fmt.Println(x) // ERROR "undefined: x"
	var p P
	p.Z = 3 // ERROR "p.Z undefined \(type P has no field or method Z\)"
	y = 2 // ERROR "undefined: y"
	fmt.Printline("no such function") // ERROR "undefined: fmt.Printline"
	var q Q // ERROR "undefined: Q"
	_ = q
}
