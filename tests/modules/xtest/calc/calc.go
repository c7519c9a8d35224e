// Package calc is tested from inside (package calc) and from outside
// (package calc_test), with a TestMain in the external test package.
package calc

var calls int

func Double(x int) int {
	calls++
	return 2 * x
}
