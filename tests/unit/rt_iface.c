// rt_iface.c — == on interfaces and on values in memory, by descriptor.
//
// Expected results printed by Go 1.19 for a, b interface{}:
//   NaN == NaN false; 0.0 == -0.0 true; "abc" == "ab"+"c" true;
//   P{"x",1,5,_,{1,2}} == same true; ...E: 5 vs int64(5) false;
//   ...A: {1,2} vs {1,3} false; 1 == "1" false; nil == nil true; 1 == nil false;
//   P{E: []int{1}} == P{E: []int{1}} panics "comparing uncomparable type []int".
// type P struct { S string; F float64; E interface{}; _ int; A [2]int8 }
#include "escgo_rt.h"

#include <gc/gc.h>
#include <math.h>
#include <stdio.h>

static int passed, failed;

static void expect(const char *what, bool got, bool want) {
  if (got == want) {
    passed++;
    return;
  }
  failed++;
  printf("FAIL %s: got %d want %d\n", what, got, want);
}

static const GoType t_int = {.size = 8, .kind = GK_INT, .str = "int"};
static const GoType t_int64 = {.size = 8, .kind = GK_INT64, .str = "int64"};
static const GoType t_int8 = {.size = 1, .kind = GK_INT8, .str = "int8"};
static const GoType t_float64 = {.size = 8, .kind = GK_FLOAT64, .str = "float64"};
static const GoType t_string = {.size = 16, .kind = GK_STRING, .has_ptrs = 1, .str = "string"};
static const GoType t_eface = {.size = 16, .kind = GK_INTERFACE, .has_ptrs = 1, .str = "interface {}"};
static const GoType t_arr = {.size = 2, .kind = GK_ARRAY, .str = "[2]int8", .elem = &t_int8, .len = 2};
static const GoField p_fields[] = {
    {"S", &t_string, 0, 0, 1}, {"F", &t_float64, 16, 0, 1}, {"E", &t_eface, 24, 0, 1},
    {"_", &t_int, 40, 0, 0}, {"A", &t_arr, 48, 0, 1}};
static const GoType t_P = {.size = 56, .kind = GK_STRUCT, .has_ptrs = 1, .named = 1, .nfields = 5,
                           .str = "main.P", .fields = p_fields};

typedef struct {
  GoString s;
  double f;
  GoEface e;
  int64_t blank;
  int8_t a[2];
} P;

int main(void) {
  GC_INIT();
  double nan1 = NAN, nan2 = NAN, zero = 0.0, negzero = -0.0;
  expect("NaN == NaN", escgo_efaceeq(&t_float64, &nan1, &t_float64, &nan2), false);
  expect("0 == -0", escgo_efaceeq(&t_float64, &zero, &t_float64, &negzero), true);
  char abc1[] = "abc", abc2[] = "abc";
  GoString s1 = {(uint8_t *)abc1, 3}, s2 = {(uint8_t *)abc2, 3};
  expect("strings by content", escgo_efaceeq(&t_string, &s1, &t_string, &s2), true);

  int64_t five = 5;
  P x = {{(const uint8_t *)"x", 1}, 1, {&t_int, &five}, 111, {1, 2}};
  P y = {{(const uint8_t *)"x", 1}, 1, {&t_int, &five}, 222, {1, 2}};
  expect("structs equal, blank field ignored", escgo_efaceeq(&t_P, &x, &t_P, &y), true);
  expect("memequal of structs", escgo_memequal(&t_P, &x, &y), true);
  y.e.type = &t_int64;
  expect("interface field: int vs int64", escgo_efaceeq(&t_P, &x, &t_P, &y), false);
  y.e.type = &t_int;
  y.a[1] = 3;
  expect("array field differs", escgo_efaceeq(&t_P, &x, &t_P, &y), false);

  int64_t one = 1;
  GoString one_s = {(const uint8_t *)"1", 1};
  expect("1 == \"1\"", escgo_efaceeq(&t_int, &one, &t_string, &one_s), false);
  expect("nil == nil", escgo_efaceeq(NULL, NULL, NULL, NULL), true);
  expect("1 == nil", escgo_efaceeq(&t_int, &one, NULL, NULL), false);
  printf("rt_iface: %d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
