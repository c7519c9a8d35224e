// Maps that do not escape keep their first table of 8 entries on the stack
// (as gc keeps their first bucket there): one made in a loop starts empty
// every time, one that grows past 8 moves to the heap, a range loop that
// started on the stack table goes on seeing its keys after the move.
package main

import (
	"fmt"
	"sort"
)

type Item struct{ ID, V int }

//go:noinline
func fill(n, k int) int {
	m := map[int]*Item{}
	for i := 0; i < n; i++ {
		m[i] = &Item{ID: i, V: i * k}
	}
	t := 0
	for _, p := range m {
		t += p.V
	}
	return t + len(m)
}

//go:noinline
func growWhileRanging() []int {
	m := make(map[int]int, 4)
	for i := 0; i < 8; i++ {
		m[i] = i
	}
	var seen []int
	for k := range m {
		if k < 8 {
			seen = append(seen, k)
		}
		if len(m) < 40 {
			for j := 100; j < 132; j++ {
				m[j] = j
			}
		}
	}
	sort.Ints(seen)
	return seen
}

//go:noinline
func deletes(n int) (int, int) {
	m := map[string]int{}
	for i := 0; i < n; i++ {
		m[fmt.Sprint("k", i)] = i
		if i%3 == 0 {
			delete(m, fmt.Sprint("k", i/2))
		}
	}
	s := 0
	for _, v := range m {
		s += v
	}
	return len(m), s
}

func main() {
	for round := 0; round < 3; round++ {
		fmt.Println(fill(3, round), fill(8, round), fill(9, round), fill(100, round))
	}
	fmt.Println(growWhileRanging())
	for _, n := range []int{1, 8, 9, 50} {
		fmt.Println(deletes(n))
	}
	small := map[[2]int]string{{1, 2}: "a", {3, 4}: "b"}
	small[[2]int{5, 6}] = "c"
	fmt.Println(len(small), small[[2]int{3, 4}], small)
}
