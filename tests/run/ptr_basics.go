package main

import "fmt"

type T struct {
	A int
	B [3]int
	C *T
}

func inc(p *int) {
	*p++
}

func newInt(v int) *int {
	x := v
	return &x
}

func swap(a, b *int) {
	*a, *b = *b, *a
}

func main() {
	x := 10
	p := &x
	*p = 20
	fmt.Println(x, *p, p == &x, p != nil)
	inc(&x)
	inc(p)
	fmt.Println(x)
	q := new(int)
	fmt.Println(*q, q != p)
	*q = 5
	fmt.Println(*q)
	r := newInt(7)
	s := newInt(7)
	fmt.Println(*r, *s, r == s, *r == *s)
	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)
	pp := &p
	**pp = 99
	fmt.Println(x, **pp)
	var np *int
	fmt.Println(np == nil, np)
	t := new(T)
	t.A = 1
	t.B[2] = 3
	t.C = &T{A: 2}
	t.C.C = t
	fmt.Println(t.A, t.B, t.C.A, t.C.C.A, t.C.C.C.A)
	fmt.Printf("%+v %+v\n", t.C.C.C.C.C.A, t.C.C.C.C.C.B)
	pa := &t.B
	pa[0] = 7
	(*pa)[1] = 8
	fmt.Println(t.B, len(pa))
	pe := &t.B[2]
	*pe *= 10
	fmt.Println(t.B)
	pf := &t.A
	*pf = -1
	fmt.Println(t.A)
	st := T{A: 3}
	ps := &st
	ps.A++
	(*ps).A++
	fmt.Println(st.A)
	copyOf := *ps
	copyOf.A = 100
	fmt.Println(st.A, copyOf.A)
	ptrs := []*int{&a, &b, &x}
	for _, ip := range ptrs {
		*ip *= 2
	}
	fmt.Println(a, b, x)
	var pb = new(bool)
	*pb = !*pb
	fmt.Println(*pb)
	ps2 := new([]string)
	*ps2 = append(*ps2, "x", "y")
	fmt.Println(*ps2, len(*ps2))
	parr := new([4]int)
	parr[3] = 1
	fmt.Println(*parr)
	fmt.Printf("%v %+v\n", &st.B, &T{A: 1})
}
