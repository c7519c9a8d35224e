package main

import "fmt"

type Registry struct {
	items map[string]int
}

func newRegistry() *Registry {
	return &Registry{items: make(map[string]int)}
}

func fill(m map[string]int, n int) {
	for i := 0; i < n; i++ {
		m[fmt.Sprintf("k%d", i)] = i
	}
}

func keysum(m map[string]int) int {
	s := 0
	for _, v := range m {
		s += v
	}
	return s
}

func clone(m map[string]int) map[string]int {
	out := make(map[string]int, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func main() {
	r := newRegistry()
	fill(r.items, 5)
	fmt.Println(len(r.items), keysum(r.items))
	c := clone(r.items)
	c["k0"] = 100
	fmt.Println(r.items["k0"], c["k0"])
	alias := r.items
	alias["new"] = 1
	fmt.Println(len(r.items), r.items["new"])
	maps := []map[string]int{r.items, c}
	fmt.Println(len(maps[0]), len(maps[1]))
}
