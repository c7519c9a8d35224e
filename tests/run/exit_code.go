package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("exiting with 3")
	println("stderr before exit")
	os.Exit(3)
	fmt.Println("unreachable")
}
