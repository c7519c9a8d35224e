// rand.c — math/rand's top-level functions on one global source: Go 1.19's
// additive lagged Fibonacci generator (rngSource: 607 words, tap 273,
// seeded through seedrand and the rngCooked table in randtab.c), seeded
// with 1 by default. The derived functions are Go's algorithms step for
// step, so a program prints the same "random" numbers as under gc.
#include "rt_std.h"

#include <pthread.h>

enum { RNG_LEN = 607, RNG_TAP = 273 };
#define INT32MAX ((1ll << 31) - 1)

extern const int64_t rt_rng_cooked[RNG_LEN];

static struct {
  int tap, feed;
  int64_t vec[RNG_LEN];
  bool seeded;
} rng;
static pthread_mutex_t rand_lock = PTHREAD_MUTEX_INITIALIZER;

static int32_t seedrand(int32_t x) {
  const int32_t A = 48271, Q = 44488, R = 3399;
  int32_t hi = x / Q, lo = x % Q;
  x = A * lo - R * hi;
  if (x < 0)
    x += (int32_t)INT32MAX;
  return x;
}

static void seed_locked(int64_t seed) {
  rng.tap = 0;
  rng.feed = RNG_LEN - RNG_TAP;
  seed = seed % INT32MAX;
  if (seed < 0)
    seed += INT32MAX;
  if (seed == 0)
    seed = 89482311;
  int32_t x = (int32_t)seed;
  for (int i = -20; i < RNG_LEN; i++) {
    x = seedrand(x);
    if (i >= 0) {
      int64_t u = (int64_t)x << 40;
      x = seedrand(x);
      u ^= (int64_t)x << 20;
      x = seedrand(x);
      u ^= (int64_t)x;
      u ^= rt_rng_cooked[i];
      rng.vec[i] = u;
    }
  }
  rng.seeded = true;
}

static uint64_t uint64_next(void) {
  pthread_mutex_lock(&rand_lock);
  if (!rng.seeded)
    seed_locked(1);
  if (--rng.tap < 0)
    rng.tap += RNG_LEN;
  if (--rng.feed < 0)
    rng.feed += RNG_LEN;
  uint64_t x = (uint64_t)rng.vec[rng.feed] + (uint64_t)rng.vec[rng.tap];
  rng.vec[rng.feed] = (int64_t)x;
  pthread_mutex_unlock(&rand_lock);
  return x;
}

static int64_t int63(void) { return (int64_t)(uint64_next() & ~(1ull << 63)); }
static int32_t int31(void) { return (int32_t)(int63() >> 32); }
static uint32_t uint32_next(void) { return (uint32_t)(int63() >> 31); }

void escgo_rand_Seed(int64_t seed) {
  pthread_mutex_lock(&rand_lock);
  seed_locked(seed);
  pthread_mutex_unlock(&rand_lock);
}

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

// Lemire's multiply-shift, what Shuffle uses (Go's unexported int31n).
static int32_t int31n_fast(int32_t n) {
  uint64_t prod = (uint64_t)uint32_next() * (uint64_t)n;
  uint32_t low = (uint32_t)prod;
  if (low < (uint32_t)n) {
    uint32_t thresh = (uint32_t)(-n) % (uint32_t)n;
    while (low < thresh) {
      prod = (uint64_t)uint32_next() * (uint64_t)n;
      low = (uint32_t)prod;
    }
  }
  return (int32_t)(prod >> 32);
}

int64_t escgo_rand_Int(void) { return (int64_t)((uint64_t)int63() << 1 >> 1); }
int64_t escgo_rand_Int63(void) { return int63(); }
int32_t escgo_rand_Int31(void) { return int31(); }
uint32_t escgo_rand_Uint32(void) { return uint32_next(); }
uint64_t escgo_rand_Uint64(void) { return uint64_next(); }

int64_t escgo_rand_Intn(int64_t n) {
  if (n <= 0)
    rt_panic_string("invalid argument to Intn", 24);
  if (n <= INT32MAX)
    return int31n((int32_t)n);
  return int63n(n);
}

int64_t escgo_rand_Int63n(int64_t n) {
  if (n <= 0)
    rt_panic_string("invalid argument to Int63n", 26);
  return int63n(n);
}

int32_t escgo_rand_Int31n(int32_t n) {
  if (n <= 0)
    rt_panic_string("invalid argument to Int31n", 26);
  return int31n(n);
}

double escgo_rand_Float64(void) {
  for (;;) {
    double f = (double)int63() / 9223372036854775808.0;
    if (f != 1)   // rounding can reach 1.0; Float64 is in [0, 1)
      return f;
  }
}

void escgo_rand_Perm(GoSlice *out, int64_t n) {
  if (n < 0)
    escgo_panic_makeslice_len();
  int64_t *m = escgo_alloc(n * 8, 0);
  for (int64_t i = 0; i < n; i++) {
    int64_t j = escgo_rand_Intn(i + 1);
    m[i] = m[j];
    m[j] = i;
  }
  *out = (GoSlice){m, n, n};
}

void escgo_rand_Shuffle(int64_t n, void *swap) {
  if (n < 0)
    rt_panic_string("invalid argument to Shuffle", 27);
  void (*fn)(void *, int64_t, int64_t) = rt_fn_code(swap);
  int64_t i = n - 1;
  for (; i > INT32MAX - 1; i--)
    fn(swap, i, int63n(i + 1));
  for (; i > 0; i--)
    fn(swap, i, int31n_fast((int32_t)(i + 1)));
}
