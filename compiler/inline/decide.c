// decide.c — the inliner's driver (gc's InlinePackage): the package's
// functions bottom-up over the call graph's strongly connected components
// (gc's ir.VisitFuncsBottomUp, Tarjan), callees first. For each function in
// a component, in the order the walk met them: CanInline (its cost; a
// function calling only itself is "recursive"), then InlineCalls (its calls
// of inlinable functions expanded). So a callee's cost is known when its
// callers are costed, and a mutually recursive pair costs as gc's does: the
// first met sees the second as a plain call.
#include "internal.h"

#include <string.h>

// A function the inliner looks at: declared in the source with a body of
// its own (not escgo's method-table or go/defer wrappers).
static bool is_source_func(Func *f) {
  return f->decl && !f->mtab_wrapper && !f->is_wrapper &&
         (f->decl->kind == N_FUNCDECL || f->decl->kind == N_FUNCLIT);
}

typedef struct SccNode {
  int index, lowlink;
  bool on_stack;
} SccNode;

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

typedef struct {
  Inliner *in;
  SccNode *nodes;      // by index in in->decl_funcs
  int n;               // the functions of the source (literals copied by inlining come after)
  Vec stack;
  int index;
} Tarjan;

static int func_index(Tarjan *t, Func *f) {
  for (int i = 0; i < t->n; i++)
    if (t->in->decl_funcs.data[i] == f)
      return i;
  return -1;
}

static void visit_component(Tarjan *t, Vec *comp, bool recursive);

static void strongconnect(Tarjan *t, int fi) {
  SccNode *n = &t->nodes[fi];
  Func *f = t->in->decl_funcs.data[fi];
  n->index = n->lowlink = ++t->index;
  n->on_stack = true;
  vec_push(&t->stack, f);
  Vec out = {0};
  RefWalk w = {{refs_expr, refs_stmt}, &out};
  bool self = false;
  if (f->body)
    refs_stmt(&w.v, f->body, (IRSlot){IR_F_BODY, 0});
  for (int i = 0; i < out.len; i++) {
    int gi = func_index(t, out.data[i]);
    if (gi < 0)
      continue;
    self |= gi == fi;
    SccNode *g = &t->nodes[gi];
    if (!g->index) {
      strongconnect(t, gi);
      if (g->lowlink < n->lowlink)
        n->lowlink = g->lowlink;
    } else if (g->on_stack && g->index < n->lowlink) {
      n->lowlink = g->index;
    }
  }
  if (n->lowlink != n->index)
    return;
  // The component is the stack from f up, in the order the walk met them.
  int from = t->stack.len;
  while (t->stack.data[--from] != f) {
  }
  Vec comp = {0};
  for (int i = from; i < t->stack.len; i++) {
    vec_push(&comp, t->stack.data[i]);
    t->nodes[func_index(t, t->stack.data[i])].on_stack = false;
  }
  t->stack.len = from;
  visit_component(t, &comp, comp.len > 1 || self);
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
        note_at(f->pos, "cannot inline %s: recursive", inl_func_name(t->in, f));
    }
    inline_calls(t->in, f);
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
  Tarjan t = {.in = &in, .nodes = xmalloc(sizeof(SccNode) * (in.decl_funcs.len + 1)),
              .n = in.decl_funcs.len};
  // Roots: the package's functions in source order (func literals are
  // reached from the functions holding them).
  for (int i = 0; i < t.n; i++) {
    Func *f = in.decl_funcs.data[i];
    if (!f->outer && !t.nodes[i].index)
      strongconnect(&t, i);
  }
  for (int i = 0; i < t.n; i++)
    if (!t.nodes[i].index)
      strongconnect(&t, i);   // literals of package-level initialisers
  if (prog->init)
    inline_calls(&in, prog->init);   // package-level initialisers (gc: glob.. code)
  report_wrapper_inlining(&in);   // (gc makes its method wrappers afterwards)
}
