// codegen/closure.c — func values, closures, defer and recover.
//
// A func value is a pointer to a context object whose word 0 is the code
// pointer; the code takes the context as a hidden first argument:
//   closure (func literal): code = the literal's function, fields 1.. = its
//     captured variables (values, or addresses when captured by reference);
//     without captures the context is a constant global.
//   named function f: a constant global {f$fv}, where f$fv(ctx, args...)
//     calls f(args...).
// A nil func value is a NULL context: calling it panics like gc (nil deref).
//
// Defer (runtime/defer.c): a function with defer statements keeps a defer
// frame (ESCGO_DEFER_FRAME_SIZE bytes on its stack, a jmp_buf first) linked
// into the thread's list; each defer pushes a func value; returning runs
// them LIFO (escgo_defer_return). A panic runs deferred calls frame by frame;
// when one recovers, the runtime longjmps back to the frame that deferred it,
// which then returns normally with its current results. Such functions are
// built with optnone so every variable lives in memory across the setjmp.
#include "internal.h"
#include "../../runtime/escgo_rt.h"

#include <string.h>

// The LLVM type of a func value's code: (ctx, params...) -> results.
LLVMTypeRef cg_closure_fn_type(CG *cg, Type *sig) {
  sig = under(sig);
  int n = sig->nfields + 1;
  LLVMTypeRef *ps = xmalloc(sizeof(LLVMTypeRef) * (n + 1));
  ps[0] = cg->ptr;
  for (int i = 0; i < sig->nfields; i++)
    ps[i + 1] = cg_param_type(cg, sig->fields[i].type);
  LLVMTypeRef ret = cg->voidty;
  if (sig->nresults == 1) {
    ret = cg_type(cg, sig->results[0].type);
  } else if (sig->nresults > 1) {
    LLVMTypeRef *rs = xmalloc(sizeof(LLVMTypeRef) * sig->nresults);
    for (int i = 0; i < sig->nresults; i++)
      rs[i] = cg_type(cg, sig->results[i].type);
    ret = LLVMStructTypeInContext(cg->ctx, rs, (unsigned)sig->nresults, 0);
    free(rs);
  }
  LLVMTypeRef ft = LLVMFunctionType(ret, ps, (unsigned)n, 0);
  free(ps);
  return ft;
}

// A constant context {code}: a func value needing no allocation.
static LLVMValueRef static_ctx(CG *cg, LLVMValueRef code, const char *name) {
  LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, name);
  if (g)
    return cg_castptr(cg, g, cg->ptr);
  g = LLVMAddGlobal(cg->mod, cg->ptr, name);
  LLVMSetInitializer(g, cg_castptr(cg, code, cg->ptr));
  LLVMSetGlobalConstant(g, 1);
  LLVMSetLinkage(g, LLVMPrivateLinkage);
  LLVMSetAlignment(g, 8);
  return cg_castptr(cg, g, cg->ptr);
}

// f$fv(ctx, args...) { return f(args...) }, built with a builder of its own.
static LLVMValueRef funcvalue_wrapper(CG *cg, Func *f) {
  CgFunc *cf = f->cg;
  char *name = xfmt("%s$fv", f->lname ? f->lname : f->name);
  LLVMValueRef w = LLVMGetNamedFunction(cg->mod, name);
  if (w)
    return w;
  LLVMTypeRef ft = cg_closure_fn_type(cg, f->type);
  w = LLVMAddFunction(cg->mod, name, ft);
  LLVMSetLinkage(w, LLVMInternalLinkage);
  LLVMBuilderRef saved = cg->b;
  cg->b = LLVMCreateBuilderInContext(cg->ctx);
  LLVMPositionBuilderAtEnd(cg->b, LLVMAppendBasicBlockInContext(cg->ctx, w, "entry"));
  LLVMAddTargetDependentFunctionAttr(w, "frame-pointer", "all");
  LLVMAddTargetDependentFunctionAttr(w, "disable-tail-calls", "true");   // f gets a frame of its own
  cg_wrapper_prologue(cg, w);
  int n = (int)LLVMCountParams(w) - 1;
  LLVMValueRef *args = xmalloc(sizeof(LLVMValueRef) * (n + 1));
  for (int i = 0; i < n; i++)
    args[i] = LLVMGetParam(w, (unsigned)i + 1);
  bool was_wrapper = cg->in_wrapper;
  cg->in_wrapper = true;
  LLVMValueRef r = cg_call(cg, cf->fn, args, n);
  cg->in_wrapper = was_wrapper;
  // gc's func value of f is f itself: f keeps a frame of its own, and the
  // frame-pointer chain runtime.Callers walks (testing's t.Skip reports its
  // caller's line through it) must pass through the wrapper. So f is never
  // inlined here (the wrapper has no debug scope to name it by), and the
  // wrapper keeps a frame pointer like every Go function.
  const char *noinline = "noinline";
  LLVMAddCallSiteAttribute(r, LLVMAttributeFunctionIndex,
                           LLVMCreateEnumAttribute(cg->ctx, LLVMGetEnumAttributeKindForName(
                                                                noinline, strlen(noinline)), 0));
  LLVMAddAttributeAtIndex(w, LLVMAttributeFunctionIndex,
                          LLVMCreateStringAttribute(cg->ctx, "frame-pointer", 13, "all", 3));
  if (LLVMGetTypeKind(LLVMGetReturnType(ft)) == LLVMVoidTypeKind)
    LLVMBuildRetVoid(cg->b);
  else
    LLVMBuildRet(cg->b, r);
  free(args);
  LLVMDisposeBuilder(cg->b);
  cg->b = saved;
  return w;
}

LLVMValueRef cg_funcvalue(CG *cg, Func *f) {
  cg_func(cg, f);   // another package's function: declared here
  if (f->outer) // a capture-free closure deferred as a value
    return static_ctx(cg, ((CgFunc *)f->cg)->fn, xfmt("%s$ctx", f->lname));
  return static_ctx(cg, funcvalue_wrapper(cg, f), xfmt("%s$fvctx", f->lname ? f->lname : f->name));
}

// A func literal: its context object, allocated at its site (stack or heap).
LLVMValueRef cg_closure(CG *cg, IRExpr *e) {
  Func *f = e->fn;
  LLVMValueRef code = ((CgFunc *)f->cg)->fn;
  if (f->ncaptures == 0)
    return static_ctx(cg, code, xfmt("%s$ctx", f->lname));
  LLVMValueRef *vals = xmalloc(sizeof(LLVMValueRef) * (e->nargs + 1));
  for (int i = 0; i < e->nargs; i++)
    vals[i] = cg_expr(cg, e->args[i]);
  LLVMValueRef p = cg_site_alloc(cg, e->site);
  LLVMTypeRef ty = cg_type(cg, f->ctx_type);
  cg_store(cg, cg_castptr(cg, code, cg->ptr), cg_gep_field(cg, ty, p, (unsigned)cg_field_index(cg, f->ctx_type, 0)));
  for (int i = 0; i < e->nargs; i++)
    cg_store(cg, vals[i], cg_gep_field(cg, ty, p, (unsigned)cg_field_index(cg, f->ctx_type, i + 1)));
  free(vals);
  return p;
}

LLVMValueRef cg_callvalue(CG *cg, IRExpr *e) {
  Func *sf = e->fn;
  LLVMValueRef *args = xmalloc(sizeof(LLVMValueRef) * (e->nargs + 2));
  if (sf && !sf->outer && (sf->cg || cg->split) && e->x->kind != IR_CLOSURE) {   // statically known
    cg_arg_list(cg, e->args, e->nargs, args);
    LLVMValueRef r = cg_call(cg, cg_func(cg, sf)->fn, args, e->nargs);
    free(args);
    return r;
  }
  LLVMValueRef fv = cg_expr(cg, e->x);
  cg_arg_list(cg, e->args, e->nargs, args + 1);
  LLVMValueRef isnil = LLVMBuildIsNull(cg->b, fv, "");
  cg_check(cg, isnil, "escgo_panic_nil", NULL, 0);
  LLVMValueRef code = cg_load(cg, cg->ptr, fv);
  args[0] = fv;
  LLVMTypeRef ft = cg_closure_fn_type(cg, e->x->type);
  code = cg_castptr(cg, code, LLVMPointerType(ft, 0));
  LLVMValueRef r = cg_call_type(cg, ft, code, args, e->nargs + 1);
  free(args);
  return r;
}

// ---------------------------------------------------------------- inside a closure

// Captured variables live in the context: by value, in its field; by
// reference, where the field points.
void cg_bind_captures(CG *cg, Func *f) {
  if (!f->outer)
    return;
  LLVMValueRef ctx = LLVMGetParam(cg->llfn, 0);
  LLVMTypeRef ty = f->ncaptures ? cg_type(cg, f->ctx_type) : NULL;
  for (int i = 0; i < f->ncaptures; i++) {
    Var *c = f->captures[i];
    CgVar *cv = xmalloc(sizeof(CgVar));
    memset(cv, 0, sizeof *cv);
    LLVMValueRef field = cg_gep_field(cg, ty, ctx, (unsigned)cg_field_index(cg, f->ctx_type, c->cap_index));
    cv->addr = c->byref ? cg_load(cg, cg->ptr, field) : field;
    c->cg = cv;
  }
}

int cg_param_offset(Func *f) { return f->outer ? 1 : 0; }

// ---------------------------------------------------------------- defer and recover

static LLVMValueRef setjmp_fn(CG *cg) {
  LLVMTypeRef ps[] = {cg->ptr};
  LLVMValueRef fn = cg_rtfn(cg, "_setjmp", cg->i32, ps, 1);
  unsigned kind = LLVMGetEnumAttributeKindForName("returns_twice", 13);
  LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(cg->ctx, kind, 0));
  return fn;
}

static LLVMValueRef *result_values(CG *cg, Func *f) {
  LLVMValueRef *vals = xmalloc(sizeof(LLVMValueRef) * (f->nresults + 1));
  for (int i = 0; i < f->nresults; i++)
    vals[i] = cg_load(cg, cg_type(cg, f->results[i]->type), cg_var_addr(cg, f->results[i]));
  return vals;
}

static void build_ret(CG *cg, Func *f, LLVMValueRef *vals) {
  if (f->nresults == 0) {
    LLVMBuildRetVoid(cg->b);
  } else if (f->nresults == 1) {
    LLVMBuildRet(cg->b, vals[0]);
  } else {
    LLVMTypeRef rt = LLVMGetReturnType(((CgFunc *)f->cg)->ty);
    LLVMValueRef agg = LLVMGetUndef(rt);
    for (int i = 0; i < f->nresults; i++)
      agg = LLVMBuildInsertValue(cg->b, agg, vals[i], (unsigned)i, "");
    LLVMBuildRet(cg->b, agg);
  }
}

static void run_defers(CG *cg) {
  LLVMTypeRef ps[] = {cg->ptr};
  LLVMValueRef args[] = {cg->defer_frame};
  cg_rtcall(cg, "escgo_defer_return", cg->voidty, ps, args, 1);
}

// The frame address of the function being emitted: recover's rule is
// about frames (runtime/defer.c).
static LLVMValueRef frame_address(CG *cg) {
#if LLVM_VERSION_MAJOR >= 15
  const char *name = "llvm.frameaddress.p0";
#else
  const char *name = "llvm.frameaddress.p0i8";
#endif
  LLVMTypeRef ps[] = {cg->i32};
  LLVMValueRef args[] = {LLVMConstInt(cg->i32, 0, 0)};
  return cg_rtcall(cg, name, cg->ptr, ps, args, 1);
}

// At entry of a wrapper fn (a defer or go statement's, a method table's, a
// method value's or expression's, a func value's $fv): when a panic is
// running deferred calls, hand its right to recover on to the function
// the wrapper calls, as gc's wrappers adjust the panic's argp. The check
// of the runtime's counter keeps the call out of ordinary wrapper calls.
void cg_wrapper_prologue(CG *cg, LLVMValueRef fn) {
  LLVMValueRef busy = LLVMGetNamedGlobal(cg->mod, "escgo_panic_defers");
  if (!busy)
    busy = LLVMAddGlobal(cg->mod, cg->i32, "escgo_panic_defers");
  LLVMValueRef n = LLVMBuildLoad2(cg->b, cg->i32, busy, "");
  LLVMBasicBlockRef pass = LLVMAppendBasicBlockInContext(cg->ctx, fn, "pass_recover");
  LLVMBasicBlockRef body = LLVMAppendBasicBlockInContext(cg->ctx, fn, "wrapped");
  LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntNE, n, LLVMConstInt(cg->i32, 0, 0), ""), pass, body);
  LLVMPositionBuilderAtEnd(cg->b, pass);
  LLVMTypeRef ps[] = {cg->ptr};
  LLVMValueRef args[] = {frame_address(cg)};
  cg_rtcall(cg, "escgo_defer_wrapper", cg->voidty, ps, args, 1);
  LLVMBuildBr(cg->b, body);
  LLVMPositionBuilderAtEnd(cg->b, body);
}

// At entry of a function with defers (after its parameters are bound): the
// frame, and the landing point of a recovered panic — run the remaining
// deferred calls and return the current results.
void cg_defer_prologue(CG *cg, Func *f) {
  cg->defer_frame = NULL;
  cg->recover_token = NULL;
  if (f->is_wrapper || f->mtab_wrapper)
    cg_wrapper_prologue(cg, cg->llfn);
  if (f->has_recover) {
    // The right to recover is this frame's: kept out of LLVM's inliner.
    LLVMAddAttributeAtIndex(cg->llfn, LLVMAttributeFunctionIndex,
                            LLVMCreateEnumAttribute(cg->ctx, LLVMGetEnumAttributeKindForName("noinline", 8), 0));
    cg->recover_token = cg_alloca(cg, cg->ptr, 8);
    LLVMTypeRef ps[] = {cg->ptr};
    LLVMValueRef args[] = {frame_address(cg)};
    cg_store(cg, cg_rtcall(cg, "escgo_defer_token", cg->ptr, ps, args, 1), cg->recover_token);
  }
  if (!f->has_defer)
    return;
  cg->defer_frame = cg_alloca(cg, LLVMArrayType(cg->i8, ESCGO_DEFER_FRAME_SIZE), 16);
  LLVMTypeRef ps[] = {cg->ptr};
  LLVMValueRef args[] = {cg->defer_frame};
  cg_rtcall(cg, "escgo_defer_enter", cg->voidty, ps, args, 1);
  LLVMValueRef r = cg_call(cg, setjmp_fn(cg), args, 1);
  LLVMBasicBlockRef rec = cg_block(cg, "recovered"), body = cg_block(cg, "body");
  LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntNE, r, LLVMConstInt(cg->i32, 0, 0), ""), rec, body);
  cg_at(cg, rec);
  run_defers(cg);
  build_ret(cg, f, result_values(cg, f));
  cg_at(cg, body);
}

// A return in a function with defers: results are stored first (deferred
// closures may read and change named results), then the defers run.
void cg_defer_finish(CG *cg, Func *f, LLVMValueRef *vals) {
  for (int i = 0; i < f->nresults; i++)
    cg_store(cg, vals[i], cg_var_addr(cg, f->results[i]));
  run_defers(cg);
  for (int i = 0; i < f->nresults; i++)
    vals[i] = cg_load(cg, cg_type(cg, f->results[i]->type), cg_var_addr(cg, f->results[i]));
}

void cg_defer_stmt(CG *cg, IRStmt *s) {
  LLVMValueRef fv = cg_expr(cg, s->x);
  LLVMTypeRef ps[] = {cg->ptr, cg->ptr};
  LLVMValueRef args[] = {cg->defer_frame, fv};
  cg_rtcall(cg, "escgo_defer_push", cg->voidty, ps, args, 2);
}

LLVMValueRef cg_recover(CG *cg, IRExpr *e) {
  LLVMTypeRef ps[] = {cg->ptr};
  LLVMValueRef args[] = {e->x ? cg_expr(cg, e->x) : cg_load(cg, cg->ptr, cg->recover_token)};
  return cg_rtcall(cg, "escgo_recover", cg->ifacety, ps, args, 1);
}

