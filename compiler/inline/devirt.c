// devirt.c — gc's devirtualization of inlined code (devirtualize.Func runs
// after inlining). lower/ already devirtualizes a method call on an
// interface variable initialised by boxing a concrete type; inlining makes
// more values known, as gc's StaticValue sees through an inlined call to
// the one value its body returns:
//   - a parameter of an inlined function whose argument was boxed at the
//     call (paramIface(t) with t a *T makes g.Get() in the copy a call of
//     (*T).Get on g.(*T));
//   - a variable of the caller declared from an inlined call that returns
//     a boxed value (v := newShape(); v.Area()), or such a call itself
//     (newShape().Area()).
// The call then gets the method's escape summary instead of leaking its
// receiver and arguments, as in gc.
#include "internal.h"

typedef struct {
  IRVisitor v;
  Var *result;
  int assigns;
  IRExpr *value;
} ReturnedValue;

static void result_assign(IRVisitor *v, IRStmt *s, IRSlot at) {
  ReturnedValue *w = (ReturnedValue *)v;
  if (s->kind == IR_S_ASSIGN && s->x->kind == IR_VAR && s->x->var == w->result) {
    w->assigns++;
    w->value = s->y;
  }
  ir_stmt_children(s, v);
}

// The value an inlined call returns, when gc's copy defines its result
// there: one unnamed result set by the body's only return statement (gc's
// CanDelayResults: the result variable's Defn is that return's assignment).
IRExpr *inline_returned_value(IRExpr *e) {
  if (e->kind != IR_INLCALL || e->nargs != 1 || !e->fn || e->fn->named_results)
    return NULL;
  ReturnedValue w = {{NULL, result_assign}, e->args[0]->var, 0, NULL};
  result_assign(&w.v, e->body, (IRSlot){IR_F_BODY, 0});
  return w.assigns == 1 ? w.value : NULL;
}

// The concrete type the interface value e surely holds, if any: a boxed
// concrete value (gc's OCONVIFACE), a variable known to hold one, or an
// inlined call returning either.
Type *inline_static_dyn(IRExpr *e) {
  for (int depth = 0; e && depth < 100; depth++) {
    if (e->kind == IR_BOX)
      return e->x->type && !is_interface(e->x->type) ? e->x->type : NULL;
    if (e->kind == IR_VAR)
      return e->var->static_dyn;
    e = inline_returned_value(e);
  }
  return NULL;
}

// The dynamic type an inlined parameter surely holds, if any.
Type *inline_param_dyn(Var *p, IRExpr *arg) {
  if (p->reassigned || p->addrtaken || p->site || !arg || !is_interface(p->type))
    return NULL;
  return inline_static_dyn(arg);
}

// v := f() with f inlined: v holds what f returns (see inline_static_dyn);
// and w := v then.
void inline_note_static_dyn(Inliner *in, IRStmt *s) {
  if (s->kind != IR_S_DECL || !s->x || !s->var->defined_once || s->var->static_dyn ||
      !is_interface(s->var->type) || (s->x->kind != IR_INLCALL && s->x->kind != IR_VAR))
    return;
  s->var->static_dyn = inline_static_dyn(s->x);
  if (s->var->static_dyn)
    vec_push(&in->dyn_vars, s->var);
}

static IRExpr *new_expr_at(IRKind k, Pos pos, Type *t) {
  IRExpr *e = xmalloc(sizeof(IRExpr));
  e->kind = k;
  e->pos = pos;
  e->type = t;
  return e;
}

// recv.(T), then & or * as the method m wants its receiver.
static IRExpr *concrete_receiver(IRExpr *x, Type *t, Method *m) {
  IRExpr *a = new_expr_at(IR_ASSERT, x->pos, t);
  a->x = x;
  bool is_ptr = under(t)->kind == TY_PTR && t->kind != TY_NAMED;
  if (!m->ptr_recv && is_ptr) {
    IRExpr *d = new_expr_at(IR_DEREF, x->pos, t->elem);
    d->x = a;
    return d;
  }
  return a;
}

// The interface call e on a value holding a t as a direct call, or e
// itself. recv: gc's spelling of the receiver; at: where gc reports it.
static IRExpr *call_method_of(Inliner *in, IRExpr *e, Type *t, const char *recv, Pos at) {
  Type *it = under(e->x->type);
  if (e->field < 0 || e->field >= it->nmethods)
    return e;
  const char *name = it->methods[e->field].name;
  // An unexported method is its package's: in a body inlined from another
  // package, lib's m is not main's m of the same name.
  const char *pkg = it->methods[e->field].pkgpath;
  Member mb = pkg ? lookup_member_in(t, name, pkg) : lookup_member(t, name);
  if (mb.kind != MEMBER_METHOD || mb.ambiguous || mb.path.len || !mb.m->func ||
      !mb.m->func->ir)
    return e;   // (promoted or standard-package methods: left to the interface call)
  if (mb.m->ptr_recv && under(t)->kind != TY_PTR)
    return e;
  if (flags.m)
    note_later(in->curfn, at, "devirtualizing %s.%s to %s", recv, name, type_string(t, false));
  IRExpr *c = new_expr_at(IR_CALL, e->pos, e->type);
  c->fn = mb.m->func->ir;
  c->ival = 1;   // (not inlined: gc devirtualizes after inlining)
  c->src = e->src;
  c->nargs = e->nargs + 1;
  c->args = xmalloc(sizeof(IRExpr *) * (c->nargs + 1));
  c->args[0] = concrete_receiver(e->x, t, mb.m);
  for (int i = 0; i < e->nargs; i++)
    c->args[i + 1] = e->args[i];
  return c;
}

// The copied interface call e (an IR_ICALL on such a parameter) as a direct
// call, or e itself. at: where gc reports it (the outermost call).
IRExpr *inline_devirtualize(Inliner *in, IRExpr *e, Pos at) {
  Var *v = e->x->kind == IR_VAR ? e->x->var : NULL;
  Type *t = v ? v->static_dyn : NULL;
  return t ? call_method_of(in, e, t, v->name, at) : e;
}

static bool is_dyn_var(Inliner *in, IRExpr *x) {
  for (int i = 0; x->kind == IR_VAR && i < in->dyn_vars.len; i++)
    if (in->dyn_vars.data[i] == x->var)
      return true;
  return false;
}

// An interface call of the function being inlined into, on a value that
// inlining made known (see inline_note_static_dyn): a direct call, spelled
// T.M(v.(T)) in the sites holding it, as gc spells it.
IRExpr *inline_devirtualize_own(Inliner *in, IRExpr *e) {
  if (e->kind != IR_ICALL)
    return e;
  Type *t = NULL;
  if (is_dyn_var(in, e->x))
    t = e->x->var->static_dyn;
  else if (e->x->kind == IR_INLCALL && e->x->nargs == 1)
    t = inline_static_dyn(e->x);   // f().M(): gc's receiver temporary holds f's result
  Node *sel = e->src && unparen(e->src)->kind == N_CALL ? unparen(unparen(e->src)->x) : NULL;
  if (!t || !sel || sel->kind != N_SELECTOR)
    return e;
  // (the receiver as gc spells it: v, or the temporary .autotmp_N for a call)
  IRExpr *c = call_method_of(in, e, t, site_spell(sel->x), in->depth ? in->outer : e->pos);
  if (c != e) {
    nxw(sel)->devirt = t;
    in->devirts++;
  }
  return c;
}
