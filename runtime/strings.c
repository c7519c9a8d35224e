// strings.c — the helpers the C packages (bytes, strconv, fmt, os) share to
// build strings and append bytes. Package strings itself compiles from Go
// 1.19's source (docs/packages.md).
#include "rt_std.h"

#include <string.h>

GoString rt_newstr(const void *p, int64_t n) {
  if (n == 0)
    return (GoString){NULL, 0};
  uint8_t *d = escgo_alloc(n, 0);
  memcpy(d, p, (size_t)n);
  return (GoString){d, n};
}

void rt_append_bytes(GoSlice *s, const void *p, int64_t n) {
  if (n <= 0)
    return;
  if (s->len + n > s->cap) {
    GoSlice g;
    escgo_growslice(&g, s->ptr, s->len, s->cap, s->len + n, 1, 0);
    s->ptr = g.ptr;
    s->cap = g.cap;
  }
  memcpy((uint8_t *)s->ptr + s->len, p, (size_t)n);
  s->len += n;
}

