package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 20; i++ {
		m[i] = true
	}
	firsts := map[int]int{}
	var seq []int
	for r := 0; r < 100; r++ {
		for k := range m {
			firsts[k]++
			if r == 0 {
				seq = append(seq, k)
			}
			break
		}
	}
	fmt.Println(len(firsts) > 1)
	differ := false
	for r := 0; r < 50 && !differ; r++ {
		i := 0
		for k := range m {
			if i < len(seq) && k != seq[i] {
				differ = true
			}
			i++
		}
	}
	fmt.Println(differ || len(seq) == 1)
}
