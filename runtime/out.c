// out.c — the program's output streams and the runtime's byte buffer.
//
// Go writes os.Stdout unbuffered; we buffer it because a write() per
// fmt.Println dominates the run time of print-heavy programs. The order of
// bytes a user can observe stays Go's: stderr writes (panics, println)
// first flush stdout, and a terminal gets every write at once.
#include "rt_internal.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { OUTBUF_SIZE = 1 << 16 };

static char outbuf[OUTBUF_SIZE];
static size_t outlen;
static int out_is_tty = -1;      // -1: not asked yet
static pthread_mutex_t out_lock = PTHREAD_MUTEX_INITIALIZER;

static void write_all(int fd, const char *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR)   // the collector's stop-the-world signals
        continue;
      return;               // nowhere to report it; Go ignores it too
    }
    p += w;
    n -= (size_t)w;
  }
}

static void flush_locked(void) {
  write_all(1, outbuf, outlen);
  outlen = 0;
}

void rt_stdout_write(const void *p, size_t n) {
  pthread_mutex_lock(&out_lock);
  if (out_is_tty < 0)
    out_is_tty = isatty(1);
  if (outlen + n > OUTBUF_SIZE)
    flush_locked();
  if (n >= OUTBUF_SIZE) {
    write_all(1, p, n);
  } else {
    memcpy(outbuf + outlen, p, n);
    outlen += n;
  }
  if (out_is_tty)
    flush_locked();
  pthread_mutex_unlock(&out_lock);
}

// Also called from the signal handler (start.c): it must not take the lock
// if the faulting thread holds it, so a fault never deadlocks the report.
void rt_stdout_flush(void) {
  if (pthread_mutex_trylock(&out_lock) != 0)
    return;
  flush_locked();
  pthread_mutex_unlock(&out_lock);
}

void rt_stderr_write(const void *p, size_t n) {
  if (outlen > 0)
    rt_stdout_flush();
  write_all(2, p, n);
}

// ---- RtBuf

void rtbuf_init(RtBuf *b) {
  b->data = b->small;
  b->len = 0;
  b->cap = sizeof b->small;
}

void rtbuf_free(RtBuf *b) {
  if (b->data != b->small)
    free(b->data);
  rtbuf_init(b);
}

static void grow(RtBuf *b, size_t need) {
  size_t cap = b->cap * 2;
  while (cap < b->len + need)
    cap *= 2;
  char *p = malloc(cap);
  if (!p)
    rt_fatal("runtime: out of memory");
  memcpy(p, b->data, b->len);
  if (b->data != b->small)
    free(b->data);
  b->data = p;
  b->cap = cap;
}

void rtbuf_putn(RtBuf *b, const void *p, size_t n) {
  if (b->len + n > b->cap)
    grow(b, n);
  memcpy(b->data + b->len, p, n);
  b->len += n;
}

void rtbuf_putc(RtBuf *b, int c) {
  if (b->len + 1 > b->cap)
    grow(b, 1);
  b->data[b->len++] = (char)c;
}

void rtbuf_puts(RtBuf *b, const char *s) {
  rtbuf_putn(b, s, strlen(s));
}

void rtbuf_udec(RtBuf *b, uint64_t v) {
  char tmp[24];
  int i = sizeof tmp;
  do {
    tmp[--i] = '0' + v % 10;
    v /= 10;
  } while (v);
  rtbuf_putn(b, tmp + i, sizeof tmp - i);
}

void rtbuf_dec(RtBuf *b, int64_t v) {
  if (v < 0) {
    rtbuf_putc(b, '-');
    rtbuf_udec(b, -(uint64_t)v);
  } else {
    rtbuf_udec(b, (uint64_t)v);
  }
}

void rtbuf_hex(RtBuf *b, uint64_t v) {
  char tmp[24];
  int i = sizeof tmp;
  do {
    tmp[--i] = "0123456789abcdef"[v & 15];
    v >>= 4;
  } while (v);
  tmp[--i] = 'x';
  tmp[--i] = '0';
  rtbuf_putn(b, tmp + i, sizeof tmp - i);
}
