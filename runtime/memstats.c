// memstats.c — runtime.ReadMemStats and runtime.GC.
//
// What is exact and what is approximated (bdwgc is not Go's allocator):
//  - Mallocs, TotalAlloc: exact, from escgo_alloc's counters, with Go's
//    definitions (size classes, tiny allocator) — see alloc.c.
//  - NumGC: bdwgc's collection count; NumForcedGC: calls of runtime.GC.
//  - PauseTotalNs: bdwgc's total full-collection time (millisecond
//    resolution); PauseNs/PauseEnd: only the last pause is recorded.
//  - HeapAlloc = Alloc: the bytes of the objects the last collection found
//    reachable (bdwgc's mark bits; sizes rounded to Go's size classes) plus
//    TotalAlloc since that collection. Before the first collection: heap
//    in use from bdwgc's counters.
//  - HeapSys: heap size incl. unmapped; HeapIdle, HeapInuse, HeapReleased,
//    Sys: from bdwgc's counters; NextGC: an estimate from the free-space
//    divisor (GOGC's analogue).
//  - HeapObjects: the objects the last collection found reachable (bdwgc's
//    mark bits, counted when ReadMemStats runs) plus every allocation since
//    that collection; Frees = Mallocs - HeapObjects. Go counts an object as
//    freed when it is swept, so the two agree up to collection timing.
//  - Lookups, stack and span fields, GCCPUFraction, BySize: 0.
#include "rt_internal.h"
#include "rt_sched.h"

#include <gc/gc.h>
#include <gc/gc_mark.h>
#include <pthread.h>
#include <string.h>
#include <time.h>

typedef struct {
  uint32_t size;
  uint64_t mallocs, frees;
} BySize;

// Field for field Go 1.19's runtime.MemStats (overlay/runtime/mem.go).
typedef struct {
  uint64_t alloc, total_alloc, sys, lookups, mallocs, frees, heap_alloc, heap_sys, heap_idle,
      heap_inuse, heap_released, heap_objects, stack_inuse, stack_sys, mspan_inuse, mspan_sys,
      mcache_inuse, mcache_sys, buckhash_sys, gc_sys, other_sys, next_gc, last_gc,
      pause_total_ns;
  uint64_t pause_ns[256], pause_end[256];
  uint32_t num_gc, num_forced_gc;
  double gc_cpu_fraction;
  uint8_t enable_gc, debug_gc;
  BySize by_size[61];
} GoMemStats;

static uint32_t forced_gcs;
volatile bool rt_gc_forced;   // a runtime.GC() collection is running
unsigned long rt_memstats_gc_base;   // bdwgc's count at program start (start.c)
// The allocation counters when the last collection ended (the collector's
// event callback runs with its lock held; readers take the lock too).
static uint64_t mallocs_at_gc, bytes_at_gc;
static GC_word gc_no_seen = ~(GC_word)0;
typedef struct { uint64_t objects, bytes; } Live;
static Live live;   // the last collection's survivors, counted lazily

void rt_memstats_gc_end(void) {
  mallocs_at_gc = escgo_mallocs();
  bytes_at_gc = escgo_total_alloc();
}

static void count_object(void *obj, size_t bytes, void *data) {
  (void)obj;
  Live *l = data;
  l->objects++;
  l->bytes += rt_roundupsize(bytes > 1 ? bytes - 1 : bytes); // bdwgc adds a byte per object
}

static void *count_live(void *arg) {
  Live l = {0, 0};
  GC_enumerate_reachable_objects_inner(count_object, &l);
  *(Live *)arg = l;
  return NULL;
}
static uint64_t last_gc_ns;

static uint64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

// runtime.GC always collects in Go, even with GOGC=off; where bdwgc's
// collector must stay off (-asan) the call still counts as a collection.
static uint32_t skipped_gcs;

// runtime.MemProfileRate: package runtime's variable (overlay/runtime/mem.go
// defines it under this name), 0 in a program without package runtime,
// where nothing could read the profile. gc's default is 512 KiB, but its
// linker tells the runtime to start at 0 when nothing calls
// runtime.MemProfile (no profile can be read, so none is kept). So does
// escgo: codegen makes every package that calls MemProfile refer to
// memprofreach.c's marker, which the linker then pulls from the archive.
int64_t escgo_runtime_MemProfileRate __attribute__((weak)) = 0;
extern const uint8_t escgo_memprofile_reachable __attribute__((weak));

bool escgo_runtime_memProfileReachable(void) { return &escgo_memprofile_reachable != NULL; }

// runtime.SetBlockProfileRate and SetMutexProfileFraction (testing calls them
// for -test.blockprofile and -test.mutexprofile): escgo keeps neither
// profile, so the rates are only remembered; SetMutexProfileFraction returns
// the previous one and, given a negative rate, only reads it, as gc's does.
static int64_t block_profile_rate, mutex_profile_fraction;

void escgo_runtime_SetBlockProfileRate(int64_t rate) {
  __atomic_store_n(&block_profile_rate, rate < 0 ? 0 : rate, __ATOMIC_RELAXED);
}

int64_t escgo_runtime_SetMutexProfileFraction(int64_t rate) {
  if (rate < 0)
    return __atomic_load_n(&mutex_profile_fraction, __ATOMIC_RELAXED);
  return __atomic_exchange_n(&mutex_profile_fraction, rate, __ATOMIC_RELAXED);
}

void escgo_runtime_GC(void) {
  rt_clear_dead_stack(16 << 10);   // (the collector's frames go there: stack.c)
  if (GC_is_disabled())
    __atomic_add_fetch(&skipped_gcs, 1, __ATOMIC_RELAXED);
  rt_pool_cleanup_before_gc(!GC_is_disabled());   // syncrt.c
  rt_gc_forced = true;   // gctrace marks the collection " (forced)"
  GC_gcollect();
  rt_gc_forced = false;
  __atomic_add_fetch(&forced_gcs, 1, __ATOMIC_RELAXED);
  last_gc_ns = now_ns();
  // gc's runtime.GC sweeps before it returns and yields (Gosched) between
  // spans, and its finalizer goroutine, readied by that sweep onto the
  // caller's P, runs the finalizers then. Yield once likewise: the finalizer
  // goroutine starts on this worker (it is its runnext) now, not on another
  // worker that a caller collecting in a loop would stop at every collection.
  if (rt_fin_active && rt_fin_poll())
    rt_yield();
}

void escgo_runtime_ReadMemStats(void *out) {
  GoMemStats *m = out;
  if (!m)
    escgo_panic_nil();
  memset(m, 0, sizeof *m);
  struct GC_prof_stats_s ps;
  memset(&ps, 0, sizeof ps);
  GC_get_prof_stats(&ps, sizeof ps);
  uint64_t heap = ps.heapsize_full, free_b = ps.free_bytes_full, unmapped = ps.unmapped_bytes;
  m->mallocs = escgo_mallocs();
  m->total_alloc = escgo_total_alloc();
  m->heap_sys = heap;
  m->heap_released = unmapped;
  m->heap_idle = free_b;
  m->heap_inuse = heap > free_b ? heap - free_b : 0;
  m->heap_alloc = m->heap_inuse > unmapped ? m->heap_inuse - unmapped : m->heap_inuse;
  if (m->heap_alloc > m->total_alloc)
    m->heap_alloc = m->total_alloc; // never more than was ever allocated
  m->alloc = m->heap_alloc;
  m->sys = ps.obtained_from_os_bytes;
  if (ps.gc_no != gc_no_seen) { // count the last collection's survivors once
    GC_call_with_alloc_lock(count_live, &live);
    gc_no_seen = ps.gc_no;
  }
  uint64_t since = m->mallocs > mallocs_at_gc ? m->mallocs - mallocs_at_gc : 0;
  m->heap_objects = live.objects + since;
  if (m->heap_objects > m->mallocs)
    m->heap_objects = m->mallocs;
  // Go's HeapAlloc: bytes of objects not yet freed = survivors + allocated since.
  uint64_t bytes_since = m->total_alloc > bytes_at_gc ? m->total_alloc - bytes_at_gc : 0;
  if (ps.gc_no > 0) {
    m->heap_alloc = live.bytes + bytes_since;
    if (m->heap_alloc > m->total_alloc)
      m->heap_alloc = m->total_alloc;
    m->alloc = m->heap_alloc;
  }
  m->frees = m->mallocs - m->heap_objects;
  GC_word divisor = GC_get_free_space_divisor();
  m->next_gc = m->heap_alloc + (divisor ? heap / divisor : heap);
  m->num_gc = (uint32_t)(ps.gc_no - rt_memstats_gc_base) + skipped_gcs;
  m->num_forced_gc = forced_gcs;
  m->pause_total_ns = (uint64_t)GC_get_full_gc_total_time() * 1000000u;
  m->pause_ns[(m->num_gc + 255) % 256] = m->num_gc ? m->pause_total_ns / m->num_gc : 0;
  m->last_gc = last_gc_ns;
  m->enable_gc = !GC_is_disabled();
}

// runtime/debug's readGCStats (Go's ReadGCStats calls it; overlay/runtime/debug
// binds it here), as gc's: *pauses, whose capacity ReadGCStats made at
// least 2*256+3, gets the recorded pauses (most recent first), their end
// times, then the last collection's Unix time, NumGC and PauseTotalNs.
void escgo_debug_readGCStats(GoSlice *pauses) {
  static GoMemStats m;   // too big for a goroutine's stack; filled under the lock
  static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
  if (pauses->cap < 2 * 256 + 3)
    rt_fatal("short slice passed to readGCStats");
  uint64_t *p = pauses->ptr;
  pthread_mutex_lock(&mu);
  escgo_runtime_ReadMemStats(&m);
  uint32_t n = m.num_gc < 256 ? m.num_gc : 256;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t j = (m.num_gc - 1 - i) % 256;
    p[i] = m.pause_ns[j];
    p[n + i] = m.pause_end[j];
  }
  p[2 * n] = m.last_gc;
  p[2 * n + 1] = m.num_gc;
  p[2 * n + 2] = m.pause_total_ns;
  pthread_mutex_unlock(&mu);
  pauses->len = 2 * n + 3;
}
