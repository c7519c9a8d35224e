package main

import "fmt"

func main() {
	s := []byte("abcdef")
	i, j := 2, 4
	fmt.Println(string(s[i:j]))
	i, j = j+1, i
	fmt.Println("inverted", i, j)
	fmt.Println(string(s[i:j]))
}
