// check/ops.c — operators and implicit conversions, as types2 does them:
// untyped constants and their representability, binary operators (with
// comparisons and shifts), unary operators and indirection.
#include "internal.h"

#include <math.h>
#include <string.h>

static Operand result(Node *n, Mode m, Type *t, Const *c) {
  n->type = t;
  n->cval = m == M_CONST ? c : NULL;
  n->addressable = m == M_VAR;
  return (Operand){m, t, c};
}

// ---------------------------------------------------------------- constants

// c (an integer or float constant) rounded to the precision of the typed
// float type u (float32 for a complex64's part). NULL on overflow.
Const *const_round_float(Const *c, Type *u) {
  bool single = u->kind == TY_FLOAT32 || u->kind == TY_COMPLEX64;
  double d = single ? const_float32(c) : const_float64(c);
  return isfinite(d) ? const_float(d) : NULL;
}

static bool representable_in_all(Const *c, Type *tp, const char **why);

// Is constant c representable in type t? On failure *why is gc's word for
// it: "truncated" when a non-integer (float or complex) value meets an
// integer type, else "overflows". Float and complex results are rounded to t.
bool representable(Const **cp, Type *t, const char **why) {
  if (is_type_param(t))
    return representable_in_all(*cp, t, why);
  Const *c = *cp;
  Type *u = under(t);
  *why = "overflows";
  if (is_integer(u)) {
    if (c->kind == CV_FLOAT || c->kind == CV_COMPLEX) {
      Const *i = const_to_int(c);
      if (!i) {
        *why = "truncated";
        return false;
      }
      c = i;
    }
    if (c->kind != CV_INT)
      return false;
    if (is_untyped(u)) {
      *cp = c;
      return true;
    }
    if (!const_fits_int(c, int_bits(u), is_unsigned(u)))
      return false;
    *cp = c;
    return true;
  }
  if (is_float(u)) {
    if (c->kind == CV_COMPLEX && !(c = const_to_float(c)))
      return false;   // a non-zero imaginary part
    if (c->kind != CV_INT && c->kind != CV_FLOAT)
      return false;
    if (u->kind != TY_UNTYPED_FLOAT) {   // rounded to the type (a complex's real part)
      c = const_round_float(c, u);
      if (!c)
        return false;
    } else if (c->kind == CV_INT) {   // untyped float: exact
      c = const_to_float(c);
    }
    *cp = c;
    return true;
  }
  if (is_complex(u)) {
    if (!(c = const_to_complex(c)))
      return false;
    if (u->kind != TY_UNTYPED_COMPLEX) {   // each part rounded to the type's floats
      Type *part = u->kind == TY_COMPLEX64 ? ty_float32 : ty_float64;
      Const *re = c->re, *im = c->im;
      if (!representable(&re, part, why) || !representable(&im, part, why))
        return false;
      c = const_complex(re, im);
    }
    *cp = c;
    return true;
  }
  if (is_string(u))
    return c->kind == CV_STRING;
  if (is_boolean(u))
    return c->kind == CV_BOOL;
  return false;
}

// A constant converts to a type parameter when every type of its type set
// can represent it (the value stays as written: T's values are not constants).
static bool representable_in_all(Const *c, Type *tp, const char **why) {
  TypeTerm *terms;
  int n = tparam_terms(tp, &terms);
  for (int i = 0; i < n; i++) {
    Const *each = c;
    if (!representable(&each, terms[i].type, why))
      break;
    if (i == n - 1)
      return true;
  }
  *why = NULL;   // gc: "cannot convert", whatever the reason
  return false;
}

// Sets the final type of an untyped expression tree whose value is not
// constant (comparisons, shifts of untyped operands).
void set_type_deep(Node *n, Type *t) {
  while (n && n->kind == N_PAREN) {
    n->type = t;
    n = n->x;
  }
  if (!n || !n->type || !is_untyped(n->type))
    return;
  n->type = t;
  bool shift = n->kind == N_BINARY && (n->op == T_SHL || n->op == T_SHR);
  if (shift && !n->cval && !is_untyped(t) && !is_integer(t))   // 1.0 << s used as a float64
    error_at(start_pos(n->x), "invalid operation: %s (shift of type %s)", expr_string(n),
             type_string_checker(t));
  if (n->kind == N_UNARY)
    set_type_deep(n->x, t);
  else if (n->kind == N_BINARY) {
    bool cmp = n->op >= T_EQL && n->op <= T_GEQ;
    if (!cmp) {
      set_type_deep(n->x, t);
      if (!shift)
        set_type_deep(n->y, t);
    }
  }
}

// Can a nil be converted to t? (types2's hasNil)
static bool has_nil(Type *t) {
  if (is_type_param(t))
    return tparam_all(t, has_nil);
  switch (under(t)->kind) {
  case TY_PTR: case TY_FUNC: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_INTERFACE:
  case TY_UNSAFEPTR:
    return true;
  default:
    return false;
  }
}

// Two untyped operands: the numeric kinds combine to the larger one.
static bool untyped_pair(Node *n, Operand *x, Type *t) {
  if (is_numeric(x->type) && is_numeric(t)) {
    if (x->type->kind < t->kind)
      x->type = t, set_type_deep(n, t);
    return true;
  }
  return x->type->kind == t->kind;
}

// types2's convertUntyped: gives an untyped operand the type t (its default
// type when t is NULL or an interface), reporting gc's "cannot convert",
// "truncated" or "overflows" at the operand.
void convert_untyped(Node *n, Operand *x, Type *t) {
  if (x->mode == M_INVALID || !x->type || !is_untyped(x->type) || t == ty_invalid)
    return;
  if (t && is_untyped(t)) {
    if (!untyped_pair(n, x, t)) {
      error_at(start_pos(n), "cannot convert %s to %s", operand_desc(n, x), type_string_checker(t));
      x->mode = M_INVALID;
    }
    return;
  }
  if (x->type->kind == TY_UNTYPED_NIL) {
    if (t && !has_nil(t)) {
      error_at(start_pos(n), "cannot convert nil to %s", type_string_checker(under(t)));
      x->mode = M_INVALID;
    } else if (t) {
      n->type = x->type = t;
    }
    return;
  }
  Type *target = (!t || is_interface(t)) ? default_type(x->type) : t;
  const char *why = NULL;
  if (x->mode == M_CONST) {
    Const *c = x->cval;
    if (!representable(&c, target, &why)) {
      if (!is_numeric(x->type) || !is_numeric(target))
        why = NULL;
    } else {
      x->cval = n->cval = c;
      why = "";
    }
  } else if (is_numeric(x->type) ? is_numeric(target) : x->type == ty_untyped_bool ? is_boolean(target)
                                                       : is_string(target)) {
    why = "";
  }
  if (!why || *why) {
    const char *tn = type_string_checker(is_type_param(target) ? target : under(target));
    if (!why)
      error_at(start_pos(n), "cannot convert %s to %s", operand_desc(n, x), tn);
    else if (!strcmp(why, "truncated"))
      error_at(start_pos(n), "%s truncated to %s", operand_desc(n, x), tn);
    else
      error_at(start_pos(n), "%s overflows %s", operand_desc(n, x), tn);
    x->mode = M_INVALID;
    return;
  }
  x->type = target;
  set_type_deep(n, target);
  n->type = target;
}

// ---------------------------------------------------------------- operators

static bool is_ordered(Type *t) {
  if (is_type_param(t))
    return tparam_all(t, is_ordered);
  return is_integer(t) || is_float(t) || is_string(t);
}

static bool op_allowed(TokKind op, Type *t) {
  if (is_type_param(t)) {   // allowed on every type of its type set
    TypeTerm *terms;
    int n = tparam_terms(t, &terms);
    for (int i = 0; i < n; i++)
      if (!op_allowed(op, terms[i].type))
        return false;
    return n > 0;
  }
  switch (op) {
  case T_ADD: return is_numeric(t) || is_string(t);
  case T_SUB: case T_MUL: case T_QUO: return is_numeric(t);
  case T_REM: case T_AND: case T_OR: case T_XOR: case T_AND_NOT: return is_integer(t);
  case T_LAND: case T_LOR: return is_boolean(t);
  default: return false;
  }
}

// types2's kindString: how "operator < not defined on interface" names a type.
static const char *kind_string(Type *t) {
  switch (under(t)->kind) {
  case TY_ARRAY: return "array";
  case TY_SLICE: return "slice";
  case TY_STRUCT: return "struct";
  case TY_PTR: return "pointer";
  case TY_FUNC: return "func";
  case TY_INTERFACE: return "interface";
  case TY_MAP: return "map";
  case TY_CHAN: return "chan";
  default: return type_string_checker(t);
  }
}

// Why values of type t cannot be compared (types2's incomparableCause).
static const char *incomparable_cause(Type *t) {
  if (is_type_param(t))
    return "incomparable types in type set";
  Type *u = under(t);
  if (u->kind == TY_SLICE || u->kind == TY_FUNC || u->kind == TY_MAP)
    return xfmt("%s can only be compared to nil", kind_string(t));
  if (u->kind == TY_STRUCT) {
    for (int i = 0; i < u->nfields; i++)
      if (!is_comparable(u->fields[i].type))
        return xfmt("struct containing %s cannot be compared", type_string_checker(u->fields[i].type));
  }
  if (u->kind == TY_ARRAY)
    return xfmt("%s cannot be compared", type_string_checker(t));
  return NULL;
}

// types2's comparison: x op y, both already converted where they could mix.
// nilx, nily: the operand is nil (its type may have become the other's).
static Operand comparison(Node *n, Operand *x, Operand *y, bool nilx, bool nily) {
  Node *err_at = n->x;
  const char *cause = NULL;
  if (!assignable(x->type, y->type, x) && !assignable(y->type, x->type, y)) {
    err_at = n->y; // only the second operand shows the mismatch
    cause = xfmt("mismatched types %s and %s", type_string_checker(x->type), type_string_checker(y->type));
  } else if (n->op == T_EQL || n->op == T_NEQ) {
    if (nilx || nily) {
      if (!has_nil(nilx ? y->type : x->type))
        err_at = n->y, cause = "";
    } else if (!is_comparable(x->type)) {
      cause = incomparable_cause(x->type);
      cause = cause ? cause : "";
    } else if (!is_comparable(y->type)) {
      err_at = n->y, cause = incomparable_cause(y->type);
      cause = cause ? cause : "";
    }
  } else if (!is_ordered(x->type)) {
    cause = is_type_param(x->type) ? xfmt("type parameter %s is not comparable with %s", x->type->name,
                                          tok_name(n->op))
                                   : "";
  } else if (!is_ordered(y->type)) {
    err_at = n->y, cause = "";
  }
  if (cause) {
    Type *et = err_at == n->x ? x->type : y->type;
    if (!*cause)
      cause = xfmt("operator %s not defined on %s", tok_name(n->op),
                   et->kind == TY_UNTYPED_NIL ? "untyped nil" : kind_string(et));
    error_at(start_pos(err_at), "invalid operation: %s (%s)", expr_string(n), cause);
    return invalid_operand(n);
  }
  if (x->mode == M_CONST && y->mode == M_CONST)
    return result(n, M_CONST, ty_untyped_bool, const_binary(n->op, x->cval, y->cval, false));
  // The operands are materialized with their final (default) types.
  if (!nilx)
    convert_untyped(n->x, x, NULL);
  if (!nily)
    convert_untyped(n->y, y, NULL);
  return result(n, M_VALUE, ty_untyped_bool, NULL);
}

// types2's canMix: may untyped operands take the other operand's type?
static bool can_mix(Operand *x, Operand *y) {
  if (is_interface(x->type) || is_interface(y->type))
    return true;
  if (is_boolean(x->type) != is_boolean(y->type) || is_string(x->type) != is_string(y->type))
    return false;
  if (x->type->kind == TY_UNTYPED_NIL && !has_nil(y->type))
    return false;
  if (y->type->kind == TY_UNTYPED_NIL && !has_nil(x->type))
    return false;
  return true;
}

static Operand shift(Node *n, Operand x, Operand y) {
  // The left operand must be an integer, or an untyped constant representable
  // as one (2.0, 2+0i). A constant shift of it is an untyped int; a
  // non-constant one keeps its kind until the context gives it a type, which
  // must be an integer type (set_type_deep reports "shift of type float64").
  Const *xi = x.mode == M_CONST && is_untyped(x.type) ? const_to_int(x.cval) : NULL;
  if (!is_integer(x.type) && !xi) {
    error_at(start_pos(n->x), "invalid operation: shifted operand %s must be integer",
             operand_desc(n->x, &x));
    return invalid_operand(n);
  }
  if (y.mode == M_CONST) {
    // types2: a negative count is reported as such (-1, -1.0, -1+0i); an
    // untyped count must be representable as a uint ("1.5 ... truncated to uint").
    Const *c = const_to_int(y.cval);
    if (c && const_sign(c) < 0) {
      error_at(start_pos(n->y), "invalid operation: negative shift count %s", operand_desc(n->y, &y));
      return invalid_operand(n);
    }
    if (is_untyped(y.type)) {
      convert_untyped(n->y, &y, ty_uint);
      if (y.mode == M_INVALID)
        return invalid_operand(n);
    } else if (!c) {
      error_at(start_pos(n->y), "invalid operation: shift count %s must be integer", operand_desc(n->y, &y));
      return invalid_operand(n);
    }
    y.cval = c;
  } else if (is_untyped(y.type) && !is_integer(y.type)) {   // s << (1.0 << t): a uint
    convert_untyped(n->y, &y, ty_uint);
    if (y.mode == M_INVALID)
      return invalid_operand(n);
  } else if (!is_integer(y.type)) {
    error_at(start_pos(n->y), "invalid operation: shift count %s must be integer", operand_desc(n->y, &y));
    return invalid_operand(n);
  } else {
    convert_untyped(n->y, &y, NULL);
  }
  if (x.mode == M_CONST && y.mode == M_CONST) {
    Type *t = is_integer(x.type) ? x.type : ty_untyped_int;
    Const *r = const_binary(n->op, xi ? xi : x.cval, y.cval, true);
    if (!r) {
      error_at(start_pos(n->y), "invalid shift count %s", operand_desc(n->y, &y));
      return invalid_operand(n);
    }
    if (!is_untyped(t) && !const_fits_int(r, int_bits(t), is_unsigned(t))) {
      Operand o = {M_CONST, t, r};
      error_at(start_pos(n), "%s overflows %s", operand_desc(n, &o), type_string_checker(t));
    }
    return result(n, M_CONST, t, r);
  }
  // A non-constant shift of an untyped constant takes its type from context;
  // until then it stays untyped (set_type_deep gives the final type).
  return result(n, M_VALUE, x.type, NULL);
}

// A constant result of a typed operation must fit its type.
static Operand const_result(Node *n, Type *t, Const *r) {
  if (!is_untyped(t)) {
    const char *why;
    Const *rc = r;
    if (!representable(&rc, t, &why)) {
      Operand o = {M_CONST, t, r};
      error_at(start_pos(n), "%s overflows %s", operand_desc(n, &o), type_string_checker(t));
      return invalid_operand(n);
    }
    r = rc;
  }
  return result(n, M_CONST, t, r);
}

Operand check_binary(Checker *chk, Node *n) {
  Operand x = check_rvalue(chk, n->x);
  Operand y = check_rvalue(chk, n->y);
  if (x.mode == M_INVALID || y.mode == M_INVALID)
    return invalid_operand(n);
  if (n->op == T_SHL || n->op == T_SHR)
    return shift(n, x, y);
  bool nilx = x.type->kind == TY_UNTYPED_NIL, nily = y.type->kind == TY_UNTYPED_NIL;
  if (can_mix(&x, &y)) {
    convert_untyped(n->x, &x, y.type);
    if (x.mode == M_INVALID)
      return invalid_operand(n);
    convert_untyped(n->y, &y, x.type);
    if (y.mode == M_INVALID)
      return invalid_operand(n);
  }
  if (n->op >= T_EQL && n->op <= T_GEQ)
    return comparison(n, &x, &y, nilx, nily);
  if (!types_identical(x.type, y.type)) {
    error_at(start_pos(n->x), "invalid operation: %s (mismatched types %s and %s)", expr_string(n),
             type_string_checker(x.type), type_string_checker(y.type));
    return invalid_operand(n);
  }
  if (!op_allowed(n->op, x.type)) {
    error_at(start_pos(n->x), "invalid operation: operator %s not defined on %s", tok_name(n->op),
             operand_desc(n->x, &x));
    return invalid_operand(n);
  }
  if ((n->op == T_QUO || n->op == T_REM) && y.mode == M_CONST && const_sign(y.cval) == 0 &&
      (is_integer(x.type) || x.mode == M_CONST)) {
    error_at(start_pos(n->y), "invalid operation: division by zero");
    return invalid_operand(n);
  }
  if (x.mode == M_CONST && y.mode == M_CONST) {
    Const *r = const_binary(n->op, x.cval, y.cval, is_integer(x.type));
    if (!r) {
      error_at(n->pos, "constant result is not representable");
      return invalid_operand(n);
    }
    return const_result(n, x.type, r);
  }
  return result(n, M_VALUE, x.type, NULL);
}

Operand check_unary(Checker *chk, Node *n) {
  if (n->op == T_AND) {
    Node *inner = unparen(n->x);
    if (inner->kind == N_COMPOSITE) {
      if (!inner->x && n->type && under(n->type)->kind == TY_PTR)
        inner->type = under(n->type)->elem;
      Operand x = check_expr(chk, inner);
      if (x.mode == M_INVALID)
        return invalid_operand(n);
      return result(n, M_VALUE, ptr_to(x.type), NULL);
    }
    Operand x = check_expr(chk, n->x);
    if (x.mode == M_INVALID)
      return invalid_operand(n);
    if (x.mode != M_VAR) {
      error_at(start_pos(n->x), "invalid operation: cannot take address of %s", operand_desc(n->x, &x));
      return invalid_operand(n);
    }
    return result(n, M_VALUE, ptr_to(x.type), NULL);
  }
  if (n->op == T_ARROW) {
    chk->has_call_or_recv = true;   // len(<-c) is not constant
    return check_recv(chk, n);
  }
  Operand x = check_rvalue(chk, n->x);
  if (x.mode == M_INVALID)
    return invalid_operand(n);
  bool ok = n->op == T_NOT ? is_boolean(x.type)
          : n->op == T_XOR ? is_integer(x.type)
                           : is_numeric(x.type);
  if (!ok) {
    error_at(start_pos(n->x), "invalid operation: operator %s not defined on %s", tok_name(n->op),
             operand_desc(n->x, &x));
    return invalid_operand(n);
  }
  if (x.mode == M_CONST) {
    bool u = is_unsigned(x.type);
    Const *r = const_unary(n->op, x.cval, u ? int_bits(x.type) : 0, u);
    return const_result(n, x.type, r);
  }
  return result(n, M_VALUE, x.type, NULL);
}

Operand check_star(Checker *chk, Node *n) {
  Operand x = check_expr_or_type(chk, n->x);
  if (x.mode == M_INVALID)
    return invalid_operand(n);
  if (x.mode == M_TYPE) {
    n->is_type = true;
    return result(n, M_TYPE, ptr_to(x.type), NULL);
  }
  if (x.type->kind == TY_UNTYPED_NIL) {
    error_at(start_pos(n->x), "invalid operation: cannot indirect nil");
    return invalid_operand(n);
  }
  if (under(x.type)->kind != TY_PTR) {
    error_at(start_pos(n->x), "invalid operation: cannot indirect %s", operand_desc(n->x, &x));
    return invalid_operand(n);
  }
  return result(n, M_VAR, under(x.type)->elem, NULL);
}

