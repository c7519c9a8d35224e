package stats

import "testing"

func TestSum(t *testing.T) {
	if Sum([]float64{1, 2}) != 3 {
		t.Fatal("bad")
	}
}

func BenchmarkSum(b *testing.B) {
	xs := []float64{1, 2, 3}
	for i := 0; i < b.N; i++ {
		Sum(xs)
	}
}
