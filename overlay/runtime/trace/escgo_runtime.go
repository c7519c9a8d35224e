// escgo's own file, added to Go's package runtime/trace: binds the
// annotation hooks annotation.go declares without a body (gc's runtime
// provides them by //go:linkname from its side) to the C runtime
// (runtime/debugrt.c). escgo has no execution tracer, so, as in gc while
// tracing is off, they record nothing.

package trace

import _ "unsafe" // for go:linkname

//go:linkname userTaskCreate escgo_trace_userTaskCreate
//go:linkname userTaskEnd escgo_trace_userTaskEnd
//go:linkname userRegion escgo_trace_userRegion
//go:linkname userLog escgo_trace_userLog
