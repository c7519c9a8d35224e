// test_irwalk.c — ir/walk.c: every child of a node is visited once, in the
// order of its fields (x, y, z, w, args; a statement's expressions, then its
// statements, clauses, body, else, post), with the slot it hangs in; and
// the edit functions replace exactly the child expressions.
#include "ir/ir.h"

#include <string.h>

#include "unit.h"

static IRExpr *leaf(int64_t v) {
  IRExpr *e = arena_alloc(sizeof(IRExpr));
  e->kind = IR_CONST;
  e->ival = v;
  return e;
}

static IRStmt *stmt(IRStmtKind k, int64_t v) {
  IRStmt *s = arena_alloc(sizeof(IRStmt));
  s->kind = k;
  s->pos.line = (int)v;   // a name for the statement in the trace
  return s;
}

// Records "field[index]=value" for each child, one level deep.
typedef struct {
  IRVisitor v;
  Buf trace;
} Tracer;

static void trace_expr(IRVisitor *v, IRExpr *e, IRSlot at) {
  Buf *b = &((Tracer *)v)->trace;
  buf_printf(b, "%s[%d]=%lld ", ir_field_name(at.field), at.index, (long long)e->ival);
}

static void trace_stmt(IRVisitor *v, IRStmt *s, IRSlot at) {
  Buf *b = &((Tracer *)v)->trace;
  buf_printf(b, "%s[%d]=s%d ", ir_field_name(at.field), at.index, s->pos.line);
}

static IRExpr *times_ten(IRExpr *e, void *ctx) {
  (*(int *)ctx)++;
  return leaf(e->ival * 10);
}

static void test_expr_children(void) {
  IRExpr *e = leaf(0);
  e->kind = IR_CALL;
  e->x = leaf(1);
  e->z = leaf(3);   // y and w are NULL: skipped
  IRExpr *args[] = {leaf(5), NULL, leaf(7)};
  e->args = args;
  e->nargs = 3;
  Tracer t = {{trace_expr, trace_stmt}, {0}};
  ir_expr_children(e, &t.v);
  const char *got = buf_cstr(&t.trace);
  CHECK(!strcmp(got, "x[0]=1 z[0]=3 arg[0]=5 arg[2]=7 "), "expression children: %s", got);

  int calls = 0;
  ir_edit_expr_children(e, times_ten, &calls);
  CHECK(calls == 4, "edit called %d times, want 4", calls);
  CHECK(e->x->ival == 10 && e->z->ival == 30 && !e->y && !e->w, "x, z edited; y, w still NULL");
  CHECK(args[0]->ival == 50 && !args[1] && args[2]->ival == 70, "args edited in place");
}

static void test_stmt_children(void) {
  IRStmt *sw = stmt(IR_S_SWITCH, 1);
  sw->x = leaf(1);
  IRExpr *c0[] = {leaf(2), leaf(3)};
  SwitchClause clauses[2] = {{.conds = c0, .nconds = 2, .body = stmt(IR_S_BLOCK, 2)},
                             {.body = stmt(IR_S_BLOCK, 3)}};
  sw->clauses = clauses;
  sw->nclauses = 2;
  Tracer t = {{trace_expr, trace_stmt}, {0}};
  ir_stmt_children(sw, &t.v);
  const char *got = buf_cstr(&t.trace);
  CHECK(!strcmp(got, "x[0]=1 case[0]=2 case[0]=3 case body[0]=s2 case body[1]=s3 "),
        "switch children: %s", got);

  IRStmt *loop = stmt(IR_S_FOR, 4);
  loop->x = leaf(9);
  loop->body = stmt(IR_S_BLOCK, 5);
  loop->post = stmt(IR_S_EXPR, 6);
  IRStmt *inner[] = {stmt(IR_S_EXPR, 7), loop};
  IRStmt *block = stmt(IR_S_BLOCK, 8);
  block->stmts = inner;
  block->nstmts = 2;
  t.trace.len = 0;
  ir_stmt_children(loop, &t.v);
  ir_stmt_children(block, &t.v);
  got = buf_cstr(&t.trace);
  CHECK(!strcmp(got, "x[0]=9 body[0]=s5 post[0]=s6 stmt[0]=s7 stmt[1]=s4 "),
        "for and block children: %s", got);

  // Only statements: a NULL expression callback skips the expressions.
  Tracer only = {{NULL, trace_stmt}, {0}};
  ir_stmt_children(loop, &only.v);
  got = buf_cstr(&only.trace);
  CHECK(!strcmp(got, "body[0]=s5 post[0]=s6 "), "statements only: %s", got);

  int calls = 0;
  ir_edit_stmt_exprs(sw, times_ten, &calls);
  CHECK(calls == 3 && sw->x->ival == 10 && c0[0]->ival == 20 && c0[1]->ival == 30,
        "switch expressions edited (%d calls)", calls);
}

int main(void) {
  test_expr_children();
  test_stmt_children();
  printf("test_irwalk: %d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
