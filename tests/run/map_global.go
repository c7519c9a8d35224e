package main

import "fmt"

var table = map[string]int{"x": 1, "y": 2}

var empty map[string]bool

var counts = make(map[rune]int)

func init() {
	table["z"] = 3
}

func main() {
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(table, len(empty), counts)
	fmt.Println(counts['l'], counts['q'])
}
