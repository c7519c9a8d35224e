package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	fmt.Println(Red, Green, Blue)
	fmt.Printf("%v %s %d %q\n", Green, Blue, Blue, Red)
	cs := []Color{Blue, Red}
	fmt.Println(cs)
	p := Pt{1, 2}
	fmt.Println(&p, p)
	fmt.Printf("%v|%+v\n", &p, p)
	s := fmt.Sprint(Red, " and ", Green)
	fmt.Println(s)
	var nilp *Pt
	fmt.Println(nilp)
}
