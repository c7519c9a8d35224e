package inline_ctor

import "testing"

var sink int

func BenchmarkCtorNotInlined(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		u := newUserNoInline("gopher", i)
		t += u.Age + len(u.Name)
	}
	sink = t
}

func BenchmarkCtorInlined(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		u := NewUser("gopher", i)
		t += u.Age + len(u.Name)
	}
	sink = t
}

func TestSame(t *testing.T) {
	if *NewUser("a", 3) != *newUserNoInline("a", 3) {
		t.Fatal("results differ")
	}
}
