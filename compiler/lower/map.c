// lower/map.c — maps to IR: make(map[K]V[, hint]), map literals, m[k] (value
// and comma-ok), delete, and where gc reports the implicit conversions of
// keys and values to interface types.
//
// m[k] = v is an IR_S_ASSIGN whose place is an IR_MAPINDEX (lower.c);
// range over a map is lowered in lower.c with the IR_MAPITER* nodes.
#include "internal.h"

// gc 1.19 makes the implicit conversion of a map key (and of the value in
// m[k] = v) at the position its type checker last set: that of the last
// non-constant operand it visited, left to right (a call sets its '(' before
// its arguments; constants and function names set nothing).
static void last_pos(Node *n, Pos *p) {
  if (!n || n->cval || n->is_type)
    return;
  switch (n->kind) {
  case N_PAREN:
    last_pos(n->x, p);
    return;
  case N_IDENT:
    if (n->obj && n->obj->kind == OBJ_VAR)
      *p = n->pos;
    return;
  case N_CALL:
    *p = nx(n)->lparen;
    for (int i = 0; i < n->list.len; i++)
      last_pos(n->list.data[i], p);
    return;
  case N_BINARY: case N_INDEX:
    *p = n->pos;
    last_pos(n->x, p);
    last_pos(n->y, p);
    return;
  case N_SELECTOR: case N_STAR: case N_UNARY:
    *p = n->pos;
    last_pos(n->x, p);
    return;
  default:
    *p = gc_pos(n);
    return;
  }
}

static Pos map_conv_pos(Node *m, Node *key) {
  Pos p = expr_start(m);
  last_pos(m, &p);
  last_pos(key, &p);
  return p;
}

Pos map_index_pos(Node *n) {
  n = unparen(n);
  return map_conv_pos(n->x, n->y);
}

bool is_map_index(Node *n) {
  n = unparen(n);
  return n->kind == N_INDEX && n->x->type && under(n->x->type)->kind == TY_MAP;
}

// m[k]; a TY_TUPLE type on the node (set by the checker) asks for (value, ok).
IRExpr *lower_map_index(Lowerer *l, Node *n) {
  Type *mt = under(n->x->type);
  IRExpr *e = new_expr(IR_MAPINDEX, n->pos, n->type);
  e->x = lower_expr(l, n->x);
  e->y = lower_assigned(l, n->y, mt->key, map_conv_pos(n->x, n->y));
  return e;
}


IRExpr *lower_map_delete(Lowerer *l, Node *n) {
  Node *m = n->list.data[0], *k = n->list.data[1];
  IRExpr *e = new_expr(IR_MAPDELETE, nx(n)->lparen, NULL);
  e->x = lower_expr(l, m);
  e->y = lower_assigned(l, k, under(m->type)->key, map_conv_pos(m, k));
  return e;
}

static Site *map_site(Lowerer *l, Node *n, Pos pos) {
  return new_site(l, SITE_MAKEMAP, pos, self_spell(n), array_of(ty_unsafeptr, MAP_HDR_WORDS));
}

IRExpr *lower_make_map(Lowerer *l, Node *n) {
  IRExpr *e = new_expr(IR_MAKEMAP, nx(n)->lparen, n->type);
  if (n->list.len > 1) {
    IRExpr *hint = lower_expr(l, n->list.data[1]);
    if (under(hint->type)->kind != TY_INT) {
      IRExpr *c = new_expr(IR_CONV, hint->pos, ty_int);
      c->x = hint;
      hint = c;
    }
    e->x = hint;
  }
  e->site = map_site(l, n, nx(n)->lparen);
  return e;
}

// map[K]V{k: v, ...}: both conversions of an entry are reported at its ':'.
IRExpr *lower_map_lit(Lowerer *l, Node *n) {
  Type *mt = under(n->type);
  IRExpr *e = new_expr(IR_MAKEMAP, nx(n)->lparen, n->type);
  e->nargs = 2 * n->list.len;
  e->args = xmalloc(sizeof(IRExpr *) * (e->nargs + 1));
  for (int i = 0; i < n->list.len; i++) {
    Node *kv = n->list.data[i];
    e->args[2 * i] = lower_assigned(l, kv->x, mt->key, kv->pos);
    e->args[2 * i + 1] = lower_assigned(l, kv->y, mt->elem, kv->pos);
  }
  if (n->list.len > 0) {
    e->x = const_expr(const_int64(n->list.len), ty_int, nx(n)->lparen);
  }
  e->site = map_site(l, n, nx(n)->lparen);
  return e;
}
