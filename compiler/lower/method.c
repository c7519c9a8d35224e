// lower/method.c — methods and interfaces in the IR:
//   x.M(args) on a concrete type: a direct IR_CALL with the receiver first,
//     after the embedded-field path and the automatic & or * (gc's rules);
//   x.M(args) on an interface: IR_ICALL (dispatch through the itable);
//   T.M(x, args): a method expression called at once, like x.M(args);
//   x.(T): IR_ASSERT;
//   method tables: for every concrete type boxed into an interface, one
//     wrapper per method of its method set taking the interface's data word
//     (codegen puts them in the type's GoType, the runtime builds itables).
#include "internal.h"

#include <string.h>

static IRExpr **forward_params(Lowerer *l, Func *f, Type *sig, Var *first);
static void forward_body(Lowerer *l, Func *f, Node *sel, IRExpr *x, IRExpr **args, Type *sig);

// The receiver argument for method m from x (already at the holder):
// &x for a pointer method on a value, *x for a value method on a pointer.
static IRExpr *adjust_receiver(IRExpr *x, Method *m, Pos pos) {
  bool is_ptr = under(x->type)->kind == TY_PTR && x->type->kind != TY_NAMED;
  if (m->ptr_recv && !is_ptr) {
    IRExpr *a = new_expr(IR_ADDR, pos, ptr_to(x->type));
    a->x = x;
    return a;
  }
  if (!m->ptr_recv && is_ptr) {
    IRExpr *d = new_expr(IR_DEREF, pos, x->type->elem);
    d->x = x;
    return d;
  }
  return x;
}

static Type *result_type(Type *sig, Node *call) {
  if (sig->nresults == 0)
    return NULL;
  if (sig->nresults == 1)
    return sig->results[0].type;
  return call->type;
}

// x.M() with x of a type parameter, in an instance's body: gc's shape body
// calls M through the dictionary. (By type: a body's own value of the same
// type as a type argument is taken for one.)
static bool on_type_param(Node *sel) {
  const Instance *in = types_shape_instance;
  for (int i = 0; in && !sel->list2.len && i < in->ntargs; i++)
    if (sel->x->type && types_identical(sel->x->type, in->targs[i]))
      return true;
  return false;
}

// A call of method m (holder: a NAMED type or an interface) on receiver x.
static IRExpr *method_call(Node *call, Node *sel, IRExpr *x, IRExpr **args, int nargs) {
  Method *m = nx(sel)->method;
  Type *rt = result_type(m->sig, call);
  x = field_path(x, sel);
  if (!m->func) {   // an interface's method
    IRExpr *e = new_expr(IR_ICALL, nx(call)->lparen, rt);
    e->x = x;
    e->field = (int)(m - under(x->type)->methods);
    e->args = args;
    e->nargs = nargs;
    e->src = call;
    return e;
  }
  IRExpr *e = new_expr(IR_CALL, nx(call)->lparen, rt);
  e->fn = m->func->ir;
  e->nargs = nargs + 1;
  e->args = xmalloc(sizeof(IRExpr *) * (nargs + 2));
  e->args[0] = adjust_receiver(x, m, sel->pos);
  if (on_type_param(sel))
    e->ival = IR_CALL_DICT;
  for (int i = 0; i < nargs; i++)
    e->args[i + 1] = args[i];
  e->src = call;
  return e;
}

// recv.path.M(args) for entry e of recv's method set, at pos, spelled by
// escape/'s -m=2 notes from the IR (no source): gc's generated wrappers.
IRExpr *method_entry_call(IRExpr *recv, MethodSetEntry *e, IRExpr **args, Type *sig, Pos pos) {
  Node call = {.kind = N_CALL, .pos = pos, .ext = &(NodeExt){.lparen = pos}};
  if (sig->nresults > 1) {
    Type **ts = xmalloc(sizeof(Type *) * sig->nresults);
    for (int i = 0; i < sig->nresults; i++)
      ts[i] = sig->results[i].type;
    call.type = tuple_of(ts, sig->nresults);
  }
  Node sel = {.kind = N_SELECTOR, .pos = pos, .name = e->m->name,
              .ext = &(NodeExt){.method = e->m, .method_holder = e->holder}};
  for (int i = 0; i < e->npath; i++)
    vec_push(&sel.list2, (void *)(intptr_t)e->path[i]);
  IRExpr *c = method_call(&call, &sel, recv, args, sig->nfields);
  c->src = NULL;
  return c;
}

// gc's devirtualization (its StaticValue): an interface variable never
// reassigned nor address-taken, initialised by boxing a concrete T.
Type *static_dyn_of(Obj *o, IRExpr *init) {
  if (!init || !o || (o->capflags & CAP_ASSIGNED) || (o->mark & MARK_ADDRTAKEN))
    return NULL;
  if (init->kind == IR_VAR)   // w := v: gc's StaticValue follows the chain
    return init->var->static_dyn;
  return init->kind == IR_BOX && !is_interface(init->x->type) ? init->x->type : NULL;
}

// w.M(args) on such a variable calls T's method directly on w.(T), as gc
// does before escape analysis ("devirtualizing w.Write to *bytes.Buffer"),
// so the arguments get the method's escape summary instead of leaking.
static IRExpr *devirtualize(Lowerer *l, Node *call, Node *sel, IRExpr *x) {
  Type *t = x->kind == IR_VAR ? x->var->static_dyn : NULL;
  if (!t || nx(sel)->method->func || !is_interface(sel->x->type))
    return NULL;
  Member mb = lookup_member(t, sel->name);
  // A method promoted from an embedded interface field stays an interface
  // call, on that field of w.(T): gc's "partially devirtualizing" (#42279).
  bool partial = mb.kind == MEMBER_IMETHOD && mb.path.len > 0;
  if (!partial && (mb.kind != MEMBER_METHOD || (mb.m->ptr_recv && !mb.indirect &&
                                                under(t)->kind != TY_PTR)))
    return NULL;
  if (mb.ambiguous)
    return NULL;
  if (flags.m)   // printed after the inliner's lines, as gc's later pass does
    note_later(l->fn, nx(call)->lparen, "%sdevirtualizing %s.%s to %s", partial ? "partially " : "",
            expr_string(sel->x), sel->name, type_string(t, false));
  nxw(sel)->devirt = t;   // ir/spell.c spells the call w.(T).M
  IRExpr *a = new_expr(IR_ASSERT, sel->pos, t);   // (where gc's -m=2 notes place it)
  a->x = x;
  Node dsel = {.kind = N_SELECTOR, .pos = sel->pos, 
               .ext = &(NodeExt){.method = mb.m, .method_holder = mb.holder},
               .list2 = mb.path, .name = sel->name};
  int n;
  IRExpr **args = lower_call_args(l, call, mb.m->sig, &n);
  IRExpr *e = method_call(call, &dsel, a, args, n);
  if (e->kind == IR_CALL && !e->ival)
    e->ival = 1;   // gc devirtualizes after inlining: this call is never inlined
  return e;
}

IRExpr *lower_method_call(Lowerer *l, Node *call) {
  Node *sel = unparen(call->x);
  if (sel->kind != N_SELECTOR || !nx(sel)->method)
    return NULL;
  if (sel->x->is_type) {   // T.M(x, args...): the receiver is the first argument
    int n;
    IRExpr **args = lower_call_args(l, call, under(sel->type), &n);
    return method_call(call, sel, args[0], args + 1, n - 1);
  }
  IRExpr *x = lower_expr(l, sel->x);
  IRExpr *d = devirtualize(l, call, sel, x);
  if (d)
    return d;
  int n;
  IRExpr **args = lower_call_args(l, call, nx(sel)->method->sig, &n);
  return method_call(call, sel, x, args, n);
}

IRExpr *lower_type_assert(Lowerer *l, Node *n, bool comma_ok) {
  Type *want = comma_ok ? n->type->fields[0].type : n->type;
  if (want && !is_interface(want))
    note_boxed(l, want);   // its descriptor is compared with dynamic types: complete it
  IRExpr *e = new_expr(IR_ASSERT, n->pos, n->type);
  e->x = lower_expr(l, n->x);
  e->ival = comma_ok;
  e->src = n;
  return e;
}

// ---------------------------------------------------------------- method tables

static void note_methods(Lowerer *l, Type *t);

// fmt calls String/Error on values nested in a boxed one too ({1m30s},
// [low mid]), so the types reachable from a boxed type get method tables.
static void note_components(Lowerer *l, Type *t) {
  Vec *walked = &l->pkg->components_walked;   // this package's: each package's program
  for (int i = 0; i < walked->len; i++)        // needs its own tables
    if (walked->data[i] == t)
      return;
  vec_push(walked, t);
  Type *u = under(t);
  switch (u->kind) {
  case TY_STRUCT:
    for (int i = 0; i < u->nfields; i++)
      note_boxed(l, u->fields[i].type);
    break;
  case TY_ARRAY: case TY_SLICE: case TY_PTR:
    note_boxed(l, u->elem);
    break;
  case TY_MAP:
    note_boxed(l, u->key);
    note_boxed(l, u->elem);
    break;
  default:
    break;
  }
}

void note_boxed(Lowerer *l, Type *t) {
  if (!t || is_interface(t))
    return;
  note_methods(l, t);
  // *T's table too, for a declared T: its descriptor is T's ptrToThis, as
  // gc's is, so reflect's PointerTo(T) has *T's methods (json asks whether
  // a *T implements Marshaler for a T it was given).
  if (t->kind == TY_NAMED && under(t)->kind != TY_PTR)
    note_methods(l, ptr_to(t));
  note_components(l, t);
}

static void note_methods(Lowerer *l, Type *t) {
  Program *prog = l->pkg->prog;
  for (int i = 0; i < prog->mtabs.len; i++)
    if (types_identical(((MethodTable *)prog->mtabs.data[i])->type, t))
      return;
  MethodSetEntry *es;
  int n = method_set(t, &es);
  if (!n)
    return;
  MethodTable *mt = xmalloc(sizeof(MethodTable));
  mt->type = t;
  mt->n = n;
  mt->methods = xmalloc(sizeof(Method *) * n);
  mt->fns = xmalloc(sizeof(Func *) * n);
  for (int i = 0; i < n; i++)
    mt->methods[i] = es[i].m;
  vec_push(&prog->mtabs, mt);
  mt->fns[0] = (Func *)es;   // entries kept until build_method_tables
}

// The wrapper's receiver expression: the data word as the boxed value.
static IRExpr *wrapper_recv(Var *p, Type *t) {
  IRExpr *x = new_expr(IR_VAR, p->pos, p->type);
  x->var = p;
  if (is_pointer_shaped(t))
    return x;
  IRExpr *d = new_expr(IR_DEREF, p->pos, t);
  d->x = x;
  return d;
}

// A wrapper's body ends with `return c` (c's results spread over sig's),
// or `c` alone when sig has none.
void emit_wrapper_return(Lowerer *l, Func *f, IRExpr *c, Type *sig) {
  IRStmt *ret = new_stmt(l, IR_S_RETURN, f->pos);
  ret->src = NULL;
  ret->args = xmalloc(sizeof(IRExpr *) * (sig->nresults + 1));
  ret->nargs = sig->nresults;
  if (sig->nresults == 0) {
    IRStmt *s = new_stmt(l, IR_S_EXPR, f->pos);
    s->src = NULL;
    s->x = c;
    emit(l, s);
  } else if (sig->nresults == 1) {
    ret->args[0] = c;
  } else {
    IRExpr *tv = temp(l, c);
    for (int i = 0; i < sig->nresults; i++) {
      IRExpr *x = new_expr(IR_EXTRACT, f->pos, c->type->fields[i].type);
      x->x = tv;
      x->field = i;
      ret->args[i] = x;
    }
  }
  emit(l, ret);
}

// func (p *T) M·w(args) results { return p.path.M(args) }
static Func *make_wrapper(LowerPkg *lp, Type *t, MethodSetEntry *e) {
  Func *f = xmalloc(sizeof(Func));
  Type *sig = e->m->sig;
  f->name = xfmt("%s.%s", type_string(t, false), e->m->name);
  f->lname = xfmt("%s.%s·mtab", lp->prefix, f->name);
  f->type = sig;
  f->mtab_wrapper = true;
  f->pos = e->m->func ? e->m->func->pos : (Pos){0};
  Lowerer *l = &(Lowerer){.pkg = lp, .fn = f, .loop_depth = 1};
  Type *pt = is_pointer_shaped(t) ? t : ptr_to(t);
  IRExpr **args = forward_params(l, f, sig, new_var(l, VAR_PARAM, "p", pt, f->pos));
  Node sel = {.kind = N_SELECTOR, .pos = f->pos, .ext = &(NodeExt){.method = e->m, .method_holder = e->holder}};
  for (int i = 0; i < e->npath; i++)
    vec_push(&sel.list2, (void *)(intptr_t)e->path[i]);
  forward_body(l, f, &sel, wrapper_recv(f->params[0], t), args, sig);
  return f;
}

void build_method_tables(LowerPkg *lp, Program *prog) {
  for (int i = 0; i < prog->mtabs.len; i++) {
    MethodTable *mt = prog->mtabs.data[i];
    MethodSetEntry *es = (MethodSetEntry *)mt->fns[0];
    for (int j = 0; j < mt->n; j++) {
      Func *f = make_wrapper(lp, mt->type, &es[j]);
      mt->fns[j] = f;
      vec_push(&prog->funcs, f);
    }
  }
}

// gc's names of a method: "T.M" or "(*T).M"; link names "main.T.M".
char *method_func_name(Node *fd) {
  Obj *o = fd->obj;
  Type *rt = method_recv_type(fd);
  if (rt && rt->kind == TY_PTR)
    return xfmt("(*%s).%s", o->recv_type->name, o->name);
  return xfmt("%s.%s", o->recv_type->name, o->name);
}

// ---------------------------------------------------------------- method values


// f's parameters (first, when not NULL, then one per parameter of sig) and
// results; returns the arguments to forward: the parameters after first.
static IRExpr **forward_params(Lowerer *l, Func *f, Type *sig, Var *first) {
  f->params = xmalloc(sizeof(Var *) * (sig->nfields + 2));
  if (first)
    f->params[f->nparams++] = first;
  IRExpr **args = xmalloc(sizeof(IRExpr *) * (sig->nfields + 1));
  for (int i = 0; i < sig->nfields; i++) {
    Var *a = new_var(l, VAR_PARAM, xfmt("a%d", i), sig->fields[i].type, f->pos);
    f->params[f->nparams++] = a;
    args[i] = new_expr(IR_VAR, f->pos, a->type);
    args[i]->var = a;
  }
  f->results = xmalloc(sizeof(Var *) * (sig->nresults + 1));
  for (int i = 0; i < sig->nresults; i++)
    f->results[f->nresults++] = new_var(l, VAR_RESULT, xfmt("~r%d", i), sig->results[i].type, f->pos);
  return args;
}

// f's body (L.fn == f): return x.path.M(args...), sel giving M and the path.
static void forward_body(Lowerer *l, Func *f, Node *sel, IRExpr *x, IRExpr **args, Type *sig) {
  Vec body = {0};
  l->block = &body;
  Node call = {.kind = N_CALL, .pos = f->pos, .ext = &(NodeExt){.lparen = f->pos}};
  if (sig->nresults > 1) {
    Type **ts = xmalloc(sizeof(Type *) * sig->nresults);
    for (int i = 0; i < sig->nresults; i++)
      ts[i] = sig->results[i].type;
    call.type = tuple_of(ts, sig->nresults);
  }
  IRExpr *c = method_call(&call, sel, x, args, sig->nfields);
  c->src = NULL;
  emit_wrapper_return(l, f, c, sig);
  IRStmt *blk = new_stmt(l, IR_S_BLOCK, f->pos);
  blk->src = NULL;
  blk->stmts = (IRStmt **)body.data;
  blk->nstmts = body.len;
  f->body = blk;
}

// A method expression T.M / (*T).M / I.M as a value: a top-level wrapper
// func(recv, args...) results { return recv.path.M(args...) } — a static
// func value, no allocation (gc's ONAME of the method).
static IRExpr *method_expr_value(Lowerer *l, Node *n) {
  Method *m = nx(n)->method;
  Type *rt = n->x->type;
  Func *f = xmalloc(sizeof(Func));
  f->name = xfmt("%s.%s", type_string(rt, false), m->name);
  f->lname = xfmt("%s.%s·mexpr%d", l->pkg->prefix, f->name, ++l->pkg->nmethod_funcs);
  f->type = n->type;
  f->pos = n->pos;
  f->mtab_wrapper = true;
  // (*T).M of a value method: gc calls an autogenerated wrapper it has no
  // escape summary for, so calls through it leak their arguments.
  f->no_static = under(rt)->kind == TY_PTR && rt->kind != TY_NAMED && m->func &&
                 !m->ptr_recv && n->list2.len == 0;
  vec_push(&l->pkg->prog->funcs, f);
  Lowerer *w = &(Lowerer){.pkg = l->pkg, .fn = f, .loop_depth = 1};   // the wrapper's
  Var *r = new_var(w, VAR_PARAM, "recv", rt, f->pos);
  IRExpr **args = forward_params(w, f, m->sig, r);
  IRExpr *x = new_expr(IR_VAR, f->pos, rt);
  x->var = r;
  Node sel = {.kind = N_SELECTOR, .pos = n->pos, 
              .ext = &(NodeExt){.method = m, .method_holder = nx(n)->method_holder},
              .list2 = n->list2, .name = n->name};
  forward_body(w, f, &sel, x, args, m->sig);
  IRExpr *e = new_expr(IR_FUNCVALUE, n->pos, n->type);
  e->fn = f;
  return e;
}

// x.M as a value (gc's OMETHVALUE): the receiver is evaluated (path, & or *,
// nil checks) and copied now into a context object {T.M-fm, recv} allocated
// at a SITE_METHVAL ("x.M"); T.M-fm(ctx, args...) calls recv.M(args...).
// Escape analysis sees a closure capturing the receiver by value: it flows
// to the context and, through the call in T.M-fm, to M's receiver tag; the
// wrapper's results outlive it (gc: results assumed to reach the heap).
IRExpr *lower_method_value(Lowerer *l, Node *n) {
  if (n->x->is_type)
    return method_expr_value(l, n);
  Method *m = nx(n)->method;
  Func *outer = l->fn;
  if (!outer) {
    error_at(n->pos, "method values outside functions are not supported yet");
    return zero_expr(n->type, n->pos);
  }
  IRExpr *x = field_path(lower_expr(l, n->x), n);
  bool iface = !m->func;
  IRExpr *recv = iface ? x : adjust_receiver(x, m, n->pos);
  Var *t = temp_var(l, recv, n->pos);
  t->methval_recv = true;
  if (iface) {   // a nil interface panics now: if t == nil { *(*int)(nil) }
    IRExpr *tv = new_expr(IR_VAR, n->pos, t->type);
    tv->var = t;
    IRExpr *cmp = new_expr(IR_BINARY, n->pos, ty_bool);
    cmp->op = T_EQL;
    cmp->x = tv;
    cmp->y = zero_expr(t->type, n->pos);
    IRExpr *d = new_expr(IR_DEREF, n->pos, ty_int);
    d->x = zero_expr(ptr_to(ty_int), n->pos);
    IRStmt *ds = new_stmt(l, IR_S_EXPR, n->pos);
    ds->x = d;
    IRStmt *body = new_stmt(l, IR_S_BLOCK, n->pos);
    body->stmts = xmalloc(sizeof(IRStmt *));
    body->stmts[0] = ds;
    body->nstmts = 1;
    IRStmt *s = new_stmt(l, IR_S_IF, n->pos);
    s->x = cmp;
    s->body = body;
    emit(l, s);
  }
  Func *f = xmalloc(sizeof(Func));
  f->name = xfmt("%s.%s-fm", type_string(t->type, false), m->name);
  f->lname = xfmt("%s.%s·%d", l->pkg->prefix, f->name, ++l->pkg->nmethod_funcs);
  f->type = n->type;
  f->pos = n->pos;
  f->outer = outer;
  f->mtab_wrapper = true;
  vec_push(&outer->closures, f);
  vec_push(&l->pkg->prog->funcs, f);
  Lowerer *w = &(Lowerer){.pkg = l->pkg, .fn = f, .loop_depth = 1};   // the wrapper's
  Var *c = capture_var(f, t, n->pos);
  IRExpr *cx = new_expr(IR_VAR, n->pos, c->type);
  cx->var = c;
  IRExpr **args = forward_params(w, f, m->sig, NULL);
  Node sel = {.kind = N_SELECTOR, .pos = n->pos, 
              .ext = &(NodeExt){.method = m, .method_holder = nx(n)->method_holder},
              .name = n->name};
  forward_body(w, f, &sel, cx, args, m->sig);
  // gc's spelling: x, the embedded fields of the path, .M; (&T{...}).M
  IRExpr *cv = closure_value_at(l, f, n->pos, SITE_METHVAL, site_spell(n));
  // A generic type's method value is a wrapper closure to gc, never reported.
  cv->site->unreported = m->func && m->func->instance;
  return cv;
}
