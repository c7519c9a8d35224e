package main

import "fmt"

func main() {
	var x uint8 = 200
	var y uint8 = 7
	fmt.Println(x%y, x/y)
	y -= 7
	fmt.Println("y is", y)
	fmt.Println(x % y)
}
