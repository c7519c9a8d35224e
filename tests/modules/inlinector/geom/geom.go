// Package geom's small constructor and methods are inlinable: gc exports
// their bodies, so an importer inlines them and decides their allocations
// itself (&geom.Circle{...} does not escape in main).
package geom

type Point struct{ X, Y float64 }

type Circle struct {
	Center Point
	R      float64
	label  string
}

// NewCircle calls an unexported inlinable function: its body travels too.
func NewCircle(x, y, r float64) *Circle {
	return &Circle{Center: Point{x, y}, R: r, label: size(r)}
}

func size(r float64) string {
	if r > 10 {
		return "big"
	}
	return "small"
}

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func (c *Circle) Grow(by float64) { c.R += by }

func (c Circle) Label() string { return c.label }

func (p Point) Shift(d float64) Point { return Point{p.X + d, p.Y + d} }

// Made counts the circles MakeMany made: a package variable an inlined
// body updates in its importer.
var Made int

func Track(c *Circle) *Circle {
	Made++
	return c
}

// Keep stores its argument, and is never inlined: its parameter leaks.
var kept []*Circle

//go:noinline
func Keep(c *Circle) { kept = append(kept, c) }

// Sum has a loop with a label and a switch: bodies with statements of
// every shape cross packages.
func Sum(xs []float64) (total float64) {
	for _, x := range xs {
		switch {
		case x < 0:
			continue
		case x > 100:
			total += 100
		default:
			total += x
		}
	}
	return
}

// Boxed and BoxedOld convert a value to an interface in their return: in
// the importer gc spells the conversion by the result type's own name,
// any(...) or (interface {})(...).
func Boxed(n int) any { return struct{ N int }{n} }

func BoxedOld(n int) interface{} { return struct{ M int }{n} }
