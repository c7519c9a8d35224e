package main

import "fmt"

func f() interface{} {
	type T int
	return T(1)
}

func g() interface{} {
	type T int
	return T(1)
}

func main() {
	a, b := f(), g()
	fmt.Println(a == b, a, b)
	fmt.Printf("%T %T\n", a, b)
	m := map[interface{}]int{a: 1, b: 2}
	fmt.Println(len(m))
}
