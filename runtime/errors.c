// errors.c — the error type the C runtime creates itself: *errors.errorString
// (the C packages' errors). Its descriptor is built here, with a method table
// in the layout codegen uses (compiler/codegen/types.c): each method takes
// the interface's data word first. The package errors itself compiles from
// Go's source; its Is, As and Unwrap find these methods by name and
// signature as they find a program's.
#include "rt_std.h"

#include <string.h>

static const GoType string_type = {.size = 16, .kind = GK_STRING, .has_ptrs = 1, .str = "string"};

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

// panic("msg"), as the standard packages' Go source does: the value is a
// string (recover() gives a string, %T prints "string").
_Noreturn void rt_panic_str(const char *msg) { rt_panic_string(msg, strlen(msg)); }

// ---------------------------------------------------------------- method lookup

void *rt_method(const GoType *t, const char *name, const char *sig) {
  if (!t)
    return NULL;
  for (int64_t i = 0; i < t->nmethods; i++)
    if (!strcmp(t->methods[i].name, name) && !strcmp(t->methods[i].sig, sig))
      return t->methods[i].fn;
  return NULL;
}
