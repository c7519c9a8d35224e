// driver/test.c — escgo test: go test for each package named.
//
//   escgo test [build flags] [-c [-o FILE]] [-run RE] [-bench RE] [-benchmem]
//              [-benchtime D|Nx] [-count N] [-v] [-short] [PACKAGES | FILES]
//
// Each package's files and its _test.go files of the same package clause
// compile as a package of their own; its _test.go files of package NAME_test
// as the external test package "PATH_test" (packages.c, load_test_variant).
// A generated test main, in the external package if there is one, hands
// every TestXxx, BenchmarkXxx and FuzzXxx to Go's own testing package
// (compiled from source, as every standard package) through
// testing.MainStart, as the go command's does, and runs them, or hands a
// TestMain its *testing.M. A
// package main's own func main is renamed out of the way, as go test does
// not call it. An import cycle that only the tests make is go's "setup
// failed", reported for every package before any test runs.
//
// Output as go test prints it, one package after another: the import path
// (a module's), "_/abs/dir" (a directory in GOPATH mode) or
// "command-line-arguments" (FILES). With packages given (go's package list
// mode) a passing run without -v or -bench shows only "ok  \tpkg\t0.012s";
// otherwise the test binary's output is shown, then the summary line.
// Benchmarks print a "pkg:" header line for a module's package only, as go
// test does. Exit status 1 when a test fails, and when a package does not
// build (go test's is 2 then; escgo's compile errors are 1).
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

const char help_test[] =
    "usage: escgo test [build flags] [test flags] FILES | DIR\n"
    "\n"
    "Test compiles the package with its _test.go files and runs every\n"
    "func TestXxx(t *testing.T), then with -bench every matching\n"
    "func BenchmarkXxx(b *testing.B), printing what go test prints.\n"
    "\n"
    "The test flags (also as -test.NAME):\n"
    "\n"
    "\t-run RE        run only the tests matching RE (per '/' element)\n"
    "\t-bench RE      run the benchmarks matching RE ('.' = all)\n"
    "\t-benchmem      print B/op and allocs/op\n"
    "\t-benchtime D   run each benchmark for D (1s, 500ms) or Nx iterations\n"
    "\t-count N       run each test and benchmark N times\n"
    "\t-v             verbose: every test's name, log and result\n"
    "\t-short         testing.Short() reports true\n"
    "\n"
    "-c compiles the test binary to PKG.test (or to -o FILE) without\n"
    "running it, so that it can be run again, timed or profiled (perf);\n"
    "-o FILE alone keeps the binary there and runs it.\n"
    "\n"
    "The other build flags are those of 'escgo help build'.\n"
    "See docs/testing.md.\n";

static const char test_usage[] =
    "usage: escgo test [build/test flags] [packages] [build/test flags & test binary flags]\n"
    "Run 'escgo help test' for details.\n";

typedef struct {
  Vec bin_args;      // -test.* flags for the test binary
  Vec inputs;
  bool verbose, bench;
  bool compile_only;   // -c: build PKG.test, do not run it
  const char *out;     // -o FILE: where the test binary is kept (run too, without -c)
} TestOptions;

static const char *test_flags[] = {"run", "bench", "benchtime", "count", NULL};
static const char *test_bools[] = {"v", "benchmem", "short", NULL};

// A test flag at argv[*i] ("-run X", "-run=X", "-test.run=X", "-v").
static bool test_flag(int argc, char **argv, int *i, TestOptions *o) {
  const char *a = argv[*i] + 1;
  if (*a == '-')
    a++;
  if (!strncmp(a, "test.", 5))
    a += 5;
  const char *eq = strchr(a, '=');
  size_t n = eq ? (size_t)(eq - a) : strlen(a);
  for (int k = 0; test_bools[k]; k++)
    if (strlen(test_bools[k]) == n && !strncmp(a, test_bools[k], n)) {
      vec_push(&o->bin_args, xfmt("-test.%s", a));
      if (!strcmp(test_bools[k], "v"))
        o->verbose = !eq || strcmp(eq + 1, "false");
      return true;
    }
  for (int k = 0; test_flags[k]; k++) {
    if (strlen(test_flags[k]) != n || strncmp(a, test_flags[k], n))
      continue;
    const char *v = eq ? eq + 1 : NULL;
    if (!v) {
      if (*i + 1 >= argc) {
        fprintf(stderr, "flag needs an argument: -%s\n%s", test_flags[k], test_usage);
        exit(2);
      }
      v = argv[++*i];
    }
    vec_push(&o->bin_args, xfmt("-test.%s=%s", test_flags[k], v));
    if (!strcmp(test_flags[k], "bench") && *v)
      o->bench = true;
    return true;
  }
  return false;
}

static void parse_test_command_line(int argc, char **argv, TestOptions *o) {
  for (int i = 0; i < argc; i++) {
    if (argv[i][0] != '-' || !argv[i][1]) {
      vec_push(&o->inputs, argv[i]);
      continue;
    }
    if (!strcmp(argv[i], "-c")) {
      o->compile_only = true;
      continue;
    }
    if (!strcmp(argv[i], "-o") || !strncmp(argv[i], "-o=", 3)) {
      if (argv[i][2] != '=' && i + 1 >= argc) {
        fprintf(stderr, "flag needs an argument: -o\n%s", test_usage);
        exit(2);
      }
      o->out = argv[i][2] == '=' ? argv[i] + 3 : argv[++i];
      continue;
    }
    if (!test_flag(argc, argv, &i, o) && !parse_build_flag(argc, argv, &i, &(Options){0}, true, test_usage)) {
      fprintf(stderr, "flag provided but not defined: %s\n%s", argv[i], test_usage);
      exit(2);
    }
  }
}

// ---------------------------------------------------------------- the test main

// Go's isTest: "Test" alone, or followed by a character that is not lower case.
static bool is_test_name(const char *name, const char *prefix) {
  size_t n = strlen(prefix);
  if (strncmp(name, prefix, n))
    return false;
  return !name[n] || !(name[n] >= 'a' && name[n] <= 'z');
}

// A package's TestXxx, BenchmarkXxx and FuzzXxx functions, in source
// order, and its TestMain (go's: a TestMain whose parameter is not
// *testing.T).
typedef struct {
  Vec test_names, bench_names, fuzz_names;
  Vec examples;   // Example*: those with an output comment (go test runs no other)
  const char *test_main;
} TestFuncs;

typedef struct {
  const char *name, *output;
  bool unordered;
} Example;

static bool takes_testing_t(Node *fd) {
  Node *ft = fd->x;
  Node *param = ft && ft->list.len == 1 ? ft->list.data[0] : NULL;
  Node *ty = param ? param->x : NULL;
  return ty && ty->kind == N_STAR && ty->x && ty->x->kind == N_SELECTOR && ty->x->name &&
         !strcmp(ty->x->name, "T");
}

// An example (go/doc's rule: ExampleXxx with no parameters and no results)
// with its output comment (driver/example.c).
static void collect_example(TestFuncs *tf, Node *d, SrcFile *src) {
  if (!d->x || d->x->list.len || d->x->list2.len)
    return;
  bool unordered = false;
  char *out = example_output(d, src, &unordered);
  if (!out)
    return;
  Example *e = xmalloc(sizeof *e);
  *e = (Example){d->name, out, unordered};
  vec_push(&tf->examples, e);
}

static void collect_tests(TestFuncs *tf, Node *file) {
  for (int i = 0; i < file->list2.len; i++) {
    Node *d = file->list2.data[i];
    if (d->kind != N_FUNCDECL || nx(d)->recv || !d->name)
      continue;
    if (is_test_name(d->name, "Example")) {
      collect_example(tf, d, nx(file)->file);
      continue;
    }
    if (!strcmp(d->name, "TestMain") && !takes_testing_t(d))
      tf->test_main = tf->test_main ? tf->test_main : d->name;
    else if (is_test_name(d->name, "Test"))
      vec_push(&tf->test_names, d->name);
    else if (is_test_name(d->name, "Benchmark"))
      vec_push(&tf->bench_names, d->name);
    else if (is_test_name(d->name, "Fuzz"))
      vec_push(&tf->fuzz_names, d->name);
  }
}

// The package's own func main (package main) is not the program's entry.
static void rename_main(Node *file) {
  for (int i = 0; i < file->list2.len; i++) {
    Node *d = file->list2.data[i];
    if (d->kind == N_FUNCDECL && !nx(d)->recv && d->name && !strcmp(d->name, "main"))
      d->name = "escgo_package_main";
  }
}

static Node *parse_generated(const char *path, const char *src) {
  SrcFile *f = xmalloc(sizeof *f);
  f->path = xstrdup(path);
  f->display = xfmt("./%s", path);
  f->src = xstrdup(src);
  f->len = strlen(src);
  f->generated = true;
  return parse_file(f);
}

// What the test main calls: the tests of the package itself, then those of
// the external test package (go's order), which holds the main if it exists.
static struct {
  TestFuncs internal, external;
  bool has_xtest;
  const char *path;          // the tested package's import path
  const char *import_path;   // testdeps.ImportPath, the benchmarks' "pkg:"
                             // line: a module package's path, else ""
} plan;

// One of the test main's tables: {"Name", qual.Name} for each function of
// the tested package's tests and of the external package's.
static void func_table(Buf *b, const char *var, const char *type, Vec in, const char *qual, Vec ex) {
  buf_printf(b, "\nvar %s = []escgo_testing.%s{\n", var, type);
  for (int i = 0; i < in.len; i++)
    buf_printf(b, "\t{\"%s\", %s%s},\n", (char *)in.data[i], qual, (char *)in.data[i]);
  for (int i = 0; i < ex.len; i++)
    buf_printf(b, "\t{\"%s\", %s},\n", (char *)ex.data[i], (char *)ex.data[i]);
  buf_puts(b, "}\n");
}

// s as a Go string literal (strconv.Quote's escapes: lex.c's buf_quote_rune).
static void go_quote(Buf *b, const char *s) {
  buf_putc(b, '"');
  for (size_t i = 0, n = strlen(s); i < n;) {
    int32_t r;
    int w = utf8_decode((const unsigned char *)s + i, n - i, &r);
    buf_quote_rune(b, r, '"');
    i += w > 0 ? (size_t)w : 1;
  }
  buf_putc(b, '"');
}

// The examples' entries: {"Name", qual.Name, "output", unordered}.
static void example_table(Buf *b, Vec examples, const char *qual) {
  for (int i = 0; i < examples.len; i++) {
    Example *e = examples.data[i];
    buf_printf(b, "\t{\"%s\", %s%s, ", e->name, qual, e->name);
    go_quote(b, e->output);
    buf_printf(b, ", %s},\n", e->unordered ? "true" : "false");
  }
}

// The test main, as the go command writes it (testing.MainStart with
// escgo's testdeps: overlay/testing/internal/testdeps), but added to
// package pkg, its names prefixed escgo_: the tested package's own tests,
// or those reached through an import of the tested package from the
// external one.
static void add_generated_main(Vec *files, const char *pkg) {
  TestFuncs *in = &plan.internal, *ex = &plan.external;
  bool import_ptest = plan.has_xtest && (in->test_names.len || in->bench_names.len ||
                                         in->fuzz_names.len || in->examples.len || in->test_main);
  const char *qual = plan.has_xtest ? "escgo_ptest." : "";
  const char *test_main = in->test_main ? xfmt("%s%s", qual, in->test_main) : ex->test_main;
  Buf b = {0};
  buf_printf(&b, "package %s\n\nimport (\n\tescgo_os \"os\"\n", pkg);
  if (test_main)
    buf_puts(&b, "\tescgo_reflect \"reflect\"\n");
  buf_puts(&b, "\tescgo_testing \"testing\"\n\tescgo_testdeps \"testing/internal/testdeps\"\n");
  if (import_ptest)
    buf_printf(&b, "\tescgo_ptest \"%s\"\n", plan.path);
  buf_puts(&b, ")\n");
  func_table(&b, "escgo_tests", "InternalTest", in->test_names, qual, ex->test_names);
  func_table(&b, "escgo_benchmarks", "InternalBenchmark", in->bench_names, qual, ex->bench_names);
  func_table(&b, "escgo_fuzzTargets", "InternalFuzzTarget", in->fuzz_names, qual, ex->fuzz_names);
  buf_puts(&b, "\nvar escgo_examples = []escgo_testing.InternalExample{\n");
  example_table(&b, in->examples, qual);
  example_table(&b, ex->examples, "");
  buf_puts(&b, "}\n");
  buf_printf(&b, "\nfunc main() {\n\tescgo_testdeps.ImportPath = \"%s\"\n", plan.import_path);
  buf_puts(&b, "\tm := escgo_testing.MainStart(escgo_testdeps.TestDeps{}, escgo_tests, escgo_benchmarks, "
               "escgo_fuzzTargets, escgo_examples)\n");
  if (test_main)
    buf_printf(&b, "\t%s(m)\n\tescgo_os.Exit(int(escgo_reflect.ValueOf(m).Elem()."
                   "FieldByName(\"exitCode\").Int()))\n}\n", test_main);
  else
    buf_puts(&b, "\tescgo_os.Exit(m.Run())\n}\n");
  Node *main_file = parse_generated("_testmain.go", buf_cstr(&b));
  if (main_file)
    vec_push(files, main_file);
}

// Finds the tests of the tested package (in its _test.go files) or of the
// external one, moves a func main out of the way and adds the test main
// to the package that is to hold it.
static void prepare_files(Vec *files, TestFuncs *tf, bool external) {
  const char *pkg = NULL;
  for (int i = 0; i < files->len; i++) {
    Node *f = files->data[i];
    if (!f->name || !strcmp(f->name, "_"))
      continue;
    pkg = pkg ? pkg : f->name;
    if (external || has_suffix(nx(f)->file->path, "_test.go"))
      collect_tests(tf, f);
    rename_main(f);
  }
  if (pkg && (external || !plan.has_xtest))
    add_generated_main(files, pkg);
}

// The after_parse hooks of the two packages.
static void prepare_tested_package(Vec *files) { prepare_files(files, &plan.internal, false); }
static void prepare_external_package(Vec *files) { prepare_files(files, &plan.external, true); }

// ---------------------------------------------------------------- running

static void copy_out(int fd) {
  lseek(fd, 0, SEEK_SET);
  char chunk[65536];
  ssize_t n;
  fflush(stdout);
  while ((n = read(fd, chunk, sizeof chunk)) > 0)
    if (write(1, chunk, (size_t)n) < 0)
      break;
}

// Runs the test binary with its stdout and stderr joined, as go test does,
// into the file capture_fd and, if stream, to escgo's stdout as they come:
// a copier process reads them from a pipe. Returns the binary's exit
// status (2 for a signal, named on the output as go does).
static int run_teed(const char *bin, Vec args, int capture_fd, bool stream) {
  int p[2];
  if (pipe2(p, O_CLOEXEC) != 0) {
    fprintf(stderr, "escgo test: pipe: %s\n", go_strerror(errno));
    exit(1);
  }
  pid_t copier = process_fork();
  if (copier < 0)
    exit(1);
  if (copier == 0) {
    close(p[1]);
    char chunk[65536];
    ssize_t n;
    while ((n = read(p[0], chunk, sizeof chunk)) > 0 || (n < 0 && errno == EINTR)) {
      if (n <= 0)
        continue;
      if (write(capture_fd, chunk, (size_t)n) < 0 || (stream && write(STDOUT_FILENO, chunk, (size_t)n) < 0))
        break;
    }
    _exit(0);
  }
  close(p[0]);
  char **argv = xmalloc(sizeof(char *) * (args.len + 2));
  argv[0] = (char *)bin;
  for (int i = 0; i < args.len; i++)
    argv[i + 1] = args.data[i];
  argv[args.len + 1] = NULL;
  ProcessResult r = process_run(&(Process){argv, .out_fd = p[1]});
  close(p[1]);
  process_wait(copier);
  if (r.status >= 0)
    return r.status;
  if (!r.signal)
    return 1;
  printf("signal: %s\n", strsignal(r.signal));   // (go test's words for a binary a signal ended)
  return 2;
}

// go test's check of the output: testing's "no tests to run" warning, at
// its start or on a line of its own, makes the ok line say so.
static bool said_no_tests(int fd) {
  static const char warning[] = "\ntesting: warning: no tests to run\n";
  off_t size = lseek(fd, 0, SEEK_END);
  if (size <= 0)
    return false;
  char *out = xmalloc((size_t)size);
  size_t n = pread(fd, out, (size_t)size, 0) == size ? (size_t)size : 0;
  bool found = (n >= sizeof warning - 2 && !memcmp(out, warning + 1, sizeof warning - 2)) ||
               memmem(out, n, warning, sizeof warning - 1) != NULL;
  free(out);
  return found;
}

// Runs fn(p) in a child process with its stderr to err_fd (-1: the same),
// so that what fails there (printing its errors, then exiting) leaves
// escgo test free to go on with the next package, as go test does.
// Returns the child's exit status (-1 for a signal).
static int in_child(void (*fn)(LoadedPkg *), LoadedPkg *p, int err_fd) {
  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) {
    fprintf(stderr, "escgo test: fork: %s\n", go_strerror(errno));
    exit(1);
  }
  if (pid == 0) {
    if (err_fd >= 0)
      dup2(err_fd, STDERR_FILENO);
    fn(p);
    fflush(stdout);
    fflush(stderr);
    _exit(0);   // the parent owns the temporary directory
  }
  int st;
  while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
    ;
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

enum { SETUP_FAILED = 64 };   // check_setup's exit status

// go test's "setup": loading the test binary's packages, which fails for
// an import cycle only the tests make; its error is printed under "# PATH".
static void check_setup(LoadedPkg *p) {
  TestPkgs t;
  load_test_variant(p, &t);
  if (t.setup_error) {
    fprintf(stderr, "# %s\n%s\n", p->path, t.setup_error);
    fflush(stderr);
    _exit(SETUP_FAILED);
  }
}

// Builds p's test binary into the temporary directory (compile errors are
// printed under "# PATH [PATH.test]"): the packages in dependency order,
// the tested one with its tests, the external test package last, and one
// of those two with the test main.
static void build_test_binary(LoadedPkg *p) {
  TestPkgs t;
  load_test_variant(p, &t);
  if (t.setup_error)
    exit(1);   // (check_setup reported it)
  bool module_pkg = p->path[0] != '_' && strcmp(p->path, "command-line-arguments");
  plan.import_path = module_pkg ? p->path : "";
  plan.path = p->path;
  plan.has_xtest = t.xtest != NULL;
  LoadedPkg *holder = t.xtest ? t.xtest : t.variant;
  for (int i = 0; i < t.order.len; i++) {
    LoadedPkg *q = t.order.data[i];
    if (q->prog)
      continue;
    flags.test_main = q == holder;   // its func main is the program's entry
    if (q == t.variant)
      compile_package(q, false, prepare_tested_package);
    else if (q == t.xtest)
      compile_package(q, false, prepare_external_package);
    else
      compile_package(q, false, NULL);
  }
  generate(holder, t.order, NULL);
}

// The targets whose tests cannot be set up: go reports them first, each
// with "FAIL PATH [setup failed]", and tests the others.
static bool *report_setup_failures(Vec targets) {
  bool *failed = xmalloc(sizeof(bool) * (targets.len + 1));
  for (int i = 0; i < targets.len; i++) {
    LoadedPkg *p = targets.data[i];
    failed[i] = false;
    if (!p->test_files.len)
      continue;
    FILE *err = tmpfile();   // other errors wait for the build, in their turn
    if (!err || in_child(check_setup, p, fileno(err)) != SETUP_FAILED) {
      if (err)
        fclose(err);
      continue;
    }
    failed[i] = true;
    rewind(err);
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, err)) > 0)
      fwrite(chunk, 1, n, stderr);
    fclose(err);
    fflush(stderr);
    printf("FAIL\t%s [setup failed]\n", p->path);
    fflush(stdout);
  }
  return failed;
}

// Builds and runs the test binary of target p (its dependencies compiled
// already or now); prints go test's lines for it. Returns its exit status.
static int test_package(LoadedPkg *p, TestOptions *o, bool local_mode) {
  if (!p->test_files.len) {
    printf("?   \t%s\t[no test files]\n", p->path);
    fflush(stdout);
    return 0;
  }
  make_tmp_dir("escgo.test");
  if (in_child(build_test_binary, p, -1) != 0) {
    printf("FAIL\t%s [build failed]\n", p->path);
    fflush(stdout);
    remove_tmp();
    return 1;
  }
  const char *bin = tmp_program();
  if (o->compile_only || o->out) {   // go test -c: PKG.test here; -o FILE (kept, also when run)
    const char *slash = strrchr(p->path, '/');
    install_output(bin, o->out ? o->out : xfmt("%s.test", slash ? slash + 1 : p->path), true);
    if (o->compile_only) {
      remove_tmp();
      return 0;
    }
  }
  bool stream = local_mode || o->verbose || o->bench;
  char *capture = xfmt("%s.out", bin);
  int fd = open(capture, O_RDWR | O_CREAT | O_TRUNC, 0600);
  if (fd < 0) {
    fprintf(stderr, "escgo test: %s: %s\n", capture, go_strerror(errno));
    exit(1);
  }
  double t0 = now_sec();
  int status = run_teed(bin, o->bin_args, fd, stream);
  double secs = now_sec() - t0;
  bool no_tests = said_no_tests(fd);
  if (!stream && status != 0)
    copy_out(fd);
  close(fd);
  unlink(capture);
  remove_tmp();
  if (status == 0) {
    printf("ok  \t%s\t%.3fs%s\n", p->path, secs, no_tests && !local_mode ? " [no tests to run]" : "");
  } else {
    if (local_mode)
      printf("exit status %d\n", status);
    printf("FAIL\t%s\t%.3fs\n", p->path, secs);
  }
  fflush(stdout);
  return status;
}

int cmd_test(int argc, char **argv) {
  TestOptions o = {0};
  parse_test_command_line(argc, argv, &o);
  bool local_mode = o.inputs.len == 0;   // go test with no package: local directory mode
  if (o.out)
    check_output_path(o.out, o.inputs);   // never a source file, before anything is built
  Vec targets;
  load_packages(o.inputs, true, &targets);
  if ((o.compile_only || o.out) && targets.len > 1) {   // go's words
    fprintf(stderr, "cannot use %s flag with multiple packages\n", o.compile_only ? "-c" : "-o");
    return 1;
  }
  bool *setup_failed = report_setup_failures(targets);
  bool failed = false;
  for (int i = 0; i < targets.len; i++)
    failed |= setup_failed[i] || test_package(targets.data[i], &o, local_mode) != 0;
  if (failed && !local_mode)
    printf("FAIL\n");
  return failed ? 1 : 0;
}
