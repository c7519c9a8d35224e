// defer.c — defer, panic and recover with Go's semantics, on setjmp/longjmp.
//
// A Go function with defer statements owns a DeferFrame on its own stack
// (ESCGO_DEFER_FRAME_SIZE bytes, reserved by codegen), linked into this
// thread's list on entry and set up with _setjmp. `defer f()` pushes the
// func value f (a pointer to a context whose word 0 is the code) on the
// frame; a return runs the frame's deferred calls LIFO and unlinks it.
//
// A panic (rt_gopanic) runs deferred calls frame by frame, newest first, on
// top of the panicking stack, as Go does. When a deferred call recovers, the
// panic is over: we longjmp into the frame that deferred that call, whose
// function runs its remaining deferred calls and returns normally with its
// current results. If no call recovers, the chain of panics is printed as

// gc's printpanics does ("panic: a [recovered]\n\tpanic: b") and the program
// exits with status 2.
//
// recover() only works in the function the panic calls as a deferred call,
// not in a function that one calls: the runtime "arms" the panic just before
// the call, noting the calling frame's address (gc's argp), and a function
// that calls recover takes the panic on entry (escgo_defer_token) only if
// its caller's frame is that one. A wrapper (a defer statement's closure
// around f(args), a method-table or $fv wrapper) that is the deferred call
// moves the noted frame to its own, so the function it wraps may recover
// (escgo_defer_wrapper, as gc's wrappers adjust argp).
// Everything here is per goroutine, in its RtG (rt_sched.h): a goroutine
// may resume on another thread after any call that can park. Frames, panics
// and defer records live on goroutine stacks or in the collected heap, where
// bdwgc scans.
#include "rt_internal.h"
#include "rt_sched.h"

#include <gc/gc.h>
#include <sched.h>
#include <setjmp.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef struct Defer {
  struct Defer *next;
  void *fv;
} Defer;

typedef struct DeferFrame {
  jmp_buf jb;                 // first: codegen passes the frame to _setjmp
  struct DeferFrame *prev;
  Defer *defers;
} DeferFrame;

_Static_assert(sizeof(DeferFrame) <= ESCGO_DEFER_FRAME_SIZE, "ESCGO_DEFER_FRAME_SIZE too small");

typedef struct Panic {
  struct Panic *link;         // the panic that was running when this one started
  GoEface arg;
  const char *extra;
  DeferFrame *frame;          // whose deferred call this panic is running
  uintptr_t argp;             // the frame calling that deferred call (call_deferred's)
  bool recovered, aborted;
  uintptr_t fault_pc, fault_fp;   // a signal's panic: the faulting frame (traceback.c)
} Panic;

// The running goroutine's fields, read through a pointer fetched once per
// function: the goroutine stays the same across a park, the thread may not.
#define top (*(DeferFrame **)&g->defer_top)
#define panics (*(Panic **)&g->panics)
#define armed (*(Panic **)&g->armed)

// gc's runningPanicDefers and panicking: main must not exit while another
// goroutine's panic is running its deferred calls or printing its traceback
// (a deferred close(done) would let main exit before the panic is shown).
static int panicking;
#define running_panic_defers escgo_panic_defers
int32_t escgo_panic_defers;   // also read by generated wrappers: any deferred calls running?

void rt_wait_for_panics(void) {
  // As gc, a bounded wait (a thousandth of a second a round, one second in
  // all): a panic recovered further out can leave the count up for good.
  for (int i = 0; i < 1000 && __atomic_load_n(&running_panic_defers, __ATOMIC_ACQUIRE); i++)
    rt_sleep_until(rt_nanotime() + 1000000);   // parks: the panicking goroutine may need this worker
  if (__atomic_load_n(&panicking, __ATOMIC_ACQUIRE))
    rt_block_forever();   // the panicking goroutine ends the program
}

// Go's run-time error types, with the methods of runtime.Error. Every value
// points to the error's full text (a GoString), which is what Error()
// returns; the types differ in name only, so that %T, type switches and
// recover() see the types gc's programs see (runtime.boundsError for an
// index out of range, runtime.plainError for a nil map write, ...).
static GoString runtime_error_Error(void *data) { return *(const GoString *)data; }
static void runtime_error_RuntimeError(void *data) { (void)data; }

static const GoMethod runtime_error_methods[] = {
    {"Error", "func() string", (void *)runtime_error_Error},
    {"RuntimeError", "func()", (void *)runtime_error_RuntimeError},
};

#define RUNTIME_ERROR_TYPE(name, k, is_direct)                                             \
  {.size = k == GK_POINTER ? 8 : 16, .kind = k, .direct = is_direct, .has_ptrs = 1, .named = 1, \
   .str = name, .methods = runtime_error_methods, .nmethods = 2}

const GoType rt_error_string_type = RUNTIME_ERROR_TYPE("runtime.errorString", GK_STRING, 0);
const GoType rt_plain_error_type = RUNTIME_ERROR_TYPE("runtime.plainError", GK_STRING, 0);
const GoType rt_bounds_error_type = RUNTIME_ERROR_TYPE("runtime.boundsError", GK_STRUCT, 0);
const GoType rt_type_assertion_error_type =
    RUNTIME_ERROR_TYPE("*runtime.TypeAssertionError", GK_POINTER, 1);

bool rt_is_runtime_error_type(const GoType *t) {
  return t == &rt_error_string_type || t == &rt_plain_error_type || t == &rt_bounds_error_type ||
         t == &rt_type_assertion_error_type;
}

static GoString *copy_text(const char *msg, size_t len) {
  GoString *s = GC_MALLOC(sizeof(GoString));
  uint8_t *p = GC_MALLOC_ATOMIC(len + 1);
  memcpy(p, msg, len);
  s->ptr = p;
  s->len = (int64_t)len;
  return s;
}

GoEface rt_runtime_error(const GoType *t, const char *msg, size_t len) {
  return (GoEface){t, copy_text(msg, len)};
}

// panic("text") from the runtime's Go packages (math/rand, sync, testing):
// a string value, as their Go source panics with. The program's own
// descriptor for string when it has one, so that r.(string) holds.
extern const GoType escgo_type_string __attribute__((weak));
static const GoType string_type = {.size = 16, .kind = GK_STRING, .has_ptrs = 1, .str = "string"};

GoEface rt_string_value(const char *msg, size_t len) {
  return (GoEface){&escgo_type_string ? &escgo_type_string : &string_type, copy_text(msg, len)};
}

void escgo_defer_enter(void *frame) {
  RtG *g = rt_getg();
  DeferFrame *f = frame;
  f->prev = top;
  f->defers = NULL;
  top = f;
}

void escgo_defer_push(void *frame, void *fv) {
  DeferFrame *f = frame;
  Defer *d = GC_MALLOC(sizeof(Defer));
  d->fv = fv;
  d->next = f->defers;
  f->defers = d;
}

static void call_fv(void *fv) {
  if (!fv)
    rt_panic_runtime("invalid memory address or nil pointer dereference",
                     "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
  void (*code)(void *) = *(void (**)(void *))fv;
  code(fv);
}

void escgo_defer_return(void *frame) {
  RtG *g = rt_getg();
  DeferFrame *f = frame;
  while (f->defers) {
    Defer *d = f->defers;
    f->defers = d->next;   // popped first: a panic inside it must not rerun it
    call_fv(d->fv);
  }
  top = f->prev;
}

// fp[0] is the caller's frame address (every function keeps frame pointers).
// A function LLVM inlined into the wrapper that called it finds its own
// frame noted.
void *escgo_defer_token(void *fp) {
  RtG *g = rt_getg();
  Panic *p = armed;
  if (!p || (p->argp != *(uintptr_t *)fp && p->argp != (uintptr_t)fp))
    return NULL;
  armed = NULL;
  return p;
}

void escgo_defer_wrapper(void *fp) {
  RtG *g = rt_getg();
  Panic *p = armed;
  if (p && p->argp == *(uintptr_t *)fp)
    p->argp = (uintptr_t)fp;
}

// The deferred call of a panic: the frame of this function is what
// escgo_defer_token compares with.
static __attribute__((noinline)) void call_deferred(Panic *p, void *fv) {
  RtG *g = rt_getg();
  p->argp = (uintptr_t)__builtin_frame_address(0);
  armed = p;
  if (!fv)
    call_fv(fv);   // panics
  void (*code)(void *) = *(void (**)(void *))fv;
  code(fv);        // called from this frame, not from call_fv's
  armed = NULL;
}

GoEface escgo_recover(void *token) {
  RtG *g = rt_getg();
  Panic *p = token;
  if (!p || p != panics || p->recovered || p->aborted)
    return (GoEface){NULL, NULL};
  p->recovered = true;
  return p->arg;
}

// gc's printpanics: oldest first, later ones indented by a tab.
static void print_panics(RtBuf *b, Panic *p) {
  if (p->link) {
    print_panics(b, p->link);
    rtbuf_putc(b, '\t');
  }
  rtbuf_puts(b, "panic: ");
  rt_format_panicval(b, p->arg.type, p->arg.data);
  if (p->recovered)
    rtbuf_puts(b, " [recovered]");
  rtbuf_putc(b, '\n');
}

static _Noreturn void fatal_panic(void) {
  RtG *g = rt_getg();
  // The text first (gc's preprintpanics: the value's Error or String method
  // runs here and may block), then one goroutine claims the death; another
  // that panics at the same time waits for the end of the program.
  RtBuf b;
  rtbuf_init(&b);
  print_panics(&b, panics);
  for (Panic *p = panics; p; p = p->link)
    if (p->extra) {
      rtbuf_puts(&b, p->extra);
      rtbuf_putc(&b, '\n');
      break;
    }
  if (__atomic_exchange_n(&panicking, 1, __ATOMIC_ACQ_REL))
    rt_block_forever();
  rt_stdout_flush();
  rt_stderr_write(b.data, b.len);
  rt_panic_die(panics->fault_pc, panics->fault_fp);
}

// A newer panic that runs the deferred calls of the frame an older one was
// working on aborts the older one (it will never resume).
static void abort_older(Panic *p, DeferFrame *f) {
  for (Panic *q = p->link; q; q = q->link)
    if (q->frame == f)
      q->aborted = true;
}

_Noreturn void rt_gopanic(GoEface v, const char *extra) {
  RtG *g = rt_getg();
  __atomic_add_fetch(&running_panic_defers, 1, __ATOMIC_ACQ_REL);
  Panic p = {.link = panics, .arg = v, .extra = extra};
  rt_traceback_fault_take(&p.fault_pc, &p.fault_fp);
  panics = &p;
  for (;;) {
    if (!top)
      break;
    DeferFrame *f = top;
    Defer *d = f->defers;
    if (!d) {
      top = f->prev;   // this function is being unwound
      continue;
    }
    abort_older(&p, f);
    p.frame = f;
    f->defers = d->next;
    call_deferred(&p, d->fv);
    if (p.recovered) {
      __atomic_sub_fetch(&running_panic_defers, 1, __ATOMIC_ACQ_REL);
      panics = p.link;
      while (panics && panics->aborted) {   // they will never finish either
        __atomic_sub_fetch(&running_panic_defers, 1, __ATOMIC_ACQ_REL);
        panics = panics->link;
      }
      top = f;
      longjmp(f->jb, 1);
    }
  }
  fatal_panic();
}

// ---- runtime.Goexit (goroutine.c): runs the deferred calls of every
// frame newer than mark (NULL: all of them), newest first, and drops the
// frames.
void rt_defer_unwind(void *mark) {
  RtG *g = rt_getg();
  while (top && top != mark) {
    DeferFrame *f = top;
    while (f->defers) {
      Defer *d = f->defers;
      f->defers = d->next;
      call_fv(d->fv);
    }
    top = f->prev;
  }
}
