// escgo's replacement for Go's dim_asm.go, whose archMax and archMin are
// assembly (dim_amd64.s) that escgo does not compile. Here they are math's
// portable max and min, which give the same results; they stay calls gc's
// inliner cannot see into (noinline, as bodyless functions are), so Max and
// Min inline exactly as under gc.
package math

const haveArchMax = true

//go:noinline
func archMax(x, y float64) float64 { return max(x, y) }

const haveArchMin = true

//go:noinline
func archMin(x, y float64) float64 { return min(x, y) }
