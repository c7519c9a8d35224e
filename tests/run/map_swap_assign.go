package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["a"], m["b"] = m["b"], m["a"]
	fmt.Println(m)
	var ok bool
	var v int
	v, ok = m["a"]
	fmt.Println(v, ok)
	i := 0
	arr := []string{"x", "y", "z"}
	mm := map[string]int{}
	i, mm[arr[i]] = 2, 9
	fmt.Println(i, mm)
	x, y := m["a"], m["zz"]
	fmt.Println(x, y)
}
