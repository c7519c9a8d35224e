// bytes.c — package bytes: bytes.Buffer (the writing half and its
// accessors) and a few functions on []byte. Slices are (ptr, len, cap).
#define _GNU_SOURCE   // memmem
#include "rt_std.h"

#include <string.h>

typedef struct { GoSlice buf; int64_t off; } Buffer;   // compiler/pkgstd.c's layout

bool rt_isspace(int32_t r);
int32_t rt_toupper(int32_t r);
int32_t rt_tolower(int32_t r);

// ---------------------------------------------------------------- Buffer

// A new []byte of n bytes (not counted as a Go allocation site).
static GoSlice new_bytes(const void *p, int64_t n) {
  uint8_t *d = escgo_alloc(n ? n : 1, 0);
  memcpy(d, p, (size_t)n);
  return (GoSlice){d, n, n};
}

Buffer *escgo_bytes_NewBufferString(const uint8_t *s, int64_t n) {
  Buffer *b = escgo_alloc(sizeof(Buffer), 1);
  b->buf = new_bytes(s, n);
  return b;
}

Buffer *escgo_bytes_NewBuffer(uint8_t *p, int64_t n, int64_t cap) {
  Buffer *b = escgo_alloc(sizeof(Buffer), 1);
  b->buf = (GoSlice){p, n, cap};
  return b;
}

// Writing into an emptied buffer starts again at the front, like Go's grow.
static void buffer_append(Buffer *b, const void *p, int64_t n) {
  if (b->off > 0 && b->off == b->buf.len) {
    b->buf.len = 0;
    b->off = 0;
  }
  rt_append_bytes(&b->buf, p, n);
}

void escgo_bytes_Buffer_Write(GoIntErr *out, Buffer *b, const uint8_t *p, int64_t n, int64_t cap) {
  buffer_append(b, p, n);
  *out = (GoIntErr){n, {NULL, NULL}};
}

void escgo_bytes_Buffer_WriteString(GoIntErr *out, Buffer *b, const uint8_t *s, int64_t n) {
  buffer_append(b, s, n);
  *out = (GoIntErr){n, {NULL, NULL}};
}

GoEface escgo_bytes_Buffer_WriteByte(Buffer *b, uint8_t c) {
  buffer_append(b, &c, 1);
  return (GoEface){NULL, NULL};
}

void escgo_bytes_Buffer_WriteRune(GoIntErr *out, Buffer *b, int32_t r) {
  uint8_t enc[4];
  int w = rt_encoderune(enc, r);
  buffer_append(b, enc, w);
  *out = (GoIntErr){w, {NULL, NULL}};
}

// String of a nil *Buffer is "<nil>", as in Go.
GoString escgo_bytes_Buffer_String(Buffer *b) {
  if (!b)
    return rt_cstr("<nil>");
  return escgo_bytes2str(NULL, (uint8_t *)b->buf.ptr + b->off, b->buf.len - b->off,
                         b->buf.len - b->off);
}

int64_t escgo_bytes_Buffer_Len(Buffer *b) { return b->buf.len - b->off; }
int64_t escgo_bytes_Buffer_Cap(Buffer *b) { return b->buf.cap; }

void escgo_bytes_Buffer_Bytes(GoSlice *out, Buffer *b) {
  *out = (GoSlice){(uint8_t *)b->buf.ptr + b->off, b->buf.len - b->off, b->buf.cap - b->off};
}

void escgo_bytes_Buffer_Reset(Buffer *b) {
  b->buf.len = 0;
  b->off = 0;
}

void escgo_bytes_Buffer_Truncate(Buffer *b, int64_t n) {
  if (n == 0) {
    escgo_bytes_Buffer_Reset(b);
    return;
  }
  if (n < 0 || n > b->buf.len - b->off)
    rt_panic_str("bytes.Buffer: truncation out of range");
  b->buf.len = b->off + n;
}

void escgo_bytes_Buffer_Grow(Buffer *b, int64_t n) {
  if (n < 0)
    rt_panic_str("bytes.Buffer.Grow: negative count");
  int64_t len = b->buf.len - b->off;
  if (b->buf.cap - b->buf.len >= n)
    return;
  int64_t cap = 2 * b->buf.cap + n;
  uint8_t *d = escgo_alloc(cap, 0);
  memcpy(d, (uint8_t *)b->buf.ptr + b->off, (size_t)len);
  b->buf = (GoSlice){d, len, cap};
  b->off = 0;
}

// ---------------------------------------------------------------- functions

static int64_t index_of(const uint8_t *s, int64_t n, const uint8_t *t, int64_t m) {
  if (m == 0)
    return 0;
  if (m > n)
    return -1;
  const uint8_t *r = memmem(s, (size_t)n, t, (size_t)m);
  return r ? r - s : -1;
}

bool escgo_bytes_Equal(const uint8_t *a, int64_t n, int64_t ac, const uint8_t *b, int64_t m, int64_t bc) {
  return n == m && !memcmp(a, b, (size_t)n);
}

int64_t escgo_bytes_Compare(const uint8_t *a, int64_t n, int64_t ac, const uint8_t *b, int64_t m,
                            int64_t bc) {
  int64_t c = escgo_strcmp(a, n, b, m);
  return c < 0 ? -1 : c > 0;
}

int64_t escgo_bytes_Index(const uint8_t *a, int64_t n, int64_t ac, const uint8_t *b, int64_t m,
                          int64_t bc) {
  return index_of(a, n, b, m);
}

bool escgo_bytes_Contains(const uint8_t *a, int64_t n, int64_t ac, const uint8_t *b, int64_t m,
                          int64_t bc) {
  return index_of(a, n, b, m) >= 0;
}

bool escgo_bytes_HasPrefix(const uint8_t *a, int64_t n, int64_t ac, const uint8_t *b, int64_t m,
                           int64_t bc) {
  return n >= m && !memcmp(a, b, (size_t)m);
}

static void map_bytes(GoSlice *out, const uint8_t *p, int64_t n, int32_t (*fn)(int32_t)) {
  RtBuf b;
  rtbuf_init(&b);
  for (int64_t i = 0; i < n;) {
    int w;
    int32_t r = fn(rt_decoderune(p + i, n - i, &w));
    uint8_t enc[4];
    rtbuf_putn(&b, enc, (size_t)rt_encoderune(enc, r));
    i += w;
  }
  *out = new_bytes(b.data, (int64_t)b.len);
  rtbuf_free(&b);
}

void escgo_bytes_ToUpper(GoSlice *out, const uint8_t *p, int64_t n, int64_t cap) {
  map_bytes(out, p, n, rt_toupper);
}

void escgo_bytes_ToLower(GoSlice *out, const uint8_t *p, int64_t n, int64_t cap) {
  map_bytes(out, p, n, rt_tolower);
}

// TrimSpace returns a subslice (nil when nothing is left, as Go's does).
void escgo_bytes_TrimSpace(GoSlice *out, uint8_t *p, int64_t n, int64_t cap) {
  int64_t i = 0, j = n;
  while (i < j && rt_isspace(p[i]))
    i++;
  while (j > i && rt_isspace(p[j - 1]))
    j--;
  *out = i == j ? (GoSlice){NULL, 0, 0} : (GoSlice){p + i, j - i, cap - i};
}

void escgo_bytes_Repeat(GoSlice *out, const uint8_t *p, int64_t n, int64_t cap, int64_t count) {
  if (count < 0)
    rt_panic_str("bytes: negative Repeat count");
  int64_t total = n * count;
  uint8_t *d = escgo_alloc(total ? total : 1, 0);
  for (int64_t i = 0; i < count; i++)
    memcpy(d + i * n, p, (size_t)n);
  *out = (GoSlice){d, total, total};
}
