package main

import "fmt"

func main() {
	m := make(map[string]int)
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	fmt.Println(m)
	fmt.Println(len(m), m["two"], m["missing"])
	m["two"] = 22
	fmt.Println(m["two"], len(m))
	delete(m, "one")
	delete(m, "nothing")
	fmt.Println(m, len(m))
}
