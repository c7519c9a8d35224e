package main

import "fmt"

func trace(msg string) func() {
	fmt.Println("enter", msg)
	return func() { fmt.Println("exit", msg) }
}

func work() {
	defer trace("work")()
	fmt.Println("working")
}

func deferred(fs ...func()) {
	for _, f := range fs {
		defer f()
	}
}

func main() {
	work()
	deferred(func() { fmt.Println(1) }, func() { fmt.Println(2) }, func() { fmt.Println(3) })
	var fn func() = func() { fmt.Println("from var") }
	defer fn()
	fn = func() { fmt.Println("reassigned") }
	fmt.Println("main end")
}
