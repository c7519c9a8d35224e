package main

import "fmt"

func main() {
	var nilS []int
	empty := []int{}
	made := make([]int, 0)
	fmt.Println(nilS == nil, empty == nil, made == nil)
	fmt.Println(len(nilS), cap(nilS), len(empty), cap(empty))
	fmt.Println(nilS, empty, made)
	fmt.Printf("%v %v %d %T\n", nilS, empty, nilS, nilS)
	nilS = append(nilS, 1)
	fmt.Println(nilS, nilS == nil)
	for range []int(nil) {
		fmt.Println("never")
	}
	var ns []string
	fmt.Println(ns[0:0] == nil, len(ns[:]))
	fmt.Printf("%q %q\n", ns, []string{""})

	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	dst2 := make([]int, 8)
	n = copy(dst2, src)
	fmt.Println(n, dst2)
	n = copy(dst2[6:], src)
	fmt.Println(n, dst2)
	n = copy(nilS, src)
	fmt.Println(n, nilS)
	n = copy(src, []int(nil))
	fmt.Println(n, src)
	bs := make([]byte, 5)
	n = copy(bs, "hello world")
	fmt.Println(n, string(bs))

	m := make([]int, 2, 5)
	fmt.Println(m, len(m), cap(m), m[:5])
	mk := make([]string, 3)
	fmt.Printf("%q\n", mk)
	type P struct{ X, Y int }
	ps := make([]P, 2)
	ps[1].Y = 5
	fmt.Println(ps)
	pp := make([]*P, 2)
	fmt.Println(pp[0] == nil, pp[1] == nil)
	var f64 = make([]float64, 3)
	f64[2] = 1.5
	fmt.Println(f64)
	bools := make([]bool, 4)
	bools[1] = true
	fmt.Println(bools)
	twoD := make([][]int, 3)
	for i := range twoD {
		twoD[i] = make([]int, i+1)
		for j := range twoD[i] {
			twoD[i][j] = i * j
		}
	}
	fmt.Println(twoD, len(twoD[2]))
	grid := [][]string{{"a", "b"}, {"c"}, {}}
	fmt.Println(grid, len(grid))
}
