package broken

import "testing"

func TestF(t *testing.T) {
	if F() != y {
		t.Fatal("no")
	}
}
