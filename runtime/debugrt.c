// debugrt.c — the rest of runtime/debug's runtime side (Go's garbage.go and
// mod.go declare these without a body; overlay/runtime/debug binds them
// here). The collector's settings are gcenv.c's, ReadGCStats's numbers
// memstats.c's, SetPanicOnFault signals.c's.
#include "rt_internal.h"
#include "rt_std.h"

#include <stdbool.h>
#include <string.h>

// SetMaxStack and SetMaxThreads return the previous setting, gc's defaults
// first (1 GB of stack on 64-bit systems, 10,000 threads). escgo's limits
// are its own: a goroutine's stack is a fixed mapping with a guard page
// (stack.c) and its workers never approach 10,000 threads, so the settings
// are kept and handed back, not enforced.
static int64_t max_stack = 1000000000, max_threads = 10000;

int64_t escgo_debug_setMaxStack(int64_t n) {
  return __atomic_exchange_n(&max_stack, n, __ATOMIC_SEQ_CST);
}

int64_t escgo_debug_setMaxThreads(int64_t n) {
  return __atomic_exchange_n(&max_threads, n, __ATOMIC_SEQ_CST);
}

// SetTraceback: gc never goes below GOTRACEBACK's level (the default,
// "single": the panicking goroutine), and escgo's panics always print that
// one goroutine, so "none" and "single" are gc's behaviour already; "all",
// "system" and "crash" would have gc list every goroutine, which escgo does
// not (docs/packages.md).
void escgo_debug_SetTraceback(const uint8_t *level, int64_t len) {
  (void)level;
  (void)len;
}

// The module information gc's linker embeds (go version -m shows it). escgo
// embeds none, so ReadBuildInfo reports (nil, false), as gc does for a
// binary built without module support.
GoString escgo_debug_modinfo(void) { return (GoString){NULL, 0}; }

// gc writes its heap in its own dump format (used by its viewer tools);
// bdwgc's heap has no such description, so the program stops, saying why,
// rather than write an empty or false dump.
void escgo_debug_WriteHeapDump(uintptr_t fd) {
  (void)fd;
  rt_fatal("runtime/debug.WriteHeapDump: escgo's collector (bdwgc) has no heap dump");
}

// ---- runtime/trace's runtime side. escgo has no execution tracer:
// StartTrace says so (trace.Start returns the error, and `escgo test
// -trace` stops as go test does when tracing cannot start); with tracing
// never on, ReadTrace has nothing (nil) and StopTrace nothing to stop
// (overlay/runtime/proc.go), and
// the annotations (tasks, regions, logs: overlay/runtime/trace) are
// dropped, as gc's runtime drops them while tracing is off.
GoEface escgo_runtime_StartTrace(void) {
  static const char msg[] = "escgo has no execution tracer";
  return rt_error_new((const uint8_t *)msg, (int64_t)sizeof msg - 1);
}

void escgo_trace_userTaskCreate(uint64_t id, uint64_t parent, const uint8_t *type, int64_t len) {}
void escgo_trace_userTaskEnd(uint64_t id) {}
void escgo_trace_userRegion(uint64_t id, uint64_t mode, const uint8_t *type, int64_t len) {}
void escgo_trace_userLog(uint64_t id, const uint8_t *cat, int64_t catlen, const uint8_t *msg,
                         int64_t msglen) {}
