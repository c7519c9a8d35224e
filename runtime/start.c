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
};

static void *run_main(void *arg) {
  rt_thread_sigaltstack();
  escgo_main_init();
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

int main(int argc, char **argv) {
  GC_INIT();
  // Go never collects below a 4 MB heap; bdwgc's tiny initial heap made
  // small programs collect 10-40 times as often as gc (bench/results).
  GC_expand_hp(4 << 20);
  rt_memstats_gc_base = GC_get_gc_no();   // collections before main do not count
  GC_set_warn_proc(GC_ignore_warn_proc);   // Go programs never print bdwgc's warnings
  GC_start_performance_measurement();     // MemStats.PauseTotalNs
  read_env();
  escgo_set_args(argc, argv);
  rt_install_fault_handlers();   // after GC_INIT: bdwgc probes memory with its own handlers

  pthread_attr_t attr;
  pthread_t th;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, MAIN_STACK);
  if (pthread_create(&th, &attr, run_main, NULL) == 0)
    pthread_join(th, NULL);   // never returns: run_main exits the process
  rt_thread_sigaltstack();    // no room for a big stack: run on this one
  run_main(NULL);
}

// runtime.Breakpoint: a trap a debugger stops at; without one the program
// dies of SIGTRAP, as gc's does.
void escgo_runtime_Breakpoint(void) { raise(SIGTRAP); }
