package main

import "fmt"

type Pair[K any, V any] struct { // ERROR "generic.*not supported"
	Key K
	Val V
}

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Println(p)
}
