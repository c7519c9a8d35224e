// map.c — Go maps: a hash table for any comparable key, described by GoType.
//
// Layout. A map keeps its entries in one array, in insertion order
// ("used" slots, each live or deleted), and finds them through an index of
// int32 slot numbers probed linearly (a Python-dict design). An entry is
//     [hash uint64][state uint64][key, rounded to 8][value, rounded to 8]
// Deleting marks the entry deleted (the index keeps pointing at it, as a
// tombstone). When the array is full the live entries move to a fresh array
// (twice as large, or the same size when half of it was deleted) and the
// map's generation number goes up. The old array is never written again.
//
// Iteration (Go's rules: the order is unspecified and randomised on every
// range loop; an entry deleted before it is reached is not produced; one
// added during the loop may or may not be). An iterator visits the slots
// that existed when it started, beginning at a random slot and stepping by
// a random stride coprime to their number. While the map's generation is
// unchanged it reads the entries in place (deleted ones are skipped, updated
// values seen); after a move it looks each old key up in the current array,
// which tells whether the key was deleted meanwhile and gives its value.
//
// Memory: the header may be on the stack (a non-escaping make(map) or map
// literal: codegen passes its memory), and then its first table of
// MIN_CAP entries too, as gc puts such a map's first bucket on the stack;
// every other table comes from escgo_alloc, so runtime.MemStats counts it.
#include "rt_internal.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

struct GoMap {
  int64_t count;        // live entries: len(m)
  uint8_t *entries;     // cap slots of esize bytes
  int64_t used;         // slots handed out (live + deleted)
  int64_t cap;
  int32_t *index;       // nindex slots: entry number + 1, or 0 for empty
  int64_t nindex;       // a power of two, at least 2 * cap
  uint64_t seed;        // per-map hash seed
  int64_t gen;          // bumped whenever entries moves
};

_Static_assert(sizeof(GoMap) <= ESCGO_MAP_HDR_SIZE, "map header larger than codegen reserves");
_Static_assert(sizeof(GoMapIter) <= ESCGO_MAPITER_SIZE, "iterator larger than codegen reserves");

enum { SLOT_LIVE = 1, SLOT_DELETED = 2, ENTRY_HDR = ESCGO_MAP_ENTRY_HDR, MIN_CAP = ESCGO_MAP_SMALL };

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

static uint64_t mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  h *= 0xFF51AFD7ED558CCDull;
  return h ^ (h >> 33);
}

static uint64_t hash_bytes(const uint8_t *p, int64_t n, uint64_t h) {
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

// ---------------------------------------------------------------- entries

static int64_t round8(int64_t n) { return (n + 7) & ~(int64_t)7; }
static int64_t key_off(void) { return ENTRY_HDR; }
static int64_t val_off(const GoType *mt) { return ENTRY_HDR + round8(mt->key->size); }
static int64_t entry_size(const GoType *mt) { return val_off(mt) + round8(mt->elem->size); }

static uint8_t *entry_at(const GoType *mt, uint8_t *entries, int64_t i) {
  return entries + i * entry_size(mt);
}
static uint64_t *entry_hash(uint8_t *e) { return (uint64_t *)e; }
static uint64_t *entry_state(uint8_t *e) { return (uint64_t *)e + 1; }
static void *entry_key(uint8_t *e) { return e + key_off(); }
static void *entry_val(const GoType *mt, uint8_t *e) { return e + val_off(mt); }

static bool entries_have_ptrs(const GoType *mt) { return mt->key->has_ptrs || mt->elem->has_ptrs; }

static int64_t index_len(int64_t cap) {
  int64_t nindex = 2 * MIN_CAP;
  while (nindex < 2 * cap)
    nindex *= 2;
  return nindex;
}

// Allocates cap empty slots and an index for them.
static void alloc_table(const GoType *mt, GoMap *m, int64_t cap) {
  if (cap < MIN_CAP)
    cap = MIN_CAP;
  int64_t nindex = index_len(cap);
  int64_t esize = entry_size(mt);
  if (cap > (INT64_C(1) << 40) / esize)
    rt_panic_runtime("makemap: size out of range", NULL);
  m->entries = escgo_alloc(cap * esize, entries_have_ptrs(mt));
  m->index = escgo_alloc(nindex * (int64_t)sizeof(int32_t), 0);
  m->cap = cap;
  m->nindex = nindex;
  m->used = 0;
}

static bool keys_equal(const GoType *kt, const void *a, const void *b) {
  if (kt->size == 8 && bitwise_key(kt))
    return *(const uint64_t *)a == *(const uint64_t *)b;
  return escgo_memequal(kt, a, b);
}

// The entry number for key (hash h), or -1; *slot gets its index slot (or
// the empty slot where it would go).
static int64_t find(const GoType *mt, GoMap *m, const void *key, uint64_t h, int64_t *slot) {
  uint64_t mask = (uint64_t)m->nindex - 1;
  for (uint64_t i = h & mask;; i = (i + 1) & mask) {
    int32_t n = m->index[i];
    if (n == 0) {
      *slot = (int64_t)i;
      return -1;
    }
    uint8_t *e = entry_at(mt, m->entries, n - 1);
    if (*entry_state(e) == SLOT_LIVE && *entry_hash(e) == h && keys_equal(mt->key, entry_key(e), key)) {
      *slot = (int64_t)i;
      return n - 1;
    }
  }
}

// Moves the live entries to a fresh array: a new generation.
static void grow(const GoType *mt, GoMap *m) {
  uint8_t *old = m->entries;
  int64_t oldused = m->used;
  int64_t cap = m->count >= m->cap / 2 ? m->cap * 2 : m->cap;
  alloc_table(mt, m, cap);
  int64_t esize = entry_size(mt);
  for (int64_t i = 0; i < oldused; i++) {
    uint8_t *e = entry_at(mt, old, i);
    if (*entry_state(e) != SLOT_LIVE)
      continue;
    int64_t n = m->used++;
    memcpy(entry_at(mt, m->entries, n), e, (size_t)esize);
    uint64_t mask = (uint64_t)m->nindex - 1, j = *entry_hash(e) & mask;
    while (m->index[j])
      j = (j + 1) & mask;
    m->index[j] = (int32_t)(n + 1);
  }
  m->gen++;
}

// ---------------------------------------------------------------- the API

// A negative hint is no error at run time (gc treats it as 0).
GoMap *escgo_makemap(const GoType *mt, int64_t hint, GoMap *hdr, void *table) {
  GoMap *m = hdr ? hdr : escgo_alloc(sizeof(GoMap), 1);
  memset(m, 0, sizeof(GoMap));
  m->seed = rt_fastrand();
  if (table && hint <= MIN_CAP) {   // codegen's zeroed stack table (escgo_rt.h)
    m->entries = table;
    m->cap = MIN_CAP;
    m->index = (int32_t *)((uint8_t *)table + MIN_CAP * entry_size(mt));
    m->nindex = index_len(MIN_CAP);
    return m;
  }
  // A hint too big to allocate is ignored, as Go's makemap does (hint = 0).
  if (hint > MIN_CAP && hint <= (INT64_C(1) << 40) / entry_size(mt))
    alloc_table(mt, m, hint);   // small maps get their table on first insert
  return m;
}

bool escgo_mapaccess(const GoType *mt, GoMap *m, const void *key, void *out) {
  uint64_t h = rt_hash_value(mt->key, key, m ? m->seed : 0);   // panics on unhashable keys
  int64_t slot, n = (m && m->count) ? find(mt, m, key, h, &slot) : -1;
  if (n < 0) {
    memset(out, 0, (size_t)mt->elem->size);
    return false;
  }
  memcpy(out, entry_val(mt, entry_at(mt, m->entries, n)), (size_t)mt->elem->size);
  return true;
}

void *escgo_mapassign(const GoType *mt, GoMap *m, const void *key) {
  if (!m)
    rt_panic_plain("assignment to entry in nil map", 30);
  uint64_t h = rt_hash_value(mt->key, key, m->seed);
  if (!m->entries)
    alloc_table(mt, m, MIN_CAP);
  int64_t slot, n = find(mt, m, key, h, &slot);
  if (n < 0) {
    if (m->used == m->cap) {
      grow(mt, m);
      find(mt, m, key, h, &slot);
    }
    n = m->used++;
    m->index[slot] = (int32_t)(n + 1);
    m->count++;
    uint8_t *e = entry_at(mt, m->entries, n);
    *entry_hash(e) = h;
    *entry_state(e) = SLOT_LIVE;
  }
  uint8_t *e = entry_at(mt, m->entries, n);
  memcpy(entry_key(e), key, (size_t)mt->key->size);   // -0 replaced by +0, as Go updates keys
  return entry_val(mt, e);
}

void escgo_mapdelete(const GoType *mt, GoMap *m, const void *key) {
  uint64_t h = rt_hash_value(mt->key, key, m ? m->seed : 0);
  int64_t slot, n = (m && m->count) ? find(mt, m, key, h, &slot) : -1;
  if (n < 0)
    return;
  uint8_t *e = entry_at(mt, m->entries, n);
  *entry_state(e) = SLOT_DELETED;   // the index slot stays: a tombstone
  memset(entry_key(e), 0, (size_t)(entry_size(mt) - key_off()));   // drop references for the GC
  m->count--;
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

static int64_t gcd(int64_t a, int64_t b) {
  while (b) {
    int64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

void escgo_mapiterinit(const GoType *mt, GoMap *m, GoMapIter *it) {
  memset(it, 0, sizeof(*it));
  it->mt = mt;
  it->m = m;
  if (!m || !m->count)
    return;
  it->entries = m->entries;
  it->gen = m->gen;
  it->n = m->used;
  uint64_t r = rt_fastrand();
  it->pos = (int64_t)(r % (uint64_t)it->n);
  it->stride = 1;
  if ((it->n & (it->n - 1)) == 0) {   // a power of two: every odd stride is coprime to it
    it->stride = (int64_t)((r >> 32) & (uint64_t)(it->n - 1)) | 1;
    return;
  }
  for (int tries = 0; tries < 4 && it->n > 2; tries++) {
    int64_t s = 1 + (int64_t)(rt_fastrand() % (uint64_t)(it->n - 1));
    if (gcd(s, it->n) == 1) {
      it->stride = s;
      break;
    }
  }
}

// The current entry for the old entry e, or NULL if its key is gone.
static uint8_t *revalidate(GoMapIter *it, uint8_t *e) {
  const GoType *mt = it->mt;
  GoMap *m = it->m;
  if (!escgo_memequal(mt->key, entry_key(e), entry_key(e)))
    return e;   // NaN keys cannot be looked up: produce the old entry
  int64_t slot, n = m->count ? find(mt, m, entry_key(e), *entry_hash(e), &slot) : -1;
  return n < 0 ? NULL : entry_at(mt, m->entries, n);
}

bool escgo_mapiternext(GoMapIter *it) {
  while (it->visited < it->n) {
    uint8_t *e = entry_at(it->mt, it->entries, it->pos);
    it->pos += it->stride;
    if (it->pos >= it->n)   // stride < n: one subtraction wraps it
      it->pos -= it->n;
    it->visited++;
    if (*entry_state(e) != SLOT_LIVE)
      continue;
    if (it->gen != it->m->gen && !(e = revalidate(it, e)))
      continue;
    it->key = entry_key(e);
    it->val = entry_val(it->mt, e);
    return true;
  }
  it->key = it->val = NULL;
  return false;
}

// ---------------------------------------------------------------- for fmt

// The live entries' keys and values, in slot order, into malloc'd arrays.
int64_t rt_map_entries(const GoType *mt, GoMap *m, const void ***keys, const void ***vals) {
  int64_t n = m ? m->count : 0;
  *keys = malloc(sizeof(void *) * (size_t)(n + 1));
  *vals = malloc(sizeof(void *) * (size_t)(n + 1));
  int64_t k = 0;
  for (int64_t i = 0; m && i < m->used && k < n; i++) {
    uint8_t *e = entry_at(mt, m->entries, i);
    if (*entry_state(e) != SLOT_LIVE)
      continue;
    (*keys)[k] = entry_key(e);
    (*vals)[k++] = entry_val(mt, e);
  }
  return k;
}
