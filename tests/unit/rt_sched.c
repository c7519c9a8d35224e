// rt_sched.c — the M:N scheduler from C: the context switch, goroutine
// stacks, parked stacks as collector roots, time.Sleep, Gosched and the
// worker handoff around a blocking system call.
//
// Like rt_panic.c this test is a "Go program": it defines main.main and
// gets C main() from the runtime's start.c, so goroutine 1 runs on the
// scheduler as a compiled program's does. Goroutines are started with
// escgo_go and a func value made here (word 0: the code).
#define _GNU_SOURCE
#include "rt_internal.h"
#include "rt_sched.h"
#include "unit.h"

#include <gc/gc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void escgo_go(void *fv);
void escgo_time_Sleep(int64_t d);
int64_t escgo_runtime_NumGoroutine(void);
void escgo_runtime_Gosched(void);

// The test's own wait group, on the scheduler's address queues (sync's,
// compiled from Go, needs a Go program around it).
typedef struct { int64_t counter; } WaitGroup;

static void wg_add(WaitGroup *wg, int64_t delta) {
  rt_lock();
  wg->counter += delta;
  if (wg->counter == 0)
    while (rt_sem_wake(wg))
      ;
  rt_unlock();
}

static void wg_done(WaitGroup *wg) { wg_add(wg, -1); }

static void wg_wait(WaitGroup *wg) {
  rt_lock();
  if (wg->counter > 0)
    rt_sem_wait(wg, "semacquire");
  rt_unlock();
}

// A func value: the code, then what the goroutine works on.
typedef struct Task {
  void (*code)(struct Task *);
  WaitGroup *wg;
  int64_t i;
  int64_t *out;
  int fd;
  void *gate;   // parked goroutines wait for this address
  int64_t *frames;   // where each parked goroutine's frame is
} Task;

static Task *task(void (*code)(Task *), WaitGroup *wg, int64_t i) {
  Task *t = GC_MALLOC(sizeof(Task));
  t->code = code;
  t->wg = wg;
  t->i = i;
  return t;
}

static int cmp_addr(const void *a, const void *b) {
  int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
  return x < y ? -1 : x > y;
}

// ---- parked goroutines hold the only reference to their objects.

enum { PARKED = 500, CELLS = 64 };

static void hold_and_park(Task *t) {
  int64_t *cells = GC_MALLOC(CELLS * sizeof(int64_t));   // only this stack points to it
  t->frames[t->i] = (int64_t)(uintptr_t)&cells;
  for (int j = 0; j < CELLS; j++)
    cells[j] = t->i * 1000 + j;
  wg_done(t->wg);
  rt_lock();
  rt_sem_wait(t->gate, "test gate");   // parked: the stack is a root now
  rt_unlock();
  int64_t bad = 0;
  for (int j = 0; j < CELLS; j++)
    bad += cells[j] != t->i * 1000 + j;
  __atomic_add_fetch(t->out, bad, __ATOMIC_RELAXED);
  wg_done(t->wg);
}

static void test_parked_roots(void) {
  static char gate;
  WaitGroup wg = {0};
  int64_t *bad = GC_MALLOC_ATOMIC(sizeof(int64_t));
  int64_t *frames = GC_MALLOC_ATOMIC(PARKED * sizeof(int64_t));
  *bad = 0;
  for (int i = 0; i < PARKED; i++) {
    wg_add(&wg, 1);
    Task *t = task(hold_and_park, &wg, i);
    t->out = bad;
    t->gate = &gate;
    t->frames = frames;
    escgo_go(t);
  }
  wg_wait(&wg);   // all of them are parking (or parked)
  CHECK(escgo_runtime_NumGoroutine() == PARKED + 1, "NumGoroutine %lld, want %d",
        (long long)escgo_runtime_NumGoroutine(), PARKED + 1);
  // Goroutines alive together have stacks of their own, a slot apart.
  qsort(frames, PARKED, sizeof(int64_t), cmp_addr);
  int64_t closest = INT64_MAX;
  for (int i = 1; i < PARKED; i++)
    if (frames[i] - frames[i - 1] < closest)
      closest = frames[i] - frames[i - 1];
  CHECK(closest >= STACK_SLOT, "two live goroutines' frames are %lld bytes apart", (long long)closest);
  // Collect, then fill the freed memory with other values: a cell array
  // the collector missed would now hold them.
  for (int round = 0; round < 5; round++) {
    GC_gcollect();
    for (int k = 0; k < 20000; k++) {
      int64_t *junk = GC_MALLOC(CELLS * sizeof(int64_t));
      memset(junk, 0xab, CELLS * sizeof(int64_t));
    }
  }
  wg_add(&wg, PARKED);
  rt_lock();
  int woken = 0;
  while (rt_sem_wake(&gate))
    woken++;
  rt_unlock();
  wg_wait(&wg);
  CHECK(woken == PARKED, "woke %d parked goroutines, want %d", woken, PARKED);
  CHECK(*bad == 0, "%lld cells of parked goroutines were collected and reused", (long long)*bad);
}

// ---- time.Sleep parks: with one worker, sleepers overlap.

static void sleeper(Task *t) {
  escgo_time_Sleep(50 * 1000000);
  wg_done(t->wg);
}

static void test_sleep(void) {
  WaitGroup wg = {0};
  int64_t start = rt_nanotime();
  for (int i = 0; i < 20; i++) {
    wg_add(&wg, 1);
    escgo_go(task(sleeper, &wg, i));
  }
  wg_wait(&wg);
  int64_t ms = (rt_nanotime() - start) / 1000000;
  // Twenty 50 ms sleeps on one thread would take a second.
  CHECK(ms >= 50 && ms < 900, "20 sleeps of 50ms took %lld ms", (long long)ms);
}

// ---- Gosched lets another goroutine run on the only worker.

static void set_flag(Task *t) {
  __atomic_store_n(t->out, 1, __ATOMIC_RELEASE);
  wg_done(t->wg);
}

static void test_gosched(void) {
  WaitGroup wg = {0};
  int64_t *flag = GC_MALLOC_ATOMIC(sizeof(int64_t));
  *flag = 0;
  wg_add(&wg, 1);
  Task *t = task(set_flag, &wg, 0);
  t->out = flag;
  escgo_go(t);
  int spins = 0;
  while (!__atomic_load_n(flag, __ATOMIC_ACQUIRE) && spins < 1000) {
    escgo_runtime_Gosched();
    spins++;
  }
  CHECK(*flag == 1, "the other goroutine ran during Gosched (%d yields)", spins);
  wg_wait(&wg);
}

// ---- a goroutine blocked in read() does not hold the only worker.

static void blocking_reader(Task *t) {
  char c = 0;
  rt_entersyscall();
  ssize_t n = read(t->fd, &c, 1);
  rt_exitsyscall();
  *t->out = n == 1 ? c : -1;
  wg_done(t->wg);
}

static void writer(Task *t) {
  char c = 'x';
  escgo_time_Sleep(10 * 1000000);
  CHECK(write(t->fd, &c, 1) == 1, "write to the pipe");
  wg_done(t->wg);
}

static void test_syscall_handoff(void) {
  int fds[2];
  CHECK(pipe(fds) == 0, "pipe");
  WaitGroup wg = {0};
  int64_t *got = GC_MALLOC_ATOMIC(sizeof(int64_t));
  *got = 0;
  wg_add(&wg, 2);
  Task *r = task(blocking_reader, &wg, 0);
  r->fd = fds[0];
  r->out = got;
  escgo_go(r);
  escgo_runtime_Gosched();   // the reader blocks in read() first
  Task *w = task(writer, &wg, 0);
  w->fd = fds[1];
  escgo_go(w);
  wg_wait(&wg);
  CHECK(*got == 'x', "the reader got %lld", (long long)*got);
  close(fds[0]);
  close(fds[1]);
}

void escgo_main_init(void) {}

// The sleep, Gosched and system-call scenarios need a single worker: the
// test runs itself again with GOMAXPROCS=1, and a hang ends in SIGALRM.
void escgo_main_main(void) {
  const char *procs = getenv("GOMAXPROCS");
  if (!procs || strcmp(procs, "1")) {   // (a GOMAXPROCS=4 from outside would let them pass idly)
    setenv("GOMAXPROCS", "1", 1);
    execl("/proc/self/exe", "rt_sched", (char *)NULL);
    printf("FAIL: cannot run again with GOMAXPROCS=1\n");
    escgo_os_Exit(1);
  }
  alarm(60);
  test_parked_roots();
  test_sleep();
  test_gosched();
  test_syscall_handoff();
  printf("rt_sched: %d passed, %d failed\n", passed, failed);
  fflush(stdout);
  escgo_os_Exit(failed ? 1 : 0);
}
