package main

func f(a int, a string) {} // ERROR "a redeclared in this block"

func g(x int) (x int) { return 0 } // ERROR "x redeclared in this block"

func h(y int) {
	y := 2 // ERROR "no new variables on left side of :="
	_ = y
}

func main() {
	f(1, "a")
	_ = g(1)
	h(1)
}
