// escgo's own file, added to Go's package runtime/debug: the functions
// Go's files (garbage.go, mod.go, stubs.go) declare without a body, which
// gc's runtime provides by //go:linkname from its side. escgo's runtime is
// C, so the names are pulled here: each binds to a C function of the
// runtime (gcenv.c, memstats.c, signals.c, gohooks.c) taking and returning
// only scalars and pointers.

package debug

import _ "unsafe" // for go:linkname

//go:linkname readGCStats escgo_debug_readGCStats
//go:linkname freeOSMemory escgo_debug_freeOSMemory
//go:linkname setMaxStack escgo_debug_setMaxStack
//go:linkname setGCPercent escgo_debug_setGCPercent
//go:linkname setPanicOnFault escgo_debug_setPanicOnFault
//go:linkname setMaxThreads escgo_debug_setMaxThreads
//go:linkname setMemoryLimit escgo_debug_setMemoryLimit
//go:linkname modinfo escgo_debug_modinfo
//go:linkname WriteHeapDump escgo_debug_WriteHeapDump
//go:linkname SetTraceback escgo_debug_SetTraceback
