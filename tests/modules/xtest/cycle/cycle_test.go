package cycle

import (
	"testing"

	"example.com/xtest/cycle/helper"
)

func TestOne(t *testing.T) {
	if helper.Two() != 2 {
		t.Fatal("bad")
	}
}
