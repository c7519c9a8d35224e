package geom

var Count int

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }

func NewCircle(r float64) *Circle {
	Count++
	return &Circle{R: r}
}

func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (r Rect) Area() float64    { return r.W * r.H }

type Point struct{ X, Y int }

func Origin() *Point { return &Point{} }
