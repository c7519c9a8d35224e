package binary_trees

import "testing"

var sink int

func BenchmarkBinaryTrees(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = run(16)
	}
}

func TestChecksum(t *testing.T) {
	// depth 6: stretch 2^8-1, long-lived 2^7-1, depth 4: 64 trees of 31,
	// depth 6: 16 trees of 127
	if got := run(6); got != 255+127+64*31+16*127 {
		t.Fatalf("run(6) = %d", got)
	}
}
