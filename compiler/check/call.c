// check/call.c — calls: conversions T(x), builtins, functions (incl. those of
// supported packages), argument passing with variadic parameters.
#include "internal.h"

#include <string.h>

int tuple_count(Operand *x) {
  if (x->type && x->type->kind == TY_TUPLE)
    return x->type->nfields;
  return 1;
}

// ---------------------------------------------------------------- conversions

static bool convertible(Operand *x, Type *t);

// Through a type parameter's type set: every type of it converts (a type
// set of all types: none does, except by assignability).
static bool convertible_each(Operand *x, Type *t, bool from) {
  Type *tp = from ? x->type : t;
  TypeTerm *terms;
  int n = tparam_terms(tp, &terms);
  for (int i = 0; i < n; i++) {
    Operand each = *x;
    if (from)
      each.type = terms[i].type;
    if (!convertible(&each, from ? t : terms[i].type))
      return false;
  }
  return n > 0;
}

static bool convertible(Operand *x, Type *t) {
  Type *v = x->type, *vu = under(v), *tu = under(t);
  if (assignable(v, t, x))
    return true;
  if (is_type_param(v))
    return convertible_each(x, t, true);
  if (is_type_param(t))
    return convertible_each(x, t, false);
  if (types_identical(vu, tu))
    return true;
  if (vu->kind == TY_PTR && tu->kind == TY_PTR &&
      types_identical(under(vu->elem), under(tu->elem)))
    return true;
  // Integers and floats convert among themselves, complex numbers too.
  if (is_numeric(vu) && is_numeric(tu) && is_complex(vu) == is_complex(tu))
    return true;
  if (is_string(tu)) {
    if (is_integer(vu))
      return true;
    if (vu->kind == TY_SLICE && (under(vu->elem)->kind == TY_UINT8 || under(vu->elem)->kind == TY_INT32))
      return true;
  }
  if (is_string(vu) && tu->kind == TY_SLICE &&
      (under(tu->elem)->kind == TY_UINT8 || under(tu->elem)->kind == TY_INT32))
    return true;
  return unsafe_convertible(vu, tu);
}

static Operand conversion(Checker *chk, Node *n, Type *t) {
  if (n->list.len != 1) {
    if (n->list.len == 0)
      error_at(nx(n)->lparen, "missing argument in conversion to %s", type_string_checker(t));
    else
      error_at(((Node *)n->list.data[1])->pos, "too many arguments in conversion to %s",
               type_string_checker(t));
    for (int i = 0; i < n->list.len; i++)
      use_expr(chk, n->list.data[i]);
    return invalid_operand(n);
  }
  Node *arg = n->list.data[0];
  Operand x = check_rvalue(chk, arg);
  if (x.mode == M_INVALID)
    return invalid_operand(n);
  // gc describes the argument as written, before it takes a type.
  char *desc = operand_desc(arg, &x);
  Pos at = start_pos(arg);
  if (x.mode == M_CONST && !is_interface(t) && !is_type_param(t)) {
    // Constant conversions stay constant when the result type is basic.
    Type *tu = under(t);
    bool basic = tu->kind <= TY_STRING;
    if (basic && is_string(tu) && is_integer(x.type)) {
      // string(rune constant)
      int64_t r = const_fits_int(x.cval, 32, false) ? const_to_int64(x.cval) : 0xFFFD;
      if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
      char buf[4];
      int len;
      if (r < 0x80) buf[0] = (char)r, len = 1;
      else if (r < 0x800) buf[0] = (char)(0xC0 | r >> 6), buf[1] = (char)(0x80 | (r & 63)), len = 2;
      else if (r < 0x10000) buf[0] = (char)(0xE0 | r >> 12), buf[1] = (char)(0x80 | (r >> 6 & 63)),
                            buf[2] = (char)(0x80 | (r & 63)), len = 3;
      else buf[0] = (char)(0xF0 | r >> 18), buf[1] = (char)(0x80 | (r >> 12 & 63)),
           buf[2] = (char)(0x80 | (r >> 6 & 63)), buf[3] = (char)(0x80 | (r & 63)), len = 4;
      convert_untyped(arg, &x, NULL);
      n->type = t;
      n->cval = const_string(buf, len);
      return (Operand){M_CONST, t, n->cval};
    }
    if (basic) {
      // A constant converts to a basic type when it is representable there
      // (types2's constConvertibleTo): float64(1+0i) is 1, int(2.5) an error.
      Const *c = x.cval;
      const char *why;
      if (!representable(&c, t, &why)) {
        error_at(at, "cannot convert %s to type %s", desc, type_string_checker(t));
        return invalid_operand(n);
      }
      // The constant operand takes the conversion's type (it is representable).
      if (is_untyped(x.type)) {
        arg->type = x.type = t;
        arg->cval = c;
      }
      n->type = t;
      n->cval = c;
      return (Operand){M_CONST, t, c};
    }
  }
  const char *why;
  if (x.mode == M_CONST && is_untyped(x.type) && is_type_param(t) && representable(&x.cval, t, &why)) {
    arg->type = t;   // T(0): in every type of T's type set, a value (not a constant)
    return value_operand(n, t);
  }
  if (x.type->kind == TY_UNTYPED_NIL) {
    if (!convertible(&x, t)) {
      error_at(at, "cannot convert nil to type %s", type_string_checker(t));
      return invalid_operand(n);
    }
    arg->type = t;
    return value_operand(n, t);
  }
  if (is_untyped(x.type))
    convert_untyped(arg, &x, NULL); // non-constant results: the operand's default type
  if (x.mode == M_INVALID)
    return invalid_operand(n);
  if (!convertible(&x, t)) {
    error_at(at, "cannot convert %s to type %s", desc, type_string_checker(t));
    return invalid_operand(n);
  }
  return value_operand(n, t);
}

// ---------------------------------------------------------------- builtins

static bool has_cap(Type *t) {
  Type *u = under(t);
  if (u->kind == TY_PTR)
    u = under(u->elem);
  return u->kind == TY_ARRAY || u->kind == TY_SLICE || u->kind == TY_CHAN;
}

static bool has_len(Type *t) { return has_cap(t) || is_string(t) || under(t)->kind == TY_MAP; }

// A string or a []byte (append(b, s...) takes either).
static bool is_bytestring(Type *t) {
  Type *u = under(t);
  return is_string(t) || (u->kind == TY_SLICE && under(u->elem)->kind == TY_UINT8);
}

static Operand len_cap_operand(Checker *chk, Node *n, Builtin b) {
  Node *arg = n->list.data[0];
  Operand x = check_rvalue(chk, arg);
  if (x.mode == M_INVALID)
    return invalid_operand(n);
  Type *u = under(x.type);
  if (u->kind == TY_PTR && under(u->elem)->kind == TY_ARRAY)
    u = under(u->elem);
  const char *name = b == BI_LEN ? "len" : "cap";
  if (is_string(u) && b == BI_LEN) {
    if (x.mode == M_CONST) {
      convert_untyped(arg, &x, NULL);
      n->type = ty_int;
      n->cval = const_int64(x.cval->slen);
      return (Operand){M_CONST, ty_int, n->cval};
    }
    return value_operand(n, ty_int);
  }
  if (u->kind == TY_ARRAY) {
    // spec: len(s) and cap(s) are constants if s is an array or pointer to
    // an array and contains no channel receives or (non-constant) function calls.
    n->type = ty_int;
    if (!chk->has_call_or_recv) {
      n->cval = const_int64(u->len);
      return (Operand){M_CONST, ty_int, n->cval};
    }
    return value_operand(n, ty_int);
  }
  if (u->kind == TY_SLICE || (b == BI_LEN && u->kind == TY_MAP) || u->kind == TY_CHAN)
    return value_operand(n, ty_int);
  if (u->kind == TY_TYPEPARAM && tparam_all(u, b == BI_LEN ? has_len : has_cap))
    return value_operand(n, ty_int);   // no core type, but every type has a length
  error_at(start_pos(arg), "invalid argument: %s for %s", operand_desc(arg, &x), name);
  return invalid_operand(n);
}

// As types2: has_call_or_recv tells whether the operand alone calls or
// receives; the caller's flag is restored after (check_call sets it when
// the result is not constant).
static Operand builtin_len_cap(Checker *chk, Node *n, Builtin b) {
  bool outer = chk->has_call_or_recv;
  chk->has_call_or_recv = false;
  Operand r = len_cap_operand(chk, n, b);
  chk->has_call_or_recv = outer;
  return r;
}

static Operand builtin_append(Checker *chk, Node *n) {
  Node *s = n->list.data[0];
  Operand x = check_rvalue(chk, s);
  if (x.mode == M_INVALID) {
    for (int i = 1; i < n->list.len; i++)
      use_expr(chk, n->list.data[i]);
    return invalid_operand(n);
  }
  if (x.type->kind == TY_UNTYPED_NIL) {
    error_at(start_pos(s), "first argument to append must be a slice; have untyped nil");
    return invalid_operand(n);
  }
  Type *u = under(x.type);
  if (u->kind != TY_SLICE) {
    error_at(start_pos(s), "first argument to append must be a slice; have %s", operand_desc(s, &x));
    return invalid_operand(n);
  }
  if (n->has_ellipsis) {
    if (n->list.len != 2) {
      error_at(n->pos, "can only use ... with final argument in list");
      return invalid_operand(n);
    }
    Node *t = n->list.data[1];
    Operand y = check_rvalue(chk, t);
    if (y.mode == M_INVALID)
      return invalid_operand(n);
    bool bytestring = is_string(y.type) || (is_type_param(y.type) && tparam_all(y.type, is_bytestring));
    if (bytestring && under(u->elem)->kind == TY_UINT8) {
      convert_untyped(t, &y, NULL);
      return value_operand(n, x.type);
    }
    // The variadic parameter is []E, unnamed (types2's rule): a T2 with
    // the same underlying type as x's named T1 is assignable to it.
    assign_to(t, &y, slice_of(u->elem), "argument to append");
    return value_operand(n, x.type);
  }
  for (int i = 1; i < n->list.len; i++) {
    Node *e = n->list.data[i];
    Operand y = check_rvalue(chk, e);
    assign_to(e, &y, u->elem, "argument to append");
  }
  return value_operand(n, x.type);
}

static Operand builtin_make(Checker *chk, Node *n) {
  Node *tn = n->list.data[0];
  Type *t = check_type(chk, tn);
  if (t == ty_invalid)
    return invalid_operand(n);
  Type *u = under(t);
  if (u->kind == TY_CHAN)
    return check_make_chan(chk, n, t);
  if (u->kind != TY_SLICE && u->kind != TY_MAP) {
    error_at(tn->pos, "invalid argument: cannot make %s; type must be slice, map, or channel",
             expr_string(tn));
    return invalid_operand(n);
  }
  int min = u->kind == TY_MAP ? 1 : 2;   // make(map[K]V[, hint]), make([]T, len[, cap])
  if (n->list.len < min || n->list.len > min + 1) {
    error_at(start_pos(n), "invalid operation: %s expects %d or %d arguments; found %d", expr_string(n),
             min, min + 1, n->list.len);
    return invalid_operand(n);
  }
  int64_t vals[2] = {-1, -1};
  for (int i = 1; i < n->list.len; i++)   // sizes are checked as indices (types2's index)
    vals[i - 1] = check_index(chk, n->list.data[i], -1, false);
  if (vals[0] >= 0 && vals[1] >= 0 && vals[0] > vals[1])
    error_at(((Node *)n->list.data[1])->pos, "invalid argument: length and capacity swapped");
  return value_operand(n, t);
}

static Operand builtin_delete(Checker *chk, Node *n) {
  Node *mn = n->list.data[0], *kn = n->list.data[1];
  Operand m = check_rvalue(chk, mn);
  Operand k = check_rvalue(chk, kn);
  if (m.mode == M_INVALID || k.mode == M_INVALID)
    return invalid_operand(n);
  if (under(m.type)->kind != TY_MAP) {
    error_at(start_pos(mn), "invalid argument: %s is not a map", operand_desc(mn, &m));
    return invalid_operand(n);
  }
  Type *kt = under(m.type)->key;
  if (!assignable(k.type, kt, &k)) {
    error_at(start_pos(kn), "cannot use %s as %s value in argument to delete",
             operand_desc(kn, &k), type_string_checker(kt));
    return invalid_operand(n);
  }
  convert_untyped(kn, &k, kt);
  n->type = NULL;
  return (Operand){M_NOVALUE, NULL, NULL};
}

// An untyped numeric constant without imaginary part counts as a float in
// complex(x, y) (types2's toFloat: complex(1, 2+0i) is complex(1.0, 2.0)).
static void untyped_const_to_float(Operand *x) {
  if (is_numeric(x->type) && const_sign(const_imag(x->cval)) == 0)
    x->type = ty_untyped_float;
}

// complex(float32) is complex64, real(complex64) float32, and so on (the
// untyped kinds too); NULL for a type that is not one of the pair wanted.
static Type *float_complex_pair(Type *t, bool want_complex) {
  Type **pairs[][2] = {{&ty_float32, &ty_complex64}, {&ty_float64, &ty_complex128},
                       {&ty_untyped_float, &ty_untyped_complex}};
  for (int i = 0; i < 3; i++)
    if (under(t)->kind == (*pairs[i][!want_complex])->kind)
      return *pairs[i][want_complex];
  return NULL;
}

// "invalid argument: arguments have type T, expected floating-point" at a.
static Operand bad_argument(Node *n, Node *a, const char *what, Operand *x, const char *expected) {
  error_at(start_pos(a), "invalid argument: %s type %s, expected %s", what,
           type_string_checker(x->type), expected);
  return invalid_operand(n);
}

// The result of complex, real or imag: the constant c when the arguments were.
static Operand part_result(Node *n, Type *t, Const *c) {
  if (!c)
    return value_operand(n, t);
  n->type = t;
  n->cval = c;
  return (Operand){M_CONST, t, c};
}

// complex(x, y) as types2 checks it: an untyped argument takes the other's
// type, two untyped constants become floats, and both must then be the
// same float type; complex(float32, float32) is a complex64. Constant
// arguments make a constant.
static Operand builtin_complex(Checker *chk, Node *n) {
  Node *xn = n->list.data[0], *yn = n->list.data[1];
  Operand x = check_rvalue(chk, xn), y = check_rvalue(chk, yn);
  if (x.mode == M_INVALID || y.mode == M_INVALID)
    return invalid_operand(n);
  bool ux = is_untyped(x.type), uy = is_untyped(y.type);
  if (ux && !uy) {
    convert_untyped(xn, &x, y.type);
  } else if (uy && !ux) {
    convert_untyped(yn, &y, x.type);
  } else if (ux && uy && x.mode == M_CONST && y.mode == M_CONST) {
    untyped_const_to_float(&x);
    untyped_const_to_float(&y);
  } else if (ux && uy) {   // an untyped shift: float64 (and an error about the shift)
    convert_untyped(xn, &x, ty_float64);
    convert_untyped(yn, &y, ty_float64);
  }
  if (x.mode == M_INVALID || y.mode == M_INVALID)
    return invalid_operand(n);
  if (!types_identical(x.type, y.type)) {
    error_at(start_pos(xn), "invalid operation: %s (mismatched types %s and %s)", expr_string(n),
             type_string_checker(x.type), type_string_checker(y.type));
    return invalid_operand(n);
  }
  Type *rt = float_complex_pair(x.type, true);
  if (!rt)
    return bad_argument(n, xn, "arguments have", &x, "floating-point");
  bool konst = x.mode == M_CONST && y.mode == M_CONST;
  return part_result(n, rt, konst ? const_complex(const_to_float(x.cval), const_to_float(y.cval)) : NULL);
}

// real(z), imag(z): an untyped constant counts as complex; the part of a
// complex64 is a float32, of a complex128 a float64.
static Operand builtin_real_imag(Checker *chk, Node *n, Builtin b) {
  Node *an = n->list.data[0];
  Operand x = check_rvalue(chk, an);
  if (x.mode == M_INVALID)
    return invalid_operand(n);
  if (is_untyped(x.type) && x.mode == M_CONST && is_numeric(x.type))
    x.type = ty_untyped_complex;
  else if (is_untyped(x.type) && x.mode != M_CONST)   // an untyped shift: an error
    convert_untyped(an, &x, ty_complex128);
  if (x.mode == M_INVALID)
    return invalid_operand(n);
  Type *rt = float_complex_pair(x.type, false);
  if (!rt)
    return bad_argument(n, an, "argument has", &x, "complex type");
  Const *c = x.mode != M_CONST ? NULL : b == BI_REAL ? const_real(x.cval) : const_imag(x.cval);
  return part_result(n, rt, c);
}

static Operand builtin(Checker *chk, Node *n, Builtin b) {
  int nargs = n->list.len;
  static const char *names[] = {"append", "cap", "close", "complex", "copy", "delete", "imag",
                                "len", "make", "new", "panic", "print", "println", "real",
                                "recover", "unsafe.Add", "unsafe.Alignof", "unsafe.Offsetof",
                                "unsafe.Sizeof", "unsafe.Slice"};
  const char *name = names[b];
  if (n->has_ellipsis && b != BI_APPEND) {
    error_at(start_pos(n), "invalid operation: invalid use of ... with built-in %s", name);
    return invalid_operand(n);
  }
  int min = 1, max = 1;
  switch (b) {
  case BI_APPEND: max = 1 << 30; break;
  case BI_COPY: case BI_COMPLEX: case BI_DELETE: case BI_ADD: case BI_SLICE: min = max = 2; break;
  case BI_MAKE: max = 3; break;
  case BI_PRINT: case BI_PRINTLN: min = 0, max = 1 << 30; break;
  case BI_RECOVER: min = max = 0; break;
  default: break;
  }
  if (nargs < min || nargs > max) {
    for (int i = 0; i < nargs; i++)
      use_expr(chk, n->list.data[i]);
    error_at(start_pos(n), "invalid operation: %s arguments for %s (expected %d, found %d)",
             nargs < min ? "not enough" : "too many", expr_string(n), min, nargs);
    return invalid_operand(n);
  }
  switch (b) {
  case BI_ADD: case BI_ALIGNOF: case BI_OFFSETOF: case BI_SIZEOF: case BI_SLICE:
    return check_unsafe_builtin(chk, n, b);
  case BI_LEN: case BI_CAP:
    return builtin_len_cap(chk, n, b);
  case BI_APPEND:
    return builtin_append(chk, n);
  case BI_MAKE:
    return builtin_make(chk, n);
  case BI_NEW: {
    Type *t = check_type(chk, n->list.data[0]);
    if (t == ty_invalid)
      return invalid_operand(n);
    return value_operand(n, ptr_to(t));
  }
  case BI_COPY: {
    Node *d = n->list.data[0], *s = n->list.data[1];
    Operand x = check_rvalue(chk, d), y = check_rvalue(chk, s);
    if (x.mode == M_INVALID || y.mode == M_INVALID)
      return invalid_operand(n);
    Type *du = under(x.type), *su = under(y.type);
    bool from_string = is_string(su);
    if (du->kind != TY_SLICE || (su->kind != TY_SLICE && !from_string)) {
      error_at(start_pos(d), "invalid argument: copy expects slice arguments; found %s and %s",
               operand_desc(d, &x), operand_desc(s, &y));
      return invalid_operand(n);
    }
    // A string source copies bytes (gc names its element type "byte").
    if (from_string ? under(du->elem)->kind != TY_UINT8 : !types_identical(du->elem, su->elem)) {
      error_at(start_pos(d), "invalid argument: arguments to copy %s and %s have different element "
               "types %s and %s", operand_desc(d, &x), operand_desc(s, &y),
               type_string_checker(du->elem), from_string ? "byte" : type_string_checker(su->elem));
      return invalid_operand(n);
    }
    convert_untyped(s, &y, NULL);
    return value_operand(n, ty_int);
  }
  case BI_DELETE:
    return builtin_delete(chk, n);
  case BI_PANIC: {
    Node *a = n->list.data[0];
    Operand x = check_rvalue(chk, a);
    assign_to(a, &x, ty_any, "argument to panic");
    n->type = NULL;
    return (Operand){M_NOVALUE, NULL, NULL};
  }
  case BI_PRINT: case BI_PRINTLN:
    for (int i = 0; i < nargs; i++) {
      Node *a = n->list.data[i];
      Operand x = check_expr(chk, a);
      if (nargs == 1 && x.mode == M_VALUE && x.type && x.type->kind == TY_TUPLE) {
        n->checked = 2;   // println(f()): each of f's results is an argument
        break;
      }
      single_value(a, &x);
      if (x.mode == M_INVALID)
        continue;
      if (x.type->kind == TY_UNTYPED_NIL) {
        error_at(a->pos, "use of untyped nil in argument to %s", name);
        continue;
      }
      convert_untyped(a, &x, NULL);
    }
    n->type = NULL;
    return (Operand){M_NOVALUE, NULL, NULL};
  case BI_RECOVER:
    return value_operand(n, ty_any);
  case BI_CLOSE:
    return check_close(chk, n);
  case BI_COMPLEX:
    return builtin_complex(chk, n);
  case BI_REAL: case BI_IMAG:
    return builtin_real_imag(chk, n, b);
  default:
    error_at(n->pos, "built-in %s is not supported yet", name);
    for (int i = 0; i < nargs; i++)
      use_expr(chk, n->list.data[i]);
    return invalid_operand(n);
  }
}

// ---------------------------------------------------------------- function calls

// types2's typesSummary: untyped numbers are "number", other untyped types
// lose the "untyped" (invalid ones are "<T>").
void write_types_summary(Buf *b, Type **ts, int n) {
  buf_putc(b, '(');
  for (int i = 0; i < n; i++) {
    Type *t = ts[i];
    buf_puts(b, i ? ", " : "");
    if (!t || t == ty_invalid)
      buf_puts(b, "<T>");
    else if (is_untyped(t) && is_numeric(t))
      buf_puts(b, "number");
    else if (is_untyped(t))
      buf_puts(b, type_string_checker(t) + strlen("untyped "));
    else
      buf_puts(b, type_string_checker(t));
  }
  buf_putc(b, ')');
}

// "not enough/too many arguments in call to f" with gc's have/want lines.
static void arg_count_error(Pos at, bool few, const char *fname, Type *sig, Type **have, int nhave) {
  Buf b = {0};
  write_types_summary(&b, have, nhave);
  Type tmp = *sig;
  tmp.nresults = 0;
  char *want = type_string_checker(&tmp) + 4; // drop "func"
  error_at(at, "%s arguments in call to %s\n\thave %s\n\twant %s", few ? "not enough" : "too many",
           fname, buf_cstr(&b), want);
}

// expr_string(n->x), "f" in messages, is spelled only on errors.
static void check_args(Checker *chk, Node *n, Type *sig) {
  int np = sig->nfields, na = n->list.len;
  // f(g()) where g returns several values: each result is an argument.
  if (na == 1 && !n->has_ellipsis) {
    Node *a = n->list.data[0];
    Node *inner = unparen(a);
    if (inner->kind == N_CALL) {
      Operand x = check_expr(chk, a);
      if (x.mode == M_INVALID)
        return;
      if (x.type && x.type->kind == TY_TUPLE) {
        Type *tt = x.type;
        int fixed = sig->variadic ? np - 1 : np;
        if (tt->nfields < fixed || (!sig->variadic && tt->nfields > np)) {
          Type **have = xmalloc(sizeof(Type *) * tt->nfields);
          for (int i = 0; i < tt->nfields; i++)
            have[i] = tt->fields[i].type;
          arg_count_error(start_pos(a), tt->nfields < fixed, expr_string(n->x), sig, have, tt->nfields);
          return;
        }
        for (int i = 0; i < tt->nfields; i++) {
          Type *pt = i < fixed ? sig->fields[i].type : sig->fields[np - 1].type->elem;
          if (!assignable(tt->fields[i].type, pt, NULL))
            error_at(a->pos, "cannot use %s value as %s value in argument to %s",
                     type_string_checker(tt->fields[i].type), type_string_checker(pt), expr_string(n->x));
        }
        n->checked = 2; // lower.c: spread the tuple over the parameters
        return;
      }
      if (x.mode == M_NOVALUE) {
        error_at(start_pos(a), "%s (no value) used as value", expr_string(a));
        return;
      }
      int fixed = sig->variadic ? np - 1 : np;
      if (fixed > 1 || (!sig->variadic && np == 0)) {
        arg_count_error(start_pos(a), fixed > 1, expr_string(n->x), sig, &x.type, 1);
        return;
      }
      Type *pt = fixed == 1 ? sig->fields[0].type : sig->fields[np - 1].type->elem;
      single_value(a, &x);
      assign_arg(n, a, &x, pt);
      return;
    }
  }
  int fixed = sig->variadic ? np - 1 : np;
  if (n->has_ellipsis && !sig->variadic) {
    error_at(n->pos, "have (...) but function is not variadic: %s", expr_string(n->x));
    return;
  }
  if (na < fixed || (!sig->variadic && na > np) || (n->has_ellipsis && na != np)) {
    bool few = na < fixed || (n->has_ellipsis && na < np);
    Type **have = xmalloc(sizeof(Type *) * (na + 1));
    for (int i = 0; i < na; i++) {
      Operand x = check_expr(chk, n->list.data[i]);
      have[i] = x.mode == M_INVALID ? ty_invalid : x.type;
    }
    // At the last argument (or the call) when too few, else the first extra one.
    Pos at = few ? (na ? start_pos(n->list.data[na - 1]) : start_pos(n)) : start_pos(n->list.data[np]);
    arg_count_error(at, few, expr_string(n->x), sig, have, na);
    return;
  }
  for (int i = 0; i < na; i++) {
    Node *a = n->list.data[i];
    Type *pt;
    if (i < fixed)
      pt = sig->fields[i].type;
    else if (n->has_ellipsis)
      pt = sig->fields[np - 1].type;
    else
      pt = sig->fields[np - 1].type->elem;
    Operand x = check_rvalue(chk, a);
    assign_arg(n, a, &x, pt);
  }
}

Operand check_call(Checker *chk, Node *n) {
  Operand f;
  if (!generic_callee(chk, n, &f))
    f = check_expr_or_type(chk, n->x);
  if (f.mode == M_INVALID) {
    for (int i = 0; i < n->list.len; i++)
      use_expr(chk, n->list.data[i]);
    return invalid_operand(n);
  }
  if (f.mode == M_TYPE)
    return conversion(chk, n, f.type);
  if (f.mode == M_BUILTIN) {
    Operand r = builtin(chk, n, n->x->obj->builtin);
    if (r.mode != M_CONST && r.mode != M_INVALID)   // types2: a non-constant result
      chk->has_call_or_recv = true;                 // implies a function call
    return r;
  }
  chk->has_call_or_recv = true;
  Type *sig = under(f.type);
  if (!sig || sig->kind != TY_FUNC) {
    error_at(start_pos(n->x), "invalid operation: cannot call non-function %s", operand_desc(n->x, &f));
    for (int i = 0; i < n->list.len; i++)
      use_expr(chk, n->list.data[i]);
    return invalid_operand(n);
  }
  check_args(chk, n, sig);
  if (sig->nresults == 0) {
    n->type = NULL;
    return (Operand){M_NOVALUE, NULL, NULL};
  }
  if (sig->nresults == 1)
    return value_operand(n, sig->results[0].type);
  Type **ts = xmalloc(sizeof(Type *) * sig->nresults);
  for (int i = 0; i < sig->nresults; i++)
    ts[i] = sig->results[i].type;
  return value_operand(n, tuple_of(ts, sig->nresults));
}
