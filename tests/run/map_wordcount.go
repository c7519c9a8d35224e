package main

import "fmt"

type kv struct {
	k string
	v int
}

func less(a, b kv) bool {
	if a.v != b.v {
		return a.v > b.v
	}
	return a.k < b.k
}

func count(words []string) map[string]int {
	counts := make(map[string]int)
	for _, w := range words {
		counts[w]++
	}
	return counts
}

func main() {
	c := count([]string{"the", "cat", "and", "the", "dog", "and", "the", "bird"})
	fmt.Println(c)
	var list []kv
	for k, v := range c {
		list = append(list, kv{k, v})
	}
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && less(list[j], list[j-1]); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
	for _, e := range list {
		fmt.Println(e.k, e.v)
	}
}
