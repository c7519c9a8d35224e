// rt_panic.c — panics, faults, os.Exit, the print builtins and program start.
//
// This test is itself a "Go program": it defines main.main and gets C
// main() from the runtime's start.c, so the real startup path (collector,
// signal handlers, the big main stack) is what runs. Each scenario runs in
// a forked child whose stdout, stderr and exit status are compared with
// what a Go 1.19 program doing the same thing printed.
#include "rt_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int passed, failed;

typedef struct {
  int status;
  char out[4096], err[4096];
} Result;

static void slurp(FILE *f, char *buf, size_t size) {
  rewind(f);
  size_t n = fread(buf, 1, size - 1, f);
  buf[n] = 0;
  fclose(f);
}

static Result run(void (*fn)(void)) {
  Result r;
  FILE *out = tmpfile(), *err = tmpfile();
  fflush(stdout);
  rt_stdout_flush();
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fileno(out), 1);
    dup2(fileno(err), 2);
    fn();
    escgo_os_Exit(0);
  }
  int st;
  waitpid(pid, &st, 0);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
  slurp(out, r.out, sizeof r.out);
  slurp(err, r.err, sizeof r.err);
  return r;
}

// want_err is a prefix of stderr: addresses and the trace vary.
static void expect(const char *what, void (*fn)(void), int status, const char *want_out,
                   const char *want_err) {
  Result r = run(fn);
  if (r.status == status && !strcmp(r.out, want_out) && !strncmp(r.err, want_err, strlen(want_err))) {
    passed++;
    return;
  }
  failed++;
  printf("FAIL %s\n  status %d (want %d)\n  stdout \"%s\" (want \"%s\")\n  stderr \"%s\"\n  want   \"%s\"\n",
         what, r.status, status, r.out, want_out, r.err, want_err);
}

// ---- scenarios

typedef struct { int64_t a; } T;
static const GoType t_float64 = {.size = 8, .kind = GK_FLOAT64, .str = "float64"};
static const GoType t_float32 = {.size = 4, .kind = GK_FLOAT32, .str = "float32"};
static const GoType t_myint = {.size = 8, .kind = GK_INT, .named = 1, .str = "main.MyInt"};
static const GoType t_mystr = {.size = 16, .kind = GK_STRING, .named = 1, .str = "main.MyStr"};
static const GoType t_string = {.size = 16, .kind = GK_STRING, .str = "string"};
static const GoType t_bool = {.size = 1, .kind = GK_BOOL, .str = "bool"};
static const GoType t_uint8 = {.size = 1, .kind = GK_UINT8, .str = "uint8"};
static const GoType t_complex = {.size = 16, .kind = GK_COMPLEX128, .str = "complex128"};
static const GoField t_fields[] = {{"a", NULL, 0, 0, 0}};
static const GoType t_T = {.size = 8, .kind = GK_STRUCT, .named = 1, .nfields = 1, .str = "main.T", .fields = t_fields};
static const GoType t_pT = {.size = 8, .kind = GK_POINTER, .direct = 1, .str = "*main.T", .elem = &t_T};
static const GoType t_int = {.size = 8, .kind = GK_INT, .str = "int"};
static const GoType t_ints = {.size = 24, .kind = GK_SLICE, .str = "[]int", .elem = &t_int};

static void p_float(void) { static double v = 1.5; escgo_panic_value(&t_float64, &v); }
static void p_float32(void) { static float v = 2.5; escgo_panic_value(&t_float32, &v); }
static void p_myint(void) { static int64_t v = 5; escgo_panic_value(&t_myint, &v); }
static void p_struct(void) { static T v = {1}; escgo_panic_value(&t_T, &v); }
static void p_nil(void) { escgo_panic_value(NULL, NULL); }
static void p_mystr(void) { static GoString v = {(const uint8_t *)"x", 1}; escgo_panic_value(&t_mystr, &v); }
static void p_ptr(void) { static T v; escgo_panic_value(&t_pT, &v); }
static void p_bool(void) { static uint8_t v = 1; escgo_panic_value(&t_bool, &v); }
static void p_uint8(void) { static uint8_t v = 7; escgo_panic_value(&t_uint8, &v); }
static void p_complex(void) { static double v[2] = {1, 2}; escgo_panic_value(&t_complex, v); }
static void p_slice(void) { static GoSlice v; escgo_panic_value(&t_ints, &v); }
static void p_multiline(void) {
  static GoString v = {(const uint8_t *)"multi\nline", 10};
  escgo_panic_value(&t_string, &v);
}

static void p_index(void) { escgo_panic_index(5, 1); }
static void p_index_neg(void) { escgo_panic_index(-1, 3); }
static void p_acap(void) { escgo_panic_slice_acap(7, 5); }
static void p_acap_neg(void) { escgo_panic_slice_acap(-1, 5); }
static void p_alen(void) { escgo_panic_slice_alen(7, 5); }
static void p_b(void) { escgo_panic_slice_b(3, 2); }
static void p_b_neg(void) { escgo_panic_slice_b(-1, 2); }
static void p_3c(void) { escgo_panic_slice3_c(7, 5); }
static void p_3b(void) { escgo_panic_slice3_b(5, 4); }
static void p_3b_neg(void) { escgo_panic_slice3_b(-1, 4); }
static void p_3a(void) { escgo_panic_slice3_a(3, 2); }
static void p_3a_neg(void) { escgo_panic_slice3_a(-1, 2); }
static void p_divide(void) { escgo_panic_divide(); }
static void p_shift(void) { escgo_panic_shift(); }
static void p_makelen(void) { escgo_makeslice(-1, -1, 8, 0); }
static void p_makecap(void) { escgo_makeslice(1, 0, 8, 0); }
static void p_makehuge(void) { escgo_makeslice(99999999999999999, 99999999999999999, 8, 0); }
static void p_uncomparable(void) {
  static GoSlice a, b;
  escgo_efaceeq(&t_ints, &a, &t_ints, &b);
}

// volatile both ways, or the compiler folds the faults away.
static void fault_nil(void) {
  volatile int *volatile p = NULL;
  *p = 1;
}
static void fault_divide(void) {
  volatile int64_t zero = 0, seven = 7;
  volatile int64_t x = seven / zero;
  (void)x;
}

// Buffered stdout reaches the file before the panic text and on os.Exit.
static void out_then_panic(void) {
  rt_stdout_write("out\n", 4);
  escgo_panic_divide();
}
static void out_then_exit(void) {
  rt_stdout_write("bye", 3);
  escgo_os_Exit(3);
}

// Go: println(1.5, -2.0, 0.0, +Inf, -Inf, NaN, 1e100, 123456789.0, 1e-7, float32(0.1)) etc.
static void print_builtins(void) {
  static const double f[] = {1.5, -2.0, 0.0, 1.0 / 0.0, -1.0 / 0.0, 0.0 / 0.0, 1e100, 123456789.0, 1e-7, 0.1f};
  escgo_print_lock();
  for (int i = 0; i < 10; i++) {
    if (i > 0)
      escgo_print_space();
    escgo_print_float(f[i]);
  }
  escgo_print_nl();
  escgo_print_unlock();
  escgo_print_lock();
  escgo_print_bool(true), escgo_print_space(), escgo_print_bool(false), escgo_print_space();
  escgo_print_int(-5), escgo_print_space(), escgo_print_uint(18446744073709551615ull), escgo_print_space();
  escgo_print_string((const uint8_t *)"str", 3), escgo_print_space(), escgo_print_int('a');
  escgo_print_nl();
  escgo_print_unlock();
  escgo_print_lock();
  escgo_print_slice(NULL, 0, 0), escgo_print_space(), escgo_print_eface(NULL, NULL), escgo_print_nl();
  escgo_print_unlock();
  escgo_print_lock();
  escgo_print_complex(1.5, -2), escgo_print_nl();
  escgo_print_unlock();
  escgo_print_lock();   // print(1, 2, "a", "b", 3, "\n")
  escgo_print_int(1), escgo_print_int(2), escgo_print_string((const uint8_t *)"ab", 2);
  escgo_print_int(3), escgo_print_string((const uint8_t *)"\n", 1);
  escgo_print_unlock();
  escgo_print_lock();
  escgo_print_pointer(NULL), escgo_print_nl();
  escgo_print_unlock();
  escgo_print_float(-0.0), escgo_print_space(), escgo_print_float(5e-324), escgo_print_space();
  escgo_print_float(1.7976931348623157e308), escgo_print_nl();
}

// 64 MiB of frames: fine under gc's 1 GB goroutine stacks, fatal at 8 MiB.
static int deep(int n) {
  volatile char frame[4096];
  frame[0] = 0;
  if (n == 0)
    return 0;
  return deep(n - 1) + frame[0];   // not a tail call: the frames stay
}
static void deep_recursion(void) {
  int r = deep(16 * 1024);
  rt_stdout_write(r == 0 ? "deep\n" : "odd\n", r == 0 ? 5 : 4);
}

static void test_all(void) {
  expect("panic(1.5)", p_float, 2, "", "panic: +1.500000e+000\n\ngoroutine 1 [running]:\nmain.main()\n");
  expect("panic(float32(2.5))", p_float32, 2, "", "panic: +2.500000e+000\n\n");
  expect("panic(MyInt(5))", p_myint, 2, "", "panic: main.MyInt(5)\n\n");
  expect("panic(T{1})", p_struct, 2, "", "panic: (main.T) 0x");
  expect("panic(nil)", p_nil, 2, "", "panic: nil\n\n");
  expect("panic(MyStr(\"x\"))", p_mystr, 2, "", "panic: main.MyStr(\"x\")\n\n");
  expect("panic(&T{1})", p_ptr, 2, "", "panic: (*main.T) 0x");
  expect("panic(true)", p_bool, 2, "", "panic: true\n\n");
  expect("panic(uint8(7))", p_uint8, 2, "", "panic: 7\n\n");
  expect("panic(complex(1, 2))", p_complex, 2, "", "panic: (+1.000000e+000+2.000000e+000i)\n\n");
  expect("panic([]int{1})", p_slice, 2, "", "panic: ([]int) 0x");
  expect("panic(multi-line)", p_multiline, 2, "", "panic: multi\nline\n\n");
  expect("index", p_index, 2, "", "panic: runtime error: index out of range [5] with length 1\n\n");
  expect("index -1", p_index_neg, 2, "", "panic: runtime error: index out of range [-1]\n\n");
  expect("s[:7]", p_acap, 2, "", "panic: runtime error: slice bounds out of range [:7] with capacity 5\n\n");
  expect("s[:-1]", p_acap_neg, 2, "", "panic: runtime error: slice bounds out of range [:-1]\n\n");
  expect("str[:7]", p_alen, 2, "", "panic: runtime error: slice bounds out of range [:7] with length 5\n\n");
  expect("s[3:2]", p_b, 2, "", "panic: runtime error: slice bounds out of range [3:2]\n\n");
  expect("s[-1:2]", p_b_neg, 2, "", "panic: runtime error: slice bounds out of range [-1:]\n\n");
  expect("s[:0:7]", p_3c, 2, "", "panic: runtime error: slice bounds out of range [::7] with capacity 5\n\n");
  expect("s[:5:4]", p_3b, 2, "", "panic: runtime error: slice bounds out of range [:5:4]\n\n");
  expect("s[:-1:4]", p_3b_neg, 2, "", "panic: runtime error: slice bounds out of range [:-1:]\n\n");
  expect("s[3:2:5]", p_3a, 2, "", "panic: runtime error: slice bounds out of range [3:2:]\n\n");
  expect("s[-1:2:5]", p_3a_neg, 2, "", "panic: runtime error: slice bounds out of range [-1::]\n\n");
  expect("divide", p_divide, 2, "", "panic: runtime error: integer divide by zero\n\n");
  expect("shift", p_shift, 2, "", "panic: runtime error: negative shift amount\n\n");
  expect("make len -1", p_makelen, 2, "", "panic: runtime error: makeslice: len out of range\n\n");
  expect("make cap < len", p_makecap, 2, "", "panic: runtime error: makeslice: cap out of range\n\n");
  expect("make huge", p_makehuge, 2, "", "panic: runtime error: makeslice: len out of range\n\n");
  expect("uncomparable", p_uncomparable, 2, "", "panic: runtime error: comparing uncomparable type []int\n\n");
  expect("nil dereference", fault_nil, 2, "",
         "panic: runtime error: invalid memory address or nil pointer dereference\n"
         "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x");
  expect("hardware divide", fault_divide, 2, "", "panic: runtime error: integer divide by zero\n\n");
  expect("stdout flushed before panic", out_then_panic, 2, "out\n", "panic: runtime error: integer divide by zero\n");
  expect("os.Exit flushes", out_then_exit, 3, "bye", "");
  expect("print builtins", print_builtins, 0, "",
         "+1.500000e+000 -2.000000e+000 +0.000000e+000 +Inf -Inf NaN +1.000000e+100 +1.234568e+008 "
         "+1.000000e-007 +1.000000e-001\n"
         "true false -5 18446744073709551615 str 97\n"
         "[0/0]0x0 (0x0,0x0)\n"
         "(+1.500000e+000-2.000000e+000i)\n"
         "12ab3\n"
         "0x0\n"
         "-0.000000e+000 +4.940656e-324 +1.797693e+308\n");
  expect("deep recursion", deep_recursion, 0, "deep\n", "");
}

void escgo_main_init(void) {}

void escgo_main_main(void) {
  test_all();
  printf("rt_panic: %d passed, %d failed\n", passed, failed);
  fflush(stdout);
  escgo_os_Exit(failed ? 1 : 0);
}
