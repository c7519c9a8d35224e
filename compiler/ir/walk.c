// walk.c — the one walker over the IR, as gc's ir.DoChildren and
// ir.EditChildren: it knows which fields of a node hold children and in
// which order, so the passes that walk the IR (escape's call graph, codegen's
// declarations, the dump) say only what they do at a node.
//
// The order is the fields' order in ir.h: an expression's x, y, z, w, then
// args; a statement's x, y, args, then its statements, each switch clause's
// conditions and body, then body, els, post. (The escape analysis's call
// graph is built in this order, and the order of its batches is the order of
// the -m output, so it must not change.) NULL children are skipped.
#include "ir.h"

static void visit_expr(IRVisitor *v, IRExpr *e, IRField f, int i) {
  if (e && v->expr)
    v->expr(v, e, (IRSlot){f, i});
}

static void visit_stmt(IRVisitor *v, IRStmt *s, IRField f, int i) {
  if (s && v->stmt)
    v->stmt(v, s, (IRSlot){f, i});
}

void ir_expr_children(IRExpr *e, IRVisitor *v) {
  visit_expr(v, e->x, IR_F_X, 0);
  visit_expr(v, e->y, IR_F_Y, 0);
  visit_expr(v, e->z, IR_F_Z, 0);
  visit_expr(v, e->w, IR_F_W, 0);
  for (int i = 0; i < e->nargs; i++)
    visit_expr(v, e->args[i], IR_F_ARG, i);
  if (e->kind == IR_INLCALL)
    visit_stmt(v, e->body, IR_F_BODY, 0);
}

void ir_stmt_children(IRStmt *s, IRVisitor *v) {
  visit_expr(v, s->x, IR_F_X, 0);
  visit_expr(v, s->y, IR_F_Y, 0);
  for (int i = 0; i < s->nargs; i++)
    visit_expr(v, s->args[i], IR_F_ARG, i);
  for (int i = 0; i < s->nstmts; i++)
    visit_stmt(v, s->stmts[i], IR_F_STMT, i);
  for (int i = 0; i < s->nclauses; i++) {
    for (int j = 0; j < s->clauses[i].nconds; j++)
      visit_expr(v, s->clauses[i].conds[j], IR_F_CASE_COND, i);
    visit_stmt(v, s->clauses[i].body, IR_F_CASE_BODY, i);
  }
  visit_stmt(v, s->body, IR_F_BODY, 0);
  visit_stmt(v, s->els, IR_F_ELSE, 0);
  visit_stmt(v, s->post, IR_F_POST, 0);
}

static IRExpr *edit(IRExpr *e, IREditFn *fn, void *ctx) { return e ? fn(e, ctx) : NULL; }

void ir_edit_expr_children(IRExpr *e, IREditFn *fn, void *ctx) {
  e->x = edit(e->x, fn, ctx);
  e->y = edit(e->y, fn, ctx);
  e->z = edit(e->z, fn, ctx);
  e->w = edit(e->w, fn, ctx);
  for (int i = 0; i < e->nargs; i++)
    e->args[i] = edit(e->args[i], fn, ctx);
}

void ir_edit_stmt_exprs(IRStmt *s, IREditFn *fn, void *ctx) {
  s->x = edit(s->x, fn, ctx);
  s->y = edit(s->y, fn, ctx);
  for (int i = 0; i < s->nargs; i++)
    s->args[i] = edit(s->args[i], fn, ctx);
  for (int i = 0; i < s->nclauses; i++)
    for (int j = 0; j < s->clauses[i].nconds; j++)
      s->clauses[i].conds[j] = edit(s->clauses[i].conds[j], fn, ctx);
}

const char *ir_field_name(IRField f) {
  static const char *names[] = {
      [IR_F_X] = "x", [IR_F_Y] = "y", [IR_F_Z] = "z", [IR_F_W] = "w", [IR_F_ARG] = "arg",
      [IR_F_STMT] = "stmt", [IR_F_CASE_COND] = "case", [IR_F_CASE_BODY] = "case body",
      [IR_F_BODY] = "body", [IR_F_ELSE] = "else", [IR_F_POST] = "post",
  };
  _Static_assert(sizeof names / sizeof *names == IR_NUM_FIELDS, "a name for every IRField");
  return names[f];
}
