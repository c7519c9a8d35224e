package main

import (
	"fmt"
	"strconv"

	"example.com/xpkggeneric/report/coll"
	"example.com/xpkggeneric/report"
)

func main() {
	var s coll.Stack[int]
	s.Push(1)
	s.Push(2)
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())

	words := coll.Map([]int{1, 2, 3}, strconv.Itoa)
	fmt.Println(words, len(words))
	evens := coll.Filter([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 })
	fmt.Println(evens)
	fmt.Println(coll.Max(3, 7), coll.Max("pear", "apple"), coll.Max(2.5, 1.5))

	fmt.Println(report.Shout("a", "b", "c"), report.Labels([]int{1, 2}))
	fmt.Println(coll.Join([]float64{1.5, 2}, func(f float64) string { return fmt.Sprint(f) }), coll.Calls())

	p := coll.NewPair("k", 1)
	fmt.Println(report.DescribeMine(p))
	var str fmt.Stringer = *p
	fmt.Println(str.String(), p.Key, p.Val)
}
