// rt_slice.c — append growth, make and copy against Go 1.19's results.
//
// Expected capacities were printed by a Go program appending one element
// at a time and printing cap() each time it changed (element sizes 1, 8,
// 24, 12 and 3), plus a few multi-element appends.
#include "escgo_rt.h"

#include <gc/gc.h>
#include <stdio.h>
#include <string.h>

static int passed, failed;

static void expect_str(const char *what, const char *got, const char *want) {
  if (!strcmp(got, want)) {
    passed++;
    return;
  }
  failed++;
  printf("FAIL %s\n  got  %s\n  want %s\n", what, got, want);
}

static void expect_int(const char *what, int64_t got, int64_t want) {
  char g[32], w[32];
  snprintf(g, sizeof g, "%lld", (long long)got);
  snprintf(w, sizeof w, "%lld", (long long)want);
  expect_str(what, g, w);
}

// Appends n elements one by one; returns the sequence of capacities seen.
static void caps_after_appends(char *out, size_t outlen, int64_t elem_size, int n) {
  GoSlice s = {NULL, 0, 0};
  int64_t last = -1;
  size_t pos = 0;
  out[0] = 0;
  for (int i = 0; i < n; i++) {
    if (s.len + 1 > s.cap)
      escgo_growslice(&s, s.ptr, s.len, s.cap, s.len + 1, elem_size, 0);
    memset((char *)s.ptr + s.len * elem_size, 1, (size_t)elem_size);
    s.len++;
    if (s.cap != last) {
      last = s.cap;
      pos += (size_t)snprintf(out + pos, outlen - pos, " %lld", (long long)last);
    }
  }
}

static void test_growth(void) {
  static const struct { int64_t size; int n; const char *want; } cases[] = {
      {1, 5000, " 8 16 32 64 128 256 512 896 1408 2048 3072 4096 5376"},
      {8, 5000, " 1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3408 5120"},
      {24, 3000, " 1 2 4 8 16 32 64 128 256 512 853 1365 2048 3072"},
      {12, 3000, " 1 2 4 8 16 32 64 128 256 512 853 1365 2048 3413"},
      {3, 3000, " 2 5 10 21 42 85 170 341 682 1066 1621 2261 3157"},
  };
  char got[512], what[64];
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    caps_after_appends(got, sizeof got, cases[i].size, cases[i].n);
    snprintf(what, sizeof what, "growth of %lld-byte elements", (long long)cases[i].size);
    expect_str(what, got, cases[i].want);
  }
}

static void test_multi_append(void) {
  GoSlice s;
  escgo_growslice(&s, NULL, 0, 0, 5, 8, 0);   // append(nil []int64, 1, 2, 3, 4, 5)
  expect_int("append 5 to nil", s.cap, 6);
  int64_t *p = s.ptr;
  for (int i = 0; i < 5; i++)
    p[i] = i + 1;
  escgo_growslice(&s, s.ptr, 5, s.cap, 25, 8, 0);
  expect_int("append 20 more", s.cap, 26);
  expect_int("old elements kept", ((int64_t *)s.ptr)[4], 5);
  expect_int("header keeps old len", s.len, 5);
  escgo_growslice(&s, NULL, 0, 0, 13, 1, 0);   // append([]byte(nil), "hello, world!"...)
  expect_int("append 13 bytes", s.cap, 16);
  escgo_growslice(&s, escgo_makeslice(700, 700, 8, 0), 700, 700, 1700, 8, 0);
  expect_int("append 1000 to 700", s.cap, 1792);
  escgo_growslice(&s, NULL, 0, 0, 10, 0, 0);
  expect_int("zero-size elements", s.cap, 10);
}

static void test_makeslice_copy(void) {
  int64_t *p = escgo_makeslice(3, 10, 8, 0);
  int zero = 1;
  for (int i = 0; i < 10; i++)
    zero &= p[i] == 0;
  expect_int("makeslice zeroed", zero, 1);
}

int main(void) {
  GC_INIT();
  test_growth();
  test_multi_append();
  test_makeslice_copy();
  printf("rt_slice: %d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
