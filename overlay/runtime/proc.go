// Goroutines, processors and the scheduler's side of package runtime
// (runtime/goroutine.c, sched.c). See extern.go.

package runtime

import _ "unsafe" // for go:linkname

// NumGoroutine: the goroutines that exist now (the finalizer goroutine left
// out, as gc leaves out its system goroutines).
func NumGoroutine() int {
	return int(gcount())
}

func gcount() int32 {
	return int32(liveGoroutines())
}

//go:linkname liveGoroutines escgo_runtime_NumGoroutine
func liveGoroutines() int

// GOMAXPROCS sets the number of workers running goroutines (n > 0) and
// returns the previous number.
//
//go:linkname GOMAXPROCS escgo_runtime_GOMAXPROCS
func GOMAXPROCS(n int) int

// NumCPU: the CPUs this process may run on when it started.
func NumCPU() int {
	return int(ncpu())
}

//go:linkname ncpu escgo_runtime_ncpu
func ncpu() int32

// NumCgoCall: escgo has no cgo, so no program makes a cgo call.
func NumCgoCall() int64 {
	return 0
}

// Gosched yields the worker to another goroutine.
func Gosched() {
	checkTimeouts()
	gosched()
}

// checkTimeouts is empty where Go's locks are futexes (Linux), as gc's.
func checkTimeouts() {}

//go:linkname gosched escgo_runtime_Gosched
func gosched()

// Goexit runs the calling goroutine's deferred calls and ends it.
//
//go:linkname Goexit escgo_runtime_Goexit
func Goexit()

// Breakpoint raises SIGTRAP (a debugger stops there).
func Breakpoint() {
	breakpoint()
}

//go:linkname breakpoint escgo_runtime_Breakpoint
func breakpoint()

// Stack writes the calling goroutine's traceback into buf (gc's text);
// escgo writes only the caller's, also when all is true (docs/packages.md).
// Bound directly: a Go wrapper would be a frame of the traceback.
//
//go:linkname Stack escgo_runtime_Stack
func Stack(buf []byte, all bool) int

// The block and mutex profiles: escgo keeps no such profile, so the rates
// are only remembered (runtime/memstats.c).
//
//go:linkname SetBlockProfileRate escgo_runtime_SetBlockProfileRate
func SetBlockProfileRate(rate int)

func SetMutexProfileFraction(rate int) int {
	return setMutexProfileFraction(rate)
}

//go:linkname setMutexProfileFraction escgo_runtime_SetMutexProfileFraction
func setMutexProfileFraction(rate int) int

// The execution tracer's side: escgo has none. StartTrace says so (the C
// runtime's error), and with tracing never on there is nothing to read or
// stop, which is also what gc's ReadTrace and StopTrace give then.
//
//go:linkname StartTrace escgo_runtime_StartTrace
func StartTrace() error

//go:noinline
func StopTrace() {}

//go:noinline
func ReadTrace() []byte {
	return nil
}
