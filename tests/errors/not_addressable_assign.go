package main

func f() int { return 1 }

type P struct{ X int }

func g() P { return P{} }

const c = 1

func main() {
	s := "abc"
	s[0] = 'x' // ERROR "cannot assign to s\[0\] \(value of type byte\)"
	f() = 2 // ERROR "cannot assign to f\(\) \(value of type int\)"
	g().X = 3 // ERROR "cannot assign to g\(\).X \(value of type int\)"
	c = 2 // ERROR "cannot assign to c \(untyped int constant 1\)"
	1 = 2 // ERROR "cannot assign to 1 \(untyped int constant\)"
	"a" = s // ERROR "cannot assign to \"a\" \(untyped string constant\)"
	len(s) = 1 // ERROR "cannot assign to len\(s\) \(value of type int\)"
	_ = &f() // ERROR "invalid operation: cannot take address of f\(\) \(value of type int\)"
	_ = &c // ERROR "invalid operation: cannot take address of c \(untyped int constant 1\)"
	_ = &1 // ERROR "invalid operation: cannot take address of 1 \(untyped int constant\)" "too many errors"
}
