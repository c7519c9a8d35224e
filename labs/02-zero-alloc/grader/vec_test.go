package vec

import "testing"

func TestSumVecs(t *testing.T) {
	for _, c := range []struct {
		n    int
		want float64
	}{{0, 0}, {1, 0}, {4, 36}, {100, 29700}} {
		if got := SumVecs(c.n); got != c.want {
			t.Errorf("SumVecs(%d) = %v, want %v", c.n, got, c.want)
		}
	}
}

func TestSumVecsAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { SumVecs(100) }); n != 0 {
		t.Errorf("SumVecs(100) allocates %v times per call, want 0", n)
	}
}
