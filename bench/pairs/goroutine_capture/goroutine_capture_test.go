package goroutine_capture

import "testing"

var sink int64

// The shared i is read racily (seed 002's example as written): the sum is
// not checked, only that every goroutine ran.
func BenchmarkGoCaptureShared(b *testing.B) {
	var t int64
	for i := 0; i < b.N; i++ {
		t += spawnShared()
	}
	sink = t
}

func BenchmarkGoCaptureCopy(b *testing.B) {
	var t int64
	for i := 0; i < b.N; i++ {
		t += spawnCopy()
	}
	sink = t
}

func TestCopy(t *testing.T) {
	if spawnCopy() != 0+1+2+3 {
		t.Fatal("wrong sum")
	}
}
