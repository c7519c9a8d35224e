// Lab 04, part 2: make Sum allocate zero times.
package closures

// lastVisitor remembers the last function Each was given (for debugging).
var lastVisitor func(int)

// Each calls visit on every element of xs, in order.
//
//go:noinline
func Each(xs []int, visit func(int)) {
	lastVisitor = visit
	for _, x := range xs {
		visit(x)
	}
}

// Sum adds the elements of xs with Each.
func Sum(xs []int) int {
	total := 0
	Each(xs, func(x int) { total += x })
	return total
}
