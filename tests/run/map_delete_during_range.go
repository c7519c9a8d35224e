package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	seen := 0
	for k := range m {
		seen++
		// delete every other key, including ones not reached yet
		delete(m, k^1)
		delete(m, k)
	}
	fmt.Println(len(m), seen <= 100, seen >= 50)
	m2 := map[string]int{"a": 1, "b": 2, "c": 3}
	for k := range m2 {
		delete(m2, k)
	}
	fmt.Println(len(m2), m2)
	m3 := map[int]bool{1: true, 2: true, 3: true}
	for k, v := range m3 {
		if v {
			m3[k] = false
		}
	}
	fmt.Println(m3)
}
