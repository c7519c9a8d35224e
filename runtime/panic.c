// panic.c — uncaught panics and fatal errors.
//
// An uncaught Go panic prints "panic: " and the value, a blank line and the
// goroutine's stack (traceback.c), then exits with status 2. Every panic
// goes through defer.c's rt_gopanic first: deferred calls run and may recover.
#include "rt_internal.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void put(const char *s) {
  rt_stderr_write(s, strlen(s));
}

// The goroutine's stack (traceback.c), then exit status 2. pc/fp: where a
// fault happened (the signal handler recorded it), or 0: from here.
static _Noreturn void die(uintptr_t pc, uintptr_t fp) {
  rt_traceback(pc, fp);
  _exit(2);
}

// A run-time error is a panic value of one of Go's runtime error types
// (defer.c boxes its text): recoverable, and printed by fmt as its message.
_Noreturn void rt_panic_plain(const char *msg, size_t len) {
  rt_gopanic(rt_runtime_error(&rt_plain_error_type, msg, len), NULL);
}

_Noreturn void rt_panic_type_assertion(const char *msg, size_t len) {
  rt_gopanic(rt_runtime_error(&rt_type_assertion_error_type, msg, len), NULL);
}

_Noreturn void rt_panic_string(const char *msg, size_t len) {
  rt_gopanic(rt_string_value(msg, len), NULL);
}

static _Noreturn void panic_runtime_typed(const GoType *t, const char *msg, const char *extra) {
  RtBuf b;
  rtbuf_init(&b);
  rtbuf_puts(&b, "runtime error: ");
  rtbuf_puts(&b, msg);
  rt_gopanic(rt_runtime_error(t, b.data, b.len), extra);
}

_Noreturn void rt_panic_runtime(const char *msg, const char *extra) {
  panic_runtime_typed(&rt_error_string_type, msg, extra);
}

// The end of an unrecovered panic: gc's trace header, exit status 2.
_Noreturn void rt_panic_die(uintptr_t fault_pc, uintptr_t fault_fp) { die(fault_pc, fault_fp); }

_Noreturn void rt_fatal(const char *msg) {
  rt_stdout_flush();
  put("fatal error: ");
  put(msg);
  put("\n");
  uintptr_t pc, fp;
  rt_traceback_fault_take(&pc, &fp);
  die(pc, fp);
}

// ---- bounds errors, worded as gc 1.19's boundsError.
// A negative operand is reported alone ("index out of range [-1]"), because
// the check that failed compared it as an unsigned number.

static _Noreturn void bounds(const char *fmt_pos, const char *fmt_neg, int64_t x, int64_t y) {
  char msg[160];
  if (x < 0)
    snprintf(msg, sizeof msg, fmt_neg, (long long)x);
  else
    snprintf(msg, sizeof msg, fmt_pos, (long long)x, (long long)y);
  panic_runtime_typed(&rt_bounds_error_type, msg, NULL);
}

void escgo_panic_index(int64_t i, int64_t len) {
  bounds("index out of range [%lld] with length %lld", "index out of range [%lld]", i, len);
}

void escgo_panic_slice_alen(int64_t hi, int64_t len) {
  bounds("slice bounds out of range [:%lld] with length %lld", "slice bounds out of range [:%lld]", hi, len);
}

void escgo_panic_slice_acap(int64_t hi, int64_t cap) {
  bounds("slice bounds out of range [:%lld] with capacity %lld", "slice bounds out of range [:%lld]", hi, cap);
}

void escgo_panic_slice_b(int64_t lo, int64_t hi) {
  bounds("slice bounds out of range [%lld:%lld]", "slice bounds out of range [%lld:]", lo, hi);
}

void escgo_panic_slice3_c(int64_t max, int64_t cap) {
  bounds("slice bounds out of range [::%lld] with capacity %lld", "slice bounds out of range [::%lld]", max, cap);
}

void escgo_panic_slice3_alen(int64_t max, int64_t len) {
  bounds("slice bounds out of range [::%lld] with length %lld", "slice bounds out of range [::%lld]", max, len);
}

void escgo_panic_slice3_b(int64_t hi, int64_t max) {
  bounds("slice bounds out of range [:%lld:%lld]", "slice bounds out of range [:%lld:]", hi, max);
}

void escgo_panic_slice3_a(int64_t lo, int64_t hi) {
  bounds("slice bounds out of range [%lld:%lld:]", "slice bounds out of range [%lld::]", lo, hi);
}

// (*[N]T)(s) with len(s) < N (gc's boundsConvert).
void escgo_panic_slice_convert(int64_t len, int64_t alen) {
  char msg[160];   // (a slice's length is never negative)
  snprintf(msg, sizeof msg, "cannot convert slice with length %lld to pointer to array with length %lld",
           (long long)len, (long long)alen);
  panic_runtime_typed(&rt_bounds_error_type, msg, NULL);
}

void escgo_panic_divide(void) {
  rt_panic_runtime("integer divide by zero", NULL);
}

// An explicit nil check in generated code: print what the hardware fault
// would have printed in Go, with our caller as the pc.
void escgo_panic_nil(void) {
  char extra[120];
  snprintf(extra, sizeof extra,
           "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=%p]",
           __builtin_return_address(0));
  rt_panic_runtime("invalid memory address or nil pointer dereference", extra);
}

void escgo_panic_shift(void) {
  rt_panic_runtime("negative shift amount", NULL);
}

void escgo_panic_makeslice_len(void) {
  rt_panic_runtime("makeslice: len out of range", NULL);
}

void escgo_panic_makeslice_cap(void) {
  rt_panic_runtime("makeslice: cap out of range", NULL);
}

// ---- panic(v): gc 1.19's printpanicval.

static int64_t load_int(const GoType *t, const void *p) {
  switch (t->size) {
  case 1: return *(const int8_t *)p;
  case 2: return *(const int16_t *)p;
  case 4: return *(const int32_t *)p;
  default: return *(const int64_t *)p;
  }
}

static uint64_t load_uint(const GoType *t, const void *p) {
  switch (t->size) {
  case 1: return *(const uint8_t *)p;
  case 2: return *(const uint16_t *)p;
  case 4: return *(const uint32_t *)p;
  default: return *(const uint64_t *)p;
  }
}

// Appends a basic-kind value as the print builtin would.
static bool print_basic(RtBuf *b, const GoType *t, const void *p) {
  switch (t->kind) {
  case GK_BOOL:
    rtbuf_puts(b, *(const uint8_t *)p ? "true" : "false");
    return true;
  case GK_INT: case GK_INT8: case GK_INT16: case GK_INT32: case GK_INT64:
    rtbuf_dec(b, load_int(t, p));
    return true;
  case GK_UINT: case GK_UINT8: case GK_UINT16: case GK_UINT32: case GK_UINT64: case GK_UINTPTR:
    rtbuf_udec(b, load_uint(t, p));
    return true;
  case GK_FLOAT32:
    rt_printfloat(b, *(const float *)p);
    return true;
  case GK_FLOAT64:
    rt_printfloat(b, *(const double *)p);
    return true;
  case GK_COMPLEX64:
    rt_printcomplex(b, ((const float *)p)[0], ((const float *)p)[1]);
    return true;
  case GK_COMPLEX128:
    rt_printcomplex(b, ((const double *)p)[0], ((const double *)p)[1]);
    return true;
  }
  return false;
}

static bool is_basic(const GoType *t) {
  return t->kind >= GK_BOOL && t->kind <= GK_COMPLEX128;
}

// Basic kinds print plainly, named ones as main.T(5) or main.S("x"),
// anything else as its type and the address of its data; errors and
// Stringers (gc's preprintpanics) and run-time errors print their text.
void rt_format_panicval(RtBuf *b, const GoType *t, void *data) {
  if (!t) {
    rtbuf_puts(b, "nil");
    return;
  }
  const void *p = t->direct ? (const void *)&data : data;
  if (rt_is_runtime_error_type(t)) {   // (its data word points to the text)
    const GoString *s = data;
    rtbuf_putn(b, s->ptr, s->len);
    return;
  }
  void *method = escgo_string_method(t, "Error");
  if (!method)
    method = escgo_string_method(t, "String");
  if (method) {
    GoString s = ((GoString(*)(void *))method)(data);
    rtbuf_putn(b, s.ptr, s.len);
    return;
  }
  if (t->kind == GK_STRING) {
    const GoString *s = p;
    if (t->named) {
      rtbuf_puts(b, t->str);
      rtbuf_puts(b, "(\"");
    }
    rtbuf_putn(b, s->ptr, s->len);
    if (t->named)
      rtbuf_puts(b, "\")");
  } else if (is_basic(t)) {
    if (t->named) {
      rtbuf_puts(b, t->str);
      rtbuf_putc(b, '(');
    }
    print_basic(b, t, p);
    if (t->named)
      rtbuf_putc(b, ')');
  } else {
    rtbuf_putc(b, '(');
    rtbuf_puts(b, t->str);
    rtbuf_puts(b, ") ");
    rtbuf_hex(b, (uint64_t)(uintptr_t)data);
  }
}

void escgo_panic_value(const GoType *t, void *data) {
  rt_gopanic((GoEface){t, data}, NULL);
}
