// escgo's equal_native.go. Go's own file only declares ABI wrappers for
// runtime.memequal and runtime.memequal_varlen, which Go writes in assembly
// (equal_amd64.s) and escgo's runtime implements in C for the comparisons
// the compiler emits. Equal itself is equal_generic.go's, in Go. So nothing
// is left for this file but the package clause.

package bytealg
