// internal.h — private interface between lowering's files (each takes the
// Lowerer of the function being lowered as its first parameter):
//   lower.c     functions, statements, package variables and init
//   expr.c      expressions and allocation sites; call.c: calls and builtins
//   closure.c   the capture pre-pass, func literals and values, defer, recover
//   method.c    method calls and values, type assertions, method-table wrappers
//   map.c, chan.c   maps; go statements and channels
//   bounds.c    indexes gc proves in range ("index bounds check elided")
//   rangeclear.c  range loops gc's walk replaces by a clear
#ifndef ESCGO_LOWER_INTERNAL_H
#define ESCGO_LOWER_INTERNAL_H

#include "lower.h"

// bounds.c: is integer expression n in [0, max) by its shape alone (gc's rules)?
bool index_in_range(Node *n, int64_t max);
// ... and what gc's walk no longer notes in an argument of append (its
// index copied into a temporary first).
void unnote_append_arg(Program *prog, Node *arg);

typedef struct Target {
  IRStmt *stmt;        // the IR_S_FOR or IR_S_SWITCH
  const char *label;   // its label, or NULL
  bool is_loop;
  struct Target *outer;
} Target;

// What lowering keeps for the whole package: the Lowerer of every function
// points to it.
typedef struct LowerPkg {
  Program *prog;
  const char *prefix;    // link names start "prefix.": the package's import path
  int nmethod_funcs;     // method.c: unique link names of the wrappers it makes
  Vec components_walked; // method.c: Type* whose components note_components visited
} LowerPkg;

// The lowering of one function (gc's ir.CurFunc and the state around it):
// each function, func literal and wrapper gets a Lowerer of its own.
typedef struct Lowerer {
  LowerPkg *pkg;
  Func *fn;            // NULL at package level (globals, method tables)
  Vec *block;          // IRStmt* of the block being built
  int loop_depth;      // gc's loopDepth: 1 in a function body, +1 per loop
  Target *targets;
  const char *pending_label;  // a label that names the next loop/switch
  int ntemps;
  int ndcl;            // gc's len(fn.Dcl) once its front end is done: the number of the
                       // next temporary its escape analysis makes (go/defer arguments)
  Node *cur_stmt;      // the AST statement being lowered (IRStmt.src)
} Lowerer;

// lower.c
void emit(Lowerer *l, IRStmt *s);
IRStmt *new_stmt(Lowerer *l, IRStmtKind k, Pos pos);
Var *new_var(Lowerer *l, VarKind k, const char *name, Type *t, Pos pos);
Var *temp_var(Lowerer *l, IRExpr *init, Pos pos);           // declares a temp holding init's value
IRExpr *temp(Lowerer *l, IRExpr *e);                        // e evaluated once into a temp, as IR_VAR
Var *var_of(Obj *o);                            // the IR variable of a checked object

// lower/expr.c
IRExpr *new_expr(IRKind k, Pos pos, Type *t);
IRExpr *lower_expr(Lowerer *l, Node *n);
// The value of n converted for assignment to type t (boxing to interfaces,
// nil typed); box_pos: where gc reports the implicit conversion, if any.
IRExpr *lower_assigned(Lowerer *l, Node *n, Type *t, Pos box_pos);
IRExpr *field_path(IRExpr *x, Node *sel);
IRExpr *convert_value(Lowerer *l, IRExpr *e, Type *t, Node *src, Pos box_pos);
IRExpr *quiet_box(IRExpr *b);
Pos gc_pos(Node *n);
Pos expr_start(Node *n);
bool is_plain_name(Node *n);
Pos last_nonconst_pos(Vec *values, int from, Pos start);
Pos decl_conv_pos(Vec *values, Pos start);       // ... of a var declaration (&x at x)
Pos last_operand_pos(Node *n);
IRExpr *const_expr(Const *c, Type *t, Pos pos);
IRExpr *zero_expr(Type *t, Pos pos);
Site *new_site(Lowerer *l, SiteKind k, Pos pos, const char *spell, Type *t);
// Lowers a call; results may be void, one value, or a tuple (IR_CALL with TY_TUPLE type).
IRExpr *lower_call(Lowerer *l, Node *n);
void emit_wrapper_return(Lowerer *l, Func *f, IRExpr *c, Type *sig);   // lower/method.c
Type *static_dyn_of(Obj *o, IRExpr *init);      // lower/method.c: devirtualization
// True when lowering a call statement produced a statement of its own
// (print, panic) instead of an expression.
bool lower_builtin_stmt(Lowerer *l, Node *call);
void lower_calls_of(Lowerer *l, Node *x);   // lower/call.c: x's calls and receives, for their effects
IRExpr **lower_call_args(Lowerer *l, Node *n, Type *sig, int *nout);   // lower/call.c: arguments for sig

// lower/method.c
IRExpr *lower_method_call(Lowerer *l, Node *call);          // NULL unless call is x.M(...) / T.M(...)
IRExpr *lower_type_assert(Lowerer *l, Node *n, bool comma_ok);
IRExpr *method_entry_call(IRExpr *recv, MethodSetEntry *e, IRExpr **args, Type *sig, Pos pos);
void note_boxed(Lowerer *l, Type *t);                       // t goes into an interface: needs a method table
void build_method_tables(LowerPkg *lp, Program *prog);        // wrappers for every noted type
char *method_func_name(Node *fd);               // "T.M" / "(*T).M"                      // ... and of a statement ("x := f()")

// lower/rangeclear.c: range statements gc's walk turns into a clear (RangeClear)
bool is_map_clear(Node *range);                 // for k := range m { delete(m, k) }
bool is_array_clear(Node *range);               // for i := range a { a[i] = zero }

// lower/map.c
bool is_map_index(Node *n);                     // m[k] with m a map
Pos map_index_pos(Node *index);                 // where gc converts m[k]'s key (and value)
IRExpr *lower_map_index(Lowerer *l, Node *n);
IRExpr *lower_map_delete(Lowerer *l, Node *call);
IRExpr *lower_make_map(Lowerer *l, Node *call);
IRExpr *lower_map_lit(Lowerer *l, Node *lit);

// lower/closure.c — func values, closures, defer, recover
enum { MARK_ADDRTAKEN = 4 };   // Obj.mark: the variable's address is taken (lower.c)
// Obj.capflags, from capture_prepass (gc's location flags and StaticValue test)
enum { CAP_CAPTURED = 1, CAP_REASSIGNED = 2, CAP_ASSIGNED = 4, CAP_BYREF = 8 };
void lower_func(LowerPkg *pkg, Func *f);                       // lower.c: params, results and body of f
void capture_prepass(Node *fd);                 // before lowering a top-level function
void mark_addr_taken(Node *n);                  // lower.c: MARK_ADDRTAKEN for &x and its kin at n
void scan_addr(Node *n);                        // lower.c: mark_addr_taken on all of n
bool captured_byref(Obj *o);                    // needs memory of its own (a SITE_VAR)
Var *capture_var(Func *f, Var *v, Pos use);     // v as seen from inside f (use: where f refers to it)
IRExpr *lower_func_lit(Lowerer *l, Node *n);
IRExpr *closure_value_at(Lowerer *l, Func *f, Pos pos, SiteKind k, const char *spell);  // f's context object
IRExpr *lower_method_value(Lowerer *l, Node *n);            // lower/method.c: x.M / T.M as a value
IRExpr *lower_func_value(Node *n);              // a named function as a value
IRExpr *lower_call_value(Lowerer *l, Node *n, IRExpr *fv, Type *sig, Type *rt);
Func *static_func_of(Obj *o, IRExpr *init);     // gc's StaticValue for `f := g`
// go/defer CALL: the zero-argument func value to run (a wrapper closure
// capturing the evaluated arguments, as gc 1.19 rewrites it).
IRExpr *lower_go_defer_value(Lowerer *l, Node *s, bool is_go);
void lower_defer(Lowerer *l, Node *s);
// lower/chan.c — go statements and channels
void lower_go(Lowerer *l, Node *s);
void lower_send(Lowerer *l, Node *s);
IRExpr *lower_recv(Lowerer *l, Node *n);                    // <-c (n->ir: a select's received value)
IRExpr *lower_make_chan(Lowerer *l, Node *n);
IRExpr *lower_chan_builtin(Lowerer *l, Node *n, Builtin b); // close, len, cap of a channel
IRExpr *lower_recover(Lowerer *l, Node *n);

// autotmp.c: marks the expressions gc replaces by .autotmp_N in fd's body.
int number_autotmps(Node *fd);   // returns gc's len(fn.Dcl) after its front end

#endif
