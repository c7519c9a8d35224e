package main

import "fmt"

type point struct{ x, y int }

func main() {
	p := point{1, 2}
	show := func() string { return fmt.Sprint(p.x, ",", p.y) }
	fmt.Println(show())
	move := func(dx int) { p.x += dx }
	move(5)
	fmt.Println(show(), p)
	arr := [3]string{"a", "b", "c"}
	get := func(i int) string { return arr[i] }
	arr[1] = "B"
	fmt.Println(get(0), get(1), get(2))
	s := []int{1, 2, 3}
	sum := func() (t int) {
		for _, v := range s {
			t += v
		}
		return
	}
	s = append(s, 4)
	fmt.Println(sum())
}
