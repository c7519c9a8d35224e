// util.c — allocation that never returns NULL, growable arrays and buffers.
#include "escgo.h"

#include <stdarg.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <string.h>

size_t escgo_stack_size;

void *xmalloc(size_t n) {
  void *p = calloc(1, n ? n : 1);
  if (!p) {
    fprintf(stderr, "escgo: out of memory\n");
    exit(1);
  }
  return p;
}

void *xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p) {
    fprintf(stderr, "escgo: out of memory\n");
    exit(1);
  }
  return p;
}

char *xstrndup(const char *s, size_t n) {
  char *p = xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

char *xfmt(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *s = NULL;
  if (vasprintf(&s, fmt, ap) < 0) {
    fprintf(stderr, "escgo: out of memory\n");
    exit(1);
  }
  va_end(ap);
  return s;
}

void vec_push(Vec *v, void *p) {
  if (v->len == v->cap) {
    v->cap = v->cap ? v->cap * 2 : 8;
    v->data = xrealloc(v->data, sizeof(void *) * v->cap);
  }
  v->data[v->len++] = p;
}

static void buf_grow(Buf *b, size_t extra) {
  if (b->len + extra + 1 <= b->cap)
    return;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->len + extra + 1)
    cap *= 2;
  b->data = xrealloc(b->data, cap);
  b->cap = cap;
}

void buf_putn(Buf *b, const char *s, size_t n) {
  buf_grow(b, n);
  memcpy(b->data + b->len, s, n);
  b->len += n;
}

void buf_putc(Buf *b, int c) {
  char ch = (char)c;
  buf_putn(b, &ch, 1);
}

void buf_puts(Buf *b, const char *s) { buf_putn(b, s, strlen(s)); }

void buf_printf(Buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *s = NULL;
  int n = vasprintf(&s, fmt, ap);
  va_end(ap);
  if (n < 0) {
    fprintf(stderr, "escgo: out of memory\n");
    exit(1);
  }
  buf_putn(b, s, (size_t)n);
  free(s);
}

char *buf_cstr(Buf *b) {
  buf_grow(b, 0);
  b->data[b->len] = 0;
  return b->data;
}

// ---------------------------------------------------------------- arena
//
// The compiler's many small, never-freed objects (AST and IR nodes, types,
// objects) come from large zero-filled mappings handed out by bumping a
// pointer. Fresh mappings are already zero, so nothing is cleared twice, and
// asking for transparent huge pages cuts the page faults that otherwise
// dominate the front end's time on large programs.
enum { ARENA_CHUNK = 64u << 20 };

static char *arena_next, *arena_end;

void *arena_alloc(size_t n) {
  n = (n + 15) & ~(size_t)15;
  if (n > ARENA_CHUNK / 4)
    return xmalloc(n);
  if ((size_t)(arena_end - arena_next) < n) {
    void *p = mmap(NULL, ARENA_CHUNK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
      return xmalloc(n);
#ifdef MADV_HUGEPAGE
    madvise(p, ARENA_CHUNK, MADV_HUGEPAGE);
#endif
    arena_next = p;
    arena_end = arena_next + ARENA_CHUNK;
  }
  void *r = arena_next;
  arena_next += n;
  return r;
}
