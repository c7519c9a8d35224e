// writer.c — rt_write_to, the io.Writer that the C fmt.Fprint* write to:
// every writer (os.File, bytes.Buffer and strings.Builder, compiled from
// Go's source) through its Write method, so the writer's own policy
// (unbuffered writes to a file, growth, allocations) applies.
#include "rt_std.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

// The buffers fmt.Fprint* hand a Go writer. Go's fmt passes its printer's
// own buffer, and takes printers from a sync.Pool, so a warm Fprintf
// allocates nothing for it; a pool of collected buffers does the same here
// (a writer that keeps p, against io.Writer's contract, still points to
// live memory, overwritten later as under gc). Like Go's, a buffer over
// 64 KiB is not kept.
enum { POOL_SLOTS = 8, POOL_MAX = 64 << 10 };
static struct { uint8_t *p; int64_t cap; } pool[POOL_SLOTS];   // .bss: a root for the collector
static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;

static uint8_t *pool_get(int64_t n, int64_t *cap) {
  uint8_t *p = NULL;
  pthread_mutex_lock(&pool_lock);
  for (int i = 0; i < POOL_SLOTS && !p; i++)
    if (pool[i].p && pool[i].cap >= n) {
      p = pool[i].p, *cap = pool[i].cap;
      pool[i].p = NULL;
    }
  pthread_mutex_unlock(&pool_lock);
  if (!p) {
    *cap = n < 64 ? 64 : n;
    p = escgo_alloc(*cap, 0);
  }
  return p;
}

static void pool_put(uint8_t *p, int64_t cap) {
  if (cap > POOL_MAX)
    return;
  pthread_mutex_lock(&pool_lock);
  for (int i = 0; i < POOL_SLOTS; i++)
    if (!pool[i].p) {
      pool[i].p = p, pool[i].cap = cap;
      break;
    }
  pthread_mutex_unlock(&pool_lock);
}

int64_t rt_write_to(const GoType *t, void *data, const void *p, int64_t n) {
  if (!t)
    escgo_panic_nil();
  void *fn = rt_method(t, "Write", "func([]uint8) (int, error)");
  if (!fn)
    fn = rt_method(t, "Write", "func([]byte) (int, error)");
  if (!fn)
    rt_panic_str("escgo: io.Writer without a Write method");
  int64_t cap;
  uint8_t *buf = pool_get(n, &cap);
  memcpy(buf, p, (size_t)n);
  int64_t wrote = ((int64_t(*)(void *, void *, int64_t, int64_t))fn)(data, buf, n, n);
  pool_put(buf, cap);
  return wrote;
}
