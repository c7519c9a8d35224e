// ast.c — where syntax tree nodes live: the node pool, the on-demand
// extensions of the few kinds that need more fields (NodeExt), the cache
// prefetch of a function's nodes, and interned identifier names.
#include "syntax.h"

#include <stdlib.h>
#include <string.h>

// Nodes and names come from big zeroed blocks (fresh pages are already
// zero): the compiler is one-shot and never frees them. A Node is 168 bytes
// (the rare fields are in a NodeExt, see syntax.h); faulting in that memory
// is much of the parser's time.
_Static_assert(sizeof(Node) == 168, "Node grew: keep rare fields in NodeExt (see syntax.h)");

const NodeExt node_ext_none;

NodeExt *nxw(Node *n) {
  if (!n->ext)
    n->ext = arena_alloc(sizeof(NodeExt));
  return n->ext;
}

static Node *pool;
static size_t left;

char *node_pool_next(void) { return (char *)pool; }

void prefetch_nodes(Node *fd) {
  const char *p = nx(fd)->nodes_from, *end = nx(fd)->nodes_to;
  if (!p || end - p > (1 << 20))   // (bigger than a cache could keep)
    return;
  for (; p < end; p += 64)
    __builtin_prefetch(p);
}

Node *new_node(NodeKind k, Pos pos) {
  if (left == 0) {   // 8 MB at a time
    left = (8u << 20) / sizeof(Node);
    pool = arena_alloc(left * sizeof(Node));
  }
  Node *n = pool++;
  left--;
  n->kind = k;
  n->pos = pos;
  return n;
}

// A NUL-terminated copy of a token's text, from a bump allocator.
static char *pool_strndup(const char *s, size_t len) {
  static char *pool;
  static size_t left;
  if (len + 1 > left) {
    left = len + 1 > (1u << 20) ? len + 1 : (1u << 20);
    pool = xmalloc(left);
  }
  char *p = pool;
  memcpy(p, s, len);
  p[len] = 0;
  pool += len + 1;
  left -= len + 1;
  return p;
}

// Identifiers are interned: one copy of each spelling, so the checker's
// scope lookups mostly find the same pointer (check/typexpr.c same_name) and
// a name used 1,000 times is stored once.
typedef struct {
  const char *name;
  unsigned hash;
  int len;
} Interned;

static Interned *interned;
static size_t interned_cap, interned_count;

static void intern_grow(void) {
  Interned *old = interned;
  size_t n = interned_cap;
  interned_cap = n ? n * 2 : 4096;
  interned = xmalloc(sizeof(Interned) * interned_cap);
  for (size_t i = 0; i < n; i++) {
    if (!old[i].name)
      continue;
    size_t j = old[i].hash & (interned_cap - 1);
    while (interned[j].name)
      j = (j + 1) & (interned_cap - 1);
    interned[j] = old[i];
  }
  free(old);
}

char *intern_name(const char *s, int len) {
  unsigned h = 2166136261u;
  for (int i = 0; i < len; i++)
    h = (h ^ (unsigned char)s[i]) * 16777619u;
  if ((interned_count + 1) * 2 > interned_cap)
    intern_grow();
  size_t i = h & (interned_cap - 1);
  for (; interned[i].name; i = (i + 1) & (interned_cap - 1))
    if (interned[i].hash == h && interned[i].len == len && !memcmp(interned[i].name, s, len))
      return (char *)interned[i].name;
  interned[i] = (Interned){pool_strndup(s, len), h, len};
  interned_count++;
  return (char *)interned[i].name;
}

