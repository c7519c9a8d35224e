package gt

import "testing"

func TestF(t *testing.T) {
	if F() != 1 {
		t.Fatal("bad")
	}
}

func TestPanic(t *testing.T) {
	if testing.Short() {
		var m map[string]int
		m["a"] = 1
	}
}
