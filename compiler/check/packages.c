// check/packages.c — package testing, the one standard package escgo still
// implements in C (runtime/testing.c; docs/testing.md says what replacing
// it with Go's own source needs): its functions and methods, its types
// declared here. Every other standard package compiles from Go's source
// (package runtime from overlay/runtime).
//
// Signatures are written compactly: params '>' results, one letter a type:
// i int, I int64, f float64, s string, b bool, a any,
// T *testing.T, B *testing.B, F func(*testing.T),
// G func(*testing.B), H func(*testing.M), x func();
// a 'v' before the last
// parameter makes it variadic.
// Each function's escape summary (what its parameters leak) is in
// escape/leaks.c, like gc's //go:noescape annotations.
#include "internal.h"

#include <string.h>

static const PkgFunc pkgfuncs[] = {
    // testing (runtime/testing.c). The Escgo* functions are called only by
    // the test main that `escgo test` generates (compiler/driver/test.c).
    {"testing", "AllocsPerRun", "escgo_testing_AllocsPerRun", "ix>f"},
    {"testing", "Short", "escgo_testing_Short", ">b"},
    {"testing", "Verbose", "escgo_testing_Verbose", ">b"},
    {"testing", "EscgoAddTest", "escgo_testing_AddTest", "sF>"},
    {"testing", "EscgoAddBenchmark", "escgo_testing_AddBenchmark", "sG>"},
    {"testing", "EscgoMain", "escgo_testing_Main", "s>"},
    {"testing", "EscgoMainM", "escgo_testing_MainM", "sH>"},
};

// Methods of package types, also implemented in the runtime: the C function
// takes the receiver (a pointer) first. A '@' first in the signature passes
// the caller's "file.go:LINE" as a hidden string after the receiver (t.Log
// prints where it was called; see lower/method.c).
typedef struct {
  const char *pkg, *type;
  PkgFunc f;
} PkgMethod;

static const PkgMethod pkgmethods[] = {
    // *testing.T and *testing.B share one C implementation of their common part.
#define COMMON(T)                                                        \
    {"testing", T, {"testing", "Error", "escgo_testing_Error", "@va>"}},   \
    {"testing", T, {"testing", "Errorf", "escgo_testing_Errorf", "@sva>"}}, \
    {"testing", T, {"testing", "Fatal", "escgo_testing_Fatal", "@va>"}},   \
    {"testing", T, {"testing", "Fatalf", "escgo_testing_Fatalf", "@sva>"}}, \
    {"testing", T, {"testing", "Log", "escgo_testing_Log", "@va>"}},       \
    {"testing", T, {"testing", "Logf", "escgo_testing_Logf", "@sva>"}},    \
    {"testing", T, {"testing", "Skip", "escgo_testing_Skip", "@va>"}},     \
    {"testing", T, {"testing", "Skipf", "escgo_testing_Skipf", "@sva>"}},  \
    {"testing", T, {"testing", "SkipNow", "escgo_testing_SkipNow", ">"}},   \
    {"testing", T, {"testing", "Skipped", "escgo_testing_Skipped", ">b"}},  \
    {"testing", T, {"testing", "Fail", "escgo_testing_Fail", ">"}},         \
    {"testing", T, {"testing", "FailNow", "escgo_testing_FailNow", ">"}},   \
    {"testing", T, {"testing", "Failed", "escgo_testing_Failed", ">b"}},    \
    {"testing", T, {"testing", "Helper", "escgo_testing_Helper", ">"}},     \
    {"testing", T, {"testing", "Name", "escgo_testing_Name", ">s"}}
    COMMON("T"),
    COMMON("B"),
#undef COMMON
    {"testing", "T", {"testing", "Run", "escgo_testing_T_Run", "sF>b"}},
    {"testing", "B", {"testing", "Run", "escgo_testing_B_Run", "sG>b"}},
    {"testing", "B", {"testing", "ResetTimer", "escgo_testing_ResetTimer", ">"}},
    {"testing", "B", {"testing", "StartTimer", "escgo_testing_StartTimer", ">"}},
    {"testing", "B", {"testing", "StopTimer", "escgo_testing_StopTimer", ">"}},
    {"testing", "B", {"testing", "ReportAllocs", "escgo_testing_ReportAllocs", ">"}},
    {"testing", "B", {"testing", "ReportMetric", "escgo_testing_ReportMetric", "fs>"}},
    {"testing", "B", {"testing", "SetBytes", "escgo_testing_SetBytes", "I>"}},
    {"testing", "M", {"testing", "Run", "escgo_testing_M_Run", ">i"}},
};

// A declared type of a package of these tables.
static Type *named_type(const char *pkg, const char *name, Type *underlying) {
  Type *t = new_type(TY_NAMED);
  t->name = (char *)name;
  t->pkg = (char *)pkg;
  t->underlying = underlying;
  return t;
}

// ---------------------------------------------------------------- testing.T, testing.B

static Type *sig_from_string(const char *sig);
static void add_table_method(Type *t, const PkgFunc *f, Type *sig);

// The methods of pkgmethods declared on the named type t (pointer receivers).
static void attach_methods(Type *t) {
  for (size_t i = 0; i < sizeof(pkgmethods) / sizeof(pkgmethods[0]); i++) {
    const PkgMethod *pm = &pkgmethods[i];
    if (strcmp(pm->pkg, t->pkg) || strcmp(pm->type, t->name))
      continue;
    add_table_method(t, &pm->f, sig_from_string(pm->f.sig));
  }
}

// A method of a table's type: f, a C function taking the receiver (a
// pointer) first, with signature sig.
static void add_table_method(Type *t, const PkgFunc *f, Type *sig) {
  Obj *o = new_obj(OBJ_FUNC, xstrdup(f->name), sig, (Pos){0});
  o->pkgfunc = f;
  o->global = true;
  o->state = 2;
  t->methods = xrealloc(t->methods, sizeof(Method) * (t->nmethods + 1));
  t->methods[t->nmethods++] =
      (Method){.name = o->name, .sig = o->type, .ptr_recv = true, .func = o, .csym = f->csym};
}

// testing.T, testing.B and testing.M: only ever handled through pointers the runtime
// made (runtime/testing.c's TB, whose first word is B.N); the Go side sees
// the exported field N and one unexported word.
static Type *testing_type(const char *name, bool with_n) {
  Type *st = new_type(TY_STRUCT);
  st->fields = xmalloc(sizeof(Field) * 2);
  st->fields[st->nfields++] = (Field){.name = with_n ? "N" : "escgo_tb", .type = ty_int};
  st->fields[st->nfields++] = (Field){.name = "escgo_impl", .type = ty_uintptr};
  return named_type("testing", name, st);
}

// One type per name, its methods attached once.
static Type *testing_named(Type **cache, const char *name, bool with_n) {
  if (!*cache) {
    *cache = testing_type(name, with_n);
    attach_methods(*cache);
  }
  return *cache;
}

static Type *testing_T(void) { static Type *t; return testing_named(&t, "T", false); }
static Type *testing_B(void) { static Type *t; return testing_named(&t, "B", true); }
static Type *testing_M(void) { static Type *t; return testing_named(&t, "M", false); }   // TestMain's

// func(*T), func(*B), func()
static Type *func_of(Type *param) {
  Type *f = new_type(TY_FUNC);
  f->fields = xmalloc(sizeof(Field));
  if (param)
    f->fields[f->nfields++].type = param;
  return f;
}

static const struct {
  const char *pkg, *name;
  Type *(*make)(void);
} pkgtypes[] = {
    {"testing", "T", testing_T},
    {"testing", "B", testing_B},
    {"testing", "M", testing_M},
};

// ---------------------------------------------------------------- lookup

static Type *sig_letter(char c) {
  switch (c) {
  case 'i': return ty_int;
  case 'I': return ty_int64;
  case 'f': return ty_float64;
  case 's': return ty_string;
  case 'b': return ty_bool;
  case 'a': return ty_any;
  case 'T': return ptr_to(testing_T());
  case 'B': return ptr_to(testing_B());
  case 'F': return func_of(ptr_to(testing_T()));
  case 'G': return func_of(ptr_to(testing_B()));
  case 'H': return func_of(ptr_to(testing_M()));
  case 'x': return func_of(NULL);
  default: ice("bad signature letter %c", c);
  }
}

// A compact signature (above).
static Type *sig_from_string(const char *sig) {
  Type *t = new_type(TY_FUNC);
  if (*sig == '@')
    sig++;  // the hidden caller position is not part of the Go signature
  const char *gt = strchr(sig, '>');
  int np = 0, nr = (int)strlen(gt + 1);
  for (const char *p = sig; p < gt; p++)
    if (*p != 'v')
      np++;
  t->fields = xmalloc(sizeof(Field) * (np + 1));
  t->results = xmalloc(sizeof(Field) * (nr + 1));
  for (const char *p = sig; p < gt; p++) {
    if (*p == 'v') {
      t->variadic = true;
      continue;
    }
    Type *pt = sig_letter(*p);
    t->fields[t->nfields++].type = t->variadic && p == gt - 1 ? slice_of(pt) : pt;
  }
  for (const char *p = gt + 1; *p; p++)
    t->results[t->nresults++].type = sig_letter(*p);
  return t;
}

// The C-implemented packages imported so far, where std_named_type looks.
static Vec std_paths;

static void remember_std_path(const char *path) {
  for (int i = 0; i < std_paths.len; i++)
    if (!strcmp(std_paths.data[i], path))
      return;
  vec_push(&std_paths, xstrdup(path));
}

Type *std_type(const char *path, const char *name) {
  Obj pkg = {.kind = OBJ_PKG, .pkgpath = (char *)path};
  Obj *o = package_member(&pkg, name);
  if (!o || o->kind != OBJ_TYPE)
    return NULL;
  remember_std_path(path);
  return o->type;
}

// A type records its package's name ("atomic"): the path ("sync/atomic") is
// one of those imported so far whose last element that is.
const char *std_type_path(Type *t) {
  for (int i = 0; i < std_paths.len; i++) {
    const char *path = std_paths.data[i], *slash = strrchr(path, '/');
    if (t->pkg && t->name && !strcmp(slash ? slash + 1 : path, t->pkg) &&
        std_type(path, t->name) == t)
      return path;
  }
  return NULL;
}

// Whether one of the tables here describes the standard package path (its
// functions implemented in C): the driver compiles the others from Go's source.
bool std_package_in_runtime(const char *path) {
  for (size_t i = 0; i < sizeof(pkgfuncs) / sizeof(pkgfuncs[0]); i++)
    if (!strcmp(pkgfuncs[i].pkg, path))
      return true;
  return !strcmp(path, "unsafe");
}

Obj *import_package(const char *path, Pos pos) {
  if (!std_package_in_runtime(path))
    return NULL;
  remember_std_path(path);
  const char *slash = strrchr(path, '/');
  Obj *o = new_obj(OBJ_PKG, xstrdup(slash ? slash + 1 : path), NULL, pos);
  o->pkgpath = xstrdup(path);
  o->state = 2;
  return o;
}

// A function (OBJ_FUNC with pkgfunc set) or a type (OBJ_TYPE) of pkg.
Obj *package_member(Obj *pkg, const char *name) {
  if (!strcmp(pkg->pkgpath, "unsafe"))
    return unsafe_member(name);   // check/unsafe.c
  for (size_t i = 0; i < sizeof(pkgfuncs) / sizeof(pkgfuncs[0]); i++) {
    const PkgFunc *f = &pkgfuncs[i];
    if (strcmp(f->pkg, pkg->pkgpath) || strcmp(f->name, name))
      continue;
    Obj *o = new_obj(OBJ_FUNC, xstrdup(name), sig_from_string(f->sig), (Pos){0});
    o->pkgfunc = f;
    o->global = true;
    o->state = 2;
    return o;
  }
  for (size_t i = 0; i < sizeof(pkgtypes) / sizeof(pkgtypes[0]); i++) {
    if (strcmp(pkgtypes[i].pkg, pkg->pkgpath) || strcmp(pkgtypes[i].name, name))
      continue;
    Obj *o = new_obj(OBJ_TYPE, xstrdup(name), pkgtypes[i].make(), (Pos){0});
    o->global = true;
    o->state = 2;
    return o;
  }
  return NULL;
}
