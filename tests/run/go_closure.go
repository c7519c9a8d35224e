package main

import "fmt"

func main() {
	results := make(chan int, 10)
	for i := 0; i < 10; i++ {
		i := i
		go func() { results <- i * i }()
	}
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-results
	}
	fmt.Println("sum of squares:", sum)
	x := 0
	done := make(chan struct{})
	go func() {
		x = 42
		close(done)
	}()
	<-done
	fmt.Println("x =", x)
}
