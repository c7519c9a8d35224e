// start.c — C main(): start the collector, catch faults, run the Go program.
//
// main.main runs as goroutine 1 on the scheduler (sched.c), on a stack of
// 1 GiB (reserved, not committed; stack.c), because Go's goroutine stacks
// grow to 1 GB: deep recursion and large stack arrays that work under gc
// must not crash here at 8 MiB.
#define _GNU_SOURCE
#include "rt_internal.h"
#include "rt_sched.h"

#include <gc/gc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

static void run_main(void) {
  escgo_main_init();
  // main.main's frames go where the package initialisers' were: no word
  // they left may look like a pointer to what main allocates (stack.c).
  rt_clear_dead_stack(8 << 20);
  escgo_main_main();
  rt_wait_for_panics();
  rt_stdout_flush();
  rt_prof_report();
  _exit(0);   // other goroutines die with main, as in Go
}

// Present only in programs built with -asan (linked with ASan's runtime):
// its fake stacks are invisible to bdwgc's stack scan, so the collector must
// stay off there (see the bdwgc notes in docs/).
extern void __asan_init(void) __attribute__((weak));

static void read_env(void) {
  rt_gc_env_init();   // GOGC, GOMEMLIMIT, GODEBUG=gctrace=1 (gcenv.c)
  rt_prof_init();     // -allocprof (prof.c)
  const char *s = getenv("ESCGO_GCSTRESS");
  if (s && *s)
    rt_gcstress = atoll(s);
  if (__asan_init)
    GC_disable();
}

// The bounds of the program's writable data (the linker's symbols): the
// collector's roots outside the heap and the stacks.
extern char __data_start[], _end[];

int main(int argc, char **argv) {
  // A statically linked program (driver/link.c) has no shared library's
  // data to find, and bdwgc would find the start of its own by probing
  // below its end until a fault (GC_find_limit): a debugger stops at that
  // SIGSEGV before main. The linker knows where the data starts.
  GC_set_no_dls(1);
  GC_INIT();
  GC_add_roots(__data_start, _end);
  // Go never collects below a 4 MB heap; bdwgc's tiny initial heap made
  // small programs collect 10-40 times as often as gc (bench/results).
  GC_expand_hp(4 << 20);
  rt_memstats_gc_base = GC_get_gc_no();   // collections before main do not count
  GC_set_warn_proc(GC_ignore_warn_proc);   // Go programs never print bdwgc's warnings
  GC_start_performance_measurement();     // MemStats.PauseTotalNs
  read_env();
  escgo_set_args(argc, argv);
  rt_install_fault_handlers();   // after GC_INIT: bdwgc probes memory with its own handlers
  rt_sched_main(run_main);       // never returns: run_main exits the process
}

// runtime.Breakpoint: a trap a debugger stops at; without one the program
// dies of SIGTRAP, as gc's does.
void escgo_runtime_Breakpoint(void) { raise(SIGTRAP); }
