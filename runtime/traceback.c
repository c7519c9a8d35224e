// traceback.c — the stack of a dying goroutine, as gc prints it:
//
//   goroutine 1 [running]:
//   main.c(...)
//   	/tmp/x/main.go:7
//   main.b()
//   	/tmp/x/main.go:13 +0x79
//   main.main()
//   	/tmp/x/main.go:21 +0x1e
//
// Frames are found by following the frame pointers (every Go function and
// the runtime keep them). Each return address becomes its function and
// file:line through the frame table escgo wrote into the program (pcln.c),
// and a program without one (stripped) still dies cleanly. A call LLVM
// inlined is shown as gc shows the calls it inlines: "name(...)" and its
// line, no offset (the table keeps DWARF's inlined-call records).
// Only Go frames are printed; the runtime's own C functions are hidden, as
// gc hides runtime frames. gc prints the arguments of a frame; without
// them in the debug information escgo prints "()".
#define _GNU_SOURCE
#include "rt_sched.h"
#include "rt_std.h"

#include <gc/gc.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { MAX_FRAMES = 100 };   // gc prints 100, then "...additional frames elided..."

// ---------------------------------------------------------------- printing

// runtime.Stack's buffer: while a goroutine's traceback is being taken into
// it, what would go to standard error goes there.
static _Thread_local RtBuf *capture;

static void put(const char *s) {
  if (capture)
    rtbuf_puts(capture, s);
  else
    rt_stderr_write(s, strlen(s));
}

// gc spells paths cleanly: "/tmp/x/./main.go" is "/tmp/x/main.go".
size_t rt_clean_path(const char *p, char *buf, size_t size) {
  size_t n = 0;
  for (const char *s = p; *s && n + 1 < size; s++) {
    if (s[0] == '/' && s[1] == '.' && s[2] == '/') {
      s++;
      continue;
    }
    buf[n++] = *s;
  }
  buf[n] = 0;
  return n;
}

static void put_path(const char *p) {
  char buf[4096];
  rt_clean_path(p, buf, sizeof buf);
  put(buf);
}

// "\tFILE:LINE", and " +0xOFF" unless off < 0 (a call LLVM inlined).
static void put_location(const char *file, int line, long off) {
  char num[64];
  put("\t");
  put_path(file ? file : "?");
  if (off < 0)
    snprintf(num, sizeof num, ":%d\n", line);
  else
    snprintf(num, sizeof num, ":%d +0x%lx\n", line, off);
  put(num);
}

// An instance of a generic function prints as gc's runtime prints it, its
// type arguments elided: main.(*Stack[string]).Pop as main.(*Stack[...]).Pop.
static void put_func_name(const char *name) {
  const char *open = strchr(name, '['), *close = strrchr(name, ']');
  if (!open || !close || close < open) {
    put(name);
    return;
  }
  char head[512];
  snprintf(head, sizeof head, "%.*s[...]", (int)(open - name), name);
  put(head);
  put(close + 1);
}

static void put_frame(const char *name, bool inlined, const char *file, int line, long off) {
  put_func_name(name);
  put(inlined ? "(...)\n" : "()\n");
  put_location(file, line, inlined ? -1 : off);
}

// A symbol of Go code: its link name is gc's, IMPORTPATH.NAME
// ("main.f", "example.com/m/geom.(*T).M"), where C names have no dot but
// for the C compiler's clones of a function ("f.part.0", "f.cold").
static bool is_go_symbol(const char *name) {
  const char *dot = name ? strchr(name, '.') : NULL;
  if (!dot || dot == name)
    return false;
  static const char *c_clones[] = {".part.", ".cold", ".constprop.", ".isra.", ".lto_priv", NULL};
  for (int i = 0; c_clones[i]; i++)
    if (strstr(name, c_clones[i]))
      return false;
  return strncmp(name, "escgo_", 6) && strncmp(name, "rt_", 3) && strncmp(name, "GC_", 3);
}

// A Go function: gc's name (main.f, main.(*T).M, main.main.func1), not a
// wrapper escgo made (their names carry '·' or '$'; the go and defer
// statements' wrappers, which gc does not show either) or a runtime C
// function.
static bool is_go_function(const char *name) {
  return is_go_symbol(name) && !strstr(name, "\xc2\xb7") && !strchr(name, '$') &&
         !strstr(name, "..") &&   // main..init: the program's entry that runs the inits
         !strstr(name, ".gowrap") && !strstr(name, ".deferwrap");
}

// The ELF symbol (the function) at pc and pc's offset in it.
static const char *symbol_at(uintptr_t pc, long *off) {
  uintptr_t o = 0;
  const char *name = rt_pcln_symbol(pc, &o);
  *off = (long)o;
  return name;
}

// What a walk does with each Go frame it finds (put_frame prints it).
typedef RtFrameFn FrameFn;

// Finds the Go frames at pc: the function there, and the ones LLVM inlined
// into it, innermost first, for fn. Returns how many; *is_entry is set at
// main.main (where gc's traceback of goroutine 1 ends).
static int find_frames(uintptr_t pc, bool *is_entry, FrameFn *fn, void *ctx) {
  long off;
  const char *sym_name = symbol_at(pc, &off);
  if (!is_go_symbol(sym_name))
    return 0;   // the runtime's C, libc: no Go inside
  *is_entry = !strcmp(sym_name, "main.main");
  int line = 0;
  const char *file = NULL;
  rt_pcln_line(pc, &file, &line);
  int printed = 0;
  for (uint32_t scope = rt_pcln_scope_at(pc); scope;) {
    const char *name, *call_file;
    int call_line;
    uint32_t outer = rt_pcln_scope(scope, &name, &call_file, &call_line);
    if (is_go_function(name)) {   // (the runtime's C inlines into itself too)
      fn(ctx, name, true, file, line, -1);
      printed++;
    }
    file = call_file, line = call_line;   // the caller's line: where it was inlined
    scope = outer;
  }
  if (!is_go_function(sym_name))
    return printed;   // a wrapper: only what was inlined into it shows
  fn(ctx, sym_name, false, file, line, off);
  return printed + 1;
}

// ---- what find_frames answered, per pc: testing asks for the same few
// addresses at every t.Log (runtime.Callers and CallersFrames, through
// the helpers it skips), and the table's answer costs a few reads each. The
// names and files point at pcln.c's copies, which it keeps.

typedef struct {
  const char *name, *file;
  int line;
  bool inlined;
  long off;
} FoundFrame;

typedef struct {
  uintptr_t pc;    // 0: a free slot
  bool is_entry;
  int n;
  FoundFrame *frames;
} FramesMemo;

static FramesMemo *memo;   // open addressing on pc, under memo_mu
static size_t memo_cap, memo_len;
static pthread_mutex_t memo_mu = PTHREAD_MUTEX_INITIALIZER;

typedef struct {
  FoundFrame *frames;
  int n, cap;
} FrameList;

static void record_frame(void *ctx, const char *name, bool inlined, const char *file, int line,
                         long off) {
  FrameList *l = ctx;
  if (l->n == l->cap) {
    l->cap = l->cap ? 2 * l->cap : 4;
    l->frames = realloc(l->frames, sizeof(FoundFrame) * (size_t)l->cap);
    if (!l->frames)
      rt_fatal("runtime: out of memory");
  }
  l->frames[l->n++] = (FoundFrame){name, file, line, inlined, off};
}

static FramesMemo *memo_slot(uintptr_t pc) {
  size_t h = (pc * 0x9E3779B97F4A7C15ull) >> 20;
  for (size_t i = h & (memo_cap - 1);; i = (i + 1) & (memo_cap - 1))
    if (memo[i].pc == pc || !memo[i].pc)
      return &memo[i];
}

static void memo_store(FramesMemo e) {
  if (2 * (memo_len + 1) > memo_cap) {
    FramesMemo *old = memo;
    size_t old_cap = memo_cap;
    memo_cap = memo_cap ? 2 * memo_cap : 1024;
    memo = calloc(memo_cap, sizeof(FramesMemo));
    if (!memo)
      rt_fatal("runtime: out of memory");
    for (size_t i = 0; i < old_cap; i++)
      if (old[i].pc)
        *memo_slot(old[i].pc) = old[i];
    free(old);
  }
  FramesMemo *slot = memo_slot(e.pc);
  if (!slot->pc)
    memo_len++;
  *slot = e;
}

// Visits the Go frames at pc, innermost first (find_frames, remembered).
// The memo is skipped if another thread holds it: a fault's traceback
// must not wait.
static int visit_pc(uintptr_t pc, bool *is_entry, FrameFn *fn, void *ctx) {
  if (!pc || pthread_mutex_trylock(&memo_mu) != 0)
    return find_frames(pc, is_entry, fn, ctx);
  FramesMemo e = {0};
  if (memo_cap)
    e = *memo_slot(pc);
  if (!e.pc) {
    FrameList l = {0};
    bool entry = false;
    find_frames(pc, &entry, record_frame, &l);
    e = (FramesMemo){pc, entry, l.n, l.frames};
    memo_store(e);
  }
  pthread_mutex_unlock(&memo_mu);
  *is_entry = e.is_entry;
  for (int i = 0; i < e.n; i++)
    fn(ctx, e.frames[i].name, e.frames[i].inlined, e.frames[i].file, e.frames[i].line,
       e.frames[i].off);
  return e.n;
}

static void print_frame(void *ctx, const char *name, bool inlined, const char *file, int line,
                        long off) {
  put_frame(name, inlined, file, line, off);
}

static int print_pc(uintptr_t pc, bool *is_entry) { return visit_pc(pc, is_entry, print_frame, NULL); }

// ---------------------------------------------------------------- the walk

// The bounds of the running goroutine's stack, to stop at a frame pointer
// that leaves it; before the scheduler runs, the thread's.
void rt_stack_bounds(uintptr_t *lo, uintptr_t *hi) {
  RtG *g = rt_getg();
  if (g->stack_hi) {
    *lo = g->stack_lo;
    *hi = g->stack_hi;
    return;
  }
  rt_thread_stack_bounds(lo, hi);
}

void rt_thread_stack_bounds(uintptr_t *lo, uintptr_t *hi) {
  pthread_attr_t attr;
  void *addr = NULL;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
  }
  *lo = (uintptr_t)addr;
  *hi = (uintptr_t)addr + size;
}

static _Thread_local uintptr_t fault_pc, fault_fp;

void rt_traceback_fault(uintptr_t pc, uintptr_t fp) {
  fault_pc = pc;
  fault_fp = fp;
}

void rt_traceback_fault_take(uintptr_t *pc, uintptr_t *fp) {
  *pc = fault_pc;
  *fp = fault_fp;
  fault_pc = fault_fp = 0;
}

// Prints "goroutine N [status]:" and g's Go frames from pc (exact, a
// faulting instruction) and the frame-pointer chain at fp; pc == fp == 0:
// from the caller of this function (g is then the current goroutine).
void rt_traceback_g(RtG *g, const char *status, uintptr_t pc, uintptr_t fp) {
  char head[96];
  snprintf(head, sizeof head, "\ngoroutine %lld [%s]:\n", (long long)g->id, status);
  put(head);
  if (!rt_pcln_ready()) {
    put(g->id == 1 ? "main.main()\n\t?:0 +0x0\n" : "?()\n\t?:0 +0x0\n");
    return;
  }
  uintptr_t lo, hi;
  if (g == rt_getg()) {
    rt_stack_bounds(&lo, &hi);
  } else {   // a parked goroutine's stack: its frames lie above where it parked
    lo = fp;
    hi = g->stack_hi;
  }
  if (!pc && !fp)
    fp = (uintptr_t)__builtin_frame_address(0);
  int frames = 0;
  bool entry = false;
  if (pc)
    frames += print_pc(pc, &entry);
  while (!entry && fp >= lo && fp + 16 <= hi && !(fp & 7)) {
    if (frames >= MAX_FRAMES) {
      put("...additional frames elided...\n");
      break;
    }
    uintptr_t next = ((uintptr_t *)fp)[0], ret = ((uintptr_t *)fp)[1];
    if (!ret)
      break;
    frames += print_pc(ret - 1, &entry);   // (the call instruction, not the one after it)
    if (next <= fp)
      break;
    fp = next;
  }
  if (g->created_pc && !entry) {
    put("created by ");
    // gc: "created by main.main" then the go statement's line and offset.
    uintptr_t pc = g->created_pc - 1;
    long off;
    const char *name = symbol_at(pc, &off);
    int line = 0;
    const char *file = NULL;
    rt_pcln_line(pc, &file, &line);
    put(name ? name : "?");
    put("\n");
    put_location(file, line, (long)off + 1);
  }
}

void rt_traceback(uintptr_t pc, uintptr_t fp) { rt_traceback_g(rt_getg(), "running", pc, fp); }

// ---------------------------------------------------------------- runtime.Caller

// runtime.Caller(skip): the skip-th Go frame above the caller's, counting
// the calls LLVM inlined as gc counts the ones it inlines. Past main.main or
// a goroutine's first function (gc would name its runtime's frames), or
// without the frame table, ok is false.
// runtime.Caller and symtab.c's lookups take turns.
static pthread_mutex_t symtab_mu = PTHREAD_MUTEX_INITIALIZER;

typedef struct {
  int64_t want, seen;
  const char *file;
  int line;
  bool found;
} CallerSearch;

static void caller_frame(void *ctx, const char *name, bool inlined, const char *file, int line,
                         long off) {
  CallerSearch *s = ctx;
  if (!s->found && s->seen++ == s->want)
    s->file = file, s->line = line, s->found = true;
}

typedef struct {
  uintptr_t pc;
  GoString file;
  int64_t line;
  bool ok;
} GoCaller;   // (pc uintptr, file string, line int, ok bool)

void escgo_runtime_Caller(GoCaller *out, int64_t skip) {
  *out = (GoCaller){0};
  if (skip < 0 || !rt_pcln_ready())
    return;
  uintptr_t lo, hi, fp = (uintptr_t)__builtin_frame_address(0);
  rt_stack_bounds(&lo, &hi);
  CallerSearch s = {.want = skip};
  bool entry = false;
  pthread_mutex_lock(&symtab_mu);
  while (!s.found && !entry && fp >= lo && fp + 16 <= hi && !(fp & 7)) {
    uintptr_t next = ((uintptr_t *)fp)[0], ret = ((uintptr_t *)fp)[1];
    if (!ret)
      break;
    visit_pc(ret - 1, &entry, caller_frame, &s);
    if (s.found)
      *out = (GoCaller){ret, rt_newstr(s.file ? s.file : "?", s.file ? (int64_t)strlen(s.file) : 1),
                        s.line, true};
    if (next <= fp)
      break;
    fp = next;
  }
  pthread_mutex_unlock(&symtab_mu);
}

// ---------------------------------------------------------------- for symtab.c

bool rt_symtab_begin(void) {
  if (!rt_pcln_ready())
    return false;
  pthread_mutex_lock(&symtab_mu);
  return true;
}

void rt_symtab_end(void) { pthread_mutex_unlock(&symtab_mu); }

int rt_symtab_frames(uintptr_t pc, RtFrameFn *fn, void *ctx) {
  bool entry;
  return visit_pc(pc, &entry, fn, ctx);
}

const char *rt_symtab_symbol(uintptr_t pc, uintptr_t *entry) {
  long off;
  const char *name = symbol_at(pc, &off);
  *entry = name ? pc - (uintptr_t)off : 0;
  return name;
}

// ---------------------------------------------------------------- runtime.Stack

// runtime.Stack(buf, all): the calling goroutine's traceback as a panic
// prints it ("goroutine 1 [running]:", then each frame), copied into buf as
// far as it fits; returns the bytes written. With all, gc adds every other
// goroutine, stopping the world to read their stacks; escgo's workers keep
// running, so only the caller's stack is written (docs/packages.md).
int64_t escgo_runtime_Stack(uint8_t *buf, int64_t len, int64_t cap, bool all) {
  (void)cap;
  (void)all;
  RtBuf b;
  rtbuf_init(&b);
  pthread_mutex_lock(&symtab_mu);
  capture = &b;
  rt_traceback_g(rt_getg(), "running", 0, 0);
  capture = NULL;
  pthread_mutex_unlock(&symtab_mu);
  size_t skip = b.len && b.data[0] == '\n' ? 1 : 0;   // a panic's blank line before "goroutine"
  int64_t n = (int64_t)(b.len - skip) < len ? (int64_t)(b.len - skip) : len;
  memcpy(buf, b.data + skip, (size_t)n);
  rtbuf_free(&b);
  return n;
}

// ---------------------------------------------------------------- runtime.Callers

// runtime.Callers gives one word per Go frame, inlined calls included (gc's
// rule): LLVM's inlined calls share their caller's return address, so a
// word is that address with the frame's depth at it plus one (1: the
// innermost call inlined there) in its top byte, which user-space
// addresses never use (rt_callers_word; symtab.c's CallersFrames and
// FuncForPC decode it).

typedef struct {
  int64_t count;   // Go frames at one address
} FrameCount;

static void count_frame(void *ctx, const char *name, bool inlined, const char *file, int line,
                        long off) {
  ((FrameCount *)ctx)->count++;
}

// Callers(skip, pc), called from overlay/runtime's Callers: the first Go
// frame found is runtime.Callers itself (a frame, or a call inlined at the
// return address), skip 0 as in gc; skip 1 its caller.
int64_t escgo_runtime_Callers(int64_t skip, uintptr_t *pc, int64_t len, int64_t cap) {
  (void)cap;
  if (len <= 0 || !rt_pcln_ready())
    return 0;
  uintptr_t lo, hi, fp = (uintptr_t)__builtin_frame_address(0);
  rt_stack_bounds(&lo, &hi);
  int64_t seen = 0, n = 0, want = skip > 0 ? skip : 0;
  bool entry = false;
  pthread_mutex_lock(&symtab_mu);
  while (n < len && !entry && fp >= lo && fp + 16 <= hi && !(fp & 7)) {
    uintptr_t next = ((uintptr_t *)fp)[0], ret = ((uintptr_t *)fp)[1];
    if (!ret)
      break;
    FrameCount c = {0};
    visit_pc(ret - 1, &entry, count_frame, &c);
    for (int64_t d = 0; d < c.count && n < len; d++, seen++)
      if (seen >= want)
        pc[n++] = ret | ((uintptr_t)(d + 1) << RT_CALLERS_DEPTH_SHIFT);
    if (next <= fp)
      break;
    fp = next;
  }
  pthread_mutex_unlock(&symtab_mu);
  return n;
}


