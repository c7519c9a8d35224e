// mathintr.c — package math's one-instruction functions. math compiles from
// Go's source; on amd64 Go declares archSqrt, archFloor, archCeil and
// archTrunc without a body (sqrt_asm.go, floor_asm.go: assembly), and gc's
// backend turns calls of Sqrt, Floor, Ceil, Trunc and RoundToEven into an
// instruction (ssagen's intrinsics). escgo gives those declarations a body
// here, the LLVM intrinsic each stands for, linkonce_odr and always
// inlined as sync/atomic's (codegen/atomic.c).
//
// A package that calls math's exported functions declares them (gc's
// inliner never inlines an intrinsic, and a call of Abs survives under -l):
// those declarations get the same kind of body, so the call compiles to the
// instruction, not to a call of math's compiled function. Both compute
// what math's Go does: the IEEE operation, or the bits reinterpreted.
#include "internal.h"

#include <string.h>

typedef enum { MI_NONE, MI_UNARY, MI_BINARY, MI_TERNARY, MI_BITCAST } MathKind;

static const struct {
  const char *name;    // in package math
  const char *intr;    // the LLVM intrinsic (f64), or NULL for a bit cast
  MathKind kind;
  bool exported;       // an exported function (its own body is Go's): only a declaration
                       // in another package's module gets this one
} math_fns[] = {
    {"archSqrt", "llvm.sqrt.f64", MI_UNARY, false},
    {"archFloor", "llvm.floor.f64", MI_UNARY, false},
    {"archCeil", "llvm.ceil.f64", MI_UNARY, false},
    {"archTrunc", "llvm.trunc.f64", MI_UNARY, false},
    {"Sqrt", "llvm.sqrt.f64", MI_UNARY, true},
    {"Floor", "llvm.floor.f64", MI_UNARY, true},
    {"Ceil", "llvm.ceil.f64", MI_UNARY, true},
    {"Trunc", "llvm.trunc.f64", MI_UNARY, true},
    {"RoundToEven", "llvm.nearbyint.f64", MI_UNARY, true},   // Go's rounding mode is always nearest-even
    {"Abs", "llvm.fabs.f64", MI_UNARY, true},
    {"Copysign", "llvm.copysign.f64", MI_BINARY, true},
    {"FMA", "llvm.fma.f64", MI_TERNARY, true},
    {"Float64bits", NULL, MI_BITCAST, true},
    {"Float64frombits", NULL, MI_BITCAST, true},
    {"Float32bits", NULL, MI_BITCAST, true},
    {"Float32frombits", NULL, MI_BITCAST, true},
};

static int math_index(const char *lname) {
  static const char prefix[] = "math.";
  if (!lname || strncmp(lname, prefix, sizeof prefix - 1))
    return -1;
  for (size_t i = 0; i < sizeof math_fns / sizeof *math_fns; i++)
    if (!strcmp(lname + sizeof prefix - 1, math_fns[i].name))
      return (int)i;
  return -1;
}

// The bodyless declarations of math's own files that codegen defines.
bool cg_math_defines_bodyless(const char *lname) {
  int i = math_index(lname);
  return i >= 0 && !math_fns[i].exported;
}

static LLVMValueRef intrinsic(CG *cg, const char *name, unsigned nargs) {
  LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
  if (fn)
    return fn;
  LLVMTypeRef params[3] = {cg->f64, cg->f64, cg->f64};
  return LLVMAddFunction(cg->mod, name, LLVMFunctionType(cg->f64, params, nargs, false));
}

bool cg_math_body(CG *cg, Func *f, LLVMValueRef fn) {
  int i = math_index(f->lname);
  if (i < 0 || f->body || LLVMCountBasicBlocks(fn))
    return false;
  unsigned nargs = LLVMCountParams(fn);
  LLVMTypeRef ret = LLVMGetReturnType(LLVMGlobalGetValueType(fn));
  LLVMBuilderRef b = LLVMCreateBuilderInContext(cg->ctx);
  LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(cg->ctx, fn, "entry"));
  LLVMValueRef r;
  if (math_fns[i].kind == MI_BITCAST) {
    r = LLVMBuildBitCast(b, LLVMGetParam(fn, 0), ret, "");
  } else {
    LLVMValueRef args[3];
    for (unsigned k = 0; k < nargs && k < 3; k++)
      args[k] = LLVMGetParam(fn, k);
    LLVMValueRef in = intrinsic(cg, math_fns[i].intr, nargs);
    r = LLVMBuildCall2(b, LLVMGlobalGetValueType(in), in, args, nargs, "");
  }
  LLVMBuildRet(b, r);
  LLVMDisposeBuilder(b);
  cg_inline_definition(cg, fn);   // (codegen/atomic.c)
  return true;
}
