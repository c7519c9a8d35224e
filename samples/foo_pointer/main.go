package main

import "fmt"

// foo is about 0.3KB, as the article says.
type foo struct {
	id   int
	name string
	vals [36]int
}

func getFooPointer() *foo {
	var result foo
	// Do something
	return &result
}

func f(p *foo) {
	p.id++
}

func main() {
	p := &foo{}
	f(p)
	q := getFooPointer()
	fmt.Println(p.id, q.id)
}
