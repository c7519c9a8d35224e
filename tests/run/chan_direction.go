package main

import "fmt"

func send(c chan<- int, n int) {
	for i := 0; i < n; i++ {
		c <- i
	}
	close(c)
}

func recv(c <-chan int) int {
	s := 0
	for v := range c {
		s += v
	}
	return s
}

func main() {
	c := make(chan int)
	go send(c, 100)
	fmt.Println(recv(c))
	var cs []chan string
	for i := 0; i < 3; i++ {
		cs = append(cs, make(chan string, 1))
	}
	for i, c := range cs {
		c <- fmt.Sprint("chan", i)
	}
	for _, c := range cs {
		fmt.Println(<-c)
	}
}
