// solve.c — the solver. From every location (a "root"), a shortest-path walk
// over incoming edges computes how many dereferences separate each location
// from the root (Bellman-Ford: &-edges are negative). A location whose address
// reaches a root that outlives it escapes, and becomes a root itself.
#include "internal.h"

#include <stdlib.h>

// Is c a func literal nested (at any depth) inside f?
static bool contains_closure(Func *f, Func *c) {
  if (!f || !c || f == c)
    return false;
  for (Func *o = c->outer; o; o = o->outer)
    if (o == f)
      return true;
  return false;
}

// Does l outlive other — may l hold a value longer than other exists?
bool outlives(Loc *l, Loc *other) {
  if (l->escapes)
    return true; // the heap outlives everything
  // Callers may keep returned values anywhere — except that a closure
  // called where it is written returns to its enclosing function:
  // `*(func() *int { return &u }()) = 42` keeps u on the stack.
  if (l->is_result) {
    if (contains_closure(other->fn, l->fn) && l->fn->closure_called)
      return false;
    return true;
  }
  // A variable declared outside a loop outlives what the loop allocates:
  // `var p *int; for { p = new(int) }` needs a fresh object per iteration.
  if (l->fn == other->fn && l->loop_depth < other->loop_depth)
    return true;
  // What a closure allocates may be stored in its enclosing function's variables.
  if (contains_closure(l->fn, other->fn))
    return true;
  return false;
}

// Records that parameter l flows to sink with derefs dereferences.
static void leak_to(Loc *l, Loc *sink, int derefs) {
  if (!sink->escapes && sink->is_result && sink->fn == l->fn) {
    int ri = sink->result_index - 1;
    if (ri >= 0 && ri < NUM_ESC_RESULTS) {
      leaks_add_result(&l->param_esc, ri, derefs);
      return;
    }
  }
  leaks_add_heap(&l->param_esc, derefs);
}

typedef struct {
  Loc **items;
  int len, cap;
} LocStack;

static void push(LocStack *s, Loc *l) {
  if (s->len == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 64;
    s->items = xrealloc(s->items, sizeof(Loc *) * s->cap);
  }
  s->items[s->len++] = l;
}

// The solver's state over one batch.
typedef struct {
  Batch *b;
  LocStack work;        // roots still to walk
  LocStack todo;        // one walk's locations still to visit
} Solver;

static void enqueue(Solver *s, Loc *l) {
  if (!l->queued) {
    push(&s->work, l);
    l->queued = true;
  }
}

static void walk_one(Solver *s, Loc *root, int walkgen) {
  Batch *b = s->b;
  LocStack todo = s->todo;   // (its memory is reused walk after walk)
  todo.len = 0;
  root->walkgen = walkgen;
  root->derefs = 0;
  root->dst = NULL;
  push(&todo, root);
  while (todo.len) {
    Loc *l = todo.items[--todo.len];
    int derefs = l->derefs;
    bool address_of = derefs < 0;
    if (address_of) {
      // In "root = &l; l = x", l's address reaches root but x's does not.
      derefs = 0;
      if (!root->transient && l->transient) {
        l->transient = false;
        enqueue(s, l);
      }
    }
    if (outlives(root, l)) {
      if (l->is_param) {
        if (flags.m >= 2 && !l->escapes && !(l->fn && l->fn->mtab_wrapper))   // (as report.c)
          explain_walk(b, root, l, "leak", xfmt("parameter %s leaks to %s with derefs=%d", l->var->name,
                                     loc_name(root), derefs));
        leak_to(l, root, derefs);
      }
      if (address_of && !l->escapes) {
        if (flags.m >= 2 && loc_reported(l))
          explain_walk(b, root, l, "escape",
                       xfmt("%s escapes to heap", l->var ? l->var->name : l->site->spell));
        l->escapes = true;
        enqueue(s, l);
        continue;
      }
    }
    for (int i = 0; i < l->nedges; i++) {
      Edge *e = &l->edges[i];
      if (e->src->escapes)
        continue;
      int d = derefs + e->derefs;
      if (e->src->walkgen != walkgen || e->src->derefs > d) {
        e->src->walkgen = walkgen;
        e->src->derefs = d;
        e->src->dst = l;
        e->src->dst_edge = i;
        push(&todo, e->src);
      }
    }
  }
  s->todo = todo;
}

// Can a walk from root change anything? Only if root may outlive some
// location (it escapes, is a result, sits outside a loop of its function,
// or its function has func literals: outlives) or is not transient (then
// an address reaching it makes a transient location non-transient). A walk
// from any other root finds nothing, so it is skipped: that keeps the
// solver linear on long chains of straight-line code ([]any{[]any{...}}
// 100,000 deep), where gc's walk from every location is quadratic. The
// verdicts are the same.
static bool walk_matters(Loc *root) {
  if (root->escapes || root->is_result || !root->transient || !root->fn)
    return true;
  Func *f = root->fn;
  return f->closures.len > 0 || root->loop_depth < esc_func(f)->max_loop_depth;
}

// Walks from every location and the heap until nothing changes. Each
// location re-enters the queue at most twice (on escaping, on becoming
// non-transient), so this takes a number of walks linear in the locations.
void walk_all(Batch *b) {
  for (int i = 0; i < b->locs.len; i++) {
    Loc *l = b->locs.data[i];
    if (l->fn && l->loop_depth > esc_func(l->fn)->max_loop_depth)
      esc_func(l->fn)->max_loop_depth = l->loop_depth;
  }
  Solver s = {b};
  for (int i = 0; i < b->locs.len; i++)
    enqueue(&s, b->locs.data[i]);
  enqueue(&s, &b->heap);
  int walkgen = 0;
  while (s.work.len) {
    Loc *root = s.work.items[--s.work.len];
    root->queued = false;
    if (walk_matters(root))
      walk_one(&s, root, ++walkgen);
  }
  free(s.work.items);
  free(s.todo.items);
}
