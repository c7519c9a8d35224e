package main

import (
	"fmt"

	"example.com/structident/a"
	"example.com/structident/b"
)

func main() {
	fmt.Println(a.V() == b.V(), a.E() == b.E())
	fmt.Println(b.IsMine(a.V()), b.IsMine(b.V()))
	m := map[interface{}]int{a.V(): 1, b.V(): 2, a.E(): 3, b.E(): 4}
	fmt.Println(len(m))
	fmt.Printf("%T %T %v\n", a.V(), b.E(), a.V())
}
