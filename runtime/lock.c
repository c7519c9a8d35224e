// lock.c — RtMutex, the lock of each channel and the scheduler lock
// (rt_sched.h), and RtCond, what idle workers sleep on with the scheduler
// lock released.
//
// RtMutex is a spin lock: one compare-and-swap to take it when free
// (rt_mutex_lock, inline), a plain store to release it. A worker that finds
// it taken spins with `pause`, giving its CPU away (sched_yield) between
// rounds, and never sleeps in the kernel: its critical sections are a few
// dozen instructions, a few hundred when a goroutine parks on a channel
// (held across the switch). Measured on bench/programs/goroutines with two
// workers: glibc's adaptive mutex, and a futex lock that slept after
// spinning (as gc's lock_futex.go), made hand-offs between the workers
// futex calls, and replacing the second by this one made PingPong 24% and
// WorkerPool 25% faster (docs/scheduler.md).
#define _GNU_SOURCE
#include "rt_sched.h"

#include <linux/futex.h>
#include <sched.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

enum {
  SPIN_ROUNDS = 4,     // rounds of pause before the CPU is offered to the holder
  SPIN_PAUSES = 30,    // pauses per round (gc: active_spin, active_spin_cnt)
};

// Takes the lock if it is free: true when taken.
static bool try_take(RtMutex *m) {
  uint32_t free = 0;
  return __atomic_compare_exchange_n(&m->state, &free, 1, false, __ATOMIC_ACQUIRE,
                                     __ATOMIC_RELAXED);
}

void rt_mutex_lock_slow(RtMutex *m) {
  for (;;) {
    for (int round = 0; round < SPIN_ROUNDS; round++) {
      for (int i = 0; i < SPIN_PAUSES; i++) {
        if (__atomic_load_n(&m->state, __ATOMIC_RELAXED) == 0 && try_take(m))
          return;
        __builtin_ia32_pause();
      }
    }
    sched_yield();   // the holder may be waiting for this CPU
  }
}

// ---------------------------------------------------------------- RtCond

// The waiter reads the sequence number before it releases the lock, and a
// signal (made with the lock held) changes it, so a signal between the
// release and the sleep makes the sleep return at once: none is lost.
// Spurious wake-ups happen; the callers look again.
void rt_cond_wait(RtCond *c, RtMutex *m, int64_t deadline) {
  uint32_t seq = __atomic_load_n(&c->seq, __ATOMIC_RELAXED);
  struct timespec ts, *timeout = NULL;
  if (deadline > 0) {
    int64_t ns = deadline - rt_nanotime();
    if (ns <= 0)
      return;
    ts = (struct timespec){ns / 1000000000, ns % 1000000000};
    timeout = &ts;
  }
  rt_mutex_unlock(m);
  syscall(SYS_futex, &c->seq, FUTEX_WAIT_PRIVATE, seq, timeout, NULL, 0);
  rt_mutex_lock(m);
}

void rt_cond_signal(RtCond *c) {
  __atomic_fetch_add(&c->seq, 1, __ATOMIC_RELAXED);
  syscall(SYS_futex, &c->seq, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}
