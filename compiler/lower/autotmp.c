// autotmp.c — which expressions gc's front end replaces by a temporary, and
// the temporary's number, for -m's spellings (.autotmp_N).
//
// gc 1.19 (noder's irgen, typecheck) introduces temporaries before escape
// analysis in two places, as it builds each function's IR:
//   - RewriteNonNameCall: a call whose callee expression — the receiver of a
//     method call, or the function value — contains a call or channel
//     operation (any call but new, len/cap/append/make/copy/...,<-c) is
//     rewritten `t := recv; t.M(args)`: time.Time.After(.autotmp_1, d);
//   - RewriteMultiValueCall: f(g()) and `return g()` with g returning several
//     values, and `a, b = g()` when a result's type differs from its
//     variable's: `t1, t2 := g(); f(t1, t2)`.
// A temporary is named .autotmp_N where N is len(fn.Dcl) when it is made:
// the function's named receiver and parameters, all its results (~r0...),
// then its locals and temporaries in the order irgen meets them (a
// declaration's names before its values, a := or = statement's values
// before its new names, a type switch's clause variables one per clause,
// a call's temporaries after its callee and arguments). A func literal
// numbers its own. Temporaries made later (inlining's, package-level
// initialisers') are not numbered here; escape analysis's for go/defer
// arguments follow the front end's (lower/closure.c's wrap_operand).
#include "internal.h"

#include <string.h>

typedef struct Ctx {
  int n;   // len(fn.Dcl) so far
} Ctx;

static void ex(Ctx *c, Node *n);
static void st(Ctx *c, Node *s);

static bool is_builtin_call(Node *n) {
  Node *f = unparen(n->x);
  return f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_BUILTIN;
}

static bool is_builtin_named(Node *n, const char *name) {
  Node *f = unparen(n->x);
  return is_builtin_call(n) && !strcmp(f->name, name);
}

// gc's anyCallOrChan (without ONEW): a call, a non-constant builtin call
// or a receive anywhere in n (func literals' bodies not included). Not
// make: irgen has turned an inner make(...) into OMAKESLICE, OMAKEMAP or
// OMAKECHAN by then, which callOrChan does not list (only OMAKE).
static bool has_call_or_chan(Node *n) {
  if (!n || n->cval || n->is_type)
    return false;
  switch (n->kind) {
  case N_FUNCLIT:
    return false;
  case N_CALL:
    if (!n->x->is_type && !is_builtin_named(n, "new") && !is_builtin_named(n, "make"))
      return true;
    break;
  case N_UNARY:
    if (n->op == T_ARROW)
      return true;
    break;
  case N_SELECTOR:
    if (n->x->kind == N_IDENT && n->x->obj && n->x->obj->kind == OBJ_PKG)
      return false;
    break;
  default:
    break;
  }
  if (n->kind > N_BINARY)
    return false;
  if (has_call_or_chan(n->x) || (n->kind != N_SELECTOR && has_call_or_chan(n->y)))
    return true;
  for (int i = 0; i < n->list.len; i++)
    if (has_call_or_chan(n->list.data[i]))
      return true;
  if (n->kind == N_KEYVALUE)
    return false;
  if (n->kind == N_SLICEEXPR && (has_call_or_chan(nx(n)->z) || has_call_or_chan(nx(n)->w)))
    return true;
  return false;
}

static bool is_tuple_call(Node *n) {
  n = unparen(n);
  return n && n->kind == N_CALL && n->type && n->type->kind == TY_TUPLE;
}

static void multi_temps(Ctx *c, Node *call) {
  call = unparen(call);
  nxw(call)->autotmp = c->n + 1;
  c->n += call->type->nfields;
}

static void ex_list(Ctx *c, Vec *v) {
  for (int i = 0; i < v->len; i++)
    ex(c, v->data[i]);
}

static void ex(Ctx *c, Node *n) {
  if (!n || n->cval || n->is_type || n->kind > N_BINARY)
    return;
  switch (n->kind) {
  case N_FUNCLIT:   // numbered as a function of its own
    return;
  case N_SELECTOR:
    if (n->x->kind == N_IDENT && n->x->obj && n->x->obj->kind == OBJ_PKG)
      return;
    ex(c, n->x);
    return;
  case N_COMPOSITE:
    ex_list(c, &n->list);
    return;
  case N_KEYVALUE:
    if (n->x->kind != N_IDENT)   // a struct literal's field names are no expressions
      ex(c, n->x);
    ex(c, n->y);
    return;
  case N_CALL: {
    if (n->x->is_type) {   // a conversion
      ex_list(c, &n->list);
      return;
    }
    bool builtin = is_builtin_call(n);
    if (!builtin)
      ex(c, n->x);
    ex_list(c, &n->list);
    if (builtin)
      return;
    Node *callee = unparen(n->x);
    if (callee->kind == N_SELECTOR && nx(callee)->method && !callee->x->is_type)
      callee = unparen(callee->x);   // the receiver
    if (has_call_or_chan(callee))
      nxw(callee)->autotmp = ++c->n;
    if (!n->has_ellipsis && n->list.len == 1 && is_tuple_call(n->list.data[0]))
      multi_temps(c, n->list.data[0]);
    return;
  }
  case N_SLICEEXPR:
    ex(c, n->x);
    ex(c, n->y);
    ex(c, nx(n)->z);
    ex(c, nx(n)->w);
    return;
  default:
    ex(c, n->x);
    ex(c, n->y);
    ex_list(c, &n->list);
    return;
  }
}

// A name that declares a new variable here (not a := reusing one).
static bool declares(Node *id) {
  return id && id->kind == N_IDENT && id->obj && id->obj->decl == id && strcmp(id->name, "_");
}

static void st_list(Ctx *c, Vec *v) {
  for (int i = 0; i < v->len; i++)
    st(c, v->data[i]);
}

// `a, b = g()` / `var a, b T = g()`: temporaries when a result's type is not
// its variable's.
static void mismatch_temps(Ctx *c, Vec *lhs, Type *decl_type, Node *call) {
  Type *tt = unparen(call)->type;
  for (int i = 0; i < lhs->len && i < tt->nfields; i++) {
    Node *l = lhs->data[i];
    if (l->kind == N_IDENT && !strcmp(l->name, "_"))
      continue;
    Type *t = decl_type ? decl_type : l->type;
    if (t && tt->fields[i].type && !types_identical(t, tt->fields[i].type)) {
      multi_temps(c, call);
      return;
    }
  }
}

static void st(Ctx *c, Node *s) {
  if (!s)
    return;
  switch (s->kind) {
  case N_BLOCK:
    st_list(c, &s->list);
    return;
  case N_EXPRSTMT: case N_GOSTMT: case N_DEFERSTMT: case N_INCDEC:
    ex(c, s->x);
    return;
  case N_SENDSTMT:
    ex(c, s->x);
    ex(c, s->y);
    return;
  case N_ASSIGN:
    if (s->op != T_ASSIGN && s->op != T_DEFINE) {   // x op= y
      ex_list(c, &s->list);
      ex_list(c, &s->list2);
      return;
    }
    ex_list(c, &s->list2);   // values first
    if (s->op == T_DEFINE) {
      for (int i = 0; i < s->list.len; i++)
        if (declares(s->list.data[i]))
          c->n++;
    } else {
      ex_list(c, &s->list);
      if (s->list.len > 1 && s->list2.len == 1 && is_tuple_call(s->list2.data[0]))
        mismatch_temps(c, &s->list, NULL, s->list2.data[0]);
    }
    return;
  case N_DECLSTMT:
    for (int i = 0; i < s->list.len; i++) {
      Node *spec = s->list.data[i];
      if (spec->kind != N_VARSPEC)
        continue;
      const Vec *names = &nx(spec)->names;
      Type *dt = NULL;
      for (int j = 0; j < names->len; j++) {
        Node *id = names->data[j];
        if (id->obj) {   // var _ = x declares a name too
          c->n++;
          dt = id->obj->type;
        }
      }
      ex_list(c, &spec->list);
      if (spec->x && names->len > 1 && spec->list.len == 1 && is_tuple_call(spec->list.data[0]))
        mismatch_temps(c, (Vec *)names, dt, spec->list.data[0]);
    }
    return;
  case N_RETURN:
    ex_list(c, &s->list);
    if (s->list.len == 1 && is_tuple_call(s->list.data[0]))
      multi_temps(c, s->list.data[0]);
    return;
  case N_IF:
    st(c, s->init);
    ex(c, s->x);
    st(c, s->body);
    st(c, s->els);
    return;
  case N_FOR:
    st(c, s->init);
    ex(c, s->x);
    st(c, s->post);
    st(c, s->body);
    return;
  case N_RANGE:
    if (s->op == T_DEFINE) {
      c->n += declares(nx(s)->key) + declares(nx(s)->value);
    } else {
      ex(c, nx(s)->key);
      ex(c, nx(s)->value);
    }
    ex(c, s->x);
    st(c, s->body);
    return;
  case N_SWITCH:
    st(c, s->init);
    ex(c, s->x);
    for (int i = 0; i < s->list.len; i++) {
      Node *cc = s->list.data[i];
      ex_list(c, &cc->list);
      st_list(c, &cc->list2);
    }
    return;
  case N_TYPESWITCH: {
    st(c, s->init);
    Node *g = s->y;
    Node *guard = g->kind == N_ASSIGN ? g->list2.data[0] : g->x;
    if (guard)
      ex(c, unparen(guard)->x);
    for (int i = 0; i < s->list.len; i++) {
      Node *cc = s->list.data[i];
      if (cc->obj)
        c->n++;
      st_list(c, &cc->list2);
    }
    return;
  }
  case N_SELECT:
    for (int i = 0; i < s->list.len; i++) {
      Node *cc = s->list.data[i];
      st(c, cc->x);
      st_list(c, &cc->list2);
    }
    return;
  case N_LABELED:
    st(c, s->y);
    return;
  default:
    return;
  }
}

static int count_fields(Vec *fields, bool results) {
  int n = 0;
  for (int i = 0; i < fields->len; i++) {
    Node *fl = fields->data[i];
    int names = nx(fl)->names.len;
    n += names ? names : results;   // an unnamed result is ~rN
  }
  return n;
}

int number_autotmps(Node *fd) {
  if (!fd || !fd->body || !fd->x || fd->x->kind != N_FUNCTYPE)
    return 0;
  Ctx c = {0};
  Node *recv = nx(fd)->recv;
  if (recv && nx(recv)->names.len)
    c.n++;
  c.n += count_fields(&fd->x->list, false) + count_fields(&fd->x->list2, true);
  st(&c, fd->body);
  return c.n;
}
