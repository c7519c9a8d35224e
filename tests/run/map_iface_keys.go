package main

import "fmt"

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m["1"] = "string 1"
	m[1.0] = "float 1"
	m[true] = "bool"
	m[nil] = "nil"
	m[[2]int{1, 2}] = "array"
	fmt.Println(len(m))
	fmt.Println(m[1], "|", m[int64(1)], "|", m["1"], "|", m[1.0], "|", m[true], "|", m[nil], "|", m[[2]int{1, 2}])
	_, ok := m[int8(1)]
	fmt.Println(ok)
	delete(m, 1)
	fmt.Println(len(m), m[1] == "")
	a := map[interface{}]int{3: 1, 1: 2, 2: 3}
	fmt.Println(a)
	s := map[interface{}]int{"b": 1, "a": 2}
	fmt.Println(s)
}
