package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["y"]
	fmt.Println(v, ok)
	delete(m, "x")
	for k, v := range m {
		fmt.Println("never", k, v)
	}
	fmt.Println(m)
	fmt.Printf("%v %d %#v\n", m, len(m), m)
}
