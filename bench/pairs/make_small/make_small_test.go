package make_small

import "testing"

func BenchmarkMakeSmallEscape(b *testing.B) {
	escapeRound() // grow the slice once, outside the measurement
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		escapeRound()
	}
}

func BenchmarkMakeSmallValue(b *testing.B) {
	optimizedRound()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		optimizedRound()
	}
}

func TestRounds(t *testing.T) {
	escapeRound()
	optimizedRound()
	if len(sink) != 200 || len(sinkValues) != 200 || sink[5].(*Small).b != sinkValues[5].b {
		t.Fatal("wrong rounds")
	}
}
