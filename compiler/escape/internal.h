// internal.h — escape analysis, split by concern like gc's own:
//
//   graph.c   locations, edges and holes: the data-flow graph
//   build.c   IR -> graph: every expression evaluated into a "hole"
//   solve.c   shortest-path walks from each root; outlives; parameter leaks
//   leaks.c   parameter summaries ("leaks to heap / to result i, level k")
//             and their use at call sites
//   report.c  -m diagnostics in gc's words and order; -m=2 explanations
//   escape.c  the driver: call-graph SCCs bottom-up, size limits, verdicts
//
// The graph: a location is a variable or an allocation site (or a temporary).
// An edge dst <- src with weight `derefs` says src's value flows to dst after
// derefs dereferences (-1 for &src, 0 for a copy, k for *..*src). A location
// escapes when its address (derefs < 0 on the shortest path) reaches a
// location that outlives it — the heap outlives everything.
#ifndef ESCGO_ESCAPE_INTERNAL_H
#define ESCGO_ESCAPE_INTERNAL_H

#include "escape.h"

typedef struct Note {
  struct Note *next;
  Pos pos;
  const char *what;     // expression text, as gc prints it
  const char *why;      // "address-of", "call parameter", ...
} Note;

typedef struct Loc Loc;

typedef struct Edge {
  Loc *src;
  int derefs;
  Note *notes;
} Edge;

struct Loc {
  int id;
  Var *var;             // a variable, or NULL
  Site *site;           // an allocation site, or NULL (variables: var->site)
  Func *fn;
  Edge *edges;          // incoming
  int nedges, capedges;
  int loop_depth;
  int result_index;     // 1-based for results, 0 otherwise
  bool is_heap, is_blank, is_param, is_result;
  bool escapes, transient;
  bool addrtaken;       // its address flowed somewhere (gc's location.addrtaken)
  Leaks param_esc;
  Loc **parts;          // a tuple-typed temporary: one location per result
  int nparts;
  // solver scratch
  int derefs, walkgen, dst_edge;
  Loc *dst;
  bool queued;
};

// Where an expression's value goes: dst, after `derefs` dereferences.
typedef struct Hole {
  Loc *dst;
  int derefs;
  Note *notes;
  bool addrtaken;       // its last shift took an address (gc's hole.addrtaken)
} Hole;

// Per-function state kept across batches.
typedef struct EscFunc {
  Leaks *tags;          // one per parameter, once the function is analysed
  bool tagged;
  int batch;            // the batch it is analysed in (for same-batch calls)
  Loc **param_locs, **result_locs;
  // call-graph SCC scratch
  int index, lowlink;
  bool on_stack;
  int max_loop_depth;   // solve.c: the deepest loop of its locations in the batch
} EscFunc;

// The analysis of one batch (a strongly connected set of functions): the
// graph they share (gc's batch).
typedef struct Batch {
  int id;
  Vec funcs;            // Func*
  Vec locs;             // Loc*, in creation order (gc's allLocs)
  Loc heap, blank;
  Vec closures;         // ClosureFlow*: func literals met by the walk, in order
} Batch;

// The walk of one function's body into the batch's graph (gc's escape): a
// func literal's body gets an Escape of its own, so nothing is saved and
// restored around it.
typedef struct Escape {
  Batch *b;
  Func *curfn;
  int loop_depth;       // gc's loopDepth: 1 in the body, +1 per loop
  Vec looping_labels;   // label names targeted by a backward goto
  Pos inl_at;           // in an inlined body: its outermost call, where gc's notes place its nodes
} Escape;

// A func literal whose captured variables flow into its context once every
// function of the batch has been walked (gc's flowClosure): by then every
// assignment and address-of is known.
typedef struct ClosureFlow {
  Hole k;               // the context object's storage
  IRExpr *e;            // the IR_CLOSURE
  Func *fn;             // ... written in this function
  int loop_depth;       // ... at this loop depth (what its captured values are evaluated in)
} ClosureFlow;


// graph.c
void *esc_alloc(size_t n);           // zeroed memory that lives until the batch ends
void esc_arena_reset(void);
Loc *new_loc(Escape *esc, Var *v, Site *s, bool transient);
Loc *var_loc(Var *v);
Hole hole_of(Loc *l);
Hole heap_hole(Batch *b);
Hole discard_hole(Batch *b);
Hole hole_shift(Hole k, int delta);
Hole hole_note(Hole k, Pos pos, const char *what, const char *why);
Hole hole_addr(Hole k, Pos pos, const char *what, const char *why);
Hole hole_deref(Hole k, Pos pos, const char *what, const char *why);
void flow(Batch *b, Hole k, Loc *src);
Hole tee_hole(Escape *esc, Hole *ks, int n);
void flow_closures(Batch *b);            // build.c: after the walk, before the solver
// A func literal in a package-level initialiser: it captures nothing, and gc
// analyses it as a function of its own (glob..func1), not inside the
// initialiser.
static inline bool analysed_alone(Func *f) {
  return f->outer && !f->outer->decl && !f->outer->outer && f->decl && f->decl->kind == N_FUNCLIT;
}
Hole spill(Escape *esc, Hole k, Site *s, Pos pos, const char *what);
const char *loc_name(Loc *l);
// Does -m report this location (gc prints nothing for some of escgo's sites:
// static closures, quiet temporaries)? -m=2 explains only what -m reports.
static inline bool loc_reported(Loc *l) {
  return !l->site || l->site->wrapper_closure || (!l->site->quiet && !l->site->unreported);
}        // "{heap}", "x", "{storage for &T{...}}", "{temp}"
Pos loc_pos(Loc *l);

// build.c
void build_func(Batch *b, Func *f);

// selfassign.c
bool is_self_assign(IRExpr *dst, IRExpr *src);   // gc's isSelfAssign: an assignment to ignore

// leaks.c
void leaks_init(Leaks *l);
void leaks_add_heap(Leaks *l, int derefs);
void leaks_add_result(Leaks *l, int i, int derefs);
void leaks_optimize(Leaks *l);
bool leaks_empty(Leaks *l);
// Holes for passing an argument to parameter i of a function analysed in an
// earlier batch (or a runtime package function), given the call's result holes.
Hole tag_hole(Escape *esc, Hole *ks, int nks, Leaks *tag);
Leaks *pkgfunc_tags(const char *csym, int nparams);
EscFunc *esc_func(Func *f);

// solve.c
void walk_all(Batch *b);
bool outlives(Loc *l, Loc *other);

// A function declared without a body (implemented elsewhere: gc's
// assembly or //go:linkname): its declaration decides its tags.
static inline bool func_is_external(Func *f) { return !f->body && f->decl && f->decl->kind == N_FUNCDECL; }

// report.c
void report_param_tags(Func *f);
// shape.c: a generic instance's -m (gc speaks once per shape, never of its params)
bool params_untold(Func *f);
bool batch_untold(Vec *funcs);
const Instance *shape_instance(Func *f);   // the instance f (or the function around it) is, or NULL
void report_locs(Batch *b);
void explain_flow_escape(Loc *dst, Loc *src, int derefs, Note *notes);
void explain_walk(Batch *b, Loc *root, Loc *l, const char *code, const char *msg);
bool type_has_ptrs(Type *t);

#endif
