// preempt.c — a goroutine that runs without calls does not keep its worker
// (Go ≥ 1.14's asynchronous preemption).
//
// sysmon, a thread of its own, wakes every SYSMON_TICK_NS and asks the
// scheduler (rt_sched_sysmon_tick) which workers have run one goroutine
// for 10 ms while another waits; it sends those SIGURG, gc's preemption
// signal. The handler looks at where the goroutine was interrupted: only in
// Go code (between rt_go_code_begin and rt_go_code_end, where the linker
// sorts the section of every function codegen emits) does it act, so the
// runtime's C code, bdwgc and the C library are never interrupted while
// they hold a lock or a thread's state. There
// it makes the goroutine call rt_preempt_entry (ctxswitch.S) as if the
// interrupted instruction had called it: that saves every register the Go
// code may have live (the general ones, the flags, the vector state with
// XSAVE) on the goroutine's own stack and calls rt_yield, which puts the
// goroutine at the back of the run queue. When it runs again, on any
// worker, the registers come back and the Go code goes on. Interrupted
// anywhere else (in the runtime's C code, which a loop that allocates or
// calls runtime.GC is in nearly all the time), the handler leaves the
// request in the thread's stack limit word instead (rt_sched.h): the next
// Go function's prologue, or the allocator on its way out, yields.
//
// The collector needs no safe points: it scans stacks conservatively, and a
// preempted goroutine's registers lie on its stack above the saved stack
// pointer, in the range pushed for every parked goroutine (sched.c).
//
// Not preempted, as gc holds off preemption for an M holding locks: a
// goroutine inside a print statement (its pieces are in the thread's
// buffer), pinned by sync's procPin (the Pool's per-P cache is the
// thread's), or between naming an allocation site and allocating
// (ESCGO_ALLOCPROF's per-thread record). GODEBUG=asyncpreemptoff=1 turns it
// off, as in gc.
#define _GNU_SOURCE
#include "rt_internal.h"
#include "rt_sched.h"

#include <cpuid.h>
#include <errno.h>
#include <stdlib.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <ucontext.h>

enum {
  SYSMON_TICK_NS = 10000000,  // gc's longest sysmon sleep: preempted 10 to 20 ms after it began
  RED_ZONE = 128,             // below the stack pointer, a leaf function's (System V)
};

// The bounds of the program's Go code: codegen puts each Go function in a
// section ".text.sorted.escgo.1.NAME.", and the linker sorts those by name
// between these two (codegen.c's place_go_code).
__attribute__((section(".text.sorted.escgo.0"), used, noinline)) void rt_go_code_begin(void) {}
__attribute__((section(".text.sorted.escgo.2"), used, noinline)) void rt_go_code_end(void) {}

// Read by rt_preempt_entry (ctxswitch.S): the bytes XSAVE stores, and the
// interrupted pc, which the handler cannot push: the kernel's signal frame
// lies right below the red zone, and sigreturn reads it back afterwards.
uint64_t rt_xsave_size;
__thread uintptr_t rt_preempt_pc __attribute__((tls_model("initial-exec")));
void rt_preempt_entry(void);

static bool in_go_code(uintptr_t pc) {
  return pc > (uintptr_t)rt_go_code_begin && pc < (uintptr_t)rt_go_code_end;
}

// Present only in -asan programs (sched.c uses it to tell ASan of stacks).
extern void __sanitizer_start_switch_fiber(void **, const void *, size_t) __attribute__((weak));

// What keeps a goroutine on its thread, as gc's m.locks does.
static bool held_by_thread(void) {
  return rt_pinned() || rt_print_locked() || rt_prof_site_pending();
}

static void on_preempt_signal(int sig, siginfo_t *si, void *ctxp) {
  (void)sig, (void)si;
  greg_t *r = ((ucontext_t *)ctxp)->uc_mcontext.gregs;
  if (!rt_sched_preempt_wanted())
    return;
  if (in_go_code((uintptr_t)r[REG_RIP]) && !held_by_thread()) {
    rt_preempt_pc = (uintptr_t)r[REG_RIP];
    r[REG_RSP] -= RED_ZONE;
    r[REG_RIP] = (greg_t)(uintptr_t)rt_preempt_entry;
  } else if (!__sanitizer_start_switch_fiber) {
    // Later, at a call. Not under -asan: its instrumented frames' dynamic
    // allocas check the same word (__morestack_allocate_stack_space).
    rt_set_stack_limit((uintptr_t)STACK_LIMIT_PREEMPT);
  }
}

// Called by rt_preempt_entry on the preempted goroutine's stack, every
// register of the Go code saved.
void rt_preempt_yield(void) {
  int saved = errno;
  rt_yield();
  errno = saved;
}

// The stack limit said a preemption is pending (rt_sched.h): at a Go
// function's entry (__morestack, the arguments saved) or on the
// allocator's way back to Go code. The limit is the goroutine's again
// first: rt_yield may return at once, with nothing else to run.
void rt_preempt_at_call(void) {
  rt_set_stack_limit(rt_getg()->stack_limit);
  if (rt_sched_preempt_wanted() && !held_by_thread())
    rt_preempt_yield();
}

static void send_preempt(pthread_t thread) { pthread_kill(thread, SIGURG); }

static void *sysmon_main(void *arg) {
  (void)arg;
  struct timespec tick = {0, SYSMON_TICK_NS};
  for (;;) {
    nanosleep(&tick, NULL);   // cut short by the collector's signals: a tick sooner
    rt_sched_sysmon_tick(send_preempt);
  }
  return NULL;
}

// XSAVE's area for the state components the kernel enabled (cpuid leaf
// 0xD), or 0 if the processor or kernel has no XSAVE.
static uint64_t xsave_area_size(void) {
  unsigned a, b, c, d;
  if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_OSXSAVE))
    return 0;
  __cpuid_count(0xD, 0, a, b, c, d);
  return (b + 63) & ~63u;
}

static bool preemption_off(void) {
  const char *s = getenv("GODEBUG");
  return s && strstr(s, "asyncpreemptoff=1");
}

void rt_preempt_init(void) {
  if (preemption_off() || !(rt_xsave_size = xsave_area_size()))
    return;
  struct sigaction sa = {0};
  sa.sa_sigaction = on_preempt_signal;
  // On the interrupted stack (no SA_ONSTACK): the kernel leaves the red
  // zone alone and a goroutine's stack has room below its limit.
  sa.sa_flags = SA_SIGINFO | SA_RESTART;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGURG, &sa, NULL);
  pthread_t th;
  if (pthread_create(&th, NULL, sysmon_main, NULL) == 0)
    pthread_detach(th);
}
