package main

import "fmt"

func lookup(m map[string]int, k string) (int, bool) {
	v, ok := m[k]
	return v, ok
}

func main() {
	m := map[string]int{"a": 1, "z": 0}
	v, ok := m["a"]
	fmt.Println(v, ok)
	v, ok = m["z"]
	fmt.Println(v, ok)
	v, ok = m["q"]
	fmt.Println(v, ok)
	if x, found := m["a"]; found {
		fmt.Println("found", x)
	}
	if _, found := m["nope"]; !found {
		fmt.Println("not found")
	}
	var ok2 bool
	_, ok2 = m["z"]
	fmt.Println(ok2)
	fmt.Println(lookup(m, "a"))
	fmt.Println(lookup(nil, "a"))
}
