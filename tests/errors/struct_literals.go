package main

type P struct {
	X, Y int
	Name string
}

func main() {
	_ = P{Z: 1} // ERROR "unknown field 'Z' in struct literal of type P"
	_ = P{1, 2} // ERROR "too few values in P\{…\}"
	_ = P{1, 2, "n", 4} // ERROR "too many values in P\{…\}"
	_ = P{X: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
	_ = P{X: 1, X: 2} // ERROR "duplicate field name X in struct literal"
	_ = P{"a", 1, 2} // ERROR "cannot use \"a\" \(untyped string constant\) as int value in struct literal" "cannot use 2 \(untyped int constant\) as string value in struct literal"
	var p P
	_ = p.z // ERROR "p.z undefined \(type P has no field or method z\)"
}
