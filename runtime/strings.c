// strings.c — package strings: the search, split, trim and case functions
// and strings.Builder, with Go 1.19's results (including which calls
// return their argument itself: TrimSpace, ToUpper of an upper-case
// string, Replace with nothing to replace, as their escape summaries say).
// Strings are (ptr, len); results wider than two words go through `out`.
#define _GNU_SOURCE   // memmem
#include "rt_std.h"

#include <string.h>

// ---------------------------------------------------------------- shared helpers

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

static int64_t index_of(const uint8_t *s, int64_t n, const uint8_t *sub, int64_t m) {
  if (m == 0)
    return 0;
  if (m > n)
    return -1;
  const uint8_t *r = memmem(s, (size_t)n, sub, (size_t)m);
  return r ? r - s : -1;
}

static int64_t last_index_of(const uint8_t *s, int64_t n, const uint8_t *sub, int64_t m) {
  for (int64_t i = n - m; i >= 0; i--)
    if (!memcmp(s + i, sub, (size_t)m))
      return i;
  return -1;
}

static int32_t decode_at(const uint8_t *s, int64_t n, int64_t i, int *w) {
  return rt_decoderune(s + i, n - i, w);
}

// The last rune of s[0:n] and its width (n > 0).
static int32_t decode_last(const uint8_t *s, int64_t n, int *w) {
  int64_t start = n - 1;
  while (start > 0 && n - start < 4 && (s[start] & 0xC0) == 0x80)
    start--;
  int32_t r = rt_decoderune(s + start, n - start, w);
  if (start + *w != n) {   // not a whole rune ending at n: one invalid byte
    *w = 1;
    return RUNE_ERROR;
  }
  return r;
}

bool rt_isspace(int32_t r);   // unicode.c
int32_t rt_toupper(int32_t r);
int32_t rt_tolower(int32_t r);
bool rt_isletter(int32_t r);
bool rt_isdigit(int32_t r);

static bool rune_in(int32_t r, const uint8_t *set, int64_t n) {
  for (int64_t i = 0; i < n;) {
    int w;
    int32_t c = decode_at(set, n, i, &w);
    if (c == r)
      return true;
    i += w;
  }
  return false;
}

static bool call_pred(void *fv, int32_t r) { return ((bool (*)(void *, int32_t))rt_fn_code(fv))(fv, r); }

// ---------------------------------------------------------------- searching

bool escgo_strings_Contains(const uint8_t *s, int64_t n, const uint8_t *t, int64_t m) {
  return index_of(s, n, t, m) >= 0;
}

int64_t escgo_strings_Index(const uint8_t *s, int64_t n, const uint8_t *t, int64_t m) {
  return index_of(s, n, t, m);
}

int64_t escgo_strings_LastIndex(const uint8_t *s, int64_t n, const uint8_t *t, int64_t m) {
  return last_index_of(s, n, t, m);
}

int64_t escgo_strings_IndexByte(const uint8_t *s, int64_t n, uint8_t c) {
  const uint8_t *r = memchr(s, c, (size_t)n);
  return r ? r - s : -1;
}

int64_t escgo_strings_LastIndexByte(const uint8_t *s, int64_t n, uint8_t c) {
  for (int64_t i = n - 1; i >= 0; i--)
    if (s[i] == c)
      return i;
  return -1;
}

// IndexRune: RuneError matches invalid UTF-8 as well as U+FFFD itself;
// a rune outside Unicode matches nothing.
int64_t escgo_strings_IndexRune(const uint8_t *s, int64_t n, int32_t r) {
  if (r >= 0 && r < 0x80)
    return escgo_strings_IndexByte(s, n, (uint8_t)r);
  if (r < 0 || r > RUNE_MAX || (r >= 0xD800 && r <= 0xDFFF))
    return -1;
  for (int64_t i = 0; i < n;) {
    int w;
    if (decode_at(s, n, i, &w) == r)
      return i;
    i += w;
  }
  return -1;
}

bool escgo_strings_ContainsRune(const uint8_t *s, int64_t n, int32_t r) {
  return escgo_strings_IndexRune(s, n, r) >= 0;
}

int64_t escgo_strings_IndexAny(const uint8_t *s, int64_t n, const uint8_t *cs, int64_t m) {
  for (int64_t i = 0; i < n && m > 0;) {
    int w;
    int32_t r = decode_at(s, n, i, &w);
    if (rune_in(r, cs, m))
      return i;
    i += w;
  }
  return -1;
}

bool escgo_strings_ContainsAny(const uint8_t *s, int64_t n, const uint8_t *cs, int64_t m) {
  return escgo_strings_IndexAny(s, n, cs, m) >= 0;
}

int64_t escgo_strings_IndexFunc(const uint8_t *s, int64_t n, void *f) {
  for (int64_t i = 0; i < n;) {
    int w;
    if (call_pred(f, decode_at(s, n, i, &w)))
      return i;
    i += w;
  }
  return -1;
}

bool escgo_strings_HasPrefix(const uint8_t *s, int64_t n, const uint8_t *p, int64_t m) {
  return n >= m && !memcmp(s, p, (size_t)m);
}

bool escgo_strings_HasSuffix(const uint8_t *s, int64_t n, const uint8_t *p, int64_t m) {
  return n >= m && !memcmp(s + n - m, p, (size_t)m);
}

int64_t escgo_strings_Count(const uint8_t *s, int64_t n, const uint8_t *t, int64_t m) {
  if (m == 0)
    return rt_runecount(s, n) + 1;
  int64_t c = 0;
  for (int64_t i; (i = index_of(s, n, t, m)) >= 0; s += i + m, n -= i + m)
    c++;
  return c;
}

int64_t escgo_strings_Compare(const uint8_t *a, int64_t n, const uint8_t *b, int64_t m) {
  int64_t c = escgo_strcmp(a, n, b, m);
  return c < 0 ? -1 : c > 0;
}

// Simple case folding over the ranges unicode.c knows.
bool escgo_strings_EqualFold(const uint8_t *s, int64_t n, const uint8_t *t, int64_t m) {
  int64_t i = 0, j = 0;
  while (i < n && j < m) {
    int w1, w2;
    int32_t a = decode_at(s, n, i, &w1), b = decode_at(t, m, j, &w2);
    if (a != b && rt_tolower(a) != rt_tolower(b) && rt_toupper(a) != rt_toupper(b))
      return false;
    i += w1;
    j += w2;
  }
  return i == n && j == m;
}

// ---------------------------------------------------------------- splitting

static GoString *new_strs(int64_t n) { return escgo_alloc(n * (int64_t)sizeof(GoString), 1); }

// Go's genSplit: at most max pieces (max < 0: all), sep_save bytes of the
// separator kept on each piece; an empty sep splits into UTF-8 sequences.
static void gen_split(GoSlice *out, const uint8_t *s, int64_t n, const uint8_t *sep, int64_t m,
                      int64_t sep_save, int64_t max) {
  *out = (GoSlice){NULL, 0, 0};
  if (max == 0)
    return;
  if (m == 0) {   // explode
    int64_t cnt = rt_runecount(s, n);
    if (max < 0 || max > cnt)
      max = cnt;
    GoString *a = new_strs(max);
    int64_t i = 0, k = 0;
    for (; k < max - 1 && i < n; k++) {
      int w;
      decode_at(s, n, i, &w);
      a[k] = (GoString){s + i, w};
      i += w;
    }
    if (k < max)
      a[k++] = (GoString){s + i, n - i};
    *out = (GoSlice){a, k, max};
    return;
  }
  if (max < 0)
    max = escgo_strings_Count(s, n, sep, m) + 1;
  if (max > n + 1)
    max = n + 1;
  GoString *a = new_strs(max);
  int64_t k = 0, i;
  while (k < max - 1 && (i = index_of(s, n, sep, m)) >= 0) {
    a[k++] = (GoString){s, i + sep_save};
    s += i + m;
    n -= i + m;
  }
  a[k++] = (GoString){s, n};
  *out = (GoSlice){a, k, max};
}

void escgo_strings_Split(GoSlice *out, const uint8_t *s, int64_t n, const uint8_t *sep, int64_t m) {
  gen_split(out, s, n, sep, m, 0, -1);
}

void escgo_strings_SplitN(GoSlice *out, const uint8_t *s, int64_t n, const uint8_t *sep, int64_t m,
                          int64_t max) {
  gen_split(out, s, n, sep, m, 0, max);
}

void escgo_strings_SplitAfter(GoSlice *out, const uint8_t *s, int64_t n, const uint8_t *sep,
                              int64_t m) {
  gen_split(out, s, n, sep, m, m, -1);
}

void escgo_strings_SplitAfterN(GoSlice *out, const uint8_t *s, int64_t n, const uint8_t *sep,
                               int64_t m, int64_t max) {
  gen_split(out, s, n, sep, m, m, max);
}

// Fields and FieldsFunc: the runs of runes that are not separators.
static void fields(GoSlice *out, const uint8_t *s, int64_t n, void *f) {
  GoSlice r = {NULL, 0, 0};
  int64_t start = -1;
  for (int64_t i = 0; i <= n;) {
    int w = 1;
    bool sep = true;
    if (i < n) {
      int32_t c = decode_at(s, n, i, &w);
      sep = f ? call_pred(f, c) : rt_isspace(c);
    }
    if (sep && start >= 0) {
      GoString piece = {s + start, i - start};
      if (r.len == r.cap) {
        GoSlice g;
        escgo_growslice(&g, r.ptr, r.len, r.cap, r.len + 1, sizeof(GoString), 1);
        r.ptr = g.ptr;
        r.cap = g.cap;
      }
      ((GoString *)r.ptr)[r.len++] = piece;
      start = -1;
    } else if (!sep && start < 0) {
      start = i;
    }
    i += w;
  }
  *out = r.len ? r : (GoSlice){new_strs(0), 0, 0};
}

void escgo_strings_Fields(GoSlice *out, const uint8_t *s, int64_t n) { fields(out, s, n, NULL); }

void escgo_strings_FieldsFunc(GoSlice *out, const uint8_t *s, int64_t n, void *f) {
  fields(out, s, n, f);
}

GoString escgo_strings_Join(GoString *elems, int64_t n, int64_t cap, const uint8_t *sep, int64_t m) {
  if (n == 0)
    return (GoString){NULL, 0};
  if (n == 1)
    return elems[0];
  int64_t total = m * (n - 1);
  for (int64_t i = 0; i < n; i++)
    total += elems[i].len;
  uint8_t *d = escgo_alloc(total, 0), *p = d;
  for (int64_t i = 0; i < n; i++) {
    if (i) {
      memcpy(p, sep, (size_t)m);
      p += m;
    }
    memcpy(p, elems[i].ptr, (size_t)elems[i].len);
    p += elems[i].len;
  }
  return (GoString){d, total};
}

typedef struct { GoString before, after; uint8_t found; } CutResult;

void escgo_strings_Cut(CutResult *out, const uint8_t *s, int64_t n, const uint8_t *sep, int64_t m) {
  int64_t i = index_of(s, n, sep, m);
  if (i < 0) {
    out->before = (GoString){s, n};
    out->after = (GoString){NULL, 0};
    out->found = 0;
    return;
  }
  out->before = (GoString){s, i};
  out->after = (GoString){s + i + m, n - i - m};
  out->found = 1;
}

// ---------------------------------------------------------------- building new strings

GoString escgo_strings_Repeat(const uint8_t *s, int64_t n, int64_t count) {
  if (count < 0)
    rt_panic_str("strings: negative Repeat count");
  if (n && count > INT64_MAX / n)
    rt_panic_str("strings: Repeat count causes overflow");
  int64_t total = n * count;
  if (total == 0)
    return (GoString){NULL, 0};
  uint8_t *d = escgo_alloc(total, 0);
  for (int64_t i = 0; i < count; i++)
    memcpy(d + i * n, s, (size_t)n);
  return (GoString){d, total};
}

GoString escgo_strings_Replace(const uint8_t *s, int64_t n, const uint8_t *old, int64_t on,
                               const uint8_t *new, int64_t nn, int64_t max) {
  GoString orig = {s, n};
  if ((on == nn && !memcmp(old, new, (size_t)on)) || max == 0)
    return orig;
  int64_t cnt = escgo_strings_Count(s, n, old, on);
  if (cnt == 0)
    return orig;
  if (max < 0 || cnt < max)
    max = cnt;
  RtBuf b;
  rtbuf_init(&b);
  int64_t start = 0;
  for (int64_t i = 0; i < max; i++) {
    int64_t j = start;
    if (on == 0) {
      if (i > 0) {
        int w;
        decode_at(s, n, start, &w);
        j += w;
      }
    } else {
      j += index_of(s + start, n - start, old, on);
    }
    rtbuf_putn(&b, s + start, (size_t)(j - start));
    rtbuf_putn(&b, new, (size_t)nn);
    start = j + on;
  }
  rtbuf_putn(&b, s + start, (size_t)(n - start));
  return rt_bufstr(&b);
}

GoString escgo_strings_ReplaceAll(const uint8_t *s, int64_t n, const uint8_t *old, int64_t on,
                                  const uint8_t *new, int64_t nn) {
  return escgo_strings_Replace(s, n, old, on, new, nn, -1);
}

// Map with mapping f (or a case function): s itself when nothing changes.
static GoString map_runes(const uint8_t *s, int64_t n, void *f, int32_t (*fn)(int32_t)) {
  RtBuf b;
  rtbuf_init(&b);
  bool changed = false;
  for (int64_t i = 0; i < n;) {
    int w;
    int32_t c = decode_at(s, n, i, &w);
    int32_t r = f ? ((int32_t(*)(void *, int32_t))rt_fn_code(f))(f, c) : fn(c);
    if (r != c || (c == RUNE_ERROR && w == 1))
      changed = true;
    if (r >= 0) {
      uint8_t enc[4];
      rtbuf_putn(&b, enc, (size_t)rt_encoderune(enc, r));
    }
    i += w;
  }
  if (!changed) {
    rtbuf_free(&b);
    return (GoString){s, n};
  }
  return rt_bufstr(&b);
}

GoString escgo_strings_Map(void *f, const uint8_t *s, int64_t n) { return map_runes(s, n, f, NULL); }
GoString escgo_strings_ToUpper(const uint8_t *s, int64_t n) { return map_runes(s, n, NULL, rt_toupper); }
GoString escgo_strings_ToLower(const uint8_t *s, int64_t n) { return map_runes(s, n, NULL, rt_tolower); }

// Title (deprecated in Go, still common): upper-cases the first letter of each word.
GoString escgo_strings_Title(const uint8_t *s, int64_t n) {
  RtBuf b;
  rtbuf_init(&b);
  int32_t prev = ' ';
  for (int64_t i = 0; i < n;) {
    int w;
    int32_t c = decode_at(s, n, i, &w);
    bool sep = prev < 0x80 ? !(rt_isletter(prev) || rt_isdigit(prev) || prev == '_')
                           : rt_isspace(prev);
    uint8_t enc[4];
    rtbuf_putn(&b, enc, (size_t)rt_encoderune(enc, sep ? rt_toupper(c) : c));
    prev = c;
    i += w;
  }
  return rt_bufstr(&b);
}

// ---------------------------------------------------------------- trimming

static int64_t trim_left(const uint8_t *s, int64_t n, const uint8_t *cs, int64_t m, void *f) {
  int64_t i = 0;
  while (i < n) {
    int w;
    int32_t c = decode_at(s, n, i, &w);
    bool cut = f ? call_pred(f, c) : cs ? rune_in(c, cs, m) : rt_isspace(c);
    if (!cut)
      break;
    i += w;
  }
  return i;
}

static int64_t trim_right(const uint8_t *s, int64_t n, const uint8_t *cs, int64_t m, void *f) {
  while (n > 0) {
    int w;
    int32_t c = decode_last(s, n, &w);
    bool cut = f ? call_pred(f, c) : cs ? rune_in(c, cs, m) : rt_isspace(c);
    if (!cut)
      break;
    n -= w;
  }
  return n;
}

GoString escgo_strings_TrimSpace(const uint8_t *s, int64_t n) {
  int64_t i = trim_left(s, n, NULL, 0, NULL);
  int64_t j = trim_right(s + i, n - i, NULL, 0, NULL);
  return (GoString){j ? s + i : NULL, j};
}

GoString escgo_strings_Trim(const uint8_t *s, int64_t n, const uint8_t *cs, int64_t m) {
  if (n == 0 || m == 0)
    return (GoString){s, n};
  int64_t i = trim_left(s, n, cs, m, NULL);
  return (GoString){s + i, trim_right(s + i, n - i, cs, m, NULL)};
}

GoString escgo_strings_TrimLeft(const uint8_t *s, int64_t n, const uint8_t *cs, int64_t m) {
  if (n == 0 || m == 0)
    return (GoString){s, n};
  int64_t i = trim_left(s, n, cs, m, NULL);
  return (GoString){s + i, n - i};
}

GoString escgo_strings_TrimRight(const uint8_t *s, int64_t n, const uint8_t *cs, int64_t m) {
  if (n == 0 || m == 0)
    return (GoString){s, n};
  return (GoString){s, trim_right(s, n, cs, m, NULL)};
}

GoString escgo_strings_TrimFunc(const uint8_t *s, int64_t n, void *f) {
  int64_t i = trim_left(s, n, NULL, 0, f);
  return (GoString){s + i, trim_right(s + i, n - i, NULL, 0, f)};
}

GoString escgo_strings_TrimPrefix(const uint8_t *s, int64_t n, const uint8_t *p, int64_t m) {
  if (escgo_strings_HasPrefix(s, n, p, m))
    return (GoString){s + m, n - m};
  return (GoString){s, n};
}

GoString escgo_strings_TrimSuffix(const uint8_t *s, int64_t n, const uint8_t *p, int64_t m) {
  if (escgo_strings_HasSuffix(s, n, p, m))
    return (GoString){s, n - m};
  return (GoString){s, n};
}

// ---------------------------------------------------------------- strings.Builder

typedef struct { GoSlice buf; } Builder;   // compiler/pkgstd.c: struct { buf []byte }

void escgo_strings_Builder_WriteString(GoIntErr *out, Builder *b, const uint8_t *s, int64_t n) {
  rt_append_bytes(&b->buf, s, n);
  *out = (GoIntErr){n, {NULL, NULL}};
}

void escgo_strings_Builder_Write(GoIntErr *out, Builder *b, const uint8_t *p, int64_t n, int64_t cap) {
  rt_append_bytes(&b->buf, p, n);
  *out = (GoIntErr){n, {NULL, NULL}};
}

GoEface escgo_strings_Builder_WriteByte(Builder *b, uint8_t c) {
  rt_append_bytes(&b->buf, &c, 1);
  return (GoEface){NULL, NULL};
}

void escgo_strings_Builder_WriteRune(GoIntErr *out, Builder *b, int32_t r) {
  uint8_t enc[4];
  int w = rt_encoderune(enc, r);
  rt_append_bytes(&b->buf, enc, w);
  *out = (GoIntErr){w, {NULL, NULL}};
}

GoString escgo_strings_Builder_String(Builder *b) { return (GoString){b->buf.ptr, b->buf.len}; }
int64_t escgo_strings_Builder_Len(Builder *b) { return b->buf.len; }
int64_t escgo_strings_Builder_Cap(Builder *b) { return b->buf.cap; }
void escgo_strings_Builder_Reset(Builder *b) { b->buf = (GoSlice){NULL, 0, 0}; }

// Grow: room for n more bytes, as Go's grow does (2*cap + n).
void escgo_strings_Builder_Grow(Builder *b, int64_t n) {
  if (n < 0)
    rt_panic_str("strings.Builder.Grow: negative count");
  if (b->buf.cap - b->buf.len >= n)
    return;
  uint8_t *d = escgo_alloc(2 * b->buf.cap + n, 0);
  memcpy(d, b->buf.ptr, (size_t)b->buf.len);
  b->buf = (GoSlice){d, b->buf.len, 2 * b->buf.cap + n};
}
