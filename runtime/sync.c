// sync.c — package sync's types and sync/atomic. The Go side declares the
// types with Go 1.19's sizes (compiler/packages_sync.c); here is how their
// words are used. Every blocking operation parks under the scheduler lock
// (rt_sched.h) so that deadlocks involving them are reported like gc's.
//
//   Mutex     {state int32 (1: locked), sema uint32}
//   RWMutex   {w Mutex (state: a writer holds it), writerSem, readerSem,
//              readerCount int32 (active readers), readerWait int32 (waiting writers)}
//   WaitGroup {state1 uint64: the counter, state2 uint32}
//   Once      {done uint32, m Mutex}
//   Pool      {local: GC array of GoEface, localSize: count, victim, victimSize: capacity,
//              New func() any}
// Waiters queue on addresses: the Mutex itself, the RWMutex's readerSem
// (readers) and writerSem (writers), the WaitGroup.
#include "rt_internal.h"
#include "rt_sched.h"

#include <string.h>

typedef struct { int32_t state; uint32_t sema; } Mutex;
typedef struct { Mutex w; uint32_t writerSem, readerSem; int32_t readerCount, readerWait; } RWMutex;
typedef struct { int64_t counter; uint32_t state2; } WaitGroup;
typedef struct { uint32_t done; Mutex m; } Once;
typedef struct { GoEface *items; int64_t n; void *victim; int64_t cap; void *New; } Pool;

static _Noreturn void fatal_unlocked(const char *msg) {
  rt_unlock();
  rt_fatal(msg);
}

// ---------------------------------------------------------------- Mutex

void escgo_sync_Mutex_Lock(void *mp) {
  Mutex *m = mp;
  rt_lock();
  if (!m->state)
    m->state = 1;
  else
    rt_sem_wait(m, "sync.Mutex.Lock");   // Unlock hands the mutex over
  rt_unlock();
}

bool escgo_sync_Mutex_TryLock(void *mp) {
  Mutex *m = mp;
  rt_lock();
  bool ok = !m->state;
  m->state = 1;
  rt_unlock();
  return ok;
}

void escgo_sync_Mutex_Unlock(void *mp) {
  Mutex *m = mp;
  rt_lock();
  if (!m->state)
    fatal_unlocked("sync: unlock of unlocked mutex");
  if (!rt_sem_wake(m))
    m->state = 0;
  rt_unlock();
}

// ---------------------------------------------------------------- RWMutex

void escgo_sync_RWMutex_RLock(void *p) {
  RWMutex *rw = p;
  rt_lock();
  if (!rw->w.state && !rw->readerWait)
    rw->readerCount++;
  else
    rt_sem_wait(&rw->readerSem, "sync.RWMutex.RLock");   // the waker counted us
  rt_unlock();
}

void escgo_sync_RWMutex_RUnlock(void *p) {
  RWMutex *rw = p;
  rt_lock();
  if (rw->readerCount <= 0)
    fatal_unlocked("sync: RUnlock of unlocked RWMutex");
  if (--rw->readerCount == 0 && rw->readerWait > 0) {
    rw->readerWait--;
    rw->w.state = 1;
    rt_sem_wake(&rw->writerSem);
  }
  rt_unlock();
}

void escgo_sync_RWMutex_Lock(void *p) {
  RWMutex *rw = p;
  rt_lock();
  if (!rw->w.state && !rw->readerCount) {
    rw->w.state = 1;
  } else {
    rw->readerWait++;
    rt_sem_wait(&rw->writerSem, "sync.RWMutex.Lock");
  }
  rt_unlock();
}

void escgo_sync_RWMutex_Unlock(void *p) {
  RWMutex *rw = p;
  rt_lock();
  if (!rw->w.state)
    fatal_unlocked("sync: Unlock of unlocked RWMutex");
  rw->w.state = 0;
  while (rt_sem_wake(&rw->readerSem))   // waiting readers first, all of them
    rw->readerCount++;
  if (!rw->readerCount && rw->readerWait > 0) {
    rw->readerWait--;
    rw->w.state = 1;
    rt_sem_wake(&rw->writerSem);
  }
  rt_unlock();
}

// ---------------------------------------------------------------- WaitGroup

void escgo_sync_WaitGroup_Add(void *p, int64_t delta) {
  WaitGroup *wg = p;
  rt_lock();
  wg->counter += delta;
  if (wg->counter < 0) {
    rt_unlock();
    rt_panic_string("sync: negative WaitGroup counter", strlen("sync: negative WaitGroup counter"));
  }
  if (wg->counter == 0)
    while (rt_sem_wake(wg))
      ;
  rt_unlock();
}

void escgo_sync_WaitGroup_Done(void *wg) { escgo_sync_WaitGroup_Add(wg, -1); }

void escgo_sync_WaitGroup_Wait(void *p) {
  WaitGroup *wg = p;
  rt_lock();
  if (wg->counter > 0)
    rt_sem_wait(wg, "semacquire");
  rt_unlock();
}

// ---------------------------------------------------------------- Once

// f runs with o->m held, so concurrent callers wait until it has returned.
// (A panic in f leaves m locked: later calls of Do would block.)
void escgo_sync_Once_Do(void *p, void *fv) {
  Once *o = p;
  if (__atomic_load_n(&o->done, __ATOMIC_ACQUIRE))
    return;
  escgo_sync_Mutex_Lock(&o->m);
  if (!o->done) {
    void (*code)(void *) = *(void **)fv;
    code(fv);
    __atomic_store_n(&o->done, 1, __ATOMIC_RELEASE);
  }
  escgo_sync_Mutex_Unlock(&o->m);
}

// ---------------------------------------------------------------- Pool

// A LIFO of the values Put (never dropped at a collection, which Go allows:
// the pool is only a cache).
GoEface escgo_sync_Pool_Get(void *pp) {
  Pool *p = pp;
  rt_lock();
  if (p->n > 0) {
    GoEface v = p->items[--p->n];
    p->items[p->n] = (GoEface){NULL, NULL};
    rt_unlock();
    return v;
  }
  rt_unlock();
  if (!p->New)
    return (GoEface){NULL, NULL};
  GoEface (*code)(void *) = *(void **)p->New;
  return code(p->New);
}

void escgo_sync_Pool_Put(void *pp, const GoType *t, void *data) {
  Pool *p = pp;
  if (!t)
    return;
  rt_lock();
  if (p->n == p->cap) {
    int64_t cap = p->cap ? 2 * p->cap : 8;
    GoEface *items = escgo_alloc(cap * (int64_t)sizeof(GoEface), 1);
    if (p->n)
      memcpy(items, p->items, (size_t)p->n * sizeof(GoEface));
    p->items = items;
    p->cap = cap;
  }
  p->items[p->n++] = (GoEface){t, data};
  rt_unlock();
}

// ---------------------------------------------------------------- sync/atomic

int32_t escgo_atomic_AddInt32(int32_t *p, int32_t d) { return __atomic_add_fetch(p, d, __ATOMIC_SEQ_CST); }
int64_t escgo_atomic_AddInt64(int64_t *p, int64_t d) { return __atomic_add_fetch(p, d, __ATOMIC_SEQ_CST); }
uint64_t escgo_atomic_AddUint64(uint64_t *p, uint64_t d) { return __atomic_add_fetch(p, d, __ATOMIC_SEQ_CST); }
int32_t escgo_atomic_LoadInt32(int32_t *p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }
int64_t escgo_atomic_LoadInt64(int64_t *p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }
uint64_t escgo_atomic_LoadUint64(uint64_t *p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }
void escgo_atomic_StoreInt32(int32_t *p, int32_t v) { __atomic_store_n(p, v, __ATOMIC_SEQ_CST); }
void escgo_atomic_StoreInt64(int64_t *p, int64_t v) { __atomic_store_n(p, v, __ATOMIC_SEQ_CST); }
void escgo_atomic_StoreUint64(uint64_t *p, uint64_t v) { __atomic_store_n(p, v, __ATOMIC_SEQ_CST); }
uint32_t escgo_atomic_LoadUint32(uint32_t *p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }
void escgo_atomic_StoreUint32(uint32_t *p, uint32_t v) { __atomic_store_n(p, v, __ATOMIC_SEQ_CST); }

bool escgo_atomic_CompareAndSwapInt32(int32_t *p, int32_t old, int32_t new) {
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
bool escgo_atomic_CompareAndSwapInt64(int64_t *p, int64_t old, int64_t new) {
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
bool escgo_atomic_CompareAndSwapUint64(uint64_t *p, uint64_t old, uint64_t new) {
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

void *escgo_atomic_LoadPointer(void **p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }
void escgo_atomic_StorePointer(void **p, void *v) { __atomic_store_n(p, v, __ATOMIC_SEQ_CST); }
void *escgo_atomic_SwapPointer(void **p, void *v) { return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST); }
bool escgo_atomic_CompareAndSwapPointer(void **p, void *old, void *new) {
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
