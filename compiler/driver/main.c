// main.c — the escgo command: dispatches to build, run, test, lab, version, help.
//
// Modelled on the go tool (GUIDE §1) so a Go user's habits work: the same
// flag spellings, the same package-loading errors, paths in diagnostics
// spelled the way `go build` spells them, the same exit statuses
// (0 ok, 1 compile error, 2 usage error).
#include "internal.h"

#include <pthread.h>
#include <string.h>

static int escgo_main(int argc, char **argv) {
  if (argc < 2) {
    fputs(help_main, stderr);
    return 2;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "build"))
    return cmd_build(argc - 2, argv + 2);
  if (!strcmp(cmd, "run"))
    return cmd_run(argc - 2, argv + 2);
  if (!strcmp(cmd, "test"))
    return cmd_test(argc - 2, argv + 2);
  if (!strcmp(cmd, "clean"))
    return cmd_clean(argc - 2, argv + 2);
  if (!strcmp(cmd, "explain"))
    return cmd_explain(argc - 2, argv + 2);
  if (!strcmp(cmd, "lab"))
    return cmd_lab(argc - 2, argv + 2);
  if (!strcmp(cmd, "version"))
    return cmd_version();
  if (!strcmp(cmd, "help") || !strcmp(cmd, "-h") || !strcmp(cmd, "--help") ||
      !strcmp(cmd, "-help"))
    return cmd_help(argc - 2, argv + 2);
  fprintf(stderr, "escgo %s: unknown command\nRun 'escgo help' for usage.\n", cmd);
  return 2;
}

// The compiler runs on a thread with a large, lazily committed stack so that
// deeply nested programs (gc accepts 100,000 nested parentheses) compile
// instead of overflowing the C stack; the parser still bounds its depth by
// the stack actually available.
enum { COMPILER_STACK = 1u << 30 };

typedef struct {
  int argc;
  char **argv;
  int status;
} MainArgs;

static void *main_thread(void *arg) {
  MainArgs *a = arg;
  a->status = escgo_main(a->argc, a->argv);
  return NULL;
}

int driver_main(int argc, char **argv) {
  MainArgs a = {argc, argv, 0};
  pthread_attr_t attr;
  pthread_t th;
  // Set before the thread starts: the parser reads it to bound its depth
  // (set after pthread_create, a fast thread could parse with the 8 MB
  // default budget and report "nesting too deep" at random).
  escgo_stack_size = COMPILER_STACK;
  if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, COMPILER_STACK) == 0 &&
      pthread_create(&th, &attr, main_thread, &a) == 0) {
    pthread_join(th, NULL);
    return a.status;
  }
  escgo_stack_size = 0;
  return escgo_main(argc, argv); // no thread: run on the normal stack
}
