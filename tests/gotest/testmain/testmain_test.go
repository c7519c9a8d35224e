package testmain

import (
	"fmt"
	"testing"
)

func TestMain(m *testing.M) {
	fmt.Println("setup")
	defer fmt.Println("deferred teardown")
	code := m.Run()
	fmt.Println("teardown, m.Run returned", code)
}

func TestHalf(t *testing.T) {
	if Half(4) != 2 {
		t.Fatal("Half(4) != 2")
	}
	fmt.Println("TestHalf ran")
}

func TestHalfOdd(t *testing.T) {
	if got := Half(5); got != 3 {
		t.Errorf("Half(5) = %d, want 3 (rounding)", got)
	}
}
