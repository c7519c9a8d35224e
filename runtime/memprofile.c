// memprofile.c — runtime.MemProfile and MemProfileRecord's methods, over
// memprof.c's buckets.
//
// This file is linked only into programs that call runtime.MemProfile (or a
// record's method): the runtime is a static archive. That is where gc's
// default MemProfileRate of 512 KiB takes effect: gc's linker starts the
// rate at 0 when nothing can read the profile (memstats.c), and so does
// escgo, for the same reason — this constructor is what raises it.
#include "rt_internal.h"

#include <string.h>

__attribute__((constructor)) static void default_rate(void) {
  escgo_runtime_MemProfileRate = 512 * 1024;
}

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

typedef struct {
  int64_t n;
  bool ok;
} GoIntBool;   // (n int, ok bool)

// gc's MemProfile: the number of records, and whether p held them all
// (only then is p written).
void escgo_runtime_MemProfile(GoIntBool *out, MemProfileRecord *p, int64_t len, int64_t cap,
                              bool inuse_zero) {
  Walk w = {p, len, 0, inuse_zero, false};
  rt_memprof_each(visit, &w);
  out->n = w.n;
  out->ok = w.n <= len;
  if (out->ok) {
    w.n = 0;
    w.copy = true;
    rt_memprof_each(visit, &w);   // buckets made meanwhile: only as many as fit
    out->n = w.n < len ? w.n : len;
  }
}

int64_t escgo_runtime_MemProfileRecord_InUseBytes(MemProfileRecord *r) {
  if (!r)
    escgo_panic_nil();
  return r->alloc_bytes - r->free_bytes;
}

int64_t escgo_runtime_MemProfileRecord_InUseObjects(MemProfileRecord *r) {
  if (!r)
    escgo_panic_nil();
  return r->alloc_objects - r->free_objects;
}

// Stack0 up to its first zero entry: a slice of the record itself.
void escgo_runtime_MemProfileRecord_Stack(GoSlice *out, MemProfileRecord *r) {
  if (!r)
    escgo_panic_nil();
  int64_t n = 0;
  while (n < RT_MEMPROF_DEPTH && r->stack0[n])
    n++;
  *out = (GoSlice){r->stack0, n, RT_MEMPROF_DEPTH};
}
