// codegen/chan.c — goroutines and channels through runtime/goroutine.c and
// chan.c (escgo_rt.h "goroutines", "channels and select"). Elements pass by
// address: a sent value is spilled to an entry-block alloca first, a
// received one lands in an alloca (or, in a select, in its temp).
#include "internal.h"

#include "../../runtime/escgo_rt.h"

static LLVMValueRef spill(CG *cg, LLVMValueRef v, Type *t) {
  LLVMValueRef p = cg_alloca(cg, cg_type(cg, t), cg_align(t));
  cg_store(cg, v, p);
  return p;
}

void cg_go_stmt(CG *cg, IRStmt *s) {
  LLVMTypeRef ps[] = {cg->ptr};
  LLVMValueRef args[] = {cg_expr(cg, s->x)};
  cg_rtcall(cg, "escgo_go", cg->voidty, ps, args, 1);
}

void cg_send_stmt(CG *cg, IRStmt *s) {
  LLVMValueRef c = cg_expr(cg, s->x);
  LLVMValueRef v = spill(cg, cg_expr(cg, s->y), s->y->type);
  LLVMTypeRef ps[] = {cg->ptr, cg->ptr};
  LLVMValueRef args[] = {c, v};
  cg_rtcall(cg, "escgo_chansend", cg->voidty, ps, args, 2);
}

LLVMValueRef cg_makechan(CG *cg, IRExpr *e) {
  Type *elem = under(e->type)->elem;
  LLVMTypeRef ps[] = {cg->i64, cg->i32, cg->i64};
  LLVMValueRef args[] = {cg_i64(cg, type_size(elem)), LLVMConstInt(cg->i32, cg_has_ptrs(elem), 0),
                         e->x ? cg_to_i64(cg, cg_expr(cg, e->x), e->x->type) : cg_i64(cg, 0)};
  return cg_rtcall(cg, "escgo_makechan", cg->ptr, ps, args, 3);
}

static LLVMValueRef pair(CG *cg, Type *tt, LLVMValueRef v, LLVMValueRef ok) {
  LLVMValueRef r = LLVMGetUndef(cg_type(cg, tt));
  r = LLVMBuildInsertValue(cg->b, r, v, 0, "");
  return LLVMBuildInsertValue(cg->b, r, ok, 1, "");
}

// <-c; (value, ok) with a tuple type; a select's receive reads its temps.
LLVMValueRef cg_recv(CG *cg, IRExpr *e) {
  bool tuple = e->type->kind == TY_TUPLE;
  if (e->y) {
    LLVMValueRef v = cg_expr(cg, e->x);
    return tuple ? pair(cg, e->type, v, cg_expr(cg, e->y)) : v;
  }
  Type *vt = under(e->x->type)->elem;
  LLVMValueRef c = cg_expr(cg, e->x);
  LLVMValueRef out = cg_alloca(cg, cg_type(cg, vt), cg_align(vt));
  cg_store(cg, cg_zero(cg, vt), out);
  LLVMTypeRef ps[] = {cg->ptr, cg->ptr};
  LLVMValueRef args[] = {c, out};
  LLVMValueRef ok = cg_rtcall(cg, "escgo_chanrecv", cg->i8, ps, args, 2);
  LLVMValueRef v = cg_load(cg, cg_type(cg, vt), out);
  if (!tuple)
    return v;
  return pair(cg, e->type, v, cg_bool(cg, LLVMBuildICmp(cg->b, LLVMIntNE, ok, LLVMConstNull(cg->i8), "")));
}

// The cases go into an array of GoSelectCase {chan, elem address, dir}.
LLVMValueRef cg_select(CG *cg, IRExpr *e) {
  int n = e->nargs / 2;
  LLVMTypeRef fields[] = {cg->ptr, cg->ptr, cg->i64};
  LLVMTypeRef caset = LLVMStructTypeInContext(cg->ctx, fields, 3, 0);
  LLVMValueRef cases = cg_alloca(cg, LLVMArrayType(caset, (unsigned)(n ? n : 1)), 8);
  for (int i = 0; i < n; i++) {
    IRExpr *c = e->args[2 * i], *v = e->args[2 * i + 1];
    LLVMValueRef elem = e->idx[i] ? spill(cg, cg_expr(cg, v), v->type) : cg_var_addr(cg, v->var);
    LLVMValueRef slot = cg_gep_elem(cg, caset, cases, cg_i64(cg, i));
    cg_store(cg, cg_expr(cg, c), cg_gep_field(cg, caset, slot, 0));
    cg_store(cg, elem, cg_gep_field(cg, caset, slot, 1));
    cg_store(cg, cg_i64(cg, e->idx[i]), cg_gep_field(cg, caset, slot, 2));
  }
  LLVMTypeRef ps[] = {cg->ptr, cg->i64, cg->i8, cg->ptr};
  LLVMValueRef args[] = {cases, cg_i64(cg, n), LLVMConstInt(cg->i8, e->ival != 0, 0), cg_var_addr(cg, e->y->var)};
  return cg_rtcall(cg, "escgo_select", cg->i64, ps, args, 4);
}
