// Lab 09: let the inliner remove Manhattan's allocation.
package point

type Point struct{ X, Y int }

// NewPoint is kept as it is: callers everywhere take a *Point from it.
//
//go:noinline
func NewPoint(x, y int) *Point {
	return &Point{X: x, Y: y}
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// Manhattan is the distance from the origin to (x, y).
func Manhattan(x, y int) int {
	p := NewPoint(x, y)
	return abs(p.X) + abs(p.Y)
}
