// selfassign.c — assignments escape analysis may ignore (gc's isSelfAssign):
// `b.buf = b.buf[i:j]` stores no pointer into *b that was not there, yet as
// a store through a pointer it would send b's contents to the heap. gc
// recognises a few such shapes syntactically; so does this file, on the IR
// (where gc has ODOTPTR, the IR has a field of an implicit IR_DEREF).
#include "internal.h"

#include <string.h>

// e, or what the temporary e holds (lowering's copies of operands).
static IRExpr *untemp(IRExpr *e) {
  while (e && e->kind == IR_VAR && e->var->kind == VAR_TEMP && e->var->temp_init)
    e = e->var->temp_init;
  return e;
}

// p.f or *p with p a plain variable: that variable, else NULL.
static Var *deref_of_name(IRExpr *e) {
  if (e->kind == IR_FIELD && e->x->kind == IR_DEREF && !e->x->src)
    e = e->x;   // p.f through a pointer (gc's ODOTPTR)
  else if (e->kind != IR_DEREF)
    return NULL;
  IRExpr *p = untemp(e->x);
  return p->kind == IR_VAR ? p->var : NULL;
}

// obj.x = obj.x[a:b] (or obj.y[a:b], a string or a slice of *array): gc's
// isSliceSelfAssign. Slicing an array held in obj itself takes its address
// (lowering's IR_ADDR): that stores a pointer to obj into obj, so it counts.
static bool is_slice_self_assign(IRExpr *dst, IRExpr *src) {
  Var *d = deref_of_name(dst);
  if (!d || src->kind != IR_SLICE || untemp(src->x)->kind == IR_ADDR)
    return false;
  return deref_of_name(untemp(src->x)) == d;
}

// gc's mayAffectMemory: might evaluating e write memory?
static bool may_affect_memory(IRExpr *e) {
  if (!e)
    return false;
  switch (e->kind) {
  case IR_VAR: case IR_CONST: case IR_ZERO:
    return false;
  case IR_BINARY: case IR_INDEX:
    return may_affect_memory(e->x) || may_affect_memory(e->y);
  case IR_CONV: case IR_LEN: case IR_CAP: case IR_UNARY: case IR_FIELD: case IR_DEREF:
    return may_affect_memory(e->x);
  default:
    return true;
  }
}

// gc's SameSafeExpr: do l and r denote the same value, without side effects?
static bool same_safe_expr(IRExpr *l, IRExpr *r) {
  l = untemp(l);
  r = untemp(r);
  if (l->kind != r->kind || !types_identical(l->type, r->type))
    return false;
  switch (l->kind) {
  case IR_VAR:
    return l->var == r->var;
  case IR_FIELD:
    return l->field == r->field && same_safe_expr(l->x, r->x);
  case IR_DEREF: case IR_UNARY:
    return l->op == r->op && same_safe_expr(l->x, r->x);
  case IR_CONV:   // only numeric-ish conversions can be reused
    return under(l->type)->kind <= TY_COMPLEX128 && same_safe_expr(l->x, r->x);
  case IR_INDEX: case IR_SLICEINDEX: case IR_BINARY:
    return l->op == r->op && same_safe_expr(l->x, r->x) && same_safe_expr(l->y, r->y);
  case IR_CONST:
    return l->ival == r->ival && l->fval == r->fval && l->slen == r->slen &&
           (!l->slen || !memcmp(l->sval, r->sval, l->slen));
  case IR_ZERO:
    return true;
  default:
    return false;
  }
}

// val.x = val.y, val.x[i] = val.y[j] with the same safe prefix, or the
// slice form above.
bool is_self_assign(IRExpr *dst, IRExpr *src) {
  src = untemp(src);
  if (!dst || !src)
    return false;
  if (is_slice_self_assign(dst, src))
    return true;
  if (dst->kind != src->kind)
    return false;
  switch (dst->kind) {
  case IR_FIELD:
    return same_safe_expr(dst->x, src->x);
  case IR_INDEX: case IR_SLICEINDEX:
    if (may_affect_memory(dst->y) || may_affect_memory(src->y))
      return false;
    return same_safe_expr(dst->x, src->x);
  default:
    return false;
  }
}
