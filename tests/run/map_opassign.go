package main

import "fmt"

func key(s string) string {
	fmt.Println("key", s)
	return s
}

func main() {
	m := map[string]int{}
	m["a"] += 5
	m["a"] *= 3
	m["a"] -= 1
	m["b"]++
	m["b"]++
	m["c"]--
	m["d"] |= 6
	m["d"] &^= 2
	m["e"] <<= 3
	fmt.Println(m)
	s := map[string]string{}
	s["x"] += "hello"
	s["x"] += ", world"
	fmt.Println(s)
	m[key("k")] += 1
	fmt.Println(m["k"])
	f := map[int]float64{}
	f[1] += 0.5
	f[1] /= 4
	fmt.Println(f)
	m["len"] = len(m)
	fmt.Println(m["len"])
}
