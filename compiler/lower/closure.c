// lower/closure.c — func values, func literals (closures), defer and recover.
//
// A func value is a pointer to a context object whose word 0 is the code
// pointer; the code takes the context as a hidden first argument. A named
// function used as a value gets a static context (no allocation); a func
// literal gets a SITE_CLOSURE ("func literal") holding its captured
// variables: by value when gc would (never reassigned after the capture,
// never address-taken, at most 128 bytes), else by reference — then the
// variable needs memory of its own (a SITE_VAR, "moved to heap: n" when the
// closure escapes).
//
// The capture decision has to be known before the enclosing function is
// lowered (a by-reference variable gets a site at its declaration), so a
// pre-pass over each top-level function's AST replays gc's rules
// (escape/{expr,assign}.go: captured, reassigned, addrtaken) and its
// StaticValue test (a local initialised with a known function and never
// assigned again: calls through it are resolved statically).
#include "internal.h"

#include <string.h>

// ---------------------------------------------------------------- pre-pass

typedef struct Prepass {
  int depth;           // closure nesting: 1 in the top-level function
  int loop;            // loop depth, as lower.c counts it
  Vec results;         // Vec* of the result objects of each function on the path
  Vec captured;        // Obj* captured by some closure
} Prepass;

static void pre(Prepass *p, Node *n);

static void pre_vec(Prepass *p, Vec *v) {
  for (int i = 0; i < v->len; i++)
    pre(p, v->data[i]);
}

static bool is_local_var(Obj *o) {
  return o && o->kind == OBJ_VAR && !o->global;
}

static void declare(Prepass *p, Node *id) {
  Obj *o = id ? id->obj : NULL;
  if (!is_local_var(o))
    return;
  o->fn_depth = p->depth;
  o->decl_loop = p->loop;
  o->capflags = 0;
}

// The variable an assignment to n stores into (x, x.f, x[i] of an array).
static Obj *assigned_root(Node *n) {
  for (;;) {
    if (n->kind == N_PAREN)
      n = n->x;
    else if (n->kind == N_SELECTOR && n->x->type && under(n->x->type)->kind != TY_PTR &&
             n->list2.len == 1 && !nx(n)->method)
      n = n->x;
    else if (n->kind == N_INDEX && n->x->type && under(n->x->type)->kind == TY_ARRAY)
      n = n->x;
    else
      break;
  }
  return n->kind == N_IDENT && is_local_var(n->obj) ? n->obj : NULL;
}

static void reassign(Node *lhs) {
  Obj *o = assigned_root(lhs);
  if (o)
    o->capflags |= CAP_REASSIGNED | CAP_ASSIGNED;
}

// Free variables of a func literal at depth d: locals of enclosing functions.
static void free_vars(Node *n, int d, Vec *out) {
  if (!n || n->is_type)
    return;
  if (n->kind == N_IDENT && is_local_var(n->obj) && n->obj->fn_depth > 0 && n->obj->fn_depth < d) {
    for (int i = 0; i < out->len; i++)
      if (out->data[i] == n->obj)
        return;
    vec_push(out, n->obj);
    return;
  }
  Node *kids[] = {n->x, n->y, nx(n)->z, nx(n)->w, n->init, n->post, n->body, n->els, nx(n)->key, nx(n)->value};
  for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
    free_vars(kids[i], d, out);
  if (n->kind != N_SELECTOR)
    for (int i = 0; i < n->list2.len; i++)
      free_vars(n->list2.data[i], d, out);
  for (int i = 0; i < n->list.len; i++)
    free_vars(n->list.data[i], d, out);
}

static void declare_params(Prepass *p, Node *ftype, Vec *results) {
  for (int l = 0; l < 2; l++) {
    Vec *list = l ? &ftype->list2 : &ftype->list;
    for (int i = 0; i < list->len; i++) {
      Node *f = list->data[i];
      for (int j = 0; j < nx(f)->names.len; j++) {
        declare(p, nx(f)->names.data[j]);
        if (l && ((Node *)nx(f)->names.data[j])->obj)
          vec_push(results, ((Node *)nx(f)->names.data[j])->obj);
      }
    }
  }
}

// gc marks a variable captured at the first closure that uses it; a
// reassignment before that, at the same loop depth, is forgiven.
static void pre_func_lit(Prepass *p, Node *n) {
  Vec fv = {0};
  free_vars(n->body, p->depth + 1, &fv);
  for (int i = 0; i < fv.len; i++) {
    Obj *o = fv.data[i];
    if (o->capflags & CAP_CAPTURED)
      continue;
    o->capflags |= CAP_CAPTURED;
    if (o->decl_loop == p->loop)
      o->capflags &= ~CAP_REASSIGNED;
    vec_push(&p->captured, o);
  }
  int saved_loop = p->loop;
  p->depth++;
  p->loop = 1;
  Vec *results = xmalloc(sizeof(Vec));
  declare_params(p, n->x, results);
  vec_push(&p->results, results);
  pre(p, n->body);
  p->results.len--;
  p->depth--;
  p->loop = saved_loop;
}

static void pre_assign(Prepass *p, Node *n) {
  pre_vec(p, &n->list2);
  for (int i = 0; i < n->list.len; i++) {
    Node *l = n->list.data[i];
    if (n->op == T_DEFINE && l->kind == N_IDENT && l->obj && l->obj->decl == l) {
      declare(p, l);
      continue;
    }
    if (l->kind != N_IDENT)
      pre(p, l);
    reassign(l);
  }
}

// As gc's escape analysis: the range expression outside the loop; the key
// and value, evaluated on every iteration, inside it (a func literal in
// `a[f()] = range` captures at the loop's depth).
static void pre_range(Prepass *p, Node *n) {
  pre(p, n->x);
  Node *vars[2] = {nx(n)->key, nx(n)->value};
  for (int i = 0; i < 2; i++) {
    Node *v = vars[i];
    if (!v)
      continue;
    if (n->op == T_DEFINE) {
      declare(p, v);
    } else {   // a[&x == p] = range ..., a[func() int { ... }()] = range ...
      p->loop++;
      pre(p, v);
      p->loop--;
    }
    Obj *o = assigned_root(v);
    if (o)
      o->capflags |= CAP_REASSIGNED;
  }
  p->loop++;
  pre(p, n->body);
  p->loop--;
}

static void pre(Prepass *p, Node *n) {
  if (!n || n->is_type)
    return;
  switch (n->kind) {
  case N_IDENT:
  case N_BASICLIT:   // leaves: no need to read their other cache lines
    return;
  default:
    break;
  }
  mark_addr_taken(n);
  switch (n->kind) {
  case N_FUNCLIT:
    pre_func_lit(p, n);
    return;
  case N_ASSIGN:
    pre_assign(p, n);
    return;
  case N_INCDEC:
    pre(p, n->x);
    reassign(n->x);
    return;
  case N_VARSPEC:
    pre_vec(p, &n->list);
    for (int i = 0; i < nx(n)->names.len; i++)
      declare(p, nx(n)->names.data[i]);
    return;
  case N_RANGE:
    pre_range(p, n);
    return;
  case N_FOR:
    pre(p, n->init);
    p->loop++;
    pre(p, n->x);
    pre(p, n->post);
    pre(p, n->body);
    p->loop--;
    return;
  case N_RETURN: {
    pre_vec(p, &n->list);
    Vec *rs = p->results.len ? p->results.data[p->results.len - 1] : NULL;
    for (int i = 0; rs && i < rs->len; i++)
      ((Obj *)rs->data[i])->capflags |= CAP_REASSIGNED;
    return;
  }
  default:
    break;
  }
  if (n->kind <= N_BINARY) {
    // An expression's operands are in x, y (z, w: a slice's bounds) and
    // list; not reading the statement fields keeps this walk, which is
    // bound by cache misses on nodes, to the part of a node it needs.
    pre(p, n->x);
    pre(p, n->y);
    if (n->kind == N_SLICEEXPR) {
      pre(p, nx(n)->z);
      pre(p, nx(n)->w);
    }
    if (n->kind != N_SELECTOR)   // (a selector's lists hold its field path)
      pre_vec(p, &n->list);
    return;
  }
  Node *kids[] = {n->init, n->x, n->y, n->body, n->post, n->els};   // (N_RANGE: pre_range)
  for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
    pre(p, kids[i]);
  pre_vec(p, &n->list);
  pre_vec(p, &n->list2);
}

// Runs over a top-level function (or a package-level initializer) before it
// is lowered; marks CAP_BYREF on variables captured by reference.
void capture_prepass(Node *fd) {
  Prepass *p = &(Prepass){.depth = 1, .loop = 1};
  Vec *results = xmalloc(sizeof(Vec));
  if (nx(fd)->recv) {
    const Vec *names = &nx(nx(fd)->recv)->names;
    for (int j = 0; j < names->len; j++)
      declare(p, names->data[j]);
  }
  declare_params(p, fd->x, results);
  vec_push(&p->results, results);
  pre(p, fd->body);
  for (int i = 0; i < p->captured.len; i++) {
    Obj *o = p->captured.data[i];
    bool addrtaken = o->mark & MARK_ADDRTAKEN;
    if (addrtaken || (o->capflags & CAP_REASSIGNED) || type_size(o->type) > 128)
      o->capflags |= CAP_BYREF;
  }
}

// ---------------------------------------------------------------- captures

static Var *canonical(Var *v) {
  while (v->outer)
    v = v->outer;
  return v;
}

static Type *ctx_field_type(Var *c) {
  return c->byref ? ptr_to(c->type) : c->type;
}

// The variable that stands for v inside f: v itself, or f's copy of it
// (created on first use; enclosing closures capture it too).
Var *capture_var(Func *f, Var *v, Pos use) {
  if (!f || v->kind == VAR_GLOBAL || v->fn == f || !f->outer)
    return v;
  Var *cv = canonical(v);
  for (int i = 0; i < f->ncaptures; i++)
    if (canonical(f->captures[i]) == cv)
      return f->captures[i];
  // The enclosing closure captures v where it writes f (gc: at the func
  // literal), not where f uses it.
  Var *outer = capture_var(f->outer, v, f->pos);
  Var *c = xmalloc(sizeof(Var));
  c->kind = VAR_LOCAL;
  c->name = cv->name;
  c->type = cv->type;
  c->pos = cv->pos;
  c->fn = f;
  c->loop_depth = 1;
  c->outer = outer;
  c->capture_pos = use;
  c->byref = outer->byref || outer->site != NULL;
  f->captures = xrealloc(f->captures, sizeof(Var *) * (f->ncaptures + 1));
  f->captures[f->ncaptures++] = c;
  c->cap_index = f->ncaptures;
  return c;
}

// A variable declared by the lowering of v's object: does a closure capture
// it by reference?
bool captured_byref(Obj *o) { return o && (o->capflags & CAP_BYREF); }

static Type *closure_ctx_type(Func *f) {
  Type *t = new_type(TY_STRUCT);
  t->nfields = f->ncaptures + 1;
  t->fields = xmalloc(sizeof(Field) * (t->nfields + 1));
  t->fields[0].name = "F";
  t->fields[0].type = ty_unsafeptr;
  for (int i = 0; i < f->ncaptures; i++) {
    t->fields[i + 1].name = f->captures[i]->name;
    t->fields[i + 1].type = ctx_field_type(f->captures[i]);
  }
  return t;
}

static Func *new_closure_func(Lowerer *l, Node *lit, const char *kind) {
  Func *outer = l->fn;
  Func *f = xmalloc(sizeof(Func));
  // gc's names: F.func1, and F.func1.1 for a literal inside it. The go and
  // defer statements' wrappers are made after gc has named the literals,
  // so they count apart: F.deferwrap1, and the literals keep gc's numbers.
  bool wrapper = strcmp(kind, "func") != 0;
  int k = wrapper ? ++outer->nwrappers : ++outer->nclosures;
  if (wrapper)
    f->name = xfmt("%s.%s%d", outer->name, kind, k);
  else
    f->name = outer->outer ? xfmt("%s.%d", outer->name, k) : xfmt("%s.%s%d", outer->name, kind, k);
  f->lname = xfmt("%s.%s", l->pkg->prefix, f->name);
  f->pos = lit->pos;
  f->decl = lit;
  f->type = lit->type;
  f->outer = outer;
  if (outer)
    vec_push(&outer->closures, f);
  vec_push(&l->pkg->prog->funcs, f);
  return f;
}

// ---- gc's order of a closure's captured variables: the order their first
// uses are met when gc builds its IR, which evaluates an assignment's right
// side before its left, a for loop's post statement before its body, and a
// nested func literal's uses where the literal is. Escape analysis reports
// (-m=2 "capturing by ...") and flows them in that order.

static void order_uses(Node *n, Func *f, int *order, int *norder);

static void order_uses_vec(const Vec *v, Func *f, int *order, int *norder) {
  for (int i = 0; i < v->len; i++)
    order_uses(v->data[i], f, order, norder);
}

static void order_use(Obj *o, Func *f, int *order, int *norder) {
  if (!o || o->kind != OBJ_VAR || !o->ir)
    return;
  Var *v = canonical(o->ir);
  for (int i = 0; i < f->ncaptures; i++) {
    if (canonical(f->captures[i]) != v)
      continue;
    for (int j = 0; j < *norder; j++)
      if (order[j] == i)
        return;
    order[(*norder)++] = i;
    return;
  }
}

static void order_uses(Node *n, Func *f, int *order, int *norder) {
  if (!n || n->is_type)
    return;
  switch (n->kind) {
  case N_IDENT:
    order_use(n->obj, f, order, norder);
    return;
  case N_BASICLIT:
    return;
  case N_FUNCLIT:
    order_uses(n->body, f, order, norder);
    return;
  case N_ASSIGN:
    order_uses_vec(&n->list2, f, order, norder);
    order_uses_vec(&n->list, f, order, norder);
    return;
  case N_RANGE:
    order_uses(n->x, f, order, norder);
    order_uses(nx(n)->key, f, order, norder);
    order_uses(nx(n)->value, f, order, norder);
    order_uses(n->body, f, order, norder);
    return;
  default:
    break;
  }
  Node *kids[] = {n->init, n->x, n->y, nx(n)->z, nx(n)->w, n->post, n->body, n->els};
  for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
    order_uses(kids[i], f, order, norder);
  order_uses_vec(&n->list, f, order, norder);
  if (n->kind != N_SELECTOR)   // (a selector's list2 is its field path)
    order_uses_vec(&n->list2, f, order, norder);
}

static void set_capture_order(Func *f) {
  if (!f->decl || f->decl->kind != N_FUNCLIT || !f->ncaptures)
    return;
  int *order = xmalloc(sizeof(int) * f->ncaptures), n = 0;
  order_uses(f->decl->body, f, order, &n);
  for (int i = 0; i < f->ncaptures; i++) {   // (any not met: in capture order)
    bool seen = false;
    for (int j = 0; j < n && !seen; j++)
      seen = order[j] == i;
    if (!seen)
      order[n++] = i;
  }
  f->capture_order = order;
}

// The IR_CLOSURE value of f in the enclosing function (L.fn), allocated at
// a site of kind k spelled spell.
IRExpr *closure_value_at(Lowerer *l, Func *f, Pos pos, SiteKind k, const char *spell) {
  f->ctx_type = closure_ctx_type(f);
  set_capture_order(f);
  IRExpr *e = new_expr(IR_CLOSURE, pos, f->type);
  e->fn = f;
  e->site = new_site(l, k, pos, spell, f->ctx_type);
  e->nargs = f->ncaptures;
  e->args = xmalloc(sizeof(IRExpr *) * (f->ncaptures + 1));
  for (int i = 0; i < f->ncaptures; i++) {
    Var *c = f->captures[i];
    IRExpr *v = new_expr(IR_VAR, pos, c->outer->type);
    v->var = c->outer;
    if (c->byref) {
      IRExpr *a = new_expr(IR_ADDR, pos, ptr_to(c->type));
      a->x = v;
      v = a;
    }
    e->args[i] = v;
  }
  return e;
}

static IRExpr *closure_value(Lowerer *l, Func *f, Pos pos, bool unreported) {
  IRExpr *e = closure_value_at(l, f, pos, SITE_CLOSURE, "func literal");
  e->site->unreported = unreported;
  return e;
}

IRExpr *lower_func_lit(Lowerer *l, Node *n) {
  if (!l->fn) {
    error_at(n->pos, "func literals outside functions are not supported yet");
    return zero_expr(n->type, n->pos);
  }
  Func *f = new_closure_func(l, n, "func");
  lower_func(l->pkg, f);   // with a Lowerer of its own
  return closure_value(l, f, n->pos, false);
}

// ---------------------------------------------------------------- func values and calls

IRExpr *lower_func_value(Node *n) {
  IRExpr *e = new_expr(IR_FUNCVALUE, n->pos, n->type);
  e->fn = n->obj->ir;
  return e;
}

// A call through a func value. gc resolves the callee statically when the
// value is a func literal called where it is written, or a local that was
// initialised with a known function and never assigned again.
IRExpr *lower_call_value(Lowerer *l, Node *n, IRExpr *fv, Type *sig, Type *rt) {
  IRExpr *e = new_expr(IR_CALLVALUE, nx(n)->lparen, rt);
  e->x = fv;
  if (fv->kind == IR_CLOSURE) {
    e->fn = fv->fn;
    fv->fn->closure_called = true;
  } else if (fv->kind == IR_FUNCVALUE) {
    e->fn = fv->fn;
  } else if (fv->kind == IR_VAR && fv->var->static_fn) {
    e->fn = fv->var->static_fn;
  }
  e->args = lower_call_args(l, n, sig, &e->nargs);
  return e;
}

// The function a declaration `f := g` / `f := func(){...}` makes f a static
// alias of, if f is never assigned again nor has its address taken.
Func *static_func_of(Obj *o, IRExpr *init) {
  if (!init || !o || (o->capflags & CAP_ASSIGNED) || (o->mark & MARK_ADDRTAKEN))
    return NULL;
  if ((init->kind == IR_FUNCVALUE || init->kind == IR_CLOSURE) && !init->fn->no_static)
    return init->fn;
  if (init->kind == IR_VAR)   // `g := f`: gc's StaticValue follows the chain of aliases
    return init->var->static_fn;
  return NULL;
}

// ---------------------------------------------------------------- defer

// A deferred call's operand becomes a temporary of the enclosing function,
// captured by the wrapper at `at` (gc 1.19's escape.wrapExpr: the call, or
// the slice literal an element was peeled from).
static IRExpr *wrap_operand_at(Lowerer *l, Func *w, IRExpr *e, Pos at) {
  if (!e || e->kind == IR_CONST || e->kind == IR_ZERO || e->kind == IR_FUNCVALUE)
    return e;
  // gc's copyExpr: the temporary is at its value, unless that is a name
  // (which has no position of its own): then at the call.
  Var *t = temp_var(l, e, e->kind == IR_VAR ? at : e->pos);
  t->name = xfmt(".autotmp_%d", l->ndcl++);   // gc makes it after the front end's
  if (type_size(t->type) > 128) { // gc captures big temporaries by reference
    t->addrtaken = true;
    t->site = new_site(l, SITE_VAR, t->pos, t->name, t->type);
    t->site->var = t;
    t->site->unreported = true;
  }
  Var *c = capture_var(w, t, at);
  IRExpr *r = new_expr(IR_VAR, e->pos, c->type);
  r->var = c;
  return r;
}

static IRExpr *wrap_operand(Lowerer *l, Func *w, IRExpr *e) {
  return wrap_operand_at(l, w, e, e ? e->pos : (Pos){0});
}

// Arguments: a slice literal argument, the implicit variadic slice or one
// written out (`f([]T{a, b}...)`), is rebuilt inside the wrapper from its
// wrapped elements (gc peels every slice literal so it may stay on the
// stack of the goroutine or deferred call that uses it).
static void wrap_args(Lowerer *l, Func *w, IRExpr **args, int n, Pos call) {
  for (int i = 0; i < n; i++) {
    IRExpr *a = args[i];
    if (a && a->kind == IR_SLICELIT) {
      for (int j = 0; j < a->nargs; j++)
        a->args[j] = wrap_operand_at(l, w, a->args[j], a->pos);
      continue;
    }
    args[i] = wrap_operand_at(l, w, a, call);
  }
}

static bool has_slice_arg(IRExpr *e) {
  for (int i = 0; i < e->nargs; i++)
    if (e->args[i] && e->args[i]->kind == IR_SLICELIT)
      return true;
  return false;
}

static bool is_plain_call(IRExpr *e) {
  if (!e || e->type)
    return false;
  if (e->kind == IR_CALL)
    return e->nargs == 0;
  if (e->kind == IR_CALLVALUE)
    return e->nargs == 0;
  return false;
}

static void emit_defer(Lowerer *l, Pos pos, IRExpr *fv) {
  IRStmt *d = new_stmt(l, IR_S_DEFER, pos);
  d->x = fv;
  emit(l, d);
  l->fn->has_defer = true;
}

// The statement the deferred call lowers to, built in a scratch block.
static IRStmt *lower_call_stmt(Lowerer *l, Node *call) {
  Vec scratch = {0}, *saved = l->block;
  l->block = &scratch;
  IRStmt *s = NULL;
  if (!lower_builtin_stmt(l, call)) {
    s = new_stmt(l, IR_S_EXPR, call->pos);
    s->x = lower_expr(l, call);
  } else {
    s = scratch.data[--scratch.len];
  }
  l->block = saved;
  for (int i = 0; i < scratch.len; i++)
    emit(l, scratch.data[i]);
  return s;
}

// go/defer f(a, b): the func value to start or defer. gc 1.19 (escape's
// goDeferStmt) rewrites it to `a1, b1 := a, b; go/defer func() { f(a1, b1) }()`
// with a wrapper it does not report; a call without arguments and results
// defers the func value itself.
IRExpr *lower_go_defer_value(Lowerer *l, Node *s, bool is_go) {
  Node *call = unparen(s->x);
  IRStmt *cs = lower_call_stmt(l, call);
  IRExpr *e = cs->kind == IR_S_EXPR ? cs->x : NULL;
  if (e && e->kind == IR_RECOVER && is_go) {   // go recover(): no panic to recover there
    cs->x = zero_expr(ty_any, e->pos);
    e = cs->x;
  }
  if (is_plain_call(e)) {
    if (e->kind == IR_CALLVALUE)
      return e->x;
    IRExpr *fv = new_expr(IR_FUNCVALUE, e->pos, e->fn->type);
    fv->fn = e->fn;
    return fv;
  }
  Func *w = new_closure_func(l, call, is_go ? "gowrap" : "deferwrap");
  w->is_wrapper = true;
  w->type = new_type(TY_FUNC);
  if (e && (e->kind == IR_CALL || e->kind == IR_CALLVALUE || e->kind == IR_RTCALL)) {
    if (e->kind == IR_CALLVALUE) {   // gc wraps a func literal too (its StaticValue stays)
      Func *callee = e->fn;
      e->x = wrap_operand_at(l, w, e->x, e->pos);
      e->fn = callee;
    }
    wrap_args(l, w, e->args, e->nargs, e->pos);
    if (!has_slice_arg(e) && e->kind != IR_RTCALL)
      e->src = NULL;   // spelled with the temporaries: keep(.autotmp_3), (*W).Done(.autotmp_4)
  } else if (e) {
    e->x = wrap_operand_at(l, w, e->x, e->pos);
    e->y = wrap_operand_at(l, w, e->y, e->pos);
    wrap_args(l, w, e->args, e->nargs, e->pos);
    if (e->kind == IR_ICALL && !has_slice_arg(e))
      e->src = NULL;   // .autotmp_4.M(.autotmp_5)
  }
  if (e && e->kind == IR_RECOVER) {
    // defer recover(): it recovers when the deferring function is the
    // deferred call the panic is running (gc passes the deferring frame's
    // pointer, as its recover would use, to the wrapper): that function's
    // token, taken at the defer statement.
    IRExpr *token = new_expr(IR_RECOVERTOKEN, e->pos, ty_unsafeptr);
    e->x = wrap_operand(l, w, token);
  }
  if (cs->kind == IR_S_PANIC)
    cs->x = wrap_operand(l, w, cs->x);
  if (cs->kind == IR_S_PRINT)
    wrap_args(l, w, cs->args, cs->nargs, cs->pos);
  w->body = new_stmt(l, IR_S_BLOCK, s->pos);
  w->body->stmts = xmalloc(sizeof(IRStmt *));
  w->body->stmts[0] = cs;
  w->body->nstmts = 1;
  w->params = xmalloc(sizeof(Var *));
  w->results = xmalloc(sizeof(Var *));
  IRExpr *clo = closure_value(l, w, s->pos, true);
  clo->site->wrapper_closure = true;
  return clo;
}

void lower_defer(Lowerer *l, Node *s) { emit_defer(l, s->pos, lower_go_defer_value(l, s, false)); }

IRExpr *lower_recover(Lowerer *l, Node *n) {
  l->fn->has_recover = true;
  return new_expr(IR_RECOVER, nx(n)->lparen, ty_any);
}
