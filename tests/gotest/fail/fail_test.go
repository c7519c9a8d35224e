package fail

import (
	"fmt"
	"testing"
)

func TestDouble(t *testing.T) {
	defer fmt.Println("deferred runs after Fatal")
	if got := Double(2); got != 4 {
		t.Fatalf("Double(2) = %d", got)
	}
	t.Log("not reached")
}

func TestNested(t *testing.T) {
	t.Run("ok", func(t *testing.T) {})
	t.Run("bad", func(t *testing.T) {
		t.Error("inner", 1, 2)
	})
	if !t.Failed() {
		t.Error("parent should fail")
	}
}

func TestPasses(t *testing.T) {
	t.Log("quiet unless -v")
}
