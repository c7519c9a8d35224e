package basic

import "testing"

func TestSum(t *testing.T) {
	if got := Sum(1, 2, 3); got != 6 {
		t.Errorf("Sum = %d, want 6", got)
	}
	t.Log("sum ok", Sum(4, 5))
	t.Logf("two\nlines")
}

func TestSubtests(t *testing.T) {
	cases := []struct {
		name string
		in   []int
		want int
	}{{"empty", nil, 0}, {"one two", []int{1, 2}, 3}, {"empty", nil, 0}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Sum(c.in...); got != c.want {
				t.Fatalf("got %d", got)
			}
			t.Log(t.Name())
		})
	}
	t.Log("after subtests")
}

func TestSkip(t *testing.T) {
	t.Skip("not today")
	t.Error("unreachable")
}

func TestAllocs(t *testing.T) {
	n := testing.AllocsPerRun(100, func() {
		p := new(int)
		sinkp = p
	})
	if n != 1 {
		t.Errorf("AllocsPerRun = %v", n)
	}
	if t.Failed() {
		t.Log("failed")
	}
}

var sinkp *int
