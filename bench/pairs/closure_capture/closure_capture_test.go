package closure_capture

import "testing"

var sink int

func BenchmarkClosureEscape(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		t += countEscape(i)
	}
	sink = t
}

func BenchmarkClosureLocal(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		t += countLocal(i)
	}
	sink = t
}

func TestCounter(t *testing.T) {
	if countEscape(1) != 3 || countLocal(1) != 2 {
		t.Fatal("wrong counts")
	}
}
