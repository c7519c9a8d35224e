package main

import (
	"fmt"
	"sort"
)

func main() {
	ints := []int{5, 2, 8, -1, 9, 3, 3, 0}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "apple", "fig", "Banana", "apple"}
	sort.Strings(strs)
	fmt.Println(strs, sort.StringsAreSorted(strs))
	fl := []float64{2.5, -1, 3.25, 0, 1e10}
	sort.Float64s(fl)
	fmt.Println(fl)
	fmt.Println(sort.SearchInts(ints, 3), sort.SearchInts(ints, 4), sort.SearchInts(ints, 100))
	fmt.Println(sort.SearchStrings(strs, "fig"), sort.SearchStrings(strs, "zzz"))
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	big := make([]int, 200)
	for i := range big {
		big[i] = (i * 7919) % 211
	}
	sort.Ints(big)
	fmt.Println(big[0], big[1], big[100], big[199], sort.IntsAreSorted(big))
	var empty []int
	sort.Ints(empty)
	fmt.Println(len(empty))
}
