// expand.c — gc's InlineCalls: every call of an inlinable function in a
// body becomes a copy of that function's body (IR_INLCALL), innermost calls
// first; the copy's own calls are then inlined in turn (mid-stack
// inlining), the functions being expanded kept on a stack so a recursive
// cycle stops where it would start again (gc's inlMap).
#include "internal.h"

#include <string.h>

typedef struct {
  IRVisitor v;
  bool found;
} ClosureFinder;

static void find_closure(IRVisitor *v, IRExpr *e, IRSlot at) {
  ClosureFinder *cf = (ClosureFinder *)v;
  if (e->kind == IR_CLOSURE || e->kind == IR_RECOVER)
    cf->found = true;
  ir_expr_children(e, v);
}

static void find_closure_stmt(IRVisitor *v, IRStmt *s, IRSlot at) {
  if (s->kind == IR_S_DEFER || s->kind == IR_S_GO)
    ((ClosureFinder *)v)->found = true;
  ir_stmt_children(s, v);
}

// Can escgo copy this body? Not yet when it holds a func literal (gc copies
// the literal into a new closure of the caller).
bool inline_body_copyable(IRStmt *body) {
  ClosureFinder cf = {{find_closure, find_closure_stmt}, false};
  if (body)
    find_closure_stmt(&cf.v, body, (IRSlot){IR_F_BODY, 0});
  return body && !cf.found;
}

static bool active(Inliner *in, Func *f) {
  for (int i = 0; i < in->active.len; i++)
    if (in->active.data[i] == f)
      return true;
  return false;
}

// The function a call expands to, or NULL (gc's mkinlcall checks).
static Func *inlinable_callee(Inliner *in, IRExpr *e) {
  Func *f = NULL;
  if (e->kind == IR_CALL)
    f = e->fn;
  else if (e->kind == IR_CALLVALUE && e->x->kind == IR_CLOSURE && e->x->fn->outer == in->curfn)
    f = e->x->fn;   // func() { ... }(): a literal called where it is written
  else if (e->kind == IR_CALLVALUE && e->fn && (!e->fn->outer || e->fn->outer == in->curfn))
    f = e->fn;      // a variable never reassigned, known to hold f (gc's StaticValue)
  if (!f || !f->inl)
    return NULL;
  if (e->kind == IR_CALLVALUE && !f->inl->checked)
    can_inline(in, f);
  InlInfo *info = f->inl;
  if (!info->can || info->home != in->prog || !info->expandable)
    return NULL;
  if (info->cost > in->max_cost || f == in->curfn)
    return NULL;
  if (active(in, f)) {
    if (flags.m > 1)
      note_at(in->depth ? in->outer : e->pos, "cannot inline %s into %s: repeated recursive cycle", f->name,
              in->curfn->name);
    return NULL;
  }
  return f;
}

// A func literal inlined where it is called is gone: nothing else refers
// to it, so it is neither analysed nor compiled (as in gc).
static void drop_closure(Inliner *in, Func *f) {
  Vec *lists[] = {&in->prog->funcs, &f->outer->closures};
  for (int k = 0; k < 2; k++) {
    Vec *l = lists[k];
    int j = 0;
    for (int i = 0; i < l->len; i++)
      if (l->data[i] != f)
        l->data[j++] = l->data[i];
    l->len = j;
  }
}

static void edit_stmt(Inliner *in, IRStmt *s);

static IRExpr *edit_expr(IRExpr *e, void *ctx) {
  Inliner *in = ctx;
  if (e->kind == IR_CLOSURE)
    return e;   // a func literal's body is inlined as a function of its own
  ir_edit_expr_children(e, edit_expr, ctx);
  if (e->kind == IR_INLCALL) {
    edit_stmt(in, e->body);
    return e;
  }
  Func *f = inlinable_callee(in, e);
  if (!f)
    return e;
  Pos at = in->depth ? in->outer : e->pos;
  if (flags.m)
    note_at(at, "inlining call to %s", f->name);
  IRExpr *r = inline_copy_call(in, e, f, at);
  if (e->kind == IR_CALLVALUE && e->x->kind == IR_CLOSURE)
    drop_closure(in, f);
  Pos saved = in->outer;
  in->outer = at;
  in->depth++;
  vec_push(&in->active, f);
  edit_stmt(in, r->body);   // the copy's own calls (mid-stack inlining)
  in->active.len--;
  in->depth--;
  in->outer = saved;
  return r;
}

static void edit_stmt(Inliner *in, IRStmt *s) {
  if (!s)
    return;
  ir_edit_stmt_exprs(s, edit_expr, in);
  for (int i = 0; i < s->nstmts; i++)
    edit_stmt(in, s->stmts[i]);
  for (int i = 0; i < s->nclauses; i++)
    edit_stmt(in, s->clauses[i].body);
  edit_stmt(in, s->body);
  edit_stmt(in, s->els);
  edit_stmt(in, s->post);
}

void inline_calls(Inliner *in, Func *f) {
  if (!f->body)
    return;
  in->curfn = f;
  in->max_cost = is_big_func(f) ? INLINE_BIG_FUNCTION_MAX_COST : INLINE_MAX_BUDGET;
  edit_stmt(in, f->body);
  in->curfn = NULL;
}
