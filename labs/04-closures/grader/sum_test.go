package closures

import "testing"

func TestSum(t *testing.T) {
	if got := Sum([]int{1, 2, 3, 40}); got != 46 {
		t.Errorf("Sum([1 2 3 40]) = %d, want 46", got)
	}
	var seen []int
	Each([]int{5, 6, 7}, func(x int) { seen = append(seen, x) })
	if len(seen) != 3 || seen[0] != 5 || seen[2] != 7 {
		t.Errorf("Each visited %v, want [5 6 7]", seen)
	}
}

func TestSumAllocs(t *testing.T) {
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8}
	if n := testing.AllocsPerRun(100, func() { Sum(xs) }); n != 0 {
		t.Errorf("Sum allocates %v times per call, want 0", n)
	}
}
