// link.c — links the object file with the runtime by running the system C
// compiler (process.c: an argv, never a shell, so no path is ever
// reinterpreted): cc OBJ RTLIB -lgc -lpthread -lm -o OUT.
#include "internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

// The compiler driver: $CC when it names a single program, else "cc".
static const char *cc_program(void) {
  const char *cc = getenv("CC");
  if (cc && *cc && !strpbrk(cc, " \t"))
    return cc;
  return "cc";
}

static int run_cc(const char *obj, const char *out, const char *rtlib, bool asan) {
  const char *argv[16];
  int n = 0;
  argv[n++] = cc_program();
  if (asan)
    argv[n++] = "-fsanitize=address";
  argv[n++] = "-o";
  argv[n++] = out;
  argv[n++] = obj;
  argv[n++] = rtlib;
  argv[n++] = "-lgc";
  argv[n++] = "-lpthread";
  argv[n++] = "-lm";
  argv[n] = NULL;

  ProcessResult r = process_run(&(Process){(char **)argv, .search_path = true, .out_fd = -1});
  if (r.status >= 0)
    return r.status;
  return r.signal ? 128 + r.signal : 1;
}

// Copies file `from` into the existing non-regular file `to` (e.g. /dev/null).
static int copy_into(const char *from, const char *to) {
  FILE *in = fopen(from, "rb"), *o = fopen(to, "wb");
  int rc = in && o ? 0 : 1;
  char buf[65536];
  size_t n;
  while (!rc && (n = fread(buf, 1, sizeof buf, in)) > 0)
    if (fwrite(buf, 1, n, o) != n)
      rc = 1;
  if (in)
    fclose(in);
  if (o && fclose(o) != 0)
    rc = 1;
  return rc;
}

// The linker deletes its output when it fails; with `-o /dev/null` as root
// that would delete the device. Non-regular outputs are linked to a
// temporary file and copied.
int link_program(const char *obj, const char *out, const char *rtlib, bool asan) {
  struct stat st;
  if (stat(out, &st) != 0 || S_ISREG(st.st_mode))
    return run_cc(obj, out, rtlib, asan);
  char tmp[] = "/tmp/escgo-link-XXXXXX";
  int fd = mkstemp(tmp);
  if (fd < 0) {
    fprintf(stderr, "escgo: mkstemp: %s\n", strerror(errno));
    return 1;
  }
  close(fd);
  int rc = run_cc(obj, tmp, rtlib, asan);
  if (rc == 0)
    rc = copy_into(tmp, out);
  unlink(tmp);
  return rc;
}
