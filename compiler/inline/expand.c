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

static void find_closure_stmt(IRVisitor *v, IRStmt *s, IRSlot at);

static void find_closure(IRVisitor *v, IRExpr *e, IRSlot at) {
  ClosureFinder *cf = (ClosureFinder *)v;
  if (e->kind == IR_RECOVER || (e->kind == IR_CLOSURE && e->fn->is_wrapper))
    cf->found = true;
  if (e->kind == IR_CLOSURE && e->fn->body)
    find_closure_stmt(v, e->fn->body, at);   // (its own literals are copied with it)
  ir_expr_children(e, v);
}

static void find_closure_stmt(IRVisitor *v, IRStmt *s, IRSlot at) {
  if (s->kind == IR_S_DEFER || s->kind == IR_S_GO)
    ((ClosureFinder *)v)->found = true;
  ir_stmt_children(s, v);
}

// Can escgo copy this body? Not when it holds what gc refuses anyway
// (recover, go and defer statements: their wrappers are escgo's own).
bool inline_body_copyable(IRStmt *body) {
  ClosureFinder cf = {{find_closure, find_closure_stmt}, false};
  if (body)
    find_closure_stmt(&cf.v, body, (IRSlot){IR_F_BODY, 0});
  return body && !cf.found;
}

// The method a method expression's wrapper (lower/method.c: T.M as a
// value) calls with its receiver unchanged: gc's inlCallee resolves the
// method expression to the method itself when the receiver types agree.
Func *method_expr_target(Func *w) {
  if (!w || !w->mtab_wrapper || w->decl || !w->body || w->nparams < 1)
    return NULL;
  IRStmt *s = w->body;
  // { call } or { call; return } (a method without results)
  while (s && s->kind == IR_S_BLOCK &&
         (s->nstmts == 1 || (s->nstmts == 2 && s->stmts[1]->kind == IR_S_RETURN &&
                             !s->stmts[1]->nargs)))
    s = s->stmts[0];
  IRExpr *c = !s ? NULL : s->kind == IR_S_RETURN && s->nargs == 1 ? s->args[0]
                        : s->kind == IR_S_EXPR ? s->x : NULL;
  if (!c || c->kind != IR_CALL || c->nargs != w->nparams)
    return NULL;
  for (int i = 0; i < c->nargs; i++)
    if (c->args[i]->kind != IR_VAR || c->args[i]->var != w->params[i])
      return NULL;   // (an implicit & or *: the receiver types differ)
  return c->fn;
}

static bool active(Inliner *in, Func *f) {
  for (int i = 0; i < in->active.len; i++)
    if (in->active.data[i] == f)
      return true;
  return false;
}

// The func literal an inlined call returns, when its body sets its only
// result once, to a func literal (gc's StaticValue of an OINLCALL).
static Func *inlined_literal(IRExpr *e) {
  IRExpr *v = inline_returned_value(e);
  return v && (v->kind == IR_CLOSURE || v->kind == IR_FUNCVALUE) ? v->fn : NULL;
}

// v := f() with f inlined and returning a func literal: v holds it.
static void note_static_result(Inliner *in, IRStmt *s) {
  if (s->kind != IR_S_DECL || !s->x || s->var->reassigned || s->var->addrtaken || s->var->site)
    return;
  Func *f = inlined_literal(s->x);
  if (f) {
    vec_push(&in->static_vars, s->var);
    vec_push(&in->static_funcs, f);
  }
}

static Func *static_result(Inliner *in, IRExpr *x) {
  if (x->kind == IR_INLCALL)
    return inlined_literal(x);   // f()()
  for (int i = 0; x->kind == IR_VAR && i < in->static_vars.len; i++)
    if (in->static_vars.data[i] == x->var)
      return in->static_funcs.data[i];
  return NULL;
}

// An argument whose type in the generic body mentions a type parameter.
static bool shape_typed_arg(IRExpr *a) {
  while (a && !a->src && (a->kind == IR_ADDR || a->kind == IR_DEREF || a->kind == IR_CONV))
    a = a->x;
  if (a && a->kind == IR_SLICELIT && (!a->src || !unparen(a->src)->shape_typed)) {
    for (int i = 0; i < a->nargs; i++)   // a variadic call's arguments, one by one
      if (shape_typed_arg(a->args[i]))
        return true;
    return false;
  }
  return a && a->src && unparen(a->src)->shape_typed;
}

// gc 1.19 calls a generic's shape body with its dictionary, and inlines
// such a call only into another shape body (where its dictionary is a
// sub-dictionary) and only when some argument has a shape type (its
// mkinlcall, issue 51909): NewSet[T]() in a shape body stays a call.
static bool shape_call_inlinable(Inliner *in, Func *f, IRExpr *e) {
  if (!f->instance || !f->instance->shape_params)
    return true;
  Func *caller = in->curfn;
  while (caller && caller->outer)
    caller = caller->outer;
  if (!caller || !caller->instance)
    return false;
  for (int i = 0; i < e->nargs; i++)
    if (shape_typed_arg(e->args[i]))
      return true;
  return false;
}

// The function a call expands to, or NULL (gc's mkinlcall checks).
static Func *inlinable_callee(Inliner *in, IRExpr *e) {
  Func *f = NULL;
  if (e->kind == IR_CALL && !e->ival)
    f = e->fn;
  else if (e->kind == IR_CALLVALUE && e->x->kind == IR_CLOSURE && e->x->fn->outer == in->curfn)
    f = e->x->fn;   // func() { ... }(): a literal called where it is written
  else if (e->kind == IR_CALLVALUE && method_expr_target(e->fn))
    f = method_expr_target(e->fn);   // f := T.M; f(x, args)
  else if (e->kind == IR_CALLVALUE && e->fn && (!e->fn->outer || e->fn->outer == in->curfn))
    f = e->fn;      // a variable never reassigned, known to hold f (gc's StaticValue)
  else if (e->kind == IR_CALLVALUE && static_result(in, e->x) &&
           (!static_result(in, e->x)->outer || static_result(in, e->x)->outer == in->curfn))
    f = static_result(in, e->x);
  if (!f || !f->inl || is_intrinsic(f))
    return NULL;
  if (!shape_call_inlinable(in, f, e))
    return NULL;
  if (e->kind == IR_CALLVALUE && !f->inl->checked)
    can_inline(in, f);
  f = inline_expansion(in, f);
  if (!f)
    return NULL;
  InlInfo *info = f->inl;
  if (info->cost > in->max_cost || f == in->curfn)
    return NULL;
  if (active(in, f)) {
    if (flags.m > 1)
      note_at(in->depth ? in->outer : e->pos, "cannot inline %s into %s: repeated recursive cycle", inl_func_name(in, f),
              inl_func_name(in, in->curfn));
    return NULL;
  }
  return f;
}

// A func literal inlined where it is called is gone: nothing else refers
// to it, so it is neither analysed nor compiled (as in gc).
static void drop_closure(Inliner *in, Func *f) {
  if (f->outer == in->prog->init)
    return;   // a package-level initialiser's literal is a function of its own in gc (glob..func1)
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

// ---- gc's spelling of what holds an inlined call: the call is its result
// variable (~R0), in parentheses where it is an operand (gc prints OINLCALL
// with the lowest precedence): string(~R0), *(~R0), ~R0 + "!".

static bool is_operator_place(Node *parent) {
  return parent && (parent->kind == N_UNARY || parent->kind == N_STAR ||
                    parent->kind == N_BINARY || parent->kind == N_SELECTOR ||
                    parent->kind == N_INDEX || parent->kind == N_SLICEEXPR);
}

// n with the syntax node call replaced by name (n itself when it is not there).
static Node *subst_call(Node *n, Node *parent, Node *call, const char *name) {
  if (!n)
    return NULL;
  if (n == call && nx(n)->autotmp)
    return n;   // the front end's temporary holds the call: gc spells that, .autotmp_N
  if (n == call) {
    Node *id = new_node(N_IDENT, n->pos);
    id->name = is_operator_place(parent) ? xfmt("(%s)", name) : (char *)name;
    id->type = n->type;
    return id;
  }
  if (n->kind > N_BINARY)   // (not an expression)
    return n;
  Node *p = n->kind == N_PAREN ? parent : n;   // *(f(x)): the call is still *'s operand
  Node *x = subst_call(n->x, p, call, name), *y = subst_call(n->y, p, call, name);
  Vec list = {0};
  bool changed = x != n->x || y != n->y;
  for (int i = 0; i < n->list.len; i++) {
    Node *a = subst_call(n->list.data[i], p, call, name);
    changed |= a != n->list.data[i];
    vec_push(&list, a);
  }
  if (!changed)
    return n;
  Node *c = new_node(n->kind, n->pos);
  *c = *n;   // (the extension, types and objects shared)
  c->x = x;
  c->y = y;
  c->list = list;
  return c;
}

typedef struct {
  IRVisitor v;
  Node *src;
} Respell;

static void respell_expr(IRVisitor *v, IRExpr *e, IRSlot at) {
  Respell *r = (Respell *)v;
  if (e->kind == IR_INLCALL && e->nargs == 1 && e->src)
    r->src = subst_call(r->src, NULL, e->src, e->args[0]->var->name);
  else if (e->kind != IR_CLOSURE)
    ir_expr_children(e, v);
}

// A statement's source with the calls inlined in it replaced by their
// result variables (gc's -m=2 "from sink = ~R0 (assign)", "return ~R0").
static Node *subst_stmt(Node *st, IRStmt *s) {
  if (st->kind != N_ASSIGN && st->kind != N_RETURN && st->kind != N_EXPRSTMT)
    return st;
  Respell r = {{respell_expr, NULL}, NULL};
  Node *out = new_node(st->kind, st->pos);
  *out = *st;
  Vec *lists[] = {&out->list, &out->list2};
  for (int k = 0; k < 2; k++) {
    Vec subst = {0};
    for (int i = 0; i < lists[k]->len; i++) {
      r.src = lists[k]->data[i];
      ir_stmt_children(s, &r.v);
      vec_push(&subst, r.src);
    }
    *lists[k] = subst;
  }
  if (out->x) {
    r.src = out->x;
    ir_stmt_children(s, &r.v);
    out->x = r.src;
  }
  return out;
}

// force: a call in it was devirtualized (spelled T.M(v.(T)) now).
static void respell_site(IRExpr *e, bool force) {
  if (!e->site || !e->src || e->kind == IR_INLCALL)
    return;
  switch (e->site->kind) {
  case SITE_BOX: case SITE_CONCAT: case SITE_STR2BYTES: case SITE_BYTES2STR:
  case SITE_STR2RUNES: case SITE_RUNES2STR: case SITE_RUNE2STR:
  case SITE_MAKESLICE: case SITE_MAKEMAP:   // make([]int, (~R0) & 15)
    break;
  default:
    return;
  }
  Respell r = {{respell_expr, NULL}, e->src};
  ir_expr_children(e, &r.v);
  if (r.src != e->src || force) {
    e->site->spell = site_spell(r.src);
    e->site->verdict_spell = verdict_spelling(e->site->spell);
  }
  if (r.src != e->src && flags.m >= 2 && unparen(e->src)->kind == N_CALL)
    e->src = r.src;   // the call itself converted: -m=2 spells it ~R0 too
}

static IRExpr *edit_expr(IRExpr *e, void *ctx) {
  Inliner *in = ctx;
  if (e->kind == IR_CLOSURE)
    return e;   // a func literal's body is inlined as a function of its own
  int devirts = in->devirts;
  ir_edit_expr_children(e, edit_expr, ctx);
  if (e->kind == IR_INLCALL) {
    edit_stmt(in, e->body);
    return e;
  }
  if (e->kind == IR_ICALL)
    return inline_devirtualize_own(in, e);
  respell_site(e, in->devirts != devirts);
  Func *f = inlinable_callee(in, e);
  if (!f)
    return e;
  Pos at = in->depth ? in->outer : e->pos;
  if (flags.m)
    note_at(at, "inlining call to %s", inl_func_name(in, f));
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
  if (flags.m >= 2 && s->src)
    s->src = subst_stmt(s->src, s);
  note_static_result(in, s);
  inline_note_static_dyn(in, s);
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
