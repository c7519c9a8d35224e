// testing.c — the testing package: *testing.T and *testing.B, and the test
// main behind `escgo test`, following Go 1.19's testing package: the same
// run order, b.N calibration (launch/predict), output format and flags.
//
// The generated test main (compiler/driver/test.c) registers every TestXxx
// and BenchmarkXxx with EscgoAddTest/EscgoAddBenchmark, then calls EscgoMain,
// which reads the -test.* flags from os.Args, runs, prints PASS or FAIL and
// exits 0 or 1 — or EscgoMainM, which calls the package's TestMain with a
// *testing.M whose Run does that part. Tests run one after another on the
// main thread; t.FailNow (Fatal, SkipNow) is Go's runtime.Goexit: the
// deferred calls of the test's frames run, then we longjmp back to the
// runner. A test that panics is reported the way Go's tRunner does
// (test_panicked), then the program dies of the panic.
//
// Known differences (docs/testing.md): t.Helper is accepted but does not
// move the reported line to the helper's caller; -run/-bench patterns are
// POSIX extended regular expressions (the same as RE2 for ordinary ones);
// tests never run in parallel.
#define _GNU_SOURCE
#include "rt_internal.h"

#include <gc/gc.h>
#include <regex.h>
#include <sched.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <fcntl.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { MAX_EXTRA = 16 };

typedef struct TB TB;
struct TB {
  int64_t N;               // B.N; first: generated code reads it at offset 0
  TB *parent;
  char *name;
  RtBuf output;            // a non-chatty report prints it after "--- FAIL"
  int level;
  bool bench, chatty, failed, skipped, finished, has_sub;
  jmp_buf *exit;           // where FailNow lands, after the deferred calls ran
  void *defer_mark;
  int64_t start, duration; // ns
  // benchmarks
  void *fn;                // func(*B)
  bool timer_on, show_allocs;
  uint64_t start_allocs, start_bytes, net_allocs, net_bytes;
  int64_t bytes;           // SetBytes
  int nextra;
  char *extra_unit[MAX_EXTRA];
  double extra_val[MAX_EXTRA];
};

typedef struct {
  int n;
  regex_t *res;            // one per '/'-separated element
} Matcher;

typedef struct {
  char *name;
  void *fn;
} Entry;

static struct {
  bool verbose, benchmem, short_mode;
  const char *run_pat, *bench_pat;
  int64_t benchtime_ns, benchtime_n;
  int64_t count;
} flag = {.benchtime_ns = 1000000000, .count = 1};

static Entry *tests, *benchs;
static int ntests, nbenchs;
static Matcher run_match, bench_match;
static const char *import_path;
static int procs, max_len;
static const char *chatty_last;

// ---------------------------------------------------------------- helpers

static int64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static char *str_of(const uint8_t *p, int64_t n) {
  char *s = malloc((size_t)n + 1);
  memcpy(s, p, (size_t)n);
  s[n] = 0;
  return s;
}

static void out_str(const char *s) {
  rt_stdout_write(s, strlen(s));
}

static void outf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void outf(const char *fmt, ...) {
  char small[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < (int)sizeof small) {
    rt_stdout_write(small, (size_t)n);
    return;
  }
  char *big = malloc((size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(big, (size_t)n + 1, fmt, ap);
  va_end(ap);
  rt_stdout_write(big, (size_t)n);
  free(big);
}

static TB *new_tb(TB *parent, char *name, bool bench) {
  TB *t = GC_MALLOC_UNCOLLECTABLE(sizeof(TB));   // holds func values: scanned
  memset(t, 0, sizeof *t);
  rtbuf_init(&t->output);
  t->parent = parent;
  t->name = name;
  t->bench = bench;
  t->chatty = flag.verbose;
  t->level = parent ? parent->level + 1 : 0;
  return t;
}

static void call_fn(void *fv, void *arg) {
  if (!fv)
    rt_panic_runtime("invalid memory address or nil pointer dereference",
                     "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
  void (*code)(void *, void *) = *(void (**)(void *, void *))fv;
  code(fv, arg);
}

static TB *running_test;   // the innermost test running: a panic's is reported
static void test_panicked(void);
static void fail(TB *t);

// Makes t the running test (NULL: none), whose panic test_panicked reports.
static void set_running_test(TB *t) {
  running_test = t;
  rt_defer_barrier(t ? t->defer_mark : NULL, t ? test_panicked : NULL);
}

// Calls fn(t) so that t.FailNow can end it early (runtime.Goexit). A test
// (not a benchmark: Go's runN does not recover) that panics is reported as
// Go's tRunner does, once its own deferred calls ran.
static void call_guarded(TB *t, void *fn) {
  jmp_buf jb, *saved = t->exit;
  void *saved_mark = t->defer_mark;
  TB *outer = running_test;
  t->exit = &jb;
  t->defer_mark = rt_defer_mark();
  if (!t->bench)
    set_running_test(t);
  if (!setjmp(jb))
    call_fn(fn, t);
  if (!t->bench)
    set_running_test(outer);
  t->exit = saved;
  t->defer_mark = saved_mark;
}

// ---------------------------------------------------------------- names and matching

static void matcher_init(Matcher *m, const char *pat, const char *flagname) {
  m->n = 0;
  if (!pat || !*pat)
    return;
  char *copy = strdup(pat);
  int cap = 1;
  for (const char *p = pat; *p; p++)
    cap += *p == '/';
  m->res = calloc((size_t)cap, sizeof(regex_t));
  char *save = NULL;
  for (char *e = strtok_r(copy, "/", &save); e; e = strtok_r(NULL, "/", &save)) {
    if (regcomp(&m->res[m->n], e, REG_EXTENDED | REG_NOSUB) != 0) {
      fprintf(stderr, "testing: invalid regexp for element %d of %s (%s): %s\n", m->n,
              flagname, pat, e);
      exit(1);
    }
    m->n++;
  }
}

// Go's matcher.filter.matches on the '/'-separated elements of name; partial:
// the pattern has more elements than the name (-run X/Y matching TestX).
static bool matches(Matcher *m, const char *name, bool *partial) {
  char *copy = strdup(name);
  char *save = NULL;
  int i = 0;
  bool ok = true;
  for (char *e = strtok_r(copy, "/", &save); e && i < m->n; e = strtok_r(NULL, "/", &save), i++)
    if (regexec(&m->res[i], e, 0, NULL, 0) != 0) {
      ok = false;
      break;
    }
  int nelem = 1;
  for (const char *p = name; *p; p++)
    nelem += *p == '/';
  free(copy);
  *partial = ok && nelem < m->n;
  return ok;
}

// Go's rewrite: spaces become underscores.
static char *rewrite(const char *s) {
  char *r = strdup(s);
  for (char *p = r; *p; p++)
    if (*p == ' ' || *p == '\t' || *p == '\n')
      *p = '_';
  return r;
}

// Go's matcher.unique: "parent/sub", then "parent/sub#01", ...
static struct { char *name; int next; } *seen;
static int nseen, capseen;

static int *seen_slot(const char *name) {
  for (int i = 0; i < nseen; i++)
    if (!strcmp(seen[i].name, name))
      return &seen[i].next;
  return NULL;
}

static char *unique_name(const char *parent, const char *sub) {
  size_t n = strlen(parent) + strlen(sub) + 2;
  char *name = malloc(n);
  snprintf(name, n, "%s/%s", parent, sub);
  bool empty = !*sub;
  for (;;) {
    int *next = seen_slot(name);
    if (!empty && !next) {
      if (nseen == capseen) {
        capseen = capseen ? 2 * capseen : 16;
        seen = realloc(seen, sizeof(*seen) * (size_t)capseen);
      }
      seen[nseen].name = name;
      seen[nseen++].next = 1;
      return name;
    }
    int count = next ? *next : 0;
    if (next)
      *next = count + 1;
    else {
      if (nseen == capseen) {
        capseen = capseen ? 2 * capseen : 16;
        seen = realloc(seen, sizeof(*seen) * (size_t)capseen);
      }
      seen[nseen].name = name;
      seen[nseen++].next = 1;
    }
    char *dup = malloc(strlen(name) + 16);
    sprintf(dup, "%s#%02d", name, count);
    name = dup;
    empty = false;
  }
}

// The full name of a test or benchmark called sub under parent (level 0:
// a top-level one), and whether the pattern selects it.
static char *full_name(Matcher *m, TB *parent, const char *sub, bool *ok, bool *partial) {
  char *name = parent && parent->level > 0 ? unique_name(parent->name, rewrite(sub)) : strdup(sub);
  *ok = matches(m, name, partial);
  return name;
}

// ---------------------------------------------------------------- output

// Go's chattyPrinter: "=== CONT  name" when another test's output interleaves.
static void chatty_update(const char *name, const char *text) {
  chatty_last = name;
  out_str(text);
}

static void chatty_print(const char *name, const char *text) {
  if (!chatty_last)
    chatty_last = name;
  else if (strcmp(chatty_last, name)) {
    outf("=== CONT  %s\n", name);
    chatty_last = name;
  }
  out_str(text);
}

// Go's indenter: every line written into a parent's output gets 4 spaces.
static void indent_into(RtBuf *b, const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    size_t end = i;
    while (end < n && s[end] != '\n')
      end++;
    if (end < n)
      end++;
    rtbuf_puts(b, "    ");
    rtbuf_putn(b, s + i, end - i);
    i = end;
  }
}

// "    file.go:12: text", continuation lines indented 8 (Go's decorate).
static void decorate(RtBuf *b, const uint8_t *pos, int64_t poslen, const char *s, size_t n) {
  rtbuf_puts(b, "    ");
  rtbuf_putn(b, pos, (size_t)poslen);
  rtbuf_puts(b, ": ");
  if (n > 0 && s[n - 1] == '\n')
    n--;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\n')
      rtbuf_puts(b, "\n        ");
    else
      rtbuf_putc(b, s[i]);
  }
  rtbuf_putc(b, '\n');
}

static void tb_log(TB *t, const uint8_t *pos, int64_t poslen, GoString s) {
  RtBuf d;
  rtbuf_init(&d);
  decorate(&d, pos, poslen, (const char *)s.ptr, (size_t)s.len);
  if (t->chatty) {
    char *text = str_of((const uint8_t *)d.data, (int64_t)d.len);
    if (t->bench)
      out_str(text);
    else
      chatty_print(t->name, text);
    free(text);
  } else {
    rtbuf_putn(&t->output, d.data, d.len);
  }
  rtbuf_free(&d);
}

// Go's flushToParent: the report line plus the output, into the parent's
// output (indented) or, for a top-level test, to stdout.
static void flush_to_parent(TB *t, const char *status) {
  RtBuf b;
  rtbuf_init(&b);
  char line[64];
  snprintf(line, sizeof line, " (%.2fs)\n", (double)t->duration / 1e9);
  rtbuf_puts(&b, "--- ");
  rtbuf_puts(&b, status);
  rtbuf_puts(&b, ": ");
  rtbuf_puts(&b, t->name);
  rtbuf_puts(&b, line);
  rtbuf_putn(&b, t->output.data, t->output.len);
  t->output.len = 0;
  if (t->parent->level == 0) {
    char *text = str_of((const uint8_t *)b.data, (int64_t)b.len);
    if (t->chatty)
      chatty_update(t->name, text);
    else
      out_str(text);
    free(text);
  } else {
    indent_into(&t->parent->output, b.data, b.len);
  }
  rtbuf_free(&b);
}

// Go's tRunner for a test that panicked: the test fails, and it and every
// test above it print "--- FAIL" with their output (the process is about
// to die: no test above it finishes).
static void test_panicked(void) {
  fail(running_test);
  for (TB *t = running_test; t->parent; t = t->parent) {
    t->duration += now_ns() - t->start;
    flush_to_parent(t, "FAIL");
  }
  rt_stdout_flush();
}

static void report(TB *t) {
  if (t->failed)
    flush_to_parent(t, "FAIL");
  else if (t->chatty)
    flush_to_parent(t, t->skipped ? "SKIP" : "PASS");
}

// ---------------------------------------------------------------- tests

static void run_test(TB *t, void *fn) {
  if (t->chatty) {
    chatty_last = t->name;
    outf("=== RUN   %s\n", t->name);
  }
  t->start = now_ns();
  call_guarded(t, fn);
  t->duration = now_ns() - t->start;
  t->finished = true;
  report(t);
}

bool escgo_testing_T_Run(TB *t, const uint8_t *name, int64_t nlen, void *fn) {
  bool ok, partial;
  char *full = full_name(&run_match, t, str_of(name, nlen), &ok, &partial);
  if (!ok)
    return true;
  TB *sub = new_tb(t, full, false);
  run_test(sub, fn);
  return !sub->failed;
}

// Runs the matching tests; returns whether any ran.
static bool run_tests(TB *root) {
  bool ran = false;
  for (int64_t c = 0; c < flag.count; c++)
    for (int i = 0; i < ntests; i++) {
      bool ok, partial;
      char *name = full_name(&run_match, root, tests[i].name, &ok, &partial);
      if (!ok)
        continue;
      ran = true;
      run_test(new_tb(root, name, false), tests[i].fn);
    }
  return ran;
}

// ---------------------------------------------------------------- T and B methods

static void fail(TB *t) {
  for (; t; t = t->parent)
    t->failed = true;
}

// runtime.Goexit for the test: its deferred calls run, the runner continues.
static _Noreturn void goexit(TB *t) {
  t->finished = true;
  if (!t->exit)
    rt_fatal("testing: t.FailNow called outside the test's goroutine");
  rt_defer_unwind(t->defer_mark);
  longjmp(*t->exit, 1);
}

void escgo_testing_Log(TB *t, const uint8_t *pos, int64_t poslen, GoEface *a, int64_t n, int64_t cap) {
  tb_log(t, pos, poslen, rt_sprintln(a, n, cap));
}

void escgo_testing_Logf(TB *t, const uint8_t *pos, int64_t poslen, const uint8_t *f, int64_t flen,
                        GoEface *a, int64_t n, int64_t cap) {
  tb_log(t, pos, poslen, rt_sprintf(f, flen, a, n, cap));
}

void escgo_testing_Error(TB *t, const uint8_t *pos, int64_t poslen, GoEface *a, int64_t n, int64_t cap) {
  escgo_testing_Log(t, pos, poslen, a, n, cap);
  fail(t);
}

void escgo_testing_Errorf(TB *t, const uint8_t *pos, int64_t poslen, const uint8_t *f, int64_t flen,
                          GoEface *a, int64_t n, int64_t cap) {
  escgo_testing_Logf(t, pos, poslen, f, flen, a, n, cap);
  fail(t);
}

void escgo_testing_Fatal(TB *t, const uint8_t *pos, int64_t poslen, GoEface *a, int64_t n, int64_t cap) {
  escgo_testing_Log(t, pos, poslen, a, n, cap);
  fail(t);
  goexit(t);
}

void escgo_testing_Fatalf(TB *t, const uint8_t *pos, int64_t poslen, const uint8_t *f, int64_t flen,
                          GoEface *a, int64_t n, int64_t cap) {
  escgo_testing_Logf(t, pos, poslen, f, flen, a, n, cap);
  fail(t);
  goexit(t);
}

void escgo_testing_SkipNow(TB *t) {
  t->skipped = true;
  goexit(t);
}

void escgo_testing_Skip(TB *t, const uint8_t *pos, int64_t poslen, GoEface *a, int64_t n, int64_t cap) {
  escgo_testing_Log(t, pos, poslen, a, n, cap);
  escgo_testing_SkipNow(t);
}

void escgo_testing_Skipf(TB *t, const uint8_t *pos, int64_t poslen, const uint8_t *f, int64_t flen,
                         GoEface *a, int64_t n, int64_t cap) {
  escgo_testing_Logf(t, pos, poslen, f, flen, a, n, cap);
  escgo_testing_SkipNow(t);
}

bool escgo_testing_Skipped(TB *t) { return t->skipped; }
void escgo_testing_Fail(TB *t) { fail(t); }
bool escgo_testing_Failed(TB *t) { return t->failed; }
void escgo_testing_Helper(TB *t) { (void)t; }

void escgo_testing_FailNow(TB *t) {
  fail(t);
  goexit(t);
}

GoString escgo_testing_Name(TB *t) {
  return (GoString){(const uint8_t *)t->name, (int64_t)strlen(t->name)};
}

bool escgo_testing_Short(void) { return flag.short_mode; }
bool escgo_testing_Verbose(void) { return flag.verbose; }

// Go's AllocsPerRun: one warm-up call, then the average over runs, as an
// integer division (so AllocsPerRun(...) == 1 can be asked).
double escgo_testing_AllocsPerRun(int64_t runs, void *f) {
  call_fn(f, NULL);
  uint64_t before = escgo_mallocs();
  for (int64_t i = 0; i < runs; i++)
    call_fn(f, NULL);
  uint64_t mallocs = escgo_mallocs() - before;
  if (runs == 0)
    escgo_panic_divide();
  return (double)(mallocs / (uint64_t)runs);
}

// ---------------------------------------------------------------- benchmark timer

void escgo_testing_StartTimer(TB *b) {
  if (b->timer_on)
    return;
  b->start_allocs = escgo_mallocs();
  b->start_bytes = escgo_total_alloc();
  b->start = now_ns();
  b->timer_on = true;
}

void escgo_testing_StopTimer(TB *b) {
  if (!b->timer_on)
    return;
  b->duration += now_ns() - b->start;
  b->net_allocs += escgo_mallocs() - b->start_allocs;
  b->net_bytes += escgo_total_alloc() - b->start_bytes;
  b->timer_on = false;
}

void escgo_testing_ResetTimer(TB *b) {
  b->nextra = 0;
  if (b->timer_on) {
    b->start_allocs = escgo_mallocs();
    b->start_bytes = escgo_total_alloc();
    b->start = now_ns();
  }
  b->duration = 0;
  b->net_allocs = 0;
  b->net_bytes = 0;
}

void escgo_testing_ReportAllocs(TB *b) { b->show_allocs = true; }
void escgo_testing_SetBytes(TB *b, int64_t n) { b->bytes = n; }

void escgo_testing_ReportMetric(TB *b, double v, const uint8_t *unit, int64_t ulen) {
  static const char empty[] = "metric unit must not be empty";
  static const char space[] = "metric unit must not contain whitespace";
  if (ulen == 0)
    rt_panic_string(empty, sizeof empty - 1);
  for (int64_t i = 0; i < ulen; i++)
    if (unit[i] == ' ' || unit[i] == '\t' || unit[i] == '\n' || unit[i] == '\r')
      rt_panic_string(space, sizeof space - 1);
  char *u = str_of(unit, ulen);
  for (int i = 0; i < b->nextra; i++)
    if (!strcmp(b->extra_unit[i], u)) {
      b->extra_val[i] = v;
      return;
    }
  if (b->nextra < MAX_EXTRA) {
    b->extra_unit[b->nextra] = u;
    b->extra_val[b->nextra++] = v;
  }
}

// ---------------------------------------------------------------- benchmarks

static void print_labels(void) {
  static bool done;
  if (done)
    return;
  done = true;
  out_str("goos: linux\ngoarch: amd64\n");
  if (import_path && *import_path)
    outf("pkg: %s\n", import_path);
  FILE *f = fopen("/proc/cpuinfo", "r");
  char line[512];
  while (f && fgets(line, sizeof line, f)) {
    char *colon = strchr(line, ':');
    if (strncmp(line, "model name", 10) || !colon)
      continue;
    char *v = colon + 1;
    while (*v == ' ' || *v == '\t')
      v++;
    size_t n = strlen(v);
    while (n && (v[n - 1] == '\n' || v[n - 1] == ' '))
      v[--n] = 0;
    if (n)
      outf("cpu: %s\n", v);
    break;
  }
  if (f)
    fclose(f);
}

// Go's runN: a collection first, for comparable runs; then b.N = n under the timer.
static void run_n(TB *b, int64_t n) {
  escgo_runtime_GC();
  b->N = n;
  escgo_testing_ResetTimer(b);
  escgo_testing_StartTimer(b);
  call_guarded(b, b->fn);
  escgo_testing_StopTimer(b);
}

// Go's B.launch: grow b.N until the run takes -benchtime.
static void launch(TB *b) {
  if (flag.benchtime_n > 0) {
    if (flag.benchtime_n > 1)
      run_n(b, flag.benchtime_n);
    return;
  }
  int64_t d = flag.benchtime_ns;
  for (int64_t n = 1; !b->failed && b->duration < d && n < 1000000000;) {
    int64_t last = n;
    int64_t prevns = b->duration > 0 ? b->duration : 1;
    n = d * b->N / prevns;      // multiply first: see Go's comment
    n += n / 5;
    if (n > 100 * last)
      n = 100 * last;
    if (n < last + 1)
      n = last + 1;
    if (n > 1000000000)
      n = 1000000000;
    run_n(b, n);
  }
}

// Go's run1: one iteration first (sub-benchmarks run during it). Returns
// whether b itself is to be measured.
static bool run1(TB *b) {
  run_n(b, 1);
  if (b->failed) {
    outf("--- FAIL: %s\n%.*s", b->name, (int)b->output.len, b->output.data);
    return false;
  }
  if (b->has_sub || b->finished) {
    if (b->chatty && (b->output.len > 0 || b->finished))
      outf("--- %s: %s\n%.*s", b->skipped ? "SKIP" : "BENCH", b->name, (int)b->output.len,
           b->output.data);
    return false;
  }
  return true;
}

// Go's prettyPrint: ten places before the point, four significant digits for small values.
static void pretty(RtBuf *r, double x, const char *unit) {
  double y = x < 0 ? -x : x;
  int w, p;
  if (y == 0 || y >= 999.95) w = 10, p = 0;
  else if (y >= 99.995) w = 12, p = 1;
  else if (y >= 9.9995) w = 13, p = 2;
  else if (y >= 0.99995) w = 14, p = 3;
  else if (y >= 0.099995) w = 15, p = 4;
  else if (y >= 0.0099995) w = 16, p = 5;
  else if (y >= 0.00099995) w = 17, p = 6;
  else w = 18, p = 7;
  char s[128];
  snprintf(s, sizeof s, "%*.*f %s", w, p, x, unit);
  rtbuf_puts(r, s);
}

static bool extra(TB *b, const char *unit, double *v) {
  for (int i = 0; i < b->nextra; i++)
    if (!strcmp(b->extra_unit[i], unit)) {
      *v = b->extra_val[i];
      return true;
    }
  return false;
}

static int cmp_unit(const void *x, const void *y) {
  return strcmp(*(char *const *)x, *(char *const *)y);
}

// Go's BenchmarkResult.String and MemString.
static void result_line(RtBuf *r, TB *b) {
  char s[128];
  snprintf(s, sizeof s, "%8lld", (long long)b->N);
  rtbuf_puts(r, s);
  double ns;
  if (!extra(b, "ns/op", &ns))
    ns = (double)b->duration / (double)b->N;
  if (ns != 0) {
    rtbuf_putc(r, '\t');
    pretty(r, ns, "ns/op");
  }
  if (b->bytes > 0 && b->duration > 0 && b->N > 0) {
    double mbs = ((double)b->bytes * (double)b->N / 1e6) / ((double)b->duration / 1e9);
    snprintf(s, sizeof s, "\t%7.2f MB/s", mbs);
    rtbuf_puts(r, s);
  }
  char *units[MAX_EXTRA];
  int n = 0;
  for (int i = 0; i < b->nextra; i++) {
    const char *u = b->extra_unit[i];
    if (strcmp(u, "ns/op") && strcmp(u, "MB/s") && strcmp(u, "B/op") && strcmp(u, "allocs/op"))
      units[n++] = b->extra_unit[i];
  }
  qsort(units, (size_t)n, sizeof units[0], cmp_unit);
  for (int i = 0; i < n; i++) {
    double v = 0;
    extra(b, units[i], &v);
    rtbuf_putc(r, '\t');
    pretty(r, v, units[i]);
  }
  if (!flag.benchmem && !b->show_allocs)
    return;
  double v;
  int64_t bop = extra(b, "B/op", &v) ? (int64_t)v : b->N <= 0 ? 0 : (int64_t)b->net_bytes / b->N;
  int64_t aop = extra(b, "allocs/op", &v) ? (int64_t)v : b->N <= 0 ? 0 : (int64_t)b->net_allocs / b->N;
  snprintf(s, sizeof s, "\t%8lld B/op\t%8lld allocs/op", (long long)bop, (long long)aop);
  rtbuf_puts(r, s);
}

// Go's trimOutput: at most 10 lines of a benchmark's log.
static void trim_output(TB *b) {
  int nl = 0;
  for (size_t j = 0; j < b->output.len; j++)
    if (b->output.data[j] == '\n' && ++nl >= 10) {
      b->output.len = j;
      rtbuf_puts(&b->output, "\n\t... [output truncated]\n");
      return;
    }
}

static char *bench_name(const char *name) {
  char *s = malloc(strlen(name) + 16);
  if (procs == 1)
    strcpy(s, name);
  else
    sprintf(s, "%s-%d", name, procs);
  return s;
}

// Go's processBench: -count measurements of b, one result line each.
static void process_bench(TB *b) {
  char *name = bench_name(b->name);
  for (int64_t j = 0; j < flag.count; j++) {
    if (!b->chatty)
      outf("%-*s\t", max_len, name);
    if (j > 0) {
      TB *again = new_tb(b->parent, b->name, true);
      again->fn = b->fn;
      b = again;
      run1(b);
    }
    launch(b);
    if (b->failed) {
      outf("--- FAIL: %s\n%.*s", name, (int)b->output.len, b->output.data);
      continue;
    }
    RtBuf r;
    rtbuf_init(&r);
    result_line(&r, b);
    if (b->chatty)
      outf("%-*s\t", max_len, name);
    outf("%.*s\n", (int)r.len, r.data);
    rtbuf_free(&r);
    if (b->output.len > 0) {
      trim_output(b);
      outf("--- BENCH: %s\n%.*s", name, (int)b->output.len, b->output.data);
    }
    rt_stdout_flush();
  }
}

// Go's B.Run, for top-level benchmarks (parent level 0) and sub-benchmarks.
static bool bench_run(TB *b, char *sub_name, void *fn) {
  b->has_sub = true;
  bool ok, partial;
  char *name = full_name(&bench_match, b, sub_name, &ok, &partial);
  if (!ok)
    return true;
  TB *sub = new_tb(b, name, true);
  sub->fn = fn;
  sub->has_sub = partial;
  if (b->chatty) {
    print_labels();
    outf("%s\n", name);
  }
  if (run1(sub)) {
    print_labels();
    process_bench(sub);
  }
  rt_stdout_flush();
  return !sub->failed;
}

bool escgo_testing_B_Run(TB *b, const uint8_t *name, int64_t nlen, void *fn) {
  return bench_run(b, str_of(name, nlen), fn);
}

static bool run_benchmarks(void) {
  if (!flag.bench_pat || !*flag.bench_pat)
    return true;
  int ext = procs == 1 ? 0 : snprintf(NULL, 0, "-%d", procs);
  for (int i = 0; i < nbenchs; i++) {
    bool partial;
    if (!matches(&bench_match, benchs[i].name, &partial))
      continue;
    int l = (int)strlen(benchs[i].name) + ext + ext + 1;
    if (l > max_len)
      max_len = l;
  }
  TB *main_b = new_tb(NULL, "Main", true);
  for (int i = 0; i < nbenchs; i++)
    bench_run(main_b, benchs[i].name, benchs[i].fn);
  return !main_b->failed;
}

// ---------------------------------------------------------------- flags and main

static void add_entry(Entry **list, int *n, const uint8_t *name, int64_t nlen, void *fn) {
  *list = realloc(*list, sizeof(Entry) * (size_t)(*n + 1));
  (*list)[*n].name = str_of(name, nlen);
  (*list)[(*n)++].fn = fn;
}

void escgo_testing_AddTest(const uint8_t *name, int64_t nlen, void *fn) {
  add_entry(&tests, &ntests, name, nlen, fn);
}

void escgo_testing_AddBenchmark(const uint8_t *name, int64_t nlen, void *fn) {
  add_entry(&benchs, &nbenchs, name, nlen, fn);
}

// -test.benchtime: "100x" or a duration ("1s", "500ms", "1.5s", "2m").
static void parse_benchtime(const char *v) {
  char *end;
  size_t n = strlen(v);
  if (n > 1 && v[n - 1] == 'x') {
    long long x = strtoll(v, &end, 10);
    if (end == v + n - 1 && x > 0) {
      flag.benchtime_n = x;
      return;
    }
  }
  static const struct { const char *unit; double ns; } units[] = {
      {"ns", 1}, {"us", 1e3}, {"µs", 1e3}, {"ms", 1e6}, {"s", 1e9}, {"m", 60e9}, {"h", 3600e9},
  };
  double d = strtod(v, &end);
  for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
    if (end != v && !strcmp(end, units[i].unit)) {
      flag.benchtime_ns = (int64_t)(d * units[i].ns);
      flag.benchtime_n = 0;
      return;
    }
  fprintf(stderr, "invalid value \"%s\" for flag -test.benchtime: invalid duration \"%s\"\n", v, v);
  exit(2);
}

static bool flag_is(const char *a, size_t n, const char *name) {
  return strlen(name) == n && !strncmp(a, name, n);
}

// One flag as Go's flag package reads it: -name, --name, -name=value, and
// for a flag that is not boolean "-name value" (next is the argument after,
// or NULL). Returns how many arguments it used.
static int parse_flag(const char *a, const char *next) {
  if (a[0] == '-' && a[1] == '-')
    a++;
  const char *eq = strchr(a, '=');
  size_t n = eq ? (size_t)(eq - a) : strlen(a);
  const char *v = eq ? eq + 1 : "true";
  if (flag_is(a, n, "-test.v"))
    flag.verbose = strcmp(v, "false") != 0;
  else if (flag_is(a, n, "-test.benchmem"))
    flag.benchmem = strcmp(v, "false") != 0;
  else if (flag_is(a, n, "-test.short"))
    flag.short_mode = strcmp(v, "false") != 0;
  else if (flag_is(a, n, "-test.run") || flag_is(a, n, "-test.bench") || flag_is(a, n, "-test.benchtime") ||
           flag_is(a, n, "-test.count")) {
    int used = 1;
    if (!eq) {
      if (!next) {
        fprintf(stderr, "flag needs an argument: %s\n", a);
        exit(2);
      }
      v = next, used = 2;
    }
    if (flag_is(a, n, "-test.run"))
      flag.run_pat = v;
    else if (flag_is(a, n, "-test.bench"))
      flag.bench_pat = v;
    else if (flag_is(a, n, "-test.benchtime"))
      parse_benchtime(v);
    else
      flag.count = atoll(v);
    return used;
  } else {
    fprintf(stderr, "flag provided but not defined: %s\n", a);
    exit(2);
  }
  return 1;
}

static int gomaxprocs(void) {
  const char *env = getenv("GOMAXPROCS");
  if (env && atoi(env) > 0)
    return atoi(env);
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
    return CPU_COUNT(&set);
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (int)n : 1;
}

// Go's MainStart: the flags, read from os.Args.
static void main_start(const uint8_t *path, int64_t plen) {
  import_path = str_of(path, plen);
  GoString *args = rt_os_args.ptr;
  for (int64_t i = 1; i < rt_os_args.len;) {
    const char *a = str_of(args[i].ptr, args[i].len);
    if (a[0] != '-' || !a[1])
      break;   // (Go's flag package stops at the first argument)
    const char *next = i + 1 < rt_os_args.len ? str_of(args[i + 1].ptr, args[i + 1].len) : NULL;
    i += parse_flag(a, next);
  }
  procs = gomaxprocs();
  matcher_init(&run_match, flag.run_pat, "-test.run");
  matcher_init(&bench_match, flag.bench_pat, "-test.bench");
}

// Go's M.Run: the tests, then (if they passed) the benchmarks; "PASS" or
// "FAIL"; the exit code.
static int m_run(void) {
  TB *root = new_tb(NULL, "", false);
  bool ran = run_tests(root);
  if (!ran && (!flag.bench_pat || !*flag.bench_pat)) {
    static const char warn[] = "testing: warning: no tests to run\n";
    rt_stderr_write(warn, sizeof warn - 1);
    const char *marker = getenv("ESCGO_TEST_NO_TESTS_FILE");   // escgo test's "[no tests to run]"
    int mfd = marker ? open(marker, O_WRONLY | O_CREAT | O_CLOEXEC, 0600) : -1;
    if (mfd >= 0)
      close(mfd);
  }
  bool ok = !root->failed;
  if (ok)
    ok = run_benchmarks();
  out_str(ok ? "PASS\n" : "FAIL\n");
  rt_stdout_flush();
  return ok ? 0 : 1;
}

// The test main without a TestMain: os.Exit(m.Run()).
void escgo_testing_Main(const uint8_t *path, int64_t plen) {
  main_start(path, plen);
  exit(m_run());
}

// testing.M: TestMain's handle on the tests; exit_code is what the
// program exits with when TestMain returns (0 if it never called Run).
typedef struct {
  int64_t exit_code;
} M;

int64_t escgo_testing_M_Run(M *m) {
  m->exit_code = m_run();
  return m->exit_code;
}

// The test main with a TestMain: it runs in place of m.Run, and when it
// returns the program exits with the code of its last m.Run.
void escgo_testing_MainM(const uint8_t *path, int64_t plen, void *test_main) {
  main_start(path, plen);
  M *m = GC_MALLOC(sizeof(M) > 16 ? sizeof(M) : 16);   // the Go side's testing.M is two words
  call_fn(test_main, m);
  rt_stdout_flush();
  exit((int)m->exit_code);
}
