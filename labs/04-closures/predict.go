// Lab 04, part 1: predict the verdicts (see README.md for the notation).
package closures

func Counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func Twice(x int) int {
	double := func(v int) int { return 2 * v }
	return double(x)
}

func Accumulate(xs []int) int {
	total := 0
	add := func(v int) { total += v }
	for _, x := range xs {
		add(x)
	}
	return total
}

func Later(xs []int) chan int {
	done := make(chan int, 1)
	go func() {
		done <- len(xs)
	}()
	return done
}
