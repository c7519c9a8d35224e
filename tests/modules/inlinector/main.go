// main inlines geom's constructor and methods, some through an embedded
// field, and keeps their allocations on its stack as gc does.
package main

import "example.com/inlinector/geom"

// Ring reaches Circle's methods through an embedded field.
type Ring struct {
	geom.Circle
	Width float64
}

// Area of a circle that never leaves the function: nothing allocated.
func Area(r float64) float64 {
	c := geom.NewCircle(0, 0, r)
	c.Grow(1)
	return c.Area()
}

func Kept(r float64) {
	geom.Keep(geom.NewCircle(1, 1, r))
}

func Tracked(r float64) float64 {
	return geom.Track(geom.NewCircle(2, 2, r)).R
}

func main() {
	ring := Ring{Circle: *geom.NewCircle(1, 2, 3), Width: 1}
	ring.Grow(2)
	p := ring.Center.Shift(1)
	println(Area(2), ring.Area(), ring.Label(), p.X, p.Y)
	Kept(4)
	println(Tracked(20), geom.Made, geom.Sum([]float64{1, -2, 300, 4}))
	println(geom.Boxed(1) != nil, geom.BoxedOld(2) != nil)
}
