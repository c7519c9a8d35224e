// devirt.c — gc's devirtualization of inlined code (devirtualize.Func runs
// after inlining). lower/ already devirtualizes a method call on an
// interface variable initialised by boxing a concrete type; inlining makes
// more such variables: a parameter of an inlined function whose argument
// was boxed at the call (paramIface(t) with t a *T makes g.Get() in the copy
// a call of (*T).Get on g.(*T)). The call then gets the method's escape
// summary instead of leaking its receiver and arguments, as in gc.
#include "internal.h"

// The dynamic type an inlined parameter surely holds, if any.
Type *inline_param_dyn(Var *p, IRExpr *arg) {
  if (p->reassigned || p->addrtaken || p->site || !arg || !is_interface(p->type))
    return NULL;
  if (arg->kind == IR_BOX && arg->x->type && !is_interface(arg->x->type))
    return arg->x->type;
  return arg->kind == IR_VAR ? arg->var->static_dyn : NULL;
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

// The copied interface call e (an IR_ICALL on such a parameter) as a direct
// call, or e itself. at: where gc reports it (the outermost call).
IRExpr *inline_devirtualize(Inliner *in, IRExpr *e, Pos at) {
  Var *v = e->x->kind == IR_VAR ? e->x->var : NULL;
  Type *t = v ? v->static_dyn : NULL;
  if (!t)
    return e;
  Type *it = under(e->x->type);
  if (e->field < 0 || e->field >= it->nmethods)
    return e;
  const char *name = it->methods[e->field].name;
  // An unexported method is its package's: in a body inlined from another
  // package, lib's m is not main's m of the same name.
  const char *pkg = it->methods[e->field].pkgpath;
  Member mb = pkg ? lookup_member_in(t, name, pkg) : lookup_member(t, name);
  if (mb.kind != MEMBER_METHOD || mb.ambiguous || mb.path.len || !mb.m->func ||
      !mb.m->func->ir || mb.m->csym)
    return e;   // (promoted or standard-package methods: left to the interface call)
  if (mb.m->ptr_recv && under(t)->kind != TY_PTR)
    return e;
  if (flags.m)
    note_later(in->curfn, at, "devirtualizing %s.%s to %s", v->name, name, type_string(t, false));
  IRExpr *c = new_expr_at(IR_CALL, e->pos, e->type);
  c->fn = mb.m->func->ir;
  c->ival = 1;   // (not inlined: gc devirtualizes after inlining)
  c->nargs = e->nargs + 1;
  c->args = xmalloc(sizeof(IRExpr *) * (c->nargs + 1));
  c->args[0] = concrete_receiver(e->x, t, mb.m);
  for (int i = 0; i < e->nargs; i++)
    c->args[i + 1] = e->args[i];
  return c;
}
