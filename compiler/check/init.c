// check/init.c — package initialization order and initialization cycles,
// as types2's initorder.go: a dependency graph of package-level constants,
// variables and functions; functions are eliminated (their callers depend
// on what they depend on); then nodes are taken fewest-dependencies first,
// in source order, and a node that still has dependencies is in a cycle.
#include "internal.h"

#include <string.h>

typedef struct GNode {
  Obj *obj;
  Vec succ, pred;    // GNode*: what obj depends on / what depends on obj
  int ndeps;
  bool done;
} GNode;

static Vec *refs_of(Obj *o) {
  Deps *d = o->ir;
  return d ? &d->refs : NULL;
}

static GNode *node_of(Vec *nodes, Obj *o) {
  int i = o->mark - 1;
  return i >= 0 && i < nodes->len && ((GNode *)nodes->data[i])->obj == o ? nodes->data[i] : NULL;
}

static bool vec_has(Vec *v, void *p) {
  for (int i = 0; i < v->len; i++)
    if (v->data[i] == p)
      return true;
  return false;
}

// Adds to n's successors the values reachable from o through functions only.
static void add_succs(Vec *nodes, GNode *n, Obj *o, Vec *seen) {
  Vec *refs = refs_of(o);
  for (int i = 0; refs && i < refs->len; i++) {
    Obj *r = refs->data[i];
    GNode *s = node_of(nodes, r);
    if (!s || vec_has(seen, s))
      continue;
    vec_push(seen, s);
    if (r->kind == OBJ_FUNC) {
      add_succs(nodes, n, r, seen);
      continue;
    }
    vec_push(&n->succ, s);
    vec_push(&s->pred, n);
  }
}

// A path of references from `from` back to `to` (gc's findPath): the result
// lists the path's objects in reverse, ending with from's direct reference.
static bool find_path(Obj *from, Obj *to, Vec *seen, Vec *path) {
  if (vec_has(seen, from))
    return false;
  vec_push(seen, from);
  Vec *refs = refs_of(from);
  for (int i = 0; refs && i < refs->len; i++) {
    Obj *d = refs->data[i];
    if (d == to || find_path(d, to, seen, path)) {
      vec_push(path, d);
      return true;
    }
  }
  return false;
}

static char *pos_of(Obj *o) {
  return xfmt("%s:%d:%d", o->pos.file ? o->pos.file->display : "?", o->pos.line, o->pos.col);
}

// gc's "initialization loop for x" with the cycle, one reference a line.
static void report_cycle(Vec *cycle) {
  Obj *o = cycle->data[0];
  Buf b = {0};
  buf_printf(&b, "initialization loop for %s", o->name);
  for (int i = cycle->len - 1; i >= 0; i--) {
    buf_printf(&b, "\n\t%s: %s refers to", pos_of(o), o->name);
    o = cycle->data[i];
  }
  buf_printf(&b, "\n\t%s: %s", pos_of(o), o->name);
  error_at(((Obj *)cycle->data[0])->pos, "%s", buf_cstr(&b));
}

// The spec initializing o: the whole spec for `a, b = f()`, else a spec of
// o alone with its own value.
static Node *init_spec(Obj *o) {
  Node *spec = o->spec;
  if (spec->list.len == 1 && nx(spec)->names.len > 1)
    return spec;
  Node *one = new_node(N_VARSPEC, spec->pos);
  for (int m = 0; m < nx(spec)->names.len; m++) {
    Node *id = nx(spec)->names.data[m];
    if (id->obj != o)
      continue;
    vec_push(&nxw(one)->names, id);
    if (m < spec->list.len)
      vec_push(&one->list, spec->list.data[m]);
  }
  return one;
}

static GNode *next_node(Vec *nodes) {
  GNode *best = NULL;
  for (int i = 0; i < nodes->len; i++) {
    GNode *n = nodes->data[i];
    if (!n->done && n->obj->kind != OBJ_FUNC && (!best || n->ndeps < best->ndeps))
      best = n;
  }
  return best;
}

// objs: the package's constants, variables and functions in source order.
void order_package_vars(Package *pkg, Vec *objs) {
  Vec nodes = {0};
  for (int i = 0; i < objs->len; i++) {
    GNode *n = xmalloc(sizeof(GNode));
    n->obj = objs->data[i];
    n->obj->mark = i + 1;
    vec_push(&nodes, n);
  }
  for (int i = 0; i < nodes.len; i++) {
    GNode *n = nodes.data[i];
    Vec seen = {0};
    if (n->obj->kind != OBJ_FUNC)
      add_succs(&nodes, n, n->obj, &seen);
    n->ndeps = n->succ.len;
  }
  Vec specs = {0}, order = {0}, emitted = {0};
  for (int i = 0; i < objs->len; i++) {
    Obj *o = objs->data[i];
    if (o->kind == OBJ_VAR && o->spec && !o->spec->list.len)
      vec_push(&order, o); // zero values need no initialization
  }
  for (GNode *n; (n = next_node(&nodes));) {
    if (n->ndeps > 0) {
      Vec seen = {0}, cycle = {0};
      if (find_path(n->obj, n->obj, &seen, &cycle))
        report_cycle(&cycle);
    }
    n->done = true;
    for (int i = 0; i < n->pred.len; i++)
      ((GNode *)n->pred.data[i])->ndeps--;
    Obj *o = n->obj;
    if (o->kind != OBJ_VAR || !o->spec || !o->spec->list.len)
      continue;
    vec_push(&order, o);
    bool shared = o->spec->list.len == 1 && nx(o->spec)->names.len > 1;
    if (shared && vec_has(&emitted, o->spec))
      continue;
    vec_push(&emitted, o->spec);
    vec_push(&specs, init_spec(o));
  }
  pkg->inits = specs;
  pkg->globals = order;
  for (int i = 0; i < objs->len; i++) {
    Obj *o = objs->data[i];
    o->mark = 0;
    o->ir = NULL; // borrowed for dependencies; lower.c owns it
  }
}
