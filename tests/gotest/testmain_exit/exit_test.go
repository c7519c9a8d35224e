package exit

import (
	"fmt"
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	fmt.Println("setup")
	if code := m.Run(); code != 0 {
		os.Exit(code)
	}
	fmt.Println("tests passed; exiting", Three())
	os.Exit(Three())
}

func TestThree(t *testing.T) {
	if Three() != 3 {
		t.Fatal("Three() != 3")
	}
}
