package map_ptr_value

import "testing"

var sink int

func BenchmarkMapOfPointers(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		t += sumPtrMap(i)
	}
	sink = t
}

func BenchmarkMapOfValues(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		t += sumValMap(i)
	}
	sink = t
}

func TestSame(t *testing.T) {
	if sumPtrMap(3) != sumValMap(3) {
		t.Fatal("results differ")
	}
}
