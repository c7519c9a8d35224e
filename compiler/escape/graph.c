// graph.c — the escape graph: locations, weighted edges, and holes (the
// evaluation context an expression's value flows into).
#include "internal.h"

#include <string.h>

// ---------------------------------------------------------------- the batch arena
//
// Everything the graph of one batch needs (locations, edges, notes) comes
// from an arena that is reset when the batch is done: the next batch reuses
// the same memory, so analysis time stays linear in program size instead of
// paying for fresh pages. Nothing allocated here may outlive its batch
// (parameter tags, which later batches read, are copied out).

typedef struct Chunk {
  struct Chunk *next;
  size_t used, size;
  char data[];
} Chunk;

static Chunk *chunks, *current;

void *esc_alloc(size_t n) {
  n = (n + 15) & ~(size_t)15;
  while (!current || current->used + n > current->size) {
    if (current && current->next) {
      current = current->next; // a chunk kept from an earlier batch
      current->used = 0;
      continue;
    }
    size_t size = n > (1u << 20) ? n : (1u << 20);
    Chunk *c = xmalloc(sizeof(Chunk) + size);
    c->size = size;
    if (current)
      current->next = c;
    else
      chunks = c;
    current = c;
  }
  void *p = current->data + current->used;
  current->used += n;
  memset(p, 0, n);
  return p;
}

void esc_arena_reset(void) {
  current = chunks;
  if (current)
    current->used = 0;
}

Loc *new_loc(Escape *esc, Var *v, Site *s, bool transient) {
  Loc *l = esc_alloc(sizeof(Loc));
  l->id = esc->b->locs.len + 1;
  l->var = v;
  l->site = s ? s : v ? v->site : NULL;
  l->fn = esc->curfn;
  l->loop_depth = esc->loop_depth;
  l->transient = transient;
  leaks_init(&l->param_esc);
  if (v) {
    l->is_param = v->kind == VAR_PARAM;
    l->is_result = v->kind == VAR_RESULT;
    v->esc = l;
  }
  if (s)
    s->esc = l;
  vec_push(&esc->b->locs, l);
  return l;
}

Loc *var_loc(Var *v) {
  while (v->outer)   // a closure's captured variable is the enclosing one (gc's Canonical)
    v = v->outer;
  if (!v->esc)
    ice("escape: variable %s has no location", v->name);
  return v->esc;
}

Hole hole_of(Loc *l) { return (Hole){l, 0, NULL}; }
Hole heap_hole(Batch *b) { return (Hole){&b->heap, 0, NULL}; }
Hole discard_hole(Batch *b) { return (Hole){&b->blank, 0, NULL}; }

Hole hole_shift(Hole k, int delta) {
  k.derefs += delta;
  if (k.derefs < -1)
    ice("escape: derefs underflow");
  k.addrtaken = delta < 0;
  return k;
}

// Notes are kept only for -m=2, which prints the path a value took.
Hole hole_note(Hole k, Pos pos, const char *what, const char *why) {
  if (flags.m >= 2) {
    Note *n = esc_alloc(sizeof(Note));
    n->next = k.notes;
    n->pos = pos;
    n->what = what;
    n->why = why;
    k.notes = n;
  }
  return k;
}

Hole hole_addr(Hole k, Pos pos, const char *what, const char *why) {
  return hole_shift(hole_note(k, pos, what, why), -1);
}

Hole hole_deref(Hole k, Pos pos, const char *what, const char *why) {
  return hole_shift(hole_note(k, pos, what, why), 1);
}

static void add_edge(Loc *dst, Loc *src, int derefs, Note *notes) {
  if (dst->nedges == dst->capedges) {
    int cap = dst->capedges ? dst->capedges * 2 : 4;
    Edge *edges = esc_alloc(sizeof(Edge) * cap);
    if (dst->nedges)
      memcpy(edges, dst->edges, sizeof(Edge) * dst->nedges);
    dst->edges = edges;
    dst->capedges = cap;
  }
  dst->edges[dst->nedges++] = (Edge){src, derefs, notes};
}

// Records "k.dst = <derefs> src".
void flow(Batch *b, Hole k, Loc *src) {
  if (k.addrtaken)
    src->addrtaken = true;
  Loc *dst = k.dst;
  if (dst == &b->blank)
    return;
  if (dst == src && k.derefs >= 0) // x = x, x = *x: nothing new flows
    return;
  if (dst->escapes && k.derefs < 0) { // &src stored somewhere that escapes
    if (flags.m >= 2 && loc_reported(src))
      explain_flow_escape(dst, src, k.derefs, k.notes);
    src->escapes = true;
    return;
  }
  add_edge(dst, src, k.derefs, k.notes);
}

// A hole that feeds several holes at once, through a temporary location.
Hole tee_hole(Escape *esc, Hole *ks, int n) {
  if (n == 0)
    return discard_hole(esc->b);
  if (n == 1)
    return ks[0];
  Loc *tmp = new_loc(esc, NULL, NULL, true);
  for (int i = 0; i < n; i++) {
    if (ks[i].derefs < 0)
      ice("escape: tee hole with negative derefs");
    flow(esc->b, ks[i], tmp);
  }
  return hole_of(tmp);
}

// An allocating expression: its storage is a location whose address flows to k.
Hole spill(Escape *esc, Hole k, Site *s, Pos pos, const char *what) {
  Loc *l = new_loc(esc, NULL, s, true);
  flow(esc->b, hole_addr(k, pos, what, "spill"), l);
  return hole_of(l);
}

const char *loc_name(Loc *l) {
  if (l->is_heap)
    return "{heap}";
  if (l->var && !l->var->range_temp)
    return l->var->name;
  if (l->site)
    return xfmt("{storage for %s}", l->site->spell);
  return "{temp}";
}

Pos loc_pos(Loc *l) {
  if (l->var)
    return l->var->pos;
  if (l->site)
    return l->site->pos;
  return (Pos){0};
}
