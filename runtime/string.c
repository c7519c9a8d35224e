// string.c — string concatenation, comparison, conversions and UTF-8.
//
// Allocation follows gc's runtime exactly, because MemStats and -benchmem
// count it: results that fit a non-escaping caller's 32-byte buffer (buf
// != NULL) cost nothing, a one-byte string from []byte comes from a static
// table, and a concatenation with a single non-empty operand returns that
// operand unless its bytes live on the stack and the result escapes.
#define _GNU_SOURCE
#include "rt_std.h"

#include <pthread.h>
#include <string.h>

enum { TMPBUF = 32 };

static uint8_t one_byte[256];   // one_byte[c] == c, filled on first use
static bool one_byte_ready;

static const uint8_t *static_byte(uint8_t c) {
  if (!one_byte_ready) {
    for (int i = 0; i < 256; i++)
      one_byte[i] = (uint8_t)i;
    one_byte_ready = true;
  }
  return &one_byte[c];
}

// Under -asan, stack objects may live in ASan's "fake stack" (heap-mapped
// frames that catch use-after-return); these weak hooks exist only then.
extern void *__asan_get_current_fake_stack(void) __attribute__((weak));
extern void *__asan_addr_is_in_fake_stack(void *fake, void *addr, void **beg, void **end)
    __attribute__((weak));

// Whether p points into the running goroutine's stack (a caller's tmpBuf).
static bool on_stack(const void *p) {
  if (__asan_get_current_fake_stack && __asan_addr_is_in_fake_stack) {
    void *fake = __asan_get_current_fake_stack();
    if (fake && __asan_addr_is_in_fake_stack(fake, (void *)p, NULL, NULL))
      return true;
  }
  uintptr_t lo, hi;
  rt_stack_bounds(&lo, &hi);
  return (uintptr_t)p >= lo && (uintptr_t)p < hi;
}

// gc's rawstringtmp: the caller's buffer if the string fits, else the heap.
static uint8_t *rawstring(uint8_t *buf, int64_t n) {
  if (buf && n <= TMPBUF)
    return buf;
  return escgo_alloc(n, 0);
}

GoString escgo_concatn(uint8_t *buf, const GoString *parts, int64_t n) {
  int64_t total = 0, count = 0, idx = 0;
  for (int64_t i = 0; i < n; i++) {
    if (parts[i].len == 0)
      continue;
    total += parts[i].len;
    count++;
    idx = i;
  }
  if (count == 0)
    return (GoString){NULL, 0};
  if (count == 1 && (buf || !on_stack(parts[idx].ptr)))
    return parts[idx];
  uint8_t *p = rawstring(buf, total);
  int64_t off = 0;
  for (int64_t i = 0; i < n; i++) {
    memcpy(p + off, parts[i].ptr, (size_t)parts[i].len);
    off += parts[i].len;
  }
  return (GoString){p, total};
}

GoString escgo_concat2(uint8_t *buf, const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen) {
  GoString parts[2] = {{a, alen}, {b, blen}};
  return escgo_concatn(buf, parts, 2);
}

int64_t escgo_strcmp(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen) {
  int64_t n = alen < blen ? alen : blen;
  int c = n > 0 ? memcmp(a, b, (size_t)n) : 0;
  if (c != 0)
    return c;
  return alen < blen ? -1 : alen > blen ? 1 : 0;
}

bool escgo_streq(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen) {
  return alen == blen && (a == b || memcmp(a, b, (size_t)alen) == 0);
}

GoString escgo_bytes2str(uint8_t *buf, const uint8_t *p, int64_t len, int64_t cap) {
  if (len == 0)
    return (GoString){NULL, 0};
  if (len == 1)
    return (GoString){static_byte(p[0]), 1};
  uint8_t *s = rawstring(buf, len);
  memcpy(s, p, (size_t)len);
  return (GoString){s, len};
}

// A heap []byte gets the whole size class as capacity, as in gc; one in the
// caller's buffer gets the buffer's 32 bytes.
void escgo_str2bytes(GoSlice *out, uint8_t *buf, const uint8_t *p, int64_t len) {
  uint8_t *b;
  int64_t cap;
  if (buf && len <= TMPBUF) {
    memset(buf, 0, TMPBUF);
    b = buf;
    cap = TMPBUF;
  } else {
    cap = (int64_t)rt_roundupsize((uint64_t)len);
    b = escgo_alloc(cap, 0);
  }
  memcpy(b, p, (size_t)len);
  *out = (GoSlice){b, len, cap};
}

void escgo_str2runes(GoSlice *out, int32_t *buf, const uint8_t *p, int64_t len) {
  int64_t n = rt_runecount(p, len);
  int32_t *r;
  int64_t cap;
  if (buf && n <= TMPBUF) {
    memset(buf, 0, TMPBUF * sizeof(int32_t));
    r = buf;
    cap = TMPBUF;
  } else {
    cap = (int64_t)(rt_roundupsize((uint64_t)n * 4) / 4);
    r = escgo_alloc(cap * 4, 0);
  }
  for (int64_t i = 0, k = 0; i < len; k++) {
    int w;
    r[k] = rt_decoderune(p + i, len - i, &w);
    i += w;
  }
  *out = (GoSlice){r, n, cap};
}

// gc reserves 3 spare bytes beyond the encoded size; we allocate the same
// amount so the byte counts agree.
GoString escgo_runes2str(uint8_t *buf, const int32_t *p, int64_t len, int64_t cap) {
  uint8_t tmp[4];
  int64_t size = 0;
  for (int64_t i = 0; i < len; i++)
    size += rt_encoderune(tmp, p[i]);
  uint8_t *s = rawstring(buf, size + 3);
  int64_t n = 0;
  for (int64_t i = 0; i < len; i++)
    n += rt_encoderune(s + n, p[i]);
  return (GoString){s, n};
}

GoString escgo_rune2str(uint8_t *buf, int64_t r) {
  uint8_t *s = buf ? buf : escgo_alloc(4, 0);
  if ((int32_t)r != r)
    r = RUNE_ERROR;
  int n = rt_encoderune(s, r);
  return (GoString){s, n};
}

int32_t escgo_decoderune(const uint8_t *p, int64_t len, int64_t i, int64_t *next) {
  int w;
  int32_t r = rt_decoderune(p + i, len - i, &w);
  *next = i + w;
  return r;
}

// ---- UTF-8, with Go's rules: surrogates and values past U+10FFFF are
// invalid; an invalid or short sequence decodes as U+FFFD of width 1.

int rt_encoderune(uint8_t out[4], int64_t r) {
  if (r < 0 || r > RUNE_MAX || (r >= 0xD800 && r <= 0xDFFF))
    r = RUNE_ERROR;
  if (r < 0x80) {
    out[0] = (uint8_t)r;
    return 1;
  }
  if (r < 0x800) {
    out[0] = (uint8_t)(0xC0 | r >> 6);
    out[1] = (uint8_t)(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0x10000) {
    out[0] = (uint8_t)(0xE0 | r >> 12);
    out[1] = (uint8_t)(0x80 | (r >> 6 & 0x3F));
    out[2] = (uint8_t)(0x80 | (r & 0x3F));
    return 3;
  }
  out[0] = (uint8_t)(0xF0 | r >> 18);
  out[1] = (uint8_t)(0x80 | (r >> 12 & 0x3F));
  out[2] = (uint8_t)(0x80 | (r >> 6 & 0x3F));
  out[3] = (uint8_t)(0x80 | (r & 0x3F));
  return 4;
}

static bool cont(uint8_t c) {
  return (c & 0xC0) == 0x80;
}

int32_t rt_decoderune(const uint8_t *p, int64_t len, int *width) {
  uint8_t c = p[0];
  *width = 1;
  if (c < 0x80)
    return c;
  int n;
  int32_t r, min;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2, r = c & 0x1F, min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3, r = c & 0x0F, min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4, r = c & 0x07, min = 0x10000;
  } else {
    return RUNE_ERROR;
  }
  if (len < n)
    return RUNE_ERROR;
  for (int i = 1; i < n; i++) {
    if (!cont(p[i]))
      return RUNE_ERROR;
    r = r << 6 | (p[i] & 0x3F);
  }
  if (r < min || r > RUNE_MAX || (r >= 0xD800 && r <= 0xDFFF))
    return RUNE_ERROR;
  *width = n;
  return r;
}

int64_t rt_runecount(const uint8_t *p, int64_t len) {
  int64_t n = 0;
  for (int64_t i = 0; i < len; n++) {
    int w;
    if (p[i] < 0x80)
      w = 1;
    else
      rt_decoderune(p + i, len - i, &w);
    i += w;
  }
  return n;
}

// A heap copy of p[0:n], for the strings the C packages (errors, os, time,
// reflect, fmt) return to Go code.
GoString rt_newstr(const void *p, int64_t n) {
  if (n == 0)
    return (GoString){NULL, 0};
  uint8_t *d = escgo_alloc(n, 0);
  memcpy(d, p, (size_t)n);
  return (GoString){d, n};
}
