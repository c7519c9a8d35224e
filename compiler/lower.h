// lower.h — private interface between lower.c (statements, functions,
// package init) and lower_expr.c (expressions, calls, allocation sites).
#ifndef ESCGO_LOWER_H
#define ESCGO_LOWER_H

#include "ir.h"

typedef struct Target {
  IRStmt *stmt;        // the IR_S_FOR or IR_S_SWITCH
  const char *label;   // its label, or NULL
  bool is_loop;
  struct Target *outer;
} Target;

typedef struct Lowerer {
  Program *prog;
  Func *fn;
  Vec *block;          // IRStmt* of the block being built
  int loop_depth;      // gc's loopDepth: 1 in a function body, +1 per loop
  Target *targets;
  const char *pending_label;  // a label that names the next loop/switch
  int ntemps;
  Node *cur_stmt;      // the AST statement being lowered (IRStmt.src)
} Lowerer;

extern Lowerer L;

// lower.c
void emit(IRStmt *s);
IRStmt *new_stmt(IRStmtKind k, Pos pos);
Var *new_var(VarKind k, const char *name, Type *t, Pos pos);
Var *temp_var(IRExpr *init, Pos pos);           // declares a temp holding init's value
IRExpr *temp(IRExpr *e);                        // e evaluated once into a temp, as IR_VAR
Var *var_of(Obj *o);                            // the IR variable of a checked object

// lower_expr.c
IRExpr *new_expr(IRKind k, Pos pos, Type *t);
IRExpr *lower_expr(Node *n);
// The value of n converted for assignment to type t (boxing to interfaces,
// nil typed); box_pos: where gc reports the implicit conversion, if any.
IRExpr *lower_assigned(Node *n, Type *t, Pos box_pos);
IRExpr *convert_value(IRExpr *e, Type *t, Node *src, Pos box_pos);
IRExpr *quiet_box(IRExpr *b);
Pos gc_pos(Node *n);
Pos expr_start(Node *n);
bool is_plain_name(Node *n);
IRExpr *const_expr(Const *c, Type *t, Pos pos);
IRExpr *zero_expr(Type *t, Pos pos);
Site *new_site(SiteKind k, Pos pos, const char *spell, Type *t);
// Lowers a call; results may be void, one value, or a tuple (IR_CALL with TY_TUPLE type).
IRExpr *lower_call(Node *n);
// True when lowering a call statement produced a statement of its own
// (print, panic) instead of an expression.
bool lower_builtin_stmt(Node *call);
char *site_spell(Node *n);                      // gc's -m spelling of an expression
char *stmt_spell(Node *s);                      // ... and of a statement ("x := f()")

#endif
