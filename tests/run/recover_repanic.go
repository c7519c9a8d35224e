package main

import "fmt"

func main() {
	defer fmt.Println("main defer 1")
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic(fmt.Sprint("again: ", r))
	}()
	fmt.Println("start")
	panic("first")
}
