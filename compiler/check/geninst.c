// geninst.c — the methods of generic types' instances, compiled in every
// package that needs the instance, as gc compiles them: gc's noder (and its
// importer, reading the declarations a package refers to) lists each fully
// instantiated type it meets and stencils all of that type's methods in the
// package (noder's instantiateMethods), as DUPOK symbols the linker keeps
// one of. So each such package's object holds its own copy — a cached
// object never depends on which package happened to compile the methods
// first — and -m speaks of them under each package's header.
//
// The type itself stays one for the whole build (types are identical by
// identity): the package that made it first declared its methods on it
// (generic.c); each other package that needs it makes functions of its own
// from the same declarations, with the same link names (weak linkage,
// codegen's foreign_pkg rule). Calls keep naming the first copy's function;
// in a package's own module that name is its own copy.
#include "generic.h"


// The instance of the type t pkg made or copied, or NULL.
static Instance *own_instance(Generic *g, Type *t, Package *pkg) {
  for (int i = 0; i < g->insts.len; i++) {
    Instance *in = g->insts.data[i];
    if (in->made_in == pkg && in->type == t)
      return in;
  }
  return NULL;
}

void need_type_instance(Checker *chk, Instance *in) {
  Generic *g = in->generic;
  if (in->of_params || !in->type || g->bad || own_instance(g, in->type, chk->pkg))
    return;
  Instance *mine = xmalloc(sizeof(Instance));
  *mine = *in;
  mine->made_in = chk->pkg;
  add_instance(g, mine);
  instantiate_methods(chk, g, mine, true);
}

static void need_fields(Checker *chk, Field *fs, int n);

// Every type instance t mentions, through other packages' named types too
// (gc's importer reads a named type's underlying type and its methods'
// signatures with it). Each named type is looked at once per package.
static void need_types_in(Checker *chk, Type *t) {
  if (!t || t == ty_invalid)
    return;
  switch (t->kind) {
  case TY_PTR: case TY_SLICE: case TY_ARRAY: case TY_CHAN:
    need_types_in(chk, t->elem);
    return;
  case TY_MAP:
    need_types_in(chk, t->key);
    need_types_in(chk, t->elem);
    return;
  case TY_FUNC:
    need_fields(chk, t->results, t->nresults);
    // fall through
  case TY_STRUCT: case TY_TUPLE:
    need_fields(chk, t->fields, t->nfields);
    return;
  case TY_INTERFACE:
    for (int i = 0; i < t->nmethods; i++)
      need_types_in(chk, t->methods[i].sig);
    return;
  case TY_NAMED:
    break;
  default:
    return;
  }
  if (!t->pkgpath)
    return;   // (predeclared: never generic)
  for (int i = 0; i < chk->types_walked.len; i++)
    if (chk->types_walked.data[i] == t)
      return;
  vec_push(&chk->types_walked, t);
  Instance *in = t->obj ? t->obj->instance : NULL;
  if (in && in->type == t)
    need_type_instance(chk, in);
  for (int i = 0; i < t->ntargs; i++)
    need_types_in(chk, t->targs[i]);
  need_types_in(chk, t->underlying);
  for (int i = 0; i < t->nmethods; i++)
    need_types_in(chk, t->methods[i].sig);
}

static void need_fields(Checker *chk, Field *fs, int n) {
  for (int i = 0; i < n; i++)
    need_types_in(chk, fs[i].type);
}

void need_types_of(Checker *chk, Obj *imported) {
  if (imported->kind != OBJ_CONST)
    need_types_in(chk, imported->type);
}
