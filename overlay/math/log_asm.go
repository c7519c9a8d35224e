// escgo's replacement for Go's log_asm.go, whose archLog is assembly
// (log_amd64.s) that escgo does not compile. Here archLog is math's portable
// log, so results may differ from gc's in the last bit. It stays a call
// gc's inliner cannot see into (noinline, as a bodyless function is), so
// Log inlines exactly as under gc.
package math

const haveArchLog = true

//go:noinline
func archLog(x float64) float64 { return log(x) }
