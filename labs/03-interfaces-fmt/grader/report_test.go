package report

import "testing"

var names = []string{"alpha", "beta", "gamma", "delta"}
var values = []int{1, -20, 3000, 400000}

func TestRender(t *testing.T) {
	want := "alpha=1;beta=-20;gamma=3000;delta=400000;"
	if got := Render(names, values); got != want {
		t.Errorf("Render = %q, want %q", got, want)
	}
	if got := Render(nil, nil); got != "" {
		t.Errorf("Render(nil, nil) = %q, want \"\"", got)
	}
}

func TestRenderAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { Render(names, values) }); n > 1 {
		t.Errorf("Render allocates %v times per call, want at most 1 (the builder's buffer)", n)
	}
}
