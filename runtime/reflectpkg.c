// reflectpkg.c — a minimal package reflect: ValueOf and a Value's Kind, Int,
// String, Interface, Elem, Pointer and UnsafeAddr, plus Kind's String. A
// Value is an interface value (compiler/pkgstd.c's layout: a hidden `any`
// field) and, when it is addressable (Elem of a pointer), the address of the
// value it denotes; the kinds are GoType's, numbered like reflect.Kind.
// Panics use gc's words.
#include "rt_std.h"

#include <stdio.h>
#include <string.h>

typedef struct {
  const GoType *type;
  void *data;     // as an interface's data word; for an addressable Value, aliases *addr
  void *addr;     // the value's address, NULL unless addressable
} Value;

static const char *const kind_names[] = {
    "invalid", "bool",      "int",       "int8",   "int16",     "int32",   "int64",
    "uint",    "uint8",     "uint16",    "uint32", "uint64",    "uintptr", "float32",
    "float64", "complex64", "complex128", "array", "chan",      "func",    "interface",
    "map",     "ptr",       "slice",     "string", "struct",    "unsafe.Pointer",
};

GoString escgo_reflect_Kind_String(uint64_t k) {
  if (k < sizeof kind_names / sizeof kind_names[0])
    return rt_cstr(kind_names[k]);
  char buf[32];
  int n = snprintf(buf, sizeof buf, "kind%llu", (unsigned long long)k);
  return rt_newstr(buf, n);
}

// *reflect.ValueError, what reflect panics with on a Value of the wrong kind:
// the value points to the error's text, which Error() returns.
static GoString value_error_Error(void *data) { return *(const GoString *)data; }

static const GoMethod value_error_methods[] = {
    {"Error", "func() string", (void *)value_error_Error},
};

static const GoType value_error_ptr = {
    .size = 8, .kind = GK_POINTER, .direct = 1, .has_ptrs = 1, .str = "*reflect.ValueError",
    .methods = value_error_methods, .nmethods = 1,
};

_Noreturn void rt_panic_value_error(const char *msg) {
  GoString *s = escgo_alloc(sizeof(GoString), 1);
  *s = rt_newstr(msg, (int64_t)strlen(msg));   // (msg may be on the caller's stack)
  rt_gopanic((GoEface){&value_error_ptr, s}, NULL);
}

void escgo_reflect_ValueOf(Value *out, const GoType *t, void *data) {
  *out = (Value){t, data, NULL};
}

uint64_t escgo_reflect_Value_Kind(const Value *v) { return v->type ? v->type->kind : GK_INVALID; }

// reflect's *ValueError: "reflect: call of reflect.Value.Int on string Value".
static _Noreturn void value_error(const char *method, const Value *v) {
  char msg[160];
  if (!v->type)
    snprintf(msg, sizeof msg, "reflect: call of reflect.Value.%s on zero Value", method);
  else
    snprintf(msg, sizeof msg, "reflect: call of reflect.Value.%s on %s Value", method,
             kind_names[v->type->kind]);
  rt_panic_value_error(msg);
}

int64_t escgo_reflect_Value_Int(const Value *v) {
  switch (v->type ? v->type->kind : GK_INVALID) {
  case GK_INT: case GK_INT64: return *(const int64_t *)v->data;
  case GK_INT8: return *(const int8_t *)v->data;
  case GK_INT16: return *(const int16_t *)v->data;
  case GK_INT32: return *(const int32_t *)v->data;
  default: value_error("Int", v);
  }
}

// A complex Value's number, as complex128 (gc's reflect.Value.Complex),
// written through the RTCALL ABI's out pointer.
void escgo_reflect_Value_Complex(double out[2], const Value *v) {
  switch (v->type ? v->type->kind : GK_INVALID) {
  case GK_COMPLEX64: {
    const float *c = v->data;
    out[0] = c[0], out[1] = c[1];
    return;
  }
  case GK_COMPLEX128: {
    const double *c = v->data;
    out[0] = c[0], out[1] = c[1];
    return;
  }
  default: value_error("Complex", v);
  }
}

// A string Value's string; for other kinds "<T Value>" (gc's reflect.Value.String).
GoString escgo_reflect_Value_String(const Value *v) {
  if (!v->type)
    return rt_cstr("<invalid Value>");
  if (v->type->kind == GK_STRING)
    return *(const GoString *)v->data;
  char buf[256];
  int n = snprintf(buf, sizeof buf, "<%s Value>", v->type->str);
  return rt_newstr(buf, n < (int)sizeof buf ? n : (int)sizeof buf - 1);
}

// An addressable Value's interface holds a copy, as reflect's packEface makes.
GoEface escgo_reflect_Value_Interface(const Value *v) {
  if (!v->type)
    value_error("Interface", v);
  if (!v->addr || v->type->direct)
    return (GoEface){v->type, v->data};
  void *c = escgo_alloc(v->type->size, v->type->has_ptrs);
  memcpy(c, v->addr, (size_t)v->type->size);
  return (GoEface){v->type, c};
}

// The Value the pointer v points to, addressable (a nil pointer: the zero Value).
void escgo_reflect_Value_Elem(Value *out, const Value *v) {
  if (!v->type || v->type->kind != GK_POINTER)
    value_error("Elem", v);
  void *p = v->data;   // (a pointer is direct: the data word is the pointer)
  const GoType *t = v->type->elem;
  if (!p) {
    *out = (Value){NULL, NULL, NULL};
    return;
  }
  *out = (Value){t, t->direct ? *(void **)p : p, p};
}

// The pointer a pointer-like Value holds (a func's: its code).
uintptr_t escgo_reflect_Value_Pointer(const Value *v) {
  switch (v->type ? v->type->kind : GK_INVALID) {
  case GK_POINTER: case GK_CHAN: case GK_MAP: case GK_UNSAFEPOINTER:
    return (uintptr_t)v->data;
  case GK_FUNC:
    return v->data ? *(uintptr_t *)v->data : 0;
  case GK_SLICE:
    return (uintptr_t)((GoSlice *)v->data)->ptr;
  default:
    value_error("Pointer", v);
  }
}

uintptr_t escgo_reflect_Value_UnsafeAddr(const Value *v) {
  if (!v->type)
    value_error("UnsafeAddr", v);
  if (!v->addr) {
    static const char msg[] = "reflect.Value.UnsafeAddr of unaddressable value";
    rt_panic_string(msg, sizeof msg - 1);
  }
  return (uintptr_t)v->addr;
}
