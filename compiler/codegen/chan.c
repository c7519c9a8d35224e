// codegen/chan.c — goroutines and channels through runtime/goroutine.c and
// chan.c (escgo_rt.h "goroutines", "channels and select"). Elements pass by
// address: a sent value is spilled to an entry-block alloca first, a
// received one lands in an alloca (or, in a select, in its temp).
#include "internal.h"

#include "../../runtime/escgo_rt.h"

static LLVMValueRef spill(LLVMValueRef v, Type *t) {
  LLVMValueRef p = cg_alloca(cg_type(t), cg_align(t));
  cg_store(v, p);
  return p;
}

void cg_go_stmt(IRStmt *s) {
  LLVMTypeRef ps[] = {cg.ptr};
  LLVMValueRef args[] = {cg_expr(s->x)};
  cg_rtcall("escgo_go", cg.voidty, ps, args, 1);
}

void cg_send_stmt(IRStmt *s) {
  LLVMValueRef c = cg_expr(s->x);
  LLVMValueRef v = spill(cg_expr(s->y), s->y->type);
  LLVMTypeRef ps[] = {cg.ptr, cg.ptr};
  LLVMValueRef args[] = {c, v};
  cg_rtcall("escgo_chansend", cg.voidty, ps, args, 2);
}

LLVMValueRef cg_makechan(IRExpr *e) {
  Type *elem = under(e->type)->elem;
  LLVMTypeRef ps[] = {cg.i64, cg.i32, cg.i64};
  LLVMValueRef args[] = {cg_i64(type_size(elem)), LLVMConstInt(cg.i32, cg_has_ptrs(elem), 0),
                         e->x ? cg_to_i64(cg_expr(e->x), e->x->type) : cg_i64(0)};
  return cg_rtcall("escgo_makechan", cg.ptr, ps, args, 3);
}

static LLVMValueRef pair(Type *tt, LLVMValueRef v, LLVMValueRef ok) {
  LLVMValueRef r = LLVMGetUndef(cg_type(tt));
  r = LLVMBuildInsertValue(cg.b, r, v, 0, "");
  return LLVMBuildInsertValue(cg.b, r, ok, 1, "");
}

// <-c; (value, ok) with a tuple type; a select's receive reads its temps.
LLVMValueRef cg_recv(IRExpr *e) {
  bool tuple = e->type->kind == TY_TUPLE;
  if (e->y) {
    LLVMValueRef v = cg_expr(e->x);
    return tuple ? pair(e->type, v, cg_expr(e->y)) : v;
  }
  Type *vt = under(e->x->type)->elem;
  LLVMValueRef c = cg_expr(e->x);
  LLVMValueRef out = cg_alloca(cg_type(vt), cg_align(vt));
  cg_store(cg_zero(vt), out);
  LLVMTypeRef ps[] = {cg.ptr, cg.ptr};
  LLVMValueRef args[] = {c, out};
  LLVMValueRef ok = cg_rtcall("escgo_chanrecv", cg.i8, ps, args, 2);
  LLVMValueRef v = cg_load(cg_type(vt), out);
  if (!tuple)
    return v;
  return pair(e->type, v, cg_bool(LLVMBuildICmp(cg.b, LLVMIntNE, ok, LLVMConstNull(cg.i8), "")));
}

// The cases go into an array of GoSelectCase {chan, elem address, dir}.
LLVMValueRef cg_select(IRExpr *e) {
  int n = e->nargs / 2;
  LLVMTypeRef fields[] = {cg.ptr, cg.ptr, cg.i64};
  LLVMTypeRef caset = LLVMStructTypeInContext(cg.ctx, fields, 3, 0);
  LLVMValueRef cases = cg_alloca(LLVMArrayType(caset, (unsigned)(n ? n : 1)), 8);
  for (int i = 0; i < n; i++) {
    IRExpr *c = e->args[2 * i], *v = e->args[2 * i + 1];
    LLVMValueRef elem = e->idx[i] ? spill(cg_expr(v), v->type) : cg_var_addr(v->var);
    LLVMValueRef slot = cg_gep_elem(caset, cases, cg_i64(i));
    cg_store(cg_expr(c), cg_gep_field(caset, slot, 0));
    cg_store(elem, cg_gep_field(caset, slot, 1));
    cg_store(cg_i64(e->idx[i]), cg_gep_field(caset, slot, 2));
  }
  LLVMTypeRef ps[] = {cg.ptr, cg.i64, cg.i8, cg.ptr};
  LLVMValueRef args[] = {cases, cg_i64(n), LLVMConstInt(cg.i8, e->ival != 0, 0), cg_var_addr(e->y->var)};
  return cg_rtcall("escgo_select", cg.i64, ps, args, 4);
}
