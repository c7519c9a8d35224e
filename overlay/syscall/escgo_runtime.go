// escgo's own file, added to Go's package syscall: the bodies of the
// functions Go's files declare without one, which gc's runtime or assembly
// (asm_linux_amd64.s, runtime/internal/syscall) provides. Each is bound by
// //go:linkname to a function below, or to the C runtime (runtime/gohooks.c)
// where only scalars cross. There is no cgo. Processes start with a plain
// fork (see escgoRawVforkSyscall).

package syscall

import "unsafe"

//go:linkname RawSyscall6 syscall.escgoRawSyscall6
//go:linkname rawSyscallNoError syscall.escgoRawSyscallNoError
//go:linkname rawVforkSyscall syscall.escgoRawVforkSyscall
//go:linkname runtime_doAllThreadsSyscall syscall.escgoAllThreadsSyscall
//go:linkname cgocaller syscall.escgoCgocaller
//go:linkname gettimeofday syscall.escgoGettimeofday
//go:linkname runtime_envs syscall.escgoEnvs
//go:linkname setenv_c syscall.escgoSetenvC
//go:linkname unsetenv_c syscall.escgoUnsetenvC
//go:linkname runtime_BeforeFork syscall.escgoNoHook
//go:linkname runtime_AfterFork syscall.escgoNoHook
//go:linkname runtime_AfterForkInChild syscall.escgoNoHook
//go:linkname runtime_BeforeExec syscall.escgoNoHook
//go:linkname runtime_AfterExec syscall.escgoNoHook
//go:linkname Getpagesize escgo_getpagesize
//go:linkname Exit escgo_syscall_exit

// The kernel's result register: -4095..-1 is a negated errno.
//
//go:linkname kernelCall escgo_syscall6
func kernelCall(trap, a1, a2, a3, a4, a5, a6 uintptr) uintptr

func escgoRawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	r := kernelCall(trap, a1, a2, a3, a4, a5, a6)
	if r > ^uintptr(4096) {
		return ^uintptr(0), 0, Errno(-r)
	}
	return r, 0, 0
}

func escgoRawSyscallNoError(trap, a1, a2, a3 uintptr) (r1, r2 uintptr) {
	return kernelCall(trap, a1, a2, a3, 0, 0, 0), 0
}

// gc's vfork shares the parent's memory and stack with the child until it
// execs; its assembly keeps the return address in a register so the child
// cannot clobber it. escgo's calls go through ordinary frames, so the child
// gets a copy-on-write address space instead: clone without CLONE_VM and
// CLONE_VFORK. The child still runs only raw system calls until execve.
func escgoRawVforkSyscall(trap, a1 uintptr) (r1 uintptr, err Errno) {
	r1, _, err = escgoRawSyscall6(trap, a1&^(CLONE_VM|CLONE_VFORK), 0, 0, 0, 0, 0)
	return
}

func escgoAllThreadsSyscall(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2, err uintptr) {
	return ^uintptr(0), 0, uintptr(ENOTSUP)
}

func escgoCgocaller(fn unsafe.Pointer, args ...uintptr) uintptr {
	panic("syscall: no cgo in escgo")
}

func escgoGettimeofday(tv *Timeval) Errno {
	_, _, e := escgoRawSyscall6(SYS_GETTIMEOFDAY, uintptr(unsafe.Pointer(tv)), 0, 0, 0, 0, 0)
	return e
}

//go:linkname runtimeEnvs escgo_runtime_envs
func runtimeEnvs() *[]string

// A copy of the environment the C runtime read at start, as gc's
// syscall_runtime_envs hands out a copy.
func escgoEnvs() []string {
	return append([]string{}, (*runtimeEnvs())...)
}

// Without cgo, gc's setenv_c and unsetenv_c do nothing either.
func escgoSetenvC(k, v string) {}
func escgoUnsetenvC(k string)  {}

func escgoNoHook() {}
