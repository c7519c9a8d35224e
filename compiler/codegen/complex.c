// codegen/complex.c — complex64 and complex128 values, as gc's SSA
// back end computes them. A complex value is the LLVM struct {re, im} of
// its float type. + and - work part by part in that type; * works in
// float64 even for complex64 (gc widens "to minimize cancellation error")
// and narrows back; / calls the runtime's complex128div, Go's algorithm
// with its infinity and NaN corrections, on widened operands — so dividing
// by zero gives Inf or NaN, never a panic.
#include "internal.h"

static LLVMValueRef part(CG *cg, LLVMValueRef v, int i) { return cg_extract(cg, v, (unsigned)i); }

static LLVMValueRef make(CG *cg, LLVMTypeRef ty, LLVMValueRef re, LLVMValueRef im) {
  LLVMValueRef r = LLVMGetUndef(ty);
  r = LLVMBuildInsertValue(cg->b, r, re, 0, "");
  return LLVMBuildInsertValue(cg->b, r, im, 1, "");
}

static LLVMValueRef widen(CG *cg, LLVMValueRef f) {
  return LLVMTypeOf(f) == cg->f64 ? f : LLVMBuildFPExt(cg->b, f, cg->f64, "");
}

static LLVMValueRef narrow(CG *cg, LLVMValueRef f, LLVMTypeRef to) {
  return to == cg->f64 ? f : LLVMBuildFPTrunc(cg->b, f, to, "");
}

// (a+bi)(c+di) = (ac-bd) + (ad+bc)i, in float64.
static LLVMValueRef mul(CG *cg, LLVMTypeRef ty, LLVMValueRef x, LLVMValueRef y) {
  LLVMValueRef a = widen(cg, part(cg, x, 0)), b = widen(cg, part(cg, x, 1));
  LLVMValueRef c = widen(cg, part(cg, y, 0)), d = widen(cg, part(cg, y, 1));
  LLVMValueRef re = LLVMBuildFSub(cg->b, LLVMBuildFMul(cg->b, a, c, ""), LLVMBuildFMul(cg->b, b, d, ""), "");
  LLVMValueRef im = LLVMBuildFAdd(cg->b, LLVMBuildFMul(cg->b, a, d, ""), LLVMBuildFMul(cg->b, b, c, ""), "");
  LLVMTypeRef ft = LLVMStructGetTypeAtIndex(ty, 0);
  return make(cg, ty, narrow(cg, re, ft), narrow(cg, im, ft));
}

// escgo_complex128div(n.re, n.im, m.re, m.im, &out): gc's runtime.complex128div.
static LLVMValueRef quo(CG *cg, LLVMTypeRef ty, LLVMValueRef x, LLVMValueRef y) {
  LLVMTypeRef c128 = LLVMStructTypeInContext(cg->ctx, (LLVMTypeRef[]){cg->f64, cg->f64}, 2, 0);
  LLVMValueRef out = cg_alloca(cg, c128, 8);
  LLVMTypeRef ps[] = {cg->f64, cg->f64, cg->f64, cg->f64, cg->ptr};
  LLVMValueRef args[] = {widen(cg, part(cg, x, 0)), widen(cg, part(cg, x, 1)), widen(cg, part(cg, y, 0)),
                         widen(cg, part(cg, y, 1)), out};
  cg_rtcall(cg, "escgo_complex128div", LLVMVoidTypeInContext(cg->ctx), ps, args, 5);
  LLVMValueRef q = cg_load(cg, c128, out);
  LLVMTypeRef ft = LLVMStructGetTypeAtIndex(ty, 0);
  return make(cg, ty, narrow(cg, part(cg, q, 0), ft), narrow(cg, part(cg, q, 1), ft));
}

LLVMValueRef cg_complex_arith(CG *cg, TokKind op, LLVMValueRef x, LLVMValueRef y) {
  LLVMTypeRef ty = LLVMTypeOf(x);
  switch (op) {
  case T_ADD:
    return make(cg, ty, LLVMBuildFAdd(cg->b, part(cg, x, 0), part(cg, y, 0), ""),
                LLVMBuildFAdd(cg->b, part(cg, x, 1), part(cg, y, 1), ""));
  case T_SUB:
    return make(cg, ty, LLVMBuildFSub(cg->b, part(cg, x, 0), part(cg, y, 0), ""),
                LLVMBuildFSub(cg->b, part(cg, x, 1), part(cg, y, 1), ""));
  case T_MUL: return mul(cg, ty, x, y);
  case T_QUO: return quo(cg, ty, x, y);
  default: ice("codegen: complex op %d", op);
  }
}

LLVMValueRef cg_complex_neg(CG *cg, LLVMValueRef x) {
  return make(cg, LLVMTypeOf(x), LLVMBuildFNeg(cg->b, part(cg, x, 0), ""),
              LLVMBuildFNeg(cg->b, part(cg, x, 1), ""));
}

// complex64 <-> complex128: each part converted (rounded to nearest).
LLVMValueRef cg_complex_conv(CG *cg, LLVMValueRef v, LLVMTypeRef to) {
  if (LLVMTypeOf(v) == to)
    return v;
  LLVMTypeRef ft = LLVMStructGetTypeAtIndex(to, 0);
  LLVMValueRef re = part(cg, v, 0), im = part(cg, v, 1);
  if (ft == cg->f64)
    return make(cg, to, widen(cg, re), widen(cg, im));
  return make(cg, to, narrow(cg, re, ft), narrow(cg, im, ft));
}

// complex(x, y), real(x), imag(x).
LLVMValueRef cg_complex_part(CG *cg, IRExpr *e) {
  if (e->kind == IR_COMPLEX) {
    LLVMValueRef xy[2];
    cg_expr_list(cg, (IRExpr *[]){e->x, e->y}, 2, xy);   // gc's order: calls first
    return make(cg, cg_type(cg, e->type), xy[0], xy[1]);
  }
  return part(cg, cg_expr(cg, e->x), e->kind == IR_REAL ? 0 : 1);
}
