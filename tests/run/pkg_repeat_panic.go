package main

import (
	"fmt"
	"strings"
)

func main() {
	n := -3
	fmt.Println("start")
	fmt.Println(strings.Repeat("x", n))
}
