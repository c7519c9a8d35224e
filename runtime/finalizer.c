// finalizer.c — runtime.SetFinalizer over bdwgc's finalization.
//
// Each finalizer is registered with GC_register_finalizer_ignore_self: like
// gc, bdwgc then runs finalizers in dependency order (if A points at B and
// both are unreachable, A's runs first, B's only once A is freed) and
// ignores a pointer from an object to itself. bdwgc only queues ready
// finalizers (finalize on demand); one goroutine, started when the first
// finalizer is ready (gc's fing), runs them one after another.
//
// Nobody may take the scheduler lock inside bdwgc's callbacks, so the
// finalizer goroutine is woken from places where no lock is held: after
// runtime.GC, and after an allocation (a collection is always started by
// one of the two) once any finalizer was registered — the first allocation
// after each collection (rt_fin_recheck, set by gcenv.c's collection
// event), so the others pay one load, not a call into bdwgc.
//
// The finalizer is called through its func type's call stub (the one
// reflect's Value.Call uses, codegen/reflect.c), so any func value will do,
// whatever static type it had; SetFinalizer makes gc's checks on the
// descriptors, with gc's messages.
#include "rt_internal.h"
#include "rt_sched.h"

#include <gc/gc.h>
#include <stdio.h>
#include <string.h>

// One registration: what the finalizer goroutine needs to call it. Kept in
// uncollectable (scanned) memory, so the finalizer's closure stays alive;
// the object itself is found by bdwgc, never referenced from here.
typedef struct Fin {
  void *fv;
  const GoType *ft;  // the finalizer's func type: its call stub and results
  void *w0;          // the object's type, when the parameter is an interface
  uintptr_t off;     // the object's offset in its block (a tiny object)
} Fin;

bool rt_fin_active;             // a finalizer was registered: allocations poll
bool rt_fin_recheck;            // a collection ended since the last poll
static RtG *fing;               // the finalizer goroutine
static bool fing_idle;          // parked, waiting for finalizers (scheduler lock)

static _Noreturn void fin_throw(const char *what, const GoType *ot, const GoType *ft,
                                const char *tail) {
  char msg[512];
  if (ft)
    snprintf(msg, sizeof msg, "runtime.SetFinalizer: %s%s to finalizer %s%s", what, ot->str,
             ft->str, tail);
  else
    snprintf(msg, sizeof msg, "runtime.SetFinalizer: %s%s%s", what, ot ? ot->str : "", tail);
  rt_fatal(msg);
}

// ---------------------------------------------------------------- the goroutine

// Called by GC_invoke_finalizers for one unreachable object: the
// registration is dropped first (gc clears it before the call), so the
// object is freed at a later collection unless the finalizer revives it.
static void GC_CALLBACK run_one(void *base, void *data) {
  Fin f = *(Fin *)data;
  GC_FREE(data);
  void *arg[2] = {f.w0, (char *)base + f.off};   // an interface {w0, obj}, or the pointer
  void *args[1] = {f.w0 ? (void *)arg : (void *)&arg[1]};
  int nout = f.ft->nout;
  void **results = nout ? GC_MALLOC(sizeof(void *) * (size_t)nout) : NULL;
  for (int i = 0; i < nout; i++)   // gc ignores what a finalizer returns
    results[i] = GC_MALLOC((size_t)f.ft->io[f.ft->nin + i]->size);
  f.ft->call(NULL, *(void **)f.fv, f.fv, args, results);
}

static void fing_main(void *ctx) {
  (void)ctx;
  for (;;) {
    rt_lock();
    while (!GC_should_invoke_finalizers()) {
      fing_idle = true;
      rt_park("finalizer wait");
    }
    rt_unlock();
    GC_invoke_finalizers();
  }
}

static void *const fing_fv[1] = {(void *)fing_main};   // a func value: its code first

// With no lock held: start or wake the finalizer goroutine if bdwgc has
// finalizers ready. It runs them on its own; this returns at once, true
// when it made the goroutine runnable (it runs next on this worker).
bool rt_fin_poll(void) {
  __atomic_store_n(&rt_fin_recheck, false, __ATOMIC_RELAXED);
  if (!GC_should_invoke_finalizers())
    return false;
  if (fing && !__atomic_load_n(&fing_idle, __ATOMIC_RELAXED))
    return false;   // running them already
  bool readied = false;
  rt_lock();
  if (!fing) {
    fing = rt_go_system((void *)fing_fv);
    readied = true;
  } else if (fing_idle) {
    fing_idle = false;
    rt_ready(fing);
    readied = true;
  }
  rt_unlock();
  return readied;
}

// ---------------------------------------------------------------- SetFinalizer

extern char __executable_start[], _end[];   // the program's code, data and bss

// gc's rule for the object: the start of a heap block (or, for a
// pointer-free object under 16 bytes, inside one: the tiny allocator packs
// them); a zero-size object or a global is silently accepted; anything else
// (a stack address) is fatal. Returns the block, or NULL to do nothing.
static void *object_block(const GoType *ot, void *obj) {
  void *base = GC_base(obj);
  if (!base) {
    if (rt_is_zerobase(obj) || ((char *)obj >= __executable_start && (char *)obj < _end))
      return NULL;
    fin_throw("pointer not in allocated block", NULL, NULL, "");
  }
  const GoType *elem = ot->elem;
  if (base != obj && (elem->has_ptrs || elem->size >= 16))
    fin_throw("pointer not at beginning of allocated block", NULL, NULL, "");
  return base;
}

// gc's assignability test of the object's type to the finalizer's parameter.
static bool param_accepts(const GoType *fint, const GoType *ot) {
  if (fint == ot || (fint->kind == ot->kind && !strcmp(fint->str, ot->str)))
    return true;
  if (fint->kind == GK_POINTER)
    return (!fint->named || !ot->named) &&
           (fint->elem == ot->elem || !strcmp(fint->elem->str, ot->elem->str));
  if (fint->kind == GK_INTERFACE)
    return fint->nmethods == 0 || escgo_implements(fint, ot);
  return false;
}

static void set_on(void *base, Fin *f) {
  if (!rt_fin_active) {
    GC_set_finalize_on_demand(1);   // run by the finalizer goroutine, never inside an allocation
    __atomic_store_n(&rt_fin_active, true, __ATOMIC_RELAXED);
  }
  GC_finalization_proc old_fn = 0;
  void *old = NULL;
  GC_register_finalizer_ignore_self(base, f ? run_one : 0, f, &old_fn, &old);
  if (old)
    GC_FREE(old);
  if (f && old_fn)
    rt_fatal("runtime.SetFinalizer: finalizer already set");
}

void escgo_runtime_SetFinalizer(const GoType *ot, void *obj, const GoType *ft, void *fv) {
  if (!ot)
    rt_fatal("runtime.SetFinalizer: first argument is nil");
  if (ot->kind != GK_POINTER)
    fin_throw("first argument is ", ot, NULL, ", not pointer");
  void *base = object_block(ot, obj);
  if (!base)
    return;
  if (!ft) {
    set_on(base, NULL);
    return;
  }
  if (ft->kind != GK_FUNC)
    fin_throw("second argument is ", ft, NULL, ", not a function");
  if (ft->variadic)
    fin_throw("cannot pass ", ot, ft, " because dotdotdot");
  if (ft->nin != 1 || !param_accepts(ft->io[0], ot))
    fin_throw("cannot pass ", ot, ft, "");
  Fin *f = GC_MALLOC_UNCOLLECTABLE(sizeof(Fin));
  if (!f)
    rt_fatal("runtime: out of memory");
  f->fv = fv;
  f->ft = ft;
  f->w0 = ft->io[0]->kind == GK_INTERFACE ? (void *)ot : NULL;   // an interface's word 0 is its dynamic type
  f->off = (uintptr_t)((char *)obj - (char *)base);
  set_on(base, f);
}
