package main

import "fmt"

func deferRecover() {
	defer func() { fmt.Println("outer recovered:", recover()) }()
	defer recover()
	panic("one")
}

func main() {
	deferRecover()
	fmt.Println("done")
}
