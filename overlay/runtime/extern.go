// escgo's package runtime: escgo's runtime is C (runtime/ in escgo's tree),
// so Go's own package runtime, written for gc's runtime, is not compiled;
// this directory is the package's only source (driver/packages.c). It
// declares what Go code can use: the exported API of Go 1.19's runtime
// that escgo implements, each function either a body in Go or a
// declaration without one bound by //go:linkname to a C function.
//
// The bodies have gc's shape where gc's inliner can see it: a function gc
// inlines into its callers (Callers, CallersFrames, NumGoroutine, Gosched,
// GOROOT, Version, ...) is small here too, calling the same inlinable
// helpers (gcount, checkTimeouts), so that `-m` prints gc's "inlining call
// to" lines and its allocations in the caller ("&runtime.Frames{...}
// escapes to heap"); one gc does not inline is //go:noinline. A bodyless
// declaration has gc's escape tags for the real function (//go:noescape
// where gc says "does not escape"), checked by tests/cli/runtime_tags.sh.

package runtime

import _ "unsafe" // for go:linkname

// GOOS and GOARCH: what escgo compiles for. gc's are typed constants.
const GOOS string = "linux"
const GOARCH string = "amd64"

// Compiler is "gc": escgo compiles what gc compiles, with gc's answers.
const Compiler = "gc"

type callerResult struct {
	pc   uintptr
	file string
	line int
	ok   bool
}

// Caller reports the file and line of the call skip frames up from its
// caller. Not inlined (gc does not inline it): the C function's walk starts
// at this frame, one below the caller skip 0 names.
//
//go:noinline
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	var r callerResult
	caller(&r, skip+1)
	return r.pc, r.file, r.line, r.ok
}

//go:linkname caller escgo_runtime_Caller
//go:noescape
func caller(out *callerResult, skip int)

// Callers fills pc with the return addresses of the calling goroutine's
// frames, skip 0 being Callers itself (inlined or not: the debug
// information names the inlined call).
func Callers(skip int, pc []uintptr) int {
	if len(pc) == 0 {
		return 0
	}
	return callers(skip, pc)
}

//go:linkname callers escgo_runtime_Callers
//go:noescape
func callers(skip int, pc []uintptr) int

// GOROOT: $GOROOT, else where Debian's golang-1.19 installs Go.
func GOROOT() string {
	return goroot()
}

//go:linkname goroot escgo_runtime_GOROOT
func goroot() string

// Version: the release of the Go tree escgo compiles the library from.
func Version() string {
	return buildVersion()
}

//go:linkname buildVersion escgo_runtime_Version
func buildVersion() string

// Error is the interface every run-time error's type implements (the C
// runtime's descriptors give them a RuntimeError method).
type Error interface {
	error
	RuntimeError()
}
