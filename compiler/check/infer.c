// infer.c — function argument type inference (Go 1.19's rules, first
// slice): the explicit type arguments first, then each typed argument's
// type unified with its parameter's declared type (as written, so []T
// against []int binds T = int; a named argument type meets a type literal
// through its underlying type), then untyped constant arguments whose
// parameter is a bare type parameter still unbound give their default type.
#include "generic.h"

#include <stdlib.h>
#include <string.h>

typedef struct Infer {
  Generic *g;
  Type **targs;        // bound so far (NULL: not yet)
  bool *from_untyped;  // bound by an untyped constant's default type
  bool failed;
} Infer;

// gc names the declaration by its absolute path here.
static char *abs_pos_text(Pos p) {
  char *abs = realpath(p.file->path, NULL);
  return xfmt("%s:%d:%d", abs ? abs : p.file->path, p.line, p.col);
}

static int tparam_index(Generic *g, Node *n) {
  n = unparen(n);
  if (n->kind != N_IDENT)
    return -1;
  for (int i = 0; i < g->names.len; i++)
    if (!strcmp(g->names.data[i], n->name))
      return i;
  return -1;
}

static void unify(Infer *in, Node *p, Type *a);

// Parameters or results (N_FIELD lists) against a signature's fields.
static void unify_fields(Infer *in, Vec *fields, Field *fs, int n) {
  int k = 0;
  for (int i = 0; i < fields->len; i++) {
    Node *f = fields->data[i];
    int cnt = nx(f)->names.len ? nx(f)->names.len : 1;
    for (int j = 0; j < cnt && k < n; j++, k++) {
      Node *pt = f->x;
      if (pt->kind == N_ELLIPSIS && fs[k].type->kind == TY_SLICE)
        unify(in, pt->x, fs[k].type->elem);
      else
        unify(in, pt, fs[k].type);
    }
  }
}

// Binds the type parameters in parameter type p from argument type a.
static void unify(Infer *in, Node *p, Type *a) {
  p = unparen(p);
  if (!p || !a || a == ty_invalid || in->failed)
    return;
  int i = tparam_index(in->g, p);
  if (i >= 0) {
    if (!in->targs[i])
      in->targs[i] = a;
    return;   // a second binding is checked as assignability later
  }
  if (p->kind == N_INDEX) {   // Box[T] against an instance of Box
    Instance *inst = a->kind == TY_NAMED && a->obj ? a->obj->instance : NULL;
    Vec one = {0};
    Vec *args = p->list.len ? &p->list : &one;
    if (!p->list.len)
      vec_push(&one, p->y);
    for (int j = 0; inst && j < args->len && j < inst->ntargs; j++)
      unify(in, args->data[j], inst->targs[j]);
    return;
  }
  Type *u = under(a);
  switch (p->kind) {
  case N_STAR:
    if (u->kind == TY_PTR)
      unify(in, p->x, u->elem);
    break;
  case N_ARRAYTYPE:
    if (u->kind == (p->x ? TY_ARRAY : TY_SLICE))
      unify(in, p->y, u->elem);
    break;
  case N_MAPTYPE:
    if (u->kind == TY_MAP)
      unify(in, p->x, u->key), unify(in, p->y, u->elem);
    break;
  case N_ELLIPSIS:   // f(xs...) against ...T
    if (u->kind == TY_SLICE)
      unify(in, p->x, u->elem);
    break;
  case N_CHANTYPE:
    if (u->kind == TY_CHAN)
      unify(in, p->y ? p->y : p->x, u->elem);
    break;
  case N_FUNCTYPE:
    if (u->kind == TY_FUNC) {
      unify_fields(in, &p->list, u->fields, u->nfields);
      unify_fields(in, &p->list2, u->results, u->nresults);
    }
    break;
  default:
    break;
  }
}

// The declared type of argument i of the generic's parameters (through a
// variadic ...T: T), or NULL past the end.
static Node *param_type_at(Generic *g, int i, bool spread) {
  Node *ft = g->decl->x;
  int k = 0;
  for (int j = 0; j < ft->list.len; j++) {
    Node *f = ft->list.data[j];
    int cnt = nx(f)->names.len ? nx(f)->names.len : 1;
    if (f->x && f->x->kind == N_ELLIPSIS && i >= k)
      return spread ? f->x : f->x->x;
    if (i < k + cnt)
      return f->x;
    k += cnt;
  }
  return NULL;
}

static bool mentions_tparam(Generic *g, Node *p) {
  p = unparen(p);
  if (!p)
    return false;
  if (tparam_index(g, p) >= 0)
    return true;
  if (mentions_tparam(g, p->x) || mentions_tparam(g, p->y))
    return true;
  for (int i = 0; i < p->list.len; i++)
    if (mentions_tparam(g, p->list.data[i]))
      return true;
  for (int i = 0; i < p->list2.len; i++)
    if (mentions_tparam(g, p->list2.data[i]))
      return true;
  return p->kind == N_FIELD && mentions_tparam(g, p->x);
}

bool params_mention_tparams(Generic *g, Node *ftype) {
  for (int i = 0; i < ftype->list.len; i++)
    if (mentions_tparam(g, ((Node *)ftype->list.data[i])->x))
      return true;
  return false;
}

// An argument's type, for inference only: the call's own check comes after
// (a func literal gives its signature, its body waits for that check).
static Operand arg_type(Checker *chk, Node *a) {
  Node *u = unparen(a);
  if (u->kind == N_FUNCLIT) {
    Type *sig = func_type(chk, u->x, NULL);
    return (Operand){sig == ty_invalid ? M_INVALID : M_VALUE, sig, NULL};
  }
  return check_expr(chk, a);
}

static void infer_from_args(Checker *chk, Infer *in, Node *call) {
  Generic *g = in->g;
  Operand *xs = xmalloc(sizeof(Operand) * (call->list.len + 1));
  for (int i = 0; i < call->list.len && !in->failed; i++) {
    Node *p = param_type_at(g, i, call->has_ellipsis && i == call->list.len - 1);
    xs[i] = (Operand){M_INVALID, NULL, NULL};
    if (!p || !mentions_tparam(g, p))
      continue;
    xs[i] = arg_type(chk, call->list.data[i]);
    if (xs[i].mode == M_INVALID) {
      in->failed = true;
      return;
    }
    if (xs[i].type && !is_untyped(xs[i].type))
      unify(in, p, xs[i].type);
  }
  for (int i = 0; i < call->list.len; i++) {
    if (xs[i].mode == M_INVALID || !xs[i].type || !is_untyped(xs[i].type) ||
        xs[i].type == ty_untyped_nil)
      continue;
    Node *p = param_type_at(g, i, false);
    int k = p ? tparam_index(g, p) : -1;
    if (k < 0)
      continue;
    Type *d = default_type(xs[i].type);
    if (!in->targs[k]) {
      in->targs[k] = d;
      in->from_untyped[k] = true;
    } else if (in->from_untyped[k] && !types_identical(in->targs[k], d)) {
      Node *a = call->list.data[i];
      error_at(start_pos(a), "default type %s of %s does not match inferred type %s for %s",
               type_string_checker(d), expr_string(a), type_string_checker(in->targs[k]),
               (char *)g->names.data[k]);
      in->failed = true;
      return;
    }
  }
}

// The one term of a constraint ([S ~[]E], [P interface{ *T }]), or NULL.
static Node *core_term(Node *c, bool *tilde) {
  c = unparen(c);
  if (c->kind == N_INTERFACETYPE) {
    if (c->list.len != 1 || nx((Node *)c->list.data[0])->names.len)
      return NULL;
    c = unparen(((Node *)c->list.data[0])->x);
  }
  *tilde = c->kind == N_UNARY && c->op == T_TILDE;
  if (*tilde)
    c = unparen(c->x);
  if ((c->kind == N_BINARY && c->op == T_OR) || c->kind == N_INTERFACETYPE)
    return NULL;
  return c;
}

static bool all_bound_in(Infer *in, Node *p) {
  p = unparen(p);
  if (!p)
    return true;
  int i = tparam_index(in->g, p);
  if (i >= 0)
    return in->targs[i] != NULL;
  if (!all_bound_in(in, p->x) || !all_bound_in(in, p->y))
    return false;
  for (int k = 0; k < p->list.len; k++)
    if (!all_bound_in(in, p->list.data[k]))
      return false;
  for (int k = 0; k < p->list2.len; k++)
    if (!all_bound_in(in, p->list2.data[k]))
      return false;
  return true;
}

// Constraint type inference, its simple form: a bound type parameter whose
// constraint has one term, [S ~[]E], gives E from S's (underlying) type;
// an unbound one whose term's parameters are all bound, [P interface{ *T }],
// is that term.
static void infer_from_constraints(Checker *chk, Infer *in) {
  Generic *g = in->g;
  for (bool progress = true; progress && !in->failed;) {
    progress = false;
    for (int j = 0; j < g->names.len; j++) {
      bool tilde;
      Node *c = core_term(g->constraints.data[j], &tilde);
      if (!c || !mentions_tparam(g, c))
        continue;
      if (!in->targs[j] && !tilde && all_bound_in(in, c)) {
        Type *t = type_with_bindings(chk, g, c, in->targs);
        if (is_interface(t))   // [PT Setter[T]]: the one type of its type set, *T
          t = single_type(t);
        in->targs[j] = t;
        progress = t && t != ty_invalid;
        continue;
      }
      if (!in->targs[j])
        continue;
      int before = 0, after = 0;
      for (int k = 0; k < g->names.len; k++)
        before += in->targs[k] != NULL;
      unify(in, c, under(in->targs[j]));
      for (int k = 0; k < g->names.len; k++)
        after += in->targs[k] != NULL;
      progress |= after > before;
    }
  }
}

Obj *infer_call(Checker *chk, Obj *gen, Node *index, Node *call) {
  Generic *g = gen->generic;
  int want = g->names.len;
  Infer in = {g, xmalloc(sizeof(Type *) * (want + 1)), xmalloc(sizeof(bool) * (want + 1)), false};
  Pos *at = xmalloc(sizeof(Pos) * (want + 1));
  Pos call_pos = call ? call->pos : index->pos;
  for (int i = 0; i < want; i++)
    at[i] = call_pos;
  if (index) {
    int count;
    Pos *where;
    Type **explicit = index_type_args(chk, index, &count, &where);
    if (count > want) {
      error_at(where[want], "got %d type arguments but want %d", count, want);
      return NULL;
    }
    for (int i = 0; i < count; i++) {
      if (explicit[i] == ty_invalid)
        return NULL;
      in.targs[i] = explicit[i];
      at[i] = where[i];
    }
  }
  if (call)
    infer_from_args(chk, &in, call);
  infer_from_constraints(chk, &in);
  if (in.failed)
    return NULL;
  for (int i = 0; i < want; i++)
    if (!in.targs[i]) {
      Node *id = g->name_pos.data[i];
      if (!call)
        error_at(start_pos(index), "cannot use generic function %s without instantiation", gen->name);
      else
        error_at(call_pos, "cannot infer %s (%s)", (char *)g->names.data[i], abs_pos_text(id->pos));
      return NULL;
    }
  return instantiate_func(chk, gen, in.targs, at);
}
