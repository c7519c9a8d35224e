// The heap's side of package runtime: collections, statistics, finalizers
// and the heap profile (runtime/memstats.c, finalizer.c, memprof.c). See
// extern.go.

package runtime

import _ "unsafe" // for go:linkname

// MemStats: Go 1.19's, field for field (runtime/memstats.c fills it, and
// says which fields are exact under bdwgc).
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

//go:linkname ReadMemStats escgo_runtime_ReadMemStats
//go:noescape
func ReadMemStats(m *MemStats)

// GC runs a collection, then the finalizers it made ready.
//
//go:linkname GC escgo_runtime_GC
func GC()

// KeepAlive keeps x reachable up to the call. gc compiles it as an
// intrinsic, which its inliner charges nothing and never inlines
// (inline/intrinsic.c knows it by the name runtime.KeepAlive, so it has a
// body here, not a link name); escgo calls an empty C function, which the
// optimiser cannot see through.
func KeepAlive(x any) {
	keepAlive(x)
}

//go:linkname keepAlive escgo_runtime_KeepAlive
//go:noescape
func keepAlive(x any)

// SetFinalizer checks obj and finalizer at run time, as gc's does, with
// gc's messages, and calls the finalizer through its func type's call
// stub (runtime/finalizer.c).
//
//go:linkname SetFinalizer escgo_runtime_SetFinalizer
func SetFinalizer(obj any, finalizer any)

// MemProfileRate: gc's default, 512 KiB, in a program that can read the
// profile (one that calls MemProfile, as gc's linker decides); else 0, so
// that no allocation is sampled for nothing.
//
// The C runtime's allocator reads it by this name (runtime/alloc.c).
//
//go:linkname MemProfileRate escgo_runtime_MemProfileRate
var MemProfileRate int = defaultMemProfileRate(512 * 1024)

func defaultMemProfileRate(v int) int {
	if !memProfileReachable() {
		return 0
	}
	return v
}

//go:linkname memProfileReachable escgo_runtime_memProfileReachable
func memProfileReachable() bool

// MemProfileRecord: one allocation site of the heap profile.
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64
	AllocObjects, FreeObjects int64
	Stack0                    [32]uintptr
}

func (r *MemProfileRecord) InUseBytes() int64 { return r.AllocBytes - r.FreeBytes }

func (r *MemProfileRecord) InUseObjects() int64 {
	return r.AllocObjects - r.FreeObjects
}

// Stack: Stack0 up to its first zero entry.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, pc := range r.Stack0 {
		if pc == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// MemProfile copies the profile's records into p when they all fit (ok);
// n is how many there are.
//
//go:noinline
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool) {
	n = memProfile(p, inuseZero, &ok)
	return
}

//go:linkname memProfile escgo_runtime_MemProfile
//go:noescape
func memProfile(p []MemProfileRecord, inuseZero bool, ok *bool) int
