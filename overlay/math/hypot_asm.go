// escgo's replacement for Go's hypot_asm.go, whose archHypot is assembly
// (hypot_amd64.s) that escgo does not compile. Here archHypot is math's portable
// hypot, so results may differ from gc's in the last bit. It stays a call
// gc's inliner cannot see into (noinline, as a bodyless function is), so
// Hypot inlines exactly as under gc.
package math

const haveArchHypot = true

//go:noinline
func archHypot(p, q float64) float64 { return hypot(p, q) }
