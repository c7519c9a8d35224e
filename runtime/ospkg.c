// ospkg.c — package os beyond Exit (os.c): Args, Stdout, Stderr as *os.File
// with Write and WriteString, Getenv, Environ; and rt_write_to, the io.Writer that
// fmt.Fprint* writes to.
#include "rt_std.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct { int64_t fd; } File;   // compiler/pkgstd.c: struct { fd int }

static File std_files[3] = {{0}, {1}, {2}};

void escgo_os_Args(GoSlice *out) { *out = rt_os_args; }
File *escgo_os_Stdout(void) { return &std_files[1]; }
File *escgo_os_Stderr(void) { return &std_files[2]; }

static int64_t file_write(File *f, const void *p, int64_t n) {
  if (!f)
    escgo_panic_nil();
  if (f->fd == 2)
    rt_stderr_write(p, (size_t)n);
  else
    rt_stdout_write(p, (size_t)n);
  return n;
}

void escgo_os_File_Write(GoIntErr *out, File *f, const uint8_t *p, int64_t n, int64_t cap) {
  *out = (GoIntErr){file_write(f, p, n), {NULL, NULL}};
}

void escgo_os_File_WriteString(GoIntErr *out, File *f, const uint8_t *p, int64_t n) {
  *out = (GoIntErr){file_write(f, p, n), {NULL, NULL}};
}

GoString escgo_os_Getenv(const uint8_t *p, int64_t n) {
  char name[256];
  if (n >= (int64_t)sizeof name)
    return (GoString){NULL, 0};
  memcpy(name, p, (size_t)n);
  name[n] = 0;
  const char *v = getenv(name);
  return v ? rt_newstr(v, (int64_t)strlen(v)) : (GoString){NULL, 0};
}

extern char **environ;

// Go's syscall.Environ: a fresh copy of the "key=value" strings, the empty
// ones left out; the capacity counts them all, as Go's make(0, len(envs)).
void escgo_os_Environ(GoSlice *out) {
  int64_t n = 0;
  while (environ && environ[n])
    n++;
  GoString *a = escgo_alloc(n * (int64_t)sizeof(GoString), 1);
  int64_t k = 0;
  for (int64_t i = 0; i < n; i++)
    if (environ[i][0])
      a[k++] = rt_newstr(environ[i], (int64_t)strlen(environ[i]));
  *out = (GoSlice){a, k, n};
}

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

// *os.File is the C runtime's own; every other writer (bytes.Buffer and
// strings.Builder, compiled from Go's source, included) through its Write
// method, so the writer's own policy (growth, allocations) applies.
int64_t rt_write_to(const GoType *t, void *data, const void *p, int64_t n) {
  if (!t)
    escgo_panic_nil();
  if (!strcmp(t->str, "*os.File"))
    return file_write(data, p, n);
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
