// gcenv.c — the Go environment variables that steer the collector, mapped
// onto bdwgc, and GODEBUG=gctrace=1.
//
//  GOGC=N      bdwgc's free-space divisor: between collections it lets the
//              heap grow by about (live heap)/divisor, Go by live*N/100; so
//              divisor = 200/N (GOGC=100 -> 2), at least 1 (bdwgc cannot let
//              the heap more than double: GOGC above 200 acts like 200).
//  GOGC=off    the collector is disabled.
//  GOMEMLIMIT  bdwgc's maximum heap size. Go's limit is soft (the collector
//              works harder); bdwgc's is hard: past it allocation fails and
//              the program dies with Go's "fatal error: runtime: out of memory".
//  GODEBUG=gctrace=1
//              one line per collection in Go 1.19's format on stderr. bdwgc
//              stops the world for the whole collection and reports no CPU
//              split, stack or globals sizes: those fields print as 0; the
//              clock fields are stop-the-world start, marking, and the rest.
#include "rt_internal.h"
#include "rt_sched.h"

#include <gc/gc.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double start_time, t_start, t_mark_start, t_mark_end;
static uint64_t heap_before;
static int gc_percent = 100;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

// Go's fmtNSAsMS: whole milliseconds from 10 ms on, else two significant
// digits with at most three decimals ("0.015", "0.50", "4.2").
static void fmt_ms(char *buf, size_t n, double secs) {
  uint64_t ns = (uint64_t)(secs * 1e9);
  if (ns >= 10000000u) {
    snprintf(buf, n, "%llu", (unsigned long long)(ns / 1000000u));
    return;
  }
  uint64_t x = ns / 1000u;
  if (x == 0) {
    snprintf(buf, n, "0");
    return;
  }
  int dec = 3;
  while (x >= 100) {
    x /= 10;
    dec--;
  }
  uint64_t p = 1;
  for (int i = 0; i < dec; i++)
    p *= 10;
  if (dec == 0)
    snprintf(buf, n, "%llu", (unsigned long long)x);
  else
    snprintf(buf, n, "%llu.%0*llu", (unsigned long long)(x / p), dec, (unsigned long long)(x % p));
}

static uint64_t heap_in_use(void) {
  return GC_get_heap_size() - GC_get_free_bytes();
}

static bool gctrace;

static void on_gc_event(GC_EventType ev) {
  if (ev == GC_EVENT_PRE_STOP_WORLD)
    rt_sched_world_stopping();   // sched.c: not while a worker is half-way through a switch
  if (ev == GC_EVENT_POST_START_WORLD)
    rt_sched_world_started();
  if (ev == GC_EVENT_START)
    rt_pool_gc_started();   // syncrt.c: sync's Pools are cleared for it
  if (ev == GC_EVENT_END) {
    rt_memstats_gc_end();
    __atomic_add_fetch(&rt_gc_epoch, 1, __ATOMIC_RELAXED);   // alloc.c: tiny blocks are dropped
    if (rt_fin_active)   // a collection is what readies finalizers: allocations poll once
      __atomic_store_n(&rt_fin_recheck, true, __ATOMIC_RELAXED);
  }
  if (!gctrace)
    return;
  switch (ev) {
  case GC_EVENT_START:
    t_start = now();
    heap_before = heap_in_use();
    break;
  case GC_EVENT_MARK_START:
    t_mark_start = now();
    break;
  case GC_EVENT_MARK_END:
    t_mark_end = now();
    break;
  case GC_EVENT_END: {
    double t_end = now();
    uint64_t after = heap_in_use();
    uint64_t goal = after + after * (uint64_t)gc_percent / 100;
    char c1[32], c2[32], c3[32];
    fmt_ms(c1, sizeof c1, t_mark_start > t_start ? t_mark_start - t_start : 0);
    fmt_ms(c2, sizeof c2, t_mark_end > t_mark_start ? t_mark_end - t_mark_start : 0);
    fmt_ms(c3, sizeof c3, t_end > t_mark_end ? t_end - t_mark_end : 0);
    double since = t_start - start_time;
    char line[256];
    int len = snprintf(line, sizeof line,
                       "gc %lu @%.3fs 0%%: %s+%s+%s ms clock, 0+0/0/0+0 ms cpu, "
                       "%llu->%llu->%llu MB, %llu MB goal, 0 MB stacks, 0 MB globals, %ld P%s\n",
                       (unsigned long)(GC_get_gc_no() - rt_memstats_gc_base), since, c1, c2, c3,
                       (unsigned long long)(heap_before >> 20), (unsigned long long)(heap_before >> 20),
                       (unsigned long long)(after >> 20), (unsigned long long)(goal >> 20),
                       sysconf(_SC_NPROCESSORS_ONLN), rt_gc_forced ? " (forced)" : "");
    rt_stderr_write(line, (size_t)len);
    break;
  }
  default:
    break;
  }
}

// "512MiB", "1GiB", "1000000" (bytes): Go's GOMEMLIMIT syntax.
static uint64_t parse_limit(const char *s) {
  char *end;
  double v = strtod(s, &end);
  static const struct { const char *suffix; double mul; } units[] = {
      {"B", 1}, {"KiB", 1024.0}, {"MiB", 1048576.0}, {"GiB", 1073741824.0},
      {"TiB", 1099511627776.0}, {"", 1},
  };
  for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
    if (!strcmp(end, units[i].suffix))
      return (uint64_t)(v * units[i].mul);
  return 0; // malformed: no limit
}

void rt_gc_env_init(void) {
  start_time = now();
  const char *gogc = getenv("GOGC");
  if (gogc && !strcmp(gogc, "off")) {
    GC_disable();
  } else {
    if (gogc && *gogc)
      gc_percent = atoi(gogc);
    if (gc_percent <= 0)
      gc_percent = 1;
    GC_word divisor = (GC_word)(200 / gc_percent);
    GC_set_free_space_divisor(divisor ? divisor : 1);
  }
  const char *limit = getenv("GOMEMLIMIT");
  if (limit && *limit && strcmp(limit, "off")) {
    uint64_t bytes = parse_limit(limit);
    if (bytes)
      GC_set_max_heap_size((GC_word)bytes);
  }
  const char *debug = getenv("GODEBUG");
  gctrace = debug && strstr(debug, "gctrace=1");
  GC_set_on_collection_event(on_gc_event);
}

// ---- runtime/debug's setGCPercent and setMemoryLimit (Go's garbage.go
// calls them; overlay/runtime/debug binds them here): the same mappings at
// run time. Both return the previous setting as gc's do (-1: GC off;
// math.MaxInt64: no limit).
static bool gc_off;
static int64_t mem_limit = INT64_MAX;

int32_t escgo_debug_setGCPercent(int32_t percent) {
  int32_t old = gc_off ? -1 : gc_percent;
  if (getenv("GOGC") && !strcmp(getenv("GOGC"), "off") && !gc_off) {
    gc_off = true;   // the environment disabled it before any call
    old = -1;
  }
  if (percent < 0) {
    if (!gc_off)
      GC_disable();
    gc_off = true;
    return old;
  }
  if (gc_off)
    GC_enable();
  gc_off = false;
  gc_percent = percent ? (int)percent : 1;
  GC_word divisor = (GC_word)(200 / gc_percent);
  GC_set_free_space_divisor(divisor ? divisor : 1);
  return old;
}

// A negative limit only reads the current one. bdwgc's limit is hard: past
// it the allocator fails and the program dies with Go's out-of-memory error.
int64_t escgo_debug_setMemoryLimit(int64_t limit) {
  int64_t old = mem_limit;
  if (old == INT64_MAX && getenv("GOMEMLIMIT")) {
    uint64_t env = parse_limit(getenv("GOMEMLIMIT"));
    if (env)
      old = (int64_t)env;
  }
  if (limit < 0)
    return old;
  mem_limit = limit;
  GC_set_max_heap_size(limit == INT64_MAX ? 0 : (GC_word)limit);
  return old;
}

void escgo_debug_freeOSMemory(void) {
  GC_gcollect_and_unmap();
}
