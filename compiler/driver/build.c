// build.c — escgo build and escgo run: the pipeline, then code generation
// into a private temporary directory, linking, and running the program.
#include "internal.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

// ---------------------------------------------------------------- temporary files
// build and run work in a private directory made with mkdtemp; its files
// have fixed names so a signal handler can remove them safely.

static char tmp_dir[PATH_MAX], tmp_obj[PATH_MAX], tmp_bin[PATH_MAX], tmp_ll[PATH_MAX];

void remove_tmp(void) {
  if (!tmp_dir[0])
    return;
  unlink(tmp_obj);
  unlink(tmp_bin);
  unlink(tmp_ll);
  rmdir(tmp_dir);
  tmp_dir[0] = 0;
}

static void on_fatal_signal(int sig) {
  process_forward_signal(sig);   // escgo run: the program must not be orphaned
  remove_tmp();
  signal(sig, SIG_DFL);
  raise(sig);
}

void make_tmp_dir(const char *prog_name) {
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
      snprintf(tmp_ll, sizeof tmp_ll, "%s/_prog.ll", tmp_dir) >= (int)sizeof tmp_ll ||
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

// Writes the executable (or, with -emit-llvm, the .ll) of a main package
// into the temporary directory; returns its path there.
const char *generate(Program *prog) {
  if (!prog->main) {
    fprintf(stderr, "%s\nruntime.main_main·f: function main is undeclared in the main package\n",
            diag_header);
    exit(1);
  }
  if (timing_enabled())
    codegen_phase_hook = time_phase;
  if (flags.emit_llvm) {
    if (codegen_program(prog, tmp_ll) != 0)
      exit(1);
    return tmp_ll;
  }
  check_link_targets(prog);
  char *rtlib = runtime_library();
  if (codegen_program(prog, tmp_obj) != 0)
    exit(1);
  if (link_program(tmp_obj, tmp_bin, rtlib, flags.asan) != 0)
    exit(1);
  time_phase("link");
  return tmp_bin;
}

// The default output name: the first file without .go, or the directory's name.
char *default_output(Vec paths, const char *pkgdir) {
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

void set_header(const char *pkgdir) {
  // go build names a package given by directory after its path (GOPATH mode
  // spelling), and one given as files "command-line-arguments".
  if (pkgdir)
    diag_header = xfmt("# _%s", abs_path(pkgdir));
}

// The command line's package: its files, with go build's header set and
// the default output name in *name.
static Vec package_files(Options *o, char **name) {
  const char *pkgdir;
  Vec paths = input_files(o->inputs, &pkgdir, false);
  set_header(pkgdir);
  *name = default_output(paths, pkgdir);
  return paths;
}

int cmd_build(int argc, char **argv) {
  Options o = {0};
  parse_command_line(argc, argv, &o, false, build_usage);
  char *name;
  Vec paths = package_files(&o, &name);
  const char *out = o.out ? o.out : name;
  if (o.out && (is_dir(o.out) || has_suffix(o.out, "/")))   // a directory, as in go build
    out = has_suffix(o.out, "/") ? xfmt("%s%s", o.out, name) : xfmt("%s/%s", o.out, name);
  check_output_path(out, paths);
  Program *prog = compile(paths, false, NULL);
  if (!prog->main && prog->pkgname && strcmp(prog->pkgname, "main"))
    return 0;  // a library package: checked and analysed, nothing to link (as go build)
  make_tmp_dir(name);
  install_output(generate(prog), out, !flags.emit_llvm);
  return 0;
}

// Runs the built program and returns the exit status escgo run exits with:
// the program's, or 2 after go run's line for a signal ("signal: killed").
static int run_program(const char *bin, char **args, int nargs) {
  char **argv = xmalloc(sizeof(char *) * (nargs + 2));
  argv[0] = (char *)bin;
  for (int i = 0; i < nargs; i++)
    argv[i + 1] = args[i];
  ProcessResult r = process_run(&(Process){argv, .out_fd = -1, .foreground = true});
  if (r.status >= 0)
    return r.status;
  if (r.signal) {
    const char *s = strsignal(r.signal);
    char *msg = xstrdup(s ? s : "unknown signal");
    if (msg[0] >= 'A' && msg[0] <= 'Z')
      msg[0] += 'a' - 'A';
    fprintf(stderr, "signal: %s\n", msg);
    return 2;
  }
  return 1;
}

int cmd_run(int argc, char **argv) {
  Options o = {0};
  parse_command_line(argc, argv, &o, true, run_usage);
  char *name;
  Vec paths = package_files(&o, &name);
  if (flags.emit_llvm) {
    fputs("escgo run: -emit-llvm makes no program to run; use escgo build -emit-llvm\n", stderr);
    return 2;
  }
  Program *prog = compile(paths, true, NULL);
  make_tmp_dir(name);
  int status = run_program(generate(prog), o.prog_args, o.nprog_args);
  remove_tmp();
  return status;
}
