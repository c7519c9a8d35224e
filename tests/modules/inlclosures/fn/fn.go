// Package fn has small functions holding func literals: gc 1.19 inlines
// them (-d=inlfuncswithclosures=1 is its default), and their literals travel
// in the export data with the bodies, so an importer inlines them too.
package fn

// Apply calls a literal through a local: only Apply itself inlines into
// an importer (the copy of f has no definition there).
func Apply(x int) int {
	f := func(y int) int { return y * 3 }
	return f(x)
}

// Adder returns a literal capturing its parameter by value.
func Adder(n int) func(int) int {
	return func(y int) int { return y + n }
}

// Counter's literal captures a local by reference.
func Counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

// Now calls a literal where it is written.
func Now(x int) int {
	return func() int { return x + 1 }()
}

// Box's literal keeps a pointer to its parameter's copy.
func Box(v int) func() *int {
	return func() *int { return &v }
}

// Twice nests a literal in a literal.
func Twice(n int) func() func() int {
	return func() func() int {
		return func() int { return 2 * n }
	}
}
