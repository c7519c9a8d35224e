// sched.c — the M:N scheduler: goroutines run on worker threads.
//
// GOMAXPROCS workers (the environment variable, else the number of CPUs)
// take runnable goroutines from their runnext slot, their local queue and
// one global FIFO run queue, all under the scheduler lock (rt_lock), which
// sync parks under too; channels have locks of their own (chan.c). An idle
// worker takes another's runnext or local queue only when it has waited
// there a few microseconds (find_work, docs/scheduler.md). Each worker has
// a scheduler context, g0, on its own thread stack. A goroutine that parks,
// yields or ends switches straight to the next goroutine its worker can run,
// or to g0 when there is none: g0 spins, sleeps and retires surplus workers.
//
// A switch starts with the scheduler lock held (the next goroutine is
// picked under it), and the context that resumes holds no lock. A goroutine
// must not be resumed before its context is saved, so whatever lock its
// waker needs is held until the switch is done and released by the context
// that resumes (after_switch): a channel's lock when it parks on a channel
// (then the scheduler lock goes before the switch), else the scheduler
// lock (switch_to).
//
// The collector (bdwgc) must see every stack. Inside a switch, where the
// collector never stops a worker (switch_begin), the worker tells bdwgc its
// new stack bottom (GC_set_stackbottom), so a stopped thread is always
// scanned from its stack pointer to the bottom of the stack that pointer
// is in. The stacks that are not running are pushed by a callback
// (GC_set_push_other_roots) from the goroutine list, whose saved stack
// pointers and on_cpu flags change only inside a switch too (the list's
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
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum {
  SPAWN_BACKLOG = 256,   // runnable goroutines per worker before a go statement yields
  SPIN_NS = 20000,       // how long an idle worker looks for work before it sleeps
  STEAL_AFTER_NS = 3000, // how long another worker's runnext is left to it (gc: usleep(3))
  SPIN_PAUSES_PER_LOOK = 8,
  FAIRNESS_TICK = 61,    // every 61st pick takes the run queue's head first, as gc's schedule does
  FORCE_PREEMPT_NS = 10000000,   // gc's forcePreemptNS: 10 ms on a worker while others wait
};

// A FIFO of runnable goroutines, linked by schednext, under the scheduler
// lock; len is also read without it (spinners poll it).
typedef struct RunQ {
  RtG *head, *tail;
  int64_t len;
} RunQ;

typedef struct Worker {
  RtG g0;                 // the scheduler's context, on the thread's stack
  void *gc_handle;        // for GC_set_stackbottom
  RtG *dead;              // a goroutine that ended: freed once off its stack
  RtG *runnext;           // readied or started by the goroutine running here: runs next here
  RunQ local;             // the runnexts it displaced: run here unless they wait (steal_local)
  uint32_t schedtick;     // goroutines this worker has run
  // Set by a goroutine that parks holding a channel's lock: called by the
  // next context to run here, once the parked one's registers are saved.
  void (*unlockf)(void *);
  void *unlock_arg;
  pthread_t thread;       // for the preemption signal
  // Written by switch_to and rt_entersyscall, read by sysmon without the
  // lock (atomics): has the same goroutine run here since seen_at?
  uint64_t switches;      // contexts this worker has switched to
  bool on_goroutine;      // not on g0
  bool in_syscall;        // a blocking system call: its goroutine runs no Go code
  uint64_t seen_switches; // sysmon's: switches at its last look, and since when
  int64_t seen_at;
  uint64_t preempt_req;   // switches + 1 when sysmon asked this worker to preempt
  bool in_switch;         // between switch_begin and switch_end (the collector waits)
} Worker;

// A spinning lock (lock.c): it is held for a few hundred instructions, and
// a worker that slept in the kernel whenever it found it taken (glibc's
// adaptive mutex gives up spinning soon) spent a fifth of a busy two-worker
// profile in futex calls. Alone in its cache line: the variables next to it
// in .data are written without it, and every write there took the line
// away from its holder.
static union {
  RtMutex m;
  char line[64];
} sched_lock_line __attribute__((aligned(64)));
#define sched_lock (sched_lock_line.m)
static RtCond idle_cond;
static RunQ runq;                   // the global queue: yields, timers, new work from g0
static int64_t nlocal;              // goroutines in the workers' local queues
static int nidle, nwaking;          // workers waiting; woken and not yet running
static int nspinning;               // idle workers polling the run queue (spin_for_work)
static int nworkers, nsyscall;
static int nretired, unretire_tokens; // workers asleep in retire_while_surplus; wake-ups owed them
static RtCond retire_cond;
static Worker **workers;            // every worker (malloc; sysmon reads it unlocked)
static int64_t nrunnext;            // workers whose runnext is set (spinners read it unlocked)
static int nprocs;                  // the number of workers wanted

static __thread Worker *self __attribute__((tls_model("initial-exec")));
static __thread RtG *curg __attribute__((tls_model("initial-exec")));

RtG rt_main_g = {.id = 1, .status = G_RUNNING};

// Never inlined where a switch may happen in between: the thread may change.
__attribute__((noinline)) RtG *rt_getg(void) { return curg ? curg : &rt_main_g; }

void rt_lock(void) { rt_mutex_lock(&sched_lock); }
void rt_unlock(void) { rt_mutex_unlock(&sched_lock); }

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

static void unlock_sched(void *unused) {
  (void)unused;
  rt_unlock();
}

// After every switch, in the context that resumed, on the worker that
// resumed it: the goroutine that left is saved now. If it ended, it can be
// freed; whatever lock kept others from resuming it too soon can go (the
// scheduler lock, or a channel's: switch_to). Not inlined: the thread is
// read afresh from %fs.
static void release_parked(Worker *w) {
  if (w->unlockf) {
    void (*f)(void *) = w->unlockf;
    w->unlockf = NULL;
    f(w->unlock_arg);
  }
}

static __attribute__((noinline)) void after_switch(void) {
  Worker *w = self;
  if (w->dead) {   // the scheduler lock is held: an ended goroutine keeps it
    rt_free_g(w->dead);
    w->dead = NULL;
  }
  release_parked(w);
}

// ---- the collector and the switch. bdwgc scans a running thread's stack
// from its stack pointer to the bottom GC_set_stackbottom gave it: a worker
// stopped between setting the new stack's bottom and moving onto that
// stack would be scanned over a range that is no stack at all. The
// collector must not stop a worker there; workers switch all the time, two
// at once on different stacks, and must not wait for each other. So each
// worker says when it is inside a switch (in_switch), and the collector,
// before it stops the world, raises gc_stopping and waits for every worker
// to be outside one; a worker that finds gc_stopping raised waits for the
// world to start again (it is stopped, consistent, meanwhile). Both sides
// store, then read the other's word, in one total order (seq_cst):
// at least one of them sees the other. (Taking bdwgc's allocation lock
// around each switch did this too, at the cost of a lock every worker
// contended for: a tenth of a worker pool's time.)
static bool gc_stopping;

static void switch_begin(Worker *w) {
  if (__sanitizer_start_switch_fiber) {   // -asan: the collector is off; the fake-stack
    GC_alloc_lock();                      // pool (asan_save_slot) is kept under this lock
    return;
  }
  for (;;) {
    __atomic_store_n(&w->in_switch, true, __ATOMIC_SEQ_CST);
    if (!__atomic_load_n(&gc_stopping, __ATOMIC_SEQ_CST))
      return;
    __atomic_store_n(&w->in_switch, false, __ATOMIC_SEQ_CST);
    while (__atomic_load_n(&gc_stopping, __ATOMIC_ACQUIRE))
      __builtin_ia32_pause();
  }
}

// In the context that resumed, on the worker that resumed it.
static void switch_end(void) {
  if (__sanitizer_start_switch_fiber) {
    GC_alloc_unlock();
    return;
  }
  __atomic_store_n(&self->in_switch, false, __ATOMIC_RELEASE);
}

// gcenv.c's collection events: before bdwgc stops the world, and once it
// has started it again.
void rt_sched_world_stopping(void) {
  __atomic_store_n(&gc_stopping, true, __ATOMIC_SEQ_CST);
  int n = __atomic_load_n(&nworkers, __ATOMIC_ACQUIRE);
  Worker **all = __atomic_load_n(&workers, __ATOMIC_ACQUIRE);
  for (int i = 0; i < n; i++)
    while (__atomic_load_n(&all[i]->in_switch, __ATOMIC_SEQ_CST))
      __builtin_ia32_pause();
}

void rt_sched_world_started(void) { __atomic_store_n(&gc_stopping, false, __ATOMIC_RELEASE); }

// With the scheduler lock held: save the running context in from, run to.
// Returns, no lock held, when some worker switches back to from.
//
// Nobody may resume from before its registers are saved. A goroutine that
// parks on a channel is safe once it is off the channel's queue's lock
// (w->unlockf releases that after the switch), and g0 is resumed only by
// its own worker: then the scheduler lock goes now, and the two workers
// switch at the same time. Any other from (a yield, a sleep, a semaphore's
// waiter, an ended goroutine) can be found by another worker under the
// scheduler lock, which is then held until to's after_switch.
static void switch_to(RtG *from, RtG *to) {
  Worker *w = self;
  if (w->unlockf || from == &w->g0)
    rt_unlock();
  else
    w->unlockf = unlock_sched;
  switch_begin(w);
  struct GC_stack_base sb = {.mem_base = (void *)to->stack_hi};
  GC_set_stackbottom(w->gc_handle, &sb);
  if (from->status == G_DEAD)   // its stack is not to be scanned from here on
    rt_unlink_g_in_switch(from);
  from->on_cpu = false;
  to->on_cpu = true;
  curg = to == &w->g0 ? NULL : to;
  __atomic_store_n(&w->on_goroutine, curg != NULL, __ATOMIC_RELAXED);
  __atomic_store_n(&w->switches, w->switches + 1, __ATOMIC_RELAXED);
  rt_set_stack_limit(to->stack_limit);
  asan_start(from, to);
  rt_ctx_switch(&from->sp, to->sp);
  asan_finish(from->asan_fake);
  switch_end();
  after_switch();
}

// The first thing a new goroutine runs (ctxswitch.S's rt_ctx_entry): the
// switch into it is not over yet (switch_end), and maybe left a lock held.
_Noreturn void rt_goroutine_main(void *fv, RtG *g) {
  (void)g;
  asan_finish(asan_reuse());   // (under -asan the pool is under bdwgc's lock still)
  switch_end();
  after_switch();
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

static void q_put(RunQ *q, RtG *g) {
  g->schednext = NULL;
  if (q->tail)
    q->tail->schednext = g;
  else
    q->head = g;
  q->tail = g;
  __atomic_store_n(&q->len, q->len + 1, __ATOMIC_RELAXED);
}

static RtG *q_get(RunQ *q) {
  RtG *g = q->head;
  if (g) {
    q->head = g->schednext;
    if (!q->head)
      q->tail = NULL;
    __atomic_store_n(&q->len, q->len - 1, __ATOMIC_RELAXED);
  }
  return g;
}

static void runq_put(RtG *g) { q_put(&runq, g); }
static RtG *runq_get(void) { return q_get(&runq); }

static void local_put(Worker *w, RtG *g) {
  q_put(&w->local, g);
  __atomic_store_n(&nlocal, nlocal + 1, __ATOMIC_RELAXED);
}

static RtG *local_get(Worker *w) {
  RtG *g = q_get(&w->local);
  if (g)
    __atomic_store_n(&nlocal, nlocal - 1, __ATOMIC_RELAXED);
  return g;
}

// A worker that stops running goroutines (a system call, retirement)
// leaves its runnext and local queue to the others.
static void give_back_local(Worker *w);

// One idle worker is woken at a time: it takes the work or waits again.
// None while one spins: that one will see the work (as gc's wakep leaves
// it to a spinning M).
static void wake_worker(void) {
  if (nspinning == 0 && nidle > nwaking) {
    nwaking++;
    rt_cond_signal(&idle_cond);
  }
}

// Like gc's runnext: a goroutine readied (or started) by the goroutine
// running on this worker runs here next, when the current one parks —
// a ping-pong over a channel stays on one thread instead of waking another
// for every message. The one it displaces goes to this worker's local
// queue. Another worker takes from those only after they have waited
// STEAL_AFTER_NS (spin_for_work), in case this one gets to them first.
void rt_make_runnable(RtG *g) {
  g->status = G_RUNNABLE;
  Worker *w = self;
  if (w && curg) {
    RtG *old = w->runnext;
    w->runnext = g;
    if (old)
      local_put(w, old);
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

// Half of the longest local queue (at least one goroutine), as gc's
// runqsteal: the rest moves to thief's queue, the first is returned.
static RtG *steal_local(Worker *thief) {
  Worker *victim = NULL;
  for (int i = 0; i < nworkers; i++)
    if (workers[i] != thief && (!victim || workers[i]->local.len > victim->local.len))
      victim = workers[i];
  if (!victim || victim->local.len == 0)
    return NULL;
  int64_t n = (victim->local.len + 1) / 2;
  RtG *first = local_get(victim);
  while (--n > 0)
    local_put(thief, local_get(victim));
  return first;
}

static void give_back_local(Worker *w) {
  RtG *g = take_runnext(w);
  if (g)
    runq_put(g);
  while ((g = local_get(w)))
    runq_put(g);
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
// worker can run at once (its runnext or a queue's head: one switch,
// not two through g0), else to g0, which spins or sleeps until there is.
// Entered with the scheduler lock held, left with no lock held.
static void leave_cpu(RtG *g) {
  Worker *w = self;
  RtG *next = pick_here(w);
  if (next == g) {   // a yield with nothing else to run: go on
    g->status = G_RUNNING;
    rt_unlock();
    release_parked(w);
  } else if (next)
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

// The scheduler lock is released before the switch (switch_to), the
// caller's locks after it, by unlockf (chan.c), which may read what the
// goroutine left on its stack (a select's list of channels): once it has
// released one lock the goroutine may be readied and resumed elsewhere, so
// it reads each entry before releasing that entry's lock (the resumed
// select waits for all of them before it changes anything).
void rt_park_current_unlocking(const char *reason, int status, void (*unlockf)(void *),
                               void *arg) {
  Worker *w = self;
  w->unlockf = unlockf;
  w->unlock_arg = arg;
  rt_park_current(reason, status);
}

void rt_sleep_until(int64_t when) {
  rt_lock();
  RtG *g = rt_getg();
  g->wake_at = when;
  timer_push(g);
  if (timers[0] == g)   // idle workers wait for an earlier deadline now
    wake_worker();
  rt_park_current("sleep", G_WAITING);
}

void rt_yield(void) {
  rt_lock();
  RtG *g = rt_getg();
  g->status = G_RUNNABLE;
  runq_put(g);
  rt_park_current(NULL, G_RUNNABLE);
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
bool rt_sched_backlogged(void) { return runq.len + nlocal > SPAWN_BACKLOG * (int64_t)nprocs; }

// ---------------------------------------------------------------- workers

static void wait_for_work(void) {
  nidle++;
  rt_cond_wait(&idle_cond, &sched_lock, ntimers ? timers[0]->wake_at : 0);
  nidle--;
  if (nwaking > 0)
    nwaking--;
}

// An idle worker polls the run queues for a while, the lock released,
// before it sleeps: a go statement or a wake-up that comes soon (a
// goroutine readying its partner) then costs no futex wake-up and no
// thread switch in the kernel. One worker spins at a time, like gc's
// spinning M. Work it could take from another worker (its runnext or local
// queue) it leaves there for STEAL_AFTER_NS first: goroutines that hand
// each other values run fastest on one thread, and moving them to another
// makes both threads fight over the same channels. Returns with the lock
// held; true if there is work to take.
static bool spin_for_work(void) {
  if (nspinning > 0)
    return false;
  nspinning++;
  rt_unlock();
  int64_t now = rt_nanotime(), until = now + SPIN_NS, seen = 0;
  for (int i = 1; !__atomic_load_n(&runq.len, __ATOMIC_RELAXED); i++) {
    bool others = __atomic_load_n(&nrunnext, __ATOMIC_RELAXED) > 0 ||
                  __atomic_load_n(&nlocal, __ATOMIC_RELAXED) > 0;
    if (i % 8 == 0 || others)
      now = rt_nanotime();
    if (!others) {
      seen = 0;
      if (now >= until)
        break;
    } else if (!seen) {
      seen = now;
    } else if (now - seen >= STEAL_AFTER_NS) {
      break;
    }
    // Each look takes the counters' cache line from the worker that writes
    // them at every hand-off: look every few hundred nanoseconds, not at
    // every pause.
    for (int k = 0; k < SPIN_PAUSES_PER_LOOK; k++)
      __builtin_ia32_pause();
  }
  rt_lock();
  nspinning--;
  return runq.len > 0 || nrunnext > 0 || nlocal > 0;
}

// Workers running goroutines (not in a system call, not retired).
static int active_workers(void) { return nworkers - nsyscall - nretired; }

// More workers than GOMAXPROCS run goroutines (one came back from a
// system call, or runtime.GOMAXPROCS lowered the number): w sleeps until
// add_capacity needs it again, as gc's surplus Ms stop.
static void retire_while_surplus(Worker *w) {
  while (active_workers() > nprocs) {
    give_back_local(w);
    if (runq.len > 0)
      wake_worker();   // the others may all be asleep: the queue must not wait for w
    nretired++;
    while (!unretire_tokens)
      rt_cond_wait(&retire_cond, &sched_lock, 0);
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
      rt_cond_signal(&retire_cond);
    } else {
      start_worker();
    }
  }
}

// A goroutine worker w can run without waiting: its own runnext, its local
// queue's head or the run queue's head. NULL also when w is one worker too many (g0 retires it).
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
    g = local_get(w);
  if (!g)
    g = runq_get();
  return g;
}

// The next goroutine for worker w: its own runnext or queue, the run
// queue's head, or, after spinning, half of another worker's local queue or
// its runnext. NULL: sleep.
static RtG *find_work(Worker *w) {
  for (;;) {
    retire_while_surplus(w);
    RtG *g = pick_here(w);
    if (g)
      return g;
    if (!spin_for_work())
      return NULL;
    if ((g = runq_get()) || (g = steal_local(w)) || (g = steal_runnext()))
      return g;
  }
}

static void run_goroutine(Worker *w, RtG *from, RtG *g) {
  if (runq.len > 0 || w->local.len > 0)   // more than this worker can take: another may help
    wake_worker();
  g->status = G_RUNNING;
  switch_to(from, g);
}

// A worker back on g0 still has in its vector registers whatever its last
// goroutine left there (say a 16-byte copy of a closure and the pointer it
// captured). bdwgc stops a thread with a signal, the kernel saves every
// register, the vector ones too, in the signal frame on the thread's
// stack, and the collector scans that frame conservatively: an object the
// program has dropped would live as long as the worker sleeps (gc's
// test/deferfin.go missed one finalizer in about 60 runs of 100, 0 of 100
// with this). So g0 zeroes them before it looks for work. The general
// registers need nothing: g0's own code overwrites the caller-saved ones,
// and the switch restored its callee-saved ones.
static void clear_vector_registers(void) {
#if defined(__x86_64__)
  static int avx = -1;
  if (avx < 0)
    avx = __builtin_cpu_supports("avx");
  if (avx)
    __asm__ volatile("vzeroall" ::: "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6",
                     "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
  else
    __asm__ volatile("pxor %%xmm0, %%xmm0\n pxor %%xmm1, %%xmm1\n pxor %%xmm2, %%xmm2\n"
                     "pxor %%xmm3, %%xmm3\n pxor %%xmm4, %%xmm4\n pxor %%xmm5, %%xmm5\n"
                     "pxor %%xmm6, %%xmm6\n pxor %%xmm7, %%xmm7\n pxor %%xmm8, %%xmm8\n"
                     "pxor %%xmm9, %%xmm9\n pxor %%xmm10, %%xmm10\n pxor %%xmm11, %%xmm11\n"
                     "pxor %%xmm12, %%xmm12\n pxor %%xmm13, %%xmm13\n pxor %%xmm14, %%xmm14\n"
                     "pxor %%xmm15, %%xmm15"
                     ::: "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8",
                     "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
#endif
}

// g0's loop, with the scheduler lock held (a switch returns without it).
static _Noreturn void schedule(Worker *w) {
  for (;;) {
    clear_vector_registers();
    RtG *g = find_work(w);
    if (g) {
      run_goroutine(w, &w->g0, g);
      rt_lock();
    } else {
      wait_for_work();
    }
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
  give_back_local(self);   // they must not wait for the system call
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
    if (runq.len > 0)
      wake_worker();
    rt_unlock();
  }
  bool others_wait = __atomic_load_n(&runq.len, __ATOMIC_RELAXED) > 0 ||
                     __atomic_load_n(&nrunnext, __ATOMIC_RELAXED) > 0 ||
                     __atomic_load_n(&nlocal, __ATOMIC_RELAXED) > 0;
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

// gc's ncpu: the CPUs the process may run on at start (its affinity mask),
// runtime.NumCPU's answer and GOMAXPROCS's default.
static int32_t ncpu;

static int32_t count_cpus(void) {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
    return CPU_COUNT(&set);
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (int32_t)n : 1;
}

int32_t escgo_runtime_ncpu(void) { return ncpu; }

static int initial_procs(void) {
  ncpu = count_cpus();
  const char *s = getenv("GOMAXPROCS");
  int n = s ? atoi(s) : 0;
  return n > 0 ? n : ncpu;
}

static void (*main_entry)(void);

static void run_main_fv(void *fv) {
  (void)fv;
  main_entry();
}

static void *main_fv[1] = {(void *)run_main_fv};

// C main's thread becomes worker 0; goroutine 1 runs main_fn.
_Noreturn void rt_sched_main(void (*main_fn)(void)) {
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
