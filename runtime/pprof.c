// pprof.c — the -allocprof profile in pprof's format, for `go tool pprof`.
//
// A gzipped perftools.profiles.Profile protocol buffer (profile.proto): the
// sample types alloc_objects/count and alloc_space/bytes, one sample per
// allocation site that allocated, whose one location is the site (its
// function, file and line: an inlined copy's is the callee's, as in gc's
// profiles), labelled with the site's spelling and why it is on the heap.
// Every allocation is counted (period 1: no sampling). In-use figures are
// not written: the collector's frees are not charged to sites. The protobuf
// and the gzip container (stored deflate blocks, CRC-32) are written by
// hand: varints and lengths, no library.
#include "rt_internal.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef struct {
  uint8_t *data;
  size_t len, cap;
} Bytes;

static void put(Bytes *b, const void *p, size_t n) {
  if (b->len + n > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 256;
    while (cap < b->len + n)
      cap *= 2;
    b->data = realloc(b->data, cap);
    b->cap = cap;
  }
  memcpy(b->data + b->len, p, n);
  b->len += n;
}

static void varint(Bytes *b, uint64_t v) {
  uint8_t buf[10];
  int n = 0;
  do {
    buf[n++] = (uint8_t)((v & 0x7f) | (v >= 0x80 ? 0x80 : 0));
    v >>= 7;
  } while (v);
  put(b, buf, (size_t)n);
}

enum { WIRE_VARINT = 0, WIRE_BYTES = 2 };

static void field_int(Bytes *b, int field, uint64_t v) {
  varint(b, (uint64_t)field << 3 | WIRE_VARINT);
  varint(b, v);
}

static void field_bytes(Bytes *b, int field, const void *p, size_t n) {
  varint(b, (uint64_t)field << 3 | WIRE_BYTES);
  varint(b, n);
  put(b, p, n);
}

static void field_msg(Bytes *b, int field, Bytes *m) {
  field_bytes(b, field, m->data, m->len);
  m->len = 0;
}

// The string table: index 0 is "", each string once.
typedef struct {
  const char **s;
  int n, cap;
} Strings;

static uint64_t str_index(Strings *t, const char *s) {
  for (int i = 0; i < t->n; i++)
    if (!strcmp(t->s[i], s))
      return (uint64_t)i;
  if (t->n == t->cap) {
    t->cap = t->cap ? t->cap * 2 : 32;
    t->s = realloc(t->s, sizeof(char *) * (size_t)t->cap);
  }
  t->s[t->n] = s;
  return (uint64_t)t->n++;
}

static void value_type(Bytes *out, int field, Strings *t, const char *type, const char *unit) {
  Bytes m = {0};
  field_int(&m, 1, str_index(t, type));
  field_int(&m, 2, str_index(t, unit));
  field_msg(out, field, &m);
  free(m.data);
}

static void label(Bytes *sample, Strings *t, const char *key, const char *value) {
  Bytes m = {0};
  field_int(&m, 1, str_index(t, key));
  field_int(&m, 2, str_index(t, value));
  field_msg(sample, 3, &m);
  free(m.data);
}

static void encode_profile(Bytes *out, const RtProfRow *rows, int n) {
  Strings t = {0};
  str_index(&t, "");
  value_type(out, 1, &t, "alloc_objects", "count");
  value_type(out, 1, &t, "alloc_space", "bytes");
  Bytes m = {0}, sub = {0};
  for (int i = 0; i < n; i++) {   // samples: location i+1
    if (!rows[i].objects)
      continue;
    varint(&sub, (uint64_t)i + 1);
    field_msg(&m, 1, &sub);   // location_id, packed
    varint(&sub, rows[i].objects);
    varint(&sub, rows[i].bytes);
    field_msg(&m, 2, &sub);   // value, packed
    label(&m, &t, "site", rows[i].spell);
    if (rows[i].reason && *rows[i].reason)
      label(&m, &t, "escape", rows[i].reason);
    field_msg(out, 2, &m);
  }
  for (int i = 0; i < n; i++) {   // locations: function i+1 at its line
    field_int(&m, 1, (uint64_t)i + 1);
    field_int(&sub, 1, (uint64_t)i + 1);
    field_int(&sub, 2, (uint64_t)rows[i].line);
    field_msg(&m, 4, &sub);
    field_msg(out, 4, &m);
  }
  for (int i = 0; i < n; i++) {   // functions
    field_int(&m, 1, (uint64_t)i + 1);
    field_int(&m, 2, str_index(&t, rows[i].func));
    field_int(&m, 3, str_index(&t, rows[i].func));
    field_int(&m, 4, str_index(&t, rows[i].file));
    field_msg(out, 5, &m);
  }
  value_type(out, 11, &t, "space", "bytes");   // period type (its strings enter the table)
  field_int(out, 12, 1);                       // period: every allocation
  field_int(out, 14, str_index(&t, "alloc_space"));
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  field_int(out, 9, (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec);
  for (int i = 0; i < t.n; i++)   // last: every string is in by now
    field_bytes(out, 6, t.s[i], strlen(t.s[i]));
  free(m.data);
  free(sub.data);
  free(t.s);
}

static uint32_t crc32(const uint8_t *p, size_t n) {
  static uint32_t table[256];
  if (!table[1])
    for (uint32_t i = 0; i < 256; i++) {
      uint32_t c = i;
      for (int k = 0; k < 8; k++)
        c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      table[i] = c;
    }
  uint32_t c = 0xFFFFFFFFu;
  for (size_t i = 0; i < n; i++)
    c = table[(c ^ p[i]) & 0xff] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

static void le32(Bytes *b, uint32_t v) {
  uint8_t x[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
  put(b, x, 4);
}

// gzip (RFC 1952) around deflate's stored blocks (RFC 1951, BTYPE 00).
static void gzip_stored(Bytes *out, const uint8_t *p, size_t n) {
  static const uint8_t header[10] = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3};
  put(out, header, sizeof header);
  size_t at = 0;
  do {
    size_t k = n - at < 65535 ? n - at : 65535;
    uint8_t block[5] = {at + k == n ? 1 : 0, (uint8_t)k, (uint8_t)(k >> 8), (uint8_t)~k,
                        (uint8_t)(~k >> 8)};
    put(out, block, 5);
    put(out, p + at, k);
    at += k;
  } while (at < n);
  le32(out, crc32(p, n));
  le32(out, (uint32_t)n);
}

int rt_pprof_write(const char *path, const RtProfRow *rows, int n) {
  Bytes proto = {0}, gz = {0};
  encode_profile(&proto, rows, n);
  gzip_stored(&gz, proto.data, proto.len);
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  int ok = fd >= 0;
  for (size_t at = 0; ok && at < gz.len;) {
    ssize_t w = write(fd, gz.data + at, gz.len - at);
    ok = w > 0;
    at += ok ? (size_t)w : 0;
  }
  if (fd >= 0 && close(fd) != 0)
    ok = 0;
  free(proto.data);
  free(gz.data);
  return ok ? 0 : -1;
}
