// os.c — what the runtime keeps for package os (compiled from Go's source):
// the arguments it saves at start (os.runtime_args) and the exit that
// syscall.Exit, and so os.Exit, binds to (runtime/gohooks.c).
#include "rt_internal.h"

#include <string.h>
#include <unistd.h>

GoSlice rt_os_args;   // a global, so the collector sees the []string as a root

void escgo_set_args(int argc, char **argv) {
  GoString *args = escgo_alloc((int64_t)argc * (int64_t)sizeof(GoString), 1);
  for (int i = 0; i < argc; i++) {
    int64_t n = (int64_t)strlen(argv[i]);
    uint8_t *p = escgo_alloc(n, 0);
    memcpy(p, argv[i], n);
    args[i] = (GoString){p, n};
  }
  rt_os_args = (GoSlice){args, argc, argc};
}

// Deferred functions do not run, as in Go; buffered stdout is written.
void escgo_os_Exit(int64_t code) {
  rt_stdout_flush();
  rt_prof_report();
  _exit((int)code);
}
