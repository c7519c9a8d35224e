// sema.c — the semaphores and notify lists package sync is built on (gc's
// runtime/sema.go does this job for gc). sync compiles from Go's source:
// Mutex, RWMutex and WaitGroup count in their own words with atomics and
// call here only to sleep or to wake a sleeper; Cond waits on a notify list.
//
// Everything here runs under the scheduler lock (rt_sched.h), so a waiter
// is queued and parked in one step that no release can slip between, and a
// goroutine that waits forever counts toward the deadlock report
// ("fatal error: all goroutines are asleep - deadlock!"), as under gc.
// Sleepers queue on the semaphore's address (goroutine.c's table).
#include "rt_internal.h"
#include "rt_sched.h"

// Takes one unit of *addr if there is one.
static bool cansemacquire(uint32_t *addr) {
  uint32_t v = __atomic_load_n(addr, __ATOMIC_SEQ_CST);
  while (v > 0)
    if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
      return true;
  return false;
}

// Waits until *addr > 0 and decrements it. A release that finds a waiter
// hands its unit to that waiter instead of adding it to *addr, so a woken
// waiter returns at once. gc 1.19 parks every semaphore waiter with the
// reason "semacquire" (Mutex and RWMutex waiters too).
static void semacquire(uint32_t *addr, bool lifo) {
  if (cansemacquire(addr))
    return;
  rt_lock();
  if (!cansemacquire(addr))
    rt_sem_wait_at(addr, "semacquire", lifo);
  rt_unlock();
}

void escgo_sync_Semacquire(uint32_t *addr) { semacquire(addr, false); }

void escgo_sync_SemacquireMutex(uint32_t *addr, uint8_t lifo, int64_t skipframes) {
  (void)skipframes;   // for gc's mutex profile
  semacquire(addr, lifo);
}

// handoff asks gc's scheduler to run the woken waiter at once; here it is
// queued like any woken goroutine.
void escgo_sync_Semrelease(uint32_t *addr, uint8_t handoff, int64_t skipframes) {
  (void)handoff, (void)skipframes;
  rt_lock();
  if (!rt_sem_wake(addr))
    __atomic_add_fetch(addr, 1, __ATOMIC_SEQ_CST);
  rt_unlock();
}

// ---------------------------------------------------------------- notify lists
//
// A Cond's waiters take tickets in order (Add), then sleep until their
// ticket is notified (Wait): NotifyOne notifies the oldest ticket not yet
// notified, NotifyAll every ticket taken. A ticket notified before its
// holder sleeps makes Wait return at once. sync's notifyList (runtime2.go)
// has gc's layout; its lock word is unused (the scheduler lock serves),
// head and tail hold this file's waiters, which live on their goroutines'
// stacks while they sleep.

typedef struct NotifyWaiter {
  RtG *g;
  uint32_t ticket;
  struct NotifyWaiter *next;
} NotifyWaiter;

typedef struct {
  uint32_t wait;     // the next ticket to hand out
  uint32_t notify;   // the next ticket to notify
  uintptr_t lock;
  NotifyWaiter *head, *tail;
} NotifyList;

// Whether ticket a comes before b, counting with wrap-around as gc does.
static bool ticket_less(uint32_t a, uint32_t b) { return (int32_t)(a - b) < 0; }

void escgo_sync_notifyListCheck(uintptr_t size) {
  if (size != sizeof(NotifyList))
    rt_fatal("runtime: bad notifyList size");
}

uint32_t escgo_sync_notifyListAdd(void *p) {
  NotifyList *l = p;
  return __atomic_fetch_add(&l->wait, 1, __ATOMIC_SEQ_CST);
}

void escgo_sync_notifyListWait(void *p, uint32_t t) {
  NotifyList *l = p;
  rt_lock();
  if (ticket_less(t, l->notify)) {
    rt_unlock();
    return;
  }
  NotifyWaiter w = {.g = rt_getg(), .ticket = t};
  if (l->tail)
    l->tail->next = &w;
  else
    l->head = &w;
  l->tail = &w;
  rt_park("sync.Cond.Wait");
  rt_unlock();
}

void escgo_sync_notifyListNotifyAll(void *p) {
  NotifyList *l = p;
  if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
    return;   // nobody took a ticket since the last notification
  rt_lock();
  NotifyWaiter *w = l->head;
  l->head = l->tail = NULL;
  __atomic_store_n(&l->notify, __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST), __ATOMIC_SEQ_CST);
  while (w) {
    NotifyWaiter *next = w->next;   // w is gone once its goroutine runs
    rt_ready(w->g);
    w = next;
  }
  rt_unlock();
}

void escgo_sync_notifyListNotifyOne(void *p) {
  NotifyList *l = p;
  if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
    return;
  rt_lock();
  uint32_t t = l->notify;
  if (t == __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST)) {
    rt_unlock();
    return;
  }
  __atomic_store_n(&l->notify, t + 1, __ATOMIC_SEQ_CST);
  // The holder of ticket t may not sleep yet: then its Wait sees t notified.
  for (NotifyWaiter *w = l->head, *prev = NULL; w; prev = w, w = w->next) {
    if (w->ticket != t)
      continue;
    if (prev)
      prev->next = w->next;
    else
      l->head = w->next;
    if (l->tail == w)
      l->tail = prev;
    rt_ready(w->g);
    break;
  }
  rt_unlock();
}
