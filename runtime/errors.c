// errors.c — package errors (New, Is, As, Unwrap) and the error types the
// runtime creates itself: *errors.errorString and fmt.Errorf's
// *fmt.wrapError. Their descriptors are built here, with method tables in
// the layout codegen uses (compiler/cg_types.c): each method takes the
// interface's data word first.
#include "rt_std.h"

#include <string.h>

static const GoType string_type = {.size = 16, .kind = GK_STRING, .has_ptrs = 1, .str = "string"};
static const GoType error_iface = {.size = 16, .kind = GK_INTERFACE, .has_ptrs = 1, .str = "error"};

// ---------------------------------------------------------------- *errors.errorString

typedef struct { GoString s; } ErrorString;

static GoString errorstring_Error(void *data) { return ((ErrorString *)data)->s; }

static const GoField errorstring_fields[] = {{"s", &string_type, 0, 0, 0}};
static const GoType errorstring_type = {
    .size = 16, .kind = GK_STRUCT, .has_ptrs = 1, .named = 1, .nfields = 1,
    .str = "errors.errorString", .fields = errorstring_fields};
static const GoMethod errorstring_methods[] = {{"Error", "func() string", (void *)errorstring_Error}};
static const GoType errorstring_ptr = {
    .size = 8, .kind = GK_POINTER, .direct = 1, .has_ptrs = 1, .str = "*errors.errorString",
    .elem = &errorstring_type, .methods = errorstring_methods, .nmethods = 1};

GoEface rt_error_new(const uint8_t *msg, int64_t len) {
  ErrorString *e = escgo_alloc(sizeof(ErrorString), 1);
  e->s = rt_newstr(msg, len);
  return (GoEface){&errorstring_ptr, e};
}

// errors.New keeps the caller's string (gc: leaking param: text).
GoEface escgo_errors_New(const uint8_t *p, int64_t n) {
  ErrorString *e = escgo_alloc(sizeof(ErrorString), 1);
  e->s = (GoString){p, n};
  return (GoEface){&errorstring_ptr, e};
}

// panic("msg"), as the standard packages' Go source does: the value is a
// string (recover() gives a string, %T prints "string").
_Noreturn void rt_panic_str(const char *msg) { rt_panic_string(msg, strlen(msg)); }

// ---------------------------------------------------------------- *fmt.wrapError

typedef struct { GoString msg; GoEface err; } WrapError;

static GoString wraperror_Error(void *data) { return ((WrapError *)data)->msg; }
static GoEface wraperror_Unwrap(void *data) { return ((WrapError *)data)->err; }

static const GoField wraperror_fields[] = {{"msg", &string_type, 0, 0, 0},
                                           {"err", &error_iface, 16, 0, 0}};
static const GoType wraperror_type = {
    .size = 32, .kind = GK_STRUCT, .has_ptrs = 1, .named = 1, .nfields = 2,
    .str = "fmt.wrapError", .fields = wraperror_fields};
static const GoMethod wraperror_methods[] = {{"Error", "func() string", (void *)wraperror_Error},
                                             {"Unwrap", "func() error", (void *)wraperror_Unwrap}};
static const GoType wraperror_ptr = {
    .size = 8, .kind = GK_POINTER, .direct = 1, .has_ptrs = 1, .str = "*fmt.wrapError",
    .elem = &wraperror_type, .methods = wraperror_methods, .nmethods = 2};

GoEface rt_wrap_error(GoString msg, GoEface err) {
  WrapError *w = escgo_alloc(sizeof(WrapError), 1);
  w->msg = msg;
  w->err = err;
  return (GoEface){&wraperror_ptr, w};
}

// ---------------------------------------------------------------- Is, As, Unwrap

void *rt_method(const GoType *t, const char *name, const char *sig) {
  if (!t)
    return NULL;
  for (int64_t i = 0; i < t->nmethods; i++)
    if (!strcmp(t->methods[i].name, name) && !strcmp(t->methods[i].sig, sig))
      return t->methods[i].fn;
  return NULL;
}

GoEface escgo_errors_Unwrap(const GoType *t, void *data) {
  void *fn = rt_method(t, "Unwrap", "func() error");
  if (!fn)
    return (GoEface){NULL, NULL};
  return ((GoEface(*)(void *))fn)(data);
}

static bool comparable(const GoType *t) {
  switch (t->kind) {
  case GK_SLICE: case GK_MAP: case GK_FUNC: return false;
  default: return true;
  }
}

// Is: err or anything in its Unwrap chain equals target, or says so through
// an Is(error) bool method.
bool escgo_errors_Is(const GoType *et, void *ed, const GoType *tt, void *td) {
  if (!et || !tt)
    return et == tt;
  bool cmp = comparable(tt);
  for (;;) {
    if (cmp && escgo_efaceeq(et, ed, tt, td))
      return true;
    void *is = rt_method(et, "Is", "func(error) bool");
    if (is && ((bool (*)(void *, const GoType *, void *))is)(ed, tt, td))
      return true;
    GoEface next = escgo_errors_Unwrap(et, ed);
    if (!next.type)
      return false;
    et = next.type;
    ed = next.data;
  }
}

// Stores err (dynamic type et) into *target, whose element type is want.
static void store_as(const GoType *want, void *target, const GoType *et, void *ed) {
  if (want->kind == GK_INTERFACE) {
    *(GoEface *)target = (GoEface){et, ed};
  } else if (et->direct) {
    *(void **)target = ed;
  } else {
    memcpy(target, ed, (size_t)et->size);
  }
}

// The runtime's own descriptors (*strconv.NumError...) and codegen's for the
// same package type are different objects: package types compare by name
// (a program's own types are "main.X", never "strconv.X").
static bool same_type(const GoType *a, const GoType *b) {
  if (a == b)
    return true;
  const char *s = a->str;
  return s && !strstr(s, "main.") && !strcmp(s, b->str);
}

// As: the first error in err's chain assignable to *target is stored there.
// Panics like Go for a nil or non-pointer target.
bool escgo_errors_As(const GoType *et, void *ed, const GoType *tt, void *td) {
  if (!tt || tt->kind != GK_POINTER || !td)
    rt_panic_str("errors: target must be a non-nil pointer");
  const GoType *want = tt->elem;   // (the compiler-side check that *target implements
                                   // error needs method tables codegen may not emit)
  while (et) {
    bool ok = want->kind == GK_INTERFACE ? escgo_implements(want, et) : same_type(et, want);
    if (ok) {
      store_as(want, td, et, ed);
      return true;
    }
    void *as = rt_method(et, "As", "func(interface {}) bool");
    if (as && ((bool (*)(void *, const GoType *, void *))as)(ed, tt, td))
      return true;
    GoEface next = escgo_errors_Unwrap(et, ed);
    et = next.type;
    ed = next.data;
  }
  return false;
}
