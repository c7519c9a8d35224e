package main

import "fmt"

func main() {
	c := make(chan int, 5)
	for i := 0; i < 5; i++ {
		c <- i
	}
	close(c)
	n := 0
loop:
	for {
		select {
		case v, ok := <-c:
			if !ok {
				break loop
			}
			if v == 2 {
				break
			}
			n += v
		}
	}
	fmt.Println(n)
}
