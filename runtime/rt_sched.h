// rt_sched.h — what the scheduler's files (sched.c, goroutine.c, stack.c)
// share with chan.c, sema.c, gohooks.c, defer.c and traceback.c: the
// goroutine record, the scheduler lock, parking a goroutine (with deadlock
// detection), waking it, and semaphore queues keyed by address.
//
// Goroutines are user-level tasks (M:N): each has its own stack (stack.c)
// and runs on one of GOMAXPROCS worker threads (sched.c), switched by
// rt_ctx_switch (ctxswitch.S). A goroutine may resume on another thread
// than the one it parked on: per-goroutine state lives here, never in
// thread-local variables, and a C function that may park must not keep a
// thread-local value across the call.
#ifndef ESCGO_RT_SCHED_H
#define ESCGO_RT_SCHED_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

enum { G_RUNNABLE, G_RUNNING, G_WAITING, G_DEAD };

typedef struct RtG {
  int64_t id;
  int status;
  bool on_cpu;            // running on a worker: bdwgc scans it as that thread's stack
  const char *reason;     // gc's wait reason while parked: "chan receive"
  uintptr_t created_pc;   // where the go statement that started it returns to (traceback.c)
  uintptr_t park_fp;      // rt_park's frame while parked: where its traceback starts
  struct RtG *next, *prev;   // the live goroutines, oldest first (deadlock lists them)
  // The context: the saved stack pointer while not running, the stack's
  // bounds and the limit a split-stack prologue checks (0: no check).
  uintptr_t sp, stack_lo, stack_hi, stack_limit;
  struct RtG *schednext;  // the run queue
  int64_t wake_at;        // time.Sleep: when (CLOCK_MONOTONIC ns)
  void *asan_fake;        // AddressSanitizer's fake stack while switched out
  // defer.c's state: the newest DeferFrame, the running panics, the panic
  // whose deferred call may recover.
  void *defer_top, *panics, *armed;
  bool panic_on_fault;    // runtime/debug.SetPanicOnFault (signals.c)
} RtG;

RtG *rt_getg(void);
// traceback.c: "goroutine N [status]:" and g's frames, from pc/fp (0, 0:
// from the caller, for the current goroutine).
void rt_traceback_g(RtG *g, const char *status, uintptr_t pc, uintptr_t fp);
void rt_lock(void);
void rt_unlock(void);
// With the lock held: sleep until rt_ready(g); the lock is held again on
// return. If every goroutine is then asleep the program dies like gc's
// "fatal error: all goroutines are asleep - deadlock!" (exit 2).
void rt_park(const char *reason);
void rt_ready(RtG *g);     // with the lock held

// A channel's lock and the scheduler's (lock.c): a spin lock. A channel's
// is taken by a goroutine, possibly held across its park and then released
// by the worker it parked on (rt_park_unlocking).
// Order: a channel's lock before the scheduler lock, never the other way;
// several channels' locks (a select) in address order.
typedef struct { uint32_t state; } RtMutex;
void rt_mutex_lock_slow(RtMutex *m);
static inline void rt_mutex_lock(RtMutex *m) {
  uint32_t free = 0;
  if (!__atomic_compare_exchange_n(&m->state, &free, 1, false, __ATOMIC_ACQUIRE,
                                   __ATOMIC_RELAXED))
    rt_mutex_lock_slow(m);
}
static inline void rt_mutex_unlock(RtMutex *m) { __atomic_store_n(&m->state, 0, __ATOMIC_RELEASE); }
// Sleeping with an RtMutex released (the scheduler lock): until a signal,
// or until deadline (CLOCK_MONOTONIC ns; 0: none); maybe sooner.
typedef struct { uint32_t seq; } RtCond;
void rt_cond_wait(RtCond *c, RtMutex *m, int64_t deadline);
void rt_cond_signal(RtCond *c);   // wakes one sleeper, if any
// Called with the caller's own locks held (a channel's, not the scheduler
// lock): park like rt_park, and have unlockf(arg) release those locks once
// the goroutine's context is saved, on its worker, before anything else
// runs there — so nobody that needs them can ready it half-switched. Returns
// with no lock held.
void rt_park_unlocking(const char *reason, void (*unlockf)(void *), void *arg);

typedef struct RtSemWaiter {
  RtG *g;
  const void *addr;
  struct RtSemWaiter *next;
} RtSemWaiter;
void rt_sem_wait(const void *addr, const char *reason);   // lock held: queue and park
void rt_sem_wait_at(const void *addr, const char *reason, bool lifo);   // lifo: queue first
bool rt_sem_wake(const void *addr);                       // lock held: ready the oldest waiter

// ---- sched.c: the workers.
// Runs main_fn on goroutine 1 (stack from rt_stack_main) and never returns.
_Noreturn void rt_sched_main(void (*main_fn)(void));
// gcenv.c's collection events: no worker may be stopped inside a switch.
void rt_sched_world_stopping(void);   // bdwgc is about to stop the world
void rt_sched_world_started(void);    // ... and has started it again
void rt_sched_go(RtG *g, void *fv);       // lock held: g's context is new; queue it
void rt_make_runnable(RtG *g);            // lock held: queue g, wake an idle worker
// Lock held: switch to the next goroutine until g is made runnable
// (status G_WAITING) or at once (G_RUNNABLE, already queued). Returns with
// no lock held.
void rt_park_current(const char *reason, int status);
// The same, and once off the goroutine's stack the worker calls unlockf(arg).
void rt_park_current_unlocking(const char *reason, int status, void (*unlockf)(void *),
                               void *arg);
void rt_yield(void);                      // runtime.Gosched
bool rt_sched_backlogged(void);           // lock held: the go statement should yield
void rt_sleep_until(int64_t when);        // time.Sleep: park without counting as blocked
_Noreturn void rt_block_forever(void);    // a second fatal panic waits for the first
_Noreturn void rt_goexit0(void);          // the goroutine ends (lock held)
int64_t rt_nanotime(void);
// A system call that may block (a read from a pipe): the worker's place is
// handed to another thread until it returns, as gc's entersyscall does.
void rt_entersyscall(void);
void rt_exitsyscall(void);
int64_t rt_sched_nprocs(void);             // GOMAXPROCS: the number of workers wanted, lock-free
int64_t rt_gomaxprocs(void);               // runtime.GOMAXPROCS(0), lock-free (goroutine.c)
int64_t rt_sched_set_nprocs(int64_t n);    // runtime.GOMAXPROCS(n)
// Preemption (preempt.c asks, sched.c knows who runs where).
void rt_sched_sysmon_tick(void (*preempt)(pthread_t thread));
bool rt_sched_preempt_wanted(void);       // in the signal handler: preempt what runs here
void rt_preempt_init(void);               // preempt.c: the signal handler and sysmon
// A preemption the signal could not make at once (the goroutine was in the
// runtime's C code) is left in the thread's stack limit word: the next Go
// function's split-stack prologue calls __morestack, which sees this value
// and calls rt_preempt_at_call; so does the allocator (alloc.c) on its way
// back to Go code. gc poisons its stack guard the same way.
enum { STACK_LIMIT_PREEMPT = -1 };
void rt_preempt_at_call(void);
static inline bool rt_preempt_pending(void) {
  intptr_t limit;
  __asm__("movq %%fs:0x70, %0" : "=r"(limit));
  return limit == STACK_LIMIT_PREEMPT;
}

// ---- goroutine.c: called by sched.c.
void rt_goroutine_end(void);              // lock held: count it out, or report a deadlock
void rt_unlink_g_in_switch(RtG *g);       // inside a switch: off the list of live goroutines
void rt_free_g(RtG *g);                   // after g's last switch
RtG *rt_go_system(void *fv);              // lock held: the finalizer goroutine (finalizer.c)

// ---- stack.c: goroutine stacks.
// A goroutine stack: STACK_SLOT bytes of address space, committed as they
// are touched; a split-stack prologue stops a frame STACK_SLACK above the
// bottom, which leaves the overflow report room to run.
enum { STACK_SLOT = 64 << 20, STACK_SLACK = 2 << 20 };
void rt_stack_alloc(RtG *g);              // sets g->stack_lo/hi/limit
void rt_stack_free(RtG *g);
void rt_stack_main(RtG *g);               // goroutine 1: 1 GiB with a guard page
void rt_stack_init_ctx(RtG *g, void *fv); // a new context that starts in rt_goroutine_main
void rt_set_stack_limit(uintptr_t limit); // %fs:0x70, what the prologue compares with

// ---- ctxswitch.S: save the running context's stack pointer in *save, resume sp.
void rt_ctx_switch(uintptr_t *save, uintptr_t sp);

#endif
