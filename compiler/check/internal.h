// internal.h — private interface between the type checker's files (each
// takes the Checker, types2's *Checker, as its first parameter):
//   check.c     package, declarations, function bodies, unused variables/imports
//   init.c      package initialization order, initialization loops
//   labels.c    labels and branch statements (gc's syntax/branches.go)
//   stmt.c      statements
//   expr.c      names, selectors, indexing, composite literals, assignability of values
//   ops.c       operators and implicit conversions of untyped operands
//   call.c      calls, conversions, builtins
//   chan.c      channel operations, select; iface.c: type assertions and switches
//   method.c    method declarations, member lookup, method sets
//   typexpr.c   type expressions, recursive types, scopes, the universe, packages,
//               assignability, and gc's way of describing operands in messages
// Messages follow gc 1.19 (types2 with CompilerErrorMessages); its sources are the
// reference for words and positions (errors "at" a node are at its start_pos).
#ifndef ESCGO_CHECK_INTERNAL_H
#define ESCGO_CHECK_INTERNAL_H

#include "check.h"

// What an expression denotes (go/types calls this the operand mode).
typedef enum {
  M_INVALID,   // an error was reported already: stay quiet
  M_NOVALUE,   // a call of a function without results
  M_BUILTIN,   // a builtin function name, only callable
  M_TYPE,      // a type
  M_CONST,     // a constant (cval set)
  M_VAR,       // an addressable variable
  M_VALUE,     // any other value
  M_PKG,       // a package name, only selectable
  M_MAPINDEX,  // m[k]: assignable, not addressable
} Mode;

typedef struct {
  Mode mode;
  Type *type;
  Const *cval;
} Operand;

struct Scope {
  Scope *parent;
  // Lookups skip enclosing scopes that were empty when this one opened:
  // they cannot gain names while it is open (blocks are checked in order),
  // and skipping them keeps 100,000 nested blocks linear.
  Scope *up;
  bool in_func;       // a block scope inside a function body (only those are skipped)
  Obj **slots;        // open addressing by name
  int nslots, count;
  bool func_top;      // the outermost scope of a function body
};

// The checker's state for the function body being checked.
typedef struct FuncCtx {
  Type *sig;          // TY_FUNC
  Vec locals;         // Obj* of local variables, for "declared but not used"
  Obj *fnobj;         // the function (for init-order dependencies)
} FuncCtx;

typedef struct Checker {
  Package *pkg;
  Scope *universe, *pkgscope;
  Scope *scope;       // innermost
  Scope *filescope;   // imports of the file being checked
  Node *file;
  FuncCtx *fn;
  Obj *decl_obj;      // the package-level object whose declaration is being checked
  int iota;           // value of iota in the current const spec, -1 outside
  Vec initorder;      // Obj* of package vars in initialization order
  Vec pkgobjs;        // Obj* of package-level consts, vars and funcs in source order
  Vec pkgtypes;       // Obj* of package-level types in source order
  Vec typepath;       // Type* (NAMED) whose declarations are being checked, outermost first
  Vec rhs;            // pairs Type* (NAMED), Type* (its declared right-hand side)
  Vec valid_types;    // NAMED types known not to contain themselves
  Type *empty_iface;  // the type of `interface{}` (identical to, not the same as, ty_any)
  Vec pending_methods;// method.c: Pending* method declarations, in source order, until
                      // declare_methods attaches them to their types
  Vec generic_methods;   // generic.c: methods of generic types (N_FUNCDECL), until their
  Vec generic_method_scopes; // type's declaration is checked, and their files' scopes
  Vec generics;          // generic.c: Obj* of the generic functions and types, as declared
  bool bounds_pending;    // generic.c: type parameters' constraints are being checked, and
  Vec pending_keys;       // ... map key types (Node*, Type* pairs) wait for their bounds
  Vec generic_bodies;    // generic.c: instances' N_FUNCDECLs whose bodies wait to be checked
  Vec generic_body_scopes; // ... each in the scope binding its type parameters
  Vec types_walked;      // geninst.c: other packages' named types looked into for instances
  bool has_call_or_recv; // types2's flag: an expression checked since len/cap reset it
                         // called a function or received (len(x) is then not constant)
} Checker;


// Dependencies of a package-level declaration, for initialization order
// (kept in the object's ir slot until check_package ends).
typedef struct Deps {
  Obj *owner;
  Vec refs;           // Obj* (consts, vars and funcs) its declaration refers to
} Deps;

// types.c: types2's spelling of a type in compile errors ("struct{X int}",
// "interface{}"), unlike type_string's gc spelling used by -m and the runtime.
char *type_string_checker(Type *t);

// check/typexpr.c
Scope *scope_new(Checker *chk, Scope *parent);
Obj *scope_lookup_local(Scope *s, const char *name);
Obj *scope_lookup(Scope *s, const char *name);
Obj *scope_insert(Scope *s, Obj *o);   // returns the previous object of that name, or NULL
void universe_init(Checker *chk);
Obj *import_unsafe(const char *path, Pos pos);    // check/unsafe.c; NULL for any other path
Type *check_type(Checker *chk, Node *n);             // a type expression; ty_invalid after an error
Type *check_constraint_type(Checker *chk, Node *n);
void check_map_key(Node *at, Type *k);   // "invalid map key type K"   // ... where a constraint interface may be
Type *func_type(Checker *chk, Node *ftype, Node *recv);
void set_underlying(Checker *chk, Type *named, Type *rhs);   // reports a cycle of names (type A B; type B A)
void check_valid_type(Checker *chk, Type *t);                // reports a type containing itself
void cycle_error(Vec *cycle);                  // "invalid recursive type T" + the cycle (Obj*)
bool assignable(Type *v, Type *t, Operand *x);
char *operand_desc(Node *n, Operand *x);  // gc's "x (variable of type int)"
Pos start_pos(Node *n);                   // where types2 reports an error at n

// check/expr.c
// Results for a checked expression n: invalid marks n so that follow-on
// checks stay quiet; value records n's type.
static inline Operand invalid_operand(Node *n) {
  n->type = ty_invalid;
  return (Operand){M_INVALID, NULL, NULL};
}

static inline Operand value_operand(Node *n, Type *t) {
  n->type = t;
  return (Operand){M_VALUE, t, NULL};
}

Operand check_expr(Checker *chk, Node *n);                    // any value (not a type)
Operand check_expr_or_type(Checker *chk, Node *n);
Operand check_rvalue(Checker *chk, Node *n);                  // single value; error on no-value/type
void single_value(Node *n, Operand *x);         // check_rvalue's test on a checked operand
void assign_mismatch(Vec *values, int nvars, int nvals);  // "assignment mismatch: ..."
// Converts x (from node n) for assignment to type t in `context` ("assignment",
// "variable declaration", "argument to f", "return statement"); reports errors.
void assign_to(Node *n, Operand *x, Type *t, const char *context);
void use_expr(Checker *chk, Node *n);                         // checks an expression only to mark names used
// An index (or make's size): converted to int, integer, constant >= 0 and
// < length when length >= 0 (<= for a slice bound). Its constant value, or -1.
int64_t check_index(Checker *chk, Node *idx, int64_t length, bool is_slice_bound);
Operand check_call(Checker *chk, Node *n);
// v, ok := e: when want == 2 and e is a comma-ok expression (m[k]), x and
// e's node become the tuple (value, bool). Returns whether it did.
bool comma_ok(Node *e, Operand *x, int want);
int tuple_count(Operand *x);
void write_types_summary(Buf *b, Type **ts, int n);  // gc's "(number, string)"                    // 1, or the number of results of a tuple

// check/ops.c
// c rounded to the typed float or complex type u's precision; NULL on overflow.
Const *const_round_float(Const *c, Type *u);
// Is constant *cp representable in t? Rounds floats to t; on failure *why is
// "overflows" or "truncated".
bool representable(Const **cp, Type *t, const char **why);
void set_type_deep(Node *n, Type *t);   // final type of an untyped non-constant tree
// Gives an untyped operand its final type (its default, or t when t != NULL).
void convert_untyped(Node *n, Operand *x, Type *t);
Operand check_binary(Checker *chk, Node *n);
Operand check_unary(Checker *chk, Node *n);
Operand check_star(Checker *chk, Node *n);            // *x: indirection or pointer type

// check/unsafe.c: package unsafe, the conversions it allows, //go:linkname
Obj *unsafe_member(const char *name);                  // NULL if unsafe has no such name
bool unsafe_convertible(Type *vu, Type *tu);           // (underlying types)
Operand check_unsafe_builtin(Checker *chk, Node *n, Builtin b);   // BI_ADD .. BI_SLICE
void check_linknames(Checker *chk, Node *file);

// check/labels.c
void check_branches(Node *body);   // labels, break/continue/goto/fallthrough (gc's branches.go)

// check/method.c
void collect_method(Checker *chk, Node *fd, Scope *file_scope);
void declare_methods(Checker *chk);
Method *declared_method(Type *t, const char *name);   // t's own method of that name, or NULL
void declare_method_copy(Checker *chk, Node *fd);      // a type instance's method again (geninst.c)
void declare_method(Checker *chk, Node *fd);           // one, in chk->scope (sets fd->obj)                    // after collect_file: attach methods to types
bool implements(Type *t, Type *iface);
char *missing_method(Type *t, Type *iface);    // "missing method M", or NULL
char *not_implements(Type *t, Type *iface);    // "T does not implement I (...)", or NULL

// check/iface.c
Operand check_type_assert(Checker *chk, Node *n, bool comma_ok);
// check/chan.c: channels and select
Operand check_recv(Checker *chk, Node *n);                     // <-x
void check_send_stmt(Checker *chk, Node *s);
Operand check_make_chan(Checker *chk, Node *n, Type *t);
Operand check_close(Checker *chk, Node *n);
void check_select(Checker *chk, Node *s);
// The value(s) of e on the right of nlhs variables: x.(T) gives (T, bool)
// when nlhs == 2 (comma-ok forms; the node's type becomes the tuple).
Operand check_multi_value(Checker *chk, Node *e, int nlhs);
void check_type_switch(Checker *chk, Node *s);
void multiple_defaults(Vec *clauses);            // check/stmt.c: "multiple defaults"

// check/init.c
// Sets pkg->inits and pkg->globals; reports initialization loops.
void order_package_vars(Package *pkg, Vec *objs);

// check/generic.c: type parameters (generic.h has the rest)
void generic_declare_func(Checker *chk, Node *d, Scope *file_scope);
bool generic_collect_method(Checker *chk, Node *fd, Scope *file_scope);  // a method of a generic type?
void generic_declare_type(Checker *chk, Node *spec, Obj *o);
Type *generic_type_index(Checker *chk, Node *n);       // check_type of Name[A, B]
bool generic_index_expr(Checker *chk, Node *n, Operand *out);   // x[A] an instance? (index_expr)
bool generic_callee(Checker *chk, Node *call, Operand *out);     // a generic callee? (check_call)
void generic_without_instantiation(Node *n, Obj *o);
void generic_check_once(Checker *chk, Obj *gen);   // its body against its constraints
void generic_check_bodies(Checker *chk);
void need_types_of(Checker *chk, Obj *imported);   // the type instances it mentions (geninst.c)
// check/typeset.c: an embedded element of an interface (~int | string, or
// an interface): its terms and methods join iface's. methods: Method*.
void interface_element(Checker *chk, Node *e, Type *iface, Vec *methods);
bool is_constraint_iface(Type *t);   // an interface with a type set (unions, comparable)
Type *comparable_type(void);   // the predeclared constraint

// check/tparam.c: type parameters in a generic body checked once (under()
// of one is its core type); the predicates is_integer & co. hold for one
// when they hold for every type of its type set.
bool is_type_param(Type *t);
bool tparam_all(Type *tp, bool (*pred)(Type *));
int tparam_terms(Type *tp, TypeTerm **out);     // its type set's terms (0: all types)
bool term_in_union(TypeTerm *t, TypeUnion *un);  // typeset.c

// check.c
void check_instance_body(Checker *chk, Node *fd);     // an instance's body (generic.c)
void check_block(Checker *chk, Node *blk);
Operand check_func_lit(Checker *chk, Node *n);               // func literals (closures)
void check_stmt(Checker *chk, Node *s);
void declare_local(Checker *chk, Obj *o, Node *ident);
void redeclared(Pos pos, Obj *prev);            // "x redeclared in this block" + other declaration
void resolve_obj(Checker *chk, Obj *o);                       // resolves a package-level object on first use
void record_dep(Checker *chk, Obj *o);                        // the current declaration refers to o
void check_type_spec(Checker *chk, Node *spec, Obj *o);
// Gives the objects of `names` their types from `values` (or t), reporting
// mismatches; ctx names the context in messages ("variable declaration").
void init_vars(Checker *chk, Node *spec, const Vec *names, Type *t, Vec *values, const char *ctx);

// assign_to for an argument of call: its context, "argument to f", is
// spelled only when it reports an error.
void assign_arg(Node *call, Node *n, Operand *x, Type *t);

#endif
