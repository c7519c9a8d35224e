// This file is escgo's own: it binds package sync's bodyless functions to
// escgo's C runtime. Under gc, package runtime provides them by pushing
// //go:linkname from its side (sema.go, proc.go, panic.go, mgc.go); escgo's
// runtime is C, so the names are pulled here instead, and Go's own files
// of sync (mutex.go, pool.go, runtime.go, ...) compile unchanged. The C
// functions are in runtime/sema.c (semaphores, notify lists) and
// runtime/syncrt.c (the rest).

package sync

import _ "unsafe" // for go:linkname

//go:linkname runtime_Semacquire escgo_sync_Semacquire
//go:linkname runtime_SemacquireMutex escgo_sync_SemacquireMutex
//go:linkname runtime_Semrelease escgo_sync_Semrelease
//go:linkname runtime_notifyListAdd escgo_sync_notifyListAdd
//go:linkname runtime_notifyListWait escgo_sync_notifyListWait
//go:linkname runtime_notifyListNotifyAll escgo_sync_notifyListNotifyAll
//go:linkname runtime_notifyListNotifyOne escgo_sync_notifyListNotifyOne
//go:linkname runtime_notifyListCheck escgo_sync_notifyListCheck
//go:linkname runtime_canSpin escgo_sync_canSpin
//go:linkname runtime_doSpin escgo_sync_doSpin
//go:linkname runtime_nanotime escgo_sync_nanotime
//go:linkname throw escgo_sync_throw
//go:linkname fatal escgo_sync_fatal
//go:linkname fastrandn escgo_sync_fastrandn
//go:linkname runtime_registerPoolCleanup escgo_sync_registerPoolCleanup
//go:linkname runtime_procPin escgo_procPin
//go:linkname runtime_procUnpin escgo_procUnpin
