// start.c — C main(): start the collector, catch faults, run the Go program.
//
// main.main runs on a thread with a 1 GiB stack (reserved, not committed),
// because Go's goroutine stacks grow to 1 GB: deep recursion and large stack
// arrays that work under gc must not crash here at 8 MiB.
#define _GNU_SOURCE
#include "rt_internal.h"

#include <gc/gc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

enum {
  MAIN_STACK = 1 << 30,
  NIL_LIMIT = 1 << 16,       // Linux maps nothing below 64 KiB: a nil base plus offset
  SIGSTACK_SIZE = 1 << 16,
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

// Runs on the alternate signal stack; the program ends here, so the only
// care needed is not to wait for a lock the faulting thread may hold.
static void on_fault(int sig, siginfo_t *si, void *ctxp) {
  ucontext_t *ctx = ctxp;
  uintptr_t addr = (uintptr_t)si->si_addr;
  uintptr_t pc = (uintptr_t)ctx->uc_mcontext.gregs[REG_RIP];
  uintptr_t sp = (uintptr_t)ctx->uc_mcontext.gregs[REG_RSP];
  char line[160];
  snprintf(line, sizeof line, "[signal %s code=0x%x addr=0x%lx pc=0x%lx]", signame(sig),
           (unsigned)si->si_code, (unsigned long)addr, (unsigned long)pc);
  if (sig == SIGFPE)
    rt_panic_runtime("integer divide by zero", NULL);
  if (addr < NIL_LIMIT)
    rt_panic_runtime("invalid memory address or nil pointer dereference", line);
  rt_stdout_flush();
  if (addr + (1 << 20) > sp && addr < sp + (1 << 20)) {
    put("runtime: goroutine stack exceeds 1000000000-byte limit\n");
    rt_fatal("stack overflow");
  }
  char msg[64];
  snprintf(msg, sizeof msg, "unexpected fault address 0x%lx\n", (unsigned long)addr);
  put(msg);
  put("fatal error: fault\n");
  put(line);
  put("\n");
  _exit(2);
}

void rt_thread_sigaltstack(void) {
  stack_t ss = {0};
  ss.ss_sp = malloc(SIGSTACK_SIZE);
  ss.ss_size = SIGSTACK_SIZE;
  if (ss.ss_sp)
    sigaltstack(&ss, NULL);
}

static void install_handlers(void) {
  struct sigaction sa = {0};
  sa.sa_sigaction = on_fault;
  // SA_NODEFER: a recovered nil-dereference panic longjmps out of the
  // handler (defer.c); the signal must not stay blocked afterwards.
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, NULL);
  sigaction(SIGBUS, &sa, NULL);
  sigaction(SIGFPE, &sa, NULL);
}

static void *run_main(void *arg) {
  rt_thread_sigaltstack();
  escgo_main_init();
  escgo_main_main();
  rt_stdout_flush();
  _exit(0);   // other goroutines die with main, as in Go
}

// Present only in programs built with -asan (linked with ASan's runtime):
// its fake stacks are invisible to bdwgc's stack scan, so the collector must
// stay off there (see the bdwgc notes in docs/).
extern void __asan_init(void) __attribute__((weak));

static void read_env(void) {
  rt_gc_env_init();   // GOGC, GOMEMLIMIT, GODEBUG=gctrace=1 (gcenv.c)
  const char *s = getenv("ESCGO_GCSTRESS");
  if (s && *s)
    rt_gcstress = atoll(s);
  if (__asan_init)
    GC_disable();
}

int main(int argc, char **argv) {
  GC_INIT();
  GC_set_warn_proc(GC_ignore_warn_proc);   // Go programs never print bdwgc's warnings
  GC_start_performance_measurement();     // MemStats.PauseTotalNs
  read_env();
  escgo_set_args(argc, argv);
  install_handlers();   // after GC_INIT: bdwgc probes memory with its own handlers

  pthread_attr_t attr;
  pthread_t th;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, MAIN_STACK);
  if (pthread_create(&th, &attr, run_main, NULL) == 0)
    pthread_join(th, NULL);   // never returns: run_main exits the process
  rt_thread_sigaltstack();    // no room for a big stack: run on this one
  run_main(NULL);
}
