package main

import "fmt"

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func grow(s []int) []int {
	return append(s, 99)
}

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c, len(a), len(b), cap(b))
	b[0] = 100
	fmt.Println(a[0], b[0], c[0])

	d := []int{1, 2, 3}
	e := append(d, 4)
	e[0] = -1
	fmt.Println(d, e, cap(d), cap(e))

	f := []int{0, 1, 2, 3, 4, 5, 6, 7}
	g := f[2:5]
	fmt.Println(g, len(g), cap(g))
	g = append(g, 50)
	fmt.Println(f)
	g[0] = 20
	fmt.Println(f)
	fill(f[6:], 9)
	fmt.Println(f)
	h := grow(f[:3])
	fmt.Println(h, f)
	full := []int{1, 2}
	h2 := grow(full)
	h2[0] = 7
	fmt.Println(full, h2)

	x := []string{"a", "b", "c", "d"}
	y := x[1:3]
	y[0] = "B"
	z := y[1:]
	z[0] = "C"
	fmt.Println(x, y, z, cap(y), cap(z))
	y = y[:cap(y)]
	fmt.Println(y)

	// shift in place
	q := []int{1, 2, 3, 4, 5}
	copy(q[1:], q)
	fmt.Println(q)
	q = []int{1, 2, 3, 4, 5}
	copy(q, q[2:])
	fmt.Println(q)
	// delete element 2
	r := []int{10, 11, 12, 13, 14}
	r = append(r[:2], r[3:]...)
	fmt.Println(r, len(r), cap(r))
	// insert at 1
	r = append(r[:1], append([]int{77}, r[1:]...)...)
	fmt.Println(r)
	var arr [5]int
	sl := arr[1:4]
	sl[0] = 5
	sl = append(sl, 6)
	fmt.Println(arr, sl)
	sl = append(sl, 7, 8)
	sl[0] = 55
	fmt.Println(arr, sl)
}
