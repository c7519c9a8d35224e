// errors.c — the error types the C runtime creates itself: *errors.errorString
// (strconv's errors, fmt.Errorf without %w) and fmt.Errorf's *fmt.wrapError.
// Their descriptors are built here, with method tables in the layout codegen
// uses (compiler/codegen/types.c): each method takes the interface's data
// word first. The package errors itself compiles from Go's source; its Is,
// As and Unwrap find these methods by name and signature as they find a
// program's (wrapError's Unwrap is "func() error").
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

// An *errors.errorString keeping the caller's string, as errors.New does.
GoEface rt_error_keep(const uint8_t *p, int64_t n) {
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

// ---------------------------------------------------------------- method lookup

void *rt_method(const GoType *t, const char *name, const char *sig) {
  if (!t)
    return NULL;
  for (int64_t i = 0; i < t->nmethods; i++)
    if (!strcmp(t->methods[i].name, name) && !strcmp(t->methods[i].sig, sig))
      return t->methods[i].fn;
  return NULL;
}
