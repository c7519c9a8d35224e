// build.c — escgo build and escgo run: the pipeline, then code generation
// into a private temporary directory, linking, and running the program.
#include "internal.h"

#include <dirent.h>
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
static int tmp_pkg_objs;   // generate_by_package's uncached objects: pkg0.o ... pkgN-1.o
static int tmp_part_objs;  // generate_in_parts' objects beyond the first: part1.o ... partN-1.o

// The files this process knows it made, and the directory: what a fatal
// signal's handler can do (no malloc, no opendir there).
static void remove_tmp_known(void) {
  if (!tmp_dir[0])
    return;
  unlink(tmp_obj);
  unlink(tmp_bin);
  unlink(tmp_ll);
  char pkg_obj[PATH_MAX + 24];   // no malloc here: a signal handler calls this
  for (int i = 0; i < tmp_pkg_objs; i++) {
    snprintf(pkg_obj, sizeof pkg_obj, "%s/pkg%d.o", tmp_dir, i);
    unlink(pkg_obj);
  }
  tmp_pkg_objs = 0;
  for (int i = 1; i < tmp_part_objs; i++) {   // (part 0 is tmp_obj)
    snprintf(pkg_obj, sizeof pkg_obj, "%s/part%d.o", tmp_dir, i);
    unlink(pkg_obj);
  }
  tmp_part_objs = 0;
  rmdir(tmp_dir);
  tmp_dir[0] = 0;
}

// Everything in the directory, then the directory: escgo test builds its
// binary in a child process (test.c), whose package objects (pkgN.o) this
// process never hears of.
void remove_tmp(void) {
  if (!tmp_dir[0])
    return;
  DIR *d = opendir(tmp_dir);
  struct dirent *e;
  while (d && (e = readdir(d)))
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
      unlink(xfmt("%s/%s", tmp_dir, e->d_name));
  if (d)
    closedir(d);
  remove_tmp_known();
}

static void on_fatal_signal(int sig) {
  process_forward_signal(sig);   // escgo run: the program must not be orphaned
  remove_tmp_known();
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
  static bool hooked;   // -o DIR/ ./... makes one directory per program, in turn
  if (hooked)
    return;
  hooked = true;
  atexit(remove_tmp);
  // Interrupted, or crashed inside LLVM: still leave no directory behind.
  int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL};
  for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
    signal(sigs[i], on_fatal_signal);
}

// Where generate() writes the program in the temporary directory.
const char *tmp_program(void) { return flags.emit_llvm ? tmp_ll : tmp_bin; }

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
// Code generation package by package, for the build cache: each package of
// the program in its own object (cache.c), the entry main..init in one of
// its own, all linked. The package escgo test adds tests to is generated
// into the build's directory, never cached.
static void generate_by_package(LoadedPkg *p, Vec order, Program *prog, const char *rtlib,
                                const char *build_id) {
  Vec objs = {0};
  for (int i = 0; i < order.len; i++) {
    LoadedPkg *q = order.data[i];
    if (q->mark != 3)   // program_of marked the packages p needs
      continue;
    const char *obj = q->with_tests ? NULL : cache_object(q);
    if (!obj) {
      char *path = xfmt("%s/pkg%d.o", tmp_dir, i);
      tmp_pkg_objs = i + 1;   // (before the file exists: remove_tmp may run any time)
      if (emit_package_object(q->prog, path) != 0)
        exit(1);
      obj = path;
    }
    vec_push(&objs, (void *)obj);
  }
  if (codegen_entry(prog, tmp_obj) != 0)
    exit(1);
  vec_push(&objs, tmp_obj);
  if (link_objects(objs, tmp_bin, rtlib, flags.asan, build_id) != 0)
    exit(1);
}

// A standard package whose functions Go writes in assembly cannot be
// linked: escgo compiles Go, not Go's assembly (overlay/README.md says how
// escgo's own file may replace the Go file that needs it). Said at the
// function, for the first such package, before the linker would say it
// less clearly.
static void refuse_assembly(Vec order) {
  for (int i = 0; i < order.len; i++) {
    LoadedPkg *q = order.data[i];
    if (q->mark != 3 || !q->asm_func)   // program_of marked the packages p needs
      continue;
    diag_set_header(q->header);
    error_at(q->asm_func->pos, "function %s has no body: package %s needs Go's assembly, which "
             "escgo does not compile", q->asm_func->name, q->path);
    exit_if_errors();   // the first such package (dependencies come first)
  }
}

// How many parts module m is emitted in: -d=parts=N, else what its size is
// worth on this machine's processors (1: too small to gain from it).
static int parts_of(CodegenModule *m) {
  long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
  return flags.cg_parts ? flags.cg_parts : codegen_parts(m, ncpu < 1 ? 1 : (int)ncpu);
}

// Module m's passes and object emission split over the processors: part 0
// in this process into first, each other part i in a child of its own (a
// copy of this process, module included: LLVM's state is never shared
// between threads) into REST_PREFIXi.o. Every object is pushed onto objs;
// returns 0 when every part was written. The module is freed.
static int emit_parts(CodegenModule *m, int nparts, const char *first, const char *rest_prefix,
                      Vec *objs) {
  vec_push(objs, (void *)first);
  pid_t *kids = xmalloc(sizeof(pid_t) * nparts);
  int started = 1, failed = 0;
  for (; started < nparts; started++) {
    char *path = xfmt("%s%d.o", rest_prefix, started);
    vec_push(objs, path);
    kids[started] = process_fork();
    if (kids[started] < 0) {
      failed = 1;   // (said why) the children already started are still waited for
      break;
    }
    if (kids[started] == 0) {
      tmp_dir[0] = 0;   // the parent removes the directory, whatever happens here
      timing_part(started, true);
      int rc = codegen_emit(m, started, nparts, path);
      fflush(stdout);
      fflush(stderr);
      _exit(rc);
    }
  }
  if (nparts > 1)
    timing_part(0, false);
  if (!failed)
    failed = codegen_emit(m, 0, nparts, first) != 0;
  for (int i = 1; i < started; i++) {
    ProcessResult r = process_wait(kids[i]);
    if (r.status != 0) {
      if (r.signal)
        fprintf(stderr, "escgo: emitting part %d of a module: %s\n", i, strsignal(r.signal));
      failed = 1;
    }
  }
  free(kids);
  timing_part(-1, false);
  if (nparts > 1)
    time_phase("parts");
  codegen_free(m);
  return failed;
}

// The whole program in one module, emitted in parts (emit_parts), each
// part's object linked. A program too small to gain from it is one part,
// emitted here.
static void generate_in_parts(Program *prog, const char *rtlib) {
  CodegenModule *m = codegen_program_module(prog);
  int nparts = parts_of(m);
  tmp_part_objs = nparts;   // (before the files exist: remove_tmp may run any time)
  Vec objs = {0};
  int failed = emit_parts(m, nparts, tmp_obj, xfmt("%s/part", tmp_dir), &objs);
  if (failed || link_objects(objs, tmp_bin, rtlib, flags.asan, NULL) != 0)
    exit(1);
}

// A package's module in parts, like a whole program's, joined into one
// object for the cache and the link. The parts are written beside out
// (OUT.partI.o) and removed once joined: a package may be compiled, and
// stored in the cache, before the build's temporary directory exists.
int emit_package_object(Program *pkg, const char *out) {
  CodegenModule *m = codegen_package_module(pkg);
  int nparts = parts_of(m);
  if (nparts <= 1) {
    int rc = codegen_emit(m, 0, 1, out);
    codegen_free(m);
    return rc;
  }
  Vec objs = {0}, locals = codegen_local_symbols(m);   // (named before the parts fork)
  char *prefix = xfmt("%s.part", out);
  int failed = emit_parts(m, nparts, xfmt("%s0.o", prefix), prefix, &objs);
  if (!failed)
    failed = join_objects(objs, out, locals);
  for (int i = 0; i < objs.len; i++)
    unlink(objs.data[i]);
  free(objs.data);
  return failed;
}

const char *generate(LoadedPkg *p, Vec order, const char *reuse) {
  Program *prog = program_of(p, order);
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
  refuse_assembly(order);
  check_link_targets(prog);
  char *rtlib = runtime_library();
  // One module for the whole program where the cache does not serve: a
  // program of one package (as before the cache: LLVM sees it whole, and
  // two known weaknesses stay hidden — a load of a huge array value is slow
  // to select, and recover's frame test can differ when a deferred function
  // is not inlined; both noted for the runtime issue), -allocprof (its site
  // table numbers the whole program's sites), no cache at all. (-asan
  // instruments each package's module alike: its objects are cached under
  // keys of their own.)
  Vec pkgs = {0};
  for (int i = 0; i < order.len; i++)
    if (((LoadedPkg *)order.data[i])->mark == 3)
      vec_push(&pkgs, order.data[i]);
  if (pkgs.len > 1 && !flags.allocprof && cache_serves(pkgs)) {
    const char *id = cache_link_id(pkgs, rtlib, cc_program());
    if (reuse && id && has_build_id(reuse, id)) {
      if (flags.trace_cache)
        fprintf(stderr, "escgo: cache hit  link (%s): %s is up to date, not linked\n", id, reuse);
      return NULL;
    }
    generate_by_package(p, order, prog, rtlib, id);
  } else {
    generate_in_parts(prog, rtlib);
  }
  time_phase("link");
  return tmp_bin;
}

static void link_closure(LoadedPkg *p) {
  if (p->linked)
    return;
  p->linked = true;
  for (int i = 0; i < p->imports.len; i++)
    link_closure(p->imports.data[i]);
}

// The packages whose object code the build needs: those of the main
// packages named (escgo test: of every test binary). The others are only
// checked and analysed, as gc's errorcheck runs: no code is generated.
static void mark_linked(Vec order, Vec targets, bool with_tests) {
  for (int i = 0; i < order.len; i++) {
    LoadedPkg *p = order.data[i];
    Node *first = p->parsed.len ? p->parsed.data[0] : NULL;
    if (with_tests || (p->target && first && first->name && !strcmp(first->name, "main")))
      link_closure(p);
  }
}

static void compile_loaded(Vec order, bool must_be_main, void (*after_parse)(Vec *files));

// Loads and compiles the packages the command line names (and those they
// import), in dependency order; returns that order, the named ones in *targets.
Vec compile_packages(Vec inputs, bool with_tests, Vec *targets, bool must_be_main,
                     void (*after_parse)(Vec *files)) {
  Vec order = load_packages(inputs, with_tests, targets);
  mark_linked(order, *targets, with_tests);
  compile_loaded(order, must_be_main, after_parse);
  return order;
}

// The packages of order compiled, or loaded from the cache, in turn.
static void compile_loaded(Vec order, bool must_be_main, void (*after_parse)(Vec *files)) {
  // As go build: a package with errors stops its importers, not the others.
  volatile bool any_failed = false;   // (setjmp: kept in memory)
  Vec known = {0};                    // Package*: compiled or loaded so far
  jmp_buf on_errors;
  for (int i = 0; i < order.len; i++) {
    LoadedPkg *p = order.data[i];
    for (int k = 0; k < p->imports.len; k++)
      p->failed |= ((LoadedPkg *)p->imports.data[k])->failed;
    if (p->failed)
      continue;
    volatile bool cacheable = !(p->target && (after_parse || must_be_main)) && cache_front_end(p);
    if (cacheable && cache_load_package(p, known))
      goto done;
    Buf diags = {0};
    diag_recover = &on_errors;
    if (setjmp(on_errors)) {
      gcflags_restore();
      diag_capture = NULL;
      p->failed = any_failed = true;
      continue;
    }
    diag_capture = cacheable ? &diags : NULL;
    compile_package(p, must_be_main && p->target, p->target ? after_parse : NULL);
    diag_capture = NULL;
    if (cacheable)
      cache_store_package(p, &diags);
    free(diags.data);
  done:
    vec_push(&known, p->pkg);
  }
  diag_recover = NULL;
  if (any_failed)
    exit(1);
}

static bool is_main_package(LoadedPkg *p) { return !strcmp(p->pkg->name, "main"); }

// Where main package p's executable goes, given -o (a file, or a directory
// ending in '/').
static const char *executable_path(LoadedPkg *p, const char *out) {
  char *name = executable_name(p);
  if (flags.emit_llvm)
    name = xfmt("%s.ll", name);
  if (!out)
    return name;
  if (is_dir(out) || has_suffix(out, "/"))   // a directory, as in go build
    return has_suffix(out, "/") ? xfmt("%s%s", out, name) : xfmt("%s/%s", out, name);
  return out;
}

// Links main package p into out (see executable_path).
static void build_executable(LoadedPkg *p, Vec order, const char *out) {
  char *name = executable_name(p);
  out = executable_path(p, out);
  Vec sources = {0};
  for (int i = 0; i < order.len; i++) {
    LoadedPkg *q = order.data[i];
    for (int k = 0; k < q->files.len; k++)
      vec_push(&sources, ((SrcFile *)q->files.data[k])->path);
  }
  check_output_path(out, sources);
  make_tmp_dir(name);
  const char *made = generate(p, order, flags.emit_llvm ? NULL : out);
  if (made)
    install_output(made, out, !flags.emit_llvm);
  else
    touch_output(out);
  remove_tmp();
}

// go build of one main package whose executable is up to date (gc's
// target with the right build ID) loads no export data and links nothing:
// the packages' cached diagnostics are printed again and the file touched.
static bool executable_up_to_date(Vec order, Vec targets, const char *out) {
  if (targets.len != 1 || flags.emit_llvm)
    return false;
  LoadedPkg *p = targets.data[0];
  Node *first = p->parsed.len ? p->parsed.data[0] : NULL;
  if (!first || !first->name || strcmp(first->name, "main"))
    return false;
  for (int i = 0; i < order.len; i++)
    if (!((LoadedPkg *)order.data[i])->linked)
      return false;
  out = executable_path(p, out);
  if (!cache_program_up_to_date(order, runtime_library(), out))
    return false;
  touch_output(out);
  return true;
}

int cmd_build(int argc, char **argv) {
  Options o = {0};
  parse_command_line(argc, argv, &o, false, build_usage);
  Vec targets;
  Vec order = load_packages(o.inputs, false, &targets);
  mark_linked(order, targets, false);
  if (executable_up_to_date(order, targets, o.out))
    return 0;
  compile_loaded(order, false, NULL);
  // As go build: one main package is linked; several packages, or a library,
  // are only compiled (checked and analysed) — unless -o names a directory,
  // which gets every main package's executable.
  bool to_dir = o.out && (is_dir(o.out) || has_suffix(o.out, "/"));
  if (targets.len > 1 && o.out && !to_dir) {
    fprintf(stderr, "go: cannot write multiple packages to non-directory %s\n", o.out);
    return 1;
  }
  for (int i = 0; i < targets.len; i++) {
    LoadedPkg *p = targets.data[i];
    if (is_main_package(p) && (targets.len == 1 || to_dir))
      build_executable(p, order, o.out);
  }
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
  if (flags.emit_llvm) {
    fputs("escgo run: -emit-llvm makes no program to run; use escgo build -emit-llvm\n", stderr);
    return 2;
  }
  Vec targets;
  Vec order = compile_packages(o.inputs, false, &targets, false, NULL);
  // As go run: the main packages among those named (./... may name several).
  Vec mains = {0};
  for (int i = 0; i < targets.len; i++)
    if (is_main_package(targets.data[i]))
      vec_push(&mains, targets.data[i]);
  if (!mains.len) {
    const char *what = targets.len == 1 ? ((LoadedPkg *)targets.data[0])->path
                                        : (char *)o.inputs.data[0];
    fprintf(stderr, "package %s is not a main package\n", what);
    return 1;
  }
  if (mains.len > 1) {
    fputs("go: cannot run multiple packages\n", stderr);   // cmd/go's words
    return 1;
  }
  LoadedPkg *p = mains.data[0];
  make_tmp_dir(executable_name(p));
  int status = run_program(generate(p, order, NULL), o.prog_args, o.nprog_args);
  remove_tmp();
  return status;
}
