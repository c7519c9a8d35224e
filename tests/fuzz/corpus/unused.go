package main

import "os"
import "fmt"

func main() {
	x := 1
	var y int
	for i := range 10 {
	}
}
