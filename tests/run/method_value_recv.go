package main

import "fmt"

type P struct{ X, Y int }

func (p P) Sum() int      { return p.X + p.Y }
func (p P) Moved(d int) P { p.X += d; return p }
func (p *P) Move(d int)   { p.X += d; p.Y += d }

func main() {
	p := P{1, 2}
	q := p.Moved(10)
	fmt.Println(p, q, p.Sum(), q.Sum())
	p.Move(5)
	fmt.Println(p)
	pp := &p
	pp.Move(1)
	fmt.Println(pp.Sum(), *pp)
	arr := [2]P{{1, 1}, {2, 2}}
	arr[1].Move(3)
	fmt.Println(arr)
	s := []P{{0, 0}}
	s[0].Move(7)
	fmt.Println(s[0].Sum())
}
