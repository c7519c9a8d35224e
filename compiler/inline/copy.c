// copy.c — copying a function body's IR, as gc's inlsubst does.
//
// Two uses: when a function is found inlinable, its body is saved as it is
// then (gc's fn.Inl.Body), before its own calls get inlined; at each call
// site that saved body is copied again into the caller, with a fresh
// variable for each of the callee's (its parameters become locals declared
// from the arguments, its results locals read after the body) and a fresh
// allocation site for each of its sites, now the caller's, reported at the
// call (gc reports inlined code at the outermost call's position). A return
// becomes assignments to the result variables and a jump to the end.
#include "internal.h"

#include <string.h>

struct Copier {
  Inliner *in;
  Func *callee, *into;   // into: the caller (NULL: a plain copy, nothing renamed)
  Func *owner;           // whose variables the callee's body uses (a saved literal's: the
                         // literal's own)
  bool whole_func;       // copying a func literal of the callee as a function of its own
  Pos at;                // the call's position
  Vec from_vars, to_vars;
  Vec from_stmts, to_stmts;   // loops and switches copied so far (break/continue targets)
  Var **results;
  const char *end_label;
  int label_suffix;
};

static IRExpr *copy_expr(Copier *c, IRExpr *e);
static IRStmt *copy_stmt(Copier *c, IRStmt *s);

static void *dup(const void *p, size_t n) {
  void *q = xmalloc(n);
  memcpy(q, p, n);
  return q;
}

static Site *copy_site(Copier *c, Site *s, Var *v);

// The caller's variable standing for v: a fresh one for the callee's own;
// the enclosing function's for a closure's captured variable (only closures
// called where they are written are inlined, so that is the caller's).
static Var *map_var(Copier *c, Var *v) {
  if (!v || !c->into || v->kind == VAR_GLOBAL)
    return v;
  for (int i = 0; i < c->from_vars.len; i++)
    if (c->from_vars.data[i] == v)
      return c->to_vars.data[i];
  if (v->outer && v->fn == c->owner)
    return map_var(c, v->outer);
  if (v->fn != c->owner)
    return v;
  Var *n = dup(v, sizeof(Var));
  n->fn = c->into;
  if (!c->whole_func)
    n->pos = c->at;   // (a literal's body keeps its positions, as gc's)
  if (!c->whole_func && (n->kind == VAR_PARAM || n->kind == VAR_RESULT))
    n->kind = VAR_LOCAL;   // gc's inlvar: an ordinary local of the caller
  n->cg = n->esc = NULL;
  if (!c->whole_func)   // (see copy_expr)
    n->static_fn = NULL, n->static_dyn = NULL, n->defined_once = false;
  n->id = c->into->vars.len + 1;
  vec_push(&c->into->vars, n);
  vec_push(&c->from_vars, v);
  vec_push(&c->to_vars, n);
  if (v->site)
    n->site = copy_site(c, v->site, n);
  return n;
}

static Site *copy_site(Copier *c, Site *s, Var *v) {
  if (!s || !c->into)
    return s;
  Program *prog = c->in->prog;
  Site *n = dup(s, sizeof(Site));
  n->id = prog->sites.len + 1;
  if (!c->whole_func)
    n->pos = c->at;
  n->fn = c->into;
  n->var = v ? v : s->var;
  n->verdict = V_UNDECIDED;
  n->reason = NULL;
  n->esc = NULL;
  n->inlined_from = s->inlined_from ? s->inlined_from : s;
  vec_push(&prog->sites, n);
  vec_push(&c->into->sites, n);
  return n;
}

static IRExpr **copy_exprs(Copier *c, IRExpr **es, int n) {
  if (!es)
    return NULL;
  IRExpr **out = xmalloc(sizeof(IRExpr *) * (n + 1));
  for (int i = 0; i < n; i++)
    out[i] = copy_expr(c, es[i]);
  return out;
}

static IRStmt *new_stmt(IRStmtKind k, Pos pos);
static Func *copy_closure(Copier *c, Func *f);

// A func literal of a saved body, as it is now (gc's inlcopy copies the
// literal's body too: calls inlined into it later are not in the copy).
// Its variables are the literal's own; it is never compiled.
static Func *snapshot_closure(Func *f) {
  Func *s = dup(f, sizeof(Func));
  s->body = inline_save_body(f);
  s->snapshot_of = f->snapshot_of ? f->snapshot_of : f;
  return s;
}

static IRExpr *copy_expr(Copier *c, IRExpr *e) {
  if (!e)
    return NULL;
  if (e->kind == IR_CLOSURE) {
    IRExpr *n = dup(e, sizeof(IRExpr));
    n->fn = c->into ? copy_closure(c, e->fn) : snapshot_closure(e->fn);
    n->args = copy_exprs(c, e->args, e->nargs);
    n->site = copy_site(c, e->site, NULL);
    return n;
  }
  IRExpr *n = dup(e, sizeof(IRExpr));
  n->x = copy_expr(c, e->x);
  n->y = copy_expr(c, e->y);
  n->z = copy_expr(c, e->z);
  n->w = copy_expr(c, e->w);
  n->args = copy_exprs(c, e->args, e->nargs);
  if (e->kind == IR_INLCALL)
    n->body = copy_stmt(c, e->body);
  n->var = map_var(c, e->var);
  // gc's copies of the callee's locals have no definition: calls through
  // them are no longer known statically (its StaticValue stops there); a
  // parameter's is the argument (see param_static).
  if (e->kind == IR_CALLVALUE && c->into && !c->whole_func && e->x->kind == IR_VAR &&
      e->x->var->fn == c->owner && !e->x->var->outer)
    n->fn = n->x->var->static_fn;
  if (e->site)
    n->site = e->site->kind == SITE_VAR ? map_var(c, e->site->var)->site : copy_site(c, e->site, NULL);
  if (e->kind == IR_ICALL && c->into && !c->whole_func)
    return inline_devirtualize(c->in, n, c->at);
  return n;
}

// gc names a func literal copied by inlining after the function being
// compiled (main.func3), once its body is copied (inner literals first);
// a method value's wrapper keeps its name.
static void name_closure(Func *nf, Inliner *in, Func *f) {
  Func *into = in->curfn;
  if (f->mtab_wrapper) {   // (not a func literal: takes no number of gc's)
    nf->lname = xfmt("%s.inl%d", f->lname, ++in->labels);
    return;
  }
  int k = ++into->nclosures;
  nf->name = into->outer ? xfmt("%s.%d", into->name, k) : xfmt("%s.func%d", into->name, k);
  nf->lname = into->outer ? xfmt("%s.%d", into->lname, k) : xfmt("%s.func%d", into->lname, k);
}

// A func literal of an inlined body becomes a literal of the caller (gc's
// inlsubst.closure): a new function with its own copies of the literal's
// variables, capturing the caller's copies of what the literal captured.
static Func *copy_closure(Copier *c, Func *f) {
  Func *nf = dup(f, sizeof(Func));
  nf->outer = c->into;
  nf->snapshot_of = NULL;
  nf->vars = (Vec){0};
  nf->sites = (Vec){0};
  nf->closures = (Vec){0};
  nf->cg = nf->esc = NULL;
  nf->inl = NULL;
  nf->nclosures = 0;
  Copier sub = {.in = c->in, .callee = f, .into = nf, .whole_func = true, .at = c->at};
  sub.owner = f->snapshot_of ? f->snapshot_of : f;
  sub.label_suffix = ++c->in->labels;
  nf->captures = xmalloc(sizeof(Var *) * (f->ncaptures + 1));
  for (int i = 0; i < f->ncaptures; i++) {
    Var *cv = dup(f->captures[i], sizeof(Var));
    cv->fn = nf;
    cv->outer = map_var(c, f->captures[i]->outer);
    cv->cg = cv->esc = NULL;
    nf->captures[i] = cv;
    vec_push(&sub.from_vars, f->captures[i]);
    vec_push(&sub.to_vars, cv);
  }
  nf->params = xmalloc(sizeof(Var *) * (f->nparams + 1));
  for (int i = 0; i < f->nparams; i++)
    nf->params[i] = map_var(&sub, f->params[i]);
  nf->results = xmalloc(sizeof(Var *) * (f->nresults + 1));
  for (int i = 0; i < f->nresults; i++)
    nf->results[i] = map_var(&sub, f->results[i]);
  nf->body = copy_stmt(&sub, f->body);
  name_closure(nf, c->in, f);
  vec_push(&c->into->closures, nf);
  vec_push(&c->in->prog->funcs, nf);
  if (nf->decl && !f->mtab_wrapper) {   // checked when a call of it is met (gc's inlCallee)
    vec_push(&c->in->decl_funcs, nf);
    inl_info(nf)->home = c->in->prog;
  } else if (f->inl && f->inl->closure_import) {   // ... the same for another package's
    inline_copy_imported_closure(c->in, f, nf);
  }
  return nf;
}

static IRStmt *new_stmt(IRStmtKind k, Pos pos) {
  IRStmt *s = xmalloc(sizeof(IRStmt));
  s->kind = k;
  s->pos = pos;
  return s;
}

static IRExpr *var_expr(Var *v, Pos pos) {
  IRExpr *e = xmalloc(sizeof(IRExpr));
  e->kind = IR_VAR;
  e->var = v;
  e->type = v->type;
  e->pos = pos;
  return e;
}

static IRStmt *block_of(Vec *stmts, Pos pos) {
  IRStmt *b = new_stmt(IR_S_BLOCK, pos);
  b->stmts = (IRStmt **)stmts->data;
  b->nstmts = stmts->len;
  return b;
}

// gc's spelling of an inlined return, `~R0, ~R1 = a, b`, for -m=2; NULL
// when a value has no source to spell.
static Node *results_assign_src(Copier *c, IRExpr **vals, int n, Pos pos) {
  if (flags.m < 2 || n > c->callee->nresults)
    return NULL;
  Node *a = new_node(N_ASSIGN, pos);
  a->op = T_ASSIGN;
  for (int i = 0; i < n; i++) {
    if (!vals[i]->src || vals[i]->src->kind == N_RANGE)
      return NULL;
    Node *r = new_node(N_IDENT, pos);
    r->name = c->results[i]->name;
    vec_push(&a->list, r);
    vec_push(&a->list2, vals[i]->src);
  }
  return a;
}

// return a, b in an inlined body: the results assigned (through
// temporaries when they are named, as `return b, a` may swap them), then a
// jump to the end of the body.
static IRStmt *copy_return(Copier *c, IRStmt *s) {
  Vec out = {0};
  bool via_temps = c->callee->named_results && s->nargs > 1;
  IRExpr **vals = copy_exprs(c, s->args, s->nargs);
  for (int i = 0; via_temps && i < s->nargs; i++) {
    Var *t = dup(c->results[i], sizeof(Var));
    t->kind = VAR_TEMP;
    t->name = xfmt(".autotmp_inl%d", ++c->in->labels);
    t->site = NULL;
    vec_push(&c->into->vars, t);
    IRStmt *d = new_stmt(IR_S_DECL, s->pos);
    d->var = t;
    d->x = vals[i];
    t->temp_init = vals[i];
    vec_push(&out, d);
    vals[i] = var_expr(t, s->pos);
  }
  Node *src = via_temps ? NULL : results_assign_src(c, vals, s->nargs, s->pos);
  for (int i = 0; i < s->nargs && i < c->callee->nresults; i++) {
    IRStmt *a = new_stmt(IR_S_ASSIGN, s->pos);
    a->x = var_expr(c->results[i], s->pos);
    a->y = vals[i];
    a->src = src;
    a->inl_pair = true;
    vec_push(&out, a);
  }
  IRStmt *g = new_stmt(IR_S_GOTO, s->pos);
  g->label = (char *)c->end_label;
  vec_push(&out, g);
  for (int i = 0; i < out.len; i++)
    ((IRStmt *)out.data[i])->inl_pos = c->at;
  return block_of(&out, s->pos);
}

static IRStmt *copied_target(Copier *c, IRStmt *t) {
  for (int i = 0; i < c->from_stmts.len; i++)
    if (c->from_stmts.data[i] == t)
      return c->to_stmts.data[i];
  return t;
}

static IRStmt **copy_stmts(Copier *c, IRStmt **ss, int n) {
  if (!ss)
    return NULL;
  IRStmt **out = xmalloc(sizeof(IRStmt *) * (n + 1));
  for (int i = 0; i < n; i++)
    out[i] = copy_stmt(c, ss[i]);
  return out;
}

static void copy_clauses(Copier *c, IRStmt *n, IRStmt *s) {
  if (!s->clauses)
    return;
  n->clauses = xmalloc(sizeof(SwitchClause) * (s->nclauses + 1));
  for (int i = 0; i < s->nclauses; i++) {
    n->clauses[i] = s->clauses[i];
    n->clauses[i].conds = copy_exprs(c, s->clauses[i].conds, s->clauses[i].nconds);
    n->clauses[i].body = copy_stmt(c, s->clauses[i].body);
  }
}

static IRStmt *copy_stmt(Copier *c, IRStmt *s) {
  if (!s)
    return NULL;
  if (s->kind == IR_S_RETURN && c->into && !c->whole_func)
    return copy_return(c, s);
  IRStmt *n = dup(s, sizeof(IRStmt));
  n->cg = NULL;
  // gc's copies of an inlined body's variables (func literals' too) are
  // not "declared by" the copied range statement, which isMapClear asks:
  // an inlined map-clear loop stays a loop. arrayClear does not ask.
  if (c->into && n->clear == CLEAR_MAP)
    n->clear = CLEAR_NONE;
  if (c->into && !c->whole_func)
    n->inl_pos = c->at;
  vec_push(&c->from_stmts, s);   // (before the body: break and continue refer to it)
  vec_push(&c->to_stmts, n);
  n->var = map_var(c, s->var);
  n->x = copy_expr(c, s->x);
  n->y = copy_expr(c, s->y);
  if (s->kind == IR_S_DECL && n->var && n->var != s->var && n->var->temp_init)
    n->var->temp_init = n->x;
  n->args = copy_exprs(c, s->args, s->nargs);
  n->stmts = copy_stmts(c, s->stmts, s->nstmts);
  copy_clauses(c, n, s);
  n->body = copy_stmt(c, s->body);
  n->els = copy_stmt(c, s->els);
  n->post = copy_stmt(c, s->post);
  if (s->target)
    n->target = copied_target(c, s->target);
  if (s->label && c->into)   // labels are per function: the copy's own
    n->label = xfmt("%s.inl%d", s->label, c->label_suffix);
  return n;
}

// The body of f as it is now (gc's fn.Inl.Body): the same variables and
// sites, fresh statements and expressions.
IRStmt *inline_save_body(Func *f) {
  Copier c = {.callee = f, .owner = f};
  return copy_stmt(&c, f->body);
}

static IRStmt *decl_of(Var *v, IRExpr *init, Pos pos) {
  IRStmt *d = new_stmt(IR_S_DECL, pos);
  d->var = v;
  d->x = init;
  return d;
}

// gc's ~R0, ~R1: the result variables of an inlined call whose results are
// unnamed.
static void name_results(Copier *c) {
  Func *f = c->callee;
  c->results = xmalloc(sizeof(Var *) * (f->nresults + 1));
  for (int i = 0; i < f->nresults; i++) {
    Var *r = map_var(c, f->results[i]);
    if (!f->named_results)
      r->name = xfmt("~R%d", i);
    c->results[i] = r;
  }
}

// The function an inlined parameter holds, when the argument is a known
// one and the callee never changes the parameter: gc's StaticValue follows
// the parameter to its argument.
static Func *param_static(Var *p, IRExpr *arg) {
  if (p->reassigned || p->addrtaken || p->site || !arg)
    return NULL;
  if (arg->kind == IR_FUNCVALUE || arg->kind == IR_CLOSURE)
    return arg->fn;
  return arg->kind == IR_VAR ? arg->var->static_fn : NULL;
}

// gc's spelling of the parameters declared from the arguments,
// `a, b := x, y`, for -m=2.
static Node *params_assign_src(Copier *c, IRExpr **args, int n, Pos pos) {
  if (flags.m < 2 || !n)
    return NULL;
  Node *a = new_node(N_ASSIGN, pos);
  a->op = T_DEFINE;
  for (int i = 0; i < n; i++) {
    Node *p = new_node(N_IDENT, pos);
    p->name = c->callee->params[i]->name;
    vec_push(&a->list, p);
    Node *v = args[i]->src;
    if (!v || v->kind == N_RANGE) {
      v = new_node(N_IDENT, pos);
      v->name = ir_expr_spell(args[i]);
    }
    vec_push(&a->list2, v);
  }
  return a;
}

// The call's replacement: IR_INLCALL whose body declares the parameters
// from args, the results, runs the saved body and ends at its label.
IRExpr *inline_copy_call(Inliner *in, IRExpr *call, Func *callee, Pos at) {
  IRExpr **args = call->args;
  int nargs = call->nargs;
  Vec decls = {0}, body = {0};
  // f()(args): the callee expression is evaluated first, for its effects
  // (gc's CalleeEffects); a variable or the literal itself has none.
  IRExpr *fx = call->kind == IR_CALLVALUE ? call->x : NULL;
  if (fx && fx->kind != IR_VAR && fx->kind != IR_CLOSURE && fx->kind != IR_FUNCVALUE) {
    IRStmt *ev = new_stmt(IR_S_EXPR, call->pos);
    ev->x = fx;
    vec_push(&decls, ev);
  }
  Copier c = {.in = in, .callee = callee, .into = in->curfn, .at = at};
  c.owner = callee->snapshot_of ? callee->snapshot_of : callee;
  c.label_suffix = ++in->labels;
  c.end_label = xfmt(".inlend%d", c.label_suffix);
  int nparams = callee->nparams < nargs ? callee->nparams : nargs;
  Node *params_src = params_assign_src(&c, args, nparams, call->pos);
  for (int i = 0; i < nparams; i++) {
    Var *p = map_var(&c, callee->params[i]);
    p->static_fn = param_static(callee->params[i], args[i]);
    p->static_dyn = inline_param_dyn(callee->params[i], args[i]);
    IRStmt *d = decl_of(p, args[i], call->pos);
    d->src = params_src;
    d->inl_pair = true;
    vec_push(&decls, d);
  }
  name_results(&c);
  for (int i = 0; i < callee->nresults; i++)
    vec_push(&decls, decl_of(c.results[i], NULL, call->pos));
  vec_push(&body, block_of(&decls, call->pos));
  vec_push(&body, copy_stmt(&c, callee->inl->body));
  IRStmt *end = new_stmt(IR_S_LABEL, call->pos);
  end->label = (char *)c.end_label;
  vec_push(&body, end);
  IRExpr *e = xmalloc(sizeof(IRExpr));
  e->kind = IR_INLCALL;
  e->pos = call->pos;
  e->type = call->type;
  e->fn = callee;
  e->src = call->src;
  e->body = block_of(&body, call->pos);
  e->nargs = call->type ? callee->nresults : 0;
  e->args = xmalloc(sizeof(IRExpr *) * (e->nargs + 1));
  for (int i = 0; i < e->nargs; i++)
    e->args[i] = var_expr(c.results[i], call->pos);
  return e;
}
