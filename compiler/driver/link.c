// link.c — links the object file with the runtime by running the system C
// compiler (process.c: an argv, never a shell, so no path is ever
// reinterpreted): cc OBJ RTLIB -lgc -lpthread -lm -o OUT.
#include "internal.h"

#include <stdlib.h>
#include <string.h>

// The compiler driver: $CC when it names a single program, else "cc".
static const char *cc_program(void) {
  const char *cc = getenv("CC");
  if (cc && *cc && !strpbrk(cc, " \t"))
    return cc;
  return "cc";
}

// Links into out, a path in the build's private temporary directory (the
// linker deletes its output when it fails; output.c installs the result).
int link_program(const char *obj, const char *out, const char *rtlib, bool asan) {
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
