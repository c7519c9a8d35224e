// Lab 04, part 1: predict the verdicts (see README.md for the notation).
package closures

func Counter() func() int {
	n := 0 // ERROR "moved to heap: n$"
	return func() int { // ERROR "func literal escapes to heap$"
		n++
		return n
	}
}

func Twice(x int) int {
	double := func(v int) int { return 2 * v } // ERROR "func literal does not escape$"
	return double(x)
}

func Accumulate(xs []int) int { // ERROR "xs does not escape$"
	total := 0
	add := func(v int) { total += v } // ERROR "func literal does not escape$"
	for _, x := range xs {
		add(x)
	}
	return total
}

func Later(xs []int) chan int { // ERROR "leaking param: xs$"
	done := make(chan int, 1)
	go func() { // ERROR "func literal escapes to heap$"
		done <- len(xs)
	}()
	return done
}
