// driver/test.c — escgo test: go test for each package named.
//
//   escgo test [build flags] [-run RE] [-bench RE] [-benchmem] [-benchtime D|Nx]
//              [-count N] [-v] [-short] [PACKAGES | FILES]
//
// Each package's files and its _test.go files (same package clause: external
// "_test" packages are rejected) compile as a package of their own, plus a
// generated test main that registers every TestXxx and BenchmarkXxx with the
// runtime's testing package (runtime/testing.c) and runs them; its imports
// compile as usual. A package main's own func main is renamed out of the
// way, as go test does not call it.
//
// Output as go test prints it, one package after another: the import path
// (a module's), "_/abs/dir" (a directory in GOPATH mode) or
// "command-line-arguments" (FILES). With packages given (go's package list
// mode) a passing run without -v or -bench shows only "ok  \tpkg\t0.012s";
// otherwise the test binary's output is shown, then the summary line.
// Benchmarks print a "pkg:" header line for a module's package only, as go
// test does. Exit status 1 when a test fails.
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
    "The build flags are those of 'escgo help build' (-o excepted).\n"
    "See docs/testing.md.\n";

static const char test_usage[] =
    "usage: escgo test [build/test flags] [packages] [build/test flags & test binary flags]\n"
    "Run 'escgo help test' for details.\n";

typedef struct {
  Vec bin_args;      // -test.* flags for the test binary
  Vec inputs;
  bool verbose, bench;
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

// The package's TestXxx and BenchmarkXxx functions, in source order.
typedef struct {
  Vec test_names, bench_names;
} TestFuncs;

static void collect_tests(TestFuncs *tf, Node *file) {
  for (int i = 0; i < file->list2.len; i++) {
    Node *d = file->list2.data[i];
    if (d->kind != N_FUNCDECL || nx(d)->recv || !d->name)
      continue;
    if (is_test_name(d->name, "Test"))
      vec_push(&tf->test_names, d->name);
    else if (is_test_name(d->name, "Benchmark"))
      vec_push(&tf->bench_names, d->name);
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
  return parse_file(f);
}

// The benchmark header's "pkg:" line: go test prints a module package's
// import path, nothing in GOPATH mode or for files.
static const char *bench_pkg_line = "";

// after_parse hook: checks the package clauses, finds the tests, adds the main.
static void add_test_main(Vec *files) {
  TestFuncs tf = {0};
  const char *pkg = NULL;
  for (int i = 0; i < files->len; i++) {
    Node *f = files->data[i];
    if (!f->name || !strcmp(f->name, "_"))
      continue;
    if (has_suffix(f->name, "_test") && has_suffix(nx(f)->file->path, "_test.go")) {
      fprintf(stderr, "escgo test: %s: external test package %s is not supported; "
              "declare the tests in package %.*s\n", nx(f)->file->display, f->name,
              (int)(strlen(f->name) - 5), f->name);
      exit(1);
    }
    pkg = pkg ? pkg : f->name;
    if (has_suffix(nx(f)->file->path, "_test.go"))
      collect_tests(&tf, f);
    rename_main(f);
  }
  if (!pkg)
    return;
  Buf b = {0};
  buf_puts(&b, xfmt("package %s\n\nimport escgo_testing \"testing\"\n\nfunc main() {\n", pkg));
  for (int i = 0; i < tf.test_names.len; i++)
    buf_puts(&b, xfmt("\tescgo_testing.EscgoAddTest(\"%s\", %s)\n", (char *)tf.test_names.data[i],
                      (char *)tf.test_names.data[i]));
  for (int i = 0; i < tf.bench_names.len; i++)
    buf_puts(&b, xfmt("\tescgo_testing.EscgoAddBenchmark(\"%s\", %s)\n",
                      (char *)tf.bench_names.data[i], (char *)tf.bench_names.data[i]));
  buf_puts(&b, xfmt("\tescgo_testing.EscgoMain(\"%s\")\n}\n", bench_pkg_line));
  Node *main_file = parse_generated("_testmain.go", buf_cstr(&b));
  if (main_file)
    vec_push(files, main_file);
}

// ---------------------------------------------------------------- running

// Runs the test binary with stdout and stderr to out_fd (-1: inherited);
// returns its exit status (2 for a signal, named on the output as go does).
static int run_binary(const char *bin, Vec args, int out_fd) {
  char **argv = xmalloc(sizeof(char *) * (args.len + 2));
  argv[0] = (char *)bin;
  for (int i = 0; i < args.len; i++)
    argv[i + 1] = args.data[i];
  ProcessResult r = process_run(&(Process){argv, .out_fd = out_fd});
  if (r.status >= 0)
    return r.status;
  if (!r.signal)
    return 1;
  printf("signal: %s\n", strsignal(r.signal));
  return 2;
}

static void copy_out(int fd) {
  lseek(fd, 0, SEEK_SET);
  char chunk[65536];
  ssize_t n;
  fflush(stdout);
  while ((n = read(fd, chunk, sizeof chunk)) > 0)
    if (write(1, chunk, (size_t)n) < 0)
      break;
}

// Builds p's test binary into the temporary directory, in a child process
// so that compile errors (printed under "# PATH [PATH.test]", then the child
// exits) leave escgo test free to go on with the next package, as go test
// does. Returns whether the binary was built.
static bool build_test_binary(LoadedPkg *p) {
  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) {
    fprintf(stderr, "escgo test: fork: %s\n", go_strerror(errno));
    exit(1);
  }
  if (pid == 0) {
    LoadedPkg *variant;
    Vec order = load_test_variant(p, &variant);
    for (int i = 0; i < order.len; i++) {
      LoadedPkg *q = order.data[i];
      if (q != variant && !q->prog)
        compile_package(q, false, NULL);
    }
    bool module_pkg = p->path[0] != '_' && strcmp(p->path, "command-line-arguments");
    bench_pkg_line = module_pkg ? p->path : "";
    flags.test_main = true;
    compile_package(variant, false, add_test_main);
    generate(variant, order);
    fflush(stdout);
    fflush(stderr);
    _exit(0);   // the parent owns the temporary directory
  }
  int st;
  while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
    ;
  return WIFEXITED(st) && WEXITSTATUS(st) == 0;
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
  if (!build_test_binary(p)) {
    printf("FAIL\t%s [build failed]\n", p->path);
    fflush(stdout);
    remove_tmp();
    return 1;
  }
  const char *bin = tmp_program();
  bool stream = local_mode || o->verbose || o->bench;
  char *capture = xfmt("%s.out", bin);
  // As go test: the binary's stderr joins its stdout, shown as it comes or
  // captured (shown only on failure).
  int fd = stream ? STDOUT_FILENO : open(capture, O_RDWR | O_CREAT | O_TRUNC, 0600);
  // The runtime's testing leaves this file when no test ran (-run matched
  // none): go test then says "[no tests to run]".
  char *marker = xfmt("%s.notests", bin);
  setenv("ESCGO_TEST_NO_TESTS_FILE", marker, 1);
  double t0 = now_sec();
  fflush(stdout);
  int status = run_binary(bin, o->bin_args, fd);
  double secs = now_sec() - t0;
  unsetenv("ESCGO_TEST_NO_TESTS_FILE");
  bool no_tests = unlink(marker) == 0;
  if (!stream) {
    if (status != 0)
      copy_out(fd);
    close(fd);
    unlink(capture);
  }
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
  Vec targets;
  load_packages(o.inputs, true, &targets);
  bool failed = false;
  for (int i = 0; i < targets.len; i++)
    failed |= test_package(targets.data[i], &o, local_mode) != 0;
  if (failed && !local_mode)
    printf("FAIL\n");
  return failed ? 1 : 0;
}
