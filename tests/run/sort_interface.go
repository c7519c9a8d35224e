package main

import (
	"fmt"
	"sort"
)

type item struct {
	key string
	pri int
}

type byPri []item

func (b byPri) Len() int           { return len(b) }
func (b byPri) Less(i, j int) bool { return b[i].pri < b[j].pri }
func (b byPri) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type rev struct{ xs []int }

func (r *rev) Len() int           { return len(r.xs) }
func (r *rev) Less(i, j int) bool { return r.xs[i] > r.xs[j] }
func (r *rev) Swap(i, j int)      { r.xs[i], r.xs[j] = r.xs[j], r.xs[i] }

func main() {
	items := byPri{}
	for i := 0; i < 30; i++ {
		items = append(items, item{fmt.Sprintf("k%d", i), (i * 13) % 7})
	}
	sort.Sort(items)
	fmt.Println(items)
	items2 := byPri{}
	for i := 0; i < 30; i++ {
		items2 = append(items2, item{fmt.Sprintf("k%d", i), (i * 13) % 7})
	}
	sort.Stable(items2)
	fmt.Println(items2)
	fmt.Println(sort.IsSorted(items), sort.IsSorted(byPri{{"a", 2}, {"b", 1}}))
	r := &rev{[]int{3, 1, 4, 1, 5, 9, 2, 6}}
	sort.Sort(r)
	fmt.Println(r.xs)
	xs := []int{3, 1, 2}
	sort.Sort(sort.Reverse(sort.Interface(&rev{xs})))
	fmt.Println(xs)
}
