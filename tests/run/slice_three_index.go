package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	a := base[2:5:7]
	fmt.Println(a, len(a), cap(a))
	a = append(a, 50, 60)
	fmt.Println(a, base)
	a = append(a, 70)
	a[0] = -2
	fmt.Println(a, base, len(a), cap(a))
	b := base[:0:0]
	b = append(b, 1)
	fmt.Println(b, base[0], cap(b))
	c := base[3:3]
	fmt.Println(c, len(c), cap(c))
	d := base[8:]
	fmt.Println(d, cap(d), base[10:], len(base[10:]))
	e := base[:]
	e2 := base[:len(base):len(base)]
	fmt.Println(len(e), cap(e), len(e2), cap(e2))
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	s := arr[1:3:4]
	fmt.Println(s, len(s), cap(s))
	s = append(s, "X")
	fmt.Println(arr, s)
	s = append(s, "Y")
	s[0] = "Z"
	fmt.Println(arr, s)
	p := &arr
	ps := p[2:4]
	ps[1] = "!"
	fmt.Println(arr, ps, p[5], len(p))
	str := "hello, world"
	fmt.Println(str[7:], str[:5], str[3:3] == "", str[len(str):])
	i, j, k := 1, 3, 5
	t := base[i:j:k]
	fmt.Println(t, len(t), cap(t))
	fmt.Println(base[i:][j:], base[:k][i:j])
	var nilS []int
	fmt.Println(nilS[0:0], nilS[:0:0] == nil, len(nilS[:]))
}
