// main.c — the escgo command: build, run, version, help.
//
// Modelled on the go tool (GUIDE §1) so a Go user's habits work: the same
// flag spellings, the same package-loading errors, paths in diagnostics
// spelled the way `go build` spells them, the same exit statuses
// (0 ok, 1 compile error, 2 usage error).
//
// The pipeline it drives, one call per pass:
//   read files -> parse_file (pulling tokens from lex_next) -> check_package -> lower_package
//   -> escape_analyze -> [dump_ir] -> codegen_program -> link_program

#include <llvm-c/Support.h>
#include <pthread.h>
#include "internal.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <sys/resource.h>
#include <unistd.h>

#include <llvm/Config/llvm-config.h>

#define ESCGO_VERSION "0.1"

// ---------------------------------------------------------------- usage

static const char build_usage[] =
    "usage: escgo build [-o output] [build flags] [packages]\n"
    "Run 'escgo help build' for details.\n";
static const char run_usage[] =
    "usage: escgo run [build flags] [package] [arguments...]\n"
    "Run 'escgo help run' for details.\n";

static const char help_main[] =
    "escgo compiles a subset of Go and shows where its values live.\n"
    "\n"
    "Usage:\n"
    "\n"
    "\tescgo <command> [arguments]\n"
    "\n"
    "The commands are:\n"
    "\n"
    "\tbuild       compile a program (one package: FILES.go or a DIR)\n"
    "\trun         compile and run a program\n"
    "\ttest        compile and run a package's tests and benchmarks\n"
    "\tversion     print escgo's version\n"
    "\thelp        this text, or help on a topic\n"
    "\n"
    "Additional help topics:\n"
    "\n"
    "\tgcflags     the compiler flags: -m, -l, -N, -d=...\n"
    "\tenvironment ESCGO_ROOT and the variables a built program reads\n"
    "\n"
    "Use \"escgo help <topic>\" for more information about that topic.\n";

static const char help_build[] =
    "usage: escgo build [-o output] [build flags] FILES.go | DIR\n"
    "\n"
    "Build compiles the named .go files (or every non-test .go file of DIR;\n"
    "default \".\"), which must form one package. For package main it writes an\n"
    "executable named after the first file (or the directory) unless -o is\n"
    "given. Any other package is checked and analysed; nothing is written.\n"
    "\n"
    "The build flags (shared by build and run):\n"
    "\n"
    "\t-o file       write the executable (or .ll with -emit-llvm) to file\n"
    "\t-gcflags 'f'  compiler flags, gc's syntax; see 'escgo help gcflags'\n"
    "\t-O0 -O1 -O2   LLVM optimisation level (default -O2)\n"
    "\t-escape=off   put every allocation site on the heap: the baseline that\n"
    "\t              shows what escape analysis saves\n"
    "\t-asan         build with AddressSanitizer (stack-use-after-return\n"
    "\t              detection; the garbage collector is turned off)\n"
    "\t-emit-llvm    write LLVM IR text instead of linking\n"
    "\n"
    "Exit status: 0 success, 1 compile errors, 2 usage errors.\n";

static const char help_run[] =
    "usage: escgo run [build flags] FILES.go | DIR [--] [arguments...]\n"
    "\n"
    "Run compiles the named main package into a private temporary directory,\n"
    "runs it with the arguments, removes the binary, and exits with the\n"
    "program's exit status (2 if it died from a signal, as Go programs\n"
    "that panic do). The build flags are those of 'escgo help build'.\n";

static const char help_gcflags[] =
    "-gcflags passes compiler flags in gc's syntax, as one argument:\n"
    "\n"
    "\tescgo build -gcflags=-m prog.go\n"
    "\tescgo build -gcflags '-m -l' prog.go\n"
    "\tescgo build -gcflags 'all=-m=2' prog.go    (the 'all=' pattern is ignored)\n"
    "\n"
    "\t-m            print escape analysis decisions, in gc 1.19's words\n"
    "\t-m -m, -m=2   also explain each decision (the flow that caused it)\n"
    "\t-l            disable inlining\n"
    "\t-N            disable optimisations\n"
    "\t-d=LIST       debug switches, comma separated:\n"
    "\t                tokens   dump the tokens of each file\n"
    "\t                ast      dump the syntax tree\n"
    "\t                ir       dump the IR after escape analysis (every node,\n"
    "\t                         each allocation site with its verdict)\n"
    "\t                ir=PASS  dump the IR as PASS left it: lower (verdicts\n"
    "\t                         undecided) or escape; ir=lower,ir=escape: both\n"
    "\t                time     print each phase's wall and CPU time and the\n"
    "\t                         memory it first touched (MB) to stderr, and\n"
    "\t                         the front end's speed in lines per second\n"
    "\t                forcestack=FILE:LINE  force the allocation sites on\n"
    "\t                         that line onto the stack (unsound on purpose:\n"
    "\t                         proves that -asan catches the bug)\n";

static const char help_environment[] =
    "ESCGO_ROOT   the escgo directory; the runtime is $ESCGO_ROOT/lib/libescgo_rt.a.\n"
    "             Unset: found as ../lib/libescgo_rt.a next to the escgo binary.\n"
    "TMPDIR       where build and run make their private temporary directories.\n"
    "\n"
    "A built program reads GOGC, GOMEMLIMIT and GODEBUG=gctrace=1 as Go does.\n";

_Noreturn static void usage_exit(const char *usage) {
  fputs(usage, stderr);
  exit(2);
}

// ---------------------------------------------------------------- paths
// Go spells a file in a diagnostic as its directory made relative to the
// working directory when that is shorter ("./x.go", "sub/x.go", "../x.go"),
// else absolute. These helpers do that lexically, as Go's filepath does.

// Lexical cleaning of an absolute path: removes ".", "..", repeated '/'.
static char *clean_abs(const char *p) {
  char *out = xmalloc(strlen(p) + 2);
  size_t n = 0;
  out[n++] = '/';
  while (*p) {
    while (*p == '/')
      p++;
    const char *s = p;
    while (*p && *p != '/')
      p++;
    size_t len = p - s;
    if (len == 0 || (len == 1 && s[0] == '.'))
      continue;
    if (len == 2 && s[0] == '.' && s[1] == '.') {
      while (n > 1 && out[n - 1] != '/')
        n--;
      if (n > 1)
        n--;  // the '/' before the dropped component
      continue;
    }
    if (n > 1)
      out[n++] = '/';
    memcpy(out + n, s, len);
    n += len;
  }
  out[n] = 0;
  return out;
}

// The working directory the way Go's os.Getwd sees it: $PWD when it names
// the same directory (it keeps symlinks as the user typed them).
static char *working_dir(void) {
  static char *cwd;
  if (cwd)
    return cwd;
  const char *pwd = getenv("PWD");
  struct stat a, b;
  if (pwd && pwd[0] == '/' && stat(pwd, &a) == 0 && stat(".", &b) == 0 &&
      a.st_dev == b.st_dev && a.st_ino == b.st_ino)
    return cwd = clean_abs(pwd);
  char buf[PATH_MAX];
  if (!getcwd(buf, sizeof buf)) {
    fprintf(stderr, "escgo: cannot determine the current directory: %s\n", strerror(errno));
    exit(1);
  }
  return cwd = clean_abs(buf);
}

static char *abs_path(const char *p) {
  if (p[0] == '/')
    return clean_abs(p);
  return clean_abs(xfmt("%s/%s", working_dir(), p));
}

// Go's filepath.Rel for two clean absolute paths.
static char *rel_path(const char *base, const char *target) {
  // common: the last offset where both paths end a component.
  size_t common = 0;
  for (size_t i = 0;; i++) {
    bool base_end = base[i] == '/' || !base[i];
    bool target_end = target[i] == '/' || !target[i];
    if (base_end && target_end)
      common = i;
    if (!base[i] || !target[i] || base[i] != target[i])
      break;
  }
  Buf b = {0};
  // One ".." per component of base below the common part.
  for (const char *p = base + common; *p;) {
    while (*p == '/')
      p++;
    if (!*p)
      break;
    buf_puts(&b, b.len ? "/.." : "..");
    while (*p && *p != '/')
      p++;
  }
  const char *rest = target + common;
  while (*rest == '/')
    rest++;
  if (*rest) {
    if (b.len)
      buf_putc(&b, '/');
    buf_puts(&b, rest);
  }
  if (!b.len)
    buf_puts(&b, ".");
  return buf_cstr(&b);
}

static const char *base_name(const char *p) {
  const char *s = strrchr(p, '/');
  return s ? s + 1 : p;
}

// The directory part of p as Go's filepath.Dir spells it ("." for none).
static char *dir_name(const char *p) {
  const char *s = strrchr(p, '/');
  if (!s)
    return xstrdup(".");
  if (s == p)
    return xstrdup("/");
  char *d = xstrndup(p, s - p);
  if (!strcmp(d, "./") || !strcmp(d, "."))
    return xstrdup(".");
  return d;
}

// gc's spelling of a source file in diagnostics.
static char *display_path(const char *path) {
  char *dir = abs_path(dir_name(path));
  char *rel = rel_path(working_dir(), dir);
  const char *shortdir = strlen(rel) < strlen(dir) ? rel : dir;
  const char *base = base_name(path);
  if (!strcmp(shortdir, "."))
    return xfmt("./%s", base);
  if (!strcmp(shortdir, "/"))
    return xfmt("/%s", base);
  return xfmt("%s/%s", shortdir, base);
}

static bool has_suffix(const char *s, const char *suf) {
  size_t n = strlen(s), m = strlen(suf);
  return n >= m && !strcmp(s + n - m, suf);
}

static bool is_dir(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

// Go's error text for an errno: strerror with a lower-case first letter.
static char *go_strerror(int err) {
  char *s = xstrdup(strerror(err));
  if (s[0] >= 'A' && s[0] <= 'Z')
    s[0] += 'a' - 'A';
  return s;
}

// ---------------------------------------------------------------- gcflags

// Splits a -gcflags value into words; quotes group words as in Go's
// quoted.Split ('-d=forcestack=my file.go:3' keeps its space).
static Vec split_words(const char *s) {
  Vec words = {0};
  while (*s) {
    while (*s == ' ' || *s == '\t' || *s == '\n')
      s++;
    if (!*s)
      break;
    Buf w = {0};
    while (*s && *s != ' ' && *s != '\t' && *s != '\n') {
      if (*s == '\'' || *s == '"') {
        char q = *s++;
        while (*s && *s != q)
          buf_putc(&w, *s++);
        if (*s)
          s++;
      } else {
        buf_putc(&w, *s++);
      }
    }
    vec_push(&words, buf_cstr(&w));
  }
  return words;
}

// gc's complaint about its own flags, after go build's package header.
_Noreturn static void gcflag_error(const char *msg) {
  fprintf(stderr, "%s\n%s", diag_header, msg);
  fputs("\nusage: compile [options] file.go...\nRun 'escgo help gcflags' for the flags escgo knows.\n",
        stderr);
  exit(2);
}

// ---- -d=time: wall time of each phase on stderr. Phases are timed from
// the end of the previous one, so the lines add up to the whole build.
static bool time_phases;
static double time_mark, time_cpu_mark, time_fe_start, time_fe_cpu, time_read, time_parse;
static long time_lines;
extern void (*codegen_phase_hook)(const char *phase);   // codegen.c: called between its phases

static double clock_sec(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}
static double now_sec(void) { return clock_sec(CLOCK_MONOTONIC); }
static double cpu_sec(void) { return clock_sec(CLOCK_PROCESS_CPUTIME_ID); }

// Resident memory in MB (/proc/self/statm), -1 where unknown. Its growth per
// phase is the memory that phase touched first: the compiler frees almost
// nothing, and first touches (page faults, the kernel clearing pages) are a
// large part of the front end's time.
static double rss_mb(void) {
  FILE *f = fopen("/proc/self/statm", "r");
  long size, resident;
  int n = f ? fscanf(f, "%ld %ld", &size, &resident) : 0;
  if (f)
    fclose(f);
  return n == 2 ? resident * (sysconf(_SC_PAGESIZE) / 1048576.0) : -1;
}
static double time_rss_mark, time_fe_rss, time_fe_sys;

// System CPU time so far: for the front end mostly the kernel handing out
// (and clearing) fresh pages.
static double sys_sec(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_stime.tv_sec + ru.ru_stime.tv_usec * 1e-6;
}

// Wall time, and CPU time (user+sys) where known: on a loaded machine wall
// time includes waiting for a CPU, CPU time does not.
static void time_print(const char *phase, double secs, double cpu, double mb) {
  fprintf(stderr, "escgo: time %-10s %9.1f ms wall", phase, secs * 1e3);
  if (cpu >= 0)
    fprintf(stderr, " %9.1f ms cpu", cpu * 1e3);
  if (mb >= 0)
    fprintf(stderr, " %+8.1f MB", mb);
  fputc('\n', stderr);
}

// Ends the current phase (named phase) and starts the next.
static void time_phase(const char *phase) {
  if (!time_phases)
    return;
  double t = now_sec(), c = cpu_sec(), m = rss_mb();
  time_print(phase, t - time_mark, c - time_cpu_mark, m - time_rss_mark);
  time_mark = t;
  time_cpu_mark = c;
  time_rss_mark = m;
}

// The front end's total and speed (lex+parse+check+lower).
static void time_front_end(void) {
  if (!time_phases)
    return;
  double secs = now_sec() - time_fe_start, cpu = cpu_sec() - time_fe_cpu;
  double sys = sys_sec() - time_fe_sys;
  fprintf(stderr, "escgo: time front end (lex+parse+check+lower): %ld lines in %.1f ms wall "
          "= %.0f lines/s (%.1f ms cpu = %.0f lines/s; %.0f ms of it system), %+.1f MB\n",
          time_lines, secs * 1e3, secs > 0 ? time_lines / secs : 0.0, cpu * 1e3,
          cpu > 0 ? time_lines / cpu : 0.0, sys * 1e3, rss_mb() - time_fe_rss);
}

// -d=ir[=lower|escape],ast,tokens,time,forcestack=FILE:LINE
static void set_debug_keys(const char *list) {
  char *copy = xstrdup(list);
  for (char *key = strtok(copy, ","); key; key = strtok(NULL, ",")) {
    if (!strcmp(key, "ir") || !strcmp(key, "ir=escape"))
      flags.dump_ir |= DUMP_AFTER_ESCAPE;
    else if (!strcmp(key, "ir=lower"))
      flags.dump_ir |= DUMP_AFTER_LOWER;
    else if (!strcmp(key, "ast"))
      flags.dump_ast = true;
    else if (!strcmp(key, "tokens"))
      flags.dump_tokens = true;
    else if (!strcmp(key, "time"))
      time_phases = true;
    else if (!strncmp(key, "forcestack=", 11) && strchr(key + 11, ':'))
      flags.forcestack = xstrdup(key + 11);
    else
      gcflag_error(xfmt("invalid value \"%s\" for flag -d: unknown debug key %s", key, key));
  }
}

// The value of "-m" / "-m=N": gc's -m is a counter that -m=N sets.
static void set_m(const char *w) {
  if (!strcmp(w, "-m")) {
    flags.m++;
    return;
  }
  char *end;
  long n = strtol(w + 3, &end, 10);
  if (*end || end == w + 3 || n < 0 || n > 9)
    gcflag_error(xfmt("invalid value \"%s\" for flag -m: parse error", w + 3));
  flags.m = (int)n;
}

static void parse_gcflags(const char *value) {
  // A leading "pattern=" (e.g. "all=") selects packages in go; there is one package here.
  while (*value == ' ')
    value++;
  const char *eq = strchr(value, '=');
  if (*value && *value != '-' && eq)
    value = eq + 1;
  Vec words = split_words(value);
  for (int i = 0; i < words.len; i++) {
    char *w = VEC_AT(words, i);
    if (w[0] == '-' && w[1] == '-')
      w++;  // Go's flag package accepts --flag too
    if (!strcmp(w, "-m") || !strncmp(w, "-m=", 3))
      set_m(w);
    else if (!strcmp(w, "-l"))
      flags.no_inline = true;
    else if (!strcmp(w, "-N"))
      flags.no_opt = true;
    else if (!strncmp(w, "-d=", 3))
      set_debug_keys(w + 3);
    else if (!strcmp(w, "-d") && i + 1 < words.len)
      set_debug_keys(VEC_AT(words, ++i));
    else if (!strcmp(w, "-d"))
      gcflag_error("flag needs an argument: -d");
    else if (w[0] == '-')
      gcflag_error(xfmt("flag provided but not defined: %s", w));
    else
      gcflag_error(xfmt("unexpected argument in -gcflags: %s", w));
  }
}

// ---------------------------------------------------------------- build flags

typedef struct {
  const char *out;     // -o
  Vec inputs;          // FILES.go or one DIR
  char **prog_args;    // run: the program's arguments
  int nprog_args;
} Options;

// The value of "-name=value" or "-name value"; NULL if arg is not -name.
static const char *flag_value(const char *name, int argc, char **argv, int *i,
                              const char *usage) {
  const char *a = argv[*i];
  if (a[0] == '-' && a[1] == '-')
    a++;
  size_t n = strlen(name);
  if (strncmp(a, name, n))
    return NULL;
  if (a[n] == '=')
    return a + n + 1;
  if (a[n] != 0)
    return NULL;
  if (*i + 1 >= argc) {
    fprintf(stderr, "flag needs an argument: %s\n", name);
    usage_exit(usage);
  }
  return argv[++*i];
}

// Parses one build flag at argv[*i]; returns false if it is not one.
static bool parse_build_flag(int argc, char **argv, int *i, Options *o, bool is_run,
                             const char *usage) {
  const char *a = argv[*i];
  const char *plain = (a[1] == '-') ? a + 1 : a;
  const char *v;
  if (!strcmp(plain, "-O0") || !strcmp(plain, "-O1") || !strcmp(plain, "-O2"))
    flags.opt_level = plain[2] - '0';
  else if (!strcmp(plain, "-escape=off"))
    flags.escape_off = true;
  else if (!strcmp(plain, "-escape=on"))
    flags.escape_off = false;
  else if (!strcmp(plain, "-asan"))
    flags.asan = true;
  else if (!strcmp(plain, "-allocprof"))
    flags.allocprof = true;
  else if (!strcmp(plain, "-emit-llvm"))
    flags.emit_llvm = true;
  else if ((v = flag_value("-gcflags", argc, argv, i, usage)))
    parse_gcflags(v);
  else if (!is_run && (v = flag_value("-o", argc, argv, i, usage)))
    o->out = v;
  else
    return false;
  return true;
}

// Fills o from argv (after the subcommand). run's arguments: the .go files
// (or one DIR), then an optional "--", then the program's arguments.
static void parse_command_line(int argc, char **argv, Options *o, bool is_run,
                               const char *usage) {
  int i = 0;
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--")) {
      i++;
      break;
    }
    if (a[0] != '-' || !a[1])
      break;
    if (!parse_build_flag(argc, argv, &i, o, is_run, usage)) {
      fprintf(stderr, "flag provided but not defined: %s\n", a);
      usage_exit(usage);
    }
  }
  if (!is_run) {
    for (; i < argc; i++)
      vec_push(&o->inputs, argv[i]);
    return;
  }
  // run: files end in .go; a lone first argument that does not may be a DIR.
  if (i < argc && !has_suffix(argv[i], ".go"))
    vec_push(&o->inputs, argv[i++]);
  else
    while (i < argc && has_suffix(argv[i], ".go"))
      vec_push(&o->inputs, argv[i++]);
  if (i < argc && !strcmp(argv[i], "--"))
    i++;
  o->prog_args = argv + i;
  o->nprog_args = argc - i;
  if (!o->inputs.len) {
    fputs("escgo: no go files listed\n", stderr);
    exit(1);
  }
}

// ---------------------------------------------------------------- loading files

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

// The .go files of a directory as go build picks them: sorted, no _test.go,
// none starting with '.' or '_'.
static bool with_test_files;   // escgo test: a directory's _test.go files too

static Vec dir_files(const char *dir, const char *arg) {
  Vec files = {0};
  DIR *d = opendir(dir);
  if (!d) {
    fprintf(stderr, "open %s: %s\n", dir, go_strerror(errno));
    exit(1);
  }
  struct dirent *e;
  while ((e = readdir(d))) {
    const char *n = e->d_name;
    if (n[0] == '.' || n[0] == '_' || !has_suffix(n, ".go") ||
        (has_suffix(n, "_test.go") && !with_test_files))
      continue;
    char *p = !strcmp(dir, ".") ? xstrdup(n) : xfmt("%s/%s", dir, n);
    if (!is_dir(p))
      vec_push(&files, p);
  }
  closedir(d);
  if (!files.len) {
    fprintf(stderr, "package %s: no Go files in %s\n", arg, abs_path(dir));
    exit(1);
  }
  qsort(files.data, files.len, sizeof(void *), cmp_str);
  return files;
}

// Resolves the command line's inputs into a list of file paths, with go
// build's checks and words. *pkgdir gets the directory's spelling when a
// DIR was given (NULL for files).
static Vec input_files(Vec inputs, const char **pkgdir) {
  *pkgdir = NULL;
  if (!inputs.len)
    vec_push(&inputs, ".");
  const char *first = VEC_AT(inputs, 0);
  if (inputs.len == 1 && !has_suffix(first, ".go")) {
    if (!is_dir(first)) {
      fprintf(stderr, "cannot find package \"%s\": stat %s: %s\n", first, first,
              go_strerror(errno ? errno : ENOENT));
      exit(1);
    }
    *pkgdir = first;
    return dir_files(first, first);
  }
  char *dir0 = dir_name(first);
  for (int i = 0; i < inputs.len; i++) {
    const char *p = VEC_AT(inputs, i);
    if (!has_suffix(p, ".go") || is_dir(p)) {
      fprintf(stderr, "named files must be .go files: %s\n", p);
      exit(1);
    }
    char *d = dir_name(p);
    if (strcmp(abs_path(d), abs_path(dir0))) {
      fprintf(stderr, "named files must all be in one directory; have %s and %s\n", dir0, d);
      exit(1);
    }
    for (int j = 0; j < i; j++)
      if (!strcmp(base_name(VEC_AT(inputs, j)), base_name(p))) {
        fprintf(stderr, "package command-line-arguments: duplicate file name \"%s\"\n",
                base_name(p));
        exit(1);
      }
  }
  return inputs;
}

// Reads a whole file; Go's words on failure ("open x.go: no such file or directory").
static SrcFile *read_source(const char *path) {
  FILE *fp = fopen(path, "rb");
  if (!fp) {
    fprintf(stderr, "open %s: %s\n", path, go_strerror(errno));
    exit(1);
  }
  Buf b = {0};
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
    buf_putn(&b, chunk, n);
  if (ferror(fp)) {
    fprintf(stderr, "read %s: %s\n", path, go_strerror(errno));
    exit(1);
  }
  fclose(fp);
  SrcFile *f = xmalloc(sizeof *f);
  f->len = b.len;
  f->src = buf_cstr(&b);  // NUL-terminated even when the file is empty
  f->path = xstrdup(path);
  f->display = display_path(path);
  return f;
}

// ---------------------------------------------------------------- temporary files
// build and run work in a private directory made with mkdtemp; its two
// files have fixed names so a signal handler can remove them safely.

static char tmp_dir[PATH_MAX], tmp_obj[PATH_MAX], tmp_bin[PATH_MAX];

static void remove_tmp(void) {
  if (!tmp_dir[0])
    return;
  unlink(tmp_obj);
  unlink(tmp_bin);
  rmdir(tmp_dir);
  tmp_dir[0] = 0;
}

static pid_t child_pid;  // escgo run: the program, which a SIGTERM must not orphan

static void on_fatal_signal(int sig) {
  if (child_pid > 0)
    kill(child_pid, sig);
  remove_tmp();
  signal(sig, SIG_DFL);
  raise(sig);
}

static void make_tmp_dir(const char *prog_name) {
  const char *base = getenv("TMPDIR");
  if (!base || !*base)
    base = "/tmp";
  snprintf(tmp_dir, sizeof tmp_dir, "%s/escgo-build-XXXXXX", base);
  if (!mkdtemp(tmp_dir)) {
    fprintf(stderr, "escgo: cannot create a temporary directory in %s: %s\n", base,
            go_strerror(errno));
    exit(1);
  }
  if (snprintf(tmp_obj, sizeof tmp_obj, "%s/_prog.o", tmp_dir) >= (int)sizeof tmp_obj ||
      snprintf(tmp_bin, sizeof tmp_bin, "%s/%s", tmp_dir, prog_name) >= (int)sizeof tmp_bin) {
    rmdir(tmp_dir);
    fprintf(stderr, "escgo: temporary path too long: %s\n", tmp_dir);
    exit(1);
  }
  atexit(remove_tmp);
  // Interrupted, or crashed inside LLVM: still leave no directory behind.
  int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL};
  for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
    signal(sigs[i], on_fatal_signal);
}

// The runtime archive: $ESCGO_ROOT/lib, else ../lib next to this executable.
static char *runtime_library(void) {
  const char *root = getenv("ESCGO_ROOT");
  char *path;
  if (root && *root) {
    path = xfmt("%s/lib/libescgo_rt.a", root);
  } else {
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n < 0) {
      fprintf(stderr, "escgo: cannot find my own executable: %s; set ESCGO_ROOT\n",
              go_strerror(errno));
      exit(1);
    }
    exe[n] = 0;
    path = xfmt("%s/../lib/libescgo_rt.a", dir_name(exe));
    path = clean_abs(path);
  }
  if (access(path, R_OK) != 0) {
    fprintf(stderr, "escgo: runtime library %s: %s (run make, or set ESCGO_ROOT)\n", path,
            go_strerror(errno));
    exit(1);
  }
  return path;
}

// ---------------------------------------------------------------- the pipeline

static void dump_tokens(FILE *out, SrcFile *f, TokenList *toks) {
  for (int i = 0; i < toks->ntoks; i++) {
    Token *t = &toks->toks[i];
    fprintf(out, "%s:%d:%d\t%s\t", f->display, t->pos.line, t->pos.col, tok_name(t->kind));
    if (t->kind == T_SEMICOLON && t->auto_semi)
      fputs(t->text ? (t->text[0] == '\n' ? "newline" : t->text) : "", out);
    else if (t->text)
      fwrite(t->text, 1, t->len, out);
    fputc('\n', out);
  }
}

// Lexes and parses every file; returns the N_FILE nodes.
static Vec parse_files(Vec paths) {
  Vec files = {0};
  for (int i = 0; i < paths.len; i++) {
    double t0 = time_phases ? now_sec() : 0;
    SrcFile *f = read_source(VEC_AT(paths, i));
    double t1 = time_phases ? now_sec() : 0;
    if (flags.dump_tokens) {
      TokenList toks = lex_file(f);
      dump_tokens(stdout, f, &toks);
    }
    double t2 = time_phases ? now_sec() : 0;
    Node *file = parse_file(f);   // the parser pulls tokens from the lexer
    if (time_phases) {
      time_read += t1 - t0;
      time_parse += now_sec() - t2;
      for (size_t k = 0; k < f->len; k++)
        time_lines += f->src[k] == '\n';
    }
    if (flags.dump_ast && file)
      dump_ast(stdout, file, 0);
    if (file)
      vec_push(&files, file);
  }
  fflush(stdout);
  return files;
}

// go build's check that the files form one package:
// "found packages main (a.go) and foo (b.go) in DIR".
static char *package_name(Vec files) {
  Node *first = NULL;
  for (int i = 0; i < files.len; i++) {
    Node *f = VEC_AT(files, i);
    if (!f->name)
      continue;
    if (!first) {
      first = f;
    } else if (strcmp(first->name, f->name)) {
      fprintf(stderr, "found packages %s (%s) and %s (%s) in %s\n", first->name,
              base_name(nx(first)->file->path), f->name, base_name(nx(f)->file->path),
              abs_path(dir_name(nx(f)->file->path)));
      exit(1);
    }
  }
  return first ? first->name : NULL;
}

// Front end and analysis: everything up to (not including) code generation.
// -asan: AddressSanitizer with stack-use-after-return detection always on,
// so a stack object used after its function returned is reported at once
// (the soundness check for escape analysis; see -d=forcestack).
static void configure_asan(void) {
  static bool done;
  if (!flags.asan || done)
    return;
  done = true;
  const char *argv[] = {"escgo", "-asan-use-after-return=always"};
  LLVMParseCommandLineOptions(2, argv, NULL);
}

static void (*after_parse)(Vec *files);   // escgo test: adds the test main

// -d=ir=PASS: the IR as PASS left it, headed by the pass's name when more
// than one pass is dumped.
static void dump_after(unsigned pass, const char *name, Program *prog) {
  if (!(flags.dump_ir & pass))
    return;
  if (flags.dump_ir & ~pass)
    printf("# -d=ir=%s\n", name);
  dump_ir(stdout, prog);
  fflush(stdout);
}

static Program *compile(Vec paths, bool must_be_main) {
  configure_asan();
  if (time_phases) {
    time_mark = time_fe_start = now_sec();
    time_cpu_mark = time_fe_cpu = cpu_sec();
    time_rss_mark = time_fe_rss = rss_mb();
    time_fe_sys = sys_sec();
  }
  Vec files = parse_files(paths);
  if (after_parse)
    after_parse(&files);
  if (time_phases) {
    time_print("read", time_read, -1, -1);
    double m = rss_mb();
    time_print("lex+parse", time_parse, -1, m - time_rss_mark);
    time_mark = now_sec();
    time_cpu_mark = cpu_sec();
    time_rss_mark = m;
  }
  char *name = package_name(files);
  // Like gc: syntax errors stop here; other lexical errors ("comment not
  // terminated", "invalid NUL character") still let the checker run.
  if (diag_syntax_errors || !files.len)
    exit_if_errors();
  if (must_be_main && name && strcmp(name, "main")) {
    fprintf(stderr, "package %s is not a main package\n", diag_header + 2);
    exit(1);
  }
  Package pkg = {.name = name ? name : "main", .files = files};
  check_package(&pkg);
  exit_if_errors();
  time_phase("check");
  Program *prog = lower_package(&pkg);
  exit_if_errors();
  time_phase("lower");
  dump_after(DUMP_AFTER_LOWER, "lower", prog);
  time_front_end();
  escape_analyze(prog);
  exit_if_errors();
  time_phase("escape");
  dump_after(DUMP_AFTER_ESCAPE, "escape", prog);
  return prog;
}

// Writes the executable (or .ll) for a main package to out.
static void generate(Program *prog, const char *out) {
  if (!prog->main) {
    fprintf(stderr, "%s\nruntime.main_main·f: function main is undeclared in the main package\n",
            diag_header);
    exit(1);
  }
  if (time_phases)
    codegen_phase_hook = time_phase;
  if (flags.emit_llvm) {
    if (codegen_program(prog, out) != 0)
      exit(1);
    return;
  }
  char *rtlib = runtime_library();
  if (codegen_program(prog, tmp_obj) != 0)
    exit(1);
  if (link_program(tmp_obj, out, rtlib, flags.asan) != 0)
    exit(1);
  time_phase("link");
}

// The default output name: the first file without .go, or the directory's name.
static char *default_output(Vec paths, const char *pkgdir) {
  char *name;
  if (pkgdir)
    name = xstrdup(base_name(abs_path(pkgdir)));
  else
    name = xstrndup(base_name(VEC_AT(paths, 0)),
                    strlen(base_name(VEC_AT(paths, 0))) - strlen(".go"));
  if (!*name || !strcmp(name, "/"))
    name = xstrdup("a.out");
  return flags.emit_llvm ? xfmt("%s.ll", name) : name;
}

static void set_header(const char *pkgdir) {
  // go build names a package given by directory after its path (GOPATH mode
  // spelling), and one given as files "command-line-arguments".
  if (pkgdir)
    diag_header = xfmt("# _%s", abs_path(pkgdir));
}

static int cmd_build(int argc, char **argv) {
  Options o = {0};
  parse_command_line(argc, argv, &o, false, build_usage);
  const char *pkgdir;
  Vec paths = input_files(o.inputs, &pkgdir);
  set_header(pkgdir);
  char *name = default_output(paths, pkgdir);
  Program *prog = compile(paths, false);
  if (!prog->main && prog->pkgname && strcmp(prog->pkgname, "main"))
    return 0;  // a library package: checked and analysed, nothing to link (as go build)
  const char *out = o.out ? o.out : name;
  if (o.out && is_dir(o.out))
    out = xfmt("%s/%s", o.out, name);
  make_tmp_dir(name);
  // -o /dev/null (any existing non-regular file) builds and discards, as go
  // build does; a linker would replace the device with a regular file.
  struct stat st;
  if (!flags.emit_llvm && stat(out, &st) == 0 && !S_ISREG(st.st_mode))
    out = tmp_bin;
  generate(prog, out);
  return 0;
}

// Runs the built program and returns the exit status escgo run exits with.
static int run_program(const char *bin, char **args, int nargs) {
  char **argv = xmalloc(sizeof(char *) * (nargs + 2));
  argv[0] = (char *)bin;
  for (int i = 0; i < nargs; i++)
    argv[i + 1] = args[i];
  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) {
    fprintf(stderr, "escgo: fork: %s\n", go_strerror(errno));
    return 1;
  }
  if (pid == 0) {
    // The program starts with default handlers, not make_tmp_dir's.
    int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGQUIT};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
      signal(sigs[i], SIG_DFL);
    execv(bin, argv);
    fprintf(stderr, "fork/exec %s: %s\n", bin, go_strerror(errno));
    _exit(1);
  }
  child_pid = pid;
  // Like system(): ^C goes to the program; we wait and then clean up.
  signal(SIGINT, SIG_IGN);
  signal(SIGQUIT, SIG_IGN);
  int status;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) {
      fprintf(stderr, "escgo: wait: %s\n", go_strerror(errno));
      return 1;
    }
  if (WIFEXITED(status))
    return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) {
    const char *s = strsignal(WTERMSIG(status));
    char *msg = xstrdup(s ? s : "unknown signal");
    if (msg[0] >= 'A' && msg[0] <= 'Z')
      msg[0] += 'a' - 'A';
    fprintf(stderr, "signal: %s\n", msg);
  }
  return 2;
}

static int cmd_run(int argc, char **argv) {
  Options o = {0};
  parse_command_line(argc, argv, &o, true, run_usage);
  const char *pkgdir;
  Vec paths = input_files(o.inputs, &pkgdir);
  set_header(pkgdir);
  char *name = default_output(paths, pkgdir);
  if (flags.emit_llvm) {
    fputs("escgo run: -emit-llvm makes no program to run; use escgo build -emit-llvm\n", stderr);
    return 2;
  }
  Program *prog = compile(paths, true);
  make_tmp_dir(name);
  generate(prog, tmp_bin);
  int status = run_program(tmp_bin, o.prog_args, o.nprog_args);
  remove_tmp();
  return status;
}

// ---------------------------------------------------------------- for escgo test (driver/test.c)

bool cmd_build_flag(int argc, char **argv, int *i, const char *usage) {
  Options o = {0};
  return parse_build_flag(argc, argv, i, &o, true, usage);
}

Vec cmd_input_files(Vec inputs, const char **pkgdir) {
  with_test_files = true;
  Vec files = input_files(inputs, pkgdir);
  with_test_files = false;
  return files;
}

void cmd_set_header(const char *pkgdir) { set_header(pkgdir); }
char *cmd_abs_path(const char *p) { return abs_path(p); }
char *cmd_display_path(const char *p) { return display_path(p); }

Program *cmd_compile(Vec paths, void (*hook)(Vec *files)) {
  after_parse = hook;
  return compile(paths, false);
}

const char *cmd_build_tmp(Program *prog, const char *name) {
  make_tmp_dir(name);
  generate(prog, tmp_bin);
  return tmp_bin;
}

void cmd_remove_tmp(void) { remove_tmp(); }

// ---------------------------------------------------------------- version, help

static int cmd_version(void) {
  printf("escgo version %s (Go 1.19 subset) linux/amd64, LLVM %s\n", ESCGO_VERSION,
         LLVM_VERSION_STRING);
  return 0;
}

static int cmd_help(int argc, char **argv) {
  if (argc == 0) {
    fputs(help_main, stdout);
    return 0;
  }
  if (argc > 1) {
    fputs("usage: escgo help command\n\nToo many arguments given.\n", stderr);
    return 2;
  }
  static const struct { const char *topic, *text; } topics[] = {
      {"build", help_build},     {"run", help_run},
      {"gcflags", help_gcflags}, {"environment", help_environment},
      {"test", help_test},
  };
  for (size_t i = 0; i < sizeof topics / sizeof topics[0]; i++)
    if (!strcmp(argv[0], topics[i].topic)) {
      fputs(topics[i].text, stdout);
      return 0;
    }
  if (!strcmp(argv[0], "version")) {
    puts("usage: escgo version\n\nVersion prints escgo's version and the LLVM it was built with.");
    return 0;
  }
  fprintf(stderr, "escgo help %s: unknown help topic. Run 'escgo help'.\n", argv[0]);
  return 2;
}

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
