package main

import "fmt"

type I interface{ M() }
type J interface{ N() }
type T struct{}

func (T) M() {}

func main() {
	var i I = T{}
	fmt.Println("start")
	j := i.(J)
	j.N()
}
