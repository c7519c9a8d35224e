// signals.c — faults become Go's panics: a nil dereference panics with
// gc's text, a fault near the stack pointer is Go's "stack overflow", the
// rest is "unexpected fault address". Each thread gets an alternate signal
// stack so the handler can run even when the fault was a stack overflow.
#define _GNU_SOURCE
#include "rt_internal.h"
#include "rt_sched.h"

#include <gc/gc.h>
#include <signal.h>
#include <sys/mman.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

enum {
  NIL_LIMIT = 1 << 16,       // Linux maps nothing below 64 KiB: a nil base plus offset
  SIGSTACK_SIZE = 1 << 20,
};

static void put(const char *s) {
  rt_stderr_write(s, strlen(s));
}

static const char *signame(int sig) {
  switch (sig) {
  case SIGSEGV: return "SIGSEGV: segmentation violation";
  case SIGBUS: return "SIGBUS: bus error";
  default: return "SIGFPE: floating-point exception";
  }
}

// gc's second line of a stack overflow: the stack pointer and the bounds of
// the goroutine's stack. Not async-signal-safe, but the
// program is about to die and the faulting thread holds no lock it takes.
static void stack_line(uintptr_t sp) {
  uintptr_t lo, hi;
  rt_stack_bounds(&lo, &hi);
  char line[128];
  snprintf(line, sizeof line, "runtime: sp=%#lx stack=[%#lx, %#lx]\n", (unsigned long)sp,
           (unsigned long)lo, (unsigned long)hi);
  put(line);
}

// gc's words for any goroutine's overflow: a fault on main's guard page
// here, a split-stack prologue's call for the others (stack.c).
_Noreturn void rt_report_stack_overflow(uintptr_t sp) {
  rt_stdout_flush();
  put("runtime: goroutine stack exceeds 1000000000-byte limit\n");
  stack_line(sp);
  rt_fatal("stack overflow");
}

// A fault that is a Go panic is not panicked here, on the worker's
// alternate signal stack: deferred calls may park, and the next fault on
// this worker would reuse that stack under them. As gc's sigpanic does,
// the handler makes the faulting goroutine call the panic itself: it
// pushes the faulting pc as a return address (tracebacks see the faulting
// frame as the caller) and resumes at rt_sigpanic_entry (ctxswitch.S),
// which calls rt_sigpanic on the goroutine's own stack, on this thread.
static _Thread_local const char *sigpanic_msg;
static _Thread_local char sigpanic_line[160];

static void redirect_to_sigpanic(ucontext_t *ctx, const char *msg, const char *line) {
  sigpanic_msg = msg;
  snprintf(sigpanic_line, sizeof sigpanic_line, "%s", line ? line : "");
  greg_t *r = ctx->uc_mcontext.gregs;
  r[REG_RSP] -= sizeof(uintptr_t);
  *(uintptr_t *)r[REG_RSP] = (uintptr_t)r[REG_RIP];
  r[REG_RIP] = (greg_t)(uintptr_t)rt_sigpanic_entry;
}

_Noreturn void rt_sigpanic(void) {
  char line[sizeof sigpanic_line];
  memcpy(line, sigpanic_line, sizeof line);
  rt_panic_runtime(sigpanic_msg, line[0] ? line : NULL);
}

// Runs on the alternate signal stack. A fault that is no panic ends the
// program here, so the only care needed is not to wait for a lock the
// faulting thread may hold.
static void on_fault(int sig, siginfo_t *si, void *ctxp) {
  ucontext_t *ctx = ctxp;
  uintptr_t addr = (uintptr_t)si->si_addr;
  uintptr_t pc = (uintptr_t)ctx->uc_mcontext.gregs[REG_RIP];
  uintptr_t sp = (uintptr_t)ctx->uc_mcontext.gregs[REG_RSP];
  rt_traceback_fault(pc, (uintptr_t)ctx->uc_mcontext.gregs[REG_RBP]);
  char line[160];
  snprintf(line, sizeof line, "[signal %s code=0x%x addr=0x%lx pc=0x%lx]", signame(sig),
           (unsigned)si->si_code, (unsigned long)addr, (unsigned long)pc);
  if (sig == SIGFPE) {
    redirect_to_sigpanic(ctx, "integer divide by zero", NULL);
    return;
  }
  // gc's words for both: a fault at a low address, or anywhere once the
  // goroutine asked for debug.SetPanicOnFault.
  if (addr < NIL_LIMIT || rt_getg()->panic_on_fault) {
    redirect_to_sigpanic(ctx, "invalid memory address or nil pointer dereference", line);
    return;
  }
  rt_stdout_flush();
  if (addr + (1 << 20) > sp && addr < sp + (1 << 20))
    rt_report_stack_overflow(sp);
  char msg[64];
  snprintf(msg, sizeof msg, "unexpected fault address 0x%lx\n", (unsigned long)addr);
  put(msg);
  put("fatal error: fault\n");
  put(line);
  put("\n");
  _exit(2);
}

// The handler prints the dying goroutine's traceback on this stack, which
// needs more than a few pages (the frame table's reads, printing): 1 MiB,
// reserved (not committed), with a guard page below it so an overflow
// faults at once instead of writing over the heap.
void rt_thread_sigaltstack(void) {
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  char *m = mmap(NULL, SIGSTACK_SIZE + page, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  if (m == MAP_FAILED)
    return;
  mprotect(m, page, PROT_NONE);
  stack_t ss = {.ss_sp = m + page, .ss_size = SIGSTACK_SIZE};
  sigaltstack(&ss, NULL);
}

void rt_thread_sigaltstack_free(void) {
  stack_t old, off = {.ss_flags = SS_DISABLE};
  if (sigaltstack(NULL, &old) == 0 && old.ss_sp && !(old.ss_flags & SS_DISABLE)) {
    sigaltstack(&off, NULL);
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    munmap((char *)old.ss_sp - page, old.ss_size + page);
  }
}

void rt_install_fault_handlers(void) {
  struct sigaction sa = {0};
  sa.sa_sigaction = on_fault;
  // SA_NODEFER: the handler never blocks its own signal, so a second fault
  // during a report is seen at once rather than hanging.
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
  sigemptyset(&sa.sa_mask);
  // bdwgc's stop-the-world signal waits until the handler is done: a thread
  // stopped on the alternate stack reports that stack's pointer, and bdwgc
  // would scan from there up to the goroutine stack's base, which is no
  // range at all, so what only the faulting goroutine's frames hold (its
  // deferred calls) would be freed. Back on the goroutine's stack, it is
  // stopped and scanned as at any other point.
  sigaddset(&sa.sa_mask, GC_get_suspend_signal());
  sigaction(SIGSEGV, &sa, NULL);
  sigaction(SIGBUS, &sa, NULL);
  sigaction(SIGFPE, &sa, NULL);
}

// runtime/debug.SetPanicOnFault (its setPanicOnFault): for the calling goroutine only, as in gc,
// a fault at an unexpected address panics (recoverably) instead of killing
// the program. Returns the previous setting.
bool escgo_debug_setPanicOnFault(bool enabled) {
  RtG *g = rt_getg();
  bool old = g->panic_on_fault;
  g->panic_on_fault = enabled;
  return old;
}
