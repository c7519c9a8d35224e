package index

import "testing"

func TestBuild(t *testing.T) {
	for _, c := range []struct{ n, want int }{{0, 0}, {3, 8}, {1000, 333333000}} {
		if got := Build(c.n); got != c.want {
			t.Errorf("Build(%d) = %d, want %d", c.n, got, c.want)
		}
	}
}

func TestBuildAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(20, func() { Build(1000) }); n > 10 {
		t.Errorf("Build(1000) allocates %v times per call, want at most 10", n)
	}
}
