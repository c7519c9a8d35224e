// generic.h — what the checker's generics files share (generic.c:
// declarations and instances; infer.c: type arguments from a call's
// arguments; typeset.c: constraints, their type sets and satisfaction;
// shape.c: gc's GC shapes and the names -m spells with them).
#ifndef ESCGO_CHECK_GENERIC_H
#define ESCGO_CHECK_GENERIC_H

#include "internal.h"

// A generic function or type declaration.
typedef struct Generic {
  Obj *obj;
  Node *decl;          // N_FUNCDECL / N_TYPESPEC as written: never checked, each instance checks a copy
  Scope *file_scope;   // where it is declared
  Vec names;           // char*: its type parameters
  Vec name_pos;        // Node*: their identifiers
  Vec constraints;     // Node*: the constraint of each (in decl)
  Vec methods;         // a generic type's methods: N_FUNCDECL as written
  Vec method_scopes;   // ... and their files' scopes
  Vec insts;           // Instance*, in order of first use
  Vec param_insts;     // Instance* whose type arguments are type parameters (never compiled)
  bool bounding;       // its constraints are being checked (C[T C[T]] is a cycle)
  bool checked;        // its body was checked once for all type arguments (generic_check_once)
  bool bad;            // ... and has errors
} Generic;

// generic.c
Obj *instantiate_func(Checker *chk, Obj *gen, Type **targs, Pos *at);
Type *instantiate_type(Checker *chk, Obj *gen, Type **targs, Pos *at);
Obj *generic_named(Checker *chk, Node *x);
Type **index_type_args(Checker *chk, Node *n, int *count, Pos **at);
char *generic_decl_string(Generic *g);
void instantiate_methods(Checker *chk, Generic *g, Instance *in, bool copy);
void add_instance(Generic *g, Instance *in);   // to g's, its shapes set

// geninst.c: the methods of the type instances a package needs, compiled
// by each such package as gc compiles them (DUPOK: the linker keeps one).
void need_type_instance(Checker *chk, Instance *in);

// infer.c: the instance a call (or an explicit x[A, B], call NULL) refers to;
// index is the N_INDEX of explicit type arguments, or NULL. NULL after an error.
Obj *infer_call(Checker *chk, Obj *gen, Node *index, Node *call);

bool params_mention_tparams(Generic *g, Node *ftype);   // infer.c
// The type expression t (in g's declaration) with the type parameters bound
// so far (targs[i] non-NULL) standing for their arguments.
Type *type_with_bindings(Checker *chk, Generic *g, Node *t, Type **targs);

// typeset.c
Type *constraint_type(Checker *chk, Node *c);   // an interface, or ty_invalid (reported)
char *unsatisfied(Type *t, Type *bound, Node *c);   // gc's "T does not implement C (...)", or NULL
char *bound_string(Type *bound, Node *c);            // a constraint as messages name it
char *constraint_text(Type *bound, Node *c);         // ... after "constrained by" 

// tparam.c: type parameters as types (a generic body checked once)
Type *new_type_param(char *name);
void set_type_param_bound(Type *tp, Type *bound, char *text);
bool mentions_type_param(Type *t);
int type_depth(Type *t);
Type *single_type(Type *iface);   // the one type of a constraint's type set, or NULL

// shape.c
void set_shapes(Instance *in, void **earlier, int nearlier);
char *instance_name(const char *name, Instance *in);      // "Max[int]", "Pair[int,main.P]"
char *shape_func_name(const char *name, Instance *in);    // "Max[go.shape.int_0]"

#endif
