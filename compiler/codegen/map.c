// codegen/map.c — maps through runtime/map.c (escgo_rt.h "maps"): make and
// literals, m[k] reads (value and comma-ok), m[k] = v stores, delete, len,
// and the range-loop iterator. Keys and values pass by address: each is
// spilled to an entry-block alloca first.
#include "internal.h"

#include <stddef.h>

#include "../../runtime/escgo_rt.h"

_Static_assert(MAP_HDR_WORDS * 8 == ESCGO_MAP_HDR_SIZE, "ir.h and escgo_rt.h disagree on the map header");
_Static_assert(MAP_ITER_WORDS * 8 == ESCGO_MAPITER_SIZE, "ir.h and escgo_rt.h disagree on the iterator");

static LLVMValueRef map_desc(CG *cg, IRExpr *m) { return cg_type_desc(cg, m->type); }

// A Go value in memory, for the runtime to read.
static LLVMValueRef spill_value(CG *cg, LLVMValueRef v, Type *t) {
  LLVMValueRef p = cg_alloca(cg, cg_type(cg, t), cg_align(t));
  cg_store(cg, v, p);
  return p;
}

static LLVMValueRef key_addr(CG *cg, IRExpr *k) { return spill_value(cg, cg_expr(cg, k), k->type); }

// The value slot of key k (at address key) in map m, created if missing.
static LLVMValueRef assign_slot(CG *cg, LLVMValueRef desc, LLVMValueRef m, LLVMValueRef key) {
  LLVMTypeRef ps[] = {cg->ptr, cg->ptr, cg->ptr};
  LLVMValueRef args[] = {desc, m, key};
  return cg_rtcall(cg, "escgo_mapassign", cg->ptr, ps, args, 3);
}

// A map whose header is on the stack gets its first bucket there too, as
// gc does, unless its hint is a constant too big for one bucket: zeroed
// stack memory, or null. (A variable hint is checked at run time.)
static LLVMValueRef first_bucket(CG *cg, IRExpr *e) {
  Type *mt = under(e->type);
  bool big_hint = e->x && e->x->kind == IR_CONST && e->x->ival > ESCGO_MAP_BUCKET_CNT;
  if (e->site->verdict != V_STACK || big_hint)
    return LLVMConstNull(cg->ptr);
  int64_t bytes = escgo_map_bucket_size(cg_size(mt->key), cg_size(mt->elem));
  LLVMValueRef p = cg_alloca(cg, LLVMArrayType(cg->i64, (unsigned)(bytes / 8)), 8);
  cg_memzero(cg, p, bytes, 8);
  return p;
}

// make(map[K]V, hint) and map[K]V{k: v, ...}. A stack verdict gives the
// header an alloca (and its first bucket, first_bucket); otherwise the
// runtime allocates it.
LLVMValueRef cg_makemap(CG *cg, IRExpr *e) {
  LLVMValueRef hdr = e->site->verdict == V_STACK ? cg_site_alloc(cg, e->site) : LLVMConstNull(cg->ptr);
  if (e->site->verdict != V_STACK)
    cg_prof_mark(cg, e->site);
  LLVMValueRef hint = e->x ? cg_to_i64(cg, cg_expr(cg, e->x), e->x->type) : cg_i64(cg, 0);
  LLVMValueRef desc = map_desc(cg, e);
  LLVMTypeRef ps[] = {cg->ptr, cg->i64, cg->ptr, cg->ptr};
  LLVMValueRef args[] = {desc, hint, hdr, first_bucket(cg, e)};
  LLVMValueRef m = cg_rtcall(cg, "escgo_makemap", cg->ptr, ps, args, 4);
  for (int i = 0; i + 1 < e->nargs; i += 2) {
    LLVMValueRef key = key_addr(cg, e->args[i]);
    LLVMValueRef v = cg_expr(cg, e->args[i + 1]);
    cg_store(cg, v, assign_slot(cg, desc, m, key));
  }
  return m;
}

// m[k]: the value or its zero; with a tuple type, (value, ok).
LLVMValueRef cg_mapindex(CG *cg, IRExpr *e) {
  Type *vt = under(e->x->type)->elem;
  LLVMValueRef m = cg_expr(cg, e->x);
  LLVMValueRef key = key_addr(cg, e->y);
  LLVMValueRef out = cg_alloca(cg, cg_type(cg, vt), cg_align(vt));
  LLVMTypeRef ps[] = {cg->ptr, cg->ptr, cg->ptr, cg->ptr};
  LLVMValueRef args[] = {map_desc(cg, e->x), m, key, out};
  LLVMValueRef ok = cg_rtcall(cg, "escgo_mapaccess", cg->i8, ps, args, 4);
  LLVMValueRef v = cg_load(cg, cg_type(cg, vt), out);
  if (e->type->kind != TY_TUPLE)
    return v;
  ok = cg_bool(cg, LLVMBuildICmp(cg->b, LLVMIntNE, ok, LLVMConstNull(cg->i8), ""));
  LLVMValueRef r = LLVMGetUndef(cg_type(cg, e->type));
  r = LLVMBuildInsertValue(cg->b, r, v, 0, "");
  return LLVMBuildInsertValue(cg->b, r, ok, 1, "");
}

// A value already computed, as an expression codegen can read again: a
// temporary of the current function holding it.
static IRExpr *computed(CG *cg, LLVMValueRef v, Type *t, Pos pos) {
  Var *var = xmalloc(sizeof(Var));
  var->kind = VAR_TEMP;
  var->name = ".mapop";
  var->type = t;
  CgVar *cv = xmalloc(sizeof(CgVar));
  cv->addr = cg_alloca(cg, cg_type(cg, t), cg_align(t));
  var->cg = cv;
  cg_store(cg, v, cv->addr);
  IRExpr *e = xmalloc(sizeof(IRExpr));
  e->kind = IR_VAR;
  e->var = var;
  e->type = t;
  e->pos = pos;
  return e;
}

// m[k] op= y (lower.c's x = x op y, x one node): gc's walk finds the slot
// with one mapassign and operates through it — except for / and %, whose
// panic must come before the entry exists (order.go). y is evaluated
// first, so that len(m) in it sees the map without the new entry, as in gc.
static bool map_op_assign(CG *cg, IRExpr *dst, IRExpr *src) {
  bool binary = src->kind == IR_BINARY && src->x == dst && src->op != T_QUO && src->op != T_REM;
  bool concat = src->kind == IR_CONCAT && src->nargs == 2 && src->args[0] == dst;
  if (!binary && !concat)
    return false;
  LLVMValueRef m = cg_expr(cg, dst->x);
  LLVMValueRef key = key_addr(cg, dst->y);
  IRExpr *operand = binary ? src->y : src->args[1];
  IRExpr *y = computed(cg, cg_expr(cg, operand), operand->type, operand->pos);
  LLVMValueRef slot = assign_slot(cg, map_desc(cg, dst->x), m, key);
  IRExpr *cur = computed(cg, cg_load(cg, cg_type(cg, dst->type), slot), dst->type, dst->pos);
  IRExpr op = *src;   // the same operation on the values in hand
  IRExpr *args[2] = {cur, y};
  if (binary) {
    op.x = cur;
    op.y = y;
  } else {
    op.args = args;
  }
  cg_store(cg, cg_expr(cg, &op), slot);
  return true;
}

// m[k] = v: the map and key first, then the value, then the store, so
// that v (say len(m)) sees the map before the new entry exists.
void cg_mapassign(CG *cg, IRExpr *dst, IRExpr *src) {
  if (src && map_op_assign(cg, dst, src))
    return;
  LLVMValueRef m = cg_expr(cg, dst->x);
  LLVMValueRef key = key_addr(cg, dst->y);
  LLVMValueRef v = src ? cg_expr(cg, src) : cg_zero(cg, dst->type);
  cg_store(cg, v, assign_slot(cg, map_desc(cg, dst->x), m, key));
}

LLVMValueRef cg_mapdelete(CG *cg, IRExpr *e) {
  LLVMValueRef m = cg_expr(cg, e->x);
  LLVMValueRef key = key_addr(cg, e->y);
  LLVMTypeRef ps[] = {cg->ptr, cg->ptr, cg->ptr};
  LLVMValueRef args[] = {map_desc(cg, e->x), m, key};
  cg_rtcall(cg, "escgo_mapdelete", cg->voidty, ps, args, 3);
  return NULL;
}

LLVMValueRef cg_maplen(CG *cg, LLVMValueRef m) {
  LLVMTypeRef ps[] = {cg->ptr};
  return cg_rtcall(cg, "escgo_maplen", cg->i64, ps, &m, 1);
}

// ---------------------------------------------------------------- range

static LLVMValueRef iter_word(CG *cg, IRExpr *e, size_t offset) {
  LLVMValueRef p = cg_gep_bytes(cg, cg_var_addr(cg, e->var), cg_i64(cg, (int64_t)offset));
  return cg_load(cg, cg->ptr, p);
}

LLVMValueRef cg_mapiter(CG *cg, IRExpr *e) {
  LLVMValueRef it = cg_var_addr(cg, e->var);
  switch (e->kind) {
  case IR_MAPITERINIT: {
    LLVMTypeRef ps[] = {cg->ptr, cg->ptr, cg->ptr};
    LLVMValueRef args[] = {map_desc(cg, e->x), cg_expr(cg, e->x), it};
    cg_rtcall(cg, "escgo_mapiterinit", cg->voidty, ps, args, 3);
    return NULL;
  }
  case IR_MAPITERNEXT: {
    LLVMTypeRef ps[] = {cg->ptr};
    LLVMValueRef more = cg_rtcall(cg, "escgo_mapiternext", cg->i8, ps, &it, 1);
    return cg_bool(cg, LLVMBuildICmp(cg->b, LLVMIntNE, more, LLVMConstNull(cg->i8), ""));
  }
  case IR_MAPITERKEY:
    return cg_load(cg, cg_type(cg, e->type), iter_word(cg, e, offsetof(GoMapIter, key)));
  default:   // IR_MAPITERVAL
    return cg_load(cg, cg_type(cg, e->type), iter_word(cg, e, offsetof(GoMapIter, val)));
  }
}
