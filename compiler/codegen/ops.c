// codegen/ops.c — operators with Go's semantics (wrap-around integers, checked
// division, shifts by any count), comparisons of every comparable type,
// numeric conversions, and boxing into interfaces. Complex arithmetic and
// conversions are in complex.c.
#include "internal.h"

#include <string.h>

static LLVMValueRef ext(CG *cg, LLVMValueRef v, int i) { return cg_extract(cg, v, (unsigned)i); }

static bool is_int_type(Type *t) { return is_integer(t); }

LLVMValueRef cg_unary(CG *cg, IRExpr *e) {
  LLVMValueRef x = cg_expr(cg, e->x);
  Type *t = e->type;
  switch (e->op) {
  case T_ADD:
    return x;
  case T_SUB:
    if (is_float(t))
      return LLVMBuildFNeg(cg->b, x, "");
    if (is_complex(t))
      return cg_complex_neg(cg, x);
    return LLVMBuildSub(cg->b, LLVMConstNull(LLVMTypeOf(x)), x, "");
  case T_NOT:
    return LLVMBuildXor(cg->b, x, LLVMConstInt(cg->i8, 1, 0), "");
  case T_XOR:
    return LLVMBuildNot(cg->b, x, "");
  default:
    ice("codegen: unary op %d", e->op);
  }
}

// x / y and x % y: a zero divisor panics; for signed types x / -1 is -x and
// x % -1 is 0 without dividing (MinInt / -1 would trap on x86).
static LLVMValueRef divide(CG *cg, TokKind op, Type *t, LLVMValueRef x, LLVMValueRef y) {
  LLVMTypeRef ty = LLVMTypeOf(x);
  LLVMValueRef zero = LLVMConstNull(ty);
  if (!(LLVMIsAConstantInt(y) && !LLVMIsNull(y)))
    cg_check(cg, LLVMBuildICmp(cg->b, LLVMIntEQ, y, zero, ""), "escgo_panic_divide", NULL, 0);
  if (is_unsigned(t))
    return op == T_QUO ? LLVMBuildUDiv(cg->b, x, y, "") : LLVMBuildURem(cg->b, x, y, "");
  if (LLVMIsAConstantInt(y)) {   // a constant divisor: no run-time -1 test
    if (LLVMConstIntGetSExtValue(y) == -1)
      return op == T_QUO ? LLVMBuildSub(cg->b, zero, x, "") : zero;
    return op == T_QUO ? LLVMBuildSDiv(cg->b, x, y, "") : LLVMBuildSRem(cg->b, x, y, "");
  }
  LLVMValueRef minus1 = LLVMConstAllOnes(ty);
  LLVMValueRef is_m1 = LLVMBuildICmp(cg->b, LLVMIntEQ, y, minus1, "");
  LLVMValueRef safe_y = LLVMBuildSelect(cg->b, is_m1, LLVMConstInt(ty, 1, 0), y, "");
  if (op == T_QUO) {
    LLVMValueRef q = LLVMBuildSDiv(cg->b, x, safe_y, "");
    return LLVMBuildSelect(cg->b, is_m1, LLVMBuildSub(cg->b, zero, x, ""), q, "");
  }
  LLVMValueRef r = LLVMBuildSRem(cg->b, x, safe_y, "");
  return LLVMBuildSelect(cg->b, is_m1, zero, r, "");
}

// x << y, x >> y for any integer count type: negative signed counts panic,
// counts >= the width give 0 (or the sign for signed >>).
static LLVMValueRef shift(CG *cg, TokKind op, Type *t, LLVMValueRef x, Type *yt, LLVMValueRef y) {
  LLVMTypeRef ty = LLVMTypeOf(x);
  unsigned width = LLVMGetIntTypeWidth(ty);
  if (!is_unsigned(yt) && !LLVMIsAConstantInt(y)) {
    LLVMValueRef neg = LLVMBuildICmp(cg->b, LLVMIntSLT, y, LLVMConstNull(LLVMTypeOf(y)), "");
    cg_check(cg, neg, "escgo_panic_shift", NULL, 0);
  }
  LLVMValueRef n = LLVMTypeOf(y) == cg->i64 ? y : LLVMBuildZExt(cg->b, y, cg->i64, "");
  LLVMValueRef big = LLVMBuildICmp(cg->b, LLVMIntUGE, n, cg_i64(cg, width), "");
  LLVMValueRef nx = LLVMBuildSelect(cg->b, big, cg_i64(cg, 0), n, "");
  if (width < 64)
    nx = LLVMBuildTrunc(cg->b, nx, ty, "");
  bool sgn = !is_unsigned(t);
  LLVMValueRef r, over;
  if (op == T_SHL) {
    r = LLVMBuildShl(cg->b, x, nx, "");
    over = LLVMConstNull(ty);
  } else if (sgn) {
    r = LLVMBuildAShr(cg->b, x, nx, "");
    over = LLVMBuildAShr(cg->b, x, LLVMConstInt(ty, width - 1, 0), "");
  } else {
    r = LLVMBuildLShr(cg->b, x, nx, "");
    over = LLVMConstNull(ty);
  }
  return LLVMBuildSelect(cg->b, big, over, r, "");
}

static LLVMValueRef arith_int(CG *cg, TokKind op, Type *t, LLVMValueRef x, LLVMValueRef y) {
  switch (op) {
  case T_ADD: return LLVMBuildAdd(cg->b, x, y, "");
  case T_SUB: return LLVMBuildSub(cg->b, x, y, "");
  case T_MUL: return LLVMBuildMul(cg->b, x, y, "");
  case T_QUO: case T_REM: return divide(cg, op, t, x, y);
  case T_AND: return LLVMBuildAnd(cg->b, x, y, "");
  case T_OR: return LLVMBuildOr(cg->b, x, y, "");
  case T_XOR: return LLVMBuildXor(cg->b, x, y, "");
  case T_AND_NOT: return LLVMBuildAnd(cg->b, x, LLVMBuildNot(cg->b, y, ""), "");
  default: ice("codegen: integer op %d", op);
  }
}

static LLVMValueRef arith_float(CG *cg, TokKind op, LLVMValueRef x, LLVMValueRef y) {
  switch (op) {
  case T_ADD: return LLVMBuildFAdd(cg->b, x, y, "");
  case T_SUB: return LLVMBuildFSub(cg->b, x, y, "");
  case T_MUL: return LLVMBuildFMul(cg->b, x, y, "");
  case T_QUO: return LLVMBuildFDiv(cg->b, x, y, "");
  default: ice("codegen: float op %d", op);
  }
}

static bool is_cmp(TokKind op) {
  return op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ || op == T_GTR || op == T_GEQ;
}

// An IR_ZERO interface/slice operand lets == nil test a single word.
static LLVMValueRef compare_nil(CG *cg, TokKind op, IRExpr *other) {
  LLVMValueRef v = cg_expr(cg, other);
  Type *t = under(other->type);
  LLVMValueRef w = (t->kind == TY_INTERFACE || t->kind == TY_SLICE) ? ext(cg, v, 0) : v;
  LLVMValueRef c = LLVMBuildICmp(cg->b, op == T_EQL ? LLVMIntEQ : LLVMIntNE, w,
                                 LLVMConstNull(LLVMTypeOf(w)), "");
  return cg_bool(cg, c);
}

static bool is_nil_operand(IRExpr *e) {
  TypeKind k = under(e->type)->kind;
  return e->kind == IR_ZERO && (k == TY_INTERFACE || k == TY_SLICE || k == TY_PTR ||
                                k == TY_MAP || k == TY_CHAN || k == TY_FUNC ||
                                k == TY_UNSAFEPTR);
}

LLVMValueRef cg_binary(CG *cg, IRExpr *e) {
  TokKind op = e->op;
  if ((op == T_EQL || op == T_NEQ) && is_nil_operand(e->y))
    return compare_nil(cg, op, e->x);
  if ((op == T_EQL || op == T_NEQ) && is_nil_operand(e->x))
    return compare_nil(cg, op, e->y);
  LLVMValueRef xy[2];
  cg_expr_list(cg, (IRExpr *[]){e->x, e->y}, 2, xy);   // s[i] + g(): g first, as gc
  LLVMValueRef x = xy[0], y = xy[1];
  Type *t = e->x->type;
  if (is_cmp(op))
    return cg_compare(cg, op, t, x, y);
  if (op == T_SHL || op == T_SHR)
    return shift(cg, op, t, x, e->y->type, y);
  TypeKind k = under(t)->kind;
  if (k == TY_COMPLEX64 || k == TY_COMPLEX128)
    return cg_complex_arith(cg, op, x, y);
  if (is_float(t))
    return arith_float(cg, op, x, y);
  if (is_int_type(t))
    return arith_int(cg, op, t, x, y);
  ice("codegen: binary op %d on %s", op, type_string(t, true));
}

// ---------------------------------------------------------------- comparisons

static LLVMIntPredicate int_pred(TokKind op, bool sgn) {
  switch (op) {
  case T_EQL: return LLVMIntEQ;
  case T_NEQ: return LLVMIntNE;
  case T_LSS: return sgn ? LLVMIntSLT : LLVMIntULT;
  case T_LEQ: return sgn ? LLVMIntSLE : LLVMIntULE;
  case T_GTR: return sgn ? LLVMIntSGT : LLVMIntUGT;
  default: return sgn ? LLVMIntSGE : LLVMIntUGE;
  }
}

// Go's != is true for NaN operands: unordered-or-not-equal; the rest ordered.
static LLVMRealPredicate float_pred(TokKind op) {
  switch (op) {
  case T_EQL: return LLVMRealOEQ;
  case T_NEQ: return LLVMRealUNE;
  case T_LSS: return LLVMRealOLT;
  case T_LEQ: return LLVMRealOLE;
  case T_GTR: return LLVMRealOGT;
  default: return LLVMRealOGE;
  }
}

static LLVMValueRef cmp_string(CG *cg, TokKind op, LLVMValueRef x, LLVMValueRef y) {
  LLVMTypeRef ps[] = {cg->ptr, cg->i64, cg->ptr, cg->i64};
  LLVMValueRef args[] = {ext(cg, x, 0), ext(cg, x, 1), ext(cg, y, 0), ext(cg, y, 1)};
  if (op == T_EQL || op == T_NEQ) {
    LLVMValueRef eq = cg_rtcall(cg, "escgo_streq", cg->i8, ps, args, 4);
    LLVMValueRef c = LLVMBuildICmp(cg->b, op == T_EQL ? LLVMIntNE : LLVMIntEQ, eq,
                                   LLVMConstNull(cg->i8), "");
    return c;
  }
  LLVMValueRef r = cg_rtcall(cg, "escgo_strcmp", cg->i64, ps, args, 4);
  return LLVMBuildICmp(cg->b, int_pred(op, true), r, cg_i64(cg, 0), "");
}

static LLVMValueRef cmp_iface(CG *cg, TokKind op, LLVMValueRef x, LLVMValueRef y) {
  LLVMTypeRef ps[] = {cg->ptr, cg->ptr, cg->ptr, cg->ptr};
  LLVMValueRef args[] = {ext(cg, x, 0), ext(cg, x, 1), ext(cg, y, 0), ext(cg, y, 1)};
  LLVMValueRef eq = cg_rtcall(cg, "escgo_efaceeq", cg->i8, ps, args, 4);
  return LLVMBuildICmp(cg->b, op == T_EQL ? LLVMIntNE : LLVMIntEQ, eq, LLVMConstNull(cg->i8), "");
}

static LLVMValueRef cmp_i1(CG *cg, TokKind op, Type *t, LLVMValueRef x, LLVMValueRef y);

// Number of scalar comparisons a field-wise == would take (capped).
static int64_t cmp_cost(Type *t) {
  Type *u = under(t);
  if (u->kind == TY_ARRAY)
    return u->len * cmp_cost(u->elem);
  if (u->kind == TY_STRUCT) {
    int64_t n = 0;
    for (int i = 0; i < u->nfields && n < 1000; i++)
      n += cmp_cost(u->fields[i].type);
    return n;
  }
  return 1;
}

// Structs and arrays: field-wise when small, else escgo_memequal on copies.
static LLVMValueRef cmp_aggregate(CG *cg, TokKind op, Type *t, LLVMValueRef x, LLVMValueRef y) {
  Type *u = under(t);
  LLVMValueRef eq;
  if (cmp_cost(t) > 16) {
    LLVMValueRef px = cg_alloca(cg, cg_type(cg, t), cg_align(t)), py = cg_alloca(cg, cg_type(cg, t), cg_align(t));
    cg_store(cg, x, px);
    cg_store(cg, y, py);
    LLVMTypeRef ps[] = {cg->ptr, cg->ptr, cg->ptr};
    LLVMValueRef args[] = {cg_type_desc(cg, t), px, py};
    eq = cg_cond(cg, cg_rtcall(cg, "escgo_memequal", cg->i8, ps, args, 3));
  } else {
    eq = LLVMConstInt(cg->i1, 1, 0);
    bool is_struct = u->kind == TY_STRUCT;
    int64_t n = is_struct ? u->nfields : u->len;
    for (int64_t i = 0; i < n; i++) {
      Type *ft = is_struct ? u->fields[i].type : u->elem;
      if (is_struct && u->fields[i].name && !strcmp(u->fields[i].name, "_"))
        continue;   // blank fields do not take part in ==
      unsigned li = is_struct ? (unsigned)cg_field_index(cg, t, (int)i) : (unsigned)i;
      LLVMValueRef c = cmp_i1(cg, T_EQL, ft, ext(cg, x, li), ext(cg, y, li));
      eq = LLVMBuildAnd(cg->b, eq, c, "");
    }
  }
  return op == T_EQL ? eq : LLVMBuildNot(cg->b, eq, "");
}

static LLVMValueRef cmp_i1(CG *cg, TokKind op, Type *t, LLVMValueRef x, LLVMValueRef y) {
  Type *u = under(t);
  switch (u->kind) {
  case TY_STRING: return cmp_string(cg, op, x, y);
  case TY_INTERFACE: return cmp_iface(cg, op, x, y);
  case TY_STRUCT: case TY_ARRAY: return cmp_aggregate(cg, op, t, x, y);
  case TY_FLOAT32: case TY_FLOAT64:
    return LLVMBuildFCmp(cg->b, float_pred(op), x, y, "");
  case TY_COMPLEX64: case TY_COMPLEX128: {
    LLVMValueRef re = LLVMBuildFCmp(cg->b, LLVMRealOEQ, ext(cg, x, 0), ext(cg, y, 0), "");
    LLVMValueRef im = LLVMBuildFCmp(cg->b, LLVMRealOEQ, ext(cg, x, 1), ext(cg, y, 1), "");
    LLVMValueRef eq = LLVMBuildAnd(cg->b, re, im, "");
    return op == T_EQL ? eq : LLVMBuildNot(cg->b, eq, "");
  }
  case TY_SLICE:   // only == nil is legal; compare the data pointers
    return LLVMBuildICmp(cg->b, int_pred(op, false), ext(cg, x, 0), ext(cg, y, 0), "");
  default:
    if (LLVMGetTypeKind(LLVMTypeOf(x)) == LLVMPointerTypeKind && LLVMTypeOf(x) != LLVMTypeOf(y))
      y = cg_castptr(cg, y, LLVMTypeOf(x));
    return LLVMBuildICmp(cg->b, int_pred(op, !is_unsigned(t)), x, y, "");
  }
}

LLVMValueRef cg_compare(CG *cg, TokKind op, Type *t, LLVMValueRef x, LLVMValueRef y) {
  return cg_bool(cg, cmp_i1(cg, op, t, x, y));
}

// ---------------------------------------------------------------- conversions

// float64 -> int64 as amd64's CVTTSD2SQ: out of range or NaN gives MinInt64
// (LLVM's fptosi would be poison there).
static LLVMValueRef f64_to_i64(CG *cg, LLVMValueRef f) {
  LLVMValueRef lo = LLVMBuildFCmp(cg->b, LLVMRealOGE, f, LLVMConstReal(cg->f64, -9223372036854775808.0), "");
  LLVMValueRef hi = LLVMBuildFCmp(cg->b, LLVMRealOLT, f, LLVMConstReal(cg->f64, 9223372036854775808.0), "");
  LLVMValueRef ok = LLVMBuildAnd(cg->b, lo, hi, "");
  LLVMValueRef safe = LLVMBuildSelect(cg->b, ok, f, LLVMConstReal(cg->f64, 0), "");
  LLVMValueRef i = LLVMBuildFPToSI(cg->b, safe, cg->i64, "");
  return LLVMBuildSelect(cg->b, ok, i, cg_i64(cg, INT64_MIN), "");
}

// float64 -> uint64 as gc on amd64: values >= 2^63 go through x - 2^63.
static LLVMValueRef f64_to_u64(CG *cg, LLVMValueRef f) {
  LLVMValueRef two63 = LLVMConstReal(cg->f64, 9223372036854775808.0);
  LLVMValueRef small = LLVMBuildFCmp(cg->b, LLVMRealOLT, f, two63, "");
  LLVMValueRef a = f64_to_i64(cg, f);
  LLVMValueRef b = LLVMBuildXor(cg->b, f64_to_i64(cg, LLVMBuildFSub(cg->b, f, two63, "")),
                                cg_i64(cg, INT64_MIN), "");
  return LLVMBuildSelect(cg->b, small, a, b, "");
}

static LLVMValueRef float_to_int(CG *cg, LLVMValueRef v, Type *to) {
  if (LLVMTypeOf(v) != cg->f64)
    v = LLVMBuildFPExt(cg->b, v, cg->f64, "");
  LLVMTypeRef ty = cg_type(cg, to);
  bool u64 = is_unsigned(to) && LLVMGetIntTypeWidth(ty) == 64;
  LLVMValueRef i = u64 ? f64_to_u64(cg, v) : f64_to_i64(cg, v);
  return ty == cg->i64 ? i : LLVMBuildTrunc(cg->b, i, ty, "");
}

LLVMValueRef cg_conv(CG *cg, LLVMValueRef v, Type *from, Type *to) {
  LLVMTypeRef fty = LLVMTypeOf(v), tty = cg_type(cg, to);
  bool fint = is_integer(from), tint = is_integer(to);
  bool ffl = is_float(from), tfl = is_float(to);
  if (fint && tint) {
    unsigned fw = LLVMGetIntTypeWidth(fty), tw = LLVMGetIntTypeWidth(tty);
    if (fw == tw)
      return v;
    if (fw > tw)
      return LLVMBuildTrunc(cg->b, v, tty, "");
    return is_unsigned(from) ? LLVMBuildZExt(cg->b, v, tty, "") : LLVMBuildSExt(cg->b, v, tty, "");
  }
  if (fint && tfl)
    return is_unsigned(from) ? LLVMBuildUIToFP(cg->b, v, tty, "") : LLVMBuildSIToFP(cg->b, v, tty, "");
  if (ffl && tint)
    return float_to_int(cg, v, to);
  if (ffl && tfl) {
    if (fty == tty)
      return v;
    return tty == cg->f64 ? LLVMBuildFPExt(cg->b, v, tty, "") : LLVMBuildFPTrunc(cg->b, v, tty, "");
  }
  if (is_complex(from) && is_complex(to))
    return cg_complex_conv(cg, v, tty);
  if (fty == tty)
    return v;   // named <-> underlying, string, bool, pointers
  bool fptr = LLVMGetTypeKind(fty) == LLVMPointerTypeKind, tptr = LLVMGetTypeKind(tty) == LLVMPointerTypeKind;
  if (fptr && tptr)
    return cg_castptr(cg, v, tty);
  if (fptr && tint)   // uintptr(unsafe.Pointer(p))
    return LLVMBuildPtrToInt(cg->b, v, tty, "");
  if (fint && tptr)   // unsafe.Pointer(u)
    return LLVMBuildIntToPtr(cg->b, v, tty, "");
  ice("codegen: conversion %s -> %s", type_string(from, true), type_string(to, true));
}

// ---------------------------------------------------------------- boxing

// A private constant global (generic pointer) holding init.
static LLVMValueRef const_global(CG *cg, LLVMValueRef init, const char *name) {
  LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, name);
  if (g && name[0] != '.')
    return cg_castptr(cg, g, cg->ptr);
  g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), name);
  LLVMSetInitializer(g, init);
  LLVMSetGlobalConstant(g, 1);
  LLVMSetLinkage(g, LLVMPrivateLinkage);
  LLVMSetAlignment(g, 8);
  return cg_castptr(cg, g, cg->ptr);
}

// gc's zeroVal: data word for boxed zero-size values, "" and nil slices.
static LLVMValueRef zeroval(CG *cg) {
  return const_global(cg, LLVMConstNull(LLVMArrayType(cg->i8, 1024)), "escgo.zeroval");
}

// gc's staticuint64s: boxing a small integer points into this table.
static LLVMValueRef staticuint64s(CG *cg) {
  if (LLVMGetNamedGlobal(cg->mod, "escgo.staticuint64s"))
    return cg_castptr(cg, LLVMGetNamedGlobal(cg->mod, "escgo.staticuint64s"), cg->ptr);
  LLVMValueRef v[256];
  for (int i = 0; i < 256; i++)
    v[i] = LLVMConstInt(cg->i64, i, 0);
  return const_global(cg, LLVMConstArray(cg->i64, v, 256), "escgo.staticuint64s");
}

// The value itself is the data word: dig the pointer out of struct{p *T} etc.
static LLVMValueRef pointer_word(CG *cg, LLVMValueRef v) {
  while (LLVMGetTypeKind(LLVMTypeOf(v)) == LLVMStructTypeKind ||
         LLVMGetTypeKind(LLVMTypeOf(v)) == LLVMArrayTypeKind)
    v = cg_extract(cg, v, 0);
  return cg_castptr(cg, v, cg->ptr);
}

// The single byte of a bool/byte-sized value (possibly wrapped in structs).
static LLVMValueRef pointer_free_byte(CG *cg, LLVMValueRef v) {
  while (LLVMGetTypeKind(LLVMTypeOf(v)) == LLVMStructTypeKind ||
         LLVMGetTypeKind(LLVMTypeOf(v)) == LLVMArrayTypeKind)
    v = cg_extract(cg, v, 0);
  return v;
}

static Type *sole_component(Type *t) {
  for (;;) {
    Type *u = under(t);
    if (u->kind == TY_STRUCT && u->nfields == 1)
      t = u->fields[0].type;
    else if (u->kind == TY_ARRAY && u->len == 1)
      t = u->elem;
    else
      return t;
  }
}

static LLVMValueRef heap_copy(CG *cg, LLVMValueRef v, Type *t) {
  LLVMTypeRef ps[] = {cg->i64, cg->i32};
  LLVMValueRef args[] = {cg_i64(cg, cg_size(t)), LLVMConstInt(cg->i32, cg_has_ptrs(t), 0)};
  LLVMValueRef p = cg_rtcall(cg, "escgo_alloc", cg->ptr, ps, args, 2);
  cg_store(cg, v, p);
  return p;
}

// cond ? static_ptr : heap copy of v — gc's convT16/32/64, convTstring, convTslice.
static LLVMValueRef heap_unless(CG *cg, LLVMValueRef cond, LLVMValueRef static_ptr, LLVMValueRef v, Type *t) {
  SlowPath sp = cg_slow_begin(cg, cond, "box.alloc", "box.done");
  return cg_slow_end(cg, sp, static_ptr, heap_copy(cg, v, t));
}

// The heap path of boxing, avoiding the allocation where gc's runtime does.
static LLVMValueRef box_heap(CG *cg, LLVMValueRef v, Type *t) {
  int64_t size = cg_size(t);
  Type *u = under(t);
  if (u->kind == TY_STRING) {
    LLVMValueRef empty = LLVMBuildICmp(cg->b, LLVMIntEQ, ext(cg, v, 1), cg_i64(cg, 0), "");
    return heap_unless(cg, empty, zeroval(cg), v, t);
  }
  if (u->kind == TY_SLICE) {
    LLVMValueRef isnil = LLVMBuildICmp(cg->b, LLVMIntEQ, ext(cg, v, 0), LLVMConstNull(cg->ptr), "");
    return heap_unless(cg, isnil, zeroval(cg), v, t);
  }
  if (!cg_has_ptrs(t) && (size == 2 || size == 4 || size == 8) && cg_align(t) == size) {
    LLVMTypeRef ity = LLVMIntTypeInContext(cg->ctx, (unsigned)size * 8);
    LLVMValueRef tmp = cg_alloca(cg, cg_type(cg, t), size);
    cg_store(cg, v, tmp);
    LLVMValueRef bits = cg_load(cg, ity, tmp);
    if (size < 8)
      bits = LLVMBuildZExt(cg->b, bits, cg->i64, "");
    LLVMValueRef small = LLVMBuildICmp(cg->b, LLVMIntULT, bits, cg_i64(cg, 256), "");
    LLVMValueRef slot = cg_gep_elem(cg, cg->i64, staticuint64s(cg), bits);
    return heap_unless(cg, small, slot, v, t);
  }
  return heap_copy(cg, v, t);
}

// The data word of a non-pointer-shaped value, case by case as gc's
// walk/convert.go dataWord, so that allocation counts match Go's.
static LLVMValueRef data_word(CG *cg, IRExpr *e, Type *t) {
  IRExpr *x = e->x;
  int64_t size = cg_size(t);
  Type *sole = sole_component(t);
  if (size == 0) {
    cg_expr(cg, x);   // for its side effects
    return zeroval(cg);
  }
  if (is_boolean(sole) || (size == 1 && is_integer(sole))) {
    LLVMValueRef v = pointer_free_byte(cg, cg_expr(cg, x));
    LLVMValueRef idx = LLVMBuildZExt(cg->b, v, cg->i64, "");
    return cg_gep_elem(cg, cg->i64, staticuint64s(cg), idx);
  }
  if (x->kind == IR_CONST) {
    LLVMValueRef v = cg_expr(cg, x);
    return const_global(cg, v, ".boxconst");
  }
  if (e->site && e->site->verdict == V_STACK) {
    LLVMValueRef p = cg_site_alloc(cg, e->site);
    cg_store_expr(cg, p, x, t);
    return p;
  }
  LLVMValueRef v = cg_expr(cg, x);
  cg_prof_mark(cg, e->site);
  LLVMValueRef p = box_heap(cg, v, t);   // small values come from a static table
  cg_prof_clear(cg);
  return p;
}

LLVMValueRef cg_box(CG *cg, IRExpr *e) {
  Type *from = e->x->type;
  if (is_interface(from))
    return cg_expr(cg, e->x);   // interfaces share one {type, data} representation
  LLVMValueRef desc = cg_type_desc(cg, from);
  LLVMValueRef data;
  if (is_pointer_shaped(from))
    data = pointer_word(cg, cg_expr(cg, e->x));
  else
    data = data_word(cg, e, from);
  LLVMValueRef r = LLVMGetUndef(cg->ifacety);
  r = LLVMBuildInsertValue(cg->b, r, desc, 0, "");
  return LLVMBuildInsertValue(cg->b, r, cg_castptr(cg, data, cg->ptr), 1, "");
}
