// process.c — the one way escgo runs another program: the linker (cc), the
// program `escgo run` built, the test binary `escgo test` built. Always
// spawn (or fork) and exec with an argv, never a shell, so no path is
// reinterpreted.
#include "internal.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

// The user's program while escgo waits for it: a SIGTERM sent to escgo is
// passed on (build.c's handler calls process_forward_signal) rather than
// leaving it orphaned. Process-wide, as signal handlers are.
static pid_t foreground_pid;

void process_forward_signal(int sig) {
  if (foreground_pid > 0)
    kill(foreground_pid, sig);
}

// A child's signals take their default action, not build.c's cleanup
// handlers: the temporary directory is the parent's to remove.
static const int child_default_signals[] = {SIGINT,  SIGTERM, SIGHUP, SIGSEGV, SIGABRT,
                                            SIGBUS,  SIGFPE,  SIGILL, SIGQUIT};

static void default_signals(void) {
  for (size_t i = 0; i < sizeof child_default_signals / sizeof child_default_signals[0]; i++)
    signal(child_default_signals[i], SIG_DFL);
}

// posix_spawn, not fork: escgo's address space is large (LLVM, the
// program's IR), and fork copies its page tables, a part of every link's
// cost. The child starts with default signals and the output redirected;
// a program that cannot be started is reported as the child used to, on
// the output it would have had: -1, and *status the exit status the child
// would have had.
static pid_t spawn(const Process *p, int *status) {
  posix_spawn_file_actions_t fa;
  posix_spawnattr_t attr;
  posix_spawn_file_actions_init(&fa);
  posix_spawnattr_init(&attr);
  sigset_t defaults;
  sigemptyset(&defaults);
  for (size_t i = 0; i < sizeof child_default_signals / sizeof child_default_signals[0]; i++)
    sigaddset(&defaults, child_default_signals[i]);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
  if (p->out_fd >= 0) {
    posix_spawn_file_actions_adddup2(&fa, p->out_fd, 1);
    posix_spawn_file_actions_adddup2(&fa, p->out_fd, 2);
  }
  pid_t pid;
  int err = (p->search_path ? posix_spawnp : posix_spawn)(&pid, p->argv[0], &fa, &attr, p->argv,
                                                          environ);
  posix_spawn_file_actions_destroy(&fa);
  posix_spawnattr_destroy(&attr);
  if (!err)
    return pid;
  char msg[PATH_MAX + 128];
  if (p->search_path)
    snprintf(msg, sizeof msg, "escgo: cannot run %s: %s\n", p->argv[0], go_strerror(err));
  else
    snprintf(msg, sizeof msg, "fork/exec %s: %s\n", p->argv[0], go_strerror(err));   // go run's words
  if (p->out_fd >= 0)
    write_all(p->out_fd, msg, strlen(msg));
  else
    fputs(msg, stderr);
  *status = p->search_path ? 127 : 1;
  return -1;
}

ProcessResult process_run(const Process *p) {
  fflush(stdout);
  fflush(stderr);
  // Like system(): ^C and ^\ go to the user's program while escgo waits
  // (ignored before the spawn, so none arrives between; the child resets them).
  void (*old_int)(int) = SIG_DFL, (*old_quit)(int) = SIG_DFL;
  if (p->foreground) {
    old_int = signal(SIGINT, SIG_IGN);
    old_quit = signal(SIGQUIT, SIG_IGN);
  }
  int status = 0;
  pid_t pid = spawn(p, &status);
  ProcessResult r;
  if (pid < 0) {
    r = (ProcessResult){status, 0};
  } else {
    if (p->foreground)
      foreground_pid = pid;
    r = process_wait(pid);
  }
  if (p->foreground) {
    foreground_pid = 0;
    signal(SIGINT, old_int);
    signal(SIGQUIT, old_quit);
  }
  return r;
}

ProcessResult process_wait(pid_t pid) {
  int status;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) {
      fprintf(stderr, "escgo: wait: %s\n", go_strerror(errno));
      return (ProcessResult){-1, 0};
    }
  if (WIFEXITED(status))
    return (ProcessResult){WEXITSTATUS(status), 0};
  return (ProcessResult){-1, WIFSIGNALED(status) ? WTERMSIG(status) : 0};
}

// A copy of escgo itself doing part of the work (build.c: one part of a
// program's code): returns 0 in the child, the child's id in the parent,
// -1 (said why) when there is none. The child must end with _exit, so the
// parent's exit hooks (removing the temporary directory) do not run twice.
pid_t process_fork(void) {
  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  if (pid < 0)
    fprintf(stderr, "escgo: fork: %s\n", go_strerror(errno));
  if (pid == 0)
    default_signals();
  return pid;
}
