package main

type T struct { // ERROR "invalid recursive type T"
	a int
	t T
}

type A [2]B // ERROR "invalid recursive type A"
type B struct{ a A }

type OK struct{ next *OK }

func main() {
	var t T
	var ok OK
	_, _ = t, ok
}
