package make_slice

import "testing"

var sink int

func BenchmarkMakeConst(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		t += sumConst()
	}
	sink = t
}

func BenchmarkMakeVar(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		t += sumVar(size)
	}
	sink = t
}

func TestSame(t *testing.T) {
	if sumConst() != sumVar(64) {
		t.Fatal("results differ")
	}
}
