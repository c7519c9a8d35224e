package crash

import "testing"

func TestBefore(t *testing.T) {
	Store(map[string]int{}, "fine")
}
