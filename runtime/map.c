// map.c — Go maps: a hash table for any comparable key, described by GoType.
//
// Why gc's design. Programs compare escgo with gc by allocs/op and B/op, and
// runtime.MemStats sees every map allocation, so maps allocate what gc 1.19
// allocates, object for object and byte for byte. That fixes the layout:
//
//  - The header (GoMap) is gc's 48-byte hmap: count, flags, B (2^B
//    buckets), an approximate overflow-bucket count, the hash seed, the
//    bucket array, the array being evacuated during a grow, the evacuation
//    progress, and `extra` (allocated only when needed, see below).
//  - A bucket holds 8 entries: 8 "tophash" bytes (the hash's top byte, or a
//    state below TOP_MIN), then 8 keys, then 8 values, then the overflow
//    pointer. Keys and values over 128 bytes are stored as pointers to their
//    own objects, so a bucket stays small. With 8-byte-aligned types this is
//    exactly gc's struct size: 8 + 8*key + 8*value + 8 (escgo_rt.h).
//  - Growth keeps gc's arithmetic: more than 6.5 entries per bucket on
//    average doubles the array; as many overflow buckets as buckets (capped
//    at 2^15) re-packs into an array of the same size. Evacuation is
//    incremental: each assign or delete moves the old bucket it needs plus
//    one more, so no single operation pays for the whole table.
//  - Arrays of 16 buckets or more get 1/16 extra buckets at their end (then
//    rounded up to the malloc size class, as the allocation takes that much
//    anyway): the first overflow buckets cost no allocation.
//  - A bucket without pointers is allocated atomic (the collector does not
//    scan it), so its overflow pointer would not keep the overflow bucket
//    alive. Such maps record every overflow bucket in a slice hung off
//    `extra`; an iterator holds that slice too, so that buckets it still
//    walks survive a grow. gc creates `extra` in the same three places
//    (first overflow bucket, preallocated overflow buckets, a range loop
//    over a map of such buckets), and so do we: it is part of B/op.
//
// Iteration starts at a random bucket and a random slot within each bucket.
// It walks the array that was current when it started; when a doubling
// started meanwhile it reads the not-yet-evacuated old bucket instead,
// keeping only the entries bound for the bucket it is on, and for an entry
// already moved it looks the key up again (deleted: skipped; updated: the
// new value). NaN keys cannot be looked up; they are returned as they are.
//
// Memory: a map that does not escape gets its header on the stack, and its
// first bucket too when its hint is at most 8 (codegen passes both, zeroed),
// as gc does; it allocates nothing until it grows.
//
// Speed: gc has key-specialised copies of access, assign and delete
// (mapaccess1_fast64, mapassign_faststr, ...). Here each is one body,
// inlined once per key class (8-byte and 4-byte keys compared bit by bit,
// strings, anything else) so that hashing and comparing fold to a few
// instructions; the hash is the same function either way. The compiler
// adds gc's walk rewrites: `for k := range m { delete(m, k) }` is one
// escgo_mapclear (codegen/rangeclear.c), `m[k] op= y` one assign
// (codegen/map.c).
#include "rt_internal.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

// ---------------------------------------------------------------- randomness

static uint64_t rand_seed;
static _Thread_local uint64_t rand_state;

// A fast random number (seeds, iteration starts, NaN hashes, select's
// order): a splitmix64 stream per thread, each started from a shared
// counter mixed with the clock. (One shared atomic counter was an eighth
// of a small map's time.)
uint64_t rt_fastrand(void) {
  if (rand_state == 0) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t n = __atomic_add_fetch(&rand_seed, 1, __ATOMIC_RELAXED);
    rand_state = ((uint64_t)ts.tv_nsec * 0x2545F4914F6CDD1Dull ^ (uint64_t)ts.tv_sec) + (n << 32) + 1;
  }
  uint64_t s = rand_state += 0x9E3779B97F4A7C15ull;
  s = (s ^ (s >> 30)) * 0xBF58476D1CE4E5B9ull;
  s = (s ^ (s >> 27)) * 0x94D049BB133111EBull;
  return s ^ (s >> 31);
}

// ---------------------------------------------------------------- hashing

// Every output bit depends on every input bit (two multiply rounds): a
// map picks its bucket from the low bits and its tophash from the top
// byte, and consecutive integer keys must spread over the buckets as
// randomly as under gc's hash, or overflow buckets (allocations) differ.
static uint64_t mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ull;
  return h ^ (h >> 33);
}

static inline uint64_t hash_bytes(const uint8_t *p, int64_t n, uint64_t h) {
  h = mix(h, (uint64_t)n);
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    memcpy(&w, p, 8);
    h = mix(h, w);
  }
  uint64_t tail = 0;
  memcpy(&tail, p, (size_t)n);
  return mix(h, tail);
}

// Can values of dynamic type t be hashed (== on them would not panic)?
static bool hashable(const GoType *t) {
  if (t->kind == GK_SLICE || t->kind == GK_MAP || t->kind == GK_FUNC)
    return false;
  if (t->kind == GK_ARRAY)
    return hashable(t->elem);
  for (int i = 0; t->kind == GK_STRUCT && i < t->nfields; i++)
    if (!hashable(t->fields[i].type))
      return false;
  return true;
}

static _Noreturn void unhashable(const GoType *t) {
  RtBuf b;
  rtbuf_init(&b);
  rtbuf_puts(&b, "hash of unhashable type ");
  rtbuf_puts(&b, t->str);
  rtbuf_putc(&b, '\0');
  rt_panic_runtime(b.data, NULL);
}

static uint64_t hash_float(double d, uint64_t h) {
  if (d != d)
    return mix(h, rt_fastrand());   // NaN: every NaN key is a new key
  if (d == 0)
    d = 0;                          // +0 and -0 hash alike
  uint64_t bits;
  memcpy(&bits, &d, 8);
  return mix(h, bits);
}

// Keys that escgo_memequal compares bit by bit.
static bool bitwise_key(const GoType *t) {
  switch (t->kind) {
  case GK_BOOL: case GK_INT: case GK_INT8: case GK_INT16: case GK_INT32: case GK_INT64:
  case GK_UINT: case GK_UINT8: case GK_UINT16: case GK_UINT32: case GK_UINT64: case GK_UINTPTR:
  case GK_POINTER: case GK_CHAN: case GK_UNSAFEPOINTER:
    return true;
  default:
    return false;
  }
}

// A hash consistent with escgo_memequal: equal values hash alike.
uint64_t rt_hash_value(const GoType *t, const void *v, uint64_t h) {
  if (t->size == 8 && bitwise_key(t))   // ints and pointers (gc's memhash64): one mix
    return mix(h, *(const uint64_t *)v);
  switch (t->kind) {
  case GK_FLOAT32:
    return hash_float(*(const float *)v, h);
  case GK_FLOAT64:
    return hash_float(*(const double *)v, h);
  case GK_COMPLEX64:
    return hash_float(((const float *)v)[1], hash_float(((const float *)v)[0], h));
  case GK_COMPLEX128:
    return hash_float(((const double *)v)[1], hash_float(((const double *)v)[0], h));
  case GK_STRING: {
    const GoString *s = v;
    return hash_bytes(s->ptr, s->len, h);
  }
  case GK_INTERFACE: {
    const GoEface *e = v;
    if (!e->type)
      return mix(h, 0);
    if (!hashable(e->type))
      unhashable(e->type);
    const void *data = e->type->direct ? (const void *)&e->data : e->data;
    return rt_hash_value(e->type, data, mix(h, (uint64_t)(uintptr_t)e->type));
  }
  case GK_ARRAY:
    for (int64_t i = 0; i < t->len; i++)
      h = rt_hash_value(t->elem, (const char *)v + i * t->elem->size, h);
    return h;
  case GK_STRUCT:
    for (int i = 0; i < t->nfields; i++) {
      const GoField *f = &t->fields[i];
      if (strcmp(f->name, "_") != 0)   // blank fields take no part in ==
        h = rt_hash_value(f->type, (const char *)v + f->offset, h);
    }
    return h;
  case GK_SLICE: case GK_MAP: case GK_FUNC:
    unhashable(t);
  default:   // bool, integers, pointers, channels: the bits
    return hash_bytes(v, t->size, h);
  }
}


// ---------------------------------------------------------------- layout

// The record hung off a map when it needs one (see the header comment).
typedef struct MapExtra {
  GoSlice *overflow;        // overflow buckets of the current array (pointer-free buckets only)
  GoSlice *oldoverflow;     // the same for the array being evacuated
  uint8_t *next_overflow;   // the next unused preallocated overflow bucket
} MapExtra;

struct GoMap {
  int64_t count;            // live entries: len(m)
  uint8_t flags;            // FLAG_*
  uint8_t B;                // log2 of the number of buckets
  uint16_t noverflow;       // overflow buckets, counted exactly while B < 16
  uint32_t hash0;           // the hash seed
  uint8_t *buckets;         // 2^B buckets
  uint8_t *oldbuckets;      // half as many (or as many) during a grow, else NULL
  uintptr_t nevacuate;      // old buckets below this are evacuated
  MapExtra *extra;
};

_Static_assert(sizeof(GoMap) == ESCGO_MAP_HDR_SIZE, "map header size differs from codegen's");
_Static_assert(sizeof(GoMapIter) == ESCGO_MAPITER_SIZE, "iterator size differs from codegen's");

enum {
  BUCKET_CNT = ESCGO_MAP_BUCKET_CNT,
  DATA_OFF = 8,             // keys start after the tophash bytes
  // tophash states; hashes' top bytes are moved to TOP_MIN and up
  EMPTY_REST = 0,           // empty, and so is every later slot and overflow bucket
  EMPTY_ONE = 1,            // empty
  EVAC_X = 2,               // moved to the first half of the new array
  EVAC_Y = 3,               // moved to the second half
  EVAC_EMPTY = 4,           // was empty when its bucket was evacuated
  TOP_MIN = 5,
  // flags
  FLAG_ITERATOR = 1,        // an iterator may be reading buckets
  FLAG_OLD_ITERATOR = 2,    // an iterator may be reading oldbuckets
  FLAG_WRITING = 4,         // an assign or delete is under way
  FLAG_SAME_SIZE = 8,       // the grow under way re-packs, does not double
};

static const uintptr_t NO_CHECK = (uintptr_t)1 << 63;

// Keys with a path of their own (gc's mapaccess1_fast64, _fast32 and
// _faststr): hashed and compared inline, by the same functions as
// rt_hash_value and escgo_memequal would.
typedef enum {
  KEY_ANY,       // through the type descriptor
  KEY_WORD,      // 8 bytes compared bit by bit (int64, uint, pointers, channels...)
  KEY_WORD32,    // 4 bytes compared bit by bit (int32, uint32, rune)
  KEY_STRING,
} KeyClass;

// Where things are in a bucket of map type mt.
typedef struct {
  KeyClass kc;
  const GoType *kt, *vt;
  int64_t kslot, vslot;     // bytes per key and per value slot
  int64_t bsize;            // bytes per bucket
  bool ikey, ival;          // stored through a pointer
  bool ptrs;                // buckets hold pointers (allocated scanned)
} Shape;

static inline KeyClass key_class(const GoType *kt) {
  if (kt->kind == GK_STRING)
    return KEY_STRING;
  if (!bitwise_key(kt))
    return KEY_ANY;
  return kt->size == 8 ? KEY_WORD : kt->size == 4 ? KEY_WORD32 : KEY_ANY;
}

static inline __attribute__((always_inline)) Shape shape_of(const GoType *mt) {
  Shape s = {.kc = KEY_ANY, .kt = mt->key, .vt = mt->elem};
  s.ikey = s.kt->size > ESCGO_MAP_MAX_INLINE;
  s.ival = s.vt->size > ESCGO_MAP_MAX_INLINE;
  s.kslot = s.ikey ? 8 : s.kt->size;
  s.vslot = s.ival ? 8 : s.vt->size;
  s.bsize = escgo_map_bucket_size(s.kt->size, s.vt->size);
  s.ptrs = s.ikey || s.ival || s.kt->has_ptrs || s.vt->has_ptrs;
  return s;
}

static uint8_t *bucket_at(const Shape *s, uint8_t *array, uintptr_t i) { return array + i * (uintptr_t)s->bsize; }
static uint8_t *key_slot(const Shape *s, uint8_t *b, uintptr_t i) { return b + DATA_OFF + i * s->kslot; }
static uint8_t *val_slot(const Shape *s, uint8_t *b, uintptr_t i) {
  return b + DATA_OFF + BUCKET_CNT * s->kslot + i * s->vslot;
}
// The key or value itself (following the pointer of an indirect slot).
static void *key_at(const Shape *s, uint8_t *b, uintptr_t i) {
  uint8_t *k = key_slot(s, b, i);
  return s->ikey ? *(void **)k : k;
}
static void *val_at(const Shape *s, uint8_t *b, uintptr_t i) {
  uint8_t *v = val_slot(s, b, i);
  return s->ival ? *(void **)v : v;
}
static uint8_t **overflow_of(const Shape *s, uint8_t *b) { return (uint8_t **)(b + s->bsize - 8); }

static bool keys_equal(const GoType *kt, const void *a, const void *b) {
  if (kt->size == 8 && bitwise_key(kt))
    return *(const uint64_t *)a == *(const uint64_t *)b;
  return escgo_memequal(kt, a, b);
}

// shape_of for a path specialised to key class kc (a constant where the
// path is inlined, so that what depends on it folds away).
static inline __attribute__((always_inline)) Shape shape_for(const GoType *mt, KeyClass kc) {
  Shape s = shape_of(mt);
  s.kc = kc;
  if (kc != KEY_ANY)
    s.kslot = kc == KEY_WORD ? 8 : kc == KEY_WORD32 ? 4 : (int64_t)sizeof(GoString);
  return s;
}

static inline __attribute__((always_inline)) uint64_t load64(const void *p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
}

static inline __attribute__((always_inline)) uint64_t hash_key(const Shape *s, const void *k, uint64_t seed) {
  switch (s->kc) {
  case KEY_WORD:
    return mix(seed, load64(k));
  case KEY_WORD32:
    return hash_bytes(k, 4, seed);
  case KEY_STRING:
    return hash_bytes(((const GoString *)k)->ptr, ((const GoString *)k)->len, seed);
  default:
    return rt_hash_value(s->kt, k, seed);
  }
}

static inline __attribute__((always_inline)) bool key_eq(const Shape *s, const void *a, const void *b) {
  switch (s->kc) {
  case KEY_WORD:
    return load64(a) == load64(b);
  case KEY_WORD32:
    return *(const uint32_t *)a == *(const uint32_t *)b;
  case KEY_STRING: {
    const GoString *x = a, *y = b;
    return x->len == y->len && (x->ptr == y->ptr || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
  }
  default:
    return keys_equal(s->kt, a, b);
  }
}

// Copies n bytes of a key or value: the common small sizes without a call.
static inline __attribute__((always_inline)) void copy_bytes(void *dst, const void *src, int64_t n) {
  if (n == 8) {
    memcpy(dst, src, 8);
  } else if (n == 16) {
    memcpy(dst, src, 16);
  } else {
    memcpy(dst, src, (size_t)n);
  }
}

static bool is_empty(uint8_t top) { return top <= EMPTY_ONE; }
static bool evacuated(uint8_t *b) { return b[0] > EMPTY_ONE && b[0] < TOP_MIN; }

// Eight tophash bytes at once: zero_bytes(x) has the high bit of every zero
// byte of x set (and possibly of a 0x01 byte above a zero byte, never
// below one: its lowest set bit is always exact).
static const uint64_t LOW_BITS = 0x0101010101010101ull, HIGH_BITS = 0x8080808080808080ull;
static uint64_t tophash_word(const uint8_t *b) {
  uint64_t w;
  memcpy(&w, b, 8);
  return w;
}
static uint64_t zero_bytes(uint64_t x) { return (x - LOW_BITS) & ~x & HIGH_BITS; }
static uintptr_t first_byte(uint64_t bits) { return (uintptr_t)__builtin_ctzll(bits) / 8; }
// Has bucket b an EMPTY_REST slot (nothing after it in the chain)?
static bool ends_chain(const uint8_t *b) { return zero_bytes(tophash_word(b)) != 0; }

// The slot of bucket b holding key (tophash top), or -1.
static inline __attribute__((always_inline)) int find_in_bucket(const Shape *s, uint8_t *b, const void *key, uint8_t top) {
  for (uint64_t m = zero_bytes(tophash_word(b) ^ (top * LOW_BITS)); m; m &= m - 1) {
    uintptr_t i = first_byte(m);
    if (b[i] == top && key_eq(s, key, key_at(s, b, i)))
      return (int)i;
  }
  return -1;
}

static uint8_t tophash(uint64_t h) {
  uint8_t top = (uint8_t)(h >> 56);
  return top < TOP_MIN ? top + TOP_MIN : top;
}

static uintptr_t nbuckets(uint8_t B) { return (uintptr_t)1 << (B & 63); }

// More than 6.5 entries per bucket (8 always fit in one bucket)?
static bool over_load(int64_t count, uint8_t B) {
  return count > BUCKET_CNT && (uint64_t)count > 13 * (nbuckets(B) / 2);
}

// As many overflow buckets as buckets (counting to 2^15 at most)?
static bool too_many_overflow(uint16_t noverflow, uint8_t B) {
  return noverflow >= (uint16_t)1 << (B > 15 ? 15 : B);
}

static bool growing(const GoMap *m) { return m->oldbuckets != NULL; }
static bool same_size_grow(const GoMap *m) { return m->flags & FLAG_SAME_SIZE; }
static uintptr_t old_nbuckets(const GoMap *m) { return nbuckets(same_size_grow(m) ? m->B : m->B - 1); }

// Can hashing a key of type t panic (an interface somewhere in it)?
static bool hash_might_panic(const GoType *t) {
  if (t->kind == GK_INTERFACE)
    return true;
  if (t->kind == GK_ARRAY)
    return hash_might_panic(t->elem);
  for (int i = 0; t->kind == GK_STRUCT && i < t->nfields; i++)
    if (hash_might_panic(t->fields[i].type))
      return true;
  return false;
}

static void begin_write(GoMap *m) {
  if (m->flags & FLAG_WRITING)
    rt_fatal("concurrent map writes");
  m->flags ^= FLAG_WRITING;
}

static void end_write(GoMap *m) {
  if (!(m->flags & FLAG_WRITING))
    rt_fatal("concurrent map writes");
  m->flags &= (uint8_t)~FLAG_WRITING;
}

// ---------------------------------------------------------------- allocation

// How many buckets an array of 2^B takes: from B = 4 on, 1/16 more as
// preallocated overflow buckets, then as many as the size class holds.
static uintptr_t bucket_array_len(const Shape *s, uint8_t B) {
  uintptr_t n = nbuckets(B);
  if (B >= 4) {
    n += nbuckets(B - 4);
    uint64_t bytes = (uint64_t)s->bsize * n;
    uint64_t up = rt_roundupsize(bytes);
    if (up != bytes)
      n = (uintptr_t)(up / (uint64_t)s->bsize);
  }
  return n;
}

// The preallocated overflow buckets of a zeroed array of n buckets, 2^B of
// them regular: the first is returned (NULL if none), and the last one's
// overflow pointer is set (to the array) to mark the end of the supply.
static uint8_t *overflow_supply(const Shape *s, uint8_t *array, uint8_t B, uintptr_t n) {
  if (n == nbuckets(B))
    return NULL;
  *overflow_of(s, bucket_at(s, array, n - 1)) = array;
  return bucket_at(s, array, nbuckets(B));
}

// A fresh array of 2^B buckets and its overflow supply (*next_overflow).
static uint8_t *make_bucket_array(const Shape *s, uint8_t B, uint8_t **next_overflow) {
  uintptr_t n = bucket_array_len(s, B);
  uint8_t *array = escgo_alloc((int64_t)(n * (uintptr_t)s->bsize), s->ptrs);
  *next_overflow = overflow_supply(s, array, B, n);
  return array;
}

static MapExtra *extra_of(GoMap *m) {
  if (!m->extra)
    m->extra = escgo_alloc(sizeof(MapExtra), 1);
  return m->extra;
}

static void create_overflow_list(GoMap *m) {
  MapExtra *x = extra_of(m);
  if (!x->overflow)
    x->overflow = escgo_alloc(sizeof(GoSlice), 1);
}

static void count_overflow(GoMap *m) {
  if (m->B < 16) {
    m->noverflow++;
    return;
  }
  // Past 2^16 buckets the count is kept approximately: one in 2^(B-15).
  uint32_t mask = ((uint32_t)1 << (m->B - 15)) - 1;
  if (((uint32_t)rt_fastrand() & mask) == 0)
    m->noverflow++;
}

// A fresh overflow bucket chained after b.
static uint8_t *new_overflow(const Shape *s, GoMap *m, uint8_t *b) {
  uint8_t *ovf;
  if (m->extra && m->extra->next_overflow) {
    ovf = m->extra->next_overflow;
    uint8_t **link = overflow_of(s, ovf);
    if (*link == NULL) {
      m->extra->next_overflow = ovf + s->bsize;
    } else {   // the last preallocated one
      *link = NULL;
      m->extra->next_overflow = NULL;
    }
  } else {
    ovf = escgo_alloc(s->bsize, s->ptrs);
  }
  count_overflow(m);
  if (!s->ptrs) {
    create_overflow_list(m);
    GoSlice *list = m->extra->overflow;
    if (list->len == list->cap)
      escgo_growslice(list, list->ptr, list->len, list->cap, list->len + 1, 8, 1);
    ((uint8_t **)list->ptr)[list->len++] = ovf;
  }
  *overflow_of(s, b) = ovf;
  return ovf;
}

// ---------------------------------------------------------------- growing

static void hash_grow(const Shape *s, GoMap *m) {
  uint8_t bigger = 1;
  if (!over_load(m->count + 1, m->B)) {
    bigger = 0;
    m->flags |= FLAG_SAME_SIZE;
  }
  uint8_t *next_overflow;
  uint8_t *fresh = make_bucket_array(s, (uint8_t)(m->B + bigger), &next_overflow);
  uint8_t flags = m->flags & (uint8_t)~(FLAG_ITERATOR | FLAG_OLD_ITERATOR);
  if (m->flags & FLAG_ITERATOR)
    flags |= FLAG_OLD_ITERATOR;   // iterators now read what becomes oldbuckets
  m->B += bigger;
  m->flags = flags;
  m->oldbuckets = m->buckets;
  m->buckets = fresh;
  m->nevacuate = 0;
  m->noverflow = 0;
  if (m->extra && m->extra->overflow) {
    m->extra->oldoverflow = m->extra->overflow;
    m->extra->overflow = NULL;
  }
  if (next_overflow)
    extra_of(m)->next_overflow = next_overflow;
}

// One destination of an evacuation: bucket b, next free slot i.
typedef struct {
  uint8_t *b;
  int i;
} EvacDst;

// Moves one old entry (key slot k, value slot v, tophash top) to d.
static void evac_entry(const Shape *s, GoMap *m, EvacDst *d, uint8_t top, uint8_t *k, uint8_t *v) {
  if (d->i == BUCKET_CNT) {
    d->b = new_overflow(s, m, d->b);
    d->i = 0;
  }
  d->b[d->i] = top;
  memcpy(key_slot(s, d->b, (uintptr_t)d->i), k, (size_t)s->kslot);   // the pointer, if indirect
  memcpy(val_slot(s, d->b, (uintptr_t)d->i), v, (size_t)s->vslot);
  d->i++;
}

static void advance_evacuation_mark(const Shape *s, GoMap *m, uintptr_t nold) {
  m->nevacuate++;
  uintptr_t stop = m->nevacuate + 1024;   // bounds the work of one call
  if (stop > nold)
    stop = nold;
  while (m->nevacuate != stop && evacuated(bucket_at(s, m->oldbuckets, m->nevacuate)))
    m->nevacuate++;
  if (m->nevacuate == nold) {   // done: iterators that still need them hold their own references
    m->oldbuckets = NULL;
    if (m->extra)
      m->extra->oldoverflow = NULL;
    m->flags &= (uint8_t)~FLAG_SAME_SIZE;
  }
}

// Moves the entries of old bucket i (and its chain) to the new array: to
// bucket i, or when doubling, to i or i + nold by the next hash bit.
static void evacuate(const Shape *s, GoMap *m, uintptr_t i) {
  uint8_t *ob = bucket_at(s, m->oldbuckets, i);
  uintptr_t nold = old_nbuckets(m);
  if (!evacuated(ob)) {
    EvacDst dst[2] = {{bucket_at(s, m->buckets, i), 0}, {NULL, 0}};
    if (!same_size_grow(m))
      dst[1].b = bucket_at(s, m->buckets, i + nold);
    for (uint8_t *b = ob; b; b = *overflow_of(s, b)) {
      for (uintptr_t j = 0; j < BUCKET_CNT; j++) {
        uint8_t top = b[j];
        if (is_empty(top)) {
          b[j] = EVAC_EMPTY;
          continue;
        }
        int y = 0;
        if (!same_size_grow(m)) {
          void *k = key_at(s, b, j);
          uint64_t h = rt_hash_value(s->kt, k, m->hash0);
          if ((m->flags & FLAG_ITERATOR) && !keys_equal(s->kt, k, k)) {
            // A NaN: its hash is new every time, so an iterator could not
            // tell where it went. The old tophash's low bit decides, and
            // the iterator makes the same choice (escgo_mapiternext).
            y = top & 1;
            top = tophash(h);
          } else {
            y = (h & nold) != 0;
          }
        }
        b[j] = (uint8_t)(EVAC_X + y);
        evac_entry(s, m, &dst[y], top, key_slot(s, b, j), val_slot(s, b, j));
      }
    }
    // No iterator reads the old bucket: drop its references for the
    // collector (the tophash bytes keep the evacuation state).
    if (!(m->flags & FLAG_OLD_ITERATOR) && s->ptrs)
      memset(ob + DATA_OFF, 0, (size_t)(s->bsize - DATA_OFF));
  }
  if (i == m->nevacuate)
    advance_evacuation_mark(s, m, nold);
}

// Before touching bucket i: evacuate the old bucket it draws from, and one more.
static void grow_work(const Shape *s, GoMap *m, uintptr_t i) {
  evacuate(s, m, i & (old_nbuckets(m) - 1));
  if (growing(m))
    evacuate(s, m, m->nevacuate);
}

// ---------------------------------------------------------------- lookup

// The entry for key (hash h): its key and value, or false. During a grow a
// key whose old bucket is not evacuated yet is still there.
static inline __attribute__((always_inline)) bool lookup(const Shape *s, GoMap *m, const void *key, uint64_t h,
                                                         void **kp, void **vp) {
  uintptr_t mask = nbuckets(m->B) - 1;
  uint8_t *b = bucket_at(s, m->buckets, h & mask);
  if (m->oldbuckets) {
    if (!same_size_grow(m))
      mask >>= 1;
    uint8_t *ob = bucket_at(s, m->oldbuckets, h & mask);
    if (!evacuated(ob))
      b = ob;
  }
  uint8_t top = tophash(h);
  for (; b; b = *overflow_of(s, b)) {
    int i = find_in_bucket(s, b, key, top);
    if (i >= 0) {
      *kp = key_at(s, b, (uintptr_t)i);
      *vp = val_at(s, b, (uintptr_t)i);
      return true;
    }
    if (ends_chain(b))
      return false;
  }
  return false;
}

// ---------------------------------------------------------------- the API

// hint sizes the bucket array as gc's makemap does (a negative or
// unallocatable hint counts as 0). hdr is stack memory for the header or
// NULL; bucket, zeroed stack memory for the first bucket, is used when the
// hint is at most 8.
GoMap *escgo_makemap(const GoType *mt, int64_t hint, GoMap *hdr, void *bucket) {
  Shape s = shape_of(mt);
  unsigned __int128 mem = (unsigned __int128)(uint64_t)hint * (uint64_t)s.bsize;
  if (mem > ((unsigned __int128)1 << 48))
    hint = 0;
  GoMap *m = hdr ? hdr : escgo_alloc(sizeof(GoMap), 1);
  memset(m, 0, sizeof(GoMap));
  m->hash0 = (uint32_t)rt_fastrand();
  if (bucket && hint <= BUCKET_CNT)
    m->buckets = bucket;
  while (over_load(hint, m->B))
    m->B++;
  if (m->B != 0) {
    uint8_t *next_overflow;
    m->buckets = make_bucket_array(&s, m->B, &next_overflow);
    if (next_overflow)
      extra_of(m)->next_overflow = next_overflow;
  }
  return m;
}

// Reading, assigning and deleting are each one body, inlined once per key
// class (the public functions below dispatch on the key type): gc's
// mapaccess1_fast64, mapassign_faststr and kin, without a second copy.
static inline __attribute__((always_inline)) bool access_key(const GoType *mt, GoMap *m, const void *key,
                                                             void *out, KeyClass kc) {
  void *k, *v;
  if (!m || m->count == 0) {
    if (kc == KEY_ANY && hash_might_panic(mt->key))
      rt_hash_value(mt->key, key, 0);   // panics on unhashable keys, as gc
    memset(out, 0, (size_t)mt->elem->size);
    return false;
  }
  if (m->flags & FLAG_WRITING)
    rt_fatal("concurrent map read and map write");
  Shape s = shape_for(mt, kc);
  if (!lookup(&s, m, key, hash_key(&s, key, m->hash0), &k, &v)) {
    memset(out, 0, (size_t)mt->elem->size);
    return false;
  }
  copy_bytes(out, v, mt->elem->size);
  return true;
}

bool escgo_mapaccess(const GoType *mt, GoMap *m, const void *key, void *out) {
  switch (key_class(mt->key)) {
  case KEY_WORD: return access_key(mt, m, key, out, KEY_WORD);
  case KEY_WORD32: return access_key(mt, m, key, out, KEY_WORD32);
  case KEY_STRING: return access_key(mt, m, key, out, KEY_STRING);
  default: return access_key(mt, m, key, out, KEY_ANY);
  }
}

// Looks for key in the chain of bucket b; returns its value slot, or NULL
// with *free_top/*free_b/*free_i set to the first empty slot (or
// *free_top NULL) and *last to the chain's last bucket.
static inline __attribute__((always_inline)) uint8_t *
find_for_assign(const Shape *s, uint8_t *b, const void *key, uint8_t top, uint8_t **free_b, uintptr_t *free_i,
                uint8_t **last) {
  *free_b = NULL;
  for (;; b = *overflow_of(s, b)) {
    *last = b;
    int i = find_in_bucket(s, b, key, top);
    if (i >= 0) {
      void *k = key_at(s, b, (uintptr_t)i);
      if (s->kc == KEY_STRING || (s->kc == KEY_ANY && !bitwise_key(s->kt)))
        copy_bytes(k, key, s->kt->size);   // -0 becomes +0, as Go updates keys
      return val_slot(s, b, (uintptr_t)i);
    }
    uint64_t w = tophash_word(b);
    uint64_t empty = zero_bytes(w & ~LOW_BITS);   // EMPTY_REST and EMPTY_ONE
    if (empty && !*free_b) {
      *free_b = b;
      *free_i = first_byte(empty);
    }
    if (zero_bytes(w) || !*overflow_of(s, b))
      return NULL;
  }
}

static inline __attribute__((always_inline)) void *assign_key(const GoType *mt, GoMap *m, const void *key,
                                                              KeyClass kc) {
  if (!m)
    rt_panic_plain("assignment to entry in nil map", 30);
  Shape s = shape_for(mt, kc);
  uint64_t h = hash_key(&s, key, m->hash0);
  begin_write(m);
  if (!m->buckets)
    m->buckets = escgo_alloc(s.bsize, s.ptrs);
  uint8_t top = tophash(h), *free_b, *last, *v;
  uintptr_t free_i = 0;
  for (;;) {
    uintptr_t i = h & (nbuckets(m->B) - 1);
    if (growing(m))
      grow_work(&s, m, i);
    v = find_for_assign(&s, bucket_at(&s, m->buckets, i), key, top, &free_b, &free_i, &last);
    if (v)
      break;
    // A new key. Past the load factor or with too many overflow buckets
    // (and not already growing), grow, then look again.
    if (!growing(m) && (over_load(m->count + 1, m->B) || too_many_overflow(m->noverflow, m->B))) {
      hash_grow(&s, m);
      continue;
    }
    if (!free_b) {   // the chain is full
      free_b = new_overflow(&s, m, last);
      free_i = 0;
    }
    uint8_t *k = key_slot(&s, free_b, free_i);
    v = val_slot(&s, free_b, free_i);
    if (s.ikey)
      k = *(void **)k = escgo_alloc(s.kt->size, s.kt->has_ptrs);
    if (s.ival)
      *(void **)v = escgo_alloc(s.vt->size, s.vt->has_ptrs);
    copy_bytes(k, key, s.ikey ? s.kt->size : s.kslot);
    free_b[free_i] = top;
    m->count++;
    break;
  }
  end_write(m);
  return s.ival ? *(void **)v : v;
}

void *escgo_mapassign(const GoType *mt, GoMap *m, const void *key) {
  switch (key_class(mt->key)) {
  case KEY_WORD: return assign_key(mt, m, key, KEY_WORD);
  case KEY_WORD32: return assign_key(mt, m, key, KEY_WORD32);
  case KEY_STRING: return assign_key(mt, m, key, KEY_STRING);
  default: return assign_key(mt, m, key, KEY_ANY);
  }
}

// After slot i of bucket b (in the chain starting at first) became empty:
// if nothing live follows it, mark it and the empty slots before it
// EMPTY_REST, so that searches stop early.
static void mark_empty_rest(const Shape *s, uint8_t *first, uint8_t *b, uintptr_t i) {
  uint8_t *next = *overflow_of(s, b);
  if (i == BUCKET_CNT - 1 ? (next && next[0] != EMPTY_REST) : b[i + 1] != EMPTY_REST)
    return;
  for (;;) {
    b[i] = EMPTY_REST;
    if (i == 0) {
      if (b == first)
        return;
      uint8_t *c = b;   // step back to the previous bucket of the chain
      for (b = first; *overflow_of(s, b) != c; b = *overflow_of(s, b))
        ;
      i = BUCKET_CNT - 1;
    } else {
      i--;
    }
    if (b[i] != EMPTY_ONE)
      return;
  }
}

// Clears slot i of bucket b; the collector must not see its old pointers.
static void clear_slot(const Shape *s, uint8_t *b, uintptr_t i) {
  memset(key_slot(s, b, i), 0, (size_t)s->kslot);
  memset(val_slot(s, b, i), 0, (size_t)s->vslot);
  b[i] = EMPTY_ONE;
}

static inline __attribute__((always_inline)) void delete_key(const GoType *mt, GoMap *m, const void *key,
                                                             KeyClass kc) {
  if (!m || m->count == 0) {
    if (kc == KEY_ANY && hash_might_panic(mt->key))
      rt_hash_value(mt->key, key, 0);
    return;
  }
  Shape s = shape_for(mt, kc);
  uint64_t h = hash_key(&s, key, m->hash0);
  begin_write(m);
  uintptr_t bi = h & (nbuckets(m->B) - 1);
  if (growing(m))
    grow_work(&s, m, bi);
  uint8_t *first = bucket_at(&s, m->buckets, bi), top = tophash(h);
  for (uint8_t *b = first; b; b = *overflow_of(&s, b)) {
    int i = find_in_bucket(&s, b, key, top);
    if (i >= 0) {
      clear_slot(&s, b, (uintptr_t)i);
      mark_empty_rest(&s, first, b, (uintptr_t)i);
      if (--m->count == 0)
        m->hash0 = (uint32_t)rt_fastrand();   // a new seed for an empty map, as gc
      break;
    }
    if (ends_chain(b))
      break;
  }
  end_write(m);
}

void escgo_mapdelete(const GoType *mt, GoMap *m, const void *key) {
  switch (key_class(mt->key)) {
  case KEY_WORD: delete_key(mt, m, key, KEY_WORD); return;
  case KEY_WORD32: delete_key(mt, m, key, KEY_WORD32); return;
  case KEY_STRING: delete_key(mt, m, key, KEY_STRING); return;
  default: delete_key(mt, m, key, KEY_ANY); return;
  }
}

// The array is zeroed in place and keeps its size (and the overflow
// buckets preallocated with it); overflow buckets allocated later and any
// grow under way are dropped, and the map gets a new hash seed — all as
// gc's mapclear. `extra` stays, emptied, but an iterator that holds the
// overflow lists keeps them.
void escgo_mapclear(const GoType *mt, GoMap *m) {
  if (!m || m->count == 0)
    return;
  Shape s = shape_of(mt);
  begin_write(m);
  m->flags &= (uint8_t)~FLAG_SAME_SIZE;
  m->oldbuckets = NULL;
  m->nevacuate = 0;
  m->noverflow = 0;
  m->count = 0;
  m->hash0 = (uint32_t)rt_fastrand();
  if (m->extra)
    memset(m->extra, 0, sizeof(MapExtra));
  uintptr_t n = bucket_array_len(&s, m->B);
  memset(m->buckets, 0, n * (uintptr_t)s.bsize);
  uint8_t *next_overflow = overflow_supply(&s, m->buckets, m->B, n);
  if (next_overflow)
    m->extra->next_overflow = next_overflow;
  end_write(m);
}

int64_t escgo_maplen(GoMap *m) { return m ? m->count : 0; }

// reflect's MakeMapWithSize and SetMapIndex (internal/escgotype binds them):
// a heap map, and an assignment copying the element in from memory.
GoMap *escgo_reflect_makemap(const GoType *mt, int64_t hint) {
  return escgo_makemap(mt, hint < 0 ? 0 : hint, NULL, NULL);
}

void escgo_reflect_mapassign(const GoType *mt, GoMap *m, const void *key, const void *val) {
  memmove(escgo_mapassign(mt, m, key), val, (size_t)mt->elem->size);
}

// ---------------------------------------------------------------- iteration

void escgo_mapiterinit(const GoType *mt, GoMap *m, GoMapIter *it) {
  memset(it, 0, sizeof(*it));
  it->mt = mt;
  it->m = m;
  if (!m || m->count == 0)
    return;
  it->B = m->B;
  it->buckets = m->buckets;
  if (!shape_of(mt).ptrs) {
    // Hold the overflow lists: the buckets this loop may still walk stay
    // alive whatever grows meanwhile.
    create_overflow_list(m);
    it->overflow = m->extra->overflow;
    it->oldoverflow = m->extra->oldoverflow;
  }
  uint64_t r = rt_fastrand();
  it->start_bucket = (uintptr_t)r & (nbuckets(m->B) - 1);
  it->offset = (uint8_t)((r >> (m->B & 63)) & (BUCKET_CNT - 1));
  it->bucket = it->start_bucket;
  m->flags |= FLAG_ITERATOR | FLAG_OLD_ITERATOR;
}

// The bucket to read for the iterator's bucket number `bucket`: during a
// doubling that started before this loop, the old bucket it draws from if
// that is not evacuated yet (*check gets the bucket number, see below).
static uint8_t *iter_bucket(const Shape *s, GoMapIter *it, uintptr_t bucket, uintptr_t *check) {
  GoMap *m = it->m;
  *check = NO_CHECK;
  if (growing(m) && it->B == m->B) {
    uint8_t *ob = bucket_at(s, m->oldbuckets, bucket & (old_nbuckets(m) - 1));
    if (!evacuated(ob)) {
      *check = bucket;
      return ob;
    }
  }
  return bucket_at(s, it->buckets, bucket);
}

// Reading an old bucket for new bucket `check`: does slot i belong there?
static bool bound_for(const Shape *s, GoMapIter *it, uint8_t *b, uintptr_t i, uintptr_t check) {
  void *k = key_at(s, b, i);
  if (keys_equal(s->kt, k, k))
    return (rt_hash_value(s->kt, k, it->m->hash0) & (nbuckets(it->B) - 1)) == check;
  // A NaN goes where the low bit of its tophash sends it (evacuate).
  return (check >> (it->B - 1)) == (uintptr_t)(b[i] & 1);
}

// Produces slot i of bucket b, if it still holds an entry.
static bool iter_take(const Shape *s, GoMapIter *it, uint8_t *b, uintptr_t i) {
  void *k = key_at(s, b, i);
  if ((b[i] != EVAC_X && b[i] != EVAC_Y) || !keys_equal(s->kt, k, k)) {
    it->key = k;   // the entry is here (or a NaN, which cannot have changed)
    it->val = val_at(s, b, i);
    return true;
  }
  // Moved by a grow since the loop started: the current entry for the
  // key, which may have been updated or deleted.
  void *rk, *rv;
  if (!lookup(s, it->m, k, rt_hash_value(s->kt, k, it->m->hash0), &rk, &rv))
    return false;
  it->key = rk;
  it->val = rv;
  return true;
}

bool escgo_mapiternext(GoMapIter *it) {
  GoMap *m = it->m;
  if (!m || !it->buckets)
    return false;
  if (m->flags & FLAG_WRITING)
    rt_fatal("concurrent map iteration and map write");
  Shape s = shape_of(it->mt);
  uint8_t *b = it->bptr;
  uintptr_t bucket = it->bucket, check = it->check_bucket, i = it->i;
  for (;;) {
    if (!b) {
      if (bucket == it->start_bucket && it->wrapped) {
        it->key = it->val = NULL;
        return false;
      }
      b = iter_bucket(&s, it, bucket, &check);
      if (++bucket == nbuckets(it->B)) {
        bucket = 0;
        it->wrapped = 1;
      }
      i = 0;
    }
    for (; i < BUCKET_CNT; i++) {
      uintptr_t slot = (i + it->offset) & (BUCKET_CNT - 1);
      if (is_empty(b[slot]) || b[slot] == EVAC_EMPTY)
        continue;
      if (check != NO_CHECK && !same_size_grow(m) && !bound_for(&s, it, b, slot, check))
        continue;
      if (!iter_take(&s, it, b, slot))
        continue;
      it->bucket = bucket;
      it->bptr = b;
      it->i = (uint8_t)(i + 1);
      it->check_bucket = check;
      return true;
    }
    b = *overflow_of(&s, b);
    i = 0;
  }
}

// ---------------------------------------------------------------- for fmt

// The entries' keys and values, in iteration order, into malloc'd arrays.
int64_t rt_map_entries(const GoType *mt, GoMap *m, const void ***keys, const void ***vals) {
  int64_t n = m ? m->count : 0, k = 0;
  *keys = malloc(sizeof(void *) * (size_t)(n + 1));
  *vals = malloc(sizeof(void *) * (size_t)(n + 1));
  GoMapIter it;
  escgo_mapiterinit(mt, m, &it);
  while (k < n && escgo_mapiternext(&it)) {
    (*keys)[k] = it.key;
    (*vals)[k++] = it.val;
  }
  return k;
}
