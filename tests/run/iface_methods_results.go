package main

import "fmt"

type Divider interface {
	Div(a, b int) (int, int, bool)
	Label() (string, int)
}

type D struct{ name string }

func (d D) Div(a, b int) (int, int, bool) {
	if b == 0 {
		return 0, 0, false
	}
	return a / b, a % b, true
}

func (d D) Label() (string, int) { return d.name, len(d.name) }

func main() {
	var x Divider = D{"div"}
	q, r, ok := x.Div(17, 5)
	fmt.Println(q, r, ok)
	_, _, ok = x.Div(1, 0)
	fmt.Println(ok)
	fmt.Println(x.Label())
	name, n := x.Label()
	fmt.Println(name, n)
}
