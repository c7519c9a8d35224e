// lower/chan.c — goroutines and channels in the IR: `go` (IR_S_GO with
// gc 1.19's wrapper closure, see lower_go_defer_value), make(chan T[, n])
// (IR_MAKECHAN: no site, gc never reports it), send (IR_S_SEND), receive
// (IR_RECV) and close/len/cap (runtime calls). Select and range over a
// channel are statements: lower.c.
#include "internal.h"

void lower_go(Lowerer *l, Node *s) {
  IRStmt *g = new_stmt(l, IR_S_GO, s->pos);
  g->x = lower_go_defer_value(l, s, true);
  emit(l, g);
}

void lower_send(Lowerer *l, Node *s) {
  IRStmt *st = new_stmt(l, IR_S_SEND, s->pos);
  st->x = lower_expr(l, s->x);
  st->y = lower_assigned(l, s->y, under(s->x->type)->elem, expr_start(s->y));
  emit(l, st);
}

// <-c, or in a select case the value the select received (Node.ir set by lower.c).
IRExpr *lower_recv(Lowerer *l, Node *n) {
  if (n->ir)
    return n->ir;
  IRExpr *e = new_expr(IR_RECV, n->pos, n->type);
  e->x = lower_expr(l, n->x);
  return e;
}

IRExpr *lower_make_chan(Lowerer *l, Node *n) {
  IRExpr *e = new_expr(IR_MAKECHAN, nx(n)->lparen, n->type);
  if (n->list.len > 1) {
    e->x = lower_expr(l, n->list.data[1]);
    if (under(e->x->type)->kind != TY_INT) {
      IRExpr *c = new_expr(IR_CONV, e->x->pos, ty_int);
      c->x = e->x;
      e->x = c;
    }
  }
  return e;
}

// close(c), len(c), cap(c): runtime calls that do not leak c.
IRExpr *lower_chan_builtin(Lowerer *l, Node *n, Builtin b) {
  const char *sym = b == BI_CLOSE ? "escgo_closechan" : b == BI_LEN ? "escgo_chanlen" : "escgo_chancap";
  IRExpr *e = new_expr(IR_RTCALL, nx(n)->lparen, b == BI_CLOSE ? NULL : ty_int);
  e->rtsym = sym;
  e->nargs = 1;
  e->args = xmalloc(sizeof(IRExpr *) * 2);
  e->args[0] = lower_expr(l, n->list.data[0]);
  return e;
}
