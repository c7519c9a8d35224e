// internal.h — the inliner, split by concern like gc's inline/inl.go:
//
//   cost.c     the "hairy visitor": a function's cost in gc's IR nodes,
//              counted on the checked syntax tree (gc's IR at inlining time
//              is that tree; escgo's lowered IR has more nodes), and the
//              reasons gc refuses to inline
//   print.c    the body as gc prints it in "can inline F with cost N as: ..."
//   decide.c   the driver: functions bottom-up over the call graph (gc's
//              VisitFuncsBottomUp), CanInline then InlineCalls for each
//   expand.c   a call replaced by a copy of the callee's IR (IR_INLCALL)
//   copy.c     the deep copy of a body: fresh variables and sites, returns
//              turned into assignments and a jump to the end
//   wrappers.c what gc inlines in the method wrappers it generates
//   devirt.c   interface calls on inlined parameters made direct (gc's
//              devirtualization, which runs after inlining)
//   imported.c inlining facts export data carries (a callee's cost and body)
//   intrinsic.c the calls gc's backend turns into instructions (never inlined)
#ifndef ESCGO_INLINE_INTERNAL_H
#define ESCGO_INLINE_INTERNAL_H

#include "inline.h"

// gc's limits (inl.go).
enum {
  INLINE_MAX_BUDGET = INLINE_BUDGET,   // inlineMaxBudget
  INLINE_EXTRA_CALL_COST = 57,    // a call of a function that is not inlined
  INLINE_EXTRA_PANIC_COST = 1,
  INLINE_EXTRA_APPEND_COST = 0,
  INLINE_BIG_FUNCTION_NODES = 5000,    // callers this big ...
  INLINE_BIG_FUNCTION_MAX_COST = 20,   // ... only inline callees this cheap
};

// What CanInline decided about one function (Func.inl).
typedef struct InlInfo {
  bool checked;        // CanInline ran (it runs once)
  bool can;            // calls to it may be inlined
  int cost;            // gc's cost (also when too complex, for the message)
  const char *reason;  // why not ("marked go:noinline", ...)
  bool expandable;     // escgo can copy its IR (no recover, go or defer inside)
  IRStmt *body;        // the body as it was when found inlinable (gc's Inl.Body)
  Program *home;       // the package's program: its own functions' bodies are expanded there
  Func *imported;      // another package's function: its body as export data carries it
                       // (what an importer expands, whether that package was compiled in
                       // this process or not)
  bool from_export;    // this is such a body (expanded in any package)
  bool closure_import; // a func literal export data carried, or a copy of one: its cost
  const char *import_text;   // and -m=2's text (or reason) come from there, not from a decl
} InlInfo;

typedef struct Inliner {
  Program *prog;
  Vec decl_funcs;      // Func* with a syntax declaration, for decl -> Func
  Func *curfn;         // the function whose calls are being inlined
  int max_cost;        // 80, or 20 in a big function
  Vec active;          // Func* being expanded (gc's inlMap: recursion cycles)
  int labels;          // counter for the end labels of inlined bodies
  Vec static_vars, static_funcs;   // v := f() where the inlined f returns a func literal:
                                   // v holds that literal (gc's StaticValue sees through)
  Vec dyn_vars;        // Var*: v := f() where the inlined f returns a boxed T: v holds a T
  int devirts;         // calls devirtualized so far (the sites holding them are respelled)
  int depth;           // > 0: editing a copied body, whose call was at `outer`
  Pos outer;           // (gc reports inlined code at the outermost call)
} Inliner;

// cost.c
InlInfo *inl_info(Func *f);
void can_inline(Inliner *in, Func *f);   // fills f->inl, prints gc's lines
Pos inl_func_pos(Func *f);   // where gc reports on f: its name, or a method's receiver's '('
// An if condition as gc's deadcode leaves it: its value (1, 0, or -1: not a
// constant), and the node it is reduced to (true && x is x).
int inl_cond_value(Node *e);
Node *inl_cond_reduced(Node *e);
Func *func_of_decl(Inliner *in, Node *decl);
const char *inl_func_name(Inliner *in, Func *f);   // gc's name of f in messages
bool is_big_func(Func *f);
// print.c
char *inl_body_string(Func *f);
// expand.c
void inline_calls(Inliner *in, Func *f);
bool inline_body_copyable(IRStmt *body);
Func *method_expr_target(Func *wrapper);
// imported.c
Func *inline_expansion(Inliner *in, Func *f);
void inline_copy_imported_closure(Inliner *in, Func *lit, Func *nf);
// intrinsic.c
bool is_intrinsic(Func *f);   // gc compiles calls to f as an intrinsic on amd64
bool is_intrinsic_name(const char *pkg, const char *name);
bool is_cheap_method(Func *f);   // encoding/binary's byte-order methods: gc charges no call
// devirt.c
Type *inline_param_dyn(Var *p, IRExpr *arg);
IRExpr *inline_devirtualize(Inliner *in, IRExpr *icall, Pos at);
IRExpr *inline_returned_value(IRExpr *inlcall);
Type *inline_static_dyn(IRExpr *e);
void inline_note_static_dyn(Inliner *in, IRStmt *decl);
IRExpr *inline_devirtualize_own(Inliner *in, IRExpr *icall);
// copy.c
typedef struct Copier Copier;
IRStmt *inline_save_body(Func *f);
IRExpr *inline_copy_call(Inliner *in, IRExpr *call, Func *callee, Pos at);

#endif
