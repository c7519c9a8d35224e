package main

import "fmt"

type Item struct {
	ID   int
	Name string
}

func makeItem(id int) *Item {
	it := Item{ID: id, Name: fmt.Sprint("item", id)}
	return &it
}

func collect(n int) []*int {
	var out []*int
	for i := 0; i < n; i++ {
		v := i * i
		out = append(out, &v)
	}
	return out
}

func pointsInto(xs []int) []*int {
	var out []*int
	for i := range xs {
		out = append(out, &xs[i])
	}
	return out
}

func main() {
	ps := collect(5)
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var loopPtrs []*int
	for i := 0; i < 3; i++ {
		loopPtrs = append(loopPtrs, &i)
	}
	fmt.Println(*loopPtrs[0], *loopPtrs[1], *loopPtrs[2], loopPtrs[0] == loopPtrs[2])
	items := []*Item{}
	for i := 1; i <= 3; i++ {
		items = append(items, makeItem(i))
	}
	for _, it := range items {
		fmt.Printf("%d:%s ", it.ID, it.Name)
	}
	fmt.Println()
	data := []int{1, 2, 3}
	ptrs := pointsInto(data)
	*ptrs[1] = 20
	fmt.Println(data)
	var arr [4]Item
	var refs []*Item
	for i := range arr {
		refs = append(refs, &arr[i])
	}
	for i, r := range refs {
		r.ID = i * 11
	}
	fmt.Println(arr)
	var vals []Item
	for _, it := range items {
		vals = append(vals, *it)
	}
	items[0].Name = "changed"
	fmt.Println(vals[0].Name, items[0].Name)
	head := (*Item)(nil)
	fmt.Println(head == nil)
	sum := 0
	counter := new(int)
	for i := 0; i < 100; i++ {
		*counter += i
		sum += *counter
	}
	fmt.Println(*counter, sum)
}
