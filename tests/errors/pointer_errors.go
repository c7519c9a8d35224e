package main

type P struct{ X int }

func main() {
	var p *P
	var q **P
	_ = q.X // ERROR "q.X undefined \(type \*\*P has no field or method X\)"
	x := 1
	var ip *int = x // ERROR "cannot use x \(variable of type int\) as type \*int in variable declaration"
	_ = p + 1 // ERROR "cannot convert 1 \(untyped int constant\) to \*P"
	var s string = p // ERROR "cannot use p \(variable of type \*P\) as type string in variable declaration"
	_, _ = ip, s
}
