package main

import "fmt"

type T struct{ n int }

func (t T) Get() int       { return t.n }
func (t *T) Add(d int)     { t.n += d }
func (t T) Pair(x int) (int, int) { return t.n, x }

func main() {
	t := T{3}
	fmt.Println(T.Get(t))
	(*T).Add(&t, 4)
	fmt.Println((*T).Get(&t))
	a, b := T.Pair(t, 9)
	fmt.Println(a, b)
}
