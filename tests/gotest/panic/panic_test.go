package nilsub

import (
	"fmt"
	"testing"
)

func TestFirst(t *testing.T) {
	t.Log("passes first")
}

// The subtest's deferred call runs; its parent's does not (go runs the
// parent on another goroutine, which never resumes); both are reported
// "--- FAIL" with their logs before the panic's message.
func TestSub(t *testing.T) {
	defer fmt.Println("never printed")
	t.Log("parent log")
	t.Run("nil", func(t *testing.T) {
		defer fmt.Println("deferred in the subtest")
		t.Log("sub log")
		var p *Point
		fmt.Println(p.Sum())
	})
}

func TestNeverRuns(t *testing.T) {
	fmt.Println("never printed")
}
