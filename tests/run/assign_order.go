package main

import "fmt"

func next(c *int) int {
	*c++
	return *c
}

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	s := []int{0, 0, 0}
	i := 0
	i, s[i] = 1, 2
	fmt.Println(i, s)
	i = 0
	s[i], i = 5, 2
	fmt.Println(i, s)
	arr := [3]int{10, 20, 30}
	j := 0
	j, arr[j], arr[j+1] = 2, arr[2], arr[j]
	fmt.Println(j, arr)
	c := 0
	p, q, r := next(&c), next(&c), next(&c)
	fmt.Println(p, q, r)
	fmt.Println(next(&c), next(&c))
	t := []int{1, 2, 3, 4}
	t[0], t[3] = t[3], t[0]
	fmt.Println(t)
	k := 1
	t[k], t[k+1] = t[k+1], t[k]
	fmt.Println(t)
	type P struct{ X, Y int }
	pt := P{1, 2}
	pt.X, pt.Y = pt.Y, pt.X
	fmt.Println(pt)
	pp := &pt
	pp.X, pp.Y = pp.Y*10, pp.X*10
	fmt.Println(pt)
	var u, v int
	u, v = v+1, u+2
	fmt.Println(u, v)
	m, n := 0, 1
	for step := 0; step < 10; step++ {
		m, n = n, m+n
	}
	fmt.Println(m, n)
	var e1, e2 interface{} = 1, "s"
	e1, e2 = e2, e1
	fmt.Println(e1, e2)
	idx := []int{0, 1}
	vals := []string{"a", "b"}
	idx[0], vals[idx[0]] = 1, "changed"
	fmt.Println(idx, vals)
	_, w := 5, 6
	fmt.Println(w)
	var arr2 [2]int
	h := 0
	arr2[h] += next(&h)
	fmt.Println(arr2, h)
}
