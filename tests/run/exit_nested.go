package main

import (
	"fmt"
	"os"
)

func fail(code int) {
	fmt.Printf("fail(%d)\n", code)
	os.Exit(code)
}

func main() {
	for i := 0; i < 10; i++ {
		if i*i > 20 {
			fail(i + 100)
		}
		fmt.Println(i)
	}
}
