package main

import "fmt"

func main() {
	c := make(chan string, 3)
	fmt.Println(len(c), cap(c))
	c <- "a"
	c <- "b"
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c)
	c <- "c"
	c <- "d"
	fmt.Println(len(c))
	close(c)
	for s := range c {
		fmt.Println(s)
	}
	v, ok := <-c
	fmt.Printf("%q %v\n", v, ok)
	var nilc chan int
	fmt.Println(len(nilc), cap(nilc), nilc == nil)
}
