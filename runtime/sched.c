// sched.c — the M:N scheduler: goroutines run on worker threads.
//
// GOMAXPROCS workers (the environment variable, else the number of CPUs)
// take runnable goroutines from their runnext slot and one FIFO run queue
// under the scheduler lock (rt_lock), the lock channels and sync already
// park under (find_work, docs/scheduler.md). Each worker has a scheduler
// context, g0, on its own thread stack. A goroutine that parks, yields or
// ends switches straight to the next goroutine its worker can run (its
// runnext or the run queue's head), or to g0 when there is none: g0 spins,
// sleeps and retires surplus workers.
//
// Every switch happens with the scheduler lock held, and the context that
// resumes carries on holding it: a goroutine parks inside rt_park with the
// lock held and returns from rt_park with the lock held, on whichever
// worker resumed it. So a goroutine cannot be resumed before its context
// is saved: whoever readies it needs the lock, which the parking worker
// keeps until it is back on g0.
//
// The collector (bdwgc) must see every stack. A switch also takes bdwgc's
// allocation lock, which a collection holds from the moment it stops the
// world until it restarts it: inside that critical section the worker tells
// bdwgc its new stack bottom (GC_set_stackbottom), so a stopped thread is
// always scanned from its stack pointer to the bottom of the stack that
// pointer is in. The stacks that are not running are pushed by a callback
// (GC_set_push_other_roots) from the goroutine list, whose saved stack
// pointers and on_cpu flags change only under that lock too (the list's
// links: goroutine.c).
//
// time.Sleep parks on a timer heap that idle workers watch. A goroutine in
// a blocking system call keeps its worker; rt_entersyscall starts another
// worker if fewer than GOMAXPROCS would be left to run the others.
//
// A goroutine that runs for FORCE_PREEMPT_NS while others wait is
// preempted: sysmon (preempt.c) asks, at its tick, which workers those are
// (rt_sched_sysmon_tick) and signals them; the signal's handler makes the
// goroutine call rt_yield if it was interrupted in Go code.
#define _GNU_SOURCE
#include "rt_internal.h"
#include "rt_sched.h"

#include <gc/gc.h>
#include <gc/gc_mark.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum {
  SPAWN_BACKLOG = 256,   // runnable goroutines per worker before a go statement yields
  SPIN_NS = 20000,       // how long an idle worker looks for work before it sleeps
  STEAL_AFTER_NS = 3000, // how long another worker's runnext is left to it (gc: usleep(3))
  FAIRNESS_TICK = 61,    // every 61st pick takes the run queue's head first, as gc's schedule does
  FORCE_PREEMPT_NS = 10000000,   // gc's forcePreemptNS: 10 ms on a worker while others wait
};

typedef struct Worker {
  RtG g0;                 // the scheduler's context, on the thread's stack
  void *gc_handle;        // for GC_set_stackbottom
  RtG *dead;              // a goroutine that ended: freed once off its stack
  RtG *runnext;           // readied or started by the goroutine running here: runs next here
  uint32_t schedtick;     // goroutines this worker has run
  pthread_t thread;       // for the preemption signal
  // Written by switch_to and rt_entersyscall, read by sysmon without the
  // lock (atomics): has the same goroutine run here since seen_at?
  uint64_t switches;      // contexts this worker has switched to
  bool on_goroutine;      // not on g0
  bool in_syscall;        // a blocking system call: its goroutine runs no Go code
  uint64_t seen_switches; // sysmon's: switches at its last look, and since when
  int64_t seen_at;
  uint64_t preempt_req;   // switches + 1 when sysmon asked this worker to preempt
} Worker;

// Adaptive: a worker that finds the lock taken spins a little before it
// sleeps in the kernel; the lock is held for a few hundred instructions.
// Alone in its cache line: the variables next to it in .data are written
// without it, and every write there took the line away from its holder.
static union {
  pthread_mutex_t m;
  char line[64];
} sched_lock_line __attribute__((aligned(64))) = {PTHREAD_ADAPTIVE_MUTEX_INITIALIZER_NP};
#define sched_lock (sched_lock_line.m)
static pthread_cond_t idle_cond;   // CLOCK_MONOTONIC, for the timer deadline
static RtG *runq_head, *runq_tail;
static int64_t runq_len;
static int nidle, nwaking;          // workers waiting; woken and not yet running
static int nspinning;               // idle workers polling the run queue (spin_for_work)
static int nworkers, nsyscall;
static int nretired, unretire_tokens; // workers asleep in retire_while_surplus; wake-ups owed them
static pthread_cond_t retire_cond = PTHREAD_COND_INITIALIZER;
static Worker **workers;            // every worker (malloc; sysmon reads it unlocked)
static int64_t nrunnext;            // workers whose runnext is set (spinners read it unlocked)
static int nprocs;                  // the number of workers wanted

static __thread Worker *self __attribute__((tls_model("initial-exec")));
static __thread RtG *curg __attribute__((tls_model("initial-exec")));

RtG rt_main_g = {.id = 1, .status = G_RUNNING};

// Never inlined where a switch may happen in between: the thread may change.
__attribute__((noinline)) RtG *rt_getg(void) { return curg ? curg : &rt_main_g; }

void rt_lock(void) { pthread_mutex_lock(&sched_lock); }
void rt_unlock(void) { pthread_mutex_unlock(&sched_lock); }

int64_t rt_nanotime(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

// ---------------------------------------------------------------- AddressSanitizer

// Present only in -asan programs: ASan must know which stack is current, or
// it reports the other stacks' frames as errors.
extern void __sanitizer_start_switch_fiber(void **fake_stack_save, const void *bottom, size_t size)
    __attribute__((weak));
extern void __sanitizer_finish_switch_fiber(void *fake_stack_save, const void **bottom_old,
                                            size_t *size_old) __attribute__((weak));

// A goroutine's fake stack (ASan's frames for use-after-return detection)
// is kept when it ends and handed to a new goroutine: creating one per
// goroutine made a million short goroutines take 47 s.
static void **asan_pool;
static size_t asan_pooled, asan_pool_cap;

static void **asan_save_slot(RtG *from) {
  if (from->status != G_DEAD)
    return &from->asan_fake;
  if (asan_pooled == asan_pool_cap) {
    asan_pool_cap = asan_pool_cap ? 2 * asan_pool_cap : 64;
    asan_pool = realloc(asan_pool, asan_pool_cap * sizeof *asan_pool);
    if (!asan_pool)
      return NULL;   // then ASan frees it
  }
  return &asan_pool[asan_pooled++];
}

static void asan_start(RtG *from, RtG *to) {
  if (__sanitizer_start_switch_fiber)
    __sanitizer_start_switch_fiber(asan_save_slot(from), (void *)to->stack_lo,
                                   to->stack_hi - to->stack_lo);
}

static void asan_finish(void *fake) {
  if (__sanitizer_finish_switch_fiber)
    __sanitizer_finish_switch_fiber(fake, NULL, NULL);
}

// A new goroutine's fake stack: a pooled one, or NULL (ASan makes one).
static void *asan_reuse(void) {
  return asan_pooled ? asan_pool[--asan_pooled] : NULL;
}

// ---------------------------------------------------------------- the switch

// After every switch, in the context that resumed, on the worker that
// resumed it: a goroutine that ended on this worker is off its stack now
// and can be freed. Not inlined: the thread is read afresh from %fs.
static __attribute__((noinline)) void after_switch(void) {
  Worker *w = self;
  if (w->dead) {
    rt_free_g(w->dead);
    w->dead = NULL;
  }
}

// With the scheduler lock held: save the running context in from, run to.
// Returns when some worker switches back to from (the lock held by it).
static void switch_to(RtG *from, RtG *to) {
  Worker *w = self;
  GC_alloc_lock();
  struct GC_stack_base sb = {.mem_base = (void *)to->stack_hi};
  GC_set_stackbottom(w->gc_handle, &sb);
  if (from->status == G_DEAD)   // its stack is not to be scanned from here on
    rt_unlink_g_gclocked(from);
  from->on_cpu = false;
  to->on_cpu = true;
  curg = to == &w->g0 ? NULL : to;
  __atomic_store_n(&w->on_goroutine, curg != NULL, __ATOMIC_RELAXED);
  __atomic_store_n(&w->switches, w->switches + 1, __ATOMIC_RELAXED);
  rt_set_stack_limit(to->stack_limit);
  asan_start(from, to);
  rt_ctx_switch(&from->sp, to->sp);
  asan_finish(from->asan_fake);
  GC_alloc_unlock();
  after_switch();
}

// The first thing a new goroutine runs (ctxswitch.S's rt_ctx_entry): the
// switch into it left both locks held.
_Noreturn void rt_goroutine_main(void *fv, RtG *g) {
  (void)g;
  asan_finish(asan_reuse());
  GC_alloc_unlock();
  after_switch();
  rt_unlock();
  void (*code)(void *) = *(void **)fv;
  code(fv);
  rt_lock();
  rt_goroutine_end();
  rt_goexit0();
}

// bdwgc's root callback, with the world stopped and its lock held: the
// stacks no thread is running on, from their saved stack pointer up.
static GC_push_other_roots_proc prev_push_roots;

static void push_parked_stacks(void) {
  if (prev_push_roots)
    prev_push_roots();
  for (RtG *g = &rt_main_g; g; g = g->next)
    if (!g->on_cpu && g->sp)
      GC_push_all_eager((void *)g->sp, (void *)g->stack_hi);
}

// ---------------------------------------------------------------- run queue

static void runq_put(RtG *g) {
  g->schednext = NULL;
  if (runq_tail)
    runq_tail->schednext = g;
  else
    runq_head = g;
  runq_tail = g;
  __atomic_store_n(&runq_len, runq_len + 1, __ATOMIC_RELAXED);   // spinners read it unlocked
}

static RtG *runq_get(void) {
  RtG *g = runq_head;
  if (g) {
    runq_head = g->schednext;
    if (!runq_head)
      runq_tail = NULL;
    __atomic_store_n(&runq_len, runq_len - 1, __ATOMIC_RELAXED);
  }
  return g;
}

// One idle worker is woken at a time: it takes the work or waits again.
// None while one spins: that one will see the work (as gc's wakep leaves
// it to a spinning M).
static void wake_worker(void) {
  if (nspinning == 0 && nidle > nwaking) {
    nwaking++;
    pthread_cond_signal(&idle_cond);
  }
}

// Like gc's runnext: a goroutine readied (or started) by the goroutine
// running on this worker runs here next, when the current one parks —
// a ping-pong over a channel stays on one thread instead of waking another
// for every message. The one it displaces goes to the run queue. Another
// worker takes a runnext only after it has waited STEAL_AFTER_NS
// (spin_for_work), in case the current goroutine keeps running.
void rt_make_runnable(RtG *g) {
  g->status = G_RUNNABLE;
  Worker *w = self;
  if (w && curg) {
    RtG *old = w->runnext;
    w->runnext = g;
    if (old)
      runq_put(old);
    else
      __atomic_store_n(&nrunnext, nrunnext + 1, __ATOMIC_RELAXED);
  } else {
    runq_put(g);
  }
  wake_worker();
}

static RtG *take_runnext(Worker *w) {
  RtG *g = w->runnext;
  if (g) {
    w->runnext = NULL;
    __atomic_store_n(&nrunnext, nrunnext - 1, __ATOMIC_RELAXED);
  }
  return g;
}

static RtG *steal_runnext(void) {
  RtG *g = NULL;
  for (int i = 0; i < nworkers && !g; i++)
    g = take_runnext(workers[i]);
  return g;
}

// ---------------------------------------------------------------- timers

// Sleeping goroutines, a binary min-heap on wake_at (malloc).
static RtG **timers;
static size_t ntimers, timers_cap;
static int64_t timer_next = INT64_MAX;   // timers[0]'s wake_at, for sysmon (read unlocked)

static void publish_timer_next(void) {
  __atomic_store_n(&timer_next, ntimers ? timers[0]->wake_at : INT64_MAX, __ATOMIC_RELAXED);
}

static void timer_push(RtG *g) {
  if (ntimers == timers_cap) {
    timers_cap = timers_cap ? 2 * timers_cap : 64;
    timers = realloc(timers, timers_cap * sizeof *timers);
    if (!timers)
      rt_fatal("out of memory");
  }
  size_t i = ntimers++;
  while (i > 0 && timers[(i - 1) / 2]->wake_at > g->wake_at) {
    timers[i] = timers[(i - 1) / 2];
    i = (i - 1) / 2;
  }
  timers[i] = g;
  publish_timer_next();
}

static RtG *timer_pop(void) {
  RtG *top = timers[0], *last = timers[--ntimers];
  size_t i = 0;
  for (;;) {
    size_t c = 2 * i + 1;
    if (c >= ntimers)
      break;
    if (c + 1 < ntimers && timers[c + 1]->wake_at < timers[c]->wake_at)
      c++;
    if (timers[c]->wake_at >= last->wake_at)
      break;
    timers[i] = timers[c];
    i = c;
  }
  if (ntimers)
    timers[i] = last;
  publish_timer_next();
  return top;
}

static void run_timers(void) {
  if (!ntimers)
    return;
  int64_t now = rt_nanotime();
  while (ntimers && timers[0]->wake_at <= now) {
    RtG *g = timer_pop();
    g->status = G_RUNNABLE;
    runq_put(g);
  }
}

// ---------------------------------------------------------------- parking

static RtG *pick_here(Worker *w);
static void run_goroutine(Worker *w, RtG *from, RtG *g);

// The goroutine leaves its worker: straight to the next goroutine this
// worker can run at once (its runnext or the run queue's head: one switch,
// not two through g0), else to g0, which spins or sleeps until there is.
static void leave_cpu(RtG *g) {
  Worker *w = self;
  RtG *next = pick_here(w);
  if (next == g)   // a yield with nothing else to run: go on
    g->status = G_RUNNING;
  else if (next)
    run_goroutine(w, g, next);
  else
    switch_to(g, &w->g0);
}

void rt_park_current(const char *reason, int status) {
  RtG *g = rt_getg();
  g->reason = reason;
  g->park_fp = (uintptr_t)__builtin_frame_address(0);
  g->status = status;
  leave_cpu(g);
  g->reason = NULL;
}

void rt_sleep_until(int64_t when) {
  rt_lock();
  RtG *g = rt_getg();
  g->wake_at = when;
  timer_push(g);
  if (timers[0] == g)   // idle workers wait for an earlier deadline now
    wake_worker();
  rt_park_current("sleep", G_WAITING);
  rt_unlock();
}

void rt_yield(void) {
  rt_lock();
  RtG *g = rt_getg();
  g->status = G_RUNNABLE;
  runq_put(g);
  rt_park_current(NULL, G_RUNNABLE);
  rt_unlock();
}

_Noreturn void rt_block_forever(void) {
  rt_lock();
  rt_park_current("panicwait", G_WAITING);
  for (;;)
    pause();
}

_Noreturn void rt_goexit0(void) {
  RtG *g = rt_getg();
  g->status = G_DEAD;
  self->dead = g;
  leave_cpu(g);
  rt_fatal("dead goroutine resumed");
}

void rt_sched_go(RtG *g, void *fv) {
  rt_stack_init_ctx(g, fv);
  rt_make_runnable(g);
}

// A goroutine that spawns faster than the workers run what it spawned
// waits its turn behind them once the backlog is long: each goroutine
// waiting to start holds a stack, and a loop of a million go statements
// would otherwise hold most of a million fresh (cold, page-faulting) stacks
// at once instead of reusing a few warm ones.
bool rt_sched_backlogged(void) { return runq_len > SPAWN_BACKLOG * (int64_t)nprocs; }

// ---------------------------------------------------------------- workers

static void wait_for_work(void) {
  nidle++;
  if (ntimers) {
    int64_t when = timers[0]->wake_at;
    struct timespec ts = {when / 1000000000, when % 1000000000};
    pthread_cond_timedwait(&idle_cond, &sched_lock, &ts);
  } else {
    pthread_cond_wait(&idle_cond, &sched_lock);
  }
  nidle--;
  if (nwaking > 0)
    nwaking--;
}

// An idle worker polls the run queue for a while, the lock released,
// before it sleeps: a go statement or a wake-up that comes soon (a
// goroutine readying its partner) then costs no futex wake-up and no
// thread switch in the kernel. One worker spins at a time, like gc's
// spinning M. Returns with the lock held; true if there is work to take.
static bool spin_for_work(void) {
  if (nspinning > 0)
    return false;
  nspinning++;
  rt_unlock();
  int64_t now = rt_nanotime(), until = now + SPIN_NS, runnext_seen = 0;
  for (int i = 1; now < until && !__atomic_load_n(&runq_len, __ATOMIC_RELAXED); i++) {
    __builtin_ia32_pause();
    bool runnext = __atomic_load_n(&nrunnext, __ATOMIC_RELAXED) > 0;
    if (i % 64 == 0 || runnext)
      now = rt_nanotime();
    if (!runnext)
      runnext_seen = 0;
    else if (!runnext_seen)
      runnext_seen = now;
    else if (now - runnext_seen >= STEAL_AFTER_NS)
      break;
  }
  rt_lock();
  nspinning--;
  return runq_len > 0 || nrunnext > 0;
}

// Workers running goroutines (not in a system call, not retired).
static int active_workers(void) { return nworkers - nsyscall - nretired; }

// More workers than GOMAXPROCS run goroutines (one came back from a
// system call, or runtime.GOMAXPROCS lowered the number): w sleeps until
// add_capacity needs it again, as gc's surplus Ms stop.
static void retire_while_surplus(Worker *w) {
  while (active_workers() > nprocs) {
    RtG *next = take_runnext(w);
    if (next)
      runq_put(next);
    if (runq_len > 0)
      wake_worker();   // the others may all be asleep: the queue must not wait for w
    nretired++;
    while (!unretire_tokens)
      pthread_cond_wait(&retire_cond, &sched_lock);
    unretire_tokens--;
  }
}

static void start_worker(void);

// Until GOMAXPROCS workers run goroutines: a retired worker is woken, or a
// new one started.
static void add_capacity(void) {
  while (active_workers() < nprocs) {
    if (nretired > 0) {
      nretired--;
      unretire_tokens++;
      pthread_cond_signal(&retire_cond);
    } else {
      start_worker();
    }
  }
}

// A goroutine worker w can run without waiting: its own runnext or the
// run queue's head. NULL also when w is one worker too many (g0 retires it).
static RtG *pick_here(Worker *w) {
  if (active_workers() > nprocs)
    return NULL;
  run_timers();
  RtG *g = NULL;
  if (++w->schedtick % FAIRNESS_TICK == 0)   // two goroutines that ready each other
    g = runq_get();                         // must not keep the others waiting forever
  if (!g)
    g = take_runnext(w);
  if (!g)
    g = runq_get();
  return g;
}

// The next goroutine for worker w: its own runnext, the run queue's head,
// or, after spinning, another worker's runnext. NULL: sleep.
static RtG *find_work(Worker *w) {
  for (;;) {
    retire_while_surplus(w);
    RtG *g = pick_here(w);
    if (g)
      return g;
    if (!spin_for_work())
      return NULL;
    if ((g = runq_get()) || (g = steal_runnext()))
      return g;
  }
}

static void run_goroutine(Worker *w, RtG *from, RtG *g) {
  if (runq_len > 0)   // more than this worker can take: another may help
    wake_worker();
  g->status = G_RUNNING;
  switch_to(from, g);
}

// g0's loop, with the scheduler lock held.
static _Noreturn void schedule(Worker *w) {
  for (;;) {
    RtG *g = find_work(w);
    if (g)
      run_goroutine(w, &w->g0, g);
    else
      wait_for_work();
  }
}

static void worker_init(Worker *w) {
  uintptr_t lo, hi;
  rt_thread_stack_bounds(&lo, &hi);
  struct GC_stack_base sb;
  w->gc_handle = GC_get_my_stackbottom(&sb);
  w->g0.stack_lo = lo;
  w->g0.stack_hi = (uintptr_t)sb.mem_base;
  w->g0.on_cpu = true;
  w->thread = pthread_self();
  self = w;
  rt_thread_sigaltstack();
}

static void *worker_main(void *arg) {
  Worker *w = arg;
  worker_init(w);
  rt_lock();
  schedule(w);
}

// With the scheduler lock held.
// The array grows by doubling and the old one is never freed: sysmon may
// still be reading it.
static void add_worker(Worker *w) {
  static int cap;
  if (nworkers == cap) {
    cap = cap ? 2 * cap : 16;
    Worker **a = malloc(sizeof(Worker *) * (size_t)cap);
    if (!a)
      rt_fatal("out of memory");
    if (nworkers)
      memcpy(a, workers, sizeof(Worker *) * (size_t)nworkers);
    __atomic_store_n(&workers, a, __ATOMIC_RELEASE);
  }
  workers[nworkers] = w;
  __atomic_store_n(&nworkers, nworkers + 1, __ATOMIC_RELEASE);
}

static void start_worker(void) {
  Worker *w = calloc(1, sizeof(Worker));
  if (!w)
    rt_fatal("out of memory");
  add_worker(w);
  pthread_t th;
  if (pthread_create(&th, NULL, worker_main, w) != 0) {
    const char *m = "runtime: failed to create new OS thread\n";
    rt_stderr_write(m, strlen(m));
    rt_fatal("newosproc");
  }
  pthread_detach(th);
}

void rt_entersyscall(void) {
  rt_lock();
  RtG *next = take_runnext(self);   // it must not wait for the system call
  if (next)
    runq_put(next);
  nsyscall++;
  __atomic_store_n(&self->in_syscall, true, __ATOMIC_RELAXED);
  add_capacity();
  rt_unlock();
}

// The worker goes on running its goroutine; if that makes one worker too
// many, the first to look for work retires (retire_while_surplus).
void rt_exitsyscall(void) {
  rt_lock();
  nsyscall--;
  __atomic_store_n(&self->in_syscall, false, __ATOMIC_RELAXED);
  rt_unlock();
}

// ---------------------------------------------------------------- preemption

// sysmon's tick (preempt.c). Sleepers whose time has come are made
// runnable even when every worker is busy (an idle worker would have done
// it). Each worker whose goroutine has run for FORCE_PREEMPT_NS while
// another goroutine waits is asked to preempt it (preempt(thread) sends
// the signal); one the signal found outside Go code is asked again a tick
// later. Only the timers take the scheduler lock, and only when one is due:
// a sysmon the kernel stops while it holds the lock would stop every
// worker waiting for it.
void rt_sched_sysmon_tick(void (*preempt)(pthread_t)) {
  int64_t now = rt_nanotime();
  if (__atomic_load_n(&timer_next, __ATOMIC_RELAXED) <= now) {
    rt_lock();
    run_timers();
    if (runq_len > 0)
      wake_worker();
    rt_unlock();
  }
  bool others_wait = __atomic_load_n(&runq_len, __ATOMIC_RELAXED) > 0 ||
                     __atomic_load_n(&nrunnext, __ATOMIC_RELAXED) > 0;
  int n = __atomic_load_n(&nworkers, __ATOMIC_ACQUIRE);
  Worker **all = __atomic_load_n(&workers, __ATOMIC_ACQUIRE);
  for (int i = 0; i < n; i++) {
    Worker *w = all[i];
    uint64_t switches = __atomic_load_n(&w->switches, __ATOMIC_RELAXED);
    if (switches != w->seen_switches || !__atomic_load_n(&w->on_goroutine, __ATOMIC_RELAXED) ||
        __atomic_load_n(&w->in_syscall, __ATOMIC_RELAXED)) {
      w->seen_switches = switches;
      w->seen_at = now;
    } else if (others_wait && now - w->seen_at >= FORCE_PREEMPT_NS) {
      __atomic_store_n(&w->preempt_req, switches + 1, __ATOMIC_RELAXED);
      preempt(w->thread);
      w->seen_at = now;
    }
  }
}

// In the preemption signal's handler, on the worker it interrupted: sysmon
// asked to preempt the goroutine running here now (not one before it).
bool rt_sched_preempt_wanted(void) {
  Worker *w = self;
  return w && curg &&
         __atomic_load_n(&w->preempt_req, __ATOMIC_RELAXED) ==
             __atomic_load_n(&w->switches, __ATOMIC_RELAXED) + 1;
}

// Read without the lock: sync's procPin asks at every Pool operation.
int64_t rt_sched_nprocs(void) { return __atomic_load_n(&nprocs, __ATOMIC_RELAXED); }

// runtime.GOMAXPROCS(n): n > 0 changes the number of workers that run
// goroutines; the previous number is returned.
int64_t rt_sched_set_nprocs(int64_t n) {
  rt_lock();
  int64_t prev = nprocs;
  if (n > 0) {
    __atomic_store_n(&nprocs, n > 1024 ? 1024 : (int)n, __ATOMIC_RELAXED);
    add_capacity();
  }
  rt_unlock();
  return prev;
}

static int initial_procs(void) {
  const char *s = getenv("GOMAXPROCS");
  int n = s ? atoi(s) : 0;
  if (n <= 0)
    n = (int)sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? n : 1;
}

static void (*main_entry)(void);

static void run_main_fv(void *fv) {
  (void)fv;
  main_entry();
}

static void *main_fv[1] = {(void *)run_main_fv};

// C main's thread becomes worker 0; goroutine 1 runs main_fn.
_Noreturn void rt_sched_main(void (*main_fn)(void)) {
  pthread_condattr_t ca;
  pthread_condattr_init(&ca);
  pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
  pthread_cond_init(&idle_cond, &ca);
  prev_push_roots = GC_get_push_other_roots();
  GC_set_push_other_roots(push_parked_stacks);
  main_entry = main_fn;
  rt_preempt_init();
  nprocs = initial_procs();
  static Worker w0;
  worker_init(&w0);
  rt_stack_main(&rt_main_g);
  rt_lock();
  add_worker(&w0);
  rt_sched_go(&rt_main_g, main_fv);
  for (int i = 1; i < nprocs; i++)
    start_worker();
  schedule(&w0);
}
