package slices

import "testing"

func TestChecksum(t *testing.T) {
	data := []byte("the quick brown fox jumps over the lazy dog, twice: the quick brown fox")
	for _, c := range []struct{ n, want int }{{0, 0}, {1, 116}, {10, 939}, {64, 5207}} {
		if got := Checksum(data, c.n); got != c.want {
			t.Errorf("Checksum(data, %d) = %d, want %d", c.n, got, c.want)
		}
	}
}

func TestChecksumAllocs(t *testing.T) {
	data := make([]byte, 64)
	if n := testing.AllocsPerRun(100, func() { Checksum(data, 50) }); n != 0 {
		t.Errorf("Checksum allocates %v times per call, want 0", n)
	}
}
