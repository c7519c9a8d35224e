// alloc.c — escgo_alloc, the one allocation entry point, and its counters.
//
// The counters are what runtime.MemStats.Mallocs / TotalAlloc and -benchmem
// report, so they follow Go's definitions, not bdwgc's:
//  - a zero-size allocation returns one shared object and counts nothing;
//  - bytes are counted as the size class Go's allocator would hand out
//    (new([5]int64) counts 48 bytes), large objects in whole 8 KiB pages;
//  - pointer-free objects under 16 bytes go through Go's tiny allocator,
//    which packs them into 16-byte blocks: each counts as one malloc, but
//    bytes are counted only when a fresh block is started. We replay that
//    bookkeeping per thread (the memory itself still comes from bdwgc).
// Each thread counts into its own record without atomics on the hot path;
// readers sum the records of live threads plus what exited threads left.
#include "rt_internal.h"
#include "rt_sched.h"

#include <gc/gc.h>
#include <pthread.h>
#include <string.h>

enum { TINY_BLOCK = 16 };

typedef struct Counters Counters;
struct Counters {
  uint64_t mallocs, bytes;   // written by the owner only, read by anyone
  int64_t tinyoff;           // offset in the current tiny block; -1: none
  uint64_t tiny_epoch;       // rt_gc_epoch when the tiny block was opened
  Counters *next, *prev;
  bool registered;
};

static _Thread_local Counters mine = {.tinyoff = -1};
static Counters *all;                  // live threads
static uint64_t dead_mallocs, dead_bytes;
static pthread_mutex_t counters_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_key_t exit_key;
static pthread_once_t key_once = PTHREAD_ONCE_INIT;

// Go's zerobase: every zero-size object has this address.
static uint64_t zerobase;

// At thread exit, fold the record into the totals and unlink it.
static void thread_exit(void *arg) {
  Counters *c = arg;
  pthread_mutex_lock(&counters_lock);
  dead_mallocs += c->mallocs;
  dead_bytes += c->bytes;
  if (c->prev)
    c->prev->next = c->next;
  else
    all = c->next;
  if (c->next)
    c->next->prev = c->prev;
  pthread_mutex_unlock(&counters_lock);
}

static void make_key(void) {
  pthread_key_create(&exit_key, thread_exit);
}

static void register_thread(void) {
  pthread_once(&key_once, make_key);
  pthread_mutex_lock(&counters_lock);
  mine.next = all;
  mine.prev = NULL;
  if (all)
    all->prev = &mine;
  all = &mine;
  mine.registered = true;
  pthread_mutex_unlock(&counters_lock);
  pthread_setspecific(exit_key, &mine);
}

// Collections so far (gcenv.c counts them): gc drops every P's tiny block at
// each one (mcache.releaseAll), so a block opened before a collection is not
// filled after it.
uint64_t rt_gc_epoch;

// The bytes Go's tiny allocator would account for this object.
static uint64_t tiny_bytes(int64_t size) {
  uint64_t epoch = __atomic_load_n(&rt_gc_epoch, __ATOMIC_RELAXED);
  if (mine.tiny_epoch != epoch) {
    mine.tiny_epoch = epoch;
    mine.tinyoff = -1;
  }
  int64_t off = mine.tinyoff;
  if (off >= 0) {
    if ((size & 7) == 0)
      off = (off + 7) & ~7;
    else if ((size & 3) == 0)
      off = (off + 3) & ~3;
    else if ((size & 1) == 0)
      off = (off + 1) & ~1;
    if (off + size <= TINY_BLOCK) {
      mine.tinyoff = off + size;
      return 0;
    }
  }
  // A fresh block. As gc's mallocgc, it becomes the current one only if it
  // has more room left than the old (gc: size < c.tinyoffset), so small
  // objects that come after a big one still fill the old block.
  if (mine.tinyoff < 0 || size < mine.tinyoff)
    mine.tinyoff = size;
  return TINY_BLOCK;
}

// fp: escgo_alloc's frame, where a sampled allocation's stack starts (memprof.c).
static void count(int64_t size, int32_t has_ptrs, uintptr_t fp) {
  if (!mine.registered)
    register_thread();
  uint64_t bytes = (!has_ptrs && size < TINY_BLOCK) ? tiny_bytes(size) : rt_roundupsize(size);
  if (rt_prof_on)
    rt_prof_record(bytes);
  // As gc's mallocgc, a tiny object packed into the current block is not sampled.
  int64_t rate = escgo_runtime_MemProfileRate;
  if (__builtin_expect(rate > 0, 0) && bytes)
    rt_memprof_alloc(bytes, fp, rate);
  // Relaxed atomic stores: no lock prefix, but readers never see torn values.
  __atomic_store_n(&mine.mallocs, mine.mallocs + 1, __ATOMIC_RELAXED);
  __atomic_store_n(&mine.bytes, mine.bytes + bytes, __ATOMIC_RELAXED);
}

// ESCGO_GCSTRESS=N collects every N allocations (set up by start.c): with
// N=1 any pointer the program keeps only where the collector cannot see it
// (a stack object used after its frame, a missed root) shows up at once.
int64_t rt_gcstress;
static int64_t stress_count;

// With many goroutines alive the period grows with their number (a
// collection stops every thread): each goroutine still sees one collection
// per N of its own allocations, and 10,000 goroutines stay testable.
static void maybe_stress(void) {
  int64_t period = rt_gcstress * rt_live_goroutines();
  if (__atomic_add_fetch(&stress_count, 1, __ATOMIC_RELAXED) % period == 0)
    GC_gcollect();
}

void *escgo_alloc(int64_t size, int32_t has_ptrs) {
  if (size == 0) {
    if (rt_prof_on)
      escgo_prof_site(0); // nothing allocated: the site is not charged
    return &zerobase;
  }
  if (size < 0)
    rt_fatal("runtime: out of memory");
  count(size, has_ptrs, (uintptr_t)__builtin_frame_address(0));
  if (rt_gcstress > 0 && !rt_pinned())   // gc starts no collection while pinned (syncrt.c)
    maybe_stress();
  void *p;
  if (has_ptrs) {
    p = GC_malloc((size_t)size);
  } else {
    p = GC_malloc_atomic((size_t)size);
    if (p)
      memset(p, 0, (size_t)size);
  }
  if (!p)
    rt_fatal("runtime: out of memory");
  if (__builtin_expect(rt_fin_recheck, 0))
    rt_fin_poll();   // a collection may have readied finalizers (finalizer.c)
  if (__builtin_expect(rt_preempt_pending(), 0))
    rt_preempt_at_call();   // a loop that allocates may spend nearly all its time in here
  return p;
}

bool rt_is_zerobase(const void *p) { return p == &zerobase; }

static uint64_t sum(size_t field) {
  pthread_mutex_lock(&counters_lock);
  uint64_t n = field == 0 ? dead_mallocs : dead_bytes;
  for (Counters *c = all; c; c = c->next)
    n += __atomic_load_n(field == 0 ? &c->mallocs : &c->bytes, __ATOMIC_RELAXED);
  pthread_mutex_unlock(&counters_lock);
  return n;
}

uint64_t escgo_mallocs(void) {
  return sum(0);
}

uint64_t escgo_total_alloc(void) {
  return sum(1);
}
