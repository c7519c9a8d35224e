// check/pkgstd.c — the standard packages beyond runtime (check/packages.c):
// math, math/rand, runtime/debug and a few of runtime's functions (fmt, io,
// os, time, syscall, sync, reflect, strings, strconv, bytes, unicode,
// unicode/utf8, errors and sort compile from Go's source). Every function is
// implemented in C in runtime/ (one file per package) and called through the
// RTCALL ABI; its escape summary sits next to it here (`tags`, one letter per
// parameter, receiver first — see escape/leaks.c), copied from what gc 1.19
// prints for the real package (`go build -gcflags=PKG=-m PKG`).
//
// Signature letters (as check/packages.c: i int, I int64, u uint64, f float64,
// s string, b bool, a any, e error; its other letters mean other things):
//   r rune  y byte  U uint  j int32  J uint32  S []string  B []byte  N []int
//   K func(i, j int)  P func(rune) bool  Q func(rune) rune
//   g float32
#include "internal.h"

#include <string.h>

static Type *std_sig(const char *sig);

typedef struct StdFunc {
  PkgFunc f;          // pkg, name, csym, sig
  const char *tags;   // escape summary: one letter per parameter (scalars too), absent = leaks
} StdFunc;

static const StdFunc funcs[] = {
    // runtime (the rest: check/packages.c); gc's tags
    {{"runtime", "GOROOT", "escgo_runtime_GOROOT", ">s"}, ""},
    {{"runtime", "Caller", "escgo_runtime_Caller", "i>wsib"}, ""},   // runtime/traceback.c
    {{"runtime", "SetFinalizer", "escgo_runtime_SetFinalizer", "aa>"}, "hh"},
    // runtime/debug
    {{"runtime/debug", "SetGCPercent", "escgo_debug_SetGCPercent", "i>i"}, ""},
    {{"runtime/debug", "SetMemoryLimit", "escgo_debug_SetMemoryLimit", "I>I"}, ""},
    {{"runtime/debug", "FreeOSMemory", "escgo_debug_FreeOSMemory", ">"}, ""},
};

// ---------------------------------------------------------------- types

// time.Time: only relative use (Sub, Since, Add, comparisons); the wall
// clock in nanoseconds since the epoch plus a monotonic reading.
static Type *func_sig(const char *sig) { return std_sig(sig); }

static Type *std_sig_type(char c) {
  Type *basic = sig_basic_letter(c);
  if (basic)
    return basic;
  switch (c) {
  case 'r': return ty_rune;
  case 'y': return ty_byte;
  case 'U': return ty_uint;
  case 'j': return ty_int32;
  case 'J': return ty_uint32;
  case 'g': return ty_float32;
  case 'S': return slice_of(ty_string);
  case 'B': return slice_of(ty_byte);
  case 'N': return slice_of(ty_int);
  case 'C': return ty_complex128;
  case 'K': return func_sig("ii>");
  case 'P': return func_sig("r>b");
  case 'Q': return func_sig("r>r");
  case 'w': return ty_uintptr;
  default: ice("bad signature letter %c", c);
  }
}

static Type *std_sig(const char *sig) { return sig_parse(sig, std_sig_type); }

// ---------------------------------------------------------------- constants

typedef struct StdConst {
  const char *pkg, *name;
  const char *lit;    // Go literal text (exact: GMP), or a string's bytes
  char kind;          // 'i' untyped int, 'f' untyped float, 'r' untyped rune,
                      // 's' untyped string, 'R' untyped float 1/lit
                      // (math.Log2E is 1 / Ln2, exactly, as Go declares it)
} StdConst;

static const StdConst consts[] = {
    {"runtime", "GOOS", "linux", 's'},
    {"runtime", "GOARCH", "amd64", 's'},
    {"runtime", "Compiler", "gc", 's'},   // escgo compiles what gc compiles, as gc does
};

// The exact value of a constant: a decimal or hex literal, possibly negative;
// 'F'/'G' are the largest finite float64/float32: 2^e * (2 - 2^-52 / 2^-23).
static Const *const_value(const StdConst *c) {
  const char *lit = c->lit;
  if (c->kind == 's')
    return const_string(lit, (int64_t)strlen(lit));
  bool neg = lit[0] == '-';
  if (neg)
    lit++;
  Const *v = c->kind == 'f' || c->kind == 'F' || c->kind == 'G' || c->kind == 'R'
                 ? const_from_float_lit(lit, (int)strlen(lit))
                 : const_from_int_lit(lit, (int)strlen(lit));
  if (c->kind == 'F' || c->kind == 'G') {
    const char *ulp = c->kind == 'F' ? "0x1p-52" : "0x1p-23";
    Const *two = const_from_float_lit("2", 1);
    Const *m = const_binary(T_SUB, two, const_from_float_lit(ulp, (int)strlen(ulp)), false);
    v = const_binary(T_MUL, v, m, false);
  }
  if (c->kind == 'R')
    v = const_binary(T_QUO, const_from_float_lit("1", 1), v, false);
  if (neg)
    v = const_unary(T_SUB, v, 0, false);
  return v;
}

static Type *const_type(char kind) {
  switch (kind) {
  case 'i': return ty_untyped_int;
  case 'r': return ty_untyped_rune;
  case 's': return ty_untyped_string;
  default: return ty_untyped_float;
  }
}

// ---------------------------------------------------------------- lookup

bool std_known(const char *path) {
  for (size_t i = 0; i < sizeof(funcs) / sizeof(funcs[0]); i++)
    if (!strcmp(funcs[i].f.pkg, path))
      return true;
  for (size_t i = 0; i < sizeof(consts) / sizeof(consts[0]); i++)
    if (!strcmp(consts[i].pkg, path))
      return true;
  return false;
}

static Obj *global_obj(ObjKind k, const char *name, Type *t) {
  Obj *o = new_obj(k, xstrdup(name), t, (Pos){0});
  o->global = true;
  o->state = 2;
  return o;
}

Obj *std_member(const char *path, const char *name) {
  for (size_t i = 0; i < sizeof(funcs) / sizeof(funcs[0]); i++) {
    const PkgFunc *f = &funcs[i].f;
    if (strcmp(f->pkg, path) || strcmp(f->name, name))
      continue;
    Obj *o = global_obj(OBJ_FUNC, name, std_sig(f->sig));
    o->pkgfunc = f;
    return o;
  }
  for (size_t i = 0; i < sizeof(consts) / sizeof(consts[0]); i++) {
    if (strcmp(consts[i].pkg, path) || strcmp(consts[i].name, name))
      continue;
    Obj *o = global_obj(OBJ_CONST, name, const_type(consts[i].kind));
    o->cval = const_value(&consts[i]);
    return o;
  }
  return NULL;
}

// The escape summary of a runtime function or method (NULL: not one of ours).
const char *std_tags(const char *csym) {
  for (size_t i = 0; i < sizeof(funcs) / sizeof(funcs[0]); i++)
    if (!strcmp(funcs[i].f.csym, csym))
      return funcs[i].tags;
  return NULL;
}
