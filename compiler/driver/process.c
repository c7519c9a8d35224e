// process.c — the one way escgo runs another program: the linker (cc), the
// program `escgo run` built, the test binary `escgo test` built. Always
// fork and exec with an argv, never a shell, so no path is reinterpreted.
#include "internal.h"

#include <errno.h>
#include <signal.h>
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
static void default_signals(void) {
  int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGQUIT};
  for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
    signal(sigs[i], SIG_DFL);
}

// In the child: default signal handlers, the output redirected, then the program.
_Noreturn static void exec_child(const Process *p) {
  default_signals();
  if (p->out_fd >= 0) {
    dup2(p->out_fd, 1);
    dup2(p->out_fd, 2);
  }
  if (p->search_path) {
    execvp(p->argv[0], p->argv);
    fprintf(stderr, "escgo: cannot run %s: %s\n", p->argv[0], go_strerror(errno));
    _exit(127);
  }
  execv(p->argv[0], p->argv);
  fprintf(stderr, "fork/exec %s: %s\n", p->argv[0], go_strerror(errno));   // go run's words
  _exit(1);
}

ProcessResult process_run(const Process *p) {
  fflush(stdout);
  fflush(stderr);
  // Like system(): ^C and ^\ go to the user's program while escgo waits
  // (ignored before the fork, so none arrives between; the child resets them).
  void (*old_int)(int) = SIG_DFL, (*old_quit)(int) = SIG_DFL;
  if (p->foreground) {
    old_int = signal(SIGINT, SIG_IGN);
    old_quit = signal(SIGQUIT, SIG_IGN);
  }
  pid_t pid = fork();
  if (pid < 0) {
    fprintf(stderr, "escgo: fork: %s\n", go_strerror(errno));
    return (ProcessResult){-1, 0};
  }
  if (pid == 0)
    exec_child(p);
  if (p->foreground)
    foreground_pid = pid;
  ProcessResult r = process_wait(pid);
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
