// check/packages_sync.c — the packages of goroutine programs: sync (WaitGroup,
// Mutex, RWMutex, Once, Pool: package types whose methods are runtime C
// functions), sync/atomic, and runtime's NumGoroutine, GOMAXPROCS, Gosched
// and KeepAlive. check/packages.c asks here for what its own tables lack.
//
// The types keep Go 1.19's sizes; runtime/sync.c documents how it uses
// their words. The escape tags (sync_pkg_tags) are what gc 1.19 reports:
// every sync method's receiver and every atomic address leaks to the heap
// (`var mu sync.Mutex; mu.Lock()` -> "moved to heap: mu"), Once.Do's f and
// KeepAlive's x do not escape.
#include "internal.h"

#include <string.h>

static Type *fields_struct(int n, const char **names, Type **types) {
  Type *st = new_type(TY_STRUCT);
  st->fields = xmalloc(sizeof(Field) * (n + 1));
  for (int i = 0; i < n; i++)
    st->fields[st->nfields++] = (Field){.name = (char *)names[i], .type = types[i]};
  return st;
}

static Type *named(const char *pkg, const char *name, Type *under) {
  Type *t = new_type(TY_NAMED);
  t->name = (char *)name;
  t->pkg = (char *)pkg;
  t->underlying = under;
  return t;
}

static Type *func_of(int np, Type **ps, Type *result) {
  Type *t = new_type(TY_FUNC);
  t->fields = xmalloc(sizeof(Field) * (np + 1));
  t->results = xmalloc(sizeof(Field) * 2);
  for (int i = 0; i < np; i++)
    t->fields[t->nfields++].type = ps[i];
  if (result)
    t->results[t->nresults++].type = result;
  return t;
}

// A method of a sync type: implemented by the runtime function csym, which
// takes the receiver pointer first.
static void add_method(Type *t, const char *name, const char *csym, Type *sig) {
  PkgFunc *pf = xmalloc(sizeof(PkgFunc));
  pf->pkg = "sync";
  pf->name = name;
  pf->csym = csym;
  pf->sig = "";
  Obj *o = new_obj(OBJ_FUNC, name, sig, (Pos){0});
  o->pkgfunc = pf;
  o->global = true;
  o->state = 2;
  o->used = true;
  t->methods = xrealloc(t->methods, sizeof(Method) * (t->nmethods + 1));
  t->methods[t->nmethods++] = (Method){.name = (char *)name, .sig = sig, .ptr_recv = true, .func = o, .csym = csym};
}

static Type *mutex_type(void) {
  static Type *t;
  if (t)
    return t;
  const char *n[] = {"state", "sema"};
  Type *ts[] = {ty_int32, ty_uint32};
  t = named("sync", "Mutex", fields_struct(2, n, ts));
  add_method(t, "Lock", "escgo_sync_Mutex_Lock", func_of(0, NULL, NULL));
  add_method(t, "Unlock", "escgo_sync_Mutex_Unlock", func_of(0, NULL, NULL));
  add_method(t, "TryLock", "escgo_sync_Mutex_TryLock", func_of(0, NULL, ty_bool));
  return t;
}

static Type *rwmutex_type(void) {
  static Type *t;
  if (t)
    return t;
  const char *n[] = {"w", "writerSem", "readerSem", "readerCount", "readerWait"};
  Type *ts[] = {mutex_type(), ty_uint32, ty_uint32, ty_int32, ty_int32};
  t = named("sync", "RWMutex", fields_struct(5, n, ts));
  add_method(t, "Lock", "escgo_sync_RWMutex_Lock", func_of(0, NULL, NULL));
  add_method(t, "Unlock", "escgo_sync_RWMutex_Unlock", func_of(0, NULL, NULL));
  add_method(t, "RLock", "escgo_sync_RWMutex_RLock", func_of(0, NULL, NULL));
  add_method(t, "RUnlock", "escgo_sync_RWMutex_RUnlock", func_of(0, NULL, NULL));
  return t;
}

static Type *waitgroup_type(void) {
  static Type *t;
  if (t)
    return t;
  const char *n[] = {"state1", "state2"};
  Type *ts[] = {ty_uint64, ty_uint32};
  t = named("sync", "WaitGroup", fields_struct(2, n, ts));
  add_method(t, "Add", "escgo_sync_WaitGroup_Add", func_of(1, (Type *[]){ty_int}, NULL));
  add_method(t, "Done", "escgo_sync_WaitGroup_Done", func_of(0, NULL, NULL));
  add_method(t, "Wait", "escgo_sync_WaitGroup_Wait", func_of(0, NULL, NULL));
  return t;
}

static Type *once_type(void) {
  static Type *t;
  if (t)
    return t;
  const char *n[] = {"done", "m"};
  Type *ts[] = {ty_uint32, mutex_type()};
  t = named("sync", "Once", fields_struct(2, n, ts));
  add_method(t, "Do", "escgo_sync_Once_Do", func_of(1, (Type *[]){func_of(0, NULL, NULL)}, NULL));
  return t;
}

static Type *pool_type(void) {
  static Type *t;
  if (t)
    return t;
  const char *n[] = {"local", "localSize", "victim", "victimSize", "New"};
  Type *ts[] = {ty_unsafeptr, ty_uintptr, ty_unsafeptr, ty_uintptr, func_of(0, NULL, ty_any)};
  t = named("sync", "Pool", fields_struct(5, n, ts));
  add_method(t, "Get", "escgo_sync_Pool_Get", func_of(0, NULL, ty_any));
  add_method(t, "Put", "escgo_sync_Pool_Put", func_of(1, (Type *[]){ty_any}, NULL));
  return t;
}

static const struct {
  const char *name;
  Type *(*make)(void);
} sync_types[] = {
    {"Mutex", mutex_type}, {"RWMutex", rwmutex_type}, {"WaitGroup", waitgroup_type},
    {"Once", once_type},   {"Pool", pool_type},
};

// ---------------------------------------------------------------- functions

// Signature letters: i int, j int32, J *int32, K *int64, u uint64, U *uint64,
// w uint32, W *uint32,
// I int64, b bool, a any, p unsafe.Pointer, P *unsafe.Pointer; params '>' results.
// The pointer functions are assembly in Go: gc's tags say every pointer
// argument leaks to the heap ("leaking param: addr", "leaking param: new").
typedef struct {
  const char *pkg, *name, *csym, *sig, *tags;
} SyncFunc;

static const SyncFunc funcs[] = {
    {"sync/atomic", "AddInt32", "escgo_atomic_AddInt32", "Jj>j", "h"},
    {"sync/atomic", "AddInt64", "escgo_atomic_AddInt64", "KI>I", "h"},
    {"sync/atomic", "AddUint64", "escgo_atomic_AddUint64", "Uu>u", "h"},
    {"sync/atomic", "LoadInt32", "escgo_atomic_LoadInt32", "J>j", "h"},
    {"sync/atomic", "LoadInt64", "escgo_atomic_LoadInt64", "K>I", "h"},
    {"sync/atomic", "LoadUint64", "escgo_atomic_LoadUint64", "U>u", "h"},
    {"sync/atomic", "StoreInt32", "escgo_atomic_StoreInt32", "Jj>", "h"},
    {"sync/atomic", "StoreInt64", "escgo_atomic_StoreInt64", "KI>", "h"},
    {"sync/atomic", "StoreUint64", "escgo_atomic_StoreUint64", "Uu>", "h"},
    {"sync/atomic", "LoadUint32", "escgo_atomic_LoadUint32", "W>w", "h"},
    {"sync/atomic", "StoreUint32", "escgo_atomic_StoreUint32", "Ww>", "h"},
    {"sync/atomic", "CompareAndSwapInt32", "escgo_atomic_CompareAndSwapInt32", "Jjj>b", "h"},
    {"sync/atomic", "CompareAndSwapInt64", "escgo_atomic_CompareAndSwapInt64", "KII>b", "h"},
    {"sync/atomic", "CompareAndSwapUint64", "escgo_atomic_CompareAndSwapUint64", "Uuu>b", "h"},
    {"sync/atomic", "LoadPointer", "escgo_atomic_LoadPointer", "P>p", "h"},
    {"sync/atomic", "StorePointer", "escgo_atomic_StorePointer", "Pp>", "hh"},
    {"sync/atomic", "SwapPointer", "escgo_atomic_SwapPointer", "Pp>p", "hh"},
    {"sync/atomic", "CompareAndSwapPointer", "escgo_atomic_CompareAndSwapPointer", "Ppp>b", "hhh"},
    {"runtime", "NumGoroutine", "escgo_runtime_NumGoroutine", ">i", ""},
    {"runtime", "GOMAXPROCS", "escgo_runtime_GOMAXPROCS", "i>i", "n"},
    {"runtime", "Gosched", "escgo_runtime_Gosched", ">", ""},
    {"runtime", "KeepAlive", "escgo_runtime_KeepAlive", "a>", "n"},
};
enum { NFUNCS = sizeof(funcs) / sizeof(funcs[0]) };

static Type *letter(char c) {
  switch (c) {
  case 'i': return ty_int;
  case 'j': return ty_int32;
  case 'J': return ptr_to(ty_int32);
  case 'I': return ty_int64;
  case 'K': return ptr_to(ty_int64);
  case 'u': return ty_uint64;
  case 'U': return ptr_to(ty_uint64);
  case 'w': return ty_uint32;
  case 'W': return ptr_to(ty_uint32);
  case 'b': return ty_bool;
  case 'a': return ty_any;
  case 'p': return ty_unsafeptr;
  case 'P': return ptr_to(ty_unsafeptr);
  default: ice("bad signature letter %c", c);
  }
}

static Type *sig_of(const char *sig) {
  Type *ps[4];
  int np = 0;
  const char *p = sig;
  for (; *p != '>'; p++)
    ps[np++] = letter(*p);
  return func_of(np, ps, p[1] ? letter(p[1]) : NULL);
}

bool sync_package_known(const char *path) {
  if (!strcmp(path, "sync"))
    return true;
  for (int i = 0; i < NFUNCS; i++)
    if (!strcmp(funcs[i].pkg, path))
      return true;
  return false;
}

// A member of sync, sync/atomic or runtime declared here, or NULL.
Obj *sync_package_member(Obj *pkg, const char *name) {
  for (int i = 0; i < NFUNCS; i++) {
    const SyncFunc *f = &funcs[i];
    if (strcmp(f->pkg, pkg->pkgpath) || strcmp(f->name, name))
      continue;
    PkgFunc *pf = xmalloc(sizeof(PkgFunc));
    *pf = (PkgFunc){f->pkg, f->name, f->csym, f->sig};
    Obj *o = new_obj(OBJ_FUNC, xstrdup(name), sig_of(f->sig), (Pos){0});
    o->pkgfunc = pf;
    o->global = true;
    o->state = 2;
    return o;
  }
  if (strcmp(pkg->pkgpath, "sync"))
    return NULL;
  for (size_t i = 0; i < sizeof(sync_types) / sizeof(sync_types[0]); i++) {
    if (strcmp(sync_types[i].name, name))
      continue;
    Obj *o = new_obj(OBJ_TYPE, xstrdup(name), sync_types[i].make(), (Pos){0});
    o->type->obj = o;
    o->global = true;
    o->state = 2;
    return o;
  }
  return NULL;
}

// Escape tags (escape/leaks.c's letters) of the functions and methods above;
// NULL for other symbols. Methods: the receiver first.
const char *sync_pkg_tags(const char *csym) {
  for (int i = 0; i < NFUNCS; i++)
    if (!strcmp(funcs[i].csym, csym))
      return funcs[i].tags;
  if (!strncmp(csym, "escgo_chan", 10) || !strcmp(csym, "escgo_closechan"))
    return "n";   // close, len, cap: gc discards the channel
  if (!strcmp(csym, "escgo_sync_Once_Do"))
    return "hn";
  if (!strncmp(csym, "escgo_sync_", 11))
    return "hh";
  return NULL;
}
