// codegen/rangeclear.c — a range loop gc's walk replaces by a clear
// (IRStmt.clear, set by lower/rangeclear.c): the loop's block is emitted
// without the loop, its clear in its place.
//
//   for k := range m { delete(m, k) }   ->  escgo_mapclear(type, m)
//   for i := range a { a[i] = zero }    ->  if n := len(a); n != 0 {
//                                               memclr(&a[0], n * sizeof(a[0])); i = n - 1 }
//
// The pieces are found in the block as lower.c builds range loops; a block
// that does not look like that is emitted as the loop it is.
#include "internal.h"

// The statement `EXPR mapiterinit(it, m)` that starts the loop, or NULL.
static IRStmt *map_iter_init(IRStmt *block) {
  for (int i = 0; i < block->nstmts; i++) {
    IRStmt *s = block->stmts[i];
    if (s->kind == IR_S_EXPR && s->x && s->x->kind == IR_MAPITERINIT)
      return s;
  }
  return NULL;
}

static IRStmt *loop_of(IRStmt *block) {
  IRStmt *last = block->nstmts ? block->stmts[block->nstmts - 1] : NULL;
  return last && last->kind == IR_S_FOR ? last : NULL;
}

// The range statement's declarations (its operand's copy, the index
// variables) run as they would; the clear replaces starting the iterator,
// and the loop is left out.
static bool emit_map_clear(CG *cg, IRStmt *block) {
  IRStmt *init = map_iter_init(block), *loop = loop_of(block);
  if (!init || !loop)
    return false;
  for (int i = 0; i < block->nstmts; i++) {
    IRStmt *s = block->stmts[i];
    if (s == init) {
      IRExpr *m = init->x->x;
      LLVMTypeRef ps[] = {cg->ptr, cg->ptr};
      LLVMValueRef args[] = {cg_type_desc(cg, m->type), cg_expr(cg, m)};
      cg_rtcall(cg, "escgo_mapclear", cg->voidty, ps, args, 2);
    } else if (s != loop) {
      cg_stmt(cg, s);
    }
  }
  return true;
}

// What an array clear needs from the lowered loop `for hv := 0; hv < n;
// hv++ { i = hv; a[i] = zero }`: n, the place i and the element a[i].
typedef struct {
  IRExpr *len, *key, *elem;
} ArrayLoop;

static bool array_loop_parts(IRStmt *loop, ArrayLoop *p) {
  IRExpr *cond = loop->x;
  if (!cond || cond->kind != IR_BINARY || cond->op != T_LSS || cond->x->kind != IR_VAR || !loop->body ||
      loop->body->kind != IR_S_BLOCK || loop->body->nstmts == 0)
    return false;
  p->len = cond->y;
  p->key = NULL;
  IRStmt *body = loop->body;
  for (int i = 0; i < body->nstmts; i++) {
    IRStmt *s = body->stmts[i];
    if (s->kind == IR_S_ASSIGN && s->y->kind == IR_VAR && s->y->var == cond->x->var)
      p->key = s->x;
  }
  IRStmt *user = body->stmts[body->nstmts - 1];
  while (user && user->kind == IR_S_BLOCK && user->nstmts == 1)
    user = user->stmts[0];
  if (!p->key || !user || user->kind != IR_S_ASSIGN)
    return false;
  p->elem = user->x;
  if (p->elem->kind == IR_SLICEINDEX)
    return true;
  return p->elem->kind == IR_INDEX && cg_is_place(p->elem->x);
}

static bool emit_array_clear(CG *cg, IRStmt *block) {
  IRStmt *loop = loop_of(block);
  ArrayLoop p;
  if (!loop || !array_loop_parts(loop, &p))
    return false;
  for (int i = 0; i + 1 < block->nstmts; i++)
    cg_stmt(cg, block->stmts[i]);
  LLVMValueRef n = cg_to_i64(cg, cg_expr(cg, p.len), p.len->type);
  LLVMBasicBlockRef clear = cg_block(cg, "clear"), done = cg_block(cg, "clear.done");
  LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntNE, n, cg_i64(cg, 0), ""), clear, done);
  cg_at(cg, clear);
  IRExpr *a = p.elem->x;
  LLVMValueRef base = p.elem->kind == IR_SLICEINDEX ? cg_extract(cg, cg_expr(cg, a), 0) : cg_addr(cg, a);
  cg_memclr(cg, base, LLVMBuildMul(cg->b, n, cg_i64(cg, cg_size(p.elem->type)), ""));
  cg_store(cg, LLVMBuildSub(cg->b, n, cg_i64(cg, 1), ""), cg_addr(cg, p.key));
  cg_br(cg, done);
  cg_at(cg, done);
  return true;
}

// Emits block's clear; false (nothing emitted) when it has none, or -N or
// -asan asks for the loop (gc keeps it under -N and when instrumenting).
bool cg_range_clear(CG *cg, IRStmt *block) {
  if (block->clear == CLEAR_NONE || flags.no_opt || flags.asan)
    return false;
  return block->clear == CLEAR_MAP ? emit_map_clear(cg, block) : emit_array_clear(cg, block);
}
