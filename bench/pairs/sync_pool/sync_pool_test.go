package sync_pool

import "testing"

var sink int

const payload = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

func BenchmarkSyncPool(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		t += withPool(payload)
	}
	sink = t
}

func BenchmarkFreshBuffer(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		t += withFresh(payload)
	}
	sink = t
}

func TestSame(t *testing.T) {
	if withPool(payload) != withFresh(payload) {
		t.Fatal("results differ")
	}
}
