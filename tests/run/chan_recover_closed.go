package main

import "fmt"

func try(f func()) {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	f()
}

func main() {
	try(func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try(func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
}
