package ctor

import "testing"

var sinkLen int

func BenchmarkInlined(b *testing.B) {
	for i := 0; i < b.N; i++ {
		u := NewUser("gopher")
		sinkLen += len(u.Name)
	}
}

func BenchmarkNotInlined(b *testing.B) {
	for i := 0; i < b.N; i++ {
		u := NewUserNoInline("gopher")
		sinkLen += len(u.Name)
	}
}

func TestSame(t *testing.T) {
	if NewUser("a").Name != NewUserNoInline("a").Name {
		t.Fatal("differ")
	}
}
