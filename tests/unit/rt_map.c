// rt_map.c — runtime/map.c through its C API: insert, lookup, update,
// delete, growth, +0/-0 and NaN float keys, string and interface keys,
// iteration (every live entry once; deletions during a loop respected; a
// randomised start), and a nil map read.
#include "escgo_rt.h"

#include <gc/gc.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

static int passed, failed;

static void expect(const char *what, int64_t got, int64_t want) {
  if (got == want) {
    passed++;
    return;
  }
  failed++;
  printf("FAIL %s: got %lld want %lld\n", what, (long long)got, (long long)want);
}

static const GoType t_int = {.size = 8, .kind = GK_INT, .str = "int"};
static const GoType t_float64 = {.size = 8, .kind = GK_FLOAT64, .str = "float64"};
static const GoType t_string = {.size = 16, .kind = GK_STRING, .has_ptrs = 1, .str = "string"};
static const GoType t_eface = {.size = 16, .kind = GK_INTERFACE, .has_ptrs = 1, .str = "interface {}"};
static const GoType m_int_int = {.size = 8, .kind = GK_MAP, .direct = 1, .has_ptrs = 1,
                                 .str = "map[int]int", .elem = &t_int, .key = &t_int};
static const GoType m_f64_int = {.size = 8, .kind = GK_MAP, .direct = 1, .has_ptrs = 1,
                                 .str = "map[float64]int", .elem = &t_int, .key = &t_float64};
static const GoType m_str_int = {.size = 8, .kind = GK_MAP, .direct = 1, .has_ptrs = 1,
                                 .str = "map[string]int", .elem = &t_int, .key = &t_string};
static const GoType m_any_int = {.size = 8, .kind = GK_MAP, .direct = 1, .has_ptrs = 1,
                                 .str = "map[interface {}]int", .elem = &t_int, .key = &t_eface};

static void put(const GoType *mt, GoMap *m, const void *k, int64_t v) {
  *(int64_t *)escgo_mapassign(mt, m, k) = v;
}

static int64_t get(const GoType *mt, GoMap *m, const void *k, bool *ok) {
  int64_t v = -1;
  bool found = escgo_mapaccess(mt, m, k, &v);
  if (ok)
    *ok = found;
  return v;
}

static void test_ints(void) {
  GoMap *m = escgo_makemap(&m_int_int, 0, NULL, NULL);
  for (int64_t i = 0; i < 1000; i++)
    put(&m_int_int, m, &i, i * 2);
  expect("len after 1000 inserts", escgo_maplen(m), 1000);
  int64_t k = 777;
  expect("lookup 777", get(&m_int_int, m, &k, NULL), 1554);
  put(&m_int_int, m, &k, 1);
  expect("update keeps len", escgo_maplen(m), 1000);
  expect("updated value", get(&m_int_int, m, &k, NULL), 1);
  for (int64_t i = 0; i < 1000; i += 2)
    escgo_mapdelete(&m_int_int, m, &i);
  bool ok;
  k = 10;
  expect("deleted value reads zero", get(&m_int_int, m, &k, &ok), 0);
  expect("deleted key not found", ok, 0);
  expect("len after deletes", escgo_maplen(m), 500);
  k = 5000;
  expect("missing key", get(&m_int_int, m, &k, &ok) + ok, 0);
}

// A map started on a caller's bucket (codegen's stack bucket for a map that
// does not escape): the first 8 entries live there, the ninth grows the map
// onto the heap, and a loop started on the stack bucket sees every key once
// while the map grows under it.
static void test_stack_bucket(void) {
  uint64_t hdr[ESCGO_MAP_HDR_SIZE / 8];
  uint64_t bucket[escgo_map_bucket_size(8, 8) / 8];
  memset(bucket, 0, sizeof bucket);
  GoMap *m = escgo_makemap(&m_int_int, 0, (GoMap *)hdr, bucket);
  for (int64_t i = 0; i < 8; i++)
    put(&m_int_int, m, &i, i + 100);
  int used = 0;
  for (int i = 0; i < ESCGO_MAP_BUCKET_CNT; i++)
    used += ((uint8_t *)bucket)[i] != 0;
  expect("8 entries in the caller's bucket", used, 8);
  int seen[8] = {0};
  int64_t others = 0;
  GoMapIter it;
  escgo_mapiterinit(&m_int_int, m, &it);
  for (int64_t i = 8; escgo_mapiternext(&it); i++) {
    int64_t k = *(int64_t *)it.key;
    if (k < 8)
      seen[k]++;
    else
      others++;
    for (int64_t j = i * 10; j < i * 10 + 10; j++)   // grows while the loop runs
      put(&m_int_int, m, &j, j + 100);
  }
  int once = 0;
  for (int i = 0; i < 8; i++)
    once += seen[i] == 1;
  expect("each first key seen once while growing", once, 8);
  expect("new keys are not all seen", others < escgo_maplen(m) - 8, 1);
  int64_t k = 3;
  put(&m_int_int, m, &k, 7);
  expect("value moved from the stack bucket", get(&m_int_int, m, &k, NULL), 7);
  k = 5;
  expect("value after the move", get(&m_int_int, m, &k, NULL), 105);
}

static void test_floats(void) {
  GoMap *m = escgo_makemap(&m_f64_int, 0, NULL, NULL);
  double pz = 0.0, nz = -0.0, nan = NAN;
  put(&m_f64_int, m, &pz, 1);
  put(&m_f64_int, m, &nz, 2);
  expect("+0 and -0 are one key", escgo_maplen(m), 1);
  put(&m_f64_int, m, &nan, 3);
  put(&m_f64_int, m, &nan, 4);
  expect("each NaN is a new key", escgo_maplen(m), 3);
  bool ok;
  get(&m_f64_int, m, &nan, &ok);
  expect("NaN never found", ok, 0);
}

static void test_strings_and_ifaces(void) {
  GoMap *m = escgo_makemap(&m_str_int, 20, NULL, NULL);
  char a1[] = "hello", a2[] = "hello";
  GoString s1 = {(uint8_t *)a1, 5}, s2 = {(uint8_t *)a2, 5};
  put(&m_str_int, m, &s1, 7);
  expect("string keys by content", get(&m_str_int, m, &s2, NULL), 7);
  GoMap *im = escgo_makemap(&m_any_int, 0, NULL, NULL);
  int64_t one = 1;
  GoEface k1 = {&t_int, &one}, k2 = {&t_string, &s1}, knil = {NULL, NULL};
  put(&m_any_int, im, &k1, 1);
  put(&m_any_int, im, &k2, 2);
  put(&m_any_int, im, &knil, 3);
  int64_t one2 = 1;
  GoEface k1b = {&t_int, &one2};
  expect("interface key by dynamic value", get(&m_any_int, im, &k1b, NULL), 1);
  expect("nil interface key", get(&m_any_int, im, &knil, NULL), 3);
  expect("interface map len", escgo_maplen(im), 3);
}

static int64_t count_iter(GoMap *m, bool delete_others) {
  GoMapIter it;
  int64_t n = 0;
  escgo_mapiterinit(&m_int_int, m, &it);
  while (escgo_mapiternext(&it)) {
    n++;
    if (delete_others) {
      int64_t k = *(int64_t *)it.key ^ 1;
      escgo_mapdelete(&m_int_int, m, &k);
    }
  }
  return n;
}

static void test_iteration(void) {
  GoMap *m = escgo_makemap(&m_int_int, 0, NULL, NULL);
  int64_t sum = 0;
  for (int64_t i = 0; i < 100; i++)
    put(&m_int_int, m, &i, i);
  GoMapIter it;
  escgo_mapiterinit(&m_int_int, m, &it);
  while (escgo_mapiternext(&it))
    sum += *(int64_t *)it.val;
  expect("iteration visits each entry once", sum, 4950);
  expect("deleting partners during a loop", count_iter(m, true), 50);
  expect("half left", escgo_maplen(m), 50);
  int64_t first = -1;
  bool differs = false;
  for (int r = 0; r < 50; r++) {
    escgo_mapiterinit(&m_int_int, m, &it);
    escgo_mapiternext(&it);
    int64_t k = *(int64_t *)it.key;
    differs |= first >= 0 && k != first;
    first = k;
  }
  expect("randomised start", differs, 1);
  expect("nil map iterates nothing", count_iter(NULL, false), 0);
  bool ok;
  int64_t k = 1;
  expect("nil map reads zero", get(&m_int_int, NULL, &k, &ok) + ok, 0);
}

int main(void) {
  GC_INIT();
  test_ints();
  test_stack_bucket();
  test_floats();
  test_strings_and_ifaces();
  test_iteration();
  printf("rt_map: %d passed, %d failed\n", passed, failed);
  return failed != 0;
}
