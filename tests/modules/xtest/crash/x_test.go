package crash_test

import (
	"fmt"
	"os"
	"testing"

	"example.com/xtest/crash"
)

func TestMain(m *testing.M) {
	defer fmt.Println("never printed: the test's goroutine dies")
	fmt.Println("setup")
	os.Exit(m.Run())
}

func TestPanics(t *testing.T) {
	defer fmt.Println("the test's own deferred call runs")
	t.Log("logged before the panic")
	t.Run("sub", func(t *testing.T) {
		t.Log("sub log")
		crash.Store(nil, "boom")
	})
}

func TestNeverRuns(t *testing.T) {
	fmt.Println("never printed")
}
