// rand.c — math/rand's top-level functions on one global source.
//
// The source is splitmix64, not Go's additive lagged Fibonacci generator:
// reproducing Go's exact sequence would need its 607-value seed table. So
// programs get a fixed sequence for a given seed (seed 1 by default, as in
// Go 1.19), but not the same numbers as under gc. The derived functions
// (Intn, Float64) use Go's algorithms on top of Int63.
#include "rt_internal.h"

#include <pthread.h>

static uint64_t state = 1;
static pthread_mutex_t rand_lock = PTHREAD_MUTEX_INITIALIZER;

static int64_t int63(void) {
  pthread_mutex_lock(&rand_lock);
  uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  pthread_mutex_unlock(&rand_lock);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  z ^= z >> 31;
  return (int64_t)(z >> 1);
}

static int32_t int31(void) {
  return (int32_t)(int63() >> 32);
}

void escgo_rand_Seed(int64_t seed) {
  pthread_mutex_lock(&rand_lock);
  state = (uint64_t)seed;
  pthread_mutex_unlock(&rand_lock);
}

int64_t escgo_rand_Int(void) {
  return int63();
}

// Uniform in [0, n): values from the top partial range are drawn again so
// every result is equally likely.
static int32_t int31n(int32_t n) {
  if ((n & (n - 1)) == 0)
    return int31() & (n - 1);
  int32_t max = (int32_t)((1u << 31) - 1 - (1u << 31) % (uint32_t)n);
  int32_t v = int31();
  while (v > max)
    v = int31();
  return v % n;
}

static int64_t int63n(int64_t n) {
  if ((n & (n - 1)) == 0)
    return int63() & (n - 1);
  int64_t max = (int64_t)((1ull << 63) - 1 - (1ull << 63) % (uint64_t)n);
  int64_t v = int63();
  while (v > max)
    v = int63();
  return v % n;
}

int64_t escgo_rand_Intn(int64_t n) {
  if (n <= 0)
    rt_panic_msg("invalid argument to Intn", 24);
  if (n <= INT32_MAX)
    return int31n((int32_t)n);
  return int63n(n);
}

double escgo_rand_Float64(void) {
  for (;;) {
    double f = (double)int63() / 9223372036854775808.0;
    if (f != 1)   // rounding can reach 1.0; Float64 is in [0, 1)
      return f;
  }
}
