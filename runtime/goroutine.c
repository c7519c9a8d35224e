// goroutine.c — the go statement, the list of live goroutines, and the
// counts under the scheduler lock that let a deadlock — every goroutine
// asleep — be seen and reported the way gc's checkdead does.
//
// A goroutine is a malloc'd RtG and a stack from stack.c; sched.c runs it.
// The list (rt_main_g first) is what the deadlock report prints and what
// the collector's root callback walks for parked stacks. It changes under
// the scheduler lock; a goroutine leaves it inside its last switch, where
// the collector never stops a worker, and joins it in an order a
// collection that stops the go statement half-way can read (link_g).
#define _GNU_SOURCE
#include "rt_internal.h"
#include "rt_sched.h"

#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum {
  SEM_BUCKETS = 251,
  GFREE_MAX = 4096,   // dead goroutines kept, with their stacks, for the next go statements
};

extern RtG rt_main_g;
static int64_t ngoroutines = 1;   // alive, main included
static int64_t nblocked;          // parked in rt_park and not yet readied
static int64_t next_id = 1;
static RtG *last_g = &rt_main_g;  // the list of live goroutines starts at main
static RtG *gfree;                // dead goroutines for reuse, linked by schednext
static int64_t ngfree;
static RtG *system_g;             // the finalizer goroutine (finalizer.c), once started

// gc's checkdead: nobody is left to wake anybody. Every parked goroutine
// is listed with its wait reason and stack, goroutine 1 first, as gc does.
static bool main_goexited;   // goroutine 1 called runtime.Goexit

static _Noreturn void deadlock(void) {
  rt_stdout_flush();
  bool any_waiting = false;
  for (RtG *g = &rt_main_g; g; g = g->next)
    any_waiting |= g->reason && g != system_g;
  if (main_goexited && !any_waiting) {   // gc's checkdead: nothing left at all
    const char *msg = "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n";
    rt_stderr_write(msg, strlen(msg));
    _exit(2);
  }
  const char *msg = "fatal error: all goroutines are asleep - deadlock!\n";
  rt_stderr_write(msg, strlen(msg));
  for (RtG *g = &rt_main_g; g; g = g->next)
    if (g->reason && g != system_g)   // gc lists no runtime goroutine
      rt_traceback_g(g, g->reason, 0, g->park_fp);
  _exit(2);
}

// The list of live goroutines: O(1) both ways, as thousands may come and go.
// Linked without a lock the collector knows (one cost a contended lock per
// go statement): a collection that stops this thread half-way sees g in the
// list, complete (the release store publishes it), or not yet — and then
// finds g's func value in escgo_go's frame, which keeps it live past here.
static void link_g(RtG *g) {
  g->prev = last_g;
  __atomic_store_n(&last_g->next, g, __ATOMIC_RELEASE);
  last_g = g;
}

// Inside a switch, where the collector never stops a worker (sched.c's
// switch_begin): sched.c unlinks an ended goroutine in its last switch.
void rt_unlink_g_in_switch(RtG *g) {
  g->prev->next = g->next;
  if (g->next)
    g->next->prev = g->prev;
  else
    last_g = g->prev;
}

// Lock held: the current goroutine is about to park, and counts as blocked
// (the deadlock report lists it too).
// fp: the parking function's frame, where its traceback starts.
static void count_blocked(const char *reason, uintptr_t fp) {
  RtG *g = rt_getg();
  g->reason = reason;
  g->park_fp = fp;
  if (++nblocked >= ngoroutines)
    deadlock();
}

void rt_park(const char *reason) {
  count_blocked(reason, (uintptr_t)__builtin_frame_address(0));
  rt_park_current(reason, G_WAITING);
  rt_lock();
}

void rt_park_unlocking(const char *reason, void (*unlockf)(void *), void *arg) {
  rt_lock();
  count_blocked(reason, (uintptr_t)__builtin_frame_address(0));
  rt_park_current_unlocking(reason, G_WAITING, unlockf, arg);
}

void rt_ready(RtG *g) {
  nblocked--;
  rt_make_runnable(g);
}

// ---------------------------------------------------------------- go statement

// With the scheduler lock held: a dead goroutine's record and stack (as
// gc keeps its free Gs with their stacks), or a fresh pair: a go statement
// then costs no malloc and no stack lock.
static RtG *new_g(void) {
  RtG *g = gfree;
  if (!g) {
    g = calloc(1, sizeof(RtG));
    if (!g)
      rt_fatal("out of memory");
    rt_stack_alloc(g);
    return g;
  }
  gfree = g->schednext;
  ngfree--;
  uintptr_t lo = g->stack_lo, hi = g->stack_hi, limit = g->stack_limit;
  memset(g, 0, sizeof *g);
  g->stack_lo = lo;
  g->stack_hi = hi;
  g->stack_limit = limit;
  return g;
}

void escgo_go(void *fv) {
  // The goroutine exists from here: its id and place in the list follow the
  // go statements' order, as in gc.
  rt_lock();
  RtG *g = new_g();
  g->created_pc = (uintptr_t)__builtin_return_address(0);   // in the function with the go statement
  g->id = ++next_id;
  rt_sched_go(g, fv);   // before link_g: the collector then finds fv on g's stack
  link_g(g);
  __asm__ volatile("" : : "r"(fv) : "memory");   // fv stays in this frame until g is listed
  ngoroutines++;
  bool yield = rt_sched_backlogged();
  rt_unlock();
  if (yield)
    rt_yield();
}

// The finalizer goroutine: started like a go statement's (it takes the next
// id, as gc's createfing does), but NumGoroutine leaves it out, and the
// deadlock report does not list it. Parked waiting for finalizers it counts
// as blocked, so it never hides a deadlock. Lock held.
// Its stack is a fresh one: a dead goroutine's would hold that goroutine's
// old pointers where the finalizer goroutine's frames leave slots unwritten,
// and the collector, scanning conservatively, would keep their objects.
RtG *rt_go_system(void *fv) {
  RtG *g = calloc(1, sizeof(RtG));
  if (!g)
    rt_fatal("out of memory");
  rt_stack_alloc(g);
  g->id = ++next_id;
  rt_sched_go(g, fv);   // before link_g, as in escgo_go
  link_g(g);
  __asm__ volatile("" : : "r"(fv) : "memory");
  ngoroutines++;
  system_g = g;
  return g;
}

// The goroutine is unlisted by its last switch (rt_unlink_g_in_switch).
void rt_goroutine_end(void) {
  if (--ngoroutines <= nblocked)
    deadlock();
}

// With the scheduler lock held, once g's last switch is done.
void rt_free_g(RtG *g) {
  if (ngfree < GFREE_MAX) {
    g->schednext = gfree;
    gfree = g;
    ngfree++;
    return;
  }
  rt_stack_free(g);
  free(g);
}

// ---------------------------------------------------------------- package runtime

int64_t rt_live_goroutines(void) { return __atomic_load_n(&ngoroutines, __ATOMIC_RELAXED); }

int64_t escgo_runtime_NumGoroutine(void) {
  rt_lock();
  int64_t n = ngoroutines - (system_g != NULL);
  rt_unlock();
  return n;
}

int64_t escgo_runtime_GOMAXPROCS(int64_t n) { return rt_sched_set_nprocs(n); }

// GOMAXPROCS(0) without the scheduler lock: sync's procPin asks at every
// Pool operation.
int64_t rt_gomaxprocs(void) { return rt_sched_nprocs(); }

void escgo_runtime_Gosched(void) { rt_yield(); }

void escgo_runtime_KeepAlive(const GoType *t, void *data) {
  __asm__ volatile("" : : "r"(t), "r"(data) : "memory");
}

// ---------------------------------------------------------------- semaphores
//
// Goroutines waiting on an address (sync's primitives): FIFO lists in a
// small hash table, under the scheduler lock like everything here. Each
// bucket keeps its tail, so 100,000 goroutines queue on one mutex in
// linear time.

typedef struct {
  RtSemWaiter *head, *tail;
} SemBucket;

static SemBucket semtab[SEM_BUCKETS];

static SemBucket *bucket(const void *addr) {
  return &semtab[((uintptr_t)addr >> 3) % SEM_BUCKETS];
}

void rt_sem_wait_at(const void *addr, const char *reason, bool lifo) {
  RtSemWaiter w = {.g = rt_getg(), .addr = addr};
  SemBucket *b = bucket(addr);
  if (lifo) {   // a Mutex waiter that waited before goes first (starvation mode)
    w.next = b->head;
    b->head = &w;
    if (!b->tail)
      b->tail = &w;
  } else {
    if (b->tail)
      b->tail->next = &w;
    else
      b->head = &w;
    b->tail = &w;
  }
  rt_park(reason);
}

void rt_sem_wait(const void *addr, const char *reason) { rt_sem_wait_at(addr, reason, false); }

bool rt_sem_wake(const void *addr) {
  SemBucket *b = bucket(addr);
  RtSemWaiter *prev = NULL;
  for (RtSemWaiter *w = b->head; w; prev = w, w = w->next) {
    if (w->addr != addr)
      continue;
    if (prev)
      prev->next = w->next;
    else
      b->head = w->next;
    if (b->tail == w)
      b->tail = prev;
    rt_ready(w->g);
    return true;
  }
  return false;
}

// runtime.Goexit: the goroutine's deferred calls run, newest first (a
// recover in them returns nil: no panic is running), then it ends as if its
// function had returned. Goroutine 1 ends too, but the program does not:
// the others run on until one exits or none is left, which gc reports as
// the deadlock it is.
extern void __asan_handle_no_return(void) __attribute__((weak));   // -asan programs only

_Noreturn void escgo_runtime_Goexit(void) {
  rt_defer_unwind(NULL);
  // The Go frames under this one never return: under -asan their redzones
  // would stay poisoned, and the next goroutine given this stack would be
  // reported for writing to them.
  if (__asan_handle_no_return)
    __asan_handle_no_return();
  RtG *g = rt_getg();
  rt_lock();
  if (g == &rt_main_g) {
    main_goexited = true;
    rt_goroutine_end();
    for (;;)
      rt_park_current(NULL, G_WAITING);   // unlisted (no reason): never readied
  }
  rt_goroutine_end();
  rt_goexit0();
}
