// gohooks.c — what Go 1.19's syscall, time, os and internal/poll, compiled
// from Go's source, expect from gc's runtime and assembly. The overlay's
// escgo_runtime.go files (overlay/syscall, overlay/time, overlay/os,
// overlay/internal/poll) bind their bodyless functions to these through
// //go:linkname; only scalars and pointers cross, so the C calling
// convention and escgo's agree. Three keep gc's runtime names (the asm
// labels below), because Go's own files already link them by those names.
#include "rt_std.h"
#include "rt_sched.h"

#include <cpuid.h>

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

// ---------------------------------------------------------------- syscall

// Go's syscall.Syscall brackets a call with these, so a read that blocks
// (standard input, a pipe) hands its worker to the other goroutines.
void go_entersyscall(void) __asm__("runtime.entersyscall");
void go_exitsyscall(void) __asm__("runtime.exitsyscall");
int64_t go_nanotime(void) __asm__("runtime.nanotime");

void go_entersyscall(void) { rt_entersyscall(); }
void go_exitsyscall(void) { rt_exitsyscall(); }
int64_t go_nanotime(void) { return rt_nanotime(); }

// The kernel's answer as the raw register: -4095..-1 is -errno, which the
// overlay's RawSyscall6 turns into syscall.Errno. stdout is buffered by the
// runtime (out.c) for fmt.Println: a Go write to fds 0..2, or a read of
// standard input (a prompt must show first), flushes it, so the bytes keep
// the order the program wrote them in.
uintptr_t escgo_syscall6(uintptr_t trap, uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t a4,
                         uintptr_t a5, uintptr_t a6) {
  if ((trap == SYS_write || trap == SYS_read) && a1 <= 2)
    rt_stdout_flush();
  long r = syscall((long)trap, a1, a2, a3, a4, a5, a6);
  return r == -1 ? (uintptr_t)-(intptr_t)errno : (uintptr_t)r;
}

// syscall.Exit (and so os.Exit): no deferred call runs, the buffered stdout
// and a -cpuprofile are written.
void escgo_syscall_exit(int64_t code) { escgo_os_Exit(code); }

int64_t escgo_getpagesize(void) { return (int64_t)sysconf(_SC_PAGESIZE); }

// syscall.runtime_envs: the environment as a []string ("key=value"), built
// once; the overlay copies it, as gc's runtime hands out a copy.
static GoSlice envs;   // a global: the collector sees its strings

GoSlice *escgo_runtime_envs(void) {
  extern char **environ;
  if (envs.ptr || !environ)
    return &envs;
  int64_t n = 0;
  while (environ[n])
    n++;
  GoString *a = escgo_alloc(n * (int64_t)sizeof(GoString), 1);
  for (int64_t i = 0; i < n; i++)
    a[i] = rt_newstr(environ[i], (int64_t)strlen(environ[i]));
  envs = (GoSlice){a, n, n};
  return &envs;
}

// os.runtime_args: os.c made the []string at start.
GoSlice *escgo_runtime_args(void) { return &rt_os_args; }

// ---------------------------------------------------------------- os

// A write to a closed pipe on stdout or stderr kills the program with
// SIGPIPE, as under gc (os.epipecheck).
void escgo_os_sigpipe(void) {
  rt_stdout_flush();
  signal(SIGPIPE, SIG_DFL);
  raise(SIGPIPE);
}

// os.fastrand (temporary file names): xorshift on a per-call seed mix; the
// names only need to differ, as gc's fastrand's.
uint32_t escgo_fastrand(void) {
  static uint64_t state;
  uint64_t s = __atomic_load_n(&state, __ATOMIC_RELAXED);
  if (!s)
    s = (uint64_t)rt_nanotime() | 1;
  s ^= s << 13, s ^= s >> 7, s ^= s << 17;
  __atomic_store_n(&state, s, __ATOMIC_RELAXED);
  return (uint32_t)(s >> 32);
}

// ---------------------------------------------------------------- internal/poll

// poll.FD's reference count waits on these (runtime_Semacquire and
// runtime_Semrelease): a count, with the scheduler's address-keyed queues.
void escgo_semacquire(uint32_t *s) {
  rt_lock();
  if (*s > 0)
    (*s)--;
  else
    rt_sem_wait(s, "semacquire");   // the releaser hands its count over
  rt_unlock();
}

void escgo_semrelease(uint32_t *s) {
  rt_lock();
  if (!rt_sem_wake(s))
    (*s)++;
  rt_unlock();
}

// ---------------------------------------------------------------- time

// time.now's wall clock, in nanoseconds since 1970.
int64_t escgo_walltime(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

// time.Sleep, and the overlay's timers: the goroutine parks on the
// scheduler's heap of sleepers (sched.c); its worker runs others meanwhile.
void escgo_sleep_until(int64_t when) { rt_sleep_until(when); }

void escgo_time_Sleep(int64_t d) {
  if (d > 0)
    rt_sleep_until(rt_nanotime() + d);
}

// ---------------------------------------------------------------- runtime

// runtime.GOROOT: $GOROOT, else where Debian's golang-1.19 puts Go's tree
// (time looks for lib/time/zoneinfo.zip there when the system has no
// /usr/share/zoneinfo).
GoString escgo_runtime_GOROOT(void) {
  const char *g = getenv("GOROOT");
  return rt_cstr(g && *g ? g : "/usr/lib/go-1.19");
}

// runtime.Version: gc's linker writes its own release ("go1.19.8"); escgo
// compiles Go 1.19's library from GOROOT, so it reports that tree's release,
// the first line of GOROOT/VERSION (read once), else "go1.19".
static char goroot_version[64] = "go1.19";

static void read_goroot_version(void) {
  GoString root = escgo_runtime_GOROOT();
  char path[4096];
  snprintf(path, sizeof path, "%.*s/VERSION", (int)root.len, (const char *)root.ptr);
  FILE *f = fopen(path, "r");
  if (!f)
    return;
  char line[64];
  if (fgets(line, sizeof line, f) && !strncmp(line, "go", 2)) {
    line[strcspn(line, "\r\n")] = 0;
    snprintf(goroot_version, sizeof goroot_version, "%s", line);
  }
  fclose(f);
}

GoString escgo_runtime_Version(void) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, read_goroot_version);
  return rt_cstr(goroot_version);
}

// ---------------------------------------------------------------- internal/cpu

// CPUID for internal/cpu's Name (overlay/internal/cpu/cpu_x86.go): the
// registers of leaf, subleaf 0.
void escgo_cpu_cpuid(uint32_t leaf, uint32_t regs[4]) {
  __cpuid_count(leaf, 0, regs[0], regs[1], regs[2], regs[3]);
}
