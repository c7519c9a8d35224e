// sort compiled from Go 1.19's source over escgo's internal/reflectlite
// overlay: Slice on structs, bytes and pointers (Swapper's paths), the
// stability of SliceStable and Stable, Sort/Reverse, Search and the typed
// helpers, container/heap over sort.Interface, Slice's panic on a non-slice.
package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any          { old := *h; x := old[len(old)-1]; *h = old[:len(old)-1]; return x }

type big struct {
	a, b, c int64
	s       string
}

func main() {
	people := []person{{"ann", 30}, {"bob", 25}, {"cid", 30}, {"dan", 20}, {"eve", 25}, {"fay", 30}}
	p2 := append([]person(nil), people...)
	sort.SliceStable(p2, func(i, j int) bool { return p2[i].age < p2[j].age })
	fmt.Println(p2)
	sort.Slice(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people, sort.SliceIsSorted(people, func(i, j int) bool { return people[i].name > people[j].name }))
	sort.Sort(byAge(people))
	fmt.Println(people, sort.IsSorted(byAge(people)))
	sort.Stable(sort.Reverse(byAge(p2)))
	fmt.Println(p2)

	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 8), sort.SearchInts(ints, 4))
	strs := strings.Fields("pear apple fig banana cherry")
	sort.Strings(strs)
	fmt.Println(strs, sort.StringsAreSorted(strs), sort.SearchStrings(strs, "fig"))
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)

	var bs []big
	for k := 0; k < 20; k++ {
		bs = append(bs, big{int64(k * 7 % 11), int64(k), 0, fmt.Sprint(k)})
	}
	sort.Slice(bs, func(i, j int) bool { return bs[i].a < bs[j].a })
	for _, b := range bs {
		fmt.Print(b.a, ":", b.s, " ")
	}
	fmt.Println()
	bytes := []byte("sorting")
	sort.Slice(bytes, func(i, j int) bool { return bytes[i] < bytes[j] })
	ptrs := []*person{{"x", 3}, {"y", 1}, {"z", 2}}
	sort.Slice(ptrs, func(i, j int) bool { return ptrs[i].age < ptrs[j].age })
	fmt.Println(string(bytes), *ptrs[0], *ptrs[2])

	h := &intHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 1)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sort.Slice(42, func(i, j int) bool { return false })
	}()
}
