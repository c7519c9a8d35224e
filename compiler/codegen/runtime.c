// codegen/runtime.c — expressions backed by the C runtime (escgo_rt.h): calls
// through the RTCALL ABI of ir.h, slicing, append/copy, string concat and
// conversions, make and slice literals, and the print builtins.
#include "internal.h"

#include <string.h>

static LLVMValueRef ext(CG *cg, LLVMValueRef v, int i) { return cg_extract(cg, v, (unsigned)i); }

static LLVMValueRef mk2(CG *cg, LLVMTypeRef ty, LLVMValueRef a, LLVMValueRef b) {
  LLVMValueRef r = LLVMGetUndef(ty);
  r = LLVMBuildInsertValue(cg->b, r, a, 0, "");
  return LLVMBuildInsertValue(cg->b, r, b, 1, "");
}

static LLVMValueRef mkslice(CG *cg, LLVMValueRef p, LLVMValueRef len, LLVMValueRef cap) {
  LLVMValueRef r = LLVMGetUndef(cg->slicety);
  r = LLVMBuildInsertValue(cg->b, r, cg_castptr(cg, p, cg->ptr), 0, "");
  r = LLVMBuildInsertValue(cg->b, r, len, 1, "");
  return LLVMBuildInsertValue(cg->b, r, cap, 2, "");
}

static LLVMValueRef mkstring(CG *cg, Type *t, LLVMValueRef p, LLVMValueRef len) {
  return mk2(cg, cg_type(cg, t), cg_castptr(cg, p, cg->ptr), len);
}

// ---------------------------------------------------------------- RTCALL ABI

typedef struct ArgList {
  LLVMTypeRef *tys;
  LLVMValueRef *vals;
  int n;
} ArgList;

static void push(ArgList *a, LLVMTypeRef ty, LLVMValueRef v) {
  a->tys[a->n] = ty;
  a->vals[a->n++] = v;
}

// Explodes one Go value into the C arguments the ABI prescribes.
static void push_go_value(CG *cg, ArgList *a, LLVMValueRef v, Type *t) {
  switch (under(t)->kind) {
  case TY_STRING:
    push(a, cg->ptr, ext(cg, v, 0));
    push(a, cg->i64, ext(cg, v, 1));
    return;
  case TY_INTERFACE:
    push(a, cg->ptr, ext(cg, v, 0));
    push(a, cg->ptr, ext(cg, v, 1));
    return;
  case TY_SLICE:
    push(a, cg->ptr, ext(cg, v, 0));
    push(a, cg->i64, ext(cg, v, 1));
    push(a, cg->i64, ext(cg, v, 2));
    return;
  case TY_STRUCT: case TY_ARRAY: case TY_COMPLEX64: case TY_COMPLEX128: {
    LLVMValueRef p = cg_alloca(cg, cg_type(cg, t), cg_align(t));   // a copy in memory
    cg_store(cg, v, p);
    push(a, cg->ptr, p);
    return;
  }
  default:
    push(a, LLVMTypeOf(v), v);
  }
}

// Results wider than two words come back through an out pointer.
static bool result_by_pointer(Type *t) {
  if (!t)
    return false;
  switch (under(t)->kind) {
  case TY_SLICE: case TY_STRUCT: case TY_ARRAY: case TY_TUPLE: case TY_COMPLEX64:
  case TY_COMPLEX128:
    return true;
  default:
    return false;
  }
}

LLVMValueRef cg_rtcall_expr(CG *cg, IRExpr *e) {
  int cap = 3 * e->nargs + 2;
  ArgList a = {xmalloc(sizeof(LLVMTypeRef) * cap), xmalloc(sizeof(LLVMValueRef) * cap), 0};
  LLVMValueRef out = NULL;
  if (result_by_pointer(e->type)) {
    out = cg_alloca(cg, cg_type(cg, e->type), cg_align(e->type));
    push(&a, cg->ptr, out);
  }
  LLVMValueRef *vals = xmalloc(sizeof(LLVMValueRef) * (e->nargs + 1));
  cg_expr_list(cg, e->args, e->nargs, vals);
  for (int i = 0; i < e->nargs; i++)
    push_go_value(cg, &a, vals[i], e->args[i]->type);
  free(vals);
  LLVMTypeRef ret = (out || !e->type) ? cg->voidty : cg_type(cg, e->type);
  LLVMValueRef r = cg_rtcall(cg, e->rtsym, ret, a.tys, a.vals, a.n);
  free(a.tys);
  free(a.vals);
  if (out)
    return cg_load(cg, cg_type(cg, e->type), out);
  return e->type ? r : NULL;
}

// ---------------------------------------------------------------- slicing

static void nil_check(CG *cg, LLVMValueRef p) {
  LLVMValueRef isnil = LLVMBuildICmp(cg->b, LLVMIntEQ, p, LLVMConstNull(LLVMTypeOf(p)), "");
  cg_check(cg, isnil, "escgo_panic_nil", NULL, 0);
}

static void bound(CG *cg, LLVMValueRef a, LLVMValueRef b, const char *panicfn) {
  if (LLVMIsAConstantInt(a) && LLVMIsAConstantInt(b) &&
      (uint64_t)LLVMConstIntGetSExtValue(a) <= (uint64_t)LLVMConstIntGetSExtValue(b))
    return;   // if a > b (unsigned) panicfn(a, b)
  LLVMValueRef bad = LLVMBuildICmp(cg->b, LLVMIntUGT, a, b, "");
  LLVMValueRef args[] = {a, b};
  cg_check(cg, bad, panicfn, args, 2);
}

static LLVMValueRef opt_index(CG *cg, IRExpr *e, LLVMValueRef dflt) {
  return e ? cg_to_i64(cg, cg_expr(cg, e), e->type) : dflt;
}

// unsafe.Add, unsafe.Slice and (*[N]T)(s), with gc's run-time checks.
LLVMValueRef cg_unsafe(CG *cg, IRExpr *e) {
  LLVMValueRef xy[2];
  if (e->kind == IR_SLICE2ARRPTR) {
    LLVMValueRef s = cg_expr(cg, e->x);
    LLVMValueRef len = ext(cg, s, 1), alen = cg_i64(cg, under(under(e->type)->elem)->len);
    LLVMValueRef short_ = LLVMBuildICmp(cg->b, LLVMIntULT, len, alen, "");
    cg_check(cg, short_, "escgo_panic_slice_convert", (LLVMValueRef[]){len, alen}, 2);
    return cg_castptr(cg, ext(cg, s, 0), cg_type(cg, e->type));
  }
  cg_expr_list(cg, (IRExpr *[]){e->x, e->y}, 2, xy);
  LLVMValueRef p = cg_castptr(cg, xy[0], cg->ptr), n = cg_to_i64(cg, xy[1], e->y->type);
  if (e->kind == IR_UNSAFEADD)
    return cg_castptr(cg, cg_gep_bytes(cg, p, n), cg_type(cg, e->type));
  LLVMTypeRef ps[] = {cg->ptr, cg->i64, cg->i64};
  LLVMValueRef args[] = {p, n, cg_i64(cg, cg_size(under(e->x->type)->elem))};
  cg_rtcall(cg, "escgo_unsafe_slice_check", cg->voidty, ps, args, 3);
  return mkslice(cg, p, n, n);
}

// x[lo:hi:max] of a slice, string or *array, with gc's checks in gc's order.
LLVMValueRef cg_slice_expr(CG *cg, IRExpr *e) {
  Type *xt = under(e->x->type);
  LLVMValueRef base, len, cap;
  Type *elem;
  if (xt->kind == TY_STRING) {
    LLVMValueRef s = cg_expr(cg, e->x);
    base = ext(cg, s, 0), len = cap = ext(cg, s, 1), elem = ty_uint8;
  } else if (xt->kind == TY_SLICE) {
    LLVMValueRef s = cg_expr(cg, e->x);
    base = ext(cg, s, 0), len = ext(cg, s, 1), cap = ext(cg, s, 2), elem = xt->elem;
  } else {
    Type *at = under(xt->elem);
    base = cg_expr(cg, e->x);
    nil_check(cg, base);
    len = cap = cg_i64(cg, at->len), elem = at->elem;
  }
  LLVMValueRef lo = opt_index(cg, e->y, cg_i64(cg, 0));
  LLVMValueRef hi = opt_index(cg, e->z, len);
  LLVMValueRef max = opt_index(cg, e->w, cap);
  if (e->w) {
    bound(cg, max, cap, xt->kind == TY_SLICE ? "escgo_panic_slice3_c" : "escgo_panic_slice3_alen");
    bound(cg, hi, max, "escgo_panic_slice3_b");
    bound(cg, lo, hi, "escgo_panic_slice3_a");
  } else {
    if (e->z)
      bound(cg, hi, cap, xt->kind == TY_SLICE ? "escgo_panic_slice_acap" : "escgo_panic_slice_alen");
    bound(cg, lo, hi, "escgo_panic_slice_b");
  }
  LLVMValueRef nlen = LLVMBuildSub(cg->b, hi, lo, "");
  LLVMValueRef ncap = LLVMBuildSub(cg->b, max, lo, "");
  // Never point past the end of the object (the collector would not see it).
  LLVMValueRef empty = LLVMBuildICmp(cg->b, LLVMIntEQ, xt->kind == TY_STRING ? nlen : ncap,
                                     cg_i64(cg, 0), "");
  LLVMValueRef off = LLVMBuildSelect(cg->b, empty, cg_i64(cg, 0), lo, "");
  LLVMValueRef p = cg_gep_elem(cg, cg_type(cg, elem), base, off);
  if (xt->kind == TY_STRING)
    return mkstring(cg, e->type, p, nlen);
  return mkslice(cg, p, nlen, ncap);
}

// ---------------------------------------------------------------- append, copy

// Grows s when newlen > cap; returns the (possibly new) {ptr, cap} via phis.
static void grow_if_needed(CG *cg, LLVMValueRef *ptr, LLVMValueRef len, LLVMValueRef *cap,
                           LLVMValueRef newlen, Type *elem) {
  LLVMBasicBlockRef from = LLVMGetInsertBlock(cg->b);
  LLVMBasicBlockRef grow = cg_block(cg, "append.grow"), done = cg_block(cg, "append.done");
  LLVMValueRef need = LLVMBuildICmp(cg->b, LLVMIntUGT, newlen, *cap, "");
  LLVMBuildCondBr(cg->b, need, grow, done);
  cg_at(cg, grow);
  LLVMValueRef out = cg_alloca(cg, cg->slicety, 8);
  LLVMTypeRef ps[] = {cg->ptr, cg->ptr, cg->i64, cg->i64, cg->i64, cg->i64, cg->i32};
  LLVMValueRef args[] = {out, *ptr, len, *cap, newlen, cg_i64(cg, cg_size(elem)),
                         LLVMConstInt(cg->i32, cg_has_ptrs(elem), 0)};
  cg_rtcall(cg, "escgo_growslice", cg->voidty, ps, args, 7);
  LLVMValueRef ns = cg_load(cg, cg->slicety, out);
  LLVMValueRef gp = ext(cg, ns, 0), gc = ext(cg, ns, 2);
  LLVMBasicBlockRef from_grow = LLVMGetInsertBlock(cg->b);
  LLVMBuildBr(cg->b, done);
  cg_at(cg, done);
  LLVMValueRef pphi = LLVMBuildPhi(cg->b, cg->ptr, ""), cphi = LLVMBuildPhi(cg->b, cg->i64, "");
  LLVMBasicBlockRef bbs[] = {from, from_grow};
  LLVMValueRef pv[] = {*ptr, gp}, cv[] = {*cap, gc};
  LLVMAddIncoming(pphi, pv, bbs, 2);
  LLVMAddIncoming(cphi, cv, bbs, 2);
  *ptr = pphi;
  *cap = cphi;
}

// gc's isAppendOfMake: append(x, make([]T, n)...) with no capacity given
// extends x by n zeroed elements and never makes the slice it appends (its
// site keeps the verdict escape analysis gave it). Not under -N, as in gc
// (-asan keeps it: its checks are about stack frames, not this).
// bytes.Buffer's growSlice relies on it: one allocation per growth, not two.
// gc's typecheck converts append's `...` operand to the underlying type of
// the slice appended to; a make of a named slice type then hides under that
// conversion and gc's rule does not see it (Go's test/makeslice.go: its
// panics are makeslice's, not growslice's), so neither does escgo's.
static bool append_of_make(IRExpr *e) {
  return e->y && e->y->kind == IR_MAKESLICE && !e->y->y && !flags.no_opt &&
         types_identical(e->y->type, under(e->x->type)) && e->y->type == under(e->y->type);
}

// x extended by make's n zeroed elements: gc's extendSlice. A negative n
// panics as make would; an overflowing len(x)+n, unsigned, exceeds any
// capacity and growslice panics.
static LLVMValueRef append_make(CG *cg, IRExpr *e, Type *elem) {
  LLVMValueRef s = cg_expr(cg, e->x);
  IRExpr *n = e->y->x;
  LLVMValueRef add = cg_to_i64(cg, cg_expr(cg, n), n->type);
  if (!LLVMIsAConstantInt(add)) {
    LLVMValueRef neg = LLVMBuildICmp(cg->b, LLVMIntSLT, add, cg_i64(cg, 0), "");
    cg_check(cg, neg, "escgo_panic_makeslice_len", NULL, 0);
  }
  LLVMValueRef ptr = ext(cg, s, 0), len = ext(cg, s, 1), cap = ext(cg, s, 2);
  LLVMValueRef newlen = LLVMBuildAdd(cg->b, len, add, "");
  grow_if_needed(cg, &ptr, len, &cap, newlen, elem);
  // The old array's tail may hold earlier elements: clear it either way.
  LLVMValueRef tail = cg_gep_elem(cg, cg_type(cg, elem), ptr, len);
  cg_memclr(cg, tail, LLVMBuildMul(cg->b, add, cg_i64(cg, cg_size(elem)), ""));
  return mkslice(cg, ptr, newlen, cap);
}

// append(x, args...) or append(x, y...): all operands are evaluated first;
// the runtime is called only when the capacity does not suffice.
LLVMValueRef cg_append(CG *cg, IRExpr *e) {
  Type *elem = under(e->x->type)->elem;
  if (append_of_make(e))
    return append_make(cg, e, elem);
  LLVMTypeRef ety = cg_type(cg, elem);
  LLVMValueRef s = cg_expr(cg, e->x);
  LLVMValueRef ys = e->y ? cg_expr(cg, e->y) : NULL;
  LLVMValueRef *vals = xmalloc(sizeof(LLVMValueRef) * (e->nargs + 1));
  // append(s, place) of a big element: keep the place's address and copy
  // memory to memory after growing, instead of carrying the value in
  // registers across the runtime call (at -O0: a spill and a reload per
  // word). Only growslice runs in between, which never writes Go memory.
  LLVMValueRef from = NULL;
  int64_t esize = cg_size(elem);
  if (!e->y && e->nargs == 1 && esize > 64 && cg_is_place(e->args[0]))
    from = cg_addr(cg, e->args[0]);
  else
    cg_expr_list(cg, e->args, e->nargs, vals);
  if (!e->y && e->nargs == 0) {
    free(vals);
    return s;
  }
  LLVMValueRef ptr = ext(cg, s, 0), len = ext(cg, s, 1), cap = ext(cg, s, 2);
  LLVMValueRef add = ys ? ext(cg, ys, 1) : cg_i64(cg, e->nargs);
  LLVMValueRef newlen = LLVMBuildAdd(cg->b, len, add, "");
  grow_if_needed(cg, &ptr, len, &cap, newlen, elem);
  if (ys) {
    LLVMValueRef dst = cg_gep_elem(cg, ety, ptr, len);
    LLVMValueRef bytes = LLVMBuildMul(cg->b, add, cg_i64(cg, cg_size(elem)), "");
    cg_memmove(cg, dst, ext(cg, ys, 0), bytes);
  }
  if (from)
    cg_memmove(cg, cg_gep_elem(cg, ety, ptr, len), from, cg_i64(cg, esize));
  else
    for (int i = 0; i < e->nargs; i++) {
      LLVMValueRef at = i ? LLVMBuildAdd(cg->b, len, cg_i64(cg, i), "") : len;
      cg_store(cg, vals[i], cg_gep_elem(cg, ety, ptr, at));
    }
  free(vals);
  return mkslice(cg, ptr, newlen, cap);
}

// copy(dst, src): min(len(dst), len(src)) elements, moved in place (the
// two may overlap), as gc's memmove call. No runtime function of ours in
// between: bytes.Buffer copies at every write.
LLVMValueRef cg_copy(CG *cg, IRExpr *e) {
  Type *xt = under(e->x->type);
  LLVMValueRef d = cg_expr(cg, e->x), s = cg_expr(cg, e->y);
  LLVMValueRef dlen = ext(cg, d, 1), slen = ext(cg, s, 1);
  LLVMValueRef shorter = LLVMBuildICmp(cg->b, LLVMIntSLT, dlen, slen, "");
  LLVMValueRef n = LLVMBuildSelect(cg->b, shorter, dlen, slen, "");
  LLVMValueRef bytes = LLVMBuildMul(cg->b, n, cg_i64(cg, cg_size(xt->elem)), "");
  cg_memmove(cg, ext(cg, d, 0), ext(cg, s, 0), bytes);
  return n;
}

// ---------------------------------------------------------------- strings

LLVMValueRef cg_concat(CG *cg, IRExpr *e) {
  LLVMValueRef buf = cg_site_buf(cg, e->site, 32);
  if (e->nargs == 2) {
    LLVMValueRef ab[2];
    cg_expr_list(cg, e->args, 2, ab);
    LLVMValueRef a = ab[0], b = ab[1];
    LLVMTypeRef ps[] = {cg->ptr, cg->ptr, cg->i64, cg->ptr, cg->i64};
    LLVMValueRef args[] = {buf, ext(cg, a, 0), ext(cg, a, 1), ext(cg, b, 0), ext(cg, b, 1)};
    return cg_prof_call(cg, e->site, "escgo_concat2", cg->strty, ps, args, 5);
  }
  LLVMTypeRef arrty = LLVMArrayType(cg->strty, e->nargs);
  LLVMValueRef parts = cg_alloca(cg, arrty, 8);
  LLVMValueRef *vals = xmalloc(sizeof(LLVMValueRef) * (e->nargs + 1));
  cg_expr_list(cg, e->args, e->nargs, vals);
  for (int i = 0; i < e->nargs; i++)
    cg_store(cg, vals[i], cg_gep_elem(cg, cg->strty, parts, cg_i64(cg, i)));
  free(vals);
  LLVMTypeRef ps[] = {cg->ptr, cg->ptr, cg->i64};
  LLVMValueRef args[] = {buf, parts, cg_i64(cg, e->nargs)};
  return cg_prof_call(cg, e->site, "escgo_concatn", cg->strty, ps, args, 3);
}

// Conversions between strings, byte slices, rune slices and runes. A stack
// site hands the runtime a buffer (gc's tmpBuf) it may use if the result fits.
LLVMValueRef cg_strconv(CG *cg, IRExpr *e) {
  LLVMValueRef x = cg_expr(cg, e->x);
  switch (e->kind) {
  case IR_STR2BYTES: case IR_STR2RUNES: {
    bool runes = e->kind == IR_STR2RUNES;
    LLVMValueRef out = cg_alloca(cg, cg->slicety, 8);
    LLVMTypeRef ps[] = {cg->ptr, cg->ptr, cg->ptr, cg->i64};
    LLVMValueRef args[] = {out, cg_site_buf(cg, e->site, runes ? 128 : 32), ext(cg, x, 0), ext(cg, x, 1)};
    cg_prof_call(cg, e->site, runes ? "escgo_str2runes" : "escgo_str2bytes", cg->voidty, ps, args, 4);
    return cg_load(cg, cg->slicety, out);
  }
  case IR_BYTES2STR: case IR_RUNES2STR: {
    LLVMTypeRef ps[] = {cg->ptr, cg->ptr, cg->i64, cg->i64};
    LLVMValueRef args[] = {cg_site_buf(cg, e->site, 32), ext(cg, x, 0), ext(cg, x, 1), ext(cg, x, 2)};
    const char *fn = e->kind == IR_BYTES2STR ? "escgo_bytes2str" : "escgo_runes2str";
    return cg_prof_call(cg, e->site, fn, cg->strty, ps, args, 4);
  }
  default: {   // IR_RUNE2STR
    LLVMTypeRef ps[] = {cg->ptr, cg->i64};
    LLVMValueRef args[] = {cg_site_buf(cg, e->site, 32), cg_to_i64(cg, x, e->x->type)};
    return cg_prof_call(cg, e->site, "escgo_rune2str", cg->strty, ps, args, 2);
  }
  }
}

// (rune, next index) at s[i], for range over a string; ASCII inline.
LLVMValueRef cg_decoderune(CG *cg, IRExpr *e) {
  LLVMValueRef s = cg_expr(cg, e->x);
  LLVMValueRef i = cg_to_i64(cg, cg_expr(cg, e->y), e->y->type);
  LLVMValueRef p = ext(cg, s, 0), len = ext(cg, s, 1);
  LLVMValueRef c = cg_load(cg, cg->i8, cg_gep_bytes(cg, p, i));
  LLVMBasicBlockRef from = LLVMGetInsertBlock(cg->b);
  LLVMBasicBlockRef slow = cg_block(cg, "rune.slow"), done = cg_block(cg, "rune.done");
  LLVMValueRef rfast = LLVMBuildZExt(cg->b, c, cg->i32, "");
  LLVMValueRef nfast = LLVMBuildAdd(cg->b, i, cg_i64(cg, 1), "");
  LLVMValueRef ascii = LLVMBuildICmp(cg->b, LLVMIntULT, c, LLVMConstInt(cg->i8, 0x80, 0), "");
  LLVMBuildCondBr(cg->b, ascii, done, slow);
  cg_at(cg, slow);
  LLVMValueRef next = cg_alloca(cg, cg->i64, 8);
  LLVMTypeRef ps[] = {cg->ptr, cg->i64, cg->i64, cg->ptr};
  LLVMValueRef args[] = {p, len, i, next};
  LLVMValueRef r2 = cg_rtcall(cg, "escgo_decoderune", cg->i32, ps, args, 4);
  LLVMValueRef n2 = cg_load(cg, cg->i64, next);
  LLVMBasicBlockRef from_slow = LLVMGetInsertBlock(cg->b);
  LLVMBuildBr(cg->b, done);
  cg_at(cg, done);
  LLVMValueRef rphi = LLVMBuildPhi(cg->b, cg->i32, ""), nphi = LLVMBuildPhi(cg->b, cg->i64, "");
  LLVMBasicBlockRef bbs[] = {from, from_slow};
  LLVMValueRef rv[] = {rfast, r2}, nv[] = {nfast, n2};
  LLVMAddIncoming(rphi, rv, bbs, 2);
  LLVMAddIncoming(nphi, nv, bbs, 2);
  LLVMValueRef t = LLVMGetUndef(cg_type(cg, e->type));
  t = LLVMBuildInsertValue(cg->b, t, rphi, 0, "");
  return LLVMBuildInsertValue(cg->b, t, nphi, 1, "");
}

// ---------------------------------------------------------------- make, literals

LLVMValueRef cg_makeslice(CG *cg, IRExpr *e) {
  Type *elem = under(e->type)->elem;
  LLVMValueRef len = cg_to_i64(cg, cg_expr(cg, e->x), e->x->type);
  LLVMValueRef cap = e->y ? cg_to_i64(cg, cg_expr(cg, e->y), e->y->type) : len;
  LLVMValueRef p;
  if (e->site && e->site->verdict == V_STACK) {
    int64_t n = under(e->site->type)->kind == TY_ARRAY ? under(e->site->type)->len : e->site->count;
    if (e->y)
      bound(cg, cap, cg_i64(cg, n), "escgo_panic_makeslice_cap");
    bound(cg, len, cap, "escgo_panic_makeslice_len");
    p = cg_site_alloc(cg, e->site);
  } else {
    LLVMTypeRef ps[] = {cg->i64, cg->i64, cg->i64, cg->i32};
    LLVMValueRef args[] = {len, cap, cg_i64(cg, cg_size(elem)),
                           LLVMConstInt(cg->i32, cg_has_ptrs(elem), 0)};
    cg_prof_mark(cg, e->site);
    p = cg_rtcall(cg, "escgo_makeslice", cg->ptr, ps, args, 4);
  }
  return mkslice(cg, p, len, cap);
}

LLVMValueRef cg_slicelit(CG *cg, IRExpr *e) {
  Type *elem = under(e->type)->elem;
  LLVMTypeRef ety = cg_type(cg, elem);
  int64_t n = 0;
  LLVMValueRef p;
  if (e->site) {
    n = under(e->site->type)->len;
    p = cg_site_alloc(cg, e->site);
  } else {
    for (int i = 0; i < e->nargs; i++)
      if (e->idx[i] + 1 > n)
        n = e->idx[i] + 1;
    LLVMTypeRef ps[] = {cg->i64, cg->i32};
    LLVMValueRef args[] = {cg_i64(cg, n * cg_size(elem)), LLVMConstInt(cg->i32, cg_has_ptrs(elem), 0)};
    p = cg_rtcall(cg, "escgo_alloc", cg->ptr, ps, args, 2);
  }
  // gc's order (cg_expr_list): elements that call first; each is stored as
  // it is evaluated (the backing array is not visible yet).
  for (int pass = 0; pass < 2; pass++)
    for (int i = 0; i < e->nargs; i++)
      if (cg_calls(e->args[i]) == (pass == 0))
        cg_store_expr(cg, cg_gep_elem(cg, ety, p, cg_i64(cg, e->idx[i])), e->args[i], elem);
  return mkslice(cg, p, cg_i64(cg, n), cg_i64(cg, n));
}

// ---------------------------------------------------------------- print

static void print_value(CG *cg, LLVMValueRef v, Type *t) {
  Type *u = under(t);
  const char *fn;
  LLVMValueRef args[3];
  LLVMTypeRef ps[3];
  int n = 1;
  args[0] = v;
  switch (u->kind) {
  case TY_BOOL: case TY_UNTYPED_BOOL: fn = "escgo_print_bool"; break;
  case TY_FLOAT32: case TY_FLOAT64: case TY_UNTYPED_FLOAT:
    fn = "escgo_print_float";
    if (LLVMTypeOf(v) != cg->f64)
      args[0] = LLVMBuildFPExt(cg->b, v, cg->f64, "");
    break;
  case TY_COMPLEX64: case TY_COMPLEX128:
    fn = "escgo_print_complex", n = 2;
    args[0] = ext(cg, v, 0), args[1] = ext(cg, v, 1);
    if (u->kind == TY_COMPLEX64) {
      args[0] = LLVMBuildFPExt(cg->b, args[0], cg->f64, "");
      args[1] = LLVMBuildFPExt(cg->b, args[1], cg->f64, "");
    }
    break;
  case TY_STRING: case TY_UNTYPED_STRING:
    fn = "escgo_print_string", n = 2, args[0] = ext(cg, v, 0), args[1] = ext(cg, v, 1);
    break;
  case TY_SLICE:
    fn = "escgo_print_slice", n = 3;
    args[0] = ext(cg, v, 0), args[1] = ext(cg, v, 1), args[2] = ext(cg, v, 2);
    break;
  case TY_INTERFACE:
    fn = "escgo_print_eface", n = 2, args[0] = ext(cg, v, 0), args[1] = ext(cg, v, 1);
    break;
  case TY_PTR: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR: case TY_UNTYPED_NIL:
    fn = "escgo_print_pointer";
    break;
  default:
    if (!is_integer(u))
      ice("codegen: cannot print %s", type_string(t, true));
    fn = is_unsigned(u) ? "escgo_print_uint" : "escgo_print_int";
    args[0] = cg_to_i64(cg, v, u);
  }
  for (int i = 0; i < n; i++)
    ps[i] = LLVMTypeOf(args[i]);
  cg_rtcall(cg, fn, cg->voidty, ps, args, n);
}

static void print_call(CG *cg, const char *fn) { cg_rtcall(cg, fn, cg->voidty, NULL, NULL, 0); }

// print/println: arguments are evaluated before the output lock is taken.
void cg_print(CG *cg, IRStmt *s) {
  LLVMValueRef *vals = xmalloc(sizeof(LLVMValueRef) * (s->nargs + 1));
  for (int i = 0; i < s->nargs; i++)
    vals[i] = cg_expr(cg, s->args[i]);
  print_call(cg, "escgo_print_lock");
  for (int i = 0; i < s->nargs; i++) {
    if (s->newline && i > 0)
      print_call(cg, "escgo_print_space");
    print_value(cg, vals[i], s->args[i]->type);
  }
  if (s->newline)
    print_call(cg, "escgo_print_nl");
  print_call(cg, "escgo_print_unlock");
  free(vals);
}
