package goroutines

import "testing"

var sink int

func BenchmarkPingPong(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = pingPong(1000)
	}
}

func BenchmarkWorkerPool(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = workerPool(8, 10000)
	}
}

func BenchmarkFanOut(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = fanOut(100000)
	}
}

func TestResults(t *testing.T) {
	if got := pingPong(1000); got != 1000*1001/2 {
		t.Fatalf("pingPong(1000) = %d", got)
	}
	want := 0
	for j := 0; j < 10000; j++ {
		want += j * j
	}
	if got := workerPool(8, 10000); got != want {
		t.Fatalf("workerPool = %d, want %d", got, want)
	}
	if got := fanOut(100000); got != 450000 {
		t.Fatalf("fanOut(100000) = %d", got)
	}
}
