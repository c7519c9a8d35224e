package join

import "testing"

var words = []string{"escape", "analysis", "decides", "stack", "or", "heap", "for", "every", "site"}

func TestJoin(t *testing.T) {
	if got, want := Join(words, ", "), "escape, analysis, decides, stack, or, heap, for, every, site"; got != want {
		t.Errorf("Join = %q, want %q", got, want)
	}
	if got := Join(nil, "-"); got != "" {
		t.Errorf("Join(nil) = %q, want \"\"", got)
	}
	if got := Join([]string{"one"}, "-"); got != "one" {
		t.Errorf("Join([one]) = %q, want \"one\"", got)
	}
}

func TestJoinAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { Join(words, ", ") }); n != 1 {
		t.Errorf("Join allocates %v times per call, want exactly 1 (the result)", n)
	}
}
