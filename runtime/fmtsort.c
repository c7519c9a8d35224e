// fmtsort.c — the order in which fmt prints a map's entries: Go's
// internal/fmtsort. Keys are compared by kind (numbers and strings by value,
// NaN first, false before true, pointers and channels by address, structs
// and arrays element by element, interfaces nil first, then by dynamic type
// descriptor, then by value); the sort is stable.
#include "rt_internal.h"

#include <stdlib.h>
#include <string.h>

static int cmp_i64(int64_t a, int64_t b) { return a < b ? -1 : a > b; }
static int cmp_u64(uint64_t a, uint64_t b) { return a < b ? -1 : a > b; }

static int cmp_float(double a, double b) {
  if (a != a)
    return -1;   // fmtsort: no good answer if b is NaN too
  if (b != b)
    return 1;
  return a < b ? -1 : a > b;
}

static int64_t load_signed(const GoType *t, const void *v) {
  switch (t->size) {
  case 1: return *(const int8_t *)v;
  case 2: return *(const int16_t *)v;
  case 4: return *(const int32_t *)v;
  default: return *(const int64_t *)v;
  }
}

static uint64_t load_unsigned(const GoType *t, const void *v) {
  switch (t->size) {
  case 1: return *(const uint8_t *)v;
  case 2: return *(const uint16_t *)v;
  case 4: return *(const uint32_t *)v;
  default: return *(const uint64_t *)v;
  }
}

static int cmp_iface(const GoEface *a, const GoEface *b) {
  if (!a->type || !b->type)
    return !a->type ? (b->type ? -1 : 0) : 1;
  if (a->type != b->type)
    return cmp_u64((uintptr_t)a->type, (uintptr_t)b->type);
  const void *x = a->type->direct ? (const void *)&a->data : a->data;
  const void *y = b->type->direct ? (const void *)&b->data : b->data;
  return rt_fmtsort_compare(a->type, x, y);
}

int rt_fmtsort_compare(const GoType *t, const void *a, const void *b) {
  switch (t->kind) {
  case GK_INT: case GK_INT8: case GK_INT16: case GK_INT32: case GK_INT64:
    return cmp_i64(load_signed(t, a), load_signed(t, b));
  case GK_UINT: case GK_UINT8: case GK_UINT16: case GK_UINT32: case GK_UINT64: case GK_UINTPTR:
  case GK_POINTER: case GK_CHAN: case GK_UNSAFEPOINTER:
    return cmp_u64(load_unsigned(t, a), load_unsigned(t, b));
  case GK_BOOL:
    return cmp_i64(*(const uint8_t *)a, *(const uint8_t *)b);
  case GK_FLOAT32:
    return cmp_float(*(const float *)a, *(const float *)b);
  case GK_FLOAT64:
    return cmp_float(*(const double *)a, *(const double *)b);
  case GK_COMPLEX64: {
    int c = cmp_float(((const float *)a)[0], ((const float *)b)[0]);
    return c ? c : cmp_float(((const float *)a)[1], ((const float *)b)[1]);
  }
  case GK_COMPLEX128: {
    int c = cmp_float(((const double *)a)[0], ((const double *)b)[0]);
    return c ? c : cmp_float(((const double *)a)[1], ((const double *)b)[1]);
  }
  case GK_STRING: {
    const GoString *x = a, *y = b;
    int64_t c = escgo_strcmp(x->ptr, x->len, y->ptr, y->len);
    return c < 0 ? -1 : c > 0;
  }
  case GK_STRUCT:
    for (int i = 0; i < t->nfields; i++) {
      const GoField *f = &t->fields[i];
      int c = rt_fmtsort_compare(f->type, (const char *)a + f->offset, (const char *)b + f->offset);
      if (c)
        return c;
    }
    return 0;
  case GK_ARRAY:
    for (int64_t i = 0; i < t->len; i++) {
      int64_t off = i * t->elem->size;
      int c = rt_fmtsort_compare(t->elem, (const char *)a + off, (const char *)b + off);
      if (c)
        return c;
    }
    return 0;
  case GK_INTERFACE:
    return cmp_iface(a, b);
  default:
    return 0;
  }
}

// Stable merge sort of the (key, value) pairs by key.
static void merge_sort(const GoType *kt, const void **k, const void **v, const void **tk,
                       const void **tv, int64_t n) {
  if (n < 2)
    return;
  int64_t h = n / 2;
  merge_sort(kt, k, v, tk, tv, h);
  merge_sort(kt, k + h, v + h, tk, tv, n - h);
  int64_t i = 0, j = h, o = 0;
  while (i < h || j < n) {
    bool left = j >= n || (i < h && rt_fmtsort_compare(kt, k[j], k[i]) >= 0);
    int64_t s = left ? i++ : j++;
    tk[o] = k[s];
    tv[o++] = v[s];
  }
  memcpy(k, tk, sizeof(void *) * (size_t)n);
  memcpy(v, tv, sizeof(void *) * (size_t)n);
}

void rt_fmtsort(const GoType *kt, const void **keys, const void **vals, int64_t n) {
  const void **tk = malloc(sizeof(void *) * (size_t)(n + 1));
  const void **tv = malloc(sizeof(void *) * (size_t)(n + 1));
  merge_sort(kt, keys, vals, tk, tv, n);
  free(tk);
  free(tv);
}
