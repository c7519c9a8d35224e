package main

import "fmt"

// foo is about 0.3KB, as the article says.
type foo struct {
	id   int
	name string
	vals [36]int
}

func getFooValue() foo {
	var result foo
	// Do something
	return result
}

func main() {
	v := getFooValue()
	fmt.Println(v.id, len(v.vals))
}
