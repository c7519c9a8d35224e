// escgo's own file, added to Go's package os: the functions Go's files
// declare without a body because gc's runtime provides them (the
// arguments, the exit hook, SIGPIPE, fastrand for temporary names), bound
// by //go:linkname to the C runtime (runtime/gohooks.c) or to Go below.

package os

import "unsafe"

//go:linkname runtime_args os.escgoArgs
//go:linkname runtime_beforeExit os.escgoBeforeExit
//go:linkname sigpipe escgo_os_sigpipe
//go:linkname fastrand escgo_fastrand

//go:linkname runtimeArgs escgo_runtime_args
func runtimeArgs() *[]string

// A copy of the arguments the C runtime saved at start, as gc's
// os_runtime_args hands out a copy.
func escgoArgs() []string {
	return append([]string{}, (*runtimeArgs())...)
}

// Nothing to do before os.Exit: syscall.Exit writes the runtime's buffered
// stdout (runtime/os.c).
func escgoBeforeExit() {}

var _ unsafe.Pointer // the //go:linkname directives need package unsafe
