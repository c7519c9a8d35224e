package benchpair

import "testing"

var sinkPtr *User
var sinkVal User

func BenchmarkPointerReturn(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkPtr = NewUserPtr("gopher")
	}
}

func BenchmarkValueReturn(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkVal = NewUserVal("gopher")
	}
}

func TestPair(t *testing.T) {
	if NewUserPtr("a").Age != NewUserVal("a").Age {
		t.Fatal("differ")
	}
}
