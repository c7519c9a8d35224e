package local_array

import "testing"

var sink int

func BenchmarkSliceLocalArray(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		t += sumLocal(i)
	}
	sink = t
}

func BenchmarkSliceReturned(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		t += sumReturned(i)
	}
	sink = t
}

func TestSame(t *testing.T) {
	if sumLocal(5) != sumReturned(5) {
		t.Fatal("results differ")
	}
}
