// errorcheck -0 -m -l

// Seed 003: foo() returns &x (moved to heap); NewPoint returns a value (stack)
// while NewPointPtr returns &p (moved to heap).

package escape

func foo() *int {
	x := 10 // ERROR "moved to heap: x$"
	return &x // x 必须活到函数外 -> 逃逸到堆
}

type Point struct{ X, Y int }

// 更易留在栈上
func NewPoint(x, y int) Point {
	return Point{X: x, Y: y}
}

// 更可能逃逸（取决于调用场景）
func NewPointPtr(x, y int) *Point {
	p := Point{X: x, Y: y} // ERROR "moved to heap: p$"
	return &p
}

func usePoints() int {
	a := NewPoint(1, 2)
	b := NewPointPtr(3, 4)
	return a.X + b.Y
}
