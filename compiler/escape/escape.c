// escape.c — the driver. Functions are analysed bottom-up over the call
// graph's strongly connected components (Tarjan), callees before callers, so
// a call to an already analysed function uses its parameter tags and a group
// of mutually recursive functions is analysed together as one batch.
//
// Every allocation site ends with a verdict: V_STACK or V_HEAP. codegen.c only
// reads it. -escape=off sends every site to the heap (the baseline).
#include "internal.h"

#include <stdlib.h>
#include <string.h>

// gc's HeapAllocReason: sites that must be on the heap whatever flows.
static const char *heap_alloc_reason(Site *s) {
  if (s->kind == SITE_VAR) {
    if (s->var->kind == VAR_PARAM || s->var->kind == VAR_RESULT)
      return NULL;
    return type_size(s->type) > max_stack_var_size() ? "too large for stack" : NULL;
  }
  switch (s->kind) {
  case SITE_NEW: case SITE_ADDRLIT: case SITE_CLOSURE: case SITE_METHVAL:
    return type_size(s->type) > max_implicit_stack_var_size() ? "too large for stack" : NULL;
  case SITE_MAKESLICE:
    if (s->count < 0)
      return "non-constant size";
    return type_size(s->type) > max_implicit_stack_var_size() ? "too large for stack" : NULL;
  default:
    return NULL;
  }
}

// ---------------------------------------------------------------- call graph

// The functions a body refers to, in walk order (which fixes the order of
// the batches, and so of the -m output).
typedef struct {
  IRVisitor v;
  Vec *out;
} CalleeWalk;

static void callees_stmt(IRVisitor *v, IRStmt *s, IRSlot at) { ir_stmt_children(s, v); }

static void callees_expr(IRVisitor *v, IRExpr *e, IRSlot at) {
  Vec *out = ((CalleeWalk *)v)->out;
  if (e->kind == IR_CALL || e->kind == IR_FUNCVALUE ||
      (e->kind == IR_CALLVALUE && e->fn && !e->fn->outer))
    vec_push(out, e->fn);
  if (e->kind == IR_CLOSURE && analysed_alone(e->fn))
    vec_push(out, e->fn);
  else if (e->kind == IR_CLOSURE && e->fn->body) // a closure belongs to its enclosing function's batch
    callees_stmt(v, e->fn->body, at);
  ir_expr_children(e, v);
}

static void callees(Func *f, Vec *out) {
  CalleeWalk w = {{callees_expr, callees_stmt}, out};
  if (f->body)
    callees_stmt(&w.v, f->body, (IRSlot){IR_F_BODY, 0});
}

typedef struct {
  Vec stack;
  int index;
  Vec batches;   // Vec* of Func*, callees first
} Tarjan;

static void strongconnect(Tarjan *t, Func *f) {
  EscFunc *ef = esc_func(f);
  ef->index = ef->lowlink = ++t->index;
  vec_push(&t->stack, f);
  ef->on_stack = true;
  Vec out = {0};
  callees(f, &out);
  for (int i = 0; i < out.len; i++) {
    Func *g = out.data[i];
    EscFunc *eg = esc_func(g);
    if (eg->tagged)   // an earlier package's (analysed, or read from export data)
      continue;
    if (!eg->index) {
      strongconnect(t, g);
      if (eg->lowlink < ef->lowlink)
        ef->lowlink = eg->lowlink;
    } else if (eg->on_stack && eg->index < ef->lowlink) {
      ef->lowlink = eg->index;
    }
  }
  if (ef->lowlink != ef->index)
    return;
  Vec *batch = xmalloc(sizeof(Vec));
  Func *g;
  do {
    g = t->stack.data[--t->stack.len];
    esc_func(g)->on_stack = false;
    vec_push(batch, g);
  } while (g != f);
  // Members in source order, as gc lists a batch.
  for (int i = 1; i < batch->len; i++)
    for (int j = i; j > 0 && ((Func *)batch->data[j])->pos.line < ((Func *)batch->data[j - 1])->pos.line; j--) {
      void *tmp = batch->data[j];
      batch->data[j] = batch->data[j - 1];
      batch->data[j - 1] = tmp;
    }
  vec_push(&t->batches, batch);
}

// ---------------------------------------------------------------- batches

// `a, b := f()` and `a, b = f()`: gc's call writes its results straight into
// a and b (its holes are the left-hand sides); escgo's IR has a tuple
// temporary, then one assignment per variable. A result assigned unchanged
// to a local variable of this function shares that variable's location, so
// the flow, and the -m=2 explanation of it, goes from the call to the
// variable as in gc. (Results converted on the way, or stored elsewhere,
// keep a location of their own.)
typedef struct {
  IRVisitor v;
  Func *f;
} AliasWalk;

static void alias_results(IRVisitor *v, IRStmt *s, IRSlot at) {
  Func *f = ((AliasWalk *)v)->f;
  IRExpr *val = s->kind == IR_S_DECL ? s->x : s->kind == IR_S_ASSIGN ? s->y : NULL;
  Var *dst = s->kind == IR_S_DECL ? s->var
             : s->kind == IR_S_ASSIGN && s->x && s->x->kind == IR_VAR ? s->x->var : NULL;
  if (val && val->kind == IR_BOX && val->ival == 1)
    val = val->x;   // v, ok = x.(T) into an interface v: gc converts after escape analysis
  if (val && dst && val->kind == IR_EXTRACT && val->x->kind == IR_VAR && dst->fn == f &&
      !dst->outer && dst->esc) {
    Loc *tuple = val->x->var->esc;
    if (tuple && tuple->parts && !tuple->parts[val->field]->var)
      tuple->parts[val->field] = dst->esc;
  }
  // a, b = x, y: the temporary holding x is a (the same: flow-insensitive).
  if (val && dst && val->kind == IR_VAR && val->var->pair_temp && val->var->fn == f &&
      dst->fn == f && !dst->outer && dst->esc && dst != val->var)
    val->var->esc = dst->esc;
  ir_stmt_children(s, v);   // (statements only: the walk has no expression callback)
}

static void init_func(Batch *b, Func *f) {
  EscFunc *ef = esc_func(f);
  ef->batch = b->id;
  Escape *esc = &(Escape){.b = b, .curfn = f, .loop_depth = 1};
  ef->param_locs = esc_alloc(sizeof(Loc *) * (f->nparams + 1));
  ef->result_locs = esc_alloc(sizeof(Loc *) * (f->nresults + 1));
  ef->tags = xmalloc(sizeof(Leaks) * (f->nparams + 1));
  for (int i = 0; i < f->nparams; i++)
    leaks_init(&ef->tags[i]);
  // gc creates a location for every declared variable first (fn.Dcl).
  for (int i = 0; i < f->vars.len; i++) {
    Var *v = f->vars.data[i];
    Loc *l = new_loc(esc, v, NULL, false);
    // A multi-value call's results stay apart, as in gc's `a, b, _ = f()`.
    if (v->type && v->type->kind == TY_TUPLE) {
      l->nparts = v->type->nfields;
      l->parts = esc_alloc(sizeof(Loc *) * (l->nparts + 1));
      for (int j = 0; j < l->nparts; j++)
        l->parts[j] = new_loc(esc, NULL, NULL, false);
    }
    for (int j = 0; j < f->nparams; j++)
      if (f->params[j] == v)
        ef->param_locs[j] = l;
    for (int j = 0; j < f->nresults; j++)
      if (f->results[j] == v) {
        ef->result_locs[j] = l;
        l->result_index = j + 1;
      }
  }
  AliasWalk w = {{NULL, alias_results}, f};
  if (f->body)
    alias_results(&w.v, f->body, (IRSlot){IR_F_BODY, 0});
}

// The func literals inside a batch's functions join the batch (gc: a
// closure is never the root of a call-graph component).
static void add_closures(Vec *funcs) {
  for (int i = 0; i < funcs->len; i++) {
    Func *f = funcs->data[i];
    for (int j = 0; j < f->closures.len; j++)
      if (!analysed_alone(f->closures.data[j]))
        vec_push(funcs, f->closures.data[j]);
  }
}

static void analyze_batch(Vec *funcs, int id) {
  Batch batch = {0};
  batch.id = id;
  batch.heap.is_heap = true;
  batch.heap.escapes = true;
  batch.heap.transient = false;
  batch.blank.is_blank = true;
  Batch *b = &batch;
  add_closures(funcs);
  int saved_m = flags.m;
  if (batch_untold(funcs))
    flags.m = 0;   // gc compiled one body for this shape, and spoke of it already
  for (int i = 0; i < funcs->len; i++)
    init_func(b, funcs->data[i]);
  for (int i = 0; i < funcs->len; i++)
    if (!((Func *)funcs->data[i])->outer || analysed_alone(funcs->data[i])) {
      types_shape_instance = shape_instance(funcs->data[i]);   // -m=2 spells its statements
      spell_imported_from = imported_spelling(funcs->data[i]);
      build_func(b, funcs->data[i]); // closures are built where they are written
      types_shape_instance = NULL;
      spell_imported_from = NULL;
    }
  flow_closures(b);
  for (int i = 0; i < batch.locs.len; i++) {
    Loc *l = batch.locs.data[i];
    const char *why = l->site ? heap_alloc_reason(l->site) : NULL;
    if (why) {
      l->site->reason = why;
      flow(b, hole_addr(heap_hole(b), l->site->pos, l->site->spell, why), l);
    }
  }
  walk_all(b);
  for (int i = 0; i < funcs->len; i++) {
    if (!((Func *)funcs->data[i])->autogenerated)
      report_param_tags(funcs->data[i]);
    esc_func(funcs->data[i])->tagged = true;
  }
  report_locs(b);
  // The batch's graph is gone after this: forget pointers into it.
  for (int i = 0; i < batch.locs.len; i++) {
    Loc *l = batch.locs.data[i];
    if (l->var)
      l->var->esc = NULL;
    if (l->site)
      l->site->esc = NULL;
  }
  for (int i = 0; i < funcs->len; i++) {
    EscFunc *ef = esc_func(funcs->data[i]);
    ef->param_locs = ef->result_locs = NULL;
  }
  free(batch.locs.data);
  esc_arena_reset();
  flags.m = saved_m;
}

// -d=forcestack=FILE:LINE puts the sites on that line on the stack whatever
// the analysis says — only to prove that the -asan checker catches it.
static void force_stack(Program *prog) {
  const char *spec = flags.forcestack;
  const char *colon = spec ? strrchr(spec, ':') : NULL;
  if (!colon)
    return;
  int line = atoi(colon + 1);
  size_t flen = colon - spec;
  for (int i = 0; i < prog->sites.len; i++) {
    Site *s = prog->sites.data[i];
    const char *path = s->pos.file ? s->pos.file->path : "";
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    bool file_ok = (strlen(path) == flen && !strncmp(path, spec, flen)) ||
                   (strlen(base) == flen && !strncmp(base, spec, flen));
    if (file_ok && s->pos.line == line) {
      s->verdict = V_STACK;
      s->reason = "forced onto the stack by -d=forcestack";
    }
  }
}

// The roots of the call graph in gc's order of declarations: functions in
// source order, a package-level initialiser's func literal where it is
// written, the package initialiser last.
static Vec root_order(Program *prog) {
  Vec roots = {0};
  for (int i = 0; i < prog->funcs.len; i++)
    if (!((Func *)prog->funcs.data[i])->outer)
      vec_push(&roots, prog->funcs.data[i]);
  for (int i = 0; i < prog->funcs.len; i++) {
    Func *g = prog->funcs.data[i];
    if (!analysed_alone(g))
      continue;
    int at = roots.len;
    for (int j = 0; j < roots.len; j++) {
      Func *r = roots.data[j];
      if (!r->decl || (r->pos.file == g->pos.file && r->pos.line > g->pos.line)) {
        at = j;
        break;
      }
    }
    vec_push(&roots, NULL);
    for (int j = roots.len - 1; j > at; j--)
      roots.data[j] = roots.data[j - 1];
    roots.data[at] = g;
  }
  return roots;
}

void escape_analyze(Program *prog) {
  Tarjan t = {0};
  Vec roots = root_order(prog);
  for (int i = 0; i < roots.len; i++) {
    Func *f = roots.data[i];
    if (!esc_func(f)->index)
      strongconnect(&t, f);
  }
  for (int i = 0; i < t.batches.len; i++)
    analyze_batch(t.batches.data[i], i + 1);
  for (int i = 0; i < prog->sites.len; i++) {
    Site *s = prog->sites.data[i];
    if (s->verdict == V_UNDECIDED)
      s->verdict = V_HEAP; // never reached by the analysis: be safe
    if (flags.escape_off) {
      s->verdict = V_HEAP;
      s->reason = "-escape=off";
    }
  }
  force_stack(prog);
}

void escape_explain_wrapper(Func *w) {
  static int batches = 1 << 20;   // (ids apart from any program's)
  Vec batch = {0};
  vec_push(&batch, w);
  analyze_batch(&batch, batches++);
  free(batch.data);
}
