// codegen/expr.c — expressions: places and their addresses (with nil and bounds
// checks), loads, constants, composite literals, calls, and assignment.
// Operators live in codegen/ops.c, runtime-backed expressions in codegen/runtime.c.
#include "internal.h"

LLVMValueRef cg_zero(CG *cg, Type *t) { return LLVMConstNull(cg_type(cg, t)); }

static bool is_aggregate(Type *t) {
  switch (under(t)->kind) {
  case TY_STRING: case TY_SLICE: case TY_INTERFACE: case TY_STRUCT: case TY_ARRAY:
  case TY_COMPLEX64: case TY_COMPLEX128:
    return true;
  default:
    return false;
  }
}

LLVMValueRef cg_to_i64(CG *cg, LLVMValueRef v, Type *t) {
  LLVMTypeRef ty = LLVMTypeOf(v);
  if (ty == cg->i64)
    return v;
  if (is_unsigned(t) || is_boolean(t))
    return LLVMBuildZExt(cg->b, v, cg->i64, "");
  return LLVMBuildSExt(cg->b, v, cg->i64, "");
}

// Copies a value into an entry-block temporary and returns its address.
static LLVMValueRef spill(CG *cg, LLVMValueRef v, Type *t) {
  LLVMValueRef p = cg_alloca(cg, cg_type(cg, t), cg_align(t));
  cg_store(cg, v, p);
  return p;
}

// Go never lets a load through nil reach the hardware: LLVM would treat it
// as undefined behaviour and may delete or reorder it.
static void nil_check(CG *cg, LLVMValueRef p) {
  if (LLVMIsAAllocaInst(p) || LLVMIsAGlobalVariable(p))
    return;
  LLVMValueRef isnil = LLVMBuildICmp(cg->b, LLVMIntEQ, p, LLVMConstNull(LLVMTypeOf(p)), "");
  cg_check(cg, isnil, "escgo_panic_nil", NULL, 0);
}

// if uint(i) >= uint(len) { panic index out of range [i] with length len }
static void index_check(CG *cg, LLVMValueRef i, LLVMValueRef len) {
  if (LLVMIsAConstantInt(i) && LLVMIsAConstantInt(len) &&
      (uint64_t)LLVMConstIntGetSExtValue(i) < (uint64_t)LLVMConstIntGetSExtValue(len))
    return;
  LLVMValueRef bad = LLVMBuildICmp(cg->b, LLVMIntUGE, i, len, "");
  LLVMValueRef args[] = {i, len};
  cg_check(cg, bad, "escgo_panic_index", args, 2);
}

bool cg_is_place(IRExpr *e) {
  switch (e->kind) {
  case IR_VAR: case IR_DEREF: case IR_SLICEINDEX:
    return true;
  case IR_FIELD: case IR_INDEX:
    return cg_is_place(e->x);
  default:
    return false;
  }
}

static LLVMValueRef index_value(CG *cg, IRExpr *y) { return cg_to_i64(cg, cg_expr(cg, y), y->type); }

LLVMValueRef cg_addr(CG *cg, IRExpr *e) {
  switch (e->kind) {
  case IR_VAR:
    return cg_var_addr(cg, e->var);
  case IR_DEREF: {
    LLVMValueRef p = cg_expr(cg, e->x);
    nil_check(cg, p);
    return p;
  }
  case IR_FIELD: {
    LLVMValueRef base = cg_addr(cg, e->x);
    return cg_gep_field(cg, cg_type(cg, e->x->type), base, cg_field_index(cg, e->x->type, e->field));
  }
  case IR_INDEX: {
    Type *at = under(e->x->type);
    LLVMValueRef base = cg_addr(cg, e->x);
    LLVMValueRef i = index_value(cg, e->y);
    index_check(cg, i, cg_i64(cg, at->len));
    return cg_gep_elem(cg, cg_type(cg, at->elem), base, i);
  }
  case IR_SLICEINDEX: {
    LLVMValueRef s = cg_expr(cg, e->x);
    LLVMValueRef i = index_value(cg, e->y);
    index_check(cg, i, cg_extract(cg, s, 1));
    LLVMValueRef p = cg_extract(cg, s, 0);
    return cg_gep_elem(cg, cg_type(cg, e->type), p, i);
  }
  default:
    return spill(cg, cg_expr(cg, e), e->type);   // e.g. indexing an array-valued call result
  }
}

// ---------------------------------------------------------------- values

static LLVMValueRef const_expr(CG *cg, IRExpr *e) {
  Type *t = under(e->type);
  LLVMTypeRef ty = cg_type(cg, t);
  if (is_string(t))
    return cg_strconst(cg, e->sval, e->slen);
  if (is_float(t))
    return LLVMConstReal(ty, e->fval);
  if (t->kind == TY_COMPLEX64 || t->kind == TY_COMPLEX128) {
    LLVMTypeRef ft = t->kind == TY_COMPLEX64 ? cg->f32 : cg->f64;
    LLVMValueRef v[] = {LLVMConstReal(ft, e->fval), LLVMConstReal(ft, e->fimag)};
    return LLVMConstStructInContext(cg->ctx, v, 2, 0);
  }
  if (LLVMGetTypeKind(ty) == LLVMIntegerTypeKind)
    return LLVMConstInt(ty, (uint64_t)e->ival, 0);
  return LLVMConstNull(ty);   // nil
}

static LLVMValueRef strindex(CG *cg, IRExpr *e) {
  LLVMValueRef s = cg_expr(cg, e->x);
  LLVMValueRef i = index_value(cg, e->y);
  index_check(cg, i, cg_extract(cg, s, 1));
  LLVMValueRef p = cg_extract(cg, s, 0);
  return cg_load(cg, cg->i8, cg_gep_bytes(cg, p, i));
}

// A field or element of a value that is not in memory.
static LLVMValueRef field_or_index_value(CG *cg, IRExpr *e) {
  if (e->kind == IR_FIELD) {
    LLVMValueRef x = cg_expr(cg, e->x);
    return cg_extract(cg, x, cg_field_index(cg, e->x->type, e->field));
  }
  if (e->y->kind == IR_CONST) {
    Type *at = under(e->x->type);
    LLVMValueRef x = cg_expr(cg, e->x);
    if (e->y->ival >= 0 && e->y->ival < at->len)
      return cg_extract(cg, x, (unsigned)e->y->ival);
    IRExpr copy = *e;   // out of range: let cg_addr report it at run time
    return cg_load(cg, cg_type(cg, e->type), cg_addr(cg, &copy));
  }
  return cg_load(cg, cg_type(cg, e->type), cg_addr(cg, e));
}

static LLVMValueRef andor(CG *cg, IRExpr *e) {
  bool is_and = e->kind == IR_ANDAND;
  LLVMValueRef x = cg_cond(cg, cg_expr(cg, e->x));
  LLVMBasicBlockRef from_x = LLVMGetInsertBlock(cg->b);
  LLVMBasicBlockRef rhs = cg_block(cg, is_and ? "and.rhs" : "or.rhs"), end = cg_block(cg, "andor.end");
  if (is_and)
    LLVMBuildCondBr(cg->b, x, rhs, end);
  else
    LLVMBuildCondBr(cg->b, x, end, rhs);
  cg_at(cg, rhs);
  LLVMValueRef y = cg_expr(cg, e->y);
  LLVMBasicBlockRef from_y = LLVMGetInsertBlock(cg->b);
  LLVMBuildBr(cg->b, end);
  cg_at(cg, end);
  LLVMValueRef phi = LLVMBuildPhi(cg->b, cg->i8, "");
  LLVMValueRef vals[] = {LLVMConstInt(cg->i8, is_and ? 0 : 1, 0), y};
  LLVMBasicBlockRef bbs[] = {from_x, from_y};
  LLVMAddIncoming(phi, vals, bbs, 2);
  return phi;
}

static LLVMValueRef call(CG *cg, IRExpr *e) {
  CgFunc *cf = cg_func(cg, e->fn);
  LLVMValueRef *args = xmalloc(sizeof(LLVMValueRef) * (e->nargs + 1));
  cg_arg_list(cg, e->args, e->nargs, args);
  LLVMValueRef r = cg_call(cg, cf->fn, args, e->nargs);
  free(args);
  return r;
}

static LLVMValueRef len_cap(CG *cg, IRExpr *e) {
  Type *t = under(e->x->type);
  if (t->kind == TY_PTR)
    t = under(t->elem);
  if (t->kind == TY_ARRAY)
    return cg_i64(cg, t->len);
  if (t->kind == TY_MAP)
    return cg_maplen(cg, cg_expr(cg, e->x));
  if (t->kind != TY_STRING && t->kind != TY_SLICE)
    ice("codegen: len/cap of %s", type_string(t, true));
  LLVMValueRef x = cg_expr(cg, e->x);
  return cg_extract(cg, x, e->kind == IR_CAP ? 2 : 1);
}

// Index of args[i] of a composite literal in the LLVM aggregate.
// ---- gc's order of evaluation in a list of operands (call arguments,
// literal elements, append, string concatenation): the operands that call
// a function or receive from a channel are evaluated first, left to right,
// then the others. gc's order pass copies calls into temporaries before
// the rest of the list is evaluated, so fmt.Println(s[i], g()) calls g
// before the bounds check of s[i] fails. (The spec leaves this open.)

typedef struct {
  IRVisitor v;
  bool found;
  int budget;   // nodes left to look at
} CallFinder;

static void find_call(IRVisitor *v, IRExpr *e, IRSlot at) {
  CallFinder *cf = (CallFinder *)v;
  if (cf->found || --cf->budget < 0)
    return;
  switch (e->kind) {
  case IR_CALL: case IR_RTCALL: case IR_CALLVALUE: case IR_ICALL: case IR_RECV:
  case IR_APPEND: case IR_COPY: case IR_INLCALL:   // (they write memory a later operand may read)
    cf->found = true;
    return;
  default:
    ir_expr_children(e, v);
  }
}

// Does e call a function (or receive)? The search looks at 1,000 nodes at
// most, so operands 100,000 deep stay linear to compile; past that it
// answers no, and the operands keep their source order.
bool cg_calls(IRExpr *e) {
  CallFinder cf = {{find_call, NULL}, false, 1000};
  find_call(&cf.v, e, (IRSlot){IR_F_X, 0});
  return cf.found;
}

// A big argument's value copied into a temporary of the caller's frame:
// the pointer the callee receives (cg_param_type).
static LLVMValueRef arg_copy(CG *cg, IRExpr *e) {
  LLVMValueRef tmp = cg_alloca(cg, cg_type(cg, e->type), cg_align(e->type));
  cg_store_expr(cg, tmp, e, e->type);
  return tmp;
}

static void operand_list(CG *cg, IRExpr **es, int n, LLVMValueRef *vals, bool args) {
  for (int pass = 0; pass < 2; pass++)
    for (int i = 0; i < n; i++)
      if (cg_calls(es[i]) == (pass == 0))
        vals[i] = args && cg_is_big(es[i]->type) ? arg_copy(cg, es[i]) : cg_expr(cg, es[i]);
}

// vals[i] = the value of es[i], in gc's order (above).
void cg_expr_list(CG *cg, IRExpr **es, int n, LLVMValueRef *vals) { operand_list(cg, es, n, vals, false); }

void cg_arg_list(CG *cg, IRExpr **es, int n, LLVMValueRef *vals) { operand_list(cg, es, n, vals, true); }

static unsigned complit_index(CG *cg, Type *t, int64_t idx) {
  if (under(t)->kind == TY_STRUCT)
    return (unsigned)cg_field_index(cg, t, (int)idx);
  return (unsigned)idx;
}

static LLVMValueRef complit(CG *cg, IRExpr *e) {
  LLVMValueRef v = cg_zero(cg, e->type);
  LLVMValueRef *vals = xmalloc(sizeof(LLVMValueRef) * (e->nargs + 1));
  cg_expr_list(cg, e->args, e->nargs, vals);
  for (int i = 0; i < e->nargs; i++) {
    LLVMValueRef a = vals[i];
    v = LLVMBuildInsertValue(cg->b, v, a, complit_index(cg, e->type, e->idx[i]), "");
  }
  free(vals);
  return v;
}

static LLVMValueRef addrlit(CG *cg, IRExpr *e) {
  LLVMValueRef p = cg_site_alloc(cg, e->site);
  Type *et = e->x->type;
  if (e->x->kind != IR_ZERO)
    cg_store_expr(cg, p, e->x, et);
  return p;
}

// An inlined call: its body, then its results (a tuple of several).
static LLVMValueRef inlcall(CG *cg, IRExpr *e) {
  IRStmt *b = e->body;
  cg_stmt(cg, b->stmts[0]);   // the arguments, evaluated in the caller
  CGDebugScope saved = cg_debug_enter_inlined(cg, e->fn, e->pos);
  for (int i = 1; i < b->nstmts; i++)
    cg_stmt(cg, b->stmts[i]);
  cg_debug_leave_inlined(cg, saved);
  cg_debug_loc(cg, e->pos);
  if (!e->nargs)
    return NULL;
  if (e->nargs == 1)
    return cg_expr(cg, e->args[0]);
  LLVMValueRef v = LLVMGetUndef(cg_type(cg, e->type));
  for (int i = 0; i < e->nargs; i++)
    v = LLVMBuildInsertValue(cg->b, v, cg_expr(cg, e->args[i]), (unsigned)i, "");
  return v;
}

LLVMValueRef cg_expr(CG *cg, IRExpr *e) {
  switch (e->kind) {
  case IR_INLCALL: return inlcall(cg, e);
  case IR_CONST: return const_expr(cg, e);
  case IR_ZERO: return cg_zero(cg, e->type);
  case IR_VAR: case IR_DEREF: case IR_SLICEINDEX:
    return cg_load(cg, cg_type(cg, e->type), cg_addr(cg, e));
  case IR_FIELD: case IR_INDEX:
    if (cg_is_place(e))
      return cg_load(cg, cg_type(cg, e->type), cg_addr(cg, e));
    return field_or_index_value(cg, e);
  case IR_STRINDEX: return strindex(cg, e);
  case IR_ADDR: return cg_addr(cg, e->x);
  case IR_UNARY: return cg_unary(cg, e);
  case IR_BINARY: return cg_binary(cg, e);
  case IR_ANDAND: case IR_OROR: return andor(cg, e);
  case IR_CONV: return cg_conv(cg, cg_expr(cg, e->x), e->x->type, e->type);
  case IR_COMPLEX: case IR_REAL: case IR_IMAG: return cg_complex_part(cg, e);
  case IR_BOX: return cg_box(cg, e);
  case IR_CALL: return call(cg, e);
  case IR_ICALL: return cg_icall(cg, e);
  case IR_ASSERT: return cg_assert(cg, e);
  case IR_RTCALL: return cg_rtcall_expr(cg, e);
  case IR_EXTRACT: return cg_extract(cg, cg_expr(cg, e->x), e->field);
  case IR_LEN: case IR_CAP: return len_cap(cg, e);
  case IR_NEW: return cg_site_alloc(cg, e->site);
  case IR_COMPLIT: return complit(cg, e);
  case IR_ADDRLIT: return addrlit(cg, e);
  case IR_MAKESLICE: return cg_makeslice(cg, e);
  case IR_SLICELIT: return cg_slicelit(cg, e);
  case IR_SLICE: return cg_slice_expr(cg, e);
  case IR_APPEND: return cg_append(cg, e);
  case IR_COPY: return cg_copy(cg, e);
  case IR_CONCAT: return cg_concat(cg, e);
  case IR_STR2BYTES: case IR_BYTES2STR: case IR_STR2RUNES: case IR_RUNES2STR:
  case IR_RUNE2STR:
    return cg_strconv(cg, e);
  case IR_DECODERUNE: return cg_decoderune(cg, e);
  case IR_FUNCVALUE: return cg_funcvalue(cg, e->fn);
  case IR_CLOSURE: return cg_closure(cg, e);
  case IR_CALLVALUE: return cg_callvalue(cg, e);
  case IR_RECOVER: return cg_recover(cg, e);
  case IR_RECOVERTOKEN: return cg_load(cg, cg->ptr, cg->recover_token);
  case IR_MAKEMAP: return cg_makemap(cg, e);
  case IR_MAPINDEX: return cg_mapindex(cg, e);
  case IR_MAPDELETE: return cg_mapdelete(cg, e);
  case IR_MAKECHAN: return cg_makechan(cg, e);
  case IR_RECV: return cg_recv(cg, e);
  case IR_SELECT: return cg_select(cg, e);
  case IR_MAPITERINIT: case IR_MAPITERNEXT: case IR_MAPITERKEY: case IR_MAPITERVAL:
    return cg_mapiter(cg, e);
  case IR_UNSAFEADD: case IR_UNSAFESLICE: case IR_SLICE2ARRPTR: return cg_unsafe(cg, e);
  case IR_NUM_KINDS: break;   // not a kind
  }
  ice("codegen: unknown expression kind %d", e->kind);
}

// ---------------------------------------------------------------- stores

// Large values (cg_is_big) are not worth building as SSA aggregates: zero
// values become memset, copies of places memmove, big literals per-element
// stores.

static void zero_into(CG *cg, LLVMValueRef p, Type *t) {
  if (is_aggregate(t))
    cg_memzero(cg, p, cg_size(t), cg_align(t));
  else
    cg_store(cg, cg_zero(cg, t), p);
}

// Stores a big composite literal: all elements are evaluated before the
// destination is touched, since they may read it (p = T{p.b, p.a}).
static void store_big_complit(CG *cg, IRExpr *dst, LLVMValueRef addr, IRExpr *lit) {
  LLVMValueRef *vals = xmalloc(sizeof(LLVMValueRef) * (lit->nargs + 1));
  cg_expr_list(cg, lit->args, lit->nargs, vals);
  LLVMValueRef p = dst ? cg_addr(cg, dst) : addr;
  Type *t = lit->type;
  zero_into(cg, p, t);
  LLVMTypeRef ty = cg_type(cg, t);
  for (int i = 0; i < lit->nargs; i++) {
    LLVMValueRef ep;
    if (under(t)->kind == TY_STRUCT)
      ep = cg_gep_field(cg, ty, p, complit_index(cg, t, lit->idx[i]));
    else
      ep = cg_gep_elem(cg, cg_type(cg, under(t)->elem), p, cg_i64(cg, lit->idx[i]));
    cg_store(cg, vals[i], ep);
  }
  free(vals);
}

// *(dst place, or addr) = src. The source is evaluated before the
// destination's address (and its nil/bounds checks), as gc does after order.
static void store_into(CG *cg, IRExpr *dst, LLVMValueRef addr, IRExpr *src, Type *t) {
  if (!src || src->kind == IR_ZERO) {
    zero_into(cg, dst ? cg_addr(cg, dst) : addr, t);
    return;
  }
  if (src->kind == IR_COMPLIT && cg_is_big(t)) {
    store_big_complit(cg, dst, addr, src);
    return;
  }
  if (cg_is_big(t) && cg_is_place(src)) {
    LLVMValueRef from = cg_addr(cg, src);
    LLVMValueRef to = dst ? cg_addr(cg, dst) : addr;
    cg_memmove(cg, to, from, cg_i64(cg, cg_size(t)));
    return;
  }
  LLVMValueRef v = cg_expr(cg, src);
  cg_store(cg, v, dst ? cg_addr(cg, dst) : addr);
}

void cg_store_expr(CG *cg, LLVMValueRef addr, IRExpr *src, Type *t) { store_into(cg, NULL, addr, src, t); }

void cg_assign(CG *cg, IRExpr *dst, IRExpr *src) {
  if (dst->kind == IR_MAPINDEX)
    cg_mapassign(cg, dst, src);
  else
    store_into(cg, dst, NULL, src, dst->type);
}
