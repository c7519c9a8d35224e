// rt_sched.h — what goroutine.c, chan.c and sync.c share: the scheduler
// lock, parking a goroutine (with deadlock detection), waking it, and
// semaphore queues keyed by address.
#ifndef ESCGO_RT_SCHED_H
#define ESCGO_RT_SCHED_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

typedef struct RtG {
  int64_t id;
  pthread_cond_t cond;
  bool ready;
  const char *reason;     // gc's wait reason while parked: "chan receive"
  uintptr_t created_pc;   // where the go statement that started it returns to (traceback.c)
  uintptr_t park_fp;      // rt_park's frame while parked: where its traceback starts
  struct RtG *next, *prev;   // the live goroutines, oldest first (deadlock lists them)
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

typedef struct RtSemWaiter {
  RtG *g;
  const void *addr;
  struct RtSemWaiter *next;
} RtSemWaiter;
void rt_sem_wait(const void *addr, const char *reason);   // lock held: queue and park
bool rt_sem_wake(const void *addr);                       // lock held: ready the oldest waiter

#endif
