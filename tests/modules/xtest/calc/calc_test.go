package calc

import (
	"fmt"
	"testing"
)

// Internal tests run first, whatever the file order.
func TestInternal(t *testing.T) {
	fmt.Println("internal test sees calls =", calls)
	if Double(2) != 4 {
		t.Fatal("Double(2) != 4")
	}
}
