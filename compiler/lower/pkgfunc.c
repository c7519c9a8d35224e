// lower/pkgfunc.c — a standard package's function used as a value
// (strings.TrimFunc(s, unicode.IsDigit), sort.Slice's less from a package,
// f := strconv.Itoa). The function lives in the C runtime, so lowering makes
// one Go-side wrapper per function, `func(args) results { return C(args) }`,
// whose func value is an ordinary IR_FUNCVALUE. Like method-table wrappers
// it prints no -m diagnostics; its escape summary comes from the C function's.
#include "internal.h"

#include <string.h>

static Func *make_pkgfunc_wrapper(LowerPkg *lp, const PkgFunc *pf, Type *sig, Pos pos) {
  Func *f = xmalloc(sizeof(Func));
  f->name = xfmt("%s.%s", pf->pkg, pf->name);
  f->lname = xfmt("%s·fv", pf->csym);
  f->type = sig;
  f->mtab_wrapper = true;
  f->pos = pos;
  Vec body = {0};
  Lowerer *l = &(Lowerer){.pkg = lp, .fn = f, .loop_depth = 1, .block = &body};
  f->params = xmalloc(sizeof(Var *) * (sig->nfields + 1));
  IRExpr *c = new_expr(IR_RTCALL, pos, NULL);
  c->rtsym = pf->csym;
  c->args = xmalloc(sizeof(IRExpr *) * (sig->nfields + 1));
  for (int i = 0; i < sig->nfields; i++) {
    Var *a = new_var(l, VAR_PARAM, xfmt("a%d", i), sig->fields[i].type, pos);
    f->params[f->nparams++] = a;
    c->args[c->nargs] = new_expr(IR_VAR, pos, a->type);
    c->args[c->nargs++]->var = a;
  }
  f->results = xmalloc(sizeof(Var *) * (sig->nresults + 1));
  for (int i = 0; i < sig->nresults; i++)
    f->results[f->nresults++] = new_var(l, VAR_RESULT, xfmt("~r%d", i), sig->results[i].type, pos);
  if (sig->nresults == 1) {
    c->type = sig->results[0].type;
  } else if (sig->nresults > 1) {
    Type **ts = xmalloc(sizeof(Type *) * sig->nresults);
    for (int i = 0; i < sig->nresults; i++)
      ts[i] = sig->results[i].type;
    c->type = tuple_of(ts, sig->nresults);
  }
  emit_wrapper_return(l, f, c, sig);
  IRStmt *blk = new_stmt(l, IR_S_BLOCK, pos);
  blk->src = NULL;
  blk->stmts = (IRStmt **)body.data;
  blk->nstmts = body.len;
  f->body = blk;
  return f;
}

IRExpr *lower_pkgfunc_value(Lowerer *l, Node *n) {
  const PkgFunc *pf = n->obj->pkgfunc;
  LowerPkg *lp = l->pkg;
  Func *f = NULL;   // one wrapper per function (a linear search: there are few)
  for (int i = 0; i < lp->pkgfunc_wrappers.len && !f; i++)
    if (lp->pkgfunc_of.data[i] == pf)
      f = lp->pkgfunc_wrappers.data[i];
  if (!f) {
    f = make_pkgfunc_wrapper(lp, pf, under(n->type), n->pos);
    vec_push(&lp->pkgfunc_wrappers, f);
    vec_push(&lp->pkgfunc_of, (void *)pf);
    vec_push(&lp->prog->funcs, f);
  }
  IRExpr *e = new_expr(IR_FUNCVALUE, n->pos, n->type);
  e->fn = f;
  return e;
}
