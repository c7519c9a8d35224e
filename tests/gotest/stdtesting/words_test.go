package words

import (
	"os"
	"path/filepath"
	"testing"
)

func checkCount(t *testing.T, s string, want int) {
	t.Helper()
	if got := Count(s); got != want {
		t.Errorf("Count(%q) = %d, want %d", s, got, want)
	}
}

func TestCount(t *testing.T) {
	checkCount(t, "a b c", 3)
	checkCount(t, "", 0)
	t.Log("counted")
}

// One parallel subtest: with several, the order of their "=== CONT"
// lines is the scheduler's (under gc too).
func TestParallel(t *testing.T) {
	t.Run("sequential", func(t *testing.T) { checkCount(t, "one two", 2) })
	t.Run("parallel", func(t *testing.T) {
		t.Parallel()
		checkCount(t, "  spaced   out  ", 2)
	})
}

func TestCleanupOrder(t *testing.T) {
	t.Cleanup(func() { t.Log("cleanup 1 (runs last)") })
	t.Cleanup(func() { t.Log("cleanup 2 (runs first)") })
	t.Log("body")
}

func TestTempDirAndEnv(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f.txt")
	if err := os.WriteFile(path, []byte("x y"), 0o600); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	checkCount(t, string(data), 2)
	t.Setenv("WORDS_TEST_VAR", "set")
	if os.Getenv("WORDS_TEST_VAR") != "set" {
		t.Error("Setenv did not set")
	}
}

func TestSkipped(t *testing.T) {
	t.Skip("not on this machine")
}

func FuzzUpper(f *testing.F) {
	f.Add("go")
	f.Add("Gopher")
	f.Fuzz(func(t *testing.T, s string) {
		if Count(Upper(s)) != Count(s) {
			t.Errorf("Upper changed the word count of %q", s)
		}
	})
}
