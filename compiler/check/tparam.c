// tparam.c — type parameters as types, for checking a generic body once
// against its constraints (types2's TypeParam): a value of type T allows
// an operation only if every type of T's type set allows it, and T's
// "underlying" type is its core type, the one underlying type all of its
// type set shares ([S ~[]E]: []E), so indexing, ranging, len and make work
// through it as the spec says. The instances themselves are still checked
// with T standing for its type argument (generic.c).
#include "generic.h"

#include <string.h>

Type *new_type_param(char *name) {
  Type *t = new_type(TY_TYPEPARAM);
  t->name = name;
  t->bound = ty_any;
  t->bound_text = "any";
  return t;
}

// Is term t among the types of some term of list?
static bool included(TypeTerm *t, Vec *list) {
  for (int i = 0; i < list->len; i++) {
    TypeTerm *u = list->data[i];
    if (u->tilde ? types_identical(under(t->type), u->type) : !t->tilde && types_identical(t->type, u->type))
      return true;
  }
  return false;
}

// The terms of interface u's type set, an interface term's own flattened
// into its union (OrderedNumeric | Complex): *all when nothing restricts it.
static void iface_terms(Type *u, Vec *out, bool *all, int depth) {
  *all = true;
  for (int i = 0; i < u->nunions && depth < 16; i++) {
    Vec terms = {0};
    bool any_type = false;
    for (int j = 0; j < u->unions[i].nterms && !any_type; j++) {
      TypeTerm *t = &u->unions[i].terms[j];
      if (under(t->type)->kind != TY_INTERFACE) {
        vec_push(&terms, t);
        continue;
      }
      Vec sub = {0};
      iface_terms(under(t->type), &sub, &any_type, depth + 1);
      for (int k = 0; k < sub.len; k++)
        vec_push(&terms, sub.data[k]);
    }
    if (any_type)
      continue;
    if (*all) {
      *out = terms;
      *all = false;
      continue;
    }
    Vec both = {0};   // the intersection: each side's terms the other includes
    for (int k = 0; k < out->len; k++)
      if (included(out->data[k], &terms))
        vec_push(&both, out->data[k]);
    for (int k = 0; k < terms.len; k++)
      if (included(terms.data[k], out) && !included(terms.data[k], &both))
        vec_push(&both, terms.data[k]);
    *out = both;
  }
}

// The one type of a constraint's type set (interface{ *T }), or NULL.
Type *single_type(Type *iface) {
  Vec terms = {0};
  bool all;
  iface_terms(under(iface), &terms, &all, 0);
  TypeTerm *t = terms.len == 1 ? terms.data[0] : NULL;
  return !all && t && !t->tilde ? t->type : NULL;
}

// The terms of T's type set (0: no terms, all types).
int tparam_terms(Type *tp, TypeTerm **out) {
  Type *u = tp->bound ? under(tp->bound) : NULL;
  Vec terms = {0};
  bool all = true;
  if (u && u->kind == TY_INTERFACE)
    iface_terms(u, &terms, &all, 0);
  *out = xmalloc(sizeof(TypeTerm) * (terms.len + 1));
  for (int i = 0; i < terms.len; i++)
    (*out)[i] = *(TypeTerm *)terms.data[i];
  return all ? 0 : terms.len;
}

// Does every type of T's type set satisfy pred? (types2's underIs; a
// type set of all types satisfies no predicate of this kind.)
bool tparam_all(Type *tp, bool (*pred)(Type *)) {
  TypeTerm *terms;
  int n = tparam_terms(tp, &terms);
  for (int i = 0; i < n; i++)
    if (!pred(terms[i].type))
      return false;
  return n > 0;
}

// The core type: the underlying type every term has, or NULL.
static Type *core_of(Type *tp) {
  TypeTerm *terms;
  int n = tparam_terms(tp, &terms);
  Type *core = NULL;
  for (int i = 0; i < n; i++) {
    Type *u = under(terms[i].type);
    if (core && !types_identical(core, u))
      return NULL;
    core = u;
  }
  return core;
}

void set_type_param_bound(Type *tp, Type *bound, char *text) {
  tp->bound = bound;
  tp->bound_text = text;
  tp->underlying = core_of(tp);
}

Type *type_param_core(Type *tp) { return tp->underlying ? tp->underlying : tp; }

bool is_type_param(Type *t) { return t && t->kind == TY_TYPEPARAM; }

// How deeply t nests instances and composite types (List[List[T]]: 3).
int type_depth(Type *t) {
  if (!t || t == ty_invalid)
    return 0;
  int d = 0;
  for (int i = 0; t->kind == TY_NAMED && i < t->ntargs; i++)
    if (type_depth(t->targs[i]) > d)
      d = type_depth(t->targs[i]);
  if (t->kind != TY_NAMED && t->elem && type_depth(t->elem) > d)
    d = type_depth(t->elem);
  return d + 1;
}

// Does t mention a type parameter (an instance made inside a generic body
// checked for all type arguments, never compiled)?
bool mentions_type_param(Type *t) {
  if (!t || t == ty_invalid)
    return false;
  if (t->kind == TY_TYPEPARAM)
    return true;
  if (t->kind == TY_NAMED) {
    for (int i = 0; i < t->ntargs; i++)
      if (mentions_type_param(t->targs[i]))
        return true;
    return false;
  }
  if (mentions_type_param(t->elem) || mentions_type_param(t->key))
    return true;
  if (t->kind == TY_STRUCT || t->kind == TY_FUNC || t->kind == TY_TUPLE) {
    for (int i = 0; i < t->nfields; i++)
      if (mentions_type_param(t->fields[i].type))
        return true;
    for (int i = 0; t->kind == TY_FUNC && i < t->nresults; i++)
      if (mentions_type_param(t->results[i].type))
        return true;
  }
  return false;
}
