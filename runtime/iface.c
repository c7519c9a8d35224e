// iface.c — == on interface values and on values in memory, by descriptor.
//
// Type identity is descriptor identity: codegen emits one GoType per type.
#include "rt_internal.h"

#include <string.h>

static bool comparable(const GoType *t) {
  switch (t->kind) {
  case GK_SLICE: case GK_MAP: case GK_FUNC:
    return false;
  case GK_ARRAY:
    return comparable(t->elem);
  case GK_STRUCT:
    for (int i = 0; i < t->nfields; i++)
      if (!comparable(t->fields[i].type))
        return false;
    return true;
  default:
    return true;
  }
}

static _Noreturn void uncomparable(const GoType *t) {
  RtBuf b;
  rtbuf_init(&b);
  rtbuf_puts(&b, "comparing uncomparable type ");
  rtbuf_puts(&b, t->str);
  rtbuf_putc(&b, '\0');
  rt_panic_runtime(b.data, NULL);
}

bool escgo_efaceeq(const GoType *t1, void *d1, const GoType *t2, void *d2) {
  if (t1 != t2)
    return false;
  if (!t1)
    return true;   // both nil
  if (!comparable(t1))
    uncomparable(t1);
  if (t1->direct)
    return d1 == d2;
  return escgo_memequal(t1, d1, d2);
}

bool escgo_memequal(const GoType *t, const void *a, const void *b) {
  switch (t->kind) {
  case GK_FLOAT32:
    return *(const float *)a == *(const float *)b;   // NaN != NaN, +0 == -0
  case GK_FLOAT64:
    return *(const double *)a == *(const double *)b;
  case GK_COMPLEX64:
    return ((const float *)a)[0] == ((const float *)b)[0] &&
           ((const float *)a)[1] == ((const float *)b)[1];
  case GK_COMPLEX128:
    return ((const double *)a)[0] == ((const double *)b)[0] &&
           ((const double *)a)[1] == ((const double *)b)[1];
  case GK_STRING: {
    const GoString *x = a, *y = b;
    return escgo_streq(x->ptr, x->len, y->ptr, y->len);
  }
  case GK_INTERFACE: {
    const GoEface *x = a, *y = b;
    return escgo_efaceeq(x->type, x->data, y->type, y->data);
  }
  case GK_ARRAY:
    for (int64_t i = 0; i < t->len; i++) {
      int64_t off = i * t->elem->size;
      if (!escgo_memequal(t->elem, (const char *)a + off, (const char *)b + off))
        return false;
    }
    return true;
  case GK_STRUCT:
    for (int i = 0; i < t->nfields; i++) {
      const GoField *f = &t->fields[i];
      if (strcmp(f->name, "_") == 0)   // blank fields take no part in ==
        continue;
      if (!escgo_memequal(f->type, (const char *)a + f->offset, (const char *)b + f->offset))
        return false;
    }
    return true;
  case GK_SLICE: case GK_MAP: case GK_FUNC:
    uncomparable(t);
  default:   // bool, integers, pointers, channels: the bits
    return memcmp(a, b, (size_t)t->size) == 0;
  }
}
