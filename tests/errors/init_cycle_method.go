package main

// A method's body orders package variables as a function's does: x's
// initializer calls m, which reads x.
type T int

func (T) m() int { return x }

var x = T(0).m() // ERROR "initialization loop for x"

func main() { println(x) }
