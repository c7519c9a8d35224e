package point

import "testing"

// NewPoint keeps its signature.
var _ func(int, int) *Point = NewPoint

func TestManhattan(t *testing.T) {
	if got := Manhattan(3, -4); got != 7 {
		t.Errorf("Manhattan(3, -4) = %d, want 7", got)
	}
	if p := NewPoint(1, 2); p.X != 1 || p.Y != 2 {
		t.Errorf("NewPoint(1, 2) = %+v", *p)
	}
}

func TestManhattanAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { Manhattan(5, 6) }); n != 0 {
		t.Errorf("Manhattan allocates %v times per call, want 0", n)
	}
}
