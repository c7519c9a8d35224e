package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) {
	a[0] = 100
	(*a)[1] = 200
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	fmt.Println(a, b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)
	var z [4]string
	fmt.Printf("%q %d\n", z, len(z))
	d := [...]int{5, 6, 7, 8}
	fmt.Println(d, len(d), cap(d))
	e := [5]int{1: 10, 3: 30}
	fmt.Println(e)
	f := [...]string{2: "c", 0: "a"}
	fmt.Println(len(f), f)
	fmt.Println(a == [3]int{100, 200, 3}, a != b, [2]bool{} == [2]bool{false, false})
	grid := [3][3]int{}
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i*3 + j
		}
	}
	row := grid[1]
	row[0] = -1
	fmt.Println(grid, row)
	g2 := grid
	g2[2][2] = 0
	fmt.Println(grid[2], g2[2], grid == g2)
	for i, v := range a {
		a[2] = 999
		fmt.Println(i, v)
	}
	fmt.Println(a)
	for i, v := range &a {
		a[2] = 7
		fmt.Println(i, v)
	}
	arrs := [][2]int{{1, 2}, {3, 4}}
	x := arrs[0]
	x[0] = 50
	fmt.Println(arrs, x)
	var bytes [4]byte
	copy(bytes[:], "abcdef")
	fmt.Println(bytes, string(bytes[:]))
	sum := 0
	for _, v := range [...]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} {
		sum += v
	}
	fmt.Println(sum)
	var empty [0]int
	fmt.Println(len(empty), empty)
	type Matrix [2][2]float64
	m := Matrix{{1, 2}, {3, 4}}
	n := m
	n[0][0] = 5
	fmt.Println(m, n, m == n)
	fmt.Printf("%T %v\n", m, m[1])
}
