package main

import "fmt"

func main() {
	c := make(chan int)
	close(c)
	d := make(chan int)
	for i := 0; i < 3; i++ {
		select {
		case v, ok := <-c:
			fmt.Println(v, ok)
		case <-d:
			fmt.Println("d")
		}
	}
	var v int
	var ok bool
	e := make(chan int, 1)
	e <- 5
	select {
	case v, ok = <-e:
	}
	fmt.Println(v, ok)
}
