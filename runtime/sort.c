// sort.c — package sort. Go 1.19's pattern-defeating quicksort (pdqsort),
// ported step for step from sort/zsortfunc.go, so that sort.Slice and
// sort.Sort leave equal elements in exactly the order gc's programs do;
// Stable is Go's insertion-sort blocks plus SymMerge.
//
// Every algorithm works on a Sorter: Less and Swap on indices, backed by a
// slice of a known element type, a Go less func plus a byte-wise swap
// (sort.Slice), or a sort.Interface's itable.
#include "rt_std.h"

#include <string.h>

typedef struct Sorter Sorter;
struct Sorter {
  bool (*less)(Sorter *s, int64_t i, int64_t j);
  void (*swap)(Sorter *s, int64_t i, int64_t j);
  uint8_t *base;      // slice data
  int64_t size;       // element size
  void *fn;           // sort.Slice: the less func value
  void *data;         // sort.Interface: the data word
  void **itab;        // ... and its methods in name order: Len, Less, Swap
};

#define LESS(i, j) s->less(s, (i), (j))
#define SWAP(i, j) s->swap(s, (i), (j))

static void insertion_sort(Sorter *s, int64_t a, int64_t b) {
  for (int64_t i = a + 1; i < b; i++)
    for (int64_t j = i; j > a && LESS(j, j - 1); j--)
      SWAP(j, j - 1);
}

static void sift_down(Sorter *s, int64_t lo, int64_t hi, int64_t first) {
  int64_t root = lo;
  for (;;) {
    int64_t child = 2 * root + 1;
    if (child >= hi)
      return;
    if (child + 1 < hi && LESS(first + child, first + child + 1))
      child++;
    if (!LESS(first + root, first + child))
      return;
    SWAP(first + root, first + child);
    root = child;
  }
}

static void heap_sort(Sorter *s, int64_t a, int64_t b) {
  int64_t first = a, hi = b - a;
  for (int64_t i = (hi - 1) / 2; i >= 0; i--)
    sift_down(s, i, hi, first);
  for (int64_t i = hi - 1; i >= 0; i--) {
    SWAP(first, first + i);
    sift_down(s, 0, i, first);
  }
}

static int bits_len(uint64_t x) { return x ? 64 - __builtin_clzll(x) : 0; }

static void break_patterns(Sorter *s, int64_t a, int64_t b) {
  int64_t length = b - a;
  if (length < 8)
    return;
  uint64_t random = (uint64_t)length, modulus = 1ull << bits_len((uint64_t)length);
  for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
    random ^= random << 13;
    random ^= random >> 17;
    random ^= random << 5;
    int64_t other = (int64_t)(random & (modulus - 1));
    if (other >= length)
      other -= length;
    SWAP(idx, a + other);
  }
}

static int64_t median(Sorter *s, int64_t a, int64_t b, int64_t c, int *swaps) {
  int64_t t;
#define ORDER2(x, y) if (LESS(y, x)) { (*swaps)++; t = x; x = y; y = t; }
  ORDER2(a, b);
  ORDER2(b, c);
  ORDER2(a, b);
#undef ORDER2
  return b;
}

enum { UNKNOWN_HINT, INCREASING_HINT, DECREASING_HINT };

static int64_t choose_pivot(Sorter *s, int64_t a, int64_t b, int *hint) {
  int64_t l = b - a, i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
  int swaps = 0;
  if (l >= 8) {
    if (l >= 50) {
      i = median(s, i - 1, i, i + 1, &swaps);
      j = median(s, j - 1, j, j + 1, &swaps);
      k = median(s, k - 1, k, k + 1, &swaps);
    }
    j = median(s, i, j, k, &swaps);
  }
  *hint = swaps == 0 ? INCREASING_HINT : swaps == 12 ? DECREASING_HINT : UNKNOWN_HINT;
  return j;
}

static void reverse_range(Sorter *s, int64_t a, int64_t b) {
  for (int64_t i = a, j = b - 1; i < j; i++, j--)
    SWAP(i, j);
}

static bool partial_insertion_sort(Sorter *s, int64_t a, int64_t b) {
  int64_t i = a + 1;
  for (int step = 0; step < 5; step++) {
    while (i < b && !LESS(i, i - 1))
      i++;
    if (i == b)
      return true;
    if (b - a < 50)
      return false;
    SWAP(i, i - 1);
    if (i - a >= 2)
      for (int64_t j = i - 1; j >= 1 && LESS(j, j - 1); j--)
        SWAP(j, j - 1);
    if (b - i >= 2)
      for (int64_t j = i + 1; j < b && LESS(j, j - 1); j++)
        SWAP(j, j - 1);
  }
  return false;
}

static int64_t partition_equal(Sorter *s, int64_t a, int64_t b, int64_t pivot) {
  SWAP(a, pivot);
  int64_t i = a + 1, j = b - 1;
  for (;;) {
    while (i <= j && !LESS(a, i))
      i++;
    while (i <= j && LESS(a, j))
      j--;
    if (i > j)
      return i;
    SWAP(i, j);
    i++;
    j--;
  }
}

static int64_t partition(Sorter *s, int64_t a, int64_t b, int64_t pivot, bool *already) {
  SWAP(a, pivot);
  int64_t i = a + 1, j = b - 1;
  while (i <= j && LESS(i, a))
    i++;
  while (i <= j && !LESS(j, a))
    j--;
  *already = i > j;
  if (i > j) {
    SWAP(j, a);
    return j;
  }
  SWAP(i, j);
  i++;
  j--;
  for (;;) {
    while (i <= j && LESS(i, a))
      i++;
    while (i <= j && !LESS(j, a))
      j--;
    if (i > j)
      break;
    SWAP(i, j);
    i++;
    j--;
  }
  SWAP(j, a);
  return j;
}

static void pdqsort(Sorter *s, int64_t a, int64_t b, int limit) {
  bool was_balanced = true, was_partitioned = true;
  for (;;) {
    int64_t length = b - a;
    if (length <= 12) {
      insertion_sort(s, a, b);
      return;
    }
    if (limit == 0) {
      heap_sort(s, a, b);
      return;
    }
    if (!was_balanced) {
      break_patterns(s, a, b);
      limit--;
    }
    int hint;
    int64_t pivot = choose_pivot(s, a, b, &hint);
    if (hint == DECREASING_HINT) {
      reverse_range(s, a, b);
      pivot = (b - 1) - (pivot - a);
      hint = INCREASING_HINT;
    }
    if (was_balanced && was_partitioned && hint == INCREASING_HINT && partial_insertion_sort(s, a, b))
      return;
    if (a > 0 && !LESS(a - 1, pivot)) {
      a = partition_equal(s, a, b, pivot);
      continue;
    }
    int64_t mid = partition(s, a, b, pivot, &was_partitioned);
    int64_t left = mid - a, right = b - mid, threshold = length / 8;
    if (left < right) {
      was_balanced = left >= threshold;
      pdqsort(s, a, mid, limit);
      a = mid + 1;
    } else {
      was_balanced = right >= threshold;
      pdqsort(s, mid + 1, b, limit);
      b = mid;
    }
  }
}

// ---------------------------------------------------------------- stable

static void swap_range(Sorter *s, int64_t a, int64_t b, int64_t n) {
  for (int64_t i = 0; i < n; i++)
    SWAP(a + i, b + i);
}

static void rotate(Sorter *s, int64_t a, int64_t m, int64_t b) {
  int64_t i = m - a, j = b - m;
  while (i != j) {
    if (i > j) {
      swap_range(s, m - i, m, j);
      i -= j;
    } else {
      swap_range(s, m - i, m + j - i, i);
      j -= i;
    }
  }
  swap_range(s, m - i, m, i);
}

static void sym_merge(Sorter *s, int64_t a, int64_t m, int64_t b) {
  if (m - a == 1 || b - m == 1) {   // binary insertion of the single element
    bool left = m - a == 1;
    int64_t i = left ? m : a, j = left ? b : m;
    while (i < j) {
      int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
      if (left ? LESS(h, a) : !LESS(m, h))
        i = h + 1;
      else
        j = h;
    }
    if (left)
      for (int64_t k = a; k < i - 1; k++)
        SWAP(k, k + 1);
    else
      for (int64_t k = m; k > i; k--)
        SWAP(k, k - 1);
    return;
  }
  int64_t mid = (int64_t)((uint64_t)(a + b) >> 1), n = mid + m, start, r;
  if (m > mid) {
    start = n - b;
    r = mid;
  } else {
    start = a;
    r = m;
  }
  int64_t p = n - 1;
  while (start < r) {
    int64_t c = (int64_t)((uint64_t)(start + r) >> 1);
    if (!LESS(p - c, c))
      start = c + 1;
    else
      r = c;
  }
  int64_t end = n - start;
  if (start < m && m < end)
    rotate(s, start, m, end);
  if (a < start && start < mid)
    sym_merge(s, a, start, mid);
  if (mid < end && end < b)
    sym_merge(s, mid, end, b);
}

static void stable(Sorter *s, int64_t n) {
  int64_t block = 20, a = 0, b = block;
  for (; b <= n; a = b, b += block)
    insertion_sort(s, a, b);
  insertion_sort(s, a, n);
  for (; block < n; block *= 2) {
    for (a = 0, b = 2 * block; b <= n; a = b, b += 2 * block)
      sym_merge(s, a, a + block, b);
    if (a + block < n)
      sym_merge(s, a, a + block, n);
  }
}

static void sort_n(Sorter *s, int64_t n) { pdqsort(s, 0, n, bits_len((uint64_t)n)); }

static bool is_sorted(Sorter *s, int64_t n) {
  for (int64_t i = n - 1; i > 0; i--)
    if (LESS(i, i - 1))
      return false;
  return true;
}

// ---------------------------------------------------------------- backings

static void swap_bytes(Sorter *s, int64_t i, int64_t j) {
  uint8_t tmp[256], *a = s->base + i * s->size, *b = s->base + j * s->size;
  for (int64_t off = 0; off < s->size; off += (int64_t)sizeof tmp) {
    size_t k = (size_t)(s->size - off < (int64_t)sizeof tmp ? s->size - off : (int64_t)sizeof tmp);
    memcpy(tmp, a + off, k);
    memcpy(a + off, b + off, k);
    memcpy(b + off, tmp, k);
  }
}

static bool less_int(Sorter *s, int64_t i, int64_t j) {
  return ((int64_t *)s->base)[i] < ((int64_t *)s->base)[j];
}

// Float64Slice.Less: NaNs first.
static bool less_float(Sorter *s, int64_t i, int64_t j) {
  double a = ((double *)s->base)[i], b = ((double *)s->base)[j];
  return a < b || (a != a && b == b);
}

static bool less_string(Sorter *s, int64_t i, int64_t j) {
  GoString *v = (GoString *)s->base;
  return escgo_strcmp(v[i].ptr, v[i].len, v[j].ptr, v[j].len) < 0;
}

static bool less_func(Sorter *s, int64_t i, int64_t j) {
  return ((bool (*)(void *, int64_t, int64_t))rt_fn_code(s->fn))(s->fn, i, j);
}

static bool less_iface(Sorter *s, int64_t i, int64_t j) {
  return ((bool (*)(void *, int64_t, int64_t))s->itab[1])(s->data, i, j);
}

static void swap_iface(Sorter *s, int64_t i, int64_t j) {
  ((void (*)(void *, int64_t, int64_t))s->itab[2])(s->data, i, j);
}

static Sorter slice_sorter(void *p, int64_t size, bool (*less)(Sorter *, int64_t, int64_t)) {
  return (Sorter){.less = less, .swap = swap_bytes, .base = p, .size = size};
}

void escgo_sort_Ints(int64_t *p, int64_t n, int64_t cap) {
  Sorter s = slice_sorter(p, 8, less_int);
  sort_n(&s, n);
}

void escgo_sort_Float64s(double *p, int64_t n, int64_t cap) {
  Sorter s = slice_sorter(p, 8, less_float);
  sort_n(&s, n);
}

void escgo_sort_Strings(GoString *p, int64_t n, int64_t cap) {
  Sorter s = slice_sorter(p, 16, less_string);
  sort_n(&s, n);
}

bool escgo_sort_IntsAreSorted(int64_t *p, int64_t n, int64_t cap) {
  Sorter s = slice_sorter(p, 8, less_int);
  return is_sorted(&s, n);
}

bool escgo_sort_StringsAreSorted(GoString *p, int64_t n, int64_t cap) {
  Sorter s = slice_sorter(p, 16, less_string);
  return is_sorted(&s, n);
}

// sort.Slice's x: any slice, boxed (the interface data points to the header).
static Sorter func_sorter(const GoType *t, void *data, void *less) {
  if (!t || t->kind != GK_SLICE) {
    RtBuf b;
    rtbuf_init(&b);
    rtbuf_puts(&b, "reflect: call of Swapper on ");
    rtbuf_puts(&b, t ? t->str : "zero");
    rtbuf_puts(&b, " Value");
    rtbuf_putc(&b, 0);
    rt_panic_value_error(b.data);
  }
  GoSlice *h = data;
  Sorter s = slice_sorter(h->ptr, t->elem->size, less_func);
  s.fn = less;
  return s;
}

void escgo_sort_Slice(const GoType *t, void *data, void *less) {
  Sorter s = func_sorter(t, data, less);
  int64_t n = ((GoSlice *)data)->len;
  pdqsort(&s, 0, n, bits_len((uint64_t)n));
}

void escgo_sort_SliceStable(const GoType *t, void *data, void *less) {
  Sorter s = func_sorter(t, data, less);
  stable(&s, ((GoSlice *)data)->len);
}

bool escgo_sort_SliceIsSorted(const GoType *t, void *data, void *less) {
  Sorter s = func_sorter(t, data, less);
  return is_sorted(&s, ((GoSlice *)data)->len);
}

// sort.Interface's methods sorted by name: Len, Less, Swap.
static const GoType *sort_iface(const GoType *t);

static Sorter iface_sorter(const GoType *t, void *data, int64_t *n) {
  if (!t)
    escgo_panic_nil();
  Sorter s = {.less = less_iface, .swap = swap_iface, .data = data};
  s.itab = escgo_itab(sort_iface(t), t);
  *n = ((int64_t(*)(void *))s.itab[0])(data);
  return s;
}

void escgo_sort_Sort(const GoType *t, void *data) {
  int64_t n;
  Sorter s = iface_sorter(t, data, &n);
  if (n > 1)
    sort_n(&s, n);
}

void escgo_sort_Stable(const GoType *t, void *data) {
  int64_t n;
  Sorter s = iface_sorter(t, data, &n);
  stable(&s, n);
}

bool escgo_sort_IsSorted(const GoType *t, void *data) {
  int64_t n;
  Sorter s = iface_sorter(t, data, &n);
  return is_sorted(&s, n);
}

// ---------------------------------------------------------------- Reverse, Search

static const GoMethod iface_methods[] = {
    {"Len", "func() int", NULL}, {"Less", "func(int, int) bool", NULL}, {"Swap", "func(int, int)", NULL}};
static const GoType sort_interface = {.size = 16, .kind = GK_INTERFACE, .has_ptrs = 1, .named = 1,
                                      .str = "sort.Interface", .methods = iface_methods, .nmethods = 3};

static const GoType *sort_iface(const GoType *t) { return &sort_interface; }

typedef struct { GoEface inner; } Reverse;

static int64_t reverse_Len(void *d) {
  Reverse *r = d;
  return ((int64_t(*)(void *))escgo_itab(&sort_interface, r->inner.type)[0])(r->inner.data);
}

static bool reverse_Less(void *d, int64_t i, int64_t j) {
  Reverse *r = d;
  void *less = escgo_itab(&sort_interface, r->inner.type)[1];
  return ((bool (*)(void *, int64_t, int64_t))less)(r->inner.data, j, i);
}

static void reverse_Swap(void *d, int64_t i, int64_t j) {
  Reverse *r = d;
  ((void (*)(void *, int64_t, int64_t))escgo_itab(&sort_interface, r->inner.type)[2])(r->inner.data, i, j);
}

static const GoType iface_t = {.size = 16, .kind = GK_INTERFACE, .has_ptrs = 1, .str = "sort.Interface"};
static const GoField reverse_fields[] = {{"Interface", &iface_t, 0, 1, 1}};
static const GoType reverse_type = {.size = 16, .kind = GK_STRUCT, .has_ptrs = 1, .named = 1,
                                    .nfields = 1, .str = "sort.reverse", .fields = reverse_fields};
static const GoMethod reverse_methods[] = {{"Len", "func() int", (void *)reverse_Len},
                                           {"Less", "func(int, int) bool", (void *)reverse_Less},
                                           {"Swap", "func(int, int)", (void *)reverse_Swap}};
static const GoType reverse_ptr = {.size = 8, .kind = GK_POINTER, .direct = 1, .has_ptrs = 1,
                                   .str = "*sort.reverse", .elem = &reverse_type,
                                   .methods = reverse_methods, .nmethods = 3};

GoEface escgo_sort_Reverse(const GoType *t, void *data) {
  Reverse *r = escgo_alloc(sizeof(Reverse), 1);
  r->inner = (GoEface){t, data};
  return (GoEface){&reverse_ptr, r};
}

int64_t escgo_sort_Search(int64_t n, void *f) {
  int64_t i = 0, j = n;
  while (i < j) {
    int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
    if (!((bool (*)(void *, int64_t))rt_fn_code(f))(f, h))
      i = h + 1;
    else
      j = h;
  }
  return i;
}

int64_t escgo_sort_SearchInts(int64_t *a, int64_t n, int64_t cap, int64_t x) {
  int64_t i = 0, j = n;
  while (i < j) {
    int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
    if (a[h] < x)
      i = h + 1;
    else
      j = h;
  }
  return i;
}

int64_t escgo_sort_SearchStrings(GoString *a, int64_t n, int64_t cap, const uint8_t *x, int64_t xn) {
  int64_t i = 0, j = n;
  while (i < j) {
    int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
    if (escgo_strcmp(a[h].ptr, a[h].len, x, xn) < 0)
      i = h + 1;
    else
      j = h;
  }
  return i;
}
