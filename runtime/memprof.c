// memprof.c — the sampled heap profile runtime.MemProfile reads
// (memprofile.c), kept as gc's mprof.go keeps it.
//
// While runtime.MemProfileRate is above 0, escgo_alloc hands each
// allocation's bytes (as MemStats counts them: its size class, or 16 for
// a fresh tiny block and nothing for a tiny object packed into the current
// one) to rt_memprof_alloc. As gc's mallocgc does, each thread counts down
// a random distance drawn from an exponential distribution whose mean is
// the rate (fastexprand); the allocation that crosses it is sampled: its
// call stack (up to 32 return addresses, found by following the frame
// pointers from escgo_alloc's caller) names a bucket, which counts the
// objects and bytes sampled there. Rate 1 samples every allocation.
//
// Frees are not counted: bdwgc reclaims objects without telling anyone, so
// FreeObjects and FreeBytes stay 0 and in-use figures equal the
// allocation figures. gc publishes counts as of its last completed
// collection; these are current.
#include "rt_internal.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static pthread_mutex_t buckets_lock = PTHREAD_MUTEX_INITIALIZER;
static RtMemBucket *newest;          // every bucket, newest first (gc's mbuckets)
enum { BUCKET_HASH = 1 << 14 };
static RtMemBucket *by_hash[BUCKET_HASH];

static _Thread_local int64_t next_sample;   // bytes before this thread's next sample
static _Thread_local uint64_t rand_state;

static uint64_t next_rand(void) {
  if (!rand_state) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    rand_state = ((uint64_t)ts.tv_nsec << 20) ^ (uint64_t)(uintptr_t)&rand_state ^ 0x9E3779B97F4A7C15ull;
  }
  rand_state ^= rand_state >> 12;   // xorshift64*
  rand_state ^= rand_state << 25;
  rand_state ^= rand_state >> 27;
  return rand_state * 0x2545F4914F6CDD1Dull;
}

// gc's fastexprand: a distance with an exponential distribution of mean
// `mean`, from a 26-bit uniform number.
static int64_t exp_distance(int64_t mean) {
  if (mean > 0x7000000)
    mean = 0x7000000;
  enum { RANDOM_BITS = 26 };
  double q = (double)(next_rand() % (1u << RANDOM_BITS) + 1);
  double qlog = log2(q) - RANDOM_BITS;
  if (qlog > 0)
    qlog = 0;
  return (int64_t)(qlog * (-0.6931471805599453 * (double)mean)) + 1;
}

// The return addresses above the frame fp (escgo_alloc's), outermost last.
static int stack_at(uintptr_t fp, uintptr_t *pcs) {
  uintptr_t lo, hi;
  rt_stack_bounds(&lo, &hi);
  int n = 0;
  while (n < RT_MEMPROF_DEPTH && fp >= lo && fp + 16 <= hi && !(fp & 7)) {
    uintptr_t next = ((uintptr_t *)fp)[0], ret = ((uintptr_t *)fp)[1];
    if (!ret)
      break;
    pcs[n++] = ret;
    if (next <= fp)
      break;
    fp = next;
  }
  return n;
}

static size_t hash_stack(const uintptr_t *pcs, int n) {
  uint64_t h = 14695981039346656037ull;
  for (int i = 0; i < n; i++)
    h = (h ^ pcs[i]) * 1099511628211ull;
  return (size_t)(h ^ (h >> 29)) % BUCKET_HASH;
}

// The bucket of this stack, made on first use (buckets_lock held).
static RtMemBucket *bucket_of(const uintptr_t *pcs, int n) {
  size_t h = hash_stack(pcs, n);
  for (RtMemBucket *b = by_hash[h]; b; b = b->hash_next)
    if (b->nstk == n && !memcmp(b->stk, pcs, sizeof(uintptr_t) * (size_t)n))
      return b;
  RtMemBucket *b = calloc(1, sizeof(RtMemBucket));
  if (!b)
    rt_fatal("runtime: out of memory");
  b->nstk = n;
  memcpy(b->stk, pcs, sizeof(uintptr_t) * (size_t)n);
  b->hash_next = by_hash[h];
  by_hash[h] = b;
  b->next = newest;
  newest = b;
  return b;
}

void rt_memprof_alloc(uint64_t bytes, uintptr_t fp, int64_t rate) {
  if (rate != 1 && (int64_t)bytes < next_sample) {
    next_sample -= (int64_t)bytes;
    return;
  }
  next_sample = rate == 1 ? 0 : exp_distance(rate);
  uintptr_t pcs[RT_MEMPROF_DEPTH];
  int n = stack_at(fp, pcs);
  pthread_mutex_lock(&buckets_lock);
  RtMemBucket *b = bucket_of(pcs, n);
  b->alloc_objects++;
  b->alloc_bytes += bytes;
  pthread_mutex_unlock(&buckets_lock);
}

void rt_memprof_each(void (*fn)(void *ctx, const RtMemBucket *b), void *ctx) {
  pthread_mutex_lock(&buckets_lock);
  for (RtMemBucket *b = newest; b; b = b->next)
    fn(ctx, b);
  pthread_mutex_unlock(&buckets_lock);
}
