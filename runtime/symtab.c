// symtab.c — runtime.FuncForPC, (*Func).FileLine and the frames behind
// (*Frames).Next (overlay/runtime/symtab.go holds the Go side), answered
// from the program's own frame table through traceback.c's lookups
// (pcln.c; without one, in a stripped program, FuncForPC is nil and Frames
// are empty).
//
// gc's rules, kept here: FuncForPC returns one *Func per function, so that
// `FuncForPC(pc) == f` compares functions; at an address of a call LLVM
// inlined it returns a fresh *Func naming the innermost inlined function,
// with the outermost one's entry, whose FileLine is where it was found (gc's
// funcinl). Frames hands out one Frame per Go function, inlined calls
// included (Func nil for those), innermost first; a PC is a return address,
// so it is looked up one byte back unless it is a function's entry.
#include "rt_std.h"

#include <gc/gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Func {   // overlay/runtime/symtab.go's Func, field for field
  uintptr_t entry;
  GoString name;
  bool inlined;      // a funcinl: file and line are fixed
  GoString file;
  int64_t line;
} Func;

typedef struct Frame {   // Go's runtime.Frame, field for field
  uintptr_t pc;
  Func *func;
  GoString function, file;
  int64_t line;
  uintptr_t entry;
  uintptr_t func_info[2];
} Frame;

typedef struct Frames {   // overlay/runtime/symtab.go's Frames (frameStore follows)
  GoSlice callers;   // []uintptr not yet expanded
  GoSlice frames;    // []Frame found, not yet returned
} Frames;

// gc names a generic function's instances by the generic's name:
// main.Generic[...], main.(*Stack[...]).Push. Writes name so spelled into
// buf (size bytes); returns its length.
static size_t go_func_name(const char *name, char *buf, size_t size) {
  const char *open = strchr(name, '['), *close = strrchr(name, ']');
  int n = !open || !close || close < open
              ? snprintf(buf, size, "%s", name)
              : snprintf(buf, size, "%.*s[...]%s", (int)(open - name), name, close + 1);
  return n < 0 ? 0 : (size_t)n < size ? (size_t)n : size - 1;   // (truncated)
}

// A string that lives as long as the program (names and paths from the
// frame table are copied, cleaned, once per function).
static GoString lasting(const char *s, bool path) {
  if (!s)
    return rt_cstr("?");
  size_t n = strlen(s) + 8;   // room for "[...]" in place of a shorter "[A]"
  char *buf = malloc(n);
  if (!buf)
    return rt_cstr("?");
  if (path)
    n = rt_clean_path(s, buf, n);
  else
    n = go_func_name(s, buf, n);
  return (GoString){(const uint8_t *)buf, (int64_t)n};
}

// ---------------------------------------------------------------- one *Func per function

enum { FUNC_TABLE = 4096 };
static struct {
  uintptr_t key;   // a code address: the function's entry, or a wrapper's
  Func *f;
} funcs_by_entry[FUNC_TABLE];   // open addressing, under the symtab lock
static int nfuncs;

static Func *new_func(uintptr_t entry, const char *name, bool inlined, const char *file, int line) {
  Func *f = calloc(1, sizeof(Func));
  if (!f)
    rt_fatal("runtime: out of memory");
  *f = (Func){entry, lasting(name, false), inlined, lasting(file, true), line};
  return f;
}

static size_t slot_of(uintptr_t key) {
  size_t h = (key >> 4) * 0x9E3779B97F4A7C15ull % FUNC_TABLE;
  while (funcs_by_entry[h].key && funcs_by_entry[h].key != key)
    h = (h + 1) % FUNC_TABLE;
  return h;
}

// The function whose code starts at entry (its symbol's name), with the
// symtab lock held. A func value's code is codegen's "F$fv" wrapper
// (codegen/closure.c), which is F as far as Go code can tell: its *Func.
static Func *func_at_entry(uintptr_t entry, const char *name) {
  if (nfuncs >= FUNC_TABLE / 2)   // full enough: no more sharing
    return new_func(entry, name, false, NULL, 0);
  size_t h = slot_of(entry);
  if (funcs_by_entry[h].key)
    return funcs_by_entry[h].f;
  Func *f = NULL;
  size_t len = strlen(name);
  if (len > 3 && !strcmp(name + len - 3, "$fv")) {
    char base[1024];
    snprintf(base, sizeof base, "%.*s", (int)(len - 3), name);
    uintptr_t target = rt_pcln_fv_target(entry);
    if (target && target != entry)
      f = func_at_entry(target, base);
    h = slot_of(entry);
  }
  if (!f)
    f = new_func(entry, name, false, NULL, 0);
  nfuncs++;
  funcs_by_entry[h].key = entry;
  funcs_by_entry[h].f = f;
  return f;
}

// ---------------------------------------------------------------- the frames at one address

enum { MAX_INLINED = 64 };

typedef struct {
  struct {
    const char *name, *file;
    int line;
    bool inlined;
  } at[MAX_INLINED];
  int n;
} FramesAt;

static void collect(void *ctx, const char *name, bool inlined, const char *file, int line,
                    long off) {
  FramesAt *fa = ctx;
  if (fa->n < MAX_INLINED)
    fa->at[fa->n++] = (__typeof__(fa->at[0])){name, file, line, inlined};
}

// ---------------------------------------------------------------- FuncForPC

Func *escgo_runtime_FuncForPC(uintptr_t pc) {
  int depth;
  pc = rt_callers_addr(pc, &depth);
  if (!rt_symtab_begin())
    return NULL;
  uintptr_t entry;
  const char *sym = rt_symtab_symbol(pc, &entry);
  Func *f = NULL;
  if (sym) {
    FramesAt fa = {.n = 0};
    rt_symtab_frames(pc, collect, &fa);
    f = func_at_entry(entry, sym);
    if (fa.n > 0 && fa.at[0].inlined)
      f = new_func(f->entry, fa.at[0].name, true, fa.at[0].file, fa.at[0].line);
  }
  rt_symtab_end();
  return f;
}

// (*Func).FileLine of a function that was not inlined at pc (overlay's
// Go answers for the others): gc's answer for a pc the tables do not cover
// is "?", 0.
GoString escgo_runtime_funcFileLine(uintptr_t pc, int64_t *line) {
  int depth;
  pc = rt_callers_addr(pc, &depth);
  *line = 0;
  if (!rt_symtab_begin())
    return rt_cstr("?");
  FramesAt fa = {.n = 0};
  rt_symtab_frames(pc, collect, &fa);
  rt_symtab_end();
  if (fa.n == 0 || !fa.at[0].file)
    return rt_cstr("?");
  char buf[4096];
  size_t n = rt_clean_path(fa.at[0].file, buf, sizeof buf);
  *line = fa.at[0].line;
  return rt_newstr(buf, (int64_t)n);
}

// ---------------------------------------------------------------- CallersFrames

// (*Frames).Next's step (overlay/runtime/symtab.go): appends the Go frames
// at the return address in word to ci->frames, all of them or the one a
// runtime.Callers word names.
void escgo_runtime_expandPC(Frames *ci, uintptr_t word) {
  int depth;
  uintptr_t pc = rt_callers_addr(word, &depth);
  if (!rt_symtab_begin())
    return;
  uintptr_t entry;
  const char *sym = rt_symtab_symbol(pc, &entry);
  if (sym && pc > entry)
    pc--;   // the call instruction, not the one after it
  FramesAt fa = {.n = 0};
  if (sym)
    rt_symtab_frames(pc, collect, &fa);
  if (depth >= 0 && depth < fa.n) {
    fa.at[0] = fa.at[depth];
    fa.n = 1;
  }
  if (fa.n > 0) {
    Frame *all = GC_MALLOC(sizeof(Frame) * (size_t)(ci->frames.len + fa.n));
    if (ci->frames.len)
      memcpy(all, ci->frames.ptr, sizeof(Frame) * (size_t)ci->frames.len);
    for (int i = 0; i < fa.n; i++) {
      Frame *fr = &all[ci->frames.len + i];
      char buf[4096], fname[1024];
      size_t n = rt_clean_path(fa.at[i].file ? fa.at[i].file : "?", buf, sizeof buf);
      Func *outer = func_at_entry(entry, sym);
      *fr = (Frame){.pc = pc,
                    .func = fa.at[i].inlined ? NULL : outer,
                    .function = rt_newstr(fname, (int64_t)go_func_name(fa.at[i].name, fname, sizeof fname)),
                    .file = rt_newstr(buf, (int64_t)n),
                    .line = fa.at[i].line,
                    .entry = outer->entry};
    }
    ci->frames = (GoSlice){all, ci->frames.len + fa.n, ci->frames.len + fa.n};
  }
  rt_symtab_end();
}
