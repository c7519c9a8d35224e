// syncrt.c — package sync's other runtime hooks (gc's runtime provides them
// in proc.go, panic.go, mgc.go): spinning, the clock, fatal errors, pinning
// a goroutine to its processor, and clearing the Pools at each collection.
// sema.c has the semaphores and notify lists.
#include "rt_internal.h"
#include "rt_sched.h"

#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>

// ---------------------------------------------------------------- spinning

// A Mutex's Lock spins a few rounds before it sleeps when another worker may
// be about to unlock it, as gc's canSpin allows (four rounds, more than one
// processor). gc also declines when its P has goroutines waiting to run;
// escgo's one run queue is not checked.
bool escgo_sync_canSpin(int64_t i) { return i < 4 && rt_sched_nprocs() > 1; }

void escgo_sync_doSpin(void) {
  for (int i = 0; i < 30; i++)   // gc's procyield(30)
    __asm__ volatile("pause");
}

int64_t escgo_sync_nanotime(void) { return rt_nanotime(); }

// ---------------------------------------------------------------- fatal errors

// "fatal error: sync: unlock of unlocked mutex", a traceback, exit status 2.
static _Noreturn void fatal_string(const uint8_t *s, int64_t len) {
  char *msg = malloc((size_t)len + 1);
  if (!msg)
    rt_fatal("runtime: out of memory");
  memcpy(msg, s, (size_t)len);
  msg[len] = 0;
  rt_fatal(msg);
}

void escgo_sync_throw(const uint8_t *s, int64_t len) { fatal_string(s, len); }
void escgo_sync_fatal(const uint8_t *s, int64_t len) { fatal_string(s, len); }

// A Pool under the race detector drops a random quarter of its Puts; escgo
// has no race detector, but the hook is bound all the same.
uint32_t escgo_sync_fastrandn(uint32_t n) {
  static __thread uint64_t x;
  if (!x)
    x = (uint64_t)rt_nanotime() | 1;
  x ^= x << 13, x ^= x >> 7, x ^= x << 17;
  return (uint32_t)(((x >> 32) * (uint64_t)n) >> 32);
}

// ---------------------------------------------------------------- pinning

// gc's procPin keeps the goroutine on its P and returns the P's number: a
// Pool's per-P cache is then used by one goroutine at a time. escgo's
// goroutines never leave their worker while they run without blocking, and
// a pinned Pool operation never blocks; the number is the worker thread's
// (modulo GOMAXPROCS, the size of a Pool's per-P array). Threads can
// outnumber GOMAXPROCS (one in a system call, the one that took its place),
// so two may get the same number: each number has a lock, held while
// pinned, that makes its cache exclusive. Uncontended it costs one atomic
// exchange (a Pool's Get or Put pins once), where one lock for all numbers
// made every pin a pthread mutex round trip, most of a Get's time. The Pool
// cleanup below holds every lock.
enum { PIN_LOCKS = 64 };
static struct {
  _Alignas(64) int held;   // a cache line each: the workers' pins do not share one
} pin_locks[PIN_LOCKS];
static int64_t next_thread_number;
// gc's procPin counts as a lock the goroutine's M holds, and mallocgc starts
// no collection for an M holding locks: a Pool that allocates its per-P
// array while pinned never sees a collection in the middle. ESCGO_GCSTRESS's
// collections, which stand for those an allocation starts, skip pinned
// allocations the same way (alloc.c).
static __thread bool pinned;
static __thread int pinned_lock;

bool rt_pinned(void) { return pinned; }

static int64_t thread_number(void) {
  static __thread int64_t number = -1;
  if (number < 0)
    number = __atomic_fetch_add(&next_thread_number, 1, __ATOMIC_RELAXED);
  return number;
}

// A spin lock: its holder is pinned, so it is running (never parked) and
// holds it for a few instructions; the OS may still deschedule it.
static void pin_lock(int i) {
  for (int spins = 0; __atomic_exchange_n(&pin_locks[i].held, 1, __ATOMIC_ACQUIRE); spins++) {
    while (__atomic_load_n(&pin_locks[i].held, __ATOMIC_RELAXED))
      if (spins < 100)
        __asm__ volatile("pause");
      else
        sched_yield();
  }
}

static void pin_unlock(int i) { __atomic_store_n(&pin_locks[i].held, 0, __ATOMIC_RELEASE); }

static void pin_lock_all(void) {
  for (int i = 0; i < PIN_LOCKS; i++)
    pin_lock(i);
}

static void pin_unlock_all(void) {
  for (int i = 0; i < PIN_LOCKS; i++)
    pin_unlock(i);
}

static bool pool_cleanups_owed(void);
static void run_pool_cleanups(void);

int64_t escgo_procPin(void) {
  if (pool_cleanups_owed()) {
    pin_lock_all();
    run_pool_cleanups();
    pin_unlock_all();
  }
  // The thread's number modulo GOMAXPROCS, recomputed only when GOMAXPROCS
  // changes: a division is half a pin's time otherwise.
  static __thread int64_t procs_seen, number;
  int64_t procs = rt_gomaxprocs();
  if (procs != procs_seen) {
    procs_seen = procs;
    number = thread_number() % procs;
  }
  pinned_lock = (int)(number % PIN_LOCKS);
  pin_lock(pinned_lock);
  pinned = true;
  return number;
}

void escgo_procUnpin(void) {
  pinned = false;
  pin_unlock(pinned_lock);
}

// ---------------------------------------------------------------- Pool cleanup
//
// gc calls sync's poolCleanup at the start of every collection, with the
// world stopped: each Pool's primary cache becomes its victim cache and
// the old victims are dropped. bdwgc's collection start cannot run Go code
// (its callback must not allocate or take locks), so it only counts
// collections; the cleanups owed run at the next pin, before any Pool
// operation can see the caches, and for runtime.GC before its collection
// (so, as under gc, that collection frees what the victims dropped). Two
// cleanups empty every Pool; more change nothing. The difference from gc:
// a collection bdwgc starts by itself frees the dropped objects only at the
// next collection.
static void *pool_cleanup;     // sync's poolCleanup, a func value
static int64_t gcs_started;    // collections begun
static int64_t gcs_cleaned;    // of which poolCleanup has run for

void escgo_sync_registerPoolCleanup(void *fv) { pool_cleanup = fv; }

void rt_pool_gc_started(void) { __atomic_add_fetch(&gcs_started, 1, __ATOMIC_SEQ_CST); }

static void call_pool_cleanup(void) {
  void (*code)(void *) = *(void **)pool_cleanup;
  code(pool_cleanup);
}

static bool pool_cleanups_owed(void) {
  return pool_cleanup &&
         __atomic_load_n(&gcs_started, __ATOMIC_SEQ_CST) != __atomic_load_n(&gcs_cleaned, __ATOMIC_RELAXED);
}

// With every pin lock held.
static void run_pool_cleanups(void) {
  int64_t started = __atomic_load_n(&gcs_started, __ATOMIC_SEQ_CST);
  if (!pool_cleanup || started == gcs_cleaned)
    return;
  int64_t owed = started - gcs_cleaned;
  __atomic_store_n(&gcs_cleaned, started, __ATOMIC_RELAXED);
  for (int64_t i = 0; i < owed && i < 2; i++)
    call_pool_cleanup();
}

void rt_pool_cleanup_before_gc(bool collection_follows) {
  if (!pool_cleanup)
    return;
  pin_lock_all();
  run_pool_cleanups();
  call_pool_cleanup();
  if (collection_follows)   // paid in advance for the collection about to start
    __atomic_add_fetch(&gcs_cleaned, 1, __ATOMIC_RELAXED);
  pin_unlock_all();
}
