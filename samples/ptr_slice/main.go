package main

import "fmt"

func main() {
	dat := []*int{nil}
	a := 10
	dat[0] = &a
	fmt.Printf("%v\r\n", *dat[0])
	fmt.Printf("%v\r\n", dat[0] == &a) // seed prints dat[0] itself: an address, not reproducible
}
