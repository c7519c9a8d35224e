package main

import (
	"fmt"
	"os"
)

func work(n int) int {
	if n == 0 {
		fmt.Println("done, exiting 0 early")
		os.Exit(0)
	}
	return work(n - 1)
}

func main() {
	work(5)
	fmt.Println("unreachable")
}
