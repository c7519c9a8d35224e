package main

import (
	"fmt"

	textfmt "example.com/tool/v2/format"
	"example.com/tool/v2/internal/registry"
)

type circle struct{ r float64 }

func (c circle) Name() string  { return "circle" }
func (c circle) Area() float64 { return 3.14159 * c.r * c.r }

func main() {
	sq := registry.NewSquare(2)
	sq.Grow(1.5)
	fmt.Println(registry.Register(sq), registry.Register(circle{1}), registry.Register(registry.Square{Side: 1}))
	var t textfmt.Table
	for _, s := range registry.All() {
		t.Add(s)
	}
	fmt.Println(textfmt.Banner("shapes"))
	fmt.Println(t.String())
	var s textfmt.Shape = sq
	if q, ok := s.(*registry.Square); ok {
		fmt.Printf("%T %v %+v\n", q, q.Side, *q)
	}
	fmt.Printf("%T %T\n", s, t)
}
