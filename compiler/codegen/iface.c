// codegen/iface.c — interface method calls through itables, and type assertions.
//
// An interface value is {type descriptor, data word} (codegen/ops.c boxes it).
// A method call loads the code pointer from the itable the runtime builds
// for (interface, dynamic type) and calls it with the data word first: the
// code is a wrapper lowering made (lower/method.c) that turns the data word
// back into the receiver.
#include "internal.h"

// The LLVM type of a method's code in a method table: (data word, params) ->
// results — the same shape as a func value's code, with the data word as ctx.
static LLVMTypeRef table_fn_type(CG *cg, Type *sig) { return cg_closure_fn_type(cg, sig); }

static LLVMValueRef is_null(CG *cg, LLVMValueRef p) {
  return LLVMBuildICmp(cg->b, LLVMIntEQ, cg_castptr(cg, p, cg->ptr), LLVMConstNull(cg->ptr), "");
}

// The method table of dynamic type dyn for interface type desc it. Each
// call site remembers the last itable it used (an inline cache: one word,
// the runtime's Itab, which starts {iface, type, next} before its code
// pointers; runtime/itab.c): a site that sees one dynamic type, as most do,
// compares and loads instead of asking the runtime, whose table lookup
// was a tenth of an interface call's time (bench InterfaceBoxing). The
// word starts at the runtime's escgo_itab_none, whose type is no type.
static LLVMValueRef itab_at_site(CG *cg, LLVMValueRef it, LLVMValueRef dyn) {
  LLVMValueRef none = LLVMGetNamedGlobal(cg->mod, "escgo_itab_none");
  if (!none) {
    none = LLVMAddGlobal(cg->mod, cg->ptr, "escgo_itab_none");
    LLVMSetLinkage(none, LLVMExternalLinkage);
  }
  LLVMValueRef site = LLVMAddGlobal(cg->mod, cg->ptr, "escgo.itab.site");
  LLVMSetLinkage(site, LLVMPrivateLinkage);
  LLVMSetInitializer(site, cg_castptr(cg, none, cg->ptr));
  LLVMValueRef cached = LLVMBuildLoad2(cg->b, cg->ptr, site, "itab.cached");
  LLVMSetOrdering(cached, LLVMAtomicOrderingAcquire);   // its fields were written before
  LLVMSetAlignment(cached, 8);
  LLVMValueRef type = cg_load(cg, cg->ptr, cg_gep_elem(cg, cg->ptr, cached, cg_i64(cg, 1)));
  LLVMValueRef hit = LLVMBuildICmp(cg->b, LLVMIntEQ, type, dyn, "itab.hit");
  LLVMValueRef from_cache = cg_gep_elem(cg, cg->ptr, cached, cg_i64(cg, 3));
  SlowPath sp = cg_slow_begin(cg, hit, "itab.miss", "itab.done");
  LLVMTypeRef ps[] = {cg->ptr, cg->ptr, cg->ptr};
  LLVMValueRef a[] = {it, dyn, site};
  return cg_slow_end(cg, sp, from_cache, cg_rtcall(cg, "escgo_itab_site", cg->ptr, ps, a, 3));
}

LLVMValueRef cg_icall(CG *cg, IRExpr *e) {
  Type *it = e->x->type;
  Type *sig = under(it)->methods[e->field].sig;
  LLVMValueRef iv = cg_expr(cg, e->x);
  int n = e->nargs + 1;
  LLVMValueRef *args = xmalloc(sizeof(LLVMValueRef) * (n + 1));
  args[0] = cg_castptr(cg, cg_extract(cg, iv, 1), cg->ptr);
  cg_arg_list(cg, e->args, e->nargs, args + 1);
  LLVMValueRef dyn = cg_extract(cg, iv, 0);
  cg_check(cg, is_null(cg, dyn), "escgo_panic_nil", NULL, 0);   // method call on a nil interface
  LLVMValueRef tab = itab_at_site(cg, cg_type_desc(cg, it), cg_castptr(cg, dyn, cg->ptr));
  LLVMValueRef slot = cg_gep_elem(cg, cg->ptr, tab, cg_i64(cg, e->field));
  LLVMValueRef fnp = cg_load(cg, cg->ptr, slot);
  LLVMTypeRef ft = table_fn_type(cg, sig);
  LLVMValueRef callee = cg_castptr(cg, fnp, LLVMPointerType(ft, 0));
  LLVMValueRef r = cg_call_type(cg, ft, callee, args, n);
  free(args);
  return r;
}

// A pointer-shaped value of type t from an interface's data word.
static LLVMValueRef from_data_word(CG *cg, LLVMValueRef data, LLVMTypeRef ty) {
  LLVMTypeKind k = LLVMGetTypeKind(ty);
  if (k == LLVMStructTypeKind) {
    LLVMTypeRef et;
    LLVMGetStructElementTypes(ty, &et);
    return LLVMBuildInsertValue(cg->b, LLVMGetUndef(ty), from_data_word(cg, data, et), 0, "");
  }
  if (k == LLVMArrayTypeKind) {
    LLVMTypeRef et = LLVMGetElementType(ty);
    return LLVMBuildInsertValue(cg->b, LLVMGetUndef(ty), from_data_word(cg, data, et), 0, "");
  }
  return cg_castptr(cg, data, ty);
}

static LLVMValueRef unbox(CG *cg, LLVMValueRef data, Type *t) {
  if (is_pointer_shaped(t))
    return from_data_word(cg, data, cg_type(cg, t));
  return cg_load(cg, cg_type(cg, t), data);
}

// Does the dynamic type dyn satisfy the assertion to t? (i1)
static LLVMValueRef assert_ok(CG *cg, LLVMValueRef dyn, Type *t) {
  if (!is_interface(t))
    return LLVMBuildICmp(cg->b, LLVMIntEQ, dyn, cg_type_desc(cg, t), "");
  if (!under(t)->nmethods)
    return LLVMBuildNot(cg->b, is_null(cg, dyn), "");
  LLVMTypeRef ps[] = {cg->ptr, cg->ptr};
  LLVMValueRef a[] = {cg_type_desc(cg, t), dyn};
  LLVMValueRef r = cg_rtcall(cg, "escgo_implements", cg->i8, ps, a, 2);
  return LLVMBuildICmp(cg->b, LLVMIntNE, r, LLVMConstInt(cg->i8, 0, 0), "");
}

LLVMValueRef cg_assert(CG *cg, IRExpr *e) {
  Type *t = e->ival ? e->type->fields[0].type : e->type;
  LLVMValueRef iv = cg_expr(cg, e->x);
  LLVMValueRef dyn = cg_castptr(cg, cg_extract(cg, iv, 0), cg->ptr);
  LLVMValueRef data = cg_castptr(cg, cg_extract(cg, iv, 1), cg->ptr);
  LLVMValueRef ok = assert_ok(cg, dyn, t);
  if (!e->ival) {
    LLVMValueRef a[] = {cg_type_desc(cg, e->x->type), dyn, cg_type_desc(cg, t)};
    cg_check(cg, LLVMBuildNot(cg->b, ok, ""), "escgo_panic_assert", a, 3);
    return is_interface(t) ? iv : unbox(cg, data, t);
  }
  LLVMValueRef val;
  if (is_interface(t)) {
    val = LLVMBuildSelect(cg->b, ok, iv, LLVMConstNull(cg->ifacety), "");
  } else {
    LLVMBasicBlockRef from = LLVMGetInsertBlock(cg->b);
    LLVMBasicBlockRef yes = cg_block(cg, "assert.ok"), done = cg_block(cg, "assert.done");
    LLVMBuildCondBr(cg->b, ok, yes, done);
    cg_at(cg, yes);
    LLVMValueRef v = unbox(cg, data, t);
    LLVMBasicBlockRef from_yes = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, done);
    cg_at(cg, done);
    val = LLVMBuildPhi(cg->b, cg_type(cg, t), "");
    LLVMValueRef vals[] = {v, cg_zero(cg, t)};
    LLVMBasicBlockRef bbs[] = {from_yes, from};
    LLVMAddIncoming(val, vals, bbs, 2);
  }
  LLVMValueRef r = LLVMGetUndef(cg_type(cg, e->type));
  r = LLVMBuildInsertValue(cg->b, r, val, 0, "");
  return LLVMBuildInsertValue(cg->b, r, cg_bool(cg, ok), 1, "");
}
