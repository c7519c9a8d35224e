// codegen.c — IR (ir/ir.h) to LLVM through the LLVM C API: module setup,
// low-level helpers, allocation sites, functions, statements, passes, and
// object-file emission. Expressions live in expr.c / ops.c / runtime.c
// (complex numbers in complex.c), types and descriptors in types.c. Every
// function takes the CG (the module being built) as its first parameter.
//
// Allocation sites are where escape analysis pays off: a V_STACK site is an
// alloca in the entry block (so SROA/mem2reg can see it) re-zeroed wherever
// the site executes, a V_HEAP site is a call to the runtime's counting
// allocator escgo_alloc, kept as a plain external call so LLVM can never
// delete it and the allocation counts stay what escape analysis decided.
#include "internal.h"

#include <llvm-c/Transforms/PassBuilder.h>
#include <string.h>


// -d=time (driver/main.c): called with the name of each codegen phase as it ends.
void (*codegen_phase_hook)(const char *phase);

static void phase_done(const char *phase) {
  if (codegen_phase_hook)
    codegen_phase_hook(phase);
}

// ---------------------------------------------------------------- pointers

LLVMTypeRef cg_ptrty(CG *cg) {
#if LLVM_VERSION_MAJOR >= 15
  return LLVMPointerTypeInContext(cg->ctx, 0);
#else
  return LLVMPointerType(LLVMInt8TypeInContext(cg->ctx), 0);
#endif
}

// The pointer type to use for a typed access of ty (same as cg->ptr on 15+).
static LLVMTypeRef llptr_to(CG *cg, LLVMTypeRef ty) {
#if LLVM_VERSION_MAJOR >= 15
  (void)ty;
  return cg->ptr;
#else
  return LLVMPointerType(ty, 0);
#endif
}

// The value a pointer bitcast (instruction or constant) was made from.
static LLVMValueRef peel_casts(LLVMValueRef v) {
  for (;;) {
    if (LLVMIsABitCastInst(v))
      v = LLVMGetOperand(v, 0);
    else if (LLVMIsAConstantExpr(v) && LLVMGetConstOpcode(v) == LLVMBitCast)
      v = LLVMGetOperand(v, 0);
    else
      return v;
  }
}

// Casts go back to the pointer a generic pointer was made from, so an
// alloca or GEP used as its own type needs no cast at all (LLVM 14: no
// bitcast chains; the generic-pointer casts left unused are swept by
// sweep_dead). On 15+ every pointer is `ptr` and this returns v.
LLVMValueRef cg_castptr(CG *cg, LLVMValueRef v, LLVMTypeRef ty) {
  if (LLVMTypeOf(v) == ty)
    return v;
  LLVMValueRef u = peel_casts(v);
  if (LLVMTypeOf(u) == ty)
    return u;
  if (LLVMIsConstant(u))
    return LLVMConstBitCast(u, ty);
  return LLVMBuildBitCast(cg->b, u, ty, "");
}

// ---- aggregates in memory, one scalar at a time
//
// FastISel (the -O0 instruction selector) cannot load or store a
// first-class aggregate: one such load sends its whole block to
// SelectionDAG, which is many times slower. So aggregate loads and stores
// are split into their scalar leaves (up to SPLIT_MAX of them; bigger ones
// stay whole), and cg_extract looks through the insertvalue chains this
// builds, which then die unused and are never selected.
enum { SPLIT_MAX = 64 };

static bool is_agg_ty(LLVMTypeRef ty) {
  LLVMTypeKind k = LLVMGetTypeKind(ty);
  return k == LLVMStructTypeKind || k == LLVMArrayTypeKind;
}

// Number of scalar leaves of ty, or -1 when more than max.
static int64_t scalar_count(LLVMTypeRef ty, int64_t max) {
  switch (LLVMGetTypeKind(ty)) {
  case LLVMStructTypeKind: {
    int64_t n = 0;
    unsigned ne = LLVMCountStructElementTypes(ty);
    for (unsigned i = 0; i < ne; i++) {
      int64_t c = scalar_count(LLVMStructGetTypeAtIndex(ty, i), max - n);
      if (c < 0 || (n += c) > max)
        return -1;
    }
    return n;
  }
  case LLVMArrayTypeKind: {
    int64_t len = LLVMGetArrayLength(ty);
    if (len == 0)
      return 0;
    int64_t c = scalar_count(LLVMGetElementType(ty), max);
    if (c < 0 || c * len > max)
      return -1;
    return c * len;
  }
  default:
    return max >= 1 ? 1 : -1;
  }
}

// Typed pointer (LLVM 14) to element i of the aggregate ty at typed pointer tp.
static LLVMValueRef agg_elem_ptr(CG *cg, LLVMTypeRef ty, LLVMValueRef tp, unsigned i) {
  if (LLVMGetTypeKind(ty) == LLVMStructTypeKind)
    return LLVMBuildStructGEP2(cg->b, ty, tp, i, "");
  LLVMValueRef idx[] = {LLVMConstInt(cg->i32, 0, 0), LLVMConstInt(cg->i32, i, 0)};
  return LLVMBuildInBoundsGEP2(cg->b, ty, tp, idx, 2, "");
}

static unsigned agg_len(LLVMTypeRef ty) {
  return LLVMGetTypeKind(ty) == LLVMStructTypeKind ? LLVMCountStructElementTypes(ty)
                                                   : LLVMGetArrayLength(ty);
}

static LLVMTypeRef agg_elem_type(LLVMTypeRef ty, unsigned i) {
  return LLVMGetTypeKind(ty) == LLVMStructTypeKind ? LLVMStructGetTypeAtIndex(ty, i)
                                                   : LLVMGetElementType(ty);
}

static LLVMValueRef load_split(CG *cg, LLVMTypeRef ty, LLVMValueRef tp) {
  if (!is_agg_ty(ty))
    return LLVMBuildLoad2(cg->b, ty, tp, "");
  LLVMValueRef agg = LLVMGetUndef(ty);
  unsigned n = agg_len(ty);
  for (unsigned i = 0; i < n; i++) {
    LLVMValueRef x = load_split(cg, agg_elem_type(ty, i), agg_elem_ptr(cg, ty, tp, i));
    agg = LLVMBuildInsertValue(cg->b, agg, x, i, "");
  }
  return agg;
}

static void store_split(CG *cg, LLVMValueRef v, LLVMValueRef tp) {
  LLVMTypeRef ty = LLVMTypeOf(v);
  if (!is_agg_ty(ty)) {
    LLVMBuildStore(cg->b, v, tp);
    return;
  }
  unsigned n = agg_len(ty);
  for (unsigned i = 0; i < n; i++)
    store_split(cg, cg_extract(cg, v, i), agg_elem_ptr(cg, ty, tp, i));
}

// extractvalue v, i — folded through insertvalue chains and constants.
LLVMValueRef cg_extract(CG *cg, LLVMValueRef v, unsigned i) {
  while (LLVMIsAInsertValueInst(v) && LLVMGetNumIndices(v) == 1) {
    if (LLVMGetIndices(v)[0] == i)
      return LLVMGetOperand(v, 1);
    v = LLVMGetOperand(v, 0);
  }
  if (LLVMIsUndef(v))
    return LLVMGetUndef(agg_elem_type(LLVMTypeOf(v), i));
  return LLVMBuildExtractValue(cg->b, v, i, "");
}

LLVMValueRef cg_load(CG *cg, LLVMTypeRef ty, LLVMValueRef p) {
  LLVMValueRef tp = cg_castptr(cg, p, llptr_to(cg, ty));
  if (is_agg_ty(ty)) {
    int64_t n = scalar_count(ty, SPLIT_MAX);
    if (n == 0)
      return LLVMConstNull(ty);
    if (n > 0)
      return load_split(cg, ty, tp);
  }
  return LLVMBuildLoad2(cg->b, ty, tp, "");
}

void cg_store(CG *cg, LLVMValueRef v, LLVMValueRef p) {
  LLVMTypeRef ty = LLVMTypeOf(v);
  LLVMValueRef tp = cg_castptr(cg, p, llptr_to(cg, ty));
  if (is_agg_ty(ty)) {
    int64_t n = scalar_count(ty, SPLIT_MAX);
    if (n == 0)
      return;
    if (n > 0) {
      store_split(cg, v, tp);
      return;
    }
  }
  LLVMBuildStore(cg->b, v, tp);
}

LLVMValueRef cg_gep_field(CG *cg, LLVMTypeRef sty, LLVMValueRef p, unsigned idx) {
  LLVMValueRef g = LLVMBuildStructGEP2(cg->b, sty, cg_castptr(cg, p, llptr_to(cg, sty)), idx, "");
  return cg_castptr(cg, g, cg->ptr);
}

LLVMValueRef cg_gep_elem(CG *cg, LLVMTypeRef ety, LLVMValueRef p, LLVMValueRef idx) {
  LLVMValueRef g = LLVMBuildGEP2(cg->b, ety, cg_castptr(cg, p, llptr_to(cg, ety)), &idx, 1, "");
  return cg_castptr(cg, g, cg->ptr);
}

LLVMValueRef cg_gep_bytes(CG *cg, LLVMValueRef p, LLVMValueRef off) {
  return cg_gep_elem(cg, cg->i8, p, off);
}

// An entry-block alloca, returned as a generic pointer. The cast is built
// in the entry block too, so it dominates every use.
LLVMValueRef cg_alloca(CG *cg, LLVMTypeRef ty, int64_t align) {
  LLVMValueRef a = LLVMBuildAlloca(cg->eb, ty, "");
  if (align > 0)
    LLVMSetAlignment(a, (unsigned)align);
  if (LLVMTypeOf(a) == cg->ptr)
    return a;
  return LLVMBuildBitCast(cg->eb, a, cg->ptr, "");
}

// Small blocks are zeroed with a few integer stores: at -O0 a memset
// would be a call to the C library.
void cg_memzero(CG *cg, LLVMValueRef p, int64_t size, int64_t align) {
  if (size <= 0)
    return;
  int64_t unit = align >= 8 ? 8 : align >= 4 ? 4 : align >= 2 ? 2 : 1;
  while (size % unit)
    unit /= 2;
  if (size / unit <= 16) {
    LLVMTypeRef uty = LLVMIntTypeInContext(cg->ctx, (unsigned)(unit * 8));
    LLVMValueRef tp = cg_castptr(cg, p, llptr_to(cg, uty)), zero = LLVMConstNull(uty);
    for (int64_t k = 0; k < size / unit; k++) {
      LLVMValueRef idx = cg_i64(cg, k);
      LLVMValueRef ep = k ? LLVMBuildInBoundsGEP2(cg->b, uty, tp, &idx, 1, "") : tp;
      LLVMSetAlignment(LLVMBuildStore(cg->b, zero, ep), (unsigned)unit);
    }
    return;
  }
  LLVMBuildMemSet(cg->b, p, LLVMConstInt(cg->i8, 0, 0), cg_i64(cg, size),
                  (unsigned)(align > 0 ? align : 1));
}

// At -O0 a call of C's memmove: FastISel cannot select the llvm.memmove
// intrinsic and hands each one to SelectionDAG. Optimised builds use the
// intrinsic (LLVM treats both alike there).
void cg_memmove(CG *cg, LLVMValueRef dst, LLVMValueRef src, LLVMValueRef size) {
  if (flags.opt_level == 0 && !flags.asan) {
    LLVMTypeRef ps[] = {cg->ptr, cg->ptr, cg->i64};
    LLVMValueRef args[] = {dst, src, size};
    cg_rtcall(cg, "memmove", cg->ptr, ps, args, 3);
    return;
  }
  LLVMBuildMemMove(cg->b, dst, 1, src, 1, size);
}

// Zeroes size bytes at p, a size known only at run time (C's memset at
// -O0, for the reason cg_memmove gives).
void cg_memclr(CG *cg, LLVMValueRef p, LLVMValueRef size) {
  if (flags.opt_level == 0 && !flags.asan) {
    LLVMTypeRef ps[] = {cg->ptr, cg->i32, cg->i64};
    LLVMValueRef args[] = {p, LLVMConstInt(cg->i32, 0, 0), size};
    cg_rtcall(cg, "memset", cg->ptr, ps, args, 3);
    return;
  }
  LLVMBuildMemSet(cg->b, p, LLVMConstInt(cg->i8, 0, 0), size, 1);
}

LLVMValueRef cg_i64(CG *cg, int64_t v) { return LLVMConstInt(cg->i64, (uint64_t)v, 1); }

LLVMValueRef cg_cond(CG *cg, LLVMValueRef v) {
  if (LLVMTypeOf(v) == cg->i1)
    return v;
  if (LLVMIsAZExtInst(v) && LLVMTypeOf(LLVMGetOperand(v, 0)) == cg->i1)
    return LLVMGetOperand(v, 0);   // a comparison just widened by cg_bool
  return LLVMBuildICmp(cg->b, LLVMIntNE, v, LLVMConstNull(LLVMTypeOf(v)), "");
}

LLVMValueRef cg_bool(CG *cg, LLVMValueRef c) { return LLVMBuildZExt(cg->b, c, cg->i8, ""); }

// ---------------------------------------------------------------- calls

// Calls fn of function type ft, casting pointer arguments where LLVM 14's
// typed pointers differ from the declared parameter types. A big value
// given where the callee takes it by reference (cg_param_type: a wrapper
// calling with a value it loaded) is copied to a temporary first.
LLVMValueRef cg_call_type(CG *cg, LLVMTypeRef ft, LLVMValueRef fn, LLVMValueRef *args, int n) {
  unsigned np = LLVMCountParamTypes(ft);
  LLVMTypeRef *ps = xmalloc(sizeof(LLVMTypeRef) * (np + 1));
  LLVMGetParamTypes(ft, ps);
  for (int i = 0; i < n && i < (int)np; i++) {
    if (LLVMTypeOf(args[i]) == ps[i] || LLVMGetTypeKind(ps[i]) != LLVMPointerTypeKind)
      continue;
    if (is_agg_ty(LLVMTypeOf(args[i]))) {
      LLVMValueRef tmp = cg_alloca(cg, LLVMTypeOf(args[i]), 0);
      cg_store(cg, args[i], tmp);
      args[i] = tmp;
    }
    args[i] = cg_castptr(cg, args[i], ps[i]);
  }
  free(ps);
  LLVMValueRef call = LLVMBuildCall2(cg->b, ft, fn, args, (unsigned)n, "");
  if (cg->in_wrapper)   // the wrapped function keeps a frame of its own
    LLVMAddCallSiteAttribute(call, LLVMAttributeFunctionIndex,
                             LLVMCreateEnumAttribute(cg->ctx, LLVMGetEnumAttributeKindForName("noinline", 8), 0));
  return call;
}

// Calls fn, a function of this module.
LLVMValueRef cg_call(CG *cg, LLVMValueRef fn, LLVMValueRef *args, int n) {
  return cg_call_type(cg, LLVMGlobalGetValueType(fn), fn, args, n);
}

static void add_fn_attr(CG *cg, LLVMValueRef fn, const char *name) {
  unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
  if (kind)
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                            LLVMCreateEnumAttribute(cg->ctx, kind, 0));
}

static void add_attr_at(CG *cg, LLVMValueRef fn, unsigned idx, const char *name) {
  unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
  if (kind)
    LLVMAddAttributeAtIndex(fn, idx, LLVMCreateEnumAttribute(cg->ctx, kind, 0));
}

// Declares (once) a runtime function. Small integer parameters get
// zeroext/signext so a C callee may rely on the SysV extension rules.
LLVMValueRef cg_rtfn(CG *cg, const char *name, LLVMTypeRef ret, LLVMTypeRef *params, int n) {
  LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
  if (fn)
    return fn;
  fn = LLVMAddFunction(cg->mod, name, LLVMFunctionType(ret, params, n, 0));
  add_fn_attr(cg, fn, "nounwind");
  for (int i = 0; i < n; i++)
    if (params[i] == cg->i8 || params[i] == cg->i16)
      add_attr_at(cg, fn, i + 1, "zeroext");
  if (strncmp(name, "escgo_panic", 11) == 0) {
    add_fn_attr(cg, fn, "noreturn");
    add_fn_attr(cg, fn, "cold");
  }
  if (strcmp(name, "escgo_alloc") == 0) {
    // noalias result only: no allocsize/allockind, so LLVM may never
    // elide the call — the allocation count must stay observable.
    add_attr_at(cg, fn, LLVMAttributeReturnIndex, "noalias");
  }
  return fn;
}

LLVMValueRef cg_rtcall(CG *cg, const char *name, LLVMTypeRef ret, LLVMTypeRef *params,
                       LLVMValueRef *args, int n) {
  return cg_call(cg, cg_rtfn(cg, name, ret, params, n), args, n);
}

static void panic_call(CG *cg, const char *name, LLVMValueRef *args, int n) {
  LLVMTypeRef ps[4];
  for (int i = 0; i < n; i++)
    ps[i] = LLVMTypeOf(args[i]);
  cg_rtcall(cg, name, cg->voidty, ps, args, n);
  LLVMBuildUnreachable(cg->b);
}

// A call to a noreturn panic function, then `unreachable`, leaving the
// builder in a fresh (dead) block so callers can keep emitting.
void cg_panic(CG *cg, const char *name, LLVMValueRef *args, int n) {
  panic_call(cg, name, args, n);
  cg_at(cg, cg_block(cg, "dead"));
}

// One call of a panic function per function, kind and source line, shared
// by every check of that kind on that line: its arguments arrive through
// phis, and its line is the checks' (a traceback shows it, as gc's does).
typedef struct PanicBlock {
  const char *fn;
  int n;
  int line;
  LLVMMetadataRef inlined_at;   // (the same line of an inlined body, or not)
  LLVMBasicBlockRef bb;
  LLVMValueRef phis[4];
} PanicBlock;

static PanicBlock *panic_block(CG *cg, const char *panicfn, LLVMValueRef *args, int n) {
  for (int i = 0; i < cg->panics.len; i++) {
    PanicBlock *pb = VEC_AT(cg->panics, i);
    if (strcmp(pb->fn, panicfn) || pb->n != n || pb->line != cg->cur_line ||
        pb->inlined_at != cg->inlined_at)
      continue;
    for (int k = 0; k < n; k++)
      if (LLVMTypeOf(pb->phis[k]) != LLVMTypeOf(args[k]))
        return NULL;
    return pb;
  }
  PanicBlock *pb = xmalloc(sizeof(PanicBlock));
  pb->fn = panicfn;
  pb->n = n;
  pb->line = cg->cur_line;
  pb->inlined_at = cg->inlined_at;
  pb->bb = cg_block(cg, "panic");
  LLVMBasicBlockRef cur = LLVMGetInsertBlock(cg->b);
  LLVMMetadataRef loc = LLVMGetCurrentDebugLocation2(cg->b);
  cg_at(cg, pb->bb);
  LLVMSetCurrentDebugLocation2(cg->b, loc);
  LLVMValueRef pargs[4];
  for (int k = 0; k < n; k++)
    pargs[k] = pb->phis[k] = LLVMBuildPhi(cg->b, LLVMTypeOf(args[k]), "");
  panic_call(cg, panicfn, pargs, n);
  cg_at(cg, cur);
  LLVMSetCurrentDebugLocation2(cg->b, loc);
  vec_push(&cg->panics, pb);
  return pb;
}

// if (failed) panicfn(args...) — the failure path out of line, in the
// function's one block for panicfn (fewer blocks and calls to select).
void cg_check(CG *cg, LLVMValueRef failed, const char *panicfn, LLVMValueRef *args, int n) {
  if (LLVMIsAConstantInt(failed) && LLVMConstIntGetZExtValue(failed) == 0)
    return;   // can never fail
  LLVMBasicBlockRef ok = cg_block(cg, "ok");
  PanicBlock *pb = n <= 4 ? panic_block(cg, panicfn, args, n) : NULL;
  if (!pb) {
    LLVMBasicBlockRef bad = cg_block(cg, "panic");
    LLVMBuildCondBr(cg->b, failed, bad, ok);
    cg_at(cg, bad);
    panic_call(cg, panicfn, args, n);
    cg_at(cg, ok);
    return;
  }
  LLVMBasicBlockRef from = LLVMGetInsertBlock(cg->b);
  LLVMBuildCondBr(cg->b, failed, pb->bb, ok);
  for (int k = 0; k < n; k++)
    LLVMAddIncoming(pb->phis[k], &args[k], &from, 1);
  cg_at(cg, ok);
}

// ---------------------------------------------------------------- blocks

LLVMBasicBlockRef cg_block(CG *cg, const char *name) {
  return LLVMAppendBasicBlockInContext(cg->ctx, cg->llfn, name);
}

void cg_br(CG *cg, LLVMBasicBlockRef bb) {
  if (!LLVMGetBasicBlockTerminator(LLVMGetInsertBlock(cg->b)))
    LLVMBuildBr(cg->b, bb);
}

void cg_at(CG *cg, LLVMBasicBlockRef bb) { LLVMPositionBuilderAtEnd(cg->b, bb); }

// A value with a fast way and a slow one: cg_slow_begin branches on fast
// (i1) and leaves the builder in the slow path's block; the caller emits
// the slow way there, then cg_slow_end joins the two, the pointer the fast
// way had with the one the slow way made.
SlowPath cg_slow_begin(CG *cg, LLVMValueRef fast, const char *slow_name, const char *done_name) {
  SlowPath sp = {LLVMGetInsertBlock(cg->b), cg_block(cg, done_name)};
  LLVMBasicBlockRef slow = cg_block(cg, slow_name);
  LLVMBuildCondBr(cg->b, fast, sp.done, slow);
  cg_at(cg, slow);
  return sp;
}

LLVMValueRef cg_slow_end(CG *cg, SlowPath sp, LLVMValueRef fast_val, LLVMValueRef slow_val) {
  LLVMBasicBlockRef slow_end = LLVMGetInsertBlock(cg->b);
  LLVMBuildBr(cg->b, sp.done);
  cg_at(cg, sp.done);
  LLVMValueRef phi = LLVMBuildPhi(cg->b, cg->ptr, "");
  LLVMValueRef vals[] = {fast_val, slow_val};
  LLVMBasicBlockRef bbs[] = {sp.from, slow_end};
  LLVMAddIncoming(phi, vals, bbs, 2);
  return phi;
}

// ---------------------------------------------------------------- sites and vars

// A stack site's alloca, one per site per function (created on first use).
static LLVMValueRef site_stack_mem(CG *cg, Site *s) {
  if (!cg->site_mem[s->id])
    cg->site_mem[s->id] = cg_alloca(cg, cg_type(cg, s->type), cg_align(s->type));
  return cg->site_mem[s->id];
}

LLVMValueRef cg_site_alloc(CG *cg, Site *s) {
  int64_t size = cg_size(s->type);
  if (s->verdict == V_STACK) {
    LLVMValueRef p = site_stack_mem(cg, s);
    cg_memzero(cg, p, size, cg_align(s->type));   // fresh zeroed memory every execution
    return p;
  }
  cg_prof_mark(cg, s);
  LLVMTypeRef ps[] = {cg->i64, cg->i32};
  LLVMValueRef args[] = {cg_i64(cg, size), LLVMConstInt(cg->i32, cg_has_ptrs(s->type), 0)};
  return cg_rtcall(cg, "escgo_alloc", cg->ptr, ps, args, 2);
}

// A temporary buffer for a stack string conversion/concat (gc's tmpBuf);
// the runtime allocates on the heap when given NULL or when it does not fit.
LLVMValueRef cg_site_buf(CG *cg, Site *s, int64_t bytes) {
  if (!s || s->verdict != V_STACK)
    return LLVMConstNull(cg->ptr);
  if (!cg->site_mem[s->id])
    cg->site_mem[s->id] = cg_alloca(cg, LLVMArrayType(cg->i8, (unsigned)bytes), 8);
  return cg->site_mem[s->id];
}

static CgVar *new_cgvar(Var *v);

// Another package's variable, in a package's module: an external global.
static CgVar *declare_foreign_var(CG *cg, Var *v) {
  LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, v->lname);
  if (!g)
    g = LLVMAddGlobal(cg->mod, cg_type(cg, v->type), v->lname);
  CgVar *cv = new_cgvar(v);
  cv->addr = cg_castptr(cg, g, cg->ptr);
  vec_push(&cg->foreign_vars, v);
  return cv;
}

LLVMValueRef cg_var_addr(CG *cg, Var *v) {
  CgVar *cv = v->cg;
  if (!cv && cg->split && v->kind == VAR_GLOBAL)
    cv = declare_foreign_var(cg, v);
  if (!cv)
    ice("codegen: variable %s has no storage", v->name);
  if (cv->slot)
    return cg_load(cg, cg->ptr, cv->slot);
  return cv->addr;
}

static CgVar *new_cgvar(Var *v) {
  CgVar *cv = xmalloc(sizeof(CgVar));
  memset(cv, 0, sizeof *cv);
  v->cg = cv;
  return cv;
}

// Marks the variables an IR_S_DECL in s initialises.
static void mark_decls(IRVisitor *v, IRStmt *s, IRSlot at) {
  if (s->kind == IR_S_DECL && s->var->cg)
    ((CgVar *)s->var->cg)->has_decl = true;
  ir_stmt_children(s, v);   // (statements only)
}

// Storage for every variable of the current function. Variables with a site
// get their memory where they are declared (fresh each time, see
// IR_S_DECL); until then a heap site's slot holds NULL. A variable that an
// IR_S_DECL initialises (zero or value) and parameters (bind_params) need no
// zeroing here; the rest (results, undeclared temporaries) are zeroed.
static void alloc_locals(CG *cg, Func *f) {
  for (int i = 0; i < f->vars.len; i++)
    new_cgvar(VEC_AT(f->vars, i));
  for (int i = 0; i < f->nparams; i++)
    ((CgVar *)f->params[i]->cg)->has_decl = true;
  IRVisitor decls = {NULL, mark_decls};
  if (f->body)
    mark_decls(&decls, f->body, (IRSlot){IR_F_BODY, 0});
  for (int i = 0; i < f->vars.len; i++) {
    Var *v = VEC_AT(f->vars, i);
    CgVar *cv = v->cg;
    if (!v->site) {
      cv->addr = cg_alloca(cg, cg_type(cg, v->type), cg_align(v->type));
      if (!cv->has_decl)
        cg_store(cg, cg_zero(cg, v->type), cv->addr);
    } else if (v->site->verdict == V_STACK) {
      cv->addr = site_stack_mem(cg, v->site);
    } else {
      cv->slot = cg_alloca(cg, cg->ptr, 8);
      if (!cv->has_decl && v->kind != VAR_RESULT)
        cg_store(cg, LLVMConstNull(cg->ptr), cv->slot);
    }
  }
}

// Executes a variable's declaration: a site variable gets fresh zeroed memory.
static void declare_var(CG *cg, Var *v) {
  if (!v->site)
    return;
  LLVMValueRef p = cg_site_alloc(cg, v->site);
  CgVar *cv = v->cg;
  if (cv->slot)
    cg_store(cg, p, cv->slot);
}

// The string constant s as a Go string value {ptr, len}.
LLVMValueRef cg_strconst(CG *cg, const char *s, int64_t len) {
  LLVMValueRef p = LLVMConstNull(cg->ptr);
  if (len > 0) {
    LLVMValueRef init = LLVMConstStringInContext(cg->ctx, s, (unsigned)len, 1);
    char name[32];
    snprintf(name, sizeof name, ".str.%d", cg->nstr++);
    LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), name);
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    LLVMSetUnnamedAddr(g, 1);
    p = cg_castptr(cg, g, cg->ptr);
  }
  LLVMValueRef v[] = {p, cg_i64(cg, len)};
  return LLVMConstStructInContext(cg->ctx, v, 2, 0);
}

// ---------------------------------------------------------------- statements

// Where break/continue of a for or switch statement go (IRStmt.cg).
typedef struct Jump {
  LLVMBasicBlockRef brk, cont;
} Jump;

static void stmt(CG *cg, IRStmt *s);

static LLVMBasicBlockRef label_block(CG *cg, const char *name) {
  for (int i = 0; i < cg->labels.len; i++) {
    Label *l = VEC_AT(cg->labels, i);
    if (strcmp(l->name, name) == 0)
      return l->bb;
  }
  Label *l = xmalloc(sizeof(Label));
  l->name = xstrdup(name);
  l->bb = cg_block(cg, name);
  vec_push(&cg->labels, l);
  return l->bb;
}

// Jumps to bb and continues in a fresh block (code after a jump is dead).
static void jump(CG *cg, LLVMBasicBlockRef bb) {
  cg_br(cg, bb);
  cg_at(cg, cg_block(cg, "after"));
}

// An inlined body (IR_INLCALL) is statements inside an expression.
void cg_stmt(CG *cg, IRStmt *s) { stmt(cg, s); }

static void stmt_block(CG *cg, IRStmt *s) {
  if (s->clear != CLEAR_NONE && cg_range_clear(cg, s))
    return;
  for (int i = 0; i < s->nstmts; i++)
    stmt(cg, s->stmts[i]);
}

static void stmt_if(CG *cg, IRStmt *s) {
  LLVMBasicBlockRef then = cg_block(cg, "then"), end = cg_block(cg, "endif");
  LLVMBasicBlockRef els = s->els ? cg_block(cg, "else") : end;
  LLVMBuildCondBr(cg->b, cg_cond(cg, cg_expr(cg, s->x)), then, els);
  cg_at(cg, then);
  if (s->body)
    stmt(cg, s->body);
  cg_br(cg, end);
  if (s->els) {
    cg_at(cg, els);
    stmt(cg, s->els);
    cg_br(cg, end);
  }
  cg_at(cg, end);
}

static void stmt_for(CG *cg, IRStmt *s) {
  LLVMBasicBlockRef cond = cg_block(cg, "for.cond"), body = cg_block(cg, "for.body");
  LLVMBasicBlockRef post = cg_block(cg, "for.post"), end = cg_block(cg, "for.end");
  Jump *j = xmalloc(sizeof(Jump));
  j->brk = end;
  j->cont = post;
  s->cg = j;
  cg_br(cg, cond);
  cg_at(cg, cond);
  if (s->x)
    LLVMBuildCondBr(cg->b, cg_cond(cg, cg_expr(cg, s->x)), body, end);
  else
    LLVMBuildBr(cg->b, body);
  cg_at(cg, body);
  if (s->body)
    stmt(cg, s->body);
  cg_br(cg, post);
  cg_at(cg, post);
  if (s->post)
    stmt(cg, s->post);
  cg_br(cg, cond);
  cg_at(cg, end);
}

// Clauses' conditions are tried in order, the default clause last; bodies
// are laid out in source order so fallthrough reaches the next one.
static void stmt_switch(CG *cg, IRStmt *s) {
  int n = s->nclauses;
  LLVMBasicBlockRef end = cg_block(cg, "sw.end");
  LLVMBasicBlockRef *bodies = xmalloc(sizeof(LLVMBasicBlockRef) * (n + 1));
  Jump *j = xmalloc(sizeof(Jump));
  j->brk = end;
  s->cg = j;
  int dflt = -1;
  for (int i = 0; i < n; i++) {
    bodies[i] = cg_block(cg, "sw.case");
    if (s->clauses[i].nconds == 0)
      dflt = i;
  }
  bodies[n] = end;
  for (int i = 0; i < n; i++) {
    SwitchClause *c = &s->clauses[i];
    for (int k = 0; k < c->nconds; k++) {
      LLVMBasicBlockRef next = cg_block(cg, "sw.next");
      LLVMBuildCondBr(cg->b, cg_cond(cg, cg_expr(cg, c->conds[k])), bodies[i], next);
      cg_at(cg, next);
    }
  }
  LLVMBuildBr(cg->b, dflt >= 0 ? bodies[dflt] : end);
  for (int i = 0; i < n; i++) {
    cg_at(cg, bodies[i]);
    if (s->clauses[i].body)
      stmt(cg, s->clauses[i].body);
    cg_br(cg, s->clauses[i].fallthrough ? bodies[i + 1] : end);
  }
  cg_at(cg, end);
  free(bodies);
}

static void stmt_return(CG *cg, IRStmt *s) {
  Func *f = cg->fn;
  if (f->nresults == 0) {
    if (cg->defer_frame)
      cg_defer_finish(cg, f, NULL);
    LLVMBuildRetVoid(cg->b);
    cg_at(cg, cg_block(cg, "after.ret"));
    return;
  }
  LLVMValueRef *vals = xmalloc(sizeof(LLVMValueRef) * f->nresults);
  for (int i = 0; i < f->nresults; i++) {
    Var *r = f->results[i];
    vals[i] = i < s->nargs ? cg_expr(cg, s->args[i])
                           : cg_load(cg, cg_type(cg, r->type), cg_var_addr(cg, r));
  }
  if (cg->defer_frame)
    cg_defer_finish(cg, f, vals);
  if (f->nresults == 1) {
    LLVMBuildRet(cg->b, vals[0]);
  } else {
    LLVMTypeRef rt = LLVMGetReturnType(((CgFunc *)f->cg)->ty);
    LLVMValueRef agg = LLVMGetUndef(rt);
    for (int i = 0; i < f->nresults; i++)
      agg = LLVMBuildInsertValue(cg->b, agg, vals[i], i, "");
    LLVMBuildRet(cg->b, agg);
  }
  free(vals);
  cg_at(cg, cg_block(cg, "after.ret"));
}

static void stmt_panic(CG *cg, IRStmt *s) {
  LLVMValueRef v = cg_expr(cg, s->x);
  LLVMValueRef args[] = {cg_extract(cg, v, 0),
                         cg_extract(cg, v, 1)};
  cg_panic(cg, "escgo_panic_value", args, 2);
}

static void stmt_decl(CG *cg, IRStmt *s) {
  Var *v = s->var;
  declare_var(cg, v);
  cg_store_expr(cg, cg_var_addr(cg, v), s->x, v->type);
}

static void stmt(CG *cg, IRStmt *s) {
  if (!s)
    return;
  if (s->kind != IR_S_BLOCK)
    cg_debug_loc(cg, s->pos);
  switch (s->kind) {
  case IR_S_EXPR: cg_expr(cg, s->x); return;
  case IR_S_DECL: stmt_decl(cg, s); return;
  case IR_S_ASSIGN: cg_assign(cg, s->x, s->y); return;
  case IR_S_BLOCK: stmt_block(cg, s); return;
  case IR_S_IF: stmt_if(cg, s); return;
  case IR_S_FOR: stmt_for(cg, s); return;
  case IR_S_BREAK: jump(cg, ((Jump *)s->target->cg)->brk); return;
  case IR_S_CONTINUE: jump(cg, ((Jump *)s->target->cg)->cont); return;
  case IR_S_RETURN: stmt_return(cg, s); return;
  case IR_S_SWITCH: stmt_switch(cg, s); return;
  case IR_S_PANIC: stmt_panic(cg, s); return;
  case IR_S_DEFER: cg_defer_stmt(cg, s); return;
  case IR_S_GO: cg_go_stmt(cg, s); return;
  case IR_S_SEND: cg_send_stmt(cg, s); return;
  case IR_S_PRINT: cg_print(cg, s); return;
  case IR_S_GOTO: jump(cg, label_block(cg, s->label)); return;
  case IR_S_LABEL: {
    LLVMBasicBlockRef bb = label_block(cg, s->label);
    cg_br(cg, bb);
    cg_at(cg, bb);
    return;
  }
  case IR_S_NUM_KINDS: break;   // not a kind
  }
  ice("codegen: unknown statement kind %d", s->kind);
}

// ---------------------------------------------------------------- functions

static void add_str_attr(CG *cg, LLVMValueRef fn, const char *k, const char *v) {
  LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                          LLVMCreateStringAttribute(cg->ctx, k, strlen(k), v, strlen(v)));
}

static const char *func_lname(CG *cg, Func *f) {
  return f->lname ? f->lname : f->name;
}

// In a package's own module: the functions another package's module may
// call by name — declared functions and methods, and the package's init.
static bool visible_to_importers(CG *cg, Func *f) {
  if (f->decl && !f->outer && !f->is_wrapper && !f->mtab_wrapper)
    return true;
  for (int i = 0; i < cg->prog->inits.len; i++)
    if (cg->prog->inits.data[i] == f)
      return true;
  return false;
}

// gc's linker starts runtime.MemProfileRate at 0 unless runtime.MemProfile
// is reachable. A module that refers to MemProfile refers to the runtime's
// marker too (a weak global, one per program), so the linker takes the
// marker from the runtime's archive (runtime/memprofreach.c).
static void note_memprofile_use(CG *cg, const char *lname) {
  if (strcmp(lname, "runtime.MemProfile") || LLVMGetNamedGlobal(cg->mod, "escgo.memprofile.used"))
    return;
  LLVMValueRef marker = LLVMAddGlobal(cg->mod, cg->i8, "escgo_memprofile_reachable");
  LLVMSetGlobalConstant(marker, 1);
  LLVMValueRef used = LLVMAddGlobal(cg->mod, cg->ptr, "escgo.memprofile.used");
  LLVMSetInitializer(used, cg_castptr(cg, marker, cg->ptr));
  LLVMSetLinkage(used, LLVMWeakAnyLinkage);
  LLVMSetVisibility(used, LLVMHiddenVisibility);
}

// Another package's function, in a package's module: a declaration.
static CgFunc *declare_foreign_func(CG *cg, Func *f) {
  note_memprofile_use(cg, func_lname(cg, f));
  CgFunc *cf = xmalloc(sizeof(CgFunc));
  cf->ty = cg_func_type(cg, f);
  cf->fn = LLVMGetNamedFunction(cg->mod, func_lname(cg, f));
  if (!cf->fn) {
    cf->fn = LLVMAddFunction(cg->mod, func_lname(cg, f), cf->ty);
    if (!cg_atomic_body(cg, f, cf->fn))   // sync/atomic's: one instruction (codegen/atomic.c)
      cg_math_body(cg, f, cf->fn);         // math's (codegen/mathintr.c)
  } else
    cf->fn = LLVMConstBitCast(cf->fn, LLVMPointerType(cf->ty, 0));
  f->cg = cf;
  vec_push(&cg->foreign_funcs, f);
  return cf;
}

CgFunc *cg_func(CG *cg, Func *f) {
  if (f->cg)
    return f->cg;
  if (!cg->split)
    ice("codegen: function %s was not declared", f->name);
  return declare_foreign_func(cg, f);
}

// A function no other module calls is internal to its module — unless gc's
// cost model finds it too big to inline. LLVM gives an internal function
// with a single call a bonus that makes it inline nearly any size, and a
// program of many functions each called once (bench/compile-speed) became
// one giant function that took most of a minute to optimise. Hidden
// external linkage leaves such a function to LLVM's ordinary threshold.
static void set_own_linkage(Func *f, LLVMValueRef fn) {
  if (inline_cost(f) > INLINE_BUDGET) {
    LLVMSetVisibility(fn, LLVMHiddenVisibility);
    return;
  }
  LLVMSetLinkage(fn, LLVMInternalLinkage);
}

static void declare_func(CG *cg, Func *f) {
  if (f->cg)
    return;
  CgFunc *cf = xmalloc(sizeof(CgFunc));
  cf->ty = cg_func_type(cg, f);
  f->cg = cf;
  // A declaration without a body that //go:linkname binds to a function of
  // this program calls that function (declared first: see emit_program).
  LLVMValueRef have = f->body ? NULL : LLVMGetNamedFunction(cg->mod, func_lname(cg, f));
  if (have) {
    cf->fn = LLVMConstBitCast(have, LLVMPointerType(cf->ty, 0));
    return;
  }
  cf->fn = LLVMAddFunction(cg->mod, func_lname(cg, f), cf->ty);
  LLVMValueRef fn = cf->fn;
  if (cg_atomic_body(cg, f, fn) || cg_math_body(cg, f, fn))   // one instruction: atomic.c, mathintr.c
    return;
  add_fn_attr(cg, fn, "nounwind");
  add_str_attr(cg, fn, "frame-pointer", "all");   // gdb and perf backtraces
  // Go never turns recursion into a loop: unbounded recursion must overflow
  // the stack and die as gc's program does ("fatal error: stack overflow"),
  // not spin forever. LLVM's tail-recursion elimination (with an
  // accumulator it turns f(n+1) + 1 into a loop) and the backend's sibling
  // calls both respect this attribute.
  add_str_attr(cg, fn, "disable-tail-calls", "true");
  // Goroutine stacks have no guard page (runtime/stack.c): LLVM's
  // split-stack prologue compares each new frame with the goroutine's limit
  // and calls the runtime's __morestack, which reports gc's stack overflow.
  add_str_attr(cg, fn, "split-stack", "");
  // -gcflags=-l (no inlining) holds for LLVM's inliner too, so frames match
  // gc's: the -asan soundness check relies on that.
  if ((f->pragmas & PRAGMA_NOINLINE) || flags.no_inline || f->has_defer)
    add_fn_attr(cg, fn, "noinline");
  if (f->has_defer) // locals must stay in memory across the defer frame's setjmp
    add_fn_attr(cg, fn, "optnone");
  if (flags.asan)
    add_fn_attr(cg, fn, "sanitize_address");
  if (f->foreign_pkg)   // each importer may have its copy: the linker keeps one (never dropped unused)
    LLVMSetLinkage(fn, LLVMWeakODRLinkage);
  else if (f->body && f != cg->prog->main && !(cg->split && visible_to_importers(cg, f)))
    set_own_linkage(f, fn);
}

// Copies incoming arguments into their variables' storage; variables with a
// site (address taken) get their memory now.
static void bind_params(CG *cg, Func *f) {
  for (int i = 0; i < f->nparams; i++) {
    Var *p = f->params[i];
    declare_var(cg, p);
    LLVMValueRef arg = LLVMGetParam(cg->llfn, (unsigned)(i + cg_param_offset(f)));
    if (!cg_is_big(p->type))
      cg_store(cg, arg, cg_var_addr(cg, p));
    else if (p->site)   // address taken: the copy goes where the site says
      cg_memmove(cg, cg_var_addr(cg, p), arg, cg_i64(cg, cg_size(p->type)));
    else   // the caller's copy is this call's own: it is the variable
      ((CgVar *)p->cg)->addr = arg;
  }
  for (int i = 0; i < f->nresults; i++)
    declare_var(cg, f->results[i]);
}

// Deletes the pure instructions nothing uses: the generic-pointer casts
// cg_castptr looked through, widened conditions cg_cond looked through,
// insertvalue chains cg_extract folded. FastISel would skip them anyway,
// but the verifier and the selector's per-instruction bookkeeping would not.
static void sweep_dead(LLVMValueRef fn) {
  for (LLVMBasicBlockRef bb = LLVMGetLastBasicBlock(fn); bb; bb = LLVMGetPreviousBasicBlock(bb)) {
    LLVMValueRef in = LLVMGetLastInstruction(bb);
    while (in) {
      LLVMValueRef prev = LLVMGetPreviousInstruction(in);
      if (!LLVMGetFirstUse(in)) {
        switch (LLVMGetInstructionOpcode(in)) {
        case LLVMBitCast: case LLVMZExt: case LLVMSExt: case LLVMTrunc:
        case LLVMInsertValue: case LLVMExtractValue: case LLVMGetElementPtr:
        case LLVMICmp: case LLVMSelect:
          LLVMInstructionEraseFromParent(in);
          break;
        default:
          break;
        }
      }
      in = prev;
    }
  }
}

// //go:noinline promises that every call happens (benchmarks rely on it):
// an empty asm with side effects keeps LLVM from proving the function pure
// and hoisting or deleting calls to it, at no run-time cost.
static void opaque_side_effect(CG *cg) {
  LLVMTypeRef fty = LLVMFunctionType(cg->voidty, NULL, 0, 0);
  LLVMValueRef asmv = LLVMGetInlineAsm(fty, (char *)"", 0, (char *)"~{memory}", 9, 1, 0,
                                       LLVMInlineAsmDialectATT
#if LLVM_VERSION_MAJOR >= 13
                                       , 0
#endif
  );
  LLVMBuildCall2(cg->b, fty, asmv, NULL, 0, "");
}

static void emit_func(CG *cg, Func *f) {
  CgFunc *cf = f->cg;
  cg->fn = f;
  cg->llfn = cf->fn;
  cg->in_wrapper = f->is_wrapper || f->mtab_wrapper;
  cg->labels.len = 0;
  for (int i = 0; i < cg->panics.len; i++)
    free(VEC_AT(cg->panics, i));
  cg->panics.len = 0;
  memset(cg->site_mem, 0, sizeof(LLVMValueRef) * (cg->nsite_mem));
  LLVMBasicBlockRef entry = cg_block(cg, "entry"), start = cg_block(cg, "start");
  cg_debug_func(cg, f, cf->fn);
  cg_at(cg, entry);
  LLVMValueRef br = LLVMBuildBr(cg->b, start);
  LLVMPositionBuilderBefore(cg->eb, br);
  cg_at(cg, start);
  if (f->pragmas & PRAGMA_NOINLINE)
    opaque_side_effect(cg);
  alloc_locals(cg, f);
  cg_bind_captures(cg, f);
  bind_params(cg, f);
  cg_defer_prologue(cg, f);
  stmt(cg, f->body);
  if (!LLVMGetBasicBlockTerminator(LLVMGetInsertBlock(cg->b))) {
    IRStmt ret = {.kind = IR_S_RETURN};
    stmt_return(cg, &ret);   // falling off the end: return the result variables
    LLVMBuildUnreachable(cg->b);
  }
  sweep_dead(cf->fn);
}

// The program's initialisation, which the runtime's start.c calls by the
// name "main..init" before main.main: every package's initialiser,
// dependencies first (each runs once: a package appears once in the list).
static void emit_program_init(CG *cg, Program *prog) {
  LLVMTypeRef ft = LLVMFunctionType(cg->voidty, NULL, 0, 0);
  LLVMValueRef fn = LLVMAddFunction(cg->mod, "main..init", ft);
  LLVMBasicBlockRef bb = LLVMAppendBasicBlockInContext(cg->ctx, fn, "entry");
  LLVMSetCurrentDebugLocation2(cg->b, NULL);
  cg_at(cg, bb);
  for (int i = 0; i < prog->inits.len; i++) {
    CgFunc *cf = cg_func(cg, VEC_AT(prog->inits, i));
    LLVMBuildCall2(cg->b, cf->ty, cf->fn, NULL, 0, "");
  }
  LLVMBuildRetVoid(cg->b);
}

// Marks the globals some expression reads: an assignment's place is not a
// read, anything else is (an address taken included).
static void mark_reads_expr(IRVisitor *v, IRExpr *e, IRSlot at) {
  if (e->kind == IR_VAR && e->var->kind == VAR_GLOBAL)
    e->var->read = true;
  ir_expr_children(e, v);
}

static void mark_reads_stmt(IRVisitor *v, IRStmt *s, IRSlot at) {
  if (s->kind == IR_S_ASSIGN && s->x->kind == IR_VAR && s->x->var->kind == VAR_GLOBAL) {
    mark_reads_expr(v, s->y, (IRSlot){IR_F_Y, 0});
    return;
  }
  ir_stmt_children(s, v);
}

static void mark_global_reads(Program *prog) {
  IRVisitor v = {mark_reads_expr, mark_reads_stmt};
  for (int i = 0; i < prog->funcs.len; i++) {
    Func *f = VEC_AT(prog->funcs, i);
    if (f->body)
      mark_reads_stmt(&v, f->body, (IRSlot){IR_F_BODY, 0});
  }
}

static void emit_globals(CG *cg, Program *prog) {
  if (!cg->split)
    mark_global_reads(prog);
  for (int i = 0; i < prog->globals.len; i++) {
    Var *v = VEC_AT(prog->globals, i);
    LLVMTypeRef ty = cg_type(cg, v->type);
    LLVMValueRef g = LLVMAddGlobal(cg->mod, ty, v->lname ? v->lname : v->name);
    LLVMSetInitializer(g, LLVMConstNull(ty));
    // A package's module shares its variables with its importers'. In a
    // program of one module a variable is internal — unless nothing reads
    // it: LLVM would delete it, and with it the work that computed what was
    // stored (every benchmark's `sink = x` loop), where gc keeps both.
    if (cg->split || !v->read)
      LLVMSetVisibility(g, LLVMHiddenVisibility);
    else
      LLVMSetLinkage(g, LLVMInternalLinkage);
    LLVMSetAlignment(g, (unsigned)cg_align(v->type));
    new_cgvar(v)->addr = cg_castptr(cg, g, cg->ptr);
  }
}

// ---------------------------------------------------------------- module

static LLVMTargetMachineRef make_target_machine(CG *cg) {
  static bool inited;
  if (!inited) {
    LLVMInitializeNativeTarget();
    LLVMInitializeNativeAsmPrinter();
    inited = true;
  }
  char *triple = LLVMGetDefaultTargetTriple();
  LLVMTargetRef target;
  char *err = NULL;
  if (LLVMGetTargetFromTriple(triple, &target, &err))
    ice("codegen: %s", err);
  char *cpu = LLVMGetHostCPUName(), *features = LLVMGetHostCPUFeatures();
  LLVMCodeGenOptLevel lvl = flags.opt_level == 0 ? LLVMCodeGenLevelNone : LLVMCodeGenLevelDefault;
  LLVMTargetMachineRef tm = LLVMCreateTargetMachine(target, triple, cpu, features, lvl,
                                                    LLVMRelocPIC, LLVMCodeModelDefault);
  LLVMSetTarget(cg->mod, triple);
  LLVMDisposeMessage(triple);
  LLVMDisposeMessage(cpu);
  LLVMDisposeMessage(features);
  return tm;
}

// Verifies each function so the message names the one that is wrong.
// Every function this program defines goes in a section of its own, named
// ".text.sorted.escgo.1.NAME.", for two reasons:
//  - the linker drops the functions nothing calls (--gc-sections, as gc's
//    linker drops dead code), so a program's code is what it uses, not
//    every function of every package it imports;
//  - the linker's default script sorts ".text.sorted.*" sections by name
//    into one run, between the runtime's markers ".text.sorted.escgo.0"
//    and ".text.sorted.escgo.2" (runtime/preempt.c): the program's Go code.
//    The preemption signal stops a goroutine only at a pc inside it: Go
//    code holds none of the runtime's locks, so the goroutine can be
//    switched out there, while the runtime's C code and the C library are
//    never interrupted half-way.
// (The final dot keeps a name ending in "_unlikely" out of the script's
// pattern for cold code.)
static void place_go_code(CG *cg) {
  for (LLVMValueRef f = LLVMGetFirstFunction(cg->mod); f; f = LLVMGetNextFunction(f)) {
    if (!LLVMCountBasicBlocks(f))
      continue;
    size_t len;
    const char *name = LLVMGetValueName2(f, &len);
    char *section = xfmt(".text.sorted.escgo.1.%.*s.", (int)len, name);
    LLVMSetSection(f, section);
    free(section);
  }
}

static void verify_module(CG *cg) {
  char *msg = NULL;
  if (!LLVMVerifyModule(cg->mod, LLVMReturnStatusAction, &msg)) {
    LLVMDisposeMessage(msg);
    return;
  }
  fprintf(stderr, "escgo: internal compiler error: invalid LLVM module:\n%s\n", msg);
  for (LLVMValueRef f = LLVMGetFirstFunction(cg->mod); f; f = LLVMGetNextFunction(f)) {
    if (LLVMCountBasicBlocks(f) && LLVMVerifyFunction(f, LLVMReturnStatusAction)) {
      char *s = LLVMPrintValueToString(f);
      fprintf(stderr, "%s\n", s);
      LLVMDisposeMessage(s);
    }
  }
  exit(3);
}

static void run_passes(CG *cg, LLVMTargetMachineRef tm) {
  static const char *pipes[] = {"default<O0>", "default<O1>", "default<O2>"};
  int lvl = flags.opt_level < 0 ? 0 : flags.opt_level > 2 ? 2 : flags.opt_level;
  if (lvl == 0 && !flags.asan)
    return;   // default<O0> would only look for always-inline functions (we make none)
  LLVMPassBuilderOptionsRef opts = LLVMCreatePassBuilderOptions();
  LLVMErrorRef err = LLVMRunPasses(cg->mod, pipes[lvl], tm, opts);
  if (!err && flags.asan)
    err = LLVMRunPasses(cg->mod, LLVM_VERSION_MAJOR >= 16 ? "asan" : "asan-module", tm, opts);
  LLVMDisposePassBuilderOptions(opts);
  if (err) {
    char *m = LLVMGetErrorMessage(err);
    ice("codegen: pass pipeline: %s", m);
  }
}

// Type caches point into this module's context: forget them afterwards so
// a later codegen_program (unit tests) starts clean.
static void forget_caches(CG *cg) {
  for (int i = 0; i < cg->touched.len; i++) {
    Type *t = VEC_AT(cg->touched, i);
    t->cg = NULL;
    t->cg_desc = NULL;
  }
}

static int max_site_id(Program *prog) {
  int n = prog->sites.len;
  for (int i = 0; i < prog->sites.len; i++) {
    Site *s = VEC_AT(prog->sites, i);
    if (s->id > n)
      n = s->id;
  }
  return n;
}

// What one module holds: the whole program; one package of it (the build
// cache's unit); or the program's entry alone.
typedef enum { MODULE_PROGRAM, MODULE_PACKAGE, MODULE_ENTRY } ModuleKind;

static void emit_module(CG *cg, Program *prog, ModuleKind kind) {
  if (kind != MODULE_ENTRY) {
    emit_globals(cg, prog);
    for (int pass = 0; pass < 2; pass++)   // functions with a body, then those without
      for (int i = 0; i < prog->funcs.len; i++)
        if ((((Func *)VEC_AT(prog->funcs, i))->body == NULL) == pass)
          declare_func(cg, VEC_AT(prog->funcs, i));
    for (int i = 0; i < prog->funcs.len; i++) {
      Func *f = VEC_AT(prog->funcs, i);
      if (f->body)
        emit_func(cg, f);
    }
  }
  if (kind == MODULE_PACKAGE)
    cg_install_methods_ctor(cg);   // types.c: method tables for descriptors shared by name
  if (kind != MODULE_PACKAGE)
    emit_program_init(cg, prog);
  if (kind == MODULE_PROGRAM)
    cg_prof_table(cg, prog);
}

// Writes the module (object code, or text with -emit-llvm) to path. LLVM
// emits into memory and escgo writes the bytes, so a write error is
// reported in escgo's words, never as LLVM's fatal "IO failure" abort.
static int write_output(CG *cg, LLVMTargetMachineRef tm, const char *path) {
  char *text = NULL, *err = NULL;
  LLVMMemoryBufferRef mb = NULL;
  const char *data;
  size_t n;
  if (flags.emit_llvm) {
    text = LLVMPrintModuleToString(cg->mod);
    data = text;
    n = strlen(text);
  } else if (LLVMTargetMachineEmitToMemoryBuffer(tm, cg->mod, LLVMObjectFile, &err, &mb)) {
    fprintf(stderr, "escgo: emitting %s: %s\n", path, err ? err : "error");
    LLVMDisposeMessage(err);
    return 1;
  } else {
    data = LLVMGetBufferStart(mb);
    n = LLVMGetBufferSize(mb);
  }
  int e = write_file(path, data, n);
  if (e)
    fprintf(stderr, "escgo: write %s: %s\n", path, go_strerror(e));
  if (text)
    LLVMDisposeMessage(text);
  if (mb)
    LLVMDisposeMemoryBuffer(mb);
  return e ? 1 : 0;
}

// Builds the module (and verifies it in optimised builds); codegen_emit
// optimises and writes it, codegen_free lets it go.
static CG *build_module(Program *prog, ModuleKind kind) {
  CG *cg = xmalloc(sizeof(CG));
  *cg = (CG){.prog = prog, .split = kind != MODULE_PROGRAM};
  cg->ctx = LLVMContextCreate();
  cg->mod = LLVMModuleCreateWithNameInContext("main", cg->ctx);
  cg->b = LLVMCreateBuilderInContext(cg->ctx);
  cg->eb = LLVMCreateBuilderInContext(cg->ctx);
  cg->tm = make_target_machine(cg);
  LLVMTargetDataRef td = LLVMCreateTargetDataLayout(cg->tm);
  char *dl = LLVMCopyStringRepOfTargetData(td);
  LLVMSetDataLayout(cg->mod, dl);
  LLVMDisposeMessage(dl);
  cg->td = td;
  cg_types_init(cg);
  cg->nsite_mem = max_site_id(prog) + 1;
  cg->site_mem = xmalloc(sizeof(LLVMValueRef) * cg->nsite_mem);
  cg_debug_reset(cg);
  emit_module(cg, prog, kind);
  place_go_code(cg);
  cg_debug_finish(cg);
  phase_done("llvm-ir");
  // Like clang's release builds, a -O0 build skips the IR verifier (about a
  // tenth of its time); optimised builds — the default, and what the tests
  // use — verify, and ESCGO_VERIFY=1 forces it.
  const char *ev = getenv("ESCGO_VERIFY");
  if (flags.opt_level > 0 || (ev && *ev && strcmp(ev, "0") != 0)) {
    verify_module(cg);
    phase_done("verify");
  }
  return cg;
}

int codegen_emit(CG *cg, int part, int nparts, const char *out_path) {
  if (nparts > 1) {
    cg_partition_keep(cg->mod, part, nparts);
    phase_done("partition");
  }
  run_passes(cg, cg->tm);
  phase_done("passes");
  int rc = write_output(cg, cg->tm, out_path);
  phase_done(flags.emit_llvm ? "write-ll" : "emit-obj");
  return rc;
}

Vec codegen_local_symbols(CG *cg) {
  Vec names = {0};
  cg_partition_local_names(cg->mod, &names);
  return names;
}

int codegen_parts(CG *cg, int ncpu) {
  if (flags.emit_llvm || flags.asan || flags.allocprof)
    return 1;   // one .ll; the instrumented builds stay as they were
  return cg_partition_count(cg->mod, ncpu);
}

void codegen_free(CG *cg) {
  forget_caches(cg);
  // The module is gone: forget every pointer into it.
  Program *prog = cg->prog;
  for (int i = 0; i < prog->funcs.len; i++)
    ((Func *)VEC_AT(prog->funcs, i))->cg = NULL;
  for (int i = 0; i < prog->globals.len; i++)
    ((Var *)VEC_AT(prog->globals, i))->cg = NULL;
  for (int i = 0; i < cg->foreign_funcs.len; i++)
    ((Func *)VEC_AT(cg->foreign_funcs, i))->cg = NULL;
  for (int i = 0; i < cg->foreign_vars.len; i++)
    ((Var *)VEC_AT(cg->foreign_vars, i))->cg = NULL;
  LLVMDisposeBuilder(cg->b);
  LLVMDisposeBuilder(cg->eb);
  LLVMDisposeModule(cg->mod);
  LLVMDisposeTargetData(cg->td);
  LLVMDisposeTargetMachine(cg->tm);
  LLVMContextDispose(cg->ctx);
  free(cg->site_mem);
  free(cg);
}

static int generate_module(Program *prog, const char *out_path, ModuleKind kind) {
  CG *cg = build_module(prog, kind);
  int rc = codegen_emit(cg, 0, 1, out_path);
  codegen_free(cg);
  return rc;
}

CG *codegen_program_module(Program *prog) {
  return build_module(prog, MODULE_PROGRAM);
}

CG *codegen_package_module(Program *pkg) {
  return build_module(pkg, MODULE_PACKAGE);
}

int codegen_program(Program *prog, const char *out_path) {
  return generate_module(prog, out_path, MODULE_PROGRAM);
}

int codegen_package(Program *pkg, const char *out_path) {
  return generate_module(pkg, out_path, MODULE_PACKAGE);
}

int codegen_entry(Program *all, const char *out_path) {
  return generate_module(all, out_path, MODULE_ENTRY);
}

char *codegen_target_id(void) {
  char *triple = LLVMGetDefaultTargetTriple();
  char *cpu = LLVMGetHostCPUName(), *features = LLVMGetHostCPUFeatures();
  char *id = xfmt("LLVM %d.%d %s %s %s", LLVM_VERSION_MAJOR, LLVM_VERSION_MINOR, triple, cpu, features);
  LLVMDisposeMessage(triple);
  LLVMDisposeMessage(cpu);
  LLVMDisposeMessage(features);
  return id;
}
