// chan.c — channels and select, as Go's runtime/chan.go and select.go do
// them but under the one scheduler lock (rt_sched.h): a waiting goroutine
// queues a Sudog (on its own stack) that names where the element comes
// from or goes to; whoever completes the operation copies the element and
// readies it. A select queues one Sudog per case; the first case to fire
// marks the shared Select so the other Sudogs are skipped and removed.
#include "rt_internal.h"
#include "rt_sched.h"

#include <string.h>

typedef struct Select {
  int fired;              // the case that completed, -1 while waiting
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
  int64_t elemsize, cap, len, head;
  uint8_t *buf;
  int32_t closed, elem_has_ptrs;
  WaitQ recvq, sendq;
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

// The oldest waiter still waiting; a select whose other case fired is dropped.
static Sudog *dequeue(WaitQ *q) {
  for (;;) {
    Sudog *s = q->first;
    if (!s)
      return NULL;
    unlink_sudog(q, s);
    if (!s->sel)
      return s;
    if (s->sel->fired >= 0)
      continue;
    s->sel->fired = s->case_index;
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

int64_t escgo_chanlen(GoChan *c) {
  if (!c)
    return 0;
  rt_lock();
  int64_t n = c->len;
  rt_unlock();
  return n;
}

int64_t escgo_chancap(GoChan *c) { return c ? c->cap : 0; }

// ---------------------------------------------------------------- send and receive

static uint8_t *slot(GoChan *c, int64_t i) { return c->buf + ((c->head + i) % c->cap) * c->elemsize; }

static void copy_elem(GoChan *c, void *dst, const void *src) {
  if (dst && c->elemsize)
    memcpy(dst, src, (size_t)c->elemsize);
}

static _Noreturn void panic_unlocked(const char *msg) {
  rt_unlock();
  rt_panic_plain(msg, strlen(msg));
}

// Lock held. Completes a send at once if it can; panics on a closed channel.
static bool try_send(GoChan *c, const void *elem) {
  if (c->closed)
    panic_unlocked("send on closed channel");
  Sudog *r = dequeue(&c->recvq);
  if (r) {
    copy_elem(c, r->elem, elem);
    r->success = true;
    rt_ready(r->g);
    return true;
  }
  if (c->len < c->cap) {
    copy_elem(c, slot(c, c->len), elem);
    c->len++;
    return true;
  }
  return false;
}

// Lock held. Completes a receive at once if it can (*ok: a value, not close).
static bool try_recv(GoChan *c, void *out, bool *ok) {
  if (c->len > 0) {
    uint8_t *s = slot(c, 0);
    copy_elem(c, out, s);
    memset(s, 0, (size_t)c->elemsize);
    c->head = (c->head + 1) % c->cap;
    c->len--;
    Sudog *w = dequeue(&c->sendq);
    if (w) {   // a full buffer: the oldest sender's value takes the free slot
      copy_elem(c, slot(c, c->len), w->elem);
      c->len++;
      w->success = true;
      rt_ready(w->g);
    }
    *ok = true;
    return true;
  }
  Sudog *w = dequeue(&c->sendq);
  if (w) {
    copy_elem(c, out, w->elem);
    w->success = true;
    rt_ready(w->g);
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

void escgo_chansend(GoChan *c, const void *elem) {
  rt_lock();
  if (!c)
    for (;;)
      rt_park("chan send (nil chan)");
  if (try_send(c, elem)) {
    rt_unlock();
    return;
  }
  Sudog s = {.g = rt_getg(), .elem = (void *)elem};
  enqueue(&c->sendq, &s);
  rt_park("chan send");
  if (!s.success)
    panic_unlocked("send on closed channel");
  rt_unlock();
}

bool escgo_chanrecv(GoChan *c, void *out) {
  rt_lock();
  if (!c)
    for (;;)
      rt_park("chan receive (nil chan)");
  bool ok;
  if (!try_recv(c, out, &ok)) {
    Sudog s = {.g = rt_getg(), .elem = out};
    enqueue(&c->recvq, &s);
    rt_park("chan receive");
    ok = s.success;
  }
  rt_unlock();
  return ok;
}

void escgo_closechan(GoChan *c) {
  if (!c)
    rt_panic_plain("close of nil channel", strlen("close of nil channel"));
  rt_lock();
  if (c->closed)
    panic_unlocked("close of closed channel");
  c->closed = 1;
  Sudog *s;
  while ((s = dequeue(&c->recvq))) {
    if (s->elem && c->elemsize)
      memset(s->elem, 0, (size_t)c->elemsize);
    s->success = false;
    rt_ready(s->g);
  }
  while ((s = dequeue(&c->sendq))) {   // they panic when they wake
    s->success = false;
    rt_ready(s->g);
  }
  rt_unlock();
}

// ---------------------------------------------------------------- select

// Lock held: tries the cases in the random order `order`; the index of the
// one that completed, or -1.
static int64_t select_ready(GoSelectCase *cases, const int64_t *order, int64_t n, bool *recv_ok) {
  for (int64_t k = 0; k < n; k++) {
    GoSelectCase *sc = &cases[order[k]];
    if (!sc->c)
      continue;
    if (sc->dir == 1 ? try_send(sc->c, sc->elem) : try_recv(sc->c, sc->elem, recv_ok))
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

static int64_t select_wait(GoSelectCase *cases, int64_t n, bool *recv_ok) {
  Sudog sgs[n > 0 ? n : 1];
  Select sel = {.fired = -1};
  for (int64_t i = 0; i < n; i++) {
    sgs[i] = (Sudog){.g = rt_getg(), .elem = cases[i].elem, .sel = &sel, .case_index = (int)i};
    if (cases[i].c)
      enqueue(cases[i].dir == 1 ? &cases[i].c->sendq : &cases[i].c->recvq, &sgs[i]);
  }
  rt_park(n ? "select" : "select (no cases)");
  for (int64_t i = 0; i < n; i++)
    if (cases[i].c && i != sel.fired)
      unlink_sudog(cases[i].dir == 1 ? &cases[i].c->sendq : &cases[i].c->recvq, &sgs[i]);
  int64_t i = sel.fired;
  if (cases[i].dir == 1 && !sgs[i].success)
    panic_unlocked("send on closed channel");
  *recv_ok = sgs[i].success;
  return i;
}

int64_t escgo_select(GoSelectCase *cases, int64_t n, bool has_default, bool *recv_ok) {
  int64_t order[n > 0 ? n : 1];
  shuffle(order, n);
  *recv_ok = false;
  rt_lock();
  int64_t i = select_ready(cases, order, n, recv_ok);
  if (i < 0 && !has_default) {
    bool any = false;
    for (int64_t k = 0; k < n; k++)
      any = any || cases[k].c;
    if (!any)
      for (;;)
        rt_park(n ? "select" : "select (no cases)");
    i = select_wait(cases, n, recv_ok);
  }
  rt_unlock();
  return i;
}
