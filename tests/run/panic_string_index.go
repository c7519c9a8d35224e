package main

import "fmt"

func main() {
	s := "héllo"
	n := len(s)
	for i := 0; i < n; i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	fmt.Println(s[n])
}
