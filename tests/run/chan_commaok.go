package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	c := make(chan Point, 2)
	c <- Point{1, 2}
	close(c)
	p, ok := <-c
	fmt.Println(p, ok)
	p, ok = <-c
	fmt.Println(p, ok)
	var q Point
	q, ok = <-c
	fmt.Println(q, ok)
}
