// escgo's replacement for Go's exp_asm.go, whose archExp is assembly
// (exp_amd64.s) that escgo does not compile. Here archExp is math's portable
// exp, so results may differ from gc's in the last bit. It stays a call
// gc's inliner cannot see into (noinline, as a bodyless function is), so
// Exp inlines exactly as under gc.
package math

const haveArchExp = true

//go:noinline
func archExp(x float64) float64 { return exp(x) }
