package inline_ctor

import "testing"

var sink int

// Names from a variable, so that neither compiler can fold the loop away.
var names = []string{"gopher", "ken", "rob"}

func BenchmarkCtorNotInlined(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		u := newUserNoInline(names[i%len(names)], i)
		t += u.Age ^ len(u.Name)
	}
	sink = t
}

func BenchmarkCtorInlined(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		u := NewUser(names[i%len(names)], i)
		t += u.Age ^ len(u.Name)
	}
	sink = t
}

func TestSame(t *testing.T) {
	if *NewUser("a", 3) != *newUserNoInline("a", 3) {
		t.Fatal("results differ")
	}
}
