// decide.c — the inliner's driver (gc's InlinePackage): the package's
// functions bottom-up over the call graph's strongly connected components
// (gc's ir.VisitFuncsBottomUp, Tarjan), callees first. For each function in
// a component, in the order the walk met them: CanInline (its cost; a
// function calling only itself is "recursive"), then InlineCalls (its calls
// of inlinable functions expanded). So a callee's cost is known when its
// callers are costed, and a mutually recursive pair costs as gc's does: the
// first met sees the second as a plain call.
#include "internal.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

// A function the inliner looks at: declared in the source with a body of
// its own (not escgo's method-table or go/defer wrappers).
static bool is_source_func(Func *f) {
  return f->decl && !f->mtab_wrapper && !f->is_wrapper &&
         (f->decl->kind == N_FUNCDECL || f->decl->kind == N_FUNCLIT);
}

typedef struct {
  IRVisitor v;
  Vec *out;
} RefWalk;

static void refs_stmt(IRVisitor *v, IRStmt *s, IRSlot at) { ir_stmt_children(s, v); }

// The functions a body refers to, in walk order: called or used as values,
// and the func literals written in it (gc visits a closure as a function of
// its own, not as part of the enclosing body).
static void refs_expr(IRVisitor *v, IRExpr *e, IRSlot at) {
  Vec *out = ((RefWalk *)v)->out;
  if ((e->kind == IR_CALL || e->kind == IR_FUNCVALUE || e->kind == IR_CLOSURE) && e->fn)
    vec_push(out, e->fn);
  if (e->kind == IR_CLOSURE && e->fn->is_wrapper && e->fn->body)
    refs_stmt(v, e->fn->body, at);   // a go/defer wrapper is gc's go/defer statement itself
  ir_expr_children(e, v);
}

// gc's bottomUpVisitor: each function gets an id (and id+1 stands for "no
// reference back"); a component's root is a function (never a func
// literal) that nothing on the stack below it reaches, so a func literal
// joins its enclosing function's component, after it.
typedef struct {
  Inliner *in;
  unsigned *ids;       // by index in in->decl_funcs; 0 unvisited, UINT_MAX done
  int n;               // the functions of the source (literals copied by inlining come after)
  Vec stack;
  unsigned gen;
} Tarjan;

static int func_index(Tarjan *t, Func *f) {
  for (int i = 0; i < t->n; i++)
    if (t->in->decl_funcs.data[i] == f)
      return i;
  return -1;
}

static void visit_component(Tarjan *t, Vec *comp, bool recursive);

// A func literal inside a function (gc's hidden closure); those of
// package-level initialisers are functions of their own.
static bool is_hidden_closure(Tarjan *t, Func *f) {
  return f->outer && func_index(t, f->outer) >= 0;
}

static unsigned visit(Tarjan *t, int fi) {
  if (t->ids[fi])
    return t->ids[fi];
  Func *f = t->in->decl_funcs.data[fi];
  unsigned id = ++t->gen;
  t->ids[fi] = id;
  unsigned min = ++t->gen;
  vec_push(&t->stack, f);
  Vec out = {0};
  RefWalk w = {{refs_expr, refs_stmt}, &out};
  if (f->body)
    refs_stmt(&w.v, f->body, (IRSlot){IR_F_BODY, 0});
  for (int i = 0; i < out.len; i++) {
    int gi = func_index(t, out.data[i]);
    unsigned m = gi < 0 ? UINT_MAX : visit(t, gi);
    if (m < min)
      min = m;
  }
  free(out.data);
  if ((min == id || min == id + 1) && !is_hidden_closure(t, f)) {
    int from = t->stack.len;
    while (t->stack.data[--from] != f) {
    }
    Vec comp = {0};
    for (int i = from; i < t->stack.len; i++) {
      vec_push(&comp, t->stack.data[i]);
      t->ids[func_index(t, t->stack.data[i])] = UINT_MAX;
    }
    t->stack.len = from;
    visit_component(t, &comp, min == id);
  }
  return min;
}

static int non_closures(Vec *comp) {
  int n = 0;
  for (int i = 0; i < comp->len; i++)
    n += !((Func *)comp->data[i])->outer;
  return n;
}

static void visit_component(Tarjan *t, Vec *comp, bool recursive) {
  int nfns = non_closures(comp);
  for (int i = 0; i < comp->len; i++) {
    Func *f = comp->data[i];
    if (!recursive || nfns > 1) {
      can_inline(t->in, f);
    } else {
      InlInfo *info = inl_info(f);
      info->checked = true;
      info->reason = "recursive";
      if (flags.m > 1)
        note_at(inl_func_pos(f), "cannot inline %s: recursive", inl_func_name(t->in, f));
    }
    inline_calls(t->in, f);
  }
}

static bool is_global_literal(Tarjan *t, Func *f) {
  return f->decl->kind == N_FUNCLIT && !is_hidden_closure(t, f);
}

static bool pos_before(Pos a, Pos b) {
  return a.line < b.line || (a.line == b.line && a.col < b.col);
}

// The literals of package-level initialisers written before a function at
// pos in its file (visit() skips those already visited).
static void visit_global_literals_before(Tarjan *t, Pos pos) {
  for (int i = 0; i < t->n; i++) {
    Func *g = t->in->decl_funcs.data[i];
    if (is_global_literal(t, g) && g->pos.file == pos.file && pos_before(g->pos, pos))
      visit(t, i);
  }
}

void inline_package(Program *prog) {
  if (flags.no_inline)
    return;
  Inliner in = {.prog = prog};
  for (int i = 0; i < prog->funcs.len; i++)
    if (is_source_func(prog->funcs.data[i])) {
      vec_push(&in.decl_funcs, prog->funcs.data[i]);
      inl_info(prog->funcs.data[i])->home = prog;
    }
  Tarjan t = {.in = &in, .ids = xmalloc(sizeof(unsigned) * (in.decl_funcs.len + 1)),
              .n = in.decl_funcs.len};
  // Roots: the package's functions in source order (func literals are
  // reached from the functions holding them), the literals of package-level
  // initialisers among them where they are written (gc declares them as it
  // meets them).
  for (int i = 0; i < t.n; i++) {
    Func *f = in.decl_funcs.data[i];
    if (is_hidden_closure(&t, f) || is_global_literal(&t, f))
      continue;
    visit_global_literals_before(&t, f->pos);
    visit(&t, i);
  }
  for (int i = 0; i < t.n; i++)
    if (!is_hidden_closure(&t, in.decl_funcs.data[i]))
      visit(&t, i);
  if (prog->init)
    inline_calls(&in, prog->init);   // package-level initialisers (gc: glob.. code)
}
