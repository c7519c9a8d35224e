// check/iface.c — type assertions x.(T), their comma-ok form, and type
// switches with their per-clause bound variable (gc 1.19's words).
#include "internal.h"

#include <string.h>

Operand check_type_assert(Checker *chk, Node *n, bool comma_ok) {
  Operand x = check_rvalue(chk, n->x);
  if (!n->y) {
    error_at(n->pos, "use of .(type) outside type switch");
    return invalid_operand(n);
  }
  if (x.mode == M_INVALID) {
    check_type(chk, n->y);
    return invalid_operand(n);
  }
  if (is_type_param(x.type)) {
    error_at(start_pos(n->x), "invalid operation: cannot use type assertion on type parameter value %s",
             operand_desc(n->x, &x));
    check_type(chk, n->y);
    return invalid_operand(n);
  }
  if (!is_interface(x.type)) {
    error_at(start_pos(n->x), "invalid operation: %s is not an interface", operand_desc(n->x, &x));
    check_type(chk, n->y);
    return invalid_operand(n);
  }
  Type *t = check_type(chk, n->y);
  if (t == ty_invalid)
    return invalid_operand(n);
  if (!is_interface(t) && missing_method(t, x.type)) {
    error_at(start_pos(n->x), "impossible type assertion: %s\n\t%s", expr_string(n), not_implements(t, x.type));
    return invalid_operand(n);
  }
  if (comma_ok) {
    Type *ts[2] = {t, ty_bool};
    n->type = tuple_of(ts, 2);
    return (Operand){M_VALUE, n->type, NULL};
  }
  n->type = t;
  return (Operand){M_VALUE, t, NULL};
}

Operand check_multi_value(Checker *chk, Node *e, int nlhs) {
  if (nlhs == 2 && e->kind == N_TYPEASSERT && e->y)
    return check_type_assert(chk, e, true);
  return check_expr(chk, e);
}

// ---------------------------------------------------------------- type switches

static bool is_nil_case(Checker *chk, Node *e) {
  if (e->kind != N_IDENT || strcmp(e->name, "nil"))
    return false;
  Obj *o = scope_lookup(chk->scope, "nil");
  if (!o || o->kind != OBJ_NIL)
    return false;
  e->obj = o;
  return true;
}

// One case type; returns it (NULL for nil, ty_invalid after an error).
static Type *case_type(Checker *chk, Node *e, Node *guard_x, Operand *x, Vec *seen) {
  if (is_nil_case(chk, e)) {
    e->type = NULL;
    return NULL;
  }
  Type *t = check_type(chk, e);
  e->type = t;
  if (t == ty_invalid || x->mode == M_INVALID)
    return ty_invalid;
  if (!is_interface(t) && missing_method(t, x->type)) {
    char *why = missing_method(t, x->type);
    error_at(start_pos(e), "impossible type switch case: %s\n\t%s cannot have dynamic type %s (%s%s",
             expr_string(e), operand_desc(guard_x, x), type_string_checker(t), why,
             strstr(why, "wrong type") ? "" : ")");
    return ty_invalid;
  }
  for (int i = 0; i < seen->len; i++) {
    Node *p = seen->data[i];
    if (p->type && types_identical(p->type, t)) {
      Pos pp = start_pos(p);
      error_at(start_pos(e), "duplicate case %s in type switch\n\t%s:%d:%d: previous case",
               type_string_checker(t), pp.file->display, pp.line, pp.col);
      return t;
    }
  }
  vec_push(seen, e);
  return t;
}

static void check_clause(Checker *chk, Node *cc, Node *bound, Node *guard_x, Operand *x, Vec *seen, Vec *objs) {
  Type *single = NULL;
  for (int j = 0; j < cc->list.len; j++) {
    Type *t = case_type(chk, cc->list.data[j], guard_x, x, seen);
    single = cc->list.len == 1 ? t : NULL;
  }
  chk->scope = scope_new(chk, chk->scope);
  if (bound) {
    Type *vt = single && single != ty_invalid ? single : x->mode == M_INVALID ? ty_invalid : x->type;
    if (cc->list.len == 1 && !single)
      vt = x->mode == M_INVALID ? ty_invalid : x->type;   // case nil
    Obj *o = new_obj(OBJ_VAR, bound->name, vt, bound->pos);
    o->decl = bound;
    scope_insert(chk->scope, o);
    cc->obj = o;
    vec_push(objs, o);
  }
  for (int j = 0; j < cc->list2.len; j++)
    check_stmt(chk, cc->list2.data[j]);
  chk->scope = chk->scope->parent;
}

void check_type_switch(Checker *chk, Node *s) {
  chk->scope = scope_new(chk, chk->scope);
  if (s->init)
    check_stmt(chk, s->init);
  Node *g = s->y;
  Node *bound = NULL;
  Node *assert = g->kind == N_ASSIGN ? g->list2.data[0] : g->x;
  if (g->kind == N_ASSIGN) {
    bound = g->list.data[0];
    if (!strcmp(bound->name, "_")) {
      error_at(bound->pos, "no new variable on left side of :=");
      bound = NULL;
    }
  }
  Operand x = check_rvalue(chk, assert->x);
  if (x.mode != M_INVALID && !is_interface(x.type)) {
    error_at(start_pos(assert->x), "%s is not an interface", operand_desc(assert->x, &x));
    x.mode = M_INVALID;
  }
  assert->type = x.mode == M_INVALID ? ty_invalid : x.type;
  multiple_defaults(&s->list);
  Vec seen = {0}, objs = {0};
  for (int i = 0; i < s->list.len; i++)
    check_clause(chk, s->list.data[i], bound, assert->x, &x, &seen, &objs);
  bool used = false;
  for (int i = 0; i < objs.len; i++)
    used |= ((Obj *)objs.data[i])->used;
  if (bound && !used)
    error_at(bound->pos, "%s declared but not used", bound->name);
  chk->scope = chk->scope->parent;
}
