// check/expr.c — expressions: names, constants,
// composite literals, selectors, indexing. Calls and builtins are in
// check/call.c. Every checked node gets .type (and .cval for constants).
#include "internal.h"

#include <string.h>

static const Operand invalid = {M_INVALID, NULL, NULL};

static Operand result(Node *n, Mode m, Type *t, Const *c) {
  n->type = t;
  n->cval = m == M_CONST ? c : NULL;
  n->addressable = m == M_VAR;
  if (m == M_TYPE)
    n->is_type = true;
  return (Operand){m, t, c};
}

// ---------------------------------------------------------------- names

static Operand ident(Checker *chk, Node *n) {
  if (!strcmp(n->name, "_")) {
    error_at(n->pos, "cannot use _ as value");
    return invalid_operand(n);
  }
  Obj *o = scope_lookup(chk->scope, n->name);
  if (!o) {
    error_at(n->pos, "undefined: %s", n->name);
    return invalid_operand(n);
  }
  n->obj = o;
  if (o->global)
    resolve_obj(chk, o);
  switch (o->kind) {
  case OBJ_VAR:
    o->used = true;
    if (o->global)
      record_dep(chk, o);
    if (!o->type || o->type == ty_invalid)
      return invalid_operand(n); // its declaration failed, or is in a cycle (reported)
    return result(n, M_VAR, o->type, NULL);
  case OBJ_CONST:
    o->used = true;
    record_dep(chk, o);
    if (!strcmp(o->name, "iota") && !o->pos.file) {
      if (chk->iota < 0) {
        error_at(n->pos, "cannot use iota outside constant declaration");
        return invalid_operand(n);
      }
      return result(n, M_CONST, ty_untyped_int, const_int64(chk->iota));
    }
    if (!o->cval)
      return invalid_operand(n);
    return result(n, M_CONST, o->type, o->cval);
  case OBJ_TYPE:
    o->used = true;
    if (o->generic) {
      generic_without_instantiation(n, o);
      return invalid_operand(n);
    }
    if (!o->type) { // an alias being declared refers to itself (type A = A)
      Vec cycle = {0};
      vec_push(&cycle, o);
      cycle_error(&cycle);
      o->type = ty_invalid;
    }
    if (o->type == ty_invalid)
      return invalid_operand(n);
    return result(n, M_TYPE, o->type, NULL);
  case OBJ_FUNC:
    o->used = true;
    record_dep(chk, o);
    if (o->generic) {
      generic_without_instantiation(n, o);
      return invalid_operand(n);
    }
    if (o->type == ty_invalid)
      return invalid_operand(n); // e.g. an unsupported generic function (reported)
    return result(n, M_VALUE, o->type, NULL);
  case OBJ_BUILTIN:
    return result(n, M_BUILTIN, ty_invalid, NULL);
  case OBJ_NIL:
    return result(n, M_VALUE, ty_untyped_nil, NULL);
  case OBJ_PKG:
    o->used = true;
    return result(n, M_PKG, ty_invalid, NULL);
  default:
    return invalid_operand(n);
  }
}

static Operand basic_lit(Node *n) {
  Token *t = n->tok;
  // The lexer keeps a NUL inside a number in its text, as gc's does.
  if ((t->kind == T_INT || t->kind == T_FLOAT || t->kind == T_IMAG) && memchr(t->text, 0, t->len)) {
    error_at(n->pos, "malformed constant: %.*s", t->len, t->text);
    return invalid_operand(n);
  }
  if (t->bad) // already reported by the lexer
    return invalid_operand(n);
  switch (t->kind) {
  case T_INT: {
    Const *c = const_from_int_lit(t->text, t->len);
    if (!c) {
      error_at(n->pos, "integer constant too large");
      return invalid_operand(n);
    }
    return result(n, M_CONST, ty_untyped_int, c);
  }
  case T_FLOAT: {
    Const *c = const_from_float_lit(t->text, t->len);
    if (!c) {
      error_at(n->pos, "floating-point constant too large");
      return invalid_operand(n);
    }
    return result(n, M_CONST, ty_untyped_float, c);
  }
  case T_IMAG: {
    Const *c = const_from_imag_lit(t->text, t->len);
    if (!c) {
      error_at(n->pos, "malformed constant: %.*s", t->len, t->text);
      return invalid_operand(n);
    }
    return result(n, M_CONST, ty_untyped_complex, c);
  }
  case T_CHAR:
    return result(n, M_CONST, ty_untyped_rune, const_int64(t->rune));
  default:
    return result(n, M_CONST, ty_untyped_string, const_string(t->sval, t->slen));
  }
}

// ---------------------------------------------------------------- selectors

// Finds field `name` in struct type st, looking through embedded fields
// breadth-first as the spec's depth rule requires. Records the path of field
// indices in path (outermost first). Returns the field type or NULL.
// T.M or (*T).M: the method as a function taking the receiver first.
static Operand method_expr(Checker *chk, Node *n, Type *t) {
  Pos at = n->y ? n->y->pos : n->pos;
  Member mb = lookup_member(t, n->name);
  if (mb.kind != MEMBER_METHOD && mb.kind != MEMBER_IMETHOD) {
    error_at(at, "%s undefined (type %s has no field or method %s)", expr_string(n), type_string_checker(t), n->name);
    return invalid_operand(n);
  }
  if (mb.kind == MEMBER_METHOD && mb.m->ptr_recv && !mb.indirect && t->kind != TY_PTR) {
    error_at(at, "cannot call pointer method %s on %s", n->name, type_string_checker(t));
    return invalid_operand(n);
  }
  Type *ft = method_expr_sig(t, mb.m->sig);
  n->list2 = mb.path;
  nxw(n)->method = mb.m;
  nxw(n)->method_holder = mb.holder;
  n->method_indirect = mb.indirect || t->kind == TY_PTR;
  if (mb.m->func)
    record_dep(chk, mb.m->func);
  return result(n, M_VALUE, ft, NULL);
}

// Another package's unexported field: not visible here (Go qualifies
// unexported names by their package).
static bool foreign_field(Field *f) {
  return f->name && !is_exported(f->name) && f->pkgpath && strcmp(f->pkgpath, types_local_pkg);
}

static Operand selector(Checker *chk, Node *n) {
  Operand x = check_expr_or_type(chk, n->x);
  if (x.mode == M_INVALID)
    return invalid_operand(n);
  if (x.mode == M_PKG) {
    Obj *pkg = n->x->obj;
    if (pkg->type == ty_invalid) // an unsupported import, reported already
      return invalid_operand(n);
    Obj *m = pkg->imported ? imported_member(pkg, n->name) : unsafe_member(n->name);
    if (!m) {
      error_at(n->y ? n->y->pos : n->pos, "undefined: %s.%s", pkg->name, n->name);
      return invalid_operand(n);
    }
    n->obj = m;
    if (m->generic) {   // instantiated where it is indexed or called (generic.c)
      error_at(start_pos(n), "cannot use generic %s %s.%s without instantiation",
               m->kind == OBJ_TYPE ? "type" : "function", pkg->name, n->name);
      return invalid_operand(n);
    }
    if (pkg->imported)
      need_types_of(chk, m);
    if (m->kind == OBJ_CONST)
      return result(n, M_CONST, m->type, m->cval);
    if (m->kind == OBJ_VAR && (pkg->imported || m->linkname))
      return result(n, M_VAR, m->type, NULL);   // geom.Count++, runtime.MemProfileRate = 0
    if (m->kind == OBJ_BUILTIN)   // unsafe.Sizeof and its kin
      return result(n, M_BUILTIN, ty_invalid, NULL);
    return result(n, m->kind == OBJ_TYPE ? M_TYPE : M_VALUE, m->type, NULL);
  }
  if (x.mode == M_TYPE)
    return method_expr(chk, n, x.type);
  Pos at = n->y ? n->y->pos : n->pos;
  Member mb = lookup_member(x.type, n->name);
  // Another package's unexported field or method: invisible here.
  if (mb.kind == MEMBER_NONE && lookup_member_in(x.type, n->name, NULL).kind != MEMBER_NONE) {
    char *cap = xstrdup(n->name);
    cap[0] += 'A' - 'a';
    bool has_cap = lookup_member(x.type, cap).kind != MEMBER_NONE;
    error_at(at, "%s undefined (type %s has no field or method %s%s%s)", expr_string(n),
             type_string_checker(x.type), n->name, has_cap ? ", but does have " : "",
             has_cap ? cap : "");
    return invalid_operand(n);
  }
  if (mb.kind == MEMBER_NONE || mb.ambiguous) {
    if (mb.ambiguous)
      error_at(at, "ambiguous selector %s", expr_string(n));
    else
      error_at(at, "%s undefined (type %s has no field or method %s)", expr_string(n),
               type_string_checker(x.type), n->name);
    return invalid_operand(n);
  }
  n->list2 = mb.path;
  if (mb.kind != MEMBER_FIELD) {
    if (mb.kind == MEMBER_METHOD && mb.m->ptr_recv && !mb.indirect && x.mode != M_VAR &&
        under(x.type)->kind != TY_PTR) {
      error_at(at, "cannot call pointer method %s on %s", n->name, type_string_checker(x.type));
      return invalid_operand(n);
    }
    nxw(n)->method = mb.m;
    nxw(n)->method_holder = mb.holder;
    n->method_indirect = mb.indirect || under(x.type)->kind == TY_PTR;
    if (mb.m->func)
      record_dep(chk, mb.m->func);
    return result(n, M_VALUE, mb.type, NULL);
  }
  // Through a pointer the field is always a variable; otherwise it is
  // addressable exactly when the struct value is.
  bool via_ptr = under(x.type)->kind == TY_PTR || mb.indirect;
  return result(n, (via_ptr || x.mode == M_VAR) ? M_VAR : M_VALUE, mb.type, NULL);
}

// ---------------------------------------------------------------- indexing

// Checks an index expression; returns its constant value or -1.
int64_t check_index(Checker *chk, Node *idx, int64_t length, bool is_slice_bound) {
  Operand x = check_rvalue(chk, idx);
  if (x.mode == M_INVALID)
    return -1;
  // types2's isValidIndex: an untyped index converts to int first.
  convert_untyped(idx, &x, ty_int);
  if (x.mode == M_INVALID)
    return -1;
  if (!is_integer(x.type)) {
    error_at(start_pos(idx), "invalid argument: index %s must be integer", operand_desc(idx, &x));
    return -1;
  }
  if (x.mode != M_CONST)
    return -1;
  if (const_sign(x.cval) < 0) {
    error_at(start_pos(idx), "invalid argument: index %s must not be negative", operand_desc(idx, &x));
    return -1;
  }
  int64_t v = const_to_int64(x.cval);
  if (length >= 0 && (is_slice_bound ? v > length : v >= length)) {
    error_at(start_pos(idx), "invalid argument: index %lld out of bounds [0:%lld]", (long long)v,
             (long long)(length + is_slice_bound));
    return -1;
  }
  return v;
}

// The element every type of a type parameter's type set indexes to
// (T interface{ []int64 | [5]int64 }: int64), or NULL. *var: every one
// gives a variable (no string, no array value).
static Type *type_set_elem(Type *tp, bool *var) {
  TypeTerm *terms;
  int n = tparam_terms(tp, &terms);
  Type *elem = NULL;
  *var = true;
  for (int i = 0; i < n; i++) {
    Type *u = under(terms[i].type), *e;
    if (u->kind == TY_PTR && under(u->elem)->kind == TY_ARRAY)
      e = under(u->elem)->elem;
    else if (u->kind == TY_SLICE || u->kind == TY_ARRAY)
      e = u->elem, *var &= u->kind == TY_SLICE;
    else if (u->kind == TY_STRING)
      e = ty_byte, *var = false;
    else
      return NULL;
    if (elem && !types_identical(elem, e))
      return NULL;
    elem = e;
  }
  return elem;
}

static Operand index_expr(Checker *chk, Node *n) {
  Operand g;
  if (generic_index_expr(chk, n, &g))
    return g;
  Operand x = check_rvalue(chk, n->x);
  if (x.mode == M_INVALID) {
    use_expr(chk, n->y);
    return invalid_operand(n);
  }
  Type *u = under(x.type);
  if (u->kind == TY_PTR && under(u->elem)->kind == TY_ARRAY)
    u = under(u->elem), x.mode = M_VAR;
  bool var;
  Type *elem = u->kind == TY_TYPEPARAM ? type_set_elem(u, &var) : NULL;
  if (elem) {   // no core type, but one element type
    check_index(chk, n->y, -1, false);
    return result(n, var || x.mode == M_VAR ? M_VAR : M_VALUE, elem, NULL);
  }
  switch (u->kind) {
  case TY_STRING:
  case TY_UNTYPED_STRING: {
    int64_t len = x.mode == M_CONST ? x.cval->slen : -1;
    int64_t i = check_index(chk, n->y, len, false);
    convert_untyped(n->x, &x, NULL);
    if (x.mode == M_CONST && i >= 0)
      return result(n, M_CONST, ty_byte, const_int64((uint8_t)x.cval->s[i]));
    return result(n, M_VALUE, ty_byte, NULL);
  }
  case TY_ARRAY:
    check_index(chk, n->y, u->len, false);
    return result(n, x.mode == M_VAR ? M_VAR : M_VALUE, u->elem, NULL);
  case TY_SLICE:
    check_index(chk, n->y, -1, false);
    return result(n, M_VAR, u->elem, NULL);
  case TY_MAP: {
    Operand k = check_rvalue(chk, n->y);
    if (k.mode != M_INVALID)
      assign_to(n->y, &k, u->key, "map index");
    return result(n, M_MAPINDEX, u->elem, NULL);
  }
  default:
    error_at(n->pos, "invalid operation: cannot index %s", operand_desc(n->x, &x));
    use_expr(chk, n->y);
    return invalid_operand(n);
  }
}

static Operand slice_expr(Checker *chk, Node *n) {
  Operand x = check_rvalue(chk, n->x);
  if (x.mode == M_INVALID)
    return invalid_operand(n);
  Type *u = under(x.type);
  Type *rt = NULL;
  int64_t length = -1;
  if (is_string(u)) {
    if (n->slice3) {
      error_at(n->pos, "invalid operation: 3-index slice of string");
      return invalid_operand(n);
    }
    if (x.mode == M_CONST)
      length = x.cval->slen;
    convert_untyped(n->x, &x, NULL);
    rt = x.type;
  } else if (u->kind == TY_ARRAY || (u->kind == TY_PTR && under(u->elem)->kind == TY_ARRAY)) {
    Type *a = u->kind == TY_PTR ? under(u->elem) : u;
    if (u->kind == TY_ARRAY && x.mode != M_VAR) {
      error_at(n->pos, "invalid operation: %s (slice of unaddressable value)", expr_string(n));
      return invalid_operand(n);
    }
    length = a->len;
    rt = slice_of(a->elem);
  } else if (u->kind == TY_SLICE) {
    rt = x.type;
  } else {
    error_at(n->pos, "cannot slice %s", operand_desc(n->x, &x));
    return invalid_operand(n);
  }
  int64_t lo = n->y ? check_index(chk, n->y, length, true) : 0;
  int64_t hi = nx(n)->z ? check_index(chk, nx(n)->z, length, true) : -1;
  int64_t mx = nx(n)->w ? check_index(chk, nx(n)->w, length, true) : -1;
  if (lo >= 0 && hi >= 0 && lo > hi)
    error_at(nx(n)->z->pos, "invalid slice indices: %lld < %lld", (long long)hi, (long long)lo);
  else if (hi >= 0 && mx >= 0 && hi > mx)
    error_at(nx(n)->w->pos, "invalid slice indices: %lld < %lld", (long long)mx, (long long)hi);
  return result(n, M_VALUE, rt, NULL);
}

// ---------------------------------------------------------------- composite literals

// An element's elided type: {1, 2} inside []Point{...}, &{...} as {...} for []*T.
// A {...} for a *T element is &T{...}: the node becomes & of a copy of itself.
static void elide_type(Node *val, Type *elem) {
  if (val->kind == N_COMPOSITE && !val->x && !val->type && under(elem)->kind == TY_PTR) {
    Node *lit = new_node(N_COMPOSITE, val->pos);
    *lit = *val;
    lit->type = under(elem)->elem;
    val->kind = N_UNARY;
    val->op = T_AND;
    val->x = lit;
    val->list = (Vec){0};
    val->ext = NULL;   // the literal's '{' position stays with the literal
  } else if (val->kind == N_COMPOSITE && !val->x)
    val->type = elem;
  else if (val->kind == N_UNARY && val->op == T_AND && val->x->kind == N_COMPOSITE &&
           !val->x->x && under(elem)->kind == TY_PTR)
    val->x->type = under(elem)->elem;
}

static void composite_elems(Checker *chk, Node *n, Type *elem, int64_t *maxlen) {
  int64_t idx = 0, max = 0;
  for (int i = 0; i < n->list.len; i++) {
    Node *e = n->list.data[i];
    Node *val = e;
    if (e->kind == N_KEYVALUE) {
      int64_t k = check_index(chk, e->x, *maxlen, false);
      if (k >= 0)
        idx = k;
      val = e->y;
    } else if (*maxlen >= 0 && idx >= *maxlen) {
      error_at(e->pos, "index %lld is out of bounds (>= %lld)", (long long)idx, (long long)*maxlen);
    }
    elide_type(val, elem);
    Operand v = check_expr(chk, val);
    assign_to(val, &v, elem, "array or slice literal");
    idx++;
    if (idx > max)
      max = idx;
  }
  *maxlen = max;
}

// Is constant key k (of a map literal) one of the earlier keys?
static bool duplicate_key(Vec *seen, Node *k) {
  for (int i = 0; i < seen->len; i++) {
    Node *p = seen->data[i];
    if (!types_identical(p->type, k->type) || p->cval->kind != k->cval->kind)
      continue;
    Const *eq = const_binary(T_EQL, p->cval, k->cval, false);
    if (eq && eq->b)
      return true;
  }
  return false;
}

static void map_elems(Checker *chk, Node *n, Type *u) {
  Vec seen = {0};
  for (int i = 0; i < n->list.len; i++) {
    Node *e = n->list.data[i];
    if (e->kind != N_KEYVALUE) {
      error_at(e->pos, "missing key in map literal");
      use_expr(chk, e);
      continue;
    }
    elide_type(e->x, u->key);
    elide_type(e->y, u->elem);
    Operand k = check_expr(chk, e->x);
    assign_to(e->x, &k, u->key, "map literal");
    if (k.mode == M_CONST && e->x->cval) {
      if (duplicate_key(&seen, e->x))
        error_at(start_pos(e->x), "duplicate key %s in map literal", expr_string(e->x));
      else
        vec_push(&seen, e->x);
    }
    Operand v = check_expr(chk, e->y);
    assign_to(e->y, &v, u->elem, "map literal");
  }
}

static Operand composite(Checker *chk, Node *n) {
  Type *t;
  if (n->x) {
    if (n->x->kind == N_ARRAYTYPE && n->x->ellipsis_len) {
      Type *elem = check_type(chk, n->x->y);
      int64_t len = -1;
      composite_elems(chk, n, elem, &len);
      t = array_of(elem, len);
      n->x->type = t;
      return result(n, M_VALUE, t, NULL);
    }
    t = check_type(chk, n->x);
  } else if (n->type) {
    t = n->type; // the element type of an enclosing literal
  } else {
    error_at(n->pos, "invalid composite literal type: missing type");
    return invalid_operand(n);
  }
  Type *u = under(t);
  if (u->kind == TY_PTR && !n->x)
    u = under(u->elem), t = u; // &T elided in []*T{{...}} handled by caller
  switch (u->kind) {
  case TY_STRUCT: {
    if (n->list.len && ((Node *)n->list.data[0])->kind == N_KEYVALUE) {
      for (int i = 0; i < n->list.len; i++) {
        Node *kv = n->list.data[i];
        if (kv->kind != N_KEYVALUE || kv->x->kind != N_IDENT) {
          error_at(kv->pos, "mixture of field:value and value elements in struct literal");
          continue;
        }
        int f = -1;
        for (int j = 0; j < u->nfields; j++)
          if (!strcmp(u->fields[j].name, kv->x->name))
            f = j;
        if (f >= 0 && foreign_field(&u->fields[f]))
          f = -1;   // another package's unexported field: not visible here
        if (f < 0) {
          error_at(kv->x->pos, "unknown field '%s' in struct literal of type %s", kv->x->name,
                   type_string_checker(t));
          use_expr(chk, kv->y);
          continue;
        }
        bool dup = false;
        for (int j = 0; j < i; j++) {
          Node *prev = n->list.data[j];
          dup = dup || (prev->kind == N_KEYVALUE && prev->x->kind == N_IDENT &&
                        !strcmp(prev->x->name, kv->x->name));
        }
        if (dup) {
          error_at(kv->pos, "duplicate field name %s in struct literal", kv->x->name);
          use_expr(chk, kv->y);
          continue;
        }
        kv->x->type = u->fields[f].type;
        kv->x->checked = f + 1; // field number + 1, for lower.c
        if (kv->y->kind == N_COMPOSITE && !kv->y->x)
          error_at(kv->y->pos, "invalid composite literal type: missing type");
        Operand v = check_expr(chk, kv->y);
        assign_to(kv->y, &v, u->fields[f].type, "struct literal");
      }
    } else {
      for (int i = 0; i < n->list.len && i < u->nfields; i++) {
        Node *e = n->list.data[i];
        if (e->kind == N_KEYVALUE) {
          error_at(e->pos, "mixture of field:value and value elements in struct literal");
          continue;
        }
        Operand v = check_expr(chk, e);
        if (foreign_field(&u->fields[i])) {
          error_at(start_pos(e), "implicit assignment to unexported field %s in %s literal",
                   u->fields[i].name, type_string_checker(t));
          continue;
        }
        assign_to(e, &v, u->fields[i].type, "struct literal");
      }
      if (n->list.len && n->list.len < u->nfields)
        error_at(nx(n)->endpos.line ? nx(n)->endpos : n->pos, "too few values in %s", expr_string(n));
      else if (n->list.len > u->nfields)
        error_at(start_pos(n->list.data[u->nfields]), "too many values in %s", expr_string(n));
    }
    break;
  }
  case TY_ARRAY: {
    int64_t len = u->len;
    composite_elems(chk, n, u->elem, &len);
    break;
  }
  case TY_SLICE: {
    int64_t len = -1;
    composite_elems(chk, n, u->elem, &len);
    break;
  }
  case TY_MAP:
    map_elems(chk, n, u);
    break;
  default:
    if (t != ty_invalid)
      error_at(n->pos, "invalid composite literal type %s", type_string_checker(t));
    return invalid_operand(n);
  }
  return result(n, M_VALUE, t, NULL);
}

// ---------------------------------------------------------------- dispatch

Operand check_expr_or_type(Checker *chk, Node *n) {
  switch (n->kind) {
  case N_IDENT: return ident(chk, n);
  case N_BASICLIT: return basic_lit(n);
  case N_PAREN: {
    Operand x = check_expr_or_type(chk, n->x);
    if (x.mode == M_INVALID)
      return invalid_operand(n);
    return result(n, x.mode, x.type, x.cval);
  }
  case N_SELECTOR: return selector(chk, n);
  case N_INDEX: return index_expr(chk, n);
  case N_SLICEEXPR: return slice_expr(chk, n);
  case N_STAR: return check_star(chk, n);
  case N_UNARY: return check_unary(chk, n);
  case N_BINARY: return check_binary(chk, n);
  case N_CALL: return check_call(chk, n);
  case N_COMPOSITE: return composite(chk, n);
  case N_FUNCLIT: {   // types2 checks its body later: its calls are not the operand's
    bool outer = chk->has_call_or_recv;
    Operand r = check_func_lit(chk, n);
    chk->has_call_or_recv = outer;
    return r;
  }
  case N_TYPEASSERT:
    return check_type_assert(chk, n, false);
  case N_KEYVALUE:
    error_at(n->pos, "unexpected key:value expression");
    return invalid_operand(n);
  case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE:
  case N_MAPTYPE: case N_CHANTYPE: {
    Type *t = check_type(chk, n);
    if (t == ty_invalid)
      return invalid_operand(n);
    return result(n, M_TYPE, t, NULL);
  }
  default:
    error_at(n->pos, "unexpected expression");
    return invalid_operand(n);
  }
}

bool comma_ok(Node *e, Operand *x, int want) {
  Node *b = unparen(e);
  bool recv = b->kind == N_UNARY && b->op == T_ARROW;
  if (want != 2 || (x->mode != M_MAPINDEX && !(recv && x->mode == M_VALUE)))
    return false;
  Type *tt[2] = {x->type, ty_bool};
  x->type = tuple_of(tt, 2);
  x->mode = M_VALUE;
  for (Node *p = e;; p = p->x) {
    p->type = x->type;
    if (p == b)
      break;
  }
  return true;
}

Operand check_expr(Checker *chk, Node *n) {
  Operand x = check_expr_or_type(chk, n);
  if (x.mode == M_TYPE) {   // (types2 reports at an expression's start: pkg.T at pkg)
    error_at(start_pos(n), "%s (type) is not an expression", expr_string(n));
    return invalid_operand(n);
  }
  return x;
}

// Reports an operand that is not a single value (types2's singleValue and
// the misuses of names that only types2's expr rejects); x becomes invalid.
void single_value(Node *n, Operand *x) {
  if (x->mode != M_NOVALUE && x->mode != M_BUILTIN && x->mode != M_PKG &&
      !(x->type && x->type->kind == TY_TUPLE))
    return;   // (the common case first: start_pos walks a left-deep chain)
  Pos at = start_pos(n);
  if (x->mode == M_NOVALUE)
    error_at(at, "%s (no value) used as value", expr_string(n));
  else if (x->mode == M_BUILTIN)
    error_at(at, "%s (built-in) must be called", expr_string(n));
  else if (x->mode == M_PKG)
    error_at(at, "use of package %s without selector", n->name);
  else if (x->type && x->type->kind == TY_TUPLE)
    error_at(at, "multiple-value %s (value of type %s) in single-value context", expr_string(n),
             type_string_checker(x->type));
  else
    return;
  n->type = ty_invalid;
  *x = invalid;
}

Operand check_rvalue(Checker *chk, Node *n) {
  Operand x = check_expr(chk, n);
  single_value(n, &x);
  return x;
}

void use_expr(Checker *chk, Node *n) {
  if (n)
    check_expr_or_type(chk, n);
}

static const char *spell_context(const char *context, Node *call) {
  return call ? xfmt("argument to %s", expr_string(call->x)) : context;
}

static void assign_in(Node *n, Operand *x, Type *t, const char *context, Node *call);

void assign_to(Node *n, Operand *x, Type *t, const char *context) {
  assign_in(n, x, t, context, NULL);
}

void assign_arg(Node *call, Node *n, Operand *x, Type *t) {
  assign_in(n, x, t, "argument", call);
}

// assign_to, for an argument of call when call is not NULL.
static void assign_in(Node *n, Operand *x, Type *t, const char *context, Node *call) {
  if (x->mode == M_INVALID || t == ty_invalid)
    return;
  if (x->mode == M_NOVALUE || x->mode == M_TYPE || x->mode == M_BUILTIN || x->mode == M_PKG ||
      (x->type && x->type->kind == TY_TUPLE)) {
    single_value(n, x);
    x->mode = M_INVALID;
    return;
  }
  if (is_untyped(x->type) && x->type->kind != TY_UNTYPED_NIL) {
    Type *target = is_interface(t) ? default_type(x->type) : t;
    if (x->mode == M_CONST && (is_interface(t) || assignable(x->type, t, x))) {
      const char *why;
      Const *c = x->cval;
      if (!representable(&c, target, &why)) {
        context = spell_context(context, call);
        bool numeric = is_numeric(x->type) && is_numeric(target);
        error_at(start_pos(n), "cannot use %s as %s value in %s%s%s%s", operand_desc(n, x),
                 type_string_checker(target), context, numeric ? " (" : "", numeric ? why : "",
                 numeric ? ")" : "");
        x->mode = M_INVALID;
        return;
      }
      x->cval = n->cval = c;
      x->type = target;
      set_type_deep(n, target);
      n->type = target;
      return;
    }
    if (x->mode != M_CONST && (is_interface(t) || assignable(x->type, t, x))) {
      convert_untyped(n, x, target);
      return;
    }
  } else if (assignable(x->type, t, x)) {
    if (x->type->kind == TY_UNTYPED_NIL)
      n->type = x->type = t;
    return;
  }
  context = spell_context(context, call);
  if (x->type->kind == TY_UNTYPED_NIL)
    error_at(start_pos(n), "cannot use nil as %s value in %s", type_string_checker(t), context);
  else if (is_untyped(x->type))
    error_at(start_pos(n), "cannot use %s as %s value in %s", operand_desc(n, x), type_string_checker(t),
             context);
  else if (is_interface(x->type) && !is_interface(t) && implements(t, x->type))
    error_at(start_pos(n), "cannot use %s as type %s in %s:\n\tneed type assertion",
             operand_desc(n, x), type_string_checker(t), context);
  else if (is_interface(t) && not_implements(x->type, t))
    error_at(start_pos(n), "cannot use %s as type %s in %s:\n\t%s", operand_desc(n, x),
             type_string_checker(t), context, not_implements(x->type, t));
  else
    error_at(start_pos(n), "cannot use %s as type %s in %s", operand_desc(n, x), type_string_checker(t),
             context);
  x->mode = M_INVALID;
}
