package concat

import "testing"

var sink int

func BenchmarkConcatPlus(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		t += len(concatPlus())
	}
	sink = t
}

func BenchmarkStringsBuilder(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		t += len(concatBuilder())
	}
	sink = t
}

func BenchmarkStringsBuilderGrow(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		t += len(concatBuilderGrow())
	}
	sink = t
}

func BenchmarkBytesBuffer(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		t += len(concatBuffer())
	}
	sink = t
}

func TestSame(t *testing.T) {
	s := concatPlus()
	if concatBuilder() != s || concatBuilderGrow() != s || concatBuffer() != s {
		t.Fatal("results differ")
	}
}
