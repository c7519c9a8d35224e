// chan.c — channels and select, as Go's runtime/chan.go and select.go do
// them: each channel has a lock of its own (RtMutex), so a send or receive
// that needs no other goroutine (a buffered channel with room, or with
// values) takes only that lock. A waiting goroutine queues a Sudog (on its
// own stack) that names where the element comes from or goes to, and parks
// holding the channel's lock, which its worker releases once the switch is
// done (rt_park_unlocking); whoever completes the operation copies the
// element, releases the channel and readies it (that takes the scheduler
// lock). A select locks its channels in address order and queues one Sudog
// per case; the first case to fire claims the shared Select with an atomic
// compare-and-swap (its channels' locks are different ones), so the other
// Sudogs are skipped, and removed when the select wakes.
#include "rt_internal.h"
#include "rt_sched.h"

#include <string.h>

typedef struct Select {
  int fired;              // the case that completed, -1 while waiting (atomic)
} Select;

typedef struct Sudog {
  RtG *g;
  void *elem;             // receive: destination (may be NULL); send: source
  bool success;           // false: woken by close
  Select *sel;
  int case_index;
  bool queued;            // in its WaitQ (a select's other cases leave it early)
  struct Sudog *next, *prev;
} Sudog;

typedef struct { Sudog *first, *last; } WaitQ;

struct GoChan {
  int64_t elemsize, cap, len, head;   // len: read without the lock by len(c)
  uint8_t *buf;
  int32_t closed, elem_has_ptrs;
  WaitQ recvq, sendq;
  RtMutex lock;           // everything above but elemsize, cap and buf
};

// ---------------------------------------------------------------- queues

static void enqueue(WaitQ *q, Sudog *s) {
  s->next = NULL;
  s->prev = q->last;
  s->queued = true;
  if (q->last)
    q->last->next = s;
  else
    q->first = s;
  q->last = s;
}

// Doubly linked, as gc's sudogs: a select that wakes leaves its other
// queues in constant time, whatever its place in them (thousands of
// goroutines selecting on one shared channel, Go's test/chanlinear.go).
static void unlink_sudog(WaitQ *q, Sudog *s) {
  if (!s->queued)
    return;
  if (s->prev)
    s->prev->next = s->next;
  else
    q->first = s->next;
  if (s->next)
    s->next->prev = s->prev;
  else
    q->last = s->prev;
  s->queued = false;
}

// The oldest waiter still waiting; a select whose other case fired is
// dropped. Claiming a select is a compare-and-swap: another of its cases
// may fire at the same time under another channel's lock.
static Sudog *dequeue(WaitQ *q) {
  for (;;) {
    Sudog *s = q->first;
    if (!s)
      return NULL;
    unlink_sudog(q, s);
    if (!s->sel)
      return s;
    int waiting = -1;
    if (__atomic_compare_exchange_n(&s->sel->fired, &waiting, s->case_index, false,
                                    __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
      return s;
  }
}

// ---------------------------------------------------------------- make, len, cap

GoChan *escgo_makechan(int64_t elemsize, int32_t elem_has_ptrs, int64_t size) {
  if (size < 0 || (elemsize > 0 && size > (INT64_C(1) << 40) / elemsize))
    rt_panic_plain("makechan: size out of range", strlen("makechan: size out of range"));
  int64_t mem = elemsize * size;
  GoChan *c;
  if (elem_has_ptrs && mem > 0) {   // like Go: the buffer apart when it holds pointers
    c = escgo_alloc(sizeof(GoChan), 1);
    c->buf = escgo_alloc(mem, 1);
  } else {
    c = escgo_alloc((int64_t)sizeof(GoChan) + mem, 1);
    c->buf = (uint8_t *)(c + 1);
  }
  c->elemsize = elemsize;
  c->cap = size;
  c->elem_has_ptrs = elem_has_ptrs;
  return c;
}

// Without the lock, as gc's chanlen: the answer may be stale by the time
// it is used anyway.
int64_t escgo_chanlen(GoChan *c) { return c ? __atomic_load_n(&c->len, __ATOMIC_RELAXED) : 0; }

int64_t escgo_chancap(GoChan *c) { return c ? c->cap : 0; }

// ---------------------------------------------------------------- send and receive

static uint8_t *slot(GoChan *c, int64_t i) { return c->buf + ((c->head + i) % c->cap) * c->elemsize; }

static void copy_elem(GoChan *c, void *dst, const void *src) {
  if (dst && c->elemsize)
    memcpy(dst, src, (size_t)c->elemsize);
}

static void set_len(GoChan *c, int64_t n) { __atomic_store_n(&c->len, n, __ATOMIC_RELAXED); }

// A goroutine whose operation another one completed, readied once that
// one has released the channel (the scheduler lock comes after it).
static void ready_unlocked(RtG *g) {
  rt_lock();
  rt_ready(g);
  rt_unlock();
}

// Channel locked and not closed (the caller panics on a closed one, its
// locks released). Completes a send at once if it can, returning true and
// in *wake the receiver to ready (or NULL).
static bool try_send(GoChan *c, const void *elem, RtG **wake) {
  Sudog *r = dequeue(&c->recvq);
  if (r) {
    copy_elem(c, r->elem, elem);
    r->success = true;
    *wake = r->g;
    return true;
  }
  if (c->len < c->cap) {
    copy_elem(c, slot(c, c->len), elem);
    set_len(c, c->len + 1);
    return true;
  }
  return false;
}

// Channel locked. Completes a receive at once if it can (*ok: a value, not
// close); *wake as try_send's.
static bool try_recv(GoChan *c, void *out, bool *ok, RtG **wake) {
  if (c->len > 0) {
    uint8_t *s = slot(c, 0);
    copy_elem(c, out, s);
    memset(s, 0, (size_t)c->elemsize);
    c->head = (c->head + 1) % c->cap;
    set_len(c, c->len - 1);
    Sudog *w = dequeue(&c->sendq);
    if (w) {   // a full buffer: the oldest sender's value takes the free slot
      copy_elem(c, slot(c, c->len), w->elem);
      set_len(c, c->len + 1);
      w->success = true;
      *wake = w->g;
    }
    *ok = true;
    return true;
  }
  Sudog *w = dequeue(&c->sendq);
  if (w) {
    copy_elem(c, out, w->elem);
    w->success = true;
    *wake = w->g;
    *ok = true;
    return true;
  }
  if (c->closed) {
    if (out && c->elemsize)
      memset(out, 0, (size_t)c->elemsize);
    *ok = false;
    return true;
  }
  return false;
}

static void unlock_chan(void *c) { rt_mutex_unlock(&((GoChan *)c)->lock); }

static _Noreturn void panic_send_closed(void) {
  const char *msg = "send on closed channel";
  rt_panic_plain(msg, strlen(msg));
}

// A nil channel blocks forever (the deadlock report names it).
static _Noreturn void block_on_nil(const char *reason) {
  rt_lock();
  for (;;)
    rt_park(reason);
}

void escgo_chansend(GoChan *c, const void *elem) {
  if (!c)
    block_on_nil("chan send (nil chan)");
  rt_mutex_lock(&c->lock);
  if (c->closed) {
    rt_mutex_unlock(&c->lock);
    panic_send_closed();
  }
  RtG *wake = NULL;
  if (try_send(c, elem, &wake)) {
    rt_mutex_unlock(&c->lock);
    if (wake)
      ready_unlocked(wake);
    return;
  }
  Sudog s = {.g = rt_getg(), .elem = (void *)elem};
  enqueue(&c->sendq, &s);
  rt_park_unlocking("chan send", unlock_chan, c);
  if (!s.success)
    panic_send_closed();
}

bool escgo_chanrecv(GoChan *c, void *out) {
  if (!c)
    block_on_nil("chan receive (nil chan)");
  rt_mutex_lock(&c->lock);
  bool ok;
  RtG *wake = NULL;
  if (try_recv(c, out, &ok, &wake)) {
    rt_mutex_unlock(&c->lock);
    if (wake)
      ready_unlocked(wake);
    return ok;
  }
  Sudog s = {.g = rt_getg(), .elem = out};
  enqueue(&c->recvq, &s);
  rt_park_unlocking("chan receive", unlock_chan, c);
  return s.success;
}

// Every waiter is taken off the channel under its lock and readied after,
// receivers first (their destinations zeroed), then senders, which panic
// when they wake.
void escgo_closechan(GoChan *c) {
  if (!c)
    rt_panic_plain("close of nil channel", strlen("close of nil channel"));
  rt_mutex_lock(&c->lock);
  if (c->closed) {
    rt_mutex_unlock(&c->lock);
    rt_panic_plain("close of closed channel", strlen("close of closed channel"));
  }
  c->closed = 1;
  Sudog *woken = NULL, **tail = &woken, *s;
  while ((s = dequeue(&c->recvq))) {
    if (s->elem && c->elemsize)
      memset(s->elem, 0, (size_t)c->elemsize);
    s->success = false;
    *tail = s;
    tail = &s->next;
  }
  while ((s = dequeue(&c->sendq))) {
    s->success = false;
    *tail = s;
    tail = &s->next;
  }
  *tail = NULL;
  rt_mutex_unlock(&c->lock);
  if (!woken)
    return;
  // Each Sudog is on its goroutine's stack, valid until that one is readied.
  rt_lock();
  while (woken) {
    s = woken;
    woken = s->next;
    rt_ready(s->g);
  }
  rt_unlock();
}

// ---------------------------------------------------------------- select

// A select's channels, each once, in address order: the order every select
// locks them in, so two selects never wait for each other's locks.
typedef struct {
  GoChan **c;
  int64_t n;
} LockOrder;

static void lock_order(LockOrder *lo, GoSelectCase *cases, int64_t n) {
  lo->n = 0;
  for (int64_t i = 0; i < n; i++) {
    GoChan *c = cases[i].c;
    if (!c)
      continue;
    int64_t k = lo->n;
    while (k > 0 && (uintptr_t)lo->c[k - 1] > (uintptr_t)c)
      k--;
    if (k > 0 && lo->c[k - 1] == c)
      continue;   // a channel in two cases is locked once
    memmove(&lo->c[k + 1], &lo->c[k], (size_t)(lo->n - k) * sizeof *lo->c);
    lo->c[k] = c;
    lo->n++;
  }
}

static void lock_all(const LockOrder *lo) {
  for (int64_t i = 0; i < lo->n; i++)
    rt_mutex_lock(&lo->c[i]->lock);
}

// Also a parked select's unlockf (rt_park_unlocking): the select may be
// readied as soon as one lock is released, and then locks them all again
// (lock_all) before it returns, so lo is read only before each release.
static void unlock_all(void *arg) {
  const LockOrder *lo = arg;
  for (int64_t i = lo->n - 1; i >= 0; i--)
    rt_mutex_unlock(&lo->c[i]->lock);
}

// Channels locked: tries the cases in the random order `order`; the index
// of the one that completed, or -1; *closed_send: a send case found its
// channel closed (the select panics).
static int64_t select_ready(GoSelectCase *cases, const int64_t *order, int64_t n, bool *recv_ok,
                            RtG **wake, bool *closed_send) {
  for (int64_t k = 0; k < n; k++) {
    GoSelectCase *sc = &cases[order[k]];
    if (!sc->c)
      continue;
    if (sc->dir == 1 && sc->c->closed) {
      *closed_send = true;
      return order[k];
    }
    if (sc->dir == 1 ? try_send(sc->c, sc->elem, wake) : try_recv(sc->c, sc->elem, recv_ok, wake))
      return order[k];
  }
  return -1;
}

static void shuffle(int64_t *order, int64_t n) {
  for (int64_t i = 0; i < n; i++)
    order[i] = i;
  for (int64_t i = n - 1; i > 0; i--) {
    int64_t j = (int64_t)(rt_fastrand() % (uint64_t)(i + 1));
    int64_t t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
}

static WaitQ *case_queue(GoSelectCase *sc) { return sc->dir == 1 ? &sc->c->sendq : &sc->c->recvq; }

// Channels locked, no case ready: queue on every channel, park (the worker
// unlocks them all), then lock them again to take the Sudogs of the cases
// that did not fire off their queues.
static int64_t select_wait(GoSelectCase *cases, int64_t n, const LockOrder *lo, bool *recv_ok) {
  Sudog sgs[n];
  Select sel = {.fired = -1};
  for (int64_t i = 0; i < n; i++) {
    sgs[i] = (Sudog){.g = rt_getg(), .elem = cases[i].elem, .sel = &sel, .case_index = (int)i};
    if (cases[i].c)
      enqueue(case_queue(&cases[i]), &sgs[i]);
  }
  rt_park_unlocking("select", unlock_all, (void *)lo);
  int64_t fired = __atomic_load_n(&sel.fired, __ATOMIC_ACQUIRE);
  lock_all(lo);
  for (int64_t i = 0; i < n; i++)
    if (cases[i].c && i != fired)
      unlink_sudog(case_queue(&cases[i]), &sgs[i]);
  unlock_all((void *)lo);
  if (cases[fired].dir == 1 && !sgs[fired].success)
    panic_send_closed();
  *recv_ok = sgs[fired].success;
  return fired;
}

int64_t escgo_select(GoSelectCase *cases, int64_t n, bool has_default, bool *recv_ok) {
  int64_t order[n > 0 ? n : 1];
  GoChan *locked[n > 0 ? n : 1];
  LockOrder lo = {.c = locked};
  shuffle(order, n);
  lock_order(&lo, cases, n);
  *recv_ok = false;
  if (lo.n == 0 && !has_default)
    block_on_nil(n ? "select" : "select (no cases)");
  lock_all(&lo);
  RtG *wake = NULL;
  bool closed_send = false;
  int64_t i = select_ready(cases, order, n, recv_ok, &wake, &closed_send);
  if (i >= 0 || has_default) {
    unlock_all(&lo);
    if (closed_send)
      panic_send_closed();
    if (wake)
      ready_unlocked(wake);
    return i;
  }
  return select_wait(cases, n, &lo, recv_ok);
}
