package registry

import textfmt "example.com/tool/v2/format"

var items []textfmt.Shape

func init() { println("registry init") }

type Square struct{ Side float64 }

func (s Square) Name() string    { return "square" }
func (s Square) Area() float64   { return s.Side * s.Side }
func (s *Square) Grow(f float64) { s.Side *= f }

type counter struct{ n int }

func (c *counter) next() int { c.n++; return c.n }

var ids counter

func Register(s textfmt.Shape) int {
	items = append(items, s)
	return ids.next()
}

func All() []textfmt.Shape { return items }

func NewSquare(side float64) *Square { return &Square{Side: side} }
