// rt_std.h — helpers the standard-package files of the runtime share
// (errors.c, gohooks.c). The functions themselves are called from Go code:
// bodyless declarations of the overlay (overlay/runtime and the
// escgo_runtime.go files) bind them by //go:linkname.
#ifndef ESCGO_RT_STD_H
#define ESCGO_RT_STD_H

#include "rt_internal.h"

// Results of two Go values, written through the out pointer (wider than two words).
typedef struct { int64_t v; GoEface err; } GoIntErr;     // (int, error), (int64, error)
typedef struct { double v; GoEface err; } GoFloatErr;    // (float64, error)
typedef struct { uint8_t v; GoEface err; } GoBoolErr;    // (bool, error)
typedef struct { int32_t r; int64_t size; } GoRuneSize;  // (rune, int)

// A new heap string holding a copy of p[0:n] (none allocated for n == 0; string.c).
GoString rt_newstr(const void *p, int64_t n);
static inline GoString rt_cstr(const char *s) { return (GoString){(const uint8_t *)s, (int64_t)__builtin_strlen(s)}; }
static inline GoString rt_bufstr(RtBuf *b) {   // the buffer's bytes as a new string; frees b
  GoString s = rt_newstr(b->data, (int64_t)b->len);
  rtbuf_free(b);
  return s;
}

// errors.c: an error value (*errors.errorString) with text msg (copied).
GoEface rt_error_new(const uint8_t *msg, int64_t len);
_Noreturn void rt_panic_str(const char *msg);       // panic(msg) with a string value: "panic: msg"
// Does err's dynamic type have method name with signature sig? Its code, else NULL.
void *rt_method(const GoType *t, const char *name, const char *sig);

// Calling Go func values from C: a func value points to a context whose
// word 0 is the code, which takes the context first.
static inline void *rt_fn_code(void *fv) { return *(void **)fv; }

#endif
