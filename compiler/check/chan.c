// check/chan.c — goroutines and channels in the checker: go statements,
// make(chan T[, n]), send, receive (and its comma-ok form), close, select.
#include "internal.h"

#include <string.h>

// <-x: the channel's element type; x must allow receiving.
Operand check_recv(Checker *chk, Node *n) {
  Operand x = check_rvalue(chk, n->x);
  if (x.mode == M_INVALID)
    return invalid_operand(n);
  Type *u = under(x.type);
  if (u->kind != TY_CHAN) {
    error_at(n->pos, "invalid operation: cannot receive from non-channel %s", operand_desc(n->x, &x));
    return invalid_operand(n);
  }
  if (u->len == 1) {
    error_at(n->pos, "invalid operation: cannot receive from send-only channel %s",
             operand_desc(n->x, &x));
    return invalid_operand(n);
  }
  return value_operand(n, u->elem);
}

void check_send_stmt(Checker *chk, Node *s) {
  Operand c = check_rvalue(chk, s->x);
  Operand v = check_rvalue(chk, s->y);
  if (c.mode == M_INVALID || v.mode == M_INVALID)
    return;
  Type *u = under(c.type);
  if (u->kind != TY_CHAN) {
    error_at(s->pos, "invalid operation: cannot send to non-channel %s", operand_desc(s->x, &c));
    return;
  }
  if (u->len == 2) {
    error_at(s->pos, "invalid operation: cannot send to receive-only channel %s",
             operand_desc(s->x, &c));
    return;
  }
  assign_to(s->y, &v, u->elem, "send");
}

// make(chan T[, size])
Operand check_make_chan(Checker *chk, Node *n, Type *t) {
  if (n->list.len > 2) {
    error_at(start_pos(n), "invalid operation: %s expects 1 or 2 arguments; found %d", expr_string(n),
             n->list.len);
    return invalid_operand(n);
  }
  if (n->list.len == 2) {
    Node *a = n->list.data[1];
    Operand x = check_rvalue(chk, a);
    if (x.mode == M_INVALID)
      return invalid_operand(n);
    if (!is_integer(x.type) && !(x.mode == M_CONST && is_numeric(x.type))) {
      error_at(start_pos(a), "cannot convert %s to type int", operand_desc(a, &x));
      return invalid_operand(n);
    }
    convert_untyped(a, &x, is_untyped(x.type) ? ty_int : NULL);
  }
  return value_operand(n, t);
}

Operand check_close(Checker *chk, Node *n) {
  Node *a = n->list.data[0];
  Operand x = check_rvalue(chk, a);
  if (x.mode == M_INVALID)
    return invalid_operand(n);
  Type *u = under(x.type);
  if (u->kind != TY_CHAN) {
    error_at(start_pos(a), "invalid operation: non-chan argument %s", operand_desc(a, &x));
    return invalid_operand(n);
  }
  if (u->len == 2) {
    error_at(start_pos(a), "invalid operation: cannot close receive-only channel %s",
             operand_desc(a, &x));
    return invalid_operand(n);
  }
  n->type = NULL;
  return (Operand){M_NOVALUE, NULL, NULL};
}

static bool is_recv(Node *e) {
  e = unparen(e);
  return e && e->kind == N_UNARY && e->op == T_ARROW;
}

// A select case's communication: a send, a receive, or an assignment or
// definition whose single right-hand side is a receive.
static void comm_clause(Checker *chk, Node *cc) {
  Node *s = cc->x;
  bool ok = !s || s->kind == N_SENDSTMT || (s->kind == N_EXPRSTMT && is_recv(s->x)) ||
            (s->kind == N_ASSIGN && (s->op == T_ASSIGN || s->op == T_DEFINE) && s->list2.len == 1 &&
             s->list.len <= 2 && is_recv(s->list2.data[0]));
  if (!ok) {
    error_at(s->pos, "select case must be receive, send or assign recv");
    return;
  }
  check_stmt(chk, s);
}

void check_select(Checker *chk, Node *s) {
  int ndefault = 0;
  for (int i = 0; i < s->list.len; i++) {
    Node *cc = s->list.data[i];
    if (!cc->x && ++ndefault > 1)
      error_at(cc->pos, "multiple defaults in select");
    chk->scope = scope_new(chk, chk->scope);
    comm_clause(chk, cc);
    for (int j = 0; j < cc->list2.len; j++)
      check_stmt(chk, cc->list2.data[j]);
    chk->scope = chk->scope->parent;
  }
}
