package main

import "fmt"

func Identity[T any](x T) T { // ERROR "generic.*not supported"
	return x
}

func main() {
	fmt.Println(Identity(1), Identity("s"))
}
