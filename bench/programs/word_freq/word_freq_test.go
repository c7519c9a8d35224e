package word_freq

import "testing"

var sink int

func BenchmarkWordFreq(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = topChecksum(20000)
	}
}

func TestCount(t *testing.T) {
	list := countWords("a b. B a c\nA")
	if len(list) != 3 || list[0] != (wordCount{"a", 3}) || list[1] != (wordCount{"b", 2}) || list[2] != (wordCount{"c", 1}) {
		t.Fatalf("countWords = %v", list)
	}
}
