// rt_alloc.c — escgo_alloc's counters against runtime.MemStats in Go 1.19.
//
// Go program: runtime.ReadMemStats before and after a loop of
// `sink = new(T)`, printing the Mallocs and TotalAlloc differences:
//   int64 x1000 -> 1000 8000      int32 x1000 -> 1000 4000
//   byte  x1000 -> 1000 1008      [3]int64 x1000 -> 1000 24000
//   [5]int64 x1000 -> 1000 48000  [2]*int x1000 -> 1000 16000
//   struct{} x1000 -> 0 0         [5000]byte x10 -> 10 53760
//   [40000]byte x10 -> 10 409600
#include "escgo_rt.h"

#include <gc/gc.h>
#include <stdio.h>
#include <string.h>

static int passed, failed;

static void measure(const char *what, int64_t size, int32_t has_ptrs, int n, uint64_t want_mallocs,
                    uint64_t want_bytes) {
  uint64_t m0 = escgo_mallocs(), b0 = escgo_total_alloc();
  for (int i = 0; i < n; i++) {
    unsigned char *p = escgo_alloc(size, has_ptrs);
    for (int64_t j = 0; j < size; j++) {
      if (p[j] != 0) {
        printf("FAIL %s: memory not zeroed\n", what);
        failed++;
        return;
      }
    }
    memset(p, 0xAB, (size_t)size);   // dirty it, so reuse without clearing shows
  }
  uint64_t dm = escgo_mallocs() - m0, db = escgo_total_alloc() - b0;
  if (dm == want_mallocs && db == want_bytes) {
    passed++;
    return;
  }
  failed++;
  printf("FAIL %s: got %llu %llu, want %llu %llu\n", what, (unsigned long long)dm,
         (unsigned long long)db, (unsigned long long)want_mallocs, (unsigned long long)want_bytes);
}

static void *worker(void *arg) {
  for (int i = 0; i < 1000; i++)
    escgo_alloc(24, 1);
  return NULL;
}

// Counts made on other threads, before and after they exit, are summed.
static void test_threads(void) {
  uint64_t m0 = escgo_mallocs(), b0 = escgo_total_alloc();
  pthread_t th[4];
  for (int i = 0; i < 4; i++)
    pthread_create(&th[i], NULL, worker, NULL);
  for (int i = 0; i < 4; i++)
    pthread_join(th[i], NULL);
  uint64_t dm = escgo_mallocs() - m0, db = escgo_total_alloc() - b0;
  if (dm == 4000 && db == 4000 * 24) {
    passed++;
  } else {
    failed++;
    printf("FAIL threads: got %llu %llu\n", (unsigned long long)dm, (unsigned long long)db);
  }
}

int main(void) {
  GC_INIT();
  measure("int64 x1000", 8, 0, 1000, 1000, 8000);
  measure("int32 x1000", 4, 0, 1000, 1000, 4000);
  measure("byte x1000", 1, 0, 1000, 1000, 1008);
  measure("[3]int64 x1000", 24, 0, 1000, 1000, 24000);
  measure("[5]int64 x1000", 40, 0, 1000, 1000, 48000);
  measure("[2]*int x1000", 16, 1, 1000, 1000, 16000);
  measure("struct{} x1000", 0, 0, 1000, 0, 0);
  measure("[5000]byte x10", 5000, 0, 10, 10, 53760);
  measure("[40000]byte x10", 40000, 0, 10, 10, 409600);
  if (escgo_alloc(0, 0) == escgo_alloc(0, 1)) {
    passed++;
  } else {
    failed++;
    printf("FAIL zero-size objects share one address\n");
  }
  test_threads();
  printf("rt_alloc: %d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
