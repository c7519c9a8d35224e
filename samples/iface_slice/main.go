package main

import "fmt"

func main() {
	data := []interface{}{1, 2}
	val := data[0]
	fmt.Printf("%v\n", val)
	data[0] = 3
}
