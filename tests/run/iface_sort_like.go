package main

import "fmt"

type Lesser interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

type Ints []int

func (x Ints) Len() int           { return len(x) }
func (x Ints) Less(i, j int) bool { return x[i] < x[j] }
func (x Ints) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type ByLen []string

func (x ByLen) Len() int           { return len(x) }
func (x ByLen) Less(i, j int) bool { return len(x[i]) < len(x[j]) }
func (x ByLen) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

func sortIt(d Lesser) {
	for i := 1; i < d.Len(); i++ {
		for j := i; j > 0 && d.Less(j, j-1); j-- {
			d.Swap(j, j-1)
		}
	}
}

func main() {
	a := Ints{5, 2, 8, 1, 9}
	sortIt(a)
	fmt.Println(a)
	b := ByLen{"ccc", "a", "bb", "dddd"}
	sortIt(b)
	fmt.Println(b)
}
