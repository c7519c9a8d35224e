// lower/rangeclear.c — the range loops gc's walk replaces by a clear once
// escape analysis is done (walk/range.go): `for k := range m { delete(m, k) }`
// becomes one call of the runtime's mapclear (gc's isMapClear), and
// `for i := range a { a[i] = zero }` one memclr of a's elements (arrayClear).
// Lowering keeps the loop, which inlining and escape analysis see as gc's
// do, and marks its block (IRStmt.clear); codegen emits the clear.
//
// The rules are gc 1.19's as its IR looks when walk asks: after the front
// end (a loop body's nested blocks are flattened into it, empty statements
// dropped, constant expressions folded, conversions that change no
// representation marked "no-op") and after the order pass, which gives some
// map keys a temporary of their own (key_survives_order).
#include "internal.h"

#include <string.h>

static bool is_blank_name(Node *n) { return n && n->kind == N_IDENT && strcmp(n->name, "_") == 0; }

// The statements of a loop body as gc's front end lists them: blocks
// flattened into their enclosing list, empty statements gone, a
// declaration one per spec. Counts them; *first (NULL on entry) gets the
// first.
static int flat_stmts(Vec *list, Node **first) {
  int n = 0;
  for (int i = 0; i < list->len; i++) {
    Node *s = list->data[i];
    if (s->kind == N_EMPTY)
      continue;
    int k = s->kind == N_BLOCK ? flat_stmts(&s->list, first) : s->kind == N_DECLSTMT ? s->list.len : 1;
    if (k > 0 && !*first && s->kind != N_BLOCK)
      *first = s;
    n += k;
  }
  return n;
}

// The loop body's only statement, or NULL.
static Node *only_stmt(Node *range) {
  Node *first = NULL;
  if (!range->body || flat_stmts(&range->body->list, &first) != 1)
    return NULL;
  return first;
}

// ---------------------------------------------------------------- types

// gc's types.IsReflexive: is k == k for every value of a key type?
static bool reflexive(Type *t) {
  t = under(t);
  switch (t->kind) {
  case TY_FLOAT32: case TY_FLOAT64: case TY_COMPLEX64: case TY_COMPLEX128: case TY_INTERFACE:
    return false;
  case TY_ARRAY:
    return reflexive(t->elem);
  case TY_STRUCT:
    for (int i = 0; i < t->nfields; i++)
      if (!reflexive(t->fields[i].type))
        return false;
    return true;
  case TY_TYPEPARAM:
    return false;
  default:
    return true;
  }
}

static bool is_blank_field(const Field *f) { return f->name && strcmp(f->name, "_") == 0; }

// gc's AlgType: is equality on t plain memory comparison (no floats,
// strings, interfaces, blank or padded fields)?
static bool memory_alg(Type *t) {
  t = under(t);
  switch (t->kind) {
  case TY_BOOL: case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
  case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
  case TY_PTR: case TY_CHAN: case TY_UNSAFEPTR:
    return true;
  case TY_ARRAY:
    return t->len == 0 || memory_alg(t->elem);
  case TY_STRUCT:
    if (t->nfields == 1 && !is_blank_field(&t->fields[0]))
      return memory_alg(t->fields[0].type);
    for (int i = 0; i < t->nfields; i++) {
      int64_t end = i + 1 < t->nfields ? t->fields[i + 1].offset : type_size(t);
      if (!memory_alg(t->fields[i].type) || is_blank_field(&t->fields[i]) ||
          t->fields[i].offset + type_size(t->fields[i].type) != end)
        return false;
    }
    return true;
  default:
    return false;
  }
}

// gc's IsPtrShaped.
static bool ptr_shaped(Type *t) {
  TypeKind k = under(t)->kind;
  return k == TY_PTR || k == TY_UNSAFEPTR || k == TY_MAP || k == TY_CHAN || k == TY_FUNC;
}

// ---------------------------------------------------------------- the order pass

// The key type gc's order pass reads map mt's keys as (its mapKeyTemp),
// when mt has a key-specialised access path: uint32, uint64,
// unsafe.Pointer or string; NULL for the generic path.
static Type *fast_key_type(Type *mt) {
  if (type_size(mt->elem) > 128)
    return NULL;
  Type *k = under(mt->key);
  if (k->kind == TY_STRING)
    return ty_string;
  if (!memory_alg(k) || (type_size(k) != 4 && type_size(k) != 8))
    return NULL;
  if (k->has_ptrs)
    return type_size(k) == 8 ? ty_unsafeptr : NULL;
  return type_size(k) == 4 ? ty_uint32 : ty_uint64;
}

// gc's isaddrokay: an addressable operand that is not a local variable.
static bool addr_okay(Node *n) {
  n = unparen(n);
  if (n->cval)
    return false;
  switch (n->kind) {
  case N_IDENT:
    return n->obj && n->obj->kind == OBJ_VAR && n->obj->global;
  case N_SELECTOR:
    if (n->obj && n->obj->kind == OBJ_VAR && n->obj->home)
      return true;   // another package's variable
    return under(n->x->type)->kind == TY_PTR || n->x->addressable;
  case N_STAR:
    return true;
  case N_INDEX: {
    TypeKind k = under(n->x->type)->kind;
    return k == TY_SLICE || k == TY_PTR || (k == TY_ARRAY && n->x->addressable);
  }
  default:
    return false;
  }
}

// m[key] in an expression the order pass rewrites before walk compares it:
// does key stay what it was? A key of a generic-path map must be
// addressable as it is (else a temporary takes it); a fast-path key stays
// when it already has the fast key's representation, and becomes a
// conversion of itself when it is another integer type — equal to the
// same conversion when both compared expressions were ordered (both_ordered).
static bool key_survives_order(Type *mt, Node *key, bool both_ordered) {
  Type *kt = fast_key_type(mt), *nt = mt->key;
  if (!kt)
    return types_identical(key->type, nt) && addr_okay(key);
  if (types_identical(nt, kt) && nt->kind != TY_NAMED)
    return true;
  if (under(nt)->kind == kt->kind || (ptr_shaped(nt) && ptr_shaped(kt)))
    return true;
  return both_ordered && is_integer(nt) && is_integer(kt);
}

// ---------------------------------------------------------------- gc's SameSafeExpr

// Is the conversion of a from type `from` to type `to` one gc marks no-op
// (OCONVNOP: same representation)?
static bool nop_conversion(Type *from, Type *to) {
  Type *f = under(from), *t = under(to);
  if (types_identical(f, t))
    return true;
  if (f->kind == TY_PTR && t->kind == TY_PTR)
    return types_identical(under(f->elem), under(t->elem));
  if ((f->kind == TY_PTR && t->kind == TY_UNSAFEPTR) || (f->kind == TY_UNSAFEPTR && t->kind == TY_PTR))
    return true;
  return f->kind == TY_CHAN && t->kind == TY_CHAN && types_identical(f->elem, t->elem);
}

static bool is_conversion(Node *n) {
  return n->kind == N_CALL && n->x->is_type && n->list.len == 1 && !n->has_ellipsis;
}

// n without parentheses and no-op conversions (gc compares what is under them).
static Node *strip_nop(Node *n) {
  for (n = unparen(n); n && !n->cval && is_conversion(n); n = unparen(n->list.data[0])) {
    Node *arg = n->list.data[0];
    if (!nop_conversion(arg->type, n->type))
      break;
  }
  return n;
}

static bool is_nil(Node *n) {
  n = unparen(n);
  return n && n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_NIL;
}

// A selector of a struct field (not a method, not a package's name).
static bool is_field_selector(Node *n) {
  return n->kind == N_SELECTOR && !nx(n)->method && n->list2.len > 0 && !n->is_type &&
         !(n->obj && (n->obj->kind != OBJ_VAR || n->obj->home));
}

// A name gc's IR spells as one node (a variable, a function, another
// package's variable): its object.
static Obj *name_obj(Node *n) {
  if (n->kind == N_IDENT && n->obj && (n->obj->kind == OBJ_VAR || n->obj->kind == OBJ_FUNC))
    return n->obj;
  if (n->kind == N_SELECTOR && n->obj && n->obj->kind == OBJ_VAR && n->obj->home)
    return n->obj;
  return NULL;
}

static bool is_arith_op(TokKind op) {
  switch (op) {
  case T_ADD: case T_SUB: case T_OR: case T_XOR: case T_MUL: case T_SHL: case T_SHR:
  case T_AND: case T_AND_NOT: case T_QUO: case T_REM:
    return true;
  default:
    return false;
  }
}

// gc's types.IsSimple: a conversion to such a type may be compared.
static bool simple_kind(Type *t) {
  TypeKind k = under(t)->kind;
  return (k >= TY_BOOL && k <= TY_COMPLEX128);
}

static bool same_safe(Node *l, Node *r, bool both_ordered);

// The array an index expression indexes, seen as gc's IR has it: p[i] of a
// pointer to an array indexes *p. *deref tells whether it goes through one.
static Node *indexed_array(Node *x, bool *deref) {
  x = strip_nop(x);
  *deref = under(x->type)->kind == TY_PTR;
  if (!*deref && x->kind == N_STAR && !x->cval) {
    *deref = true;
    return x->x;
  }
  return x;
}

static bool same_index(Node *l, Node *r, bool both_ordered) {
  bool ld, rd;
  Node *lx = indexed_array(l->x, &ld), *rx = indexed_array(r->x, &rd);
  if (ld != rd || !same_safe(lx, rx, both_ordered) || !same_safe(l->y, r->y, both_ordered))
    return false;
  Type *mt = under(l->x->type);
  if (mt->kind != TY_MAP)
    return true;
  return key_survives_order(mt, unparen(l->y), both_ordered) && key_survives_order(mt, unparen(r->y), both_ordered);
}

// gc's ir.SameSafeExpr: do l and r denote the same value, evaluable again
// without effects? Names, field selections, dereferences, indexing,
// arithmetic, simple conversions and constants of them.
static bool same_safe(Node *l, Node *r, bool both_ordered) {
  l = strip_nop(l);
  r = strip_nop(r);
  if (!l || !r || !types_identical(l->type, r->type))
    return false;
  if (l->cval || r->cval) {
    if (!l->cval || !r->cval)
      return false;
    Const *eq = const_binary(T_EQL, l->cval, r->cval, false);
    return eq && eq->b;
  }
  if (is_nil(l) || is_nil(r))
    return is_nil(l) && is_nil(r);
  Obj *lo = name_obj(l), *ro = name_obj(r);
  if (lo || ro)
    return lo == ro;
  if (l->kind != r->kind)
    return false;
  switch (l->kind) {
  case N_SELECTOR:
    return is_field_selector(l) && is_field_selector(r) && strcmp(l->name, r->name) == 0 &&
           same_safe(l->x, r->x, both_ordered);
  case N_STAR:
    return same_safe(l->x, r->x, both_ordered);
  case N_UNARY:
    return l->op == r->op && l->op != T_AND && l->op != T_ARROW && same_safe(l->x, r->x, both_ordered);
  case N_BINARY:
    return l->op == r->op && is_arith_op(l->op) && same_safe(l->x, r->x, both_ordered) &&
           same_safe(l->y, r->y, both_ordered);
  case N_INDEX:
    return l->list.len <= 1 && r->list.len <= 1 && under(l->x->type)->kind != TY_STRING &&
           same_index(l, r, both_ordered);
  case N_CALL:
    return is_conversion(l) && is_conversion(r) && simple_kind(l->type) &&
           same_safe(l->list.data[0], r->list.data[0], both_ordered);
  default:
    return false;
  }
}

// ---------------------------------------------------------------- gc's IsZero

static bool is_zero(Node *v, Type *target);

// A composite literal's elements, each zero for its array element or field.
static bool zero_elements(Node *lit) {
  Type *u = under(lit->type);
  for (int i = 0; i < lit->list.len; i++) {
    Node *e = lit->list.data[i];
    Type *t = u->elem;
    if (e->kind == N_KEYVALUE) {
      if (u->kind == TY_STRUCT)
        for (int f = 0; f < u->nfields; f++)
          if (e->x->kind == N_IDENT && strcmp(u->fields[f].name, e->x->name) == 0)
            t = u->fields[f].type;
      e = e->y;
    } else if (u->kind == TY_STRUCT) {
      t = i < u->nfields ? u->fields[i].type : NULL;
    }
    if (!t || !is_zero(e, t))
      return false;
  }
  return true;
}

// Is v, assigned to a place of type target, gc's zero constant: nil, a
// constant 0 / "" / false, or an array or struct literal of such? A
// non-nil value assigned to an interface is a conversion, never zero.
static bool is_zero(Node *v, Type *target) {
  v = unparen(v);
  if (is_nil(v))
    return true;
  if (is_interface(target) && !is_interface(v->type))
    return false;
  if (v->cval) {
    switch (v->cval->kind) {
    case CV_BOOL: return !v->cval->b;
    case CV_STRING: return v->cval->slen == 0;
    default: return const_sign(v->cval) == 0;
    }
  }
  if (v->kind != N_COMPOSITE || !v->type)
    return false;
  TypeKind k = under(v->type)->kind;
  return (k == TY_ARRAY || k == TY_STRUCT) && zero_elements(v);
}

// ---------------------------------------------------------------- the idioms

// `for k := range m { delete(m, k) }`, k a new variable and the key type
// reflexive (NaN keys cannot be deleted: the loop leaves them).
bool is_map_clear(Node *s) {
  Node *key = nx(s)->key, *st = only_stmt(s);
  if (s->op != T_DEFINE || !key || is_blank_name(key) || nx(s)->value || !st || st->kind != N_EXPRSTMT)
    return false;
  Node *call = unparen(st->x);
  if (call->kind != N_CALL || call->list.len != 2)
    return false;
  Node *fn = unparen(call->x);
  if (fn->kind != N_IDENT || !fn->obj || fn->obj->kind != OBJ_BUILTIN || fn->obj->builtin != BI_DELETE)
    return false;
  Node *k = strip_nop(call->list.data[1]);
  return k->kind == N_IDENT && k->obj == key->obj && same_safe(call->list.data[0], s->x, false) &&
         reflexive(under(s->x->type)->key);
}

// `for i := range a { a[i] = zero }` over an array, a pointer to one or a
// slice whose elements take memory; i may be any place, not only a new
// variable.
bool is_array_clear(Node *s) {
  Node *key = nx(s)->key, *val = nx(s)->value, *st = only_stmt(s);
  if (!key || is_blank_name(key) || (val && !is_blank_name(val)) || !st || st->kind != N_ASSIGN ||
      st->op != T_ASSIGN || st->list.len != 1 || st->list2.len != 1)
    return false;
  Type *t = under(s->x->type);
  if (t->kind == TY_PTR)
    t = under(t->elem);
  if ((t->kind != TY_ARRAY && t->kind != TY_SLICE) || type_size(t->elem) <= 0)
    return false;
  Node *lhs = unparen(st->list.data[0]);
  if (lhs->kind != N_INDEX || lhs->list.len > 1 || under(lhs->x->type)->kind == TY_MAP)
    return false;
  // gc's IR indexes an array through a pointer as (*p)[i], written so or
  // not. Over a pointer p, walk compares p with the indexed array's
  // pointer; over an array, the two arrays as they are.
  bool x_deref, a_deref;
  Node *x = indexed_array(lhs->x, &x_deref), *a = s->x;
  if (under(a->type)->kind != TY_PTR)
    a = indexed_array(a, &a_deref);
  else
    a_deref = true;
  return x_deref == a_deref && same_safe(x, a, true) && same_safe(lhs->y, key, true) &&
         is_zero(st->list2.data[0], lhs->type);
}
