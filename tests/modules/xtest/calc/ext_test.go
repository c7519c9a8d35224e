package calc_test

import (
	"fmt"
	"testing"

	"example.com/xtest/calc"
	"example.com/xtest/use"
)

func TestExternal(t *testing.T) {
	fmt.Println("external:", calc.Double(3), use.Quadruple(1))
}

func TestExternalFails(t *testing.T) {
	t.Log("logged before failing")
	if got := use.Quadruple(2); got != 9 {
		t.Errorf("Quadruple(2) = %d, want 9", got)
	}
}
