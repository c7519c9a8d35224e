// lower/call.c — calls to IR: conversions T(x), builtins (len, append, make,
// new, copy, print, panic), direct calls of Go functions with the variadic
// "... argument" slice, and calls into runtime-implemented packages.
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static IRExpr *unop(IRKind k, Pos pos, Type *t, IRExpr *x) {
  IRExpr *e = new_expr(k, pos, t);
  e->x = x;
  return e;
}

// ---------------------------------------------------------------- conversions

static bool is_byte_slice(Type *t) {
  t = under(t);
  return t->kind == TY_SLICE && under(t->elem)->kind == TY_UINT8;
}

static bool is_rune_slice(Type *t) {
  t = under(t);
  return t->kind == TY_SLICE && under(t->elem)->kind == TY_INT32;
}

static IRExpr *conversion(Lowerer *l, Node *n) {
  Type *t = n->type;
  Node *arg = n->list.data[0];
  IRExpr *x = lower_expr(l, arg);
  Type *from = x->type;
  if (is_interface(t))
    return convert_value(l, x, t, n, nx(n)->lparen);
  if (is_slice_to_array_ptr(under(from), under(t)))
    return unop(IR_SLICE2ARRPTR, nx(n)->lparen, t, x);
  char *sp = site_spell(n);
  if (is_string(t) && is_integer(from)) {
    IRExpr *e = unop(IR_RUNE2STR, nx(n)->lparen, t, x);
    e->site = new_site(l, SITE_RUNE2STR, nx(n)->lparen, sp, array_of(ty_uint8, 4));
    return e;
  }
  if (is_string(t) && is_byte_slice(from)) {
    IRExpr *e = unop(IR_BYTES2STR, nx(n)->lparen, t, x);
    e->site = new_site(l, SITE_BYTES2STR, nx(n)->lparen, sp, array_of(ty_uint8, 32));
    return e;
  }
  if (is_string(t) && is_rune_slice(from)) {
    IRExpr *e = unop(IR_RUNES2STR, nx(n)->lparen, t, x);
    e->site = new_site(l, SITE_RUNES2STR, nx(n)->lparen, sp, array_of(ty_uint8, 32));
    return e;
  }
  if (is_byte_slice(t) && is_string(from)) {
    IRExpr *e = unop(IR_STR2BYTES, nx(n)->lparen, t, x);
    e->site = new_site(l, SITE_STR2BYTES, nx(n)->lparen, sp, array_of(ty_uint8, 32));
    return e;
  }
  if (is_rune_slice(t) && is_string(from)) {
    IRExpr *e = unop(IR_STR2RUNES, nx(n)->lparen, t, x);
    e->site = new_site(l, SITE_STR2RUNES, nx(n)->lparen, sp, array_of(ty_int32, 32));
    return e;
  }
  return unop(IR_CONV, nx(n)->lparen, t, x);
}

// ---------------------------------------------------------------- builtins

static IRExpr *to_int(IRExpr *e) {
  if (under(e->type)->kind == TY_INT)
    return e;
  return unop(IR_CONV, e->pos, ty_int, e);
}

static IRExpr *builtin_make(Lowerer *l, Node *n) {
  Type *t = n->type;
  if (under(t)->kind == TY_MAP)
    return lower_make_map(l, n);
  if (under(t)->kind == TY_CHAN)
    return lower_make_chan(l, n);
  IRExpr *e = new_expr(IR_MAKESLICE, nx(n)->lparen, t);
  Node *len = n->list.data[1];
  Node *cap = n->list.len > 2 ? n->list.data[2] : NULL;
  e->x = to_int(lower_expr(l, len));
  if (cap)
    e->y = to_int(lower_expr(l, cap));
  Node *size = cap ? cap : len;
  // gc sizes the backing array by the capacity when given, else the length;
  // only a small constant (fits in int32) allows the stack.
  int64_t count = size->cval && const_fits_int(size->cval, 31, false) ? const_to_int64(size->cval) : -1;
  Type *elem = under(t)->elem;
  e->site = new_site(l, SITE_MAKESLICE, nx(n)->lparen, self_spell(n),
                     count >= 0 ? array_of(elem, count) : elem);
  e->site->count = count;
  return e;
}

static IRExpr *builtin_append(Lowerer *l, Node *n) {
  Node *s = n->list.data[0];
  IRExpr *e = new_expr(IR_APPEND, nx(n)->lparen, n->type);
  e->x = lower_expr(l, s);
  Type *elem = under(n->type)->elem;
  if (n->has_ellipsis) {
    Node *src = n->list.data[1];
    IRExpr *y = lower_expr(l, src);
    if (y->kind == IR_ZERO && src->type->kind == TY_UNTYPED_NIL)
      y = zero_expr(n->type, src->pos);
    e->y = y;
    return e;
  }
  e->nargs = n->list.len - 1;
  e->args = xmalloc(sizeof(IRExpr *) * (e->nargs + 1));
  // gc: all at the last non-constant argument, counting the slice itself.
  Pos last = last_nonconst_pos(&n->list, 0, gc_pos(n->list.data[0]));
  for (int i = 1; i < n->list.len; i++) {
    e->args[i - 1] = lower_assigned(l, n->list.data[i], elem, last);
    unnote_append_arg(l->pkg->prog, n->list.data[i]);
  }
  return e;
}

// The calls and receives inside x, run for their effects alone, in order:
// where len(x) of an array is known but x calls or receives, gc (walk's
// safeExpr) runs those before the len or range over x, but neither
// indexes nor dereferences x (len(f()) of a nil *[3]int is 3, no panic).
void lower_calls_of(Lowerer *l, Node *x) {
  if (!x || x->is_type || x->cval || x->kind == N_FUNCLIT)
    return;
  if ((x->kind == N_CALL && !x->x->is_type) || (x->kind == N_UNARY && x->op == T_ARROW)) {
    IRStmt *st = new_stmt(l, IR_S_EXPR, x->pos);
    st->x = lower_expr(l, x);
    emit(l, st);
    return;
  }
  Node *kids[] = {x->x, x->y, nx(x)->z, nx(x)->w};
  for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
    lower_calls_of(l, kids[i]);
  if (x->kind != N_SELECTOR)   // (a selector's list holds its field path)
    for (int i = 0; i < x->list.len; i++)
      lower_calls_of(l, x->list.data[i]);
}

static IRExpr *builtin_expr(Lowerer *l, Node *n, Builtin b) {
  switch (b) {
  case BI_CLOSE:
    return lower_chan_builtin(l, n, b);
  case BI_LEN:
  case BI_CAP: {
    Node *a = n->list.data[0];
    if (a->type && under(a->type)->kind == TY_CHAN)
      return lower_chan_builtin(l, n, b);
    Type *u = under(a->type);
    if (u->kind == TY_PTR)
      u = under(u->elem);
    if (u->kind == TY_ARRAY) {   // not constant: a calls or receives
      lower_calls_of(l, a);
      return const_expr(const_int64(u->len), ty_int, n->pos);
    }
    IRExpr *x = lower_expr(l, a);
    return unop(b == BI_LEN ? IR_LEN : IR_CAP, nx(n)->lparen, ty_int, x);
  }
  case BI_APPEND:
    return builtin_append(l, n);
  case BI_MAKE:
    return builtin_make(l, n);
  case BI_DELETE:
    return lower_map_delete(l, n);
  case BI_NEW: {
    IRExpr *e = new_expr(IR_NEW, nx(n)->lparen, n->type);
    e->site = new_site(l, SITE_NEW, nx(n)->lparen, self_spell(n), under(n->type)->elem);
    return e;
  }
  case BI_RECOVER:
    return lower_recover(l, n);
  case BI_COPY: case BI_COMPLEX: {
    IRExpr *e = new_expr(b == BI_COPY ? IR_COPY : IR_COMPLEX, nx(n)->lparen, n->type);
    e->x = lower_expr(l, n->list.data[0]);
    e->y = lower_expr(l, n->list.data[1]);
    return e;
  }
  case BI_ADD: case BI_SLICE: {   // (Sizeof, Alignof and Offsetof are constants)
    IRExpr *e = new_expr(b == BI_ADD ? IR_UNSAFEADD : IR_UNSAFESLICE, nx(n)->lparen, n->type);
    Node *ptr = n->list.data[0];
    e->x = lower_assigned(l, ptr, b == BI_ADD ? ty_unsafeptr : ptr->type, nx(n)->lparen);
    e->y = to_int(lower_expr(l, n->list.data[1]));
    return e;
  }
  case BI_REAL: case BI_IMAG:
    return unop(b == BI_REAL ? IR_REAL : IR_IMAG, nx(n)->lparen, n->type, lower_expr(l, n->list.data[0]));
  default:
    error_at(n->pos, "builtin is not supported in this position yet");
    return zero_expr(ty_int, n->pos);
  }
}

// print, println and panic are statements in the IR.
bool lower_builtin_stmt(Lowerer *l, Node *call) {
  if (call->x->kind != N_IDENT || !call->x->obj || call->x->obj->kind != OBJ_BUILTIN)
    return false;
  Builtin b = call->x->obj->builtin;
  if (b == BI_PANIC) {
    IRStmt *s = new_stmt(l, IR_S_PANIC, call->pos);
    Node *arg = call->list.data[0]; // a constant is reported at the call's '('
    s->x = lower_assigned(l, arg, ty_any, arg->cval ? nx(call)->lparen : last_operand_pos(arg));
    emit(l, s);
    return true;
  }
  if (b == BI_PRINT || b == BI_PRINTLN) {
    IRStmt *s = new_stmt(l, IR_S_PRINT, call->pos);
    s->newline = b == BI_PRINTLN;
    if (call->checked == 2) {   // println(f()): f's results, from a temporary
      IRExpr *tuple = temp(l, lower_expr(l, call->list.data[0]));
      s->nargs = tuple->type->nfields;
      s->args = xmalloc(sizeof(IRExpr *) * (s->nargs + 1));
      for (int i = 0; i < s->nargs; i++) {
        s->args[i] = new_expr(IR_EXTRACT, call->pos, tuple->type->fields[i].type);
        s->args[i]->x = tuple;
        s->args[i]->field = i;
      }
      emit(l, s);
      return true;
    }
    s->nargs = call->list.len;
    s->args = xmalloc(sizeof(IRExpr *) * (s->nargs + 1));
    for (int i = 0; i < s->nargs; i++)
      s->args[i] = lower_expr(l, call->list.data[i]);
    emit(l, s);
    return true;
  }
  return false;
}

// ---------------------------------------------------------------- calls

// Arguments converted to the parameter types; the variadic tail becomes a
// slice literal: gc's "... argument" allocation site at the call's '('.
// f(g()) with g returning several values: the results, one argument each.
// gc's temporary for result i of the multi-value call g in f(g()) (see
// autotmp.c), as a name to spell; g itself when it has none.
static Node *result_src(Node *g, int i, Type *t) {
  g = unparen(g);
  if (!nx(g)->autotmp)
    return g;
  Node *id = new_node(N_IDENT, g->pos);
  id->name = xfmt(".autotmp_%d", nx(g)->autotmp - 1 + i);
  id->type = t;
  return id;
}

static IRExpr **spread_args(Lowerer *l, Node *n, Type *sig, int *nout) {
  int np = sig->nfields;
  Node *g = unparen(n->list.data[0]);
  // gc converts its temporaries at the call's '('.
  Pos box = nx(g)->autotmp ? nx(n)->lparen : gc_pos(g);
  int fixed = sig->variadic ? np - 1 : np;
  IRExpr *tuple = temp(l, lower_expr(l, n->list.data[0]));
  Type *tt = tuple->type;
  IRExpr **args = xmalloc(sizeof(IRExpr *) * (np + 1));
  IRExpr *lit = NULL;
  for (int i = 0; i < tt->nfields; i++) {
    IRExpr *x = new_expr(IR_EXTRACT, nx(n)->lparen, tt->fields[i].type);
    x->x = tuple;
    x->field = i;
    if (i < fixed) {
      args[i] = convert_value(l, x, sig->fields[i].type, result_src(g, i, x->type), box);
      continue;
    }
    Type *st = sig->fields[np - 1].type;
    if (!lit) {
      lit = new_expr(IR_SLICELIT, nx(n)->lparen, st);
      lit->args = xmalloc(sizeof(IRExpr *) * tt->nfields);
      lit->idx = xmalloc(sizeof(int64_t) * tt->nfields);
    }
    lit->idx[lit->nargs] = lit->nargs;
    lit->args[lit->nargs++] = convert_value(l, x, st->elem, result_src(g, i, x->type), box);
  }
  if (sig->variadic) {
    Type *st = sig->fields[np - 1].type;
    if (lit)
      lit->site = new_site(l, SITE_VARIADIC, nx(n)->lparen, "... argument", array_of(st->elem, lit->nargs));
    args[np - 1] = lit ? lit : zero_expr(st, nx(n)->lparen);
  }
  *nout = np;
  return args;
}

static IRExpr **call_args(Lowerer *l, Node *n, Type *sig, int *nout);

IRExpr **lower_call_args(Lowerer *l, Node *n, Type *sig, int *nout) { return call_args(l, n, sig, nout); }

static IRExpr **call_args(Lowerer *l, Node *n, Type *sig, int *nout) {
  if (n->checked == 2)
    return spread_args(l, n, sig, nout);
  int np = sig->nfields, na = n->list.len;
  IRExpr **args = xmalloc(sizeof(IRExpr *) * (np + 1));
  int fixed = sig->variadic ? np - 1 : np;
  // gc reports an argument's implicit conversion at the last non-name
  // argument seen so far (a name keeps the position; the call's '(' first).
  Pos cur = nx(n)->lparen;
  for (int i = 0; i < fixed; i++) {
    if (!is_plain_name(n->list.data[i]))
      cur = gc_pos(n->list.data[i]);
    args[i] = lower_assigned(l, n->list.data[i], sig->fields[i].type, cur);
  }
  if (sig->variadic) {
    Type *st = sig->fields[np - 1].type;
    if (n->has_ellipsis) {
      args[np - 1] = lower_assigned(l, n->list.data[na - 1], st, gc_pos(n->list.data[na - 1]));
    } else if (na == fixed) {
      args[np - 1] = zero_expr(st, nx(n)->lparen); // no variadic arguments: a nil slice
    } else {
      IRExpr *lit = new_expr(IR_SLICELIT, nx(n)->lparen, st);
      lit->nargs = na - fixed;
      lit->args = xmalloc(sizeof(IRExpr *) * lit->nargs);
      lit->idx = xmalloc(sizeof(int64_t) * lit->nargs);
      for (int i = fixed; i < na; i++) {
        if (!is_plain_name(n->list.data[i]))
          cur = gc_pos(n->list.data[i]);
        lit->args[i - fixed] = lower_assigned(l, n->list.data[i], st->elem, cur);
        lit->idx[i - fixed] = i - fixed;
      }
      lit->site = new_site(l, SITE_VARIADIC, nx(n)->lparen, "... argument", array_of(st->elem, lit->nargs));
      args[np - 1] = lit;
    }
  }
  *nout = np;
  return args;
}

// gc's escape analysis (rewriteArgument) copies the pointer of an argument
// uintptr(unsafe.Pointer(p)) of a //go:uintptrescapes or uintptrkeepalive
// function into a temporary that stays alive across the call:
// .autotmp_N = unsafe.Pointer(p); f(uintptr(.autotmp_N)), numbered after
// the function's declarations.
static bool keep_alive(Lowerer *l, IRExpr **argp, Node **spelled) {
  IRExpr *a = *argp;
  if (a->kind != IR_CONV || under(a->type)->kind != TY_UINTPTR ||
      under(a->x->type)->kind != TY_UNSAFEPTR)
    return false;
  Var *t = temp_var(l, a->x, a->x->pos);
  t->name = xfmt(".autotmp_%d", l->ndcl++);
  t->escape_temp = true;
  IRExpr *v = new_expr(IR_VAR, a->x->pos, t->type);
  v->var = t;
  IRExpr *c = new_expr(IR_CONV, a->pos, a->type);   // (no source: uintptr(.autotmp_N))
  c->x = v;
  *argp = c;
  *spelled = new_node(N_IDENT, a->pos);
  (*spelled)->name = xfmt("%s(%s)", type_string(a->type, false), t->name);
  return true;
}

// The call (n) is then spelled with the temporaries: keep(uintptr(.autotmp_3), ... argument...).
static void keep_uintptrs_alive(Lowerer *l, IRExpr *call, Node *n) {
  if (!(call->fn->pragmas & (PRAGMA_UINTPTRESCAPES | PRAGMA_UINTPTRKEEPALIVE)))
    return;
  Node **spelled = xmalloc(sizeof(Node *) * (n->list.len + 1));
  memset(spelled, 0, sizeof(Node *) * (n->list.len + 1));
  bool kept = false;
  for (int i = 0, at = 0; i < call->nargs; i++) {   // at: the argument's source
    IRExpr *a = call->args[i];
    if (a && a->kind == IR_SLICELIT && !n->has_ellipsis) {   // the variadic slice's elements
      for (int j = 0; j < a->nargs; j++, at++)
        if (at < n->list.len)
          kept |= keep_alive(l, &a->args[j], &spelled[at]);
    } else {
      if (a && at < n->list.len)
        kept |= keep_alive(l, &call->args[i], &spelled[at]);
      at++;
    }
  }
  if (kept) {
    Node *c = new_node(N_CALL, n->pos);
    *c = *n;
    c->list = (Vec){0};
    for (int i = 0; i < n->list.len; i++)
      vec_push(&c->list, spelled[i] ? spelled[i] : n->list.data[i]);
    call->src = c;
  }
  free(spelled);
}

IRExpr *lower_call(Lowerer *l, Node *n) {
  if (n->x->is_type)
    return conversion(l, n);
  Node *callee = unparen(n->x);   // len, or unsafe.Add
  if ((callee->kind == N_IDENT || callee->kind == N_SELECTOR) && callee->obj &&
      callee->obj->kind == OBJ_BUILTIN)
    return builtin_expr(l, n, callee->obj->builtin);
  IRExpr *mc = lower_method_call(l, n);
  if (mc)
    return mc;
  Node *fx = unparen(n->x);
  Obj *fo = fx->obj;
  Type *sig = under(fx->type);
  Type *rt = NULL;
  if (sig->nresults == 1)
    rt = sig->results[0].type;
  else if (sig->nresults > 1)
    rt = n->type;
  if (!fo || fo->kind != OBJ_FUNC || !fo->ir)
    return lower_call_value(l, n, lower_expr(l, n->x), sig, rt);
  IRExpr *e = new_expr(IR_CALL, nx(n)->lparen, rt);
  e->fn = fo->ir;
  e->args = call_args(l, n, sig, &e->nargs);
  keep_uintptrs_alive(l, e, n);
  return e;
}
