// atomic.c — the bodies of sync/atomic's functions. Go declares them without
// a body (doc.go) and writes them in assembly (asm.s); gc's backend turns
// each call into one instruction (an intrinsic). escgo compiles sync/atomic
// from Go's source too, and gives each declaration a body here: the one
// LLVM atomic instruction it stands for, sequentially consistent as Go's
// memory model requires. The body is linkonce_odr and always inlined, so a
// call compiles to that instruction, and a function value of it (f :=
// atomic.AddInt32) still has code to call.
//
// sync declares two of runtime/internal/atomic's (LoadAcquintptr,
// StoreReluintptr, through //go:linkname): they get bodies the same way.
#include "internal.h"

#include <string.h>

typedef enum { AT_NONE, AT_LOAD, AT_STORE, AT_ADD, AT_SWAP, AT_CAS } AtomicOp;

static const char *const atomic_types[] = {"Int32", "Int64", "Uint32", "Uint64", "Uintptr",
                                           "Pointer"};

static AtomicOp op_of_prefix(const char *name, const char **rest) {
  static const struct { const char *prefix; AtomicOp op; } ops[] = {
      {"CompareAndSwap", AT_CAS}, {"Swap", AT_SWAP}, {"Add", AT_ADD},
      {"Load", AT_LOAD},          {"Store", AT_STORE},
  };
  for (size_t i = 0; i < sizeof ops / sizeof *ops; i++) {
    size_t n = strlen(ops[i].prefix);
    if (!strncmp(name, ops[i].prefix, n)) {
      *rest = name + n;
      return ops[i].op;
    }
  }
  return AT_NONE;
}

// The operation a function's link name stands for, or AT_NONE.
static AtomicOp atomic_op(const char *lname) {
  if (!lname)
    return AT_NONE;
  if (!strcmp(lname, "runtime/internal/atomic.LoadAcquintptr"))
    return AT_LOAD;
  if (!strcmp(lname, "runtime/internal/atomic.StoreReluintptr"))
    return AT_STORE;
  const char *pkg = "sync/atomic.";
  if (strncmp(lname, pkg, strlen(pkg)))
    return AT_NONE;
  const char *type;
  AtomicOp op = op_of_prefix(lname + strlen(pkg), &type);
  for (size_t i = 0; op != AT_NONE && i < sizeof atomic_types / sizeof *atomic_types; i++)
    if (!strcmp(type, atomic_types[i]))
      return op == AT_ADD && !strcmp(type, "Pointer") ? AT_NONE : op;
  return AT_NONE;
}

bool codegen_defines_bodyless(const char *lname) {
  return atomic_op(lname) != AT_NONE || cg_math_defines_bodyless(lname);
}

// The operand type as an integer: pointers go through their address bits
// (LLVM 14's atomicrmw xchg takes integers only).
static LLVMValueRef to_int(CG *cg, LLVMBuilderRef b, LLVMValueRef v) {
  return LLVMGetTypeKind(LLVMTypeOf(v)) == LLVMPointerTypeKind ? LLVMBuildPtrToInt(b, v, cg->i64, "")
                                                              : v;
}

static LLVMValueRef from_int(LLVMBuilderRef b, LLVMValueRef v, LLVMTypeRef ty) {
  return LLVMGetTypeKind(ty) == LLVMPointerTypeKind ? LLVMBuildIntToPtr(b, v, ty, "") : v;
}

static LLVMValueRef atomic_body(CG *cg, LLVMBuilderRef b, AtomicOp op, LLVMValueRef fn) {
  LLVMValueRef addr = LLVMGetParam(fn, 0);
  LLVMValueRef val = LLVMCountParams(fn) > 1 ? LLVMGetParam(fn, 1) : NULL;
  LLVMTypeRef vty = op == AT_LOAD ? LLVMGetReturnType(LLVMGlobalGetValueType(fn)) : LLVMTypeOf(val);
  LLVMTypeRef ity = LLVMGetTypeKind(vty) == LLVMPointerTypeKind ? cg->i64 : vty;
  LLVMValueRef p = LLVMBuildBitCast(b, addr, LLVMPointerType(ity, 0), "");
  unsigned align = (unsigned)(LLVMGetIntTypeWidth(ity) / 8);
  LLVMAtomicOrdering seq = LLVMAtomicOrderingSequentiallyConsistent;
  switch (op) {
  case AT_LOAD: {
    LLVMValueRef v = LLVMBuildLoad2(b, ity, p, "");
    LLVMSetOrdering(v, seq);
    LLVMSetAlignment(v, align);
    return from_int(b, v, vty);
  }
  case AT_STORE: {
    LLVMValueRef s = LLVMBuildStore(b, to_int(cg, b, val), p);
    LLVMSetOrdering(s, seq);
    LLVMSetAlignment(s, align);
    return NULL;
  }
  case AT_ADD: {
    LLVMValueRef old = LLVMBuildAtomicRMW(b, LLVMAtomicRMWBinOpAdd, p, val, seq, 0);
    return LLVMBuildAdd(b, old, val, "");   // Go's Add returns the new value
  }
  case AT_SWAP: {
    LLVMValueRef old = LLVMBuildAtomicRMW(b, LLVMAtomicRMWBinOpXchg, p, to_int(cg, b, val), seq, 0);
    return from_int(b, old, vty);
  }
  case AT_CAS: {
    LLVMValueRef new = to_int(cg, b, LLVMGetParam(fn, 2));
    LLVMValueRef pair = LLVMBuildAtomicCmpXchg(b, p, to_int(cg, b, val), new, seq, seq, 0);
    LLVMValueRef ok = LLVMBuildExtractValue(b, pair, 1, "");
    return LLVMBuildZExt(b, ok, cg->i8, "");   // a Go bool
  }
  default:
    ice("codegen: no atomic operation");
  }
}

// Gives fn, the declaration of f, its body when f is one of the functions
// above; returns whether it did.
bool cg_atomic_body(CG *cg, Func *f, LLVMValueRef fn) {
  AtomicOp op = atomic_op(f->lname);
  if (op == AT_NONE || f->body || LLVMCountBasicBlocks(fn))
    return false;
  LLVMBuilderRef b = LLVMCreateBuilderInContext(cg->ctx);
  LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(cg->ctx, fn, "entry"));
  LLVMValueRef r = atomic_body(cg, b, op, fn);
  if (LLVMGetReturnType(LLVMGlobalGetValueType(fn)) == cg->voidty)
    LLVMBuildRetVoid(b);
  else if (r)
    LLVMBuildRet(b, r);
  else   // sync's StoreReluintptr declares a result the operation has none of
    LLVMBuildRet(b, LLVMConstNull(LLVMGetReturnType(LLVMGlobalGetValueType(fn))));
  LLVMDisposeBuilder(b);
  cg_inline_definition(cg, fn);
  return true;
}

// A body codegen gave a bodyless declaration: every module that calls the
// function has its own copy (linkonce_odr), inlined into each caller.
void cg_inline_definition(CG *cg, LLVMValueRef fn) {
  LLVMSetLinkage(fn, LLVMLinkOnceODRLinkage);
  LLVMSetVisibility(fn, LLVMHiddenVisibility);
  unsigned kind = LLVMGetEnumAttributeKindForName("alwaysinline", strlen("alwaysinline"));
  LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(cg->ctx, kind, 0));
}
