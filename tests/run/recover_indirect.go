package main

import "fmt"

func helper() interface{} { return recover() }

func handle() {
	if r := recover(); r != nil {
		fmt.Println("handled:", r)
	}
}

func viaHandle() {
	defer handle()
	panic("p1")
}

func viaArgs() {
	defer func(tag string) {
		fmt.Println(tag, recover())
	}("tagged")
	panic("p2")
}

func main() {
	viaHandle()
	viaArgs()
	defer func() {
		fmt.Println("final", recover())
	}()
	func() {
		defer func() {
			fmt.Println("inner", recover())
			panic("p4")
		}()
		panic("p3")
	}()
}
