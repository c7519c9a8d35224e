// util.c — allocation that never returns NULL, growable arrays and buffers.
#include "base.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
#include <string.h>

size_t escgo_stack_size;

// malloc is jemalloc (the Makefile links it): LLVM's passes and object
// emission spend a seventh of a big build in malloc and free, and glibc's
// allocator took ~20% more CPU for bench/compile-speed's program
// (bench/RESULTS.md). The front end's own many small, never-freed objects
// come from the arena below.

// Transparent huge pages for the arena make the typical compile faster
// (2 MB faults instead of 512 small ones) but on some VMs an occasional run
// stalls while the host backs fresh 2 MB pages; ESCGO_THP=0 turns them off
// (see bench/RESULTS.md for the measurements).
static bool use_thp = true;

__attribute__((constructor)) static void thp_setup(void) {
  const char *thp = getenv("ESCGO_THP");
  use_thp = !thp || strcmp(thp, "0");
}

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

// Formats into a stack buffer first: one exact-size malloc for the usual short
// string instead of vasprintf's allocate-then-shrink.
static char *vfmt(const char *fmt, va_list ap, int *len) {
  char tmp[256];
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  if (n < 0) {
    fprintf(stderr, "escgo: out of memory\n");
    exit(1);
  }
  char *s = malloc((size_t)n + 1);
  if (!s) {
    fprintf(stderr, "escgo: out of memory\n");
    exit(1);
  }
  if ((size_t)n < sizeof tmp)
    memcpy(s, tmp, (size_t)n + 1);
  else
    vsnprintf(s, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  *len = n;
  return s;
}

char *xfmt(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n;
  char *s = vfmt(fmt, ap, &n);
  va_end(ap);
  return s;
}

// Most Vecs (call arguments, the names of a declaration, a selector's
// field path) hold one or two items: they start with room for two.
void vec_push(Vec *v, void *p) {
  if (v->len == v->cap) {
    v->cap = v->cap ? v->cap * 2 : 2;
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
  char tmp[256];
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n < 0) {
    fprintf(stderr, "escgo: out of memory\n");
    exit(1);
  }
  if ((size_t)n < sizeof tmp) {
    buf_putn(b, tmp, (size_t)n);
  } else {
    buf_grow(b, (size_t)n);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
    b->len += (size_t)n;
  }
  va_end(ap2);
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
    if (use_thp)
      madvise(p, ARENA_CHUNK, MADV_HUGEPAGE);
#endif
    arena_next = p;
    arena_end = arena_next + ARENA_CHUNK;
  }
  void *r = arena_next;
  arena_next += n;
  return r;
}

// Go's error text for an errno: strerror with a lower-case first letter.
char *go_strerror(int err) {
  char *s = xstrdup(strerror(err));
  if (s[0] >= 'A' && s[0] <= 'Z')
    s[0] += 'a' - 'A';
  return s;
}

// Writes n bytes of data to fd, through short writes and EINTR; 0 or an errno.
int write_all(int fd, const void *data, size_t n) {
  const char *p = data;
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR)
      continue;
    if (w < 0)
      return errno;
    if (w == 0)
      return EIO;
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

// Creates (or truncates) path and writes data to it; 0 or an errno. The
// close is checked too: a full disk may only say so there.
int write_file(const char *path, const void *data, size_t n) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0)
    return errno;
  int err = write_all(fd, data, n);
  if (close(fd) != 0 && !err)
    err = errno;
  return err;
}
