// escgo's own file, added to Go's package internal/poll: the runtime
// functions Go's fd_poll_runtime.go and fd_mutex.go declare without a body.
//
// escgo has no network poller: runtime_pollOpen refuses every descriptor,
// so each FD stays in blocking mode (pollDesc's runtimeCtx is 0, and Go's
// own code then reads and writes directly; deadlines give ErrNoDeadline).
// A blocking read or write is a system call bracketed by
// runtime.entersyscall/exitsyscall (syscall.Syscall), so the scheduler
// hands the worker to the other goroutines meanwhile.

package poll

import (
	"syscall"
	"unsafe"
)

//go:linkname runtime_pollServerInit internal/poll.escgoPollServerInit
//go:linkname runtime_pollOpen internal/poll.escgoPollOpen
//go:linkname runtime_pollClose internal/poll.escgoPollCtx
//go:linkname runtime_pollUnblock internal/poll.escgoPollCtx
//go:linkname runtime_pollWait internal/poll.escgoPollWait
//go:linkname runtime_pollReset internal/poll.escgoPollWait
//go:linkname runtime_pollWaitCanceled internal/poll.escgoPollWaitCanceled
//go:linkname runtime_pollSetDeadline internal/poll.escgoPollSetDeadline
//go:linkname runtime_isPollServerDescriptor internal/poll.escgoIsPollServerDescriptor
//go:linkname runtime_Semacquire escgo_semacquire
//go:linkname runtime_Semrelease escgo_semrelease

func escgoPollServerInit() {}

func escgoPollOpen(fd uintptr) (uintptr, int) { return 0, int(syscall.ENOSYS) }

func escgoPollCtx(ctx uintptr) {}

// pollNoError is gc's result for success; with no descriptor registered,
// these are never reached (pollDesc checks runtimeCtx first).
func escgoPollWait(ctx uintptr, mode int) int { return pollNoError }

func escgoPollWaitCanceled(ctx uintptr, mode int) {}

func escgoPollSetDeadline(ctx uintptr, d int64, mode int) {}

func escgoIsPollServerDescriptor(fd uintptr) bool { return false }

var _ unsafe.Pointer // the //go:linkname directives need package unsafe
