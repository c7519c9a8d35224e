// ospkg.c — package os beyond Exit (os.c): Args, Stdin, Stdout, Stderr as
// *os.File with Read, Write and WriteString, Getenv, Environ.
#include "rt_std.h"

#include <errno.h>
#include <pthread.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

typedef struct { int64_t fd; } File;   // compiler/pkgstd.c: struct { fd int }

static File std_files[3] = {{0}, {1}, {2}};

void escgo_os_Args(GoSlice *out) { *out = rt_os_args; }
File *escgo_os_Stdin(void) { return &std_files[0]; }
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

// io.EOF, the variable of io compiled from Go's source, when the program
// has io (fmt's Scan functions, the one user of Read, import it).
extern GoEface io_EOF __asm__("io.EOF") __attribute__((weak));

// (*os.File).Read: what read(2) gives; at the end, 0 and io.EOF, as Go.
void escgo_os_File_Read(GoIntErr *out, File *f, uint8_t *p, int64_t n, int64_t cap) {
  if (!f)
    escgo_panic_nil();
  if (n == 0) {
    *out = (GoIntErr){0, {NULL, NULL}};
    return;
  }
  ssize_t got;
  do
    got = read((int)f->fd, p, (size_t)n);
  while (got < 0 && errno == EINTR);
  if (got > 0) {
    *out = (GoIntErr){got, {NULL, NULL}};
    return;
  }
  GoEface err = got == 0 && &io_EOF ? io_EOF : rt_error_new((const uint8_t *)"read error", 10);
  *out = (GoIntErr){0, err};
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

