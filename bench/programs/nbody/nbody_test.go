package nbody

import (
	"math"
	"testing"
)

var sink float64

func BenchmarkNBody(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = simulate(10000)
	}
}

func TestEnergy(t *testing.T) {
	// The Benchmarks Game's reference output for 1,000 steps: -0.169087605
	s := newSystem()
	if e := s.energy(); math.Abs(e-(-0.169075164)) > 1e-9 {
		t.Fatalf("initial energy %.9f", e)
	}
	if e := simulate(1000); math.Abs(e-(-0.169087605)) > 1e-9 {
		t.Fatalf("energy after 1000 steps %.9f", e)
	}
}
