// check/pkgstd.c — more of package runtime (the rest: check/packages.c):
// functions and constants (every other standard package but testing
// compiles from Go's source). Every function is
// implemented in C in runtime/ (one file per package) and called through the
// RTCALL ABI; its escape summary sits next to it here (`tags`, one letter per
// parameter, receiver first — see escape/leaks.c), copied from what gc 1.19
// prints for the real package (`go build -gcflags=PKG=-m PKG`).
//
// Signature letters: check/packages.c's i int, I int64, u uint64, f float64,
// s string, b bool, a any, e error; and w uintptr, y []byte.
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
    // mprof.go:1193 "leaking param: buf" (runtime/debug's Stack calls it)
    {{"runtime", "Stack", "escgo_runtime_Stack", "yb>i"}, "hn"},   // runtime/traceback.c
    {{"runtime", "Version", "escgo_runtime_Version", ">s"}, ""},   // runtime/gohooks.c
    // runtime/trace's side (runtime/debugrt.c): escgo has no execution tracer
    {{"runtime", "StartTrace", "escgo_runtime_StartTrace", ">e"}, ""},
    {{"runtime", "StopTrace", "escgo_runtime_StopTrace", ">"}, ""},
    {{"runtime", "ReadTrace", "escgo_runtime_ReadTrace", ">y"}, ""},
};

// ---------------------------------------------------------------- signatures

static Type *std_sig_type(char c) {
  Type *basic = sig_basic_letter(c);
  if (basic)
    return basic;
  if (c == 'w')
    return ty_uintptr;
  if (c == 'y')
    return slice_of(ty_byte);
  ice("bad signature letter %c", c);
}

static Type *std_sig(const char *sig) { return sig_parse(sig, std_sig_type); }

// ---------------------------------------------------------------- constants

// runtime's string constants (what Go's own are on linux/amd64).
typedef struct StdConst {
  const char *pkg, *name;
  const char *value;
} StdConst;

static const StdConst consts[] = {
    {"runtime", "GOOS", "linux"},
    {"runtime", "GOARCH", "amd64"},
    {"runtime", "Compiler", "gc"},   // escgo compiles what gc compiles, as gc does
};

// Variables the C runtime defines (the symbol) and Go code reads and sets.
typedef struct StdVar {
  const char *pkg, *name, *csym;
  char sig;           // its type, a signature letter
} StdVar;

static const StdVar vars[] = {
    {"runtime", "MemProfileRate", "escgo_runtime_MemProfileRate", 'i'},   // runtime/prof.c
};

// ---------------------------------------------------------------- lookup

bool std_known(const char *path) {
  for (size_t i = 0; i < sizeof(funcs) / sizeof(funcs[0]); i++)
    if (!strcmp(funcs[i].f.pkg, path))
      return true;
  for (size_t i = 0; i < sizeof(consts) / sizeof(consts[0]); i++)
    if (!strcmp(consts[i].pkg, path))
      return true;
  for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]); i++)
    if (!strcmp(vars[i].pkg, path))
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
    Obj *o = global_obj(OBJ_CONST, name, ty_untyped_string);
    o->cval = const_string(consts[i].value, (int64_t)strlen(consts[i].value));
    return o;
  }
  for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]); i++) {
    if (strcmp(vars[i].pkg, path) || strcmp(vars[i].name, name))
      continue;
    Obj *o = global_obj(OBJ_VAR, name, std_sig_type(vars[i].sig));
    o->linkname = (char *)vars[i].csym;   // lower/ gives it a Var of that symbol
    return o;
  }
  return NULL;
}

// The escape summary of a runtime function or method (NULL: not one of ours).
const char *std_tags(const char *csym) {
  for (size_t i = 0; i < sizeof(funcs) / sizeof(funcs[0]); i++)
    if (!strcmp(funcs[i].f.csym, csym))
      return funcs[i].tags;
  return runtime_profile_tags(csym);
}
