// ospkg.c — package os beyond Exit (os.c): Args, Stdout, Stderr as *os.File
// with Write and WriteString, Getenv, Environ; and rt_write_to, the io.Writer that
// fmt.Fprint* writes to.
#include "rt_std.h"

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
  uint8_t *copy = escgo_alloc(n, 0);   // the writer may keep its argument
  memcpy(copy, p, (size_t)n);
  return ((int64_t(*)(void *, void *, int64_t, int64_t))fn)(data, copy, n, n);
}
