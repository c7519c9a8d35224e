package main

type P struct {
	X, Y int
	Tags [3]string
}

func main() {
	var a [5]int
	a[2] = 7
	p := P{X: 1, Tags: [3]string{"a"}}
	q := p
	q.X = 9
	println(a[2], p.X, q.X, p == q, len(a))
	b := [...]int{1, 2, 3}
	s := b[1:2:3]
	println(len(s), cap(s))
}
