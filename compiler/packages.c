// packages.c — the standard packages escgo knows: their functions are
// implemented in the runtime (C), their types declared here.
//
// Signatures are written compactly: params '>' results, one letter a type:
// i int, I int64, u uint64, f float64, s string, b bool, a any, e error,
// M *runtime.MemStats; a 'v' before the last parameter makes it variadic.
// Each function's escape summary (what its parameters leak) is in
// escape/leaks.c, like gc's //go:noescape annotations.
#include "check.h"

#include <string.h>

static const PkgFunc pkgfuncs[] = {
    {"fmt", "Println", "escgo_fmt_Println", "va>ie"},
    {"fmt", "Print", "escgo_fmt_Print", "va>ie"},
    {"fmt", "Printf", "escgo_fmt_Printf", "sva>ie"},
    {"fmt", "Sprintln", "escgo_fmt_Sprintln", "va>s"},
    {"fmt", "Sprint", "escgo_fmt_Sprint", "va>s"},
    {"fmt", "Sprintf", "escgo_fmt_Sprintf", "sva>s"},
    {"os", "Exit", "escgo_os_Exit", "i>"},
    {"math/rand", "Int", "escgo_rand_Int", ">i"},
    {"math/rand", "Intn", "escgo_rand_Intn", "i>i"},
    {"math/rand", "Float64", "escgo_rand_Float64", ">f"},
    {"math/rand", "Seed", "escgo_rand_Seed", "I>"},
    {"runtime", "GC", "escgo_runtime_GC", ">"},
    {"runtime", "ReadMemStats", "escgo_runtime_ReadMemStats", "M>"},
};

// ---------------------------------------------------------------- runtime.MemStats

// Go 1.19's runtime.MemStats, field for field, so programs that print any
// field compile; runtime/memstats.c fills it (and documents what is exact).
static Type *memstats_type(void) {
  static Type *t;
  if (t)
    return t;
  static const char *u64[] = {
      "Alloc", "TotalAlloc", "Sys", "Lookups", "Mallocs", "Frees", "HeapAlloc", "HeapSys",
      "HeapIdle", "HeapInuse", "HeapReleased", "HeapObjects", "StackInuse", "StackSys",
      "MSpanInuse", "MSpanSys", "MCacheInuse", "MCacheSys", "BuckHashSys", "GCSys", "OtherSys",
      "NextGC", "LastGC", "PauseTotalNs",
  };
  enum { NU64 = sizeof(u64) / sizeof(u64[0]) };
  Type *bysize = new_type(TY_STRUCT);
  bysize->nfields = 3;
  bysize->fields = xmalloc(sizeof(Field) * 3);
  bysize->fields[0] = (Field){.name = "Size", .type = ty_uint32};
  bysize->fields[1] = (Field){.name = "Mallocs", .type = ty_uint64};
  bysize->fields[2] = (Field){.name = "Frees", .type = ty_uint64};
  Type *st = new_type(TY_STRUCT);
  st->fields = xmalloc(sizeof(Field) * (NU64 + 9));
  for (int i = 0; i < NU64; i++)
    st->fields[st->nfields++] = (Field){.name = (char *)u64[i], .type = ty_uint64};
  st->fields[st->nfields++] = (Field){.name = "PauseNs", .type = array_of(ty_uint64, 256)};
  st->fields[st->nfields++] = (Field){.name = "PauseEnd", .type = array_of(ty_uint64, 256)};
  st->fields[st->nfields++] = (Field){.name = "NumGC", .type = ty_uint32};
  st->fields[st->nfields++] = (Field){.name = "NumForcedGC", .type = ty_uint32};
  st->fields[st->nfields++] = (Field){.name = "GCCPUFraction", .type = ty_float64};
  st->fields[st->nfields++] = (Field){.name = "EnableGC", .type = ty_bool};
  st->fields[st->nfields++] = (Field){.name = "DebugGC", .type = ty_bool};
  st->fields[st->nfields++] = (Field){.name = "BySize", .type = array_of(bysize, 61)};
  t = new_type(TY_NAMED);
  t->name = "MemStats";
  t->pkg = "runtime";
  t->underlying = st;
  return t;
}

static const struct {
  const char *pkg, *name;
  Type *(*make)(void);
} pkgtypes[] = {
    {"runtime", "MemStats", memstats_type},
};

// ---------------------------------------------------------------- lookup

static Type *sig_letter(char c) {
  switch (c) {
  case 'i': return ty_int;
  case 'I': return ty_int64;
  case 'u': return ty_uint64;
  case 'f': return ty_float64;
  case 's': return ty_string;
  case 'b': return ty_bool;
  case 'a': return ty_any;
  case 'e': return ty_error;
  case 'M': return ptr_to(memstats_type());
  default: ice("bad signature letter %c", c);
  }
}

static Type *sig_from_string(const char *sig) {
  Type *t = new_type(TY_FUNC);
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

Obj *import_package(const char *path, Pos pos) {
  bool known = false;
  for (size_t i = 0; i < sizeof(pkgfuncs) / sizeof(pkgfuncs[0]); i++)
    if (!strcmp(pkgfuncs[i].pkg, path))
      known = true;
  if (!known)
    return NULL;
  const char *slash = strrchr(path, '/');
  Obj *o = new_obj(OBJ_PKG, xstrdup(slash ? slash + 1 : path), NULL, pos);
  o->pkgpath = xstrdup(path);
  o->state = 2;
  return o;
}

// A function (OBJ_FUNC with pkgfunc set) or a type (OBJ_TYPE) of pkg.
Obj *package_member(Obj *pkg, const char *name) {
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
