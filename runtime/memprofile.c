// memprofile.c — runtime.MemProfile's copy of memprof.c's buckets
// (overlay/runtime/mem.go is the Go side, with MemProfileRecord's methods).
#include "rt_internal.h"

#include <string.h>

typedef struct {
  int64_t alloc_bytes, free_bytes, alloc_objects, free_objects;
  uintptr_t stack0[RT_MEMPROF_DEPTH];
} MemProfileRecord;   // Go's runtime.MemProfileRecord

typedef struct {
  MemProfileRecord *p;
  int64_t len, n;
  bool inuse_zero, copy;
} Walk;

static bool listed(const Walk *w, const RtMemBucket *b) {
  return w->inuse_zero || b->alloc_bytes != b->free_bytes;
}

static void visit(void *ctx, const RtMemBucket *b) {
  Walk *w = ctx;
  if (!listed(w, b))
    return;
  if (w->copy && w->n < w->len) {
    MemProfileRecord *r = &w->p[w->n];
    *r = (MemProfileRecord){b->alloc_bytes, b->free_bytes, b->alloc_objects, b->free_objects, {0}};
    memcpy(r->stack0, b->stk, sizeof(uintptr_t) * (size_t)b->nstk);
  }
  w->n++;
}

// gc's MemProfile (overlay/runtime/mem.go): the number of records, and
// whether p held them all (only then is p written).
int64_t escgo_runtime_MemProfile(MemProfileRecord *p, int64_t len, int64_t cap, bool inuse_zero,
                                 bool *ok) {
  (void)cap;
  Walk w = {p, len, 0, inuse_zero, false};
  rt_memprof_each(visit, &w);
  *ok = w.n <= len;
  if (!*ok)
    return w.n;
  w.n = 0;
  w.copy = true;
  rt_memprof_each(visit, &w);   // buckets made meanwhile: only as many as fit
  return w.n < len ? w.n : len;
}
