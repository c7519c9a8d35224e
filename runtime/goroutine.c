// goroutine.c — goroutines as OS threads, and the one lock under which
// goroutines block (channels, select, sync) so that a deadlock — every
// goroutine asleep — can be seen and reported the way gc's checkdead does.
//
// Each goroutine is a detached thread started through bdwgc's
// pthread_create wrapper (GC_THREADS), so the collector scans its stack.
// Its stack is reserved like main's (start.c): 1 GiB of address space,
// committed only as it is touched, so the stack size rule and the
// "goroutine stack exceeds 1000000000-byte limit" report are the same for
// every goroutine; 10,000 goroutines reserve 10 TiB of the 128 TiB user
// address space and commit a few pages each.
#define _GNU_SOURCE
#include "rt_internal.h"
#include "rt_sched.h"

#include <gc/gc.h>
#include <signal.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { GO_STACK = 1 << 30, SEM_BUCKETS = 251 };

static pthread_mutex_t sched_lock = PTHREAD_MUTEX_INITIALIZER;
static int64_t ngoroutines = 1;   // alive, main included
static int64_t nblocked;          // parked and not yet readied
static int64_t next_id = 1;
static int64_t maxprocs;
static RtG main_g = {.id = 1, .cond = PTHREAD_COND_INITIALIZER};
static RtG *last_g = &main_g;     // the list of live goroutines starts at main_g
static __thread RtG *curg;

RtG *rt_getg(void) { return curg ? curg : &main_g; }

void rt_lock(void) { pthread_mutex_lock(&sched_lock); }
void rt_unlock(void) { pthread_mutex_unlock(&sched_lock); }

// gc's checkdead: nobody is left to wake anybody. Every parked goroutine
// is listed with its wait reason and stack, goroutine 1 first, as gc does.
static _Noreturn void deadlock(void) {
  rt_stdout_flush();
  const char *msg = "fatal error: all goroutines are asleep - deadlock!\n";
  rt_stderr_write(msg, strlen(msg));
  for (RtG *g = &main_g; g; g = g->next)
    if (g->reason)
      rt_traceback_g(g, g->reason, 0, g->park_fp);
  _exit(2);
}

// The list of live goroutines (with the lock held): O(1) both ways, as
// thousands may come and go.
static void link_g(RtG *g) {
  g->prev = last_g;
  last_g->next = g;
  last_g = g;
}

static void unlink_g(RtG *g) {
  g->prev->next = g->next;
  if (g->next)
    g->next->prev = g->prev;
  else
    last_g = g->prev;
}

void rt_park(const char *reason) {
  RtG *g = rt_getg();
  g->ready = false;
  g->reason = reason;
  g->park_fp = (uintptr_t)__builtin_frame_address(0);
  if (++nblocked >= ngoroutines)
    deadlock();
  while (!g->ready)
    pthread_cond_wait(&g->cond, &sched_lock);
  g->reason = NULL;
}

void rt_ready(RtG *g) {
  g->ready = true;
  nblocked--;
  pthread_cond_signal(&g->cond);
}

// ---------------------------------------------------------------- go statement

static void *go_start(void *arg) {
  void **box = arg;   // uncollectable: keeps fv alive until this stack holds it
  void *fv = box[0];
  RtG *g = box[1];
  GC_free(box);
  curg = g;
  rt_thread_sigaltstack();
  void (*code)(void *) = *(void **)fv;
  code(fv);
  rt_lock();
  unlink_g(g);
  if (--ngoroutines <= nblocked)
    deadlock();
  rt_unlock();
  pthread_cond_destroy(&g->cond);
  free(g);
  rt_thread_sigaltstack_free();
  return NULL;
}

void escgo_go(void *fv) {
  // The goroutine exists from here: its id and place in the list follow the
  // go statements' order, as in gc, whichever thread starts first.
  RtG *g = calloc(1, sizeof(RtG));
  if (!g)
    rt_fatal("out of memory");
  pthread_cond_init(&g->cond, NULL);
  g->created_pc = (uintptr_t)__builtin_return_address(0);   // in the function with the go statement
  void **box = GC_malloc_uncollectable(2 * sizeof(void *));
  box[0] = fv;
  box[1] = g;
  rt_lock();
  g->id = ++next_id;
  link_g(g);
  ngoroutines++;
  rt_unlock();
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_attr_setstacksize(&attr, GO_STACK);
  pthread_t th;
  int err = pthread_create(&th, &attr, go_start, box);
  pthread_attr_destroy(&attr);
  if (err) {
    rt_stdout_flush();
    const char *m = "runtime: failed to create new OS thread\n";
    rt_stderr_write(m, strlen(m));
    rt_fatal("newosproc");
  }
}

// ---------------------------------------------------------------- package runtime

int64_t rt_live_goroutines(void) { return __atomic_load_n(&ngoroutines, __ATOMIC_RELAXED); }

int64_t escgo_runtime_NumGoroutine(void) {
  rt_lock();
  int64_t n = ngoroutines;
  rt_unlock();
  return n;
}

int64_t escgo_runtime_GOMAXPROCS(int64_t n) {
  rt_lock();
  if (!maxprocs)
    maxprocs = sysconf(_SC_NPROCESSORS_ONLN);
  int64_t prev = maxprocs;
  if (n > 0)
    maxprocs = n;
  rt_unlock();
  return prev;
}

void escgo_runtime_Gosched(void) { sched_yield(); }

void escgo_runtime_KeepAlive(const GoType *t, void *data) {
  __asm__ volatile("" : : "r"(t), "r"(data) : "memory");
}

// ---------------------------------------------------------------- semaphores
//
// Goroutines waiting on an address (sync's primitives): FIFO lists in a
// small hash table, under the scheduler lock like everything here.

static RtSemWaiter *semtab[SEM_BUCKETS];

static RtSemWaiter **bucket(const void *addr) {
  return &semtab[((uintptr_t)addr >> 3) % SEM_BUCKETS];
}

void rt_sem_wait(const void *addr, const char *reason) {
  RtSemWaiter w = {.g = rt_getg(), .addr = addr};
  RtSemWaiter **p = bucket(addr);
  while (*p)
    p = &(*p)->next;
  *p = &w;
  rt_park(reason);
}

bool rt_sem_wake(const void *addr) {
  for (RtSemWaiter **p = bucket(addr); *p; p = &(*p)->next) {
    RtSemWaiter *w = *p;
    if (w->addr != addr)
      continue;
    *p = w->next;
    rt_ready(w->g);
    return true;
  }
  return false;
}
