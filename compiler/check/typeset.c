// typeset.c — constraints: interfaces whose elements may be unions of
// terms (~int | string) besides methods, the predeclared comparable, and
// whether a type argument satisfies one (gc 1.19's words when not).
// An interface's type set is kept as the intersection of its unions: each
// embedded union adds one, an embedded constraint adds all of its own.
#include "generic.h"

#include <string.h>

static Type *comparable_iface;

Type *comparable_type(void) {
  if (!comparable_iface) {
    Type *u = new_type(TY_INTERFACE);
    u->needs_comparable = true;
    Type *t = new_type(TY_NAMED);
    t->name = "comparable";
    t->underlying = u;
    comparable_iface = t;
  }
  return comparable_iface;
}

bool is_constraint_iface(Type *t) {
  if (is_type_param(t))
    return false;
  Type *u = under(t);
  return u->kind == TY_INTERFACE && (u->nunions || u->needs_comparable);
}

static void add_union(Type *iface, TypeUnion un) {
  iface->unions = xrealloc(iface->unions, sizeof(TypeUnion) * (iface->nunions + 1));
  iface->unions[iface->nunions++] = un;
}

// The terms of a union A | ~B | C, left to right.
static void union_terms(Checker *chk, Node *e, Vec *terms) {
  e = unparen(e);
  if (e->kind == N_BINARY && e->op == T_OR) {
    union_terms(chk, e->x, terms);
    union_terms(chk, e->y, terms);
    return;
  }
  TypeTerm *t = xmalloc(sizeof(TypeTerm));
  t->tilde = e->kind == N_UNARY && e->op == T_TILDE;
  Node *x = t->tilde ? e->x : e;
  // (an interface term is gc's error, not this one)
  t->type = t->tilde ? check_type(chk, x) : check_constraint_type(chk, x);
  if (is_type_param(t->type)) {   // a lone type parameter is no term
    if (t->tilde)
      error_at(start_pos(x), "type in term %s cannot be a type parameter", expr_string(e));
    else
      error_at(start_pos(x), "term cannot be a type parameter");
    t->type = ty_invalid;
  } else if (t->tilde && t->type != ty_invalid && !types_identical(t->type, under(t->type))) {
    error_at(e->pos, "invalid use of ~ (underlying type of %s is %s)", type_string_checker(t->type),
             type_string_checker(under(t->type)));
    t->type = ty_invalid;
  }
  if (t->type != ty_invalid)
    vec_push(terms, t);
}

void interface_element(Checker *chk, Node *e, Type *iface, Vec *methods) {
  Node *u = unparen(e);
  bool is_union = (u->kind == N_BINARY && u->op == T_OR) || (u->kind == N_UNARY && u->op == T_TILDE);
  if (!is_union) {
    Type *t = check_constraint_type(chk, e);
    if (t == ty_invalid)
      return;
    Type *ut = under(t);
    if (ut->kind == TY_INTERFACE) {   // an embedded interface: its methods and type set
      for (int j = 0; j < ut->nmethods; j++)
        vec_push(methods, &ut->methods[j]);
      for (int j = 0; j < ut->nunions; j++)
        add_union(iface, ut->unions[j]);
      iface->needs_comparable |= ut->needs_comparable;
      return;
    }
  }
  Vec terms = {0};
  union_terms(chk, e, &terms);
  TypeUnion un = {xmalloc(sizeof(TypeTerm) * (terms.len + 1)), terms.len};
  for (int i = 0; i < terms.len; i++)
    un.terms[i] = *(TypeTerm *)terms.data[i];
  add_union(iface, un);
}

// A type parameter's constraint: an interface, or a union written in the
// list ([T ~int | ~string]), or any other type (its one term).
Type *constraint_type(Checker *chk, Node *c) {
  Node *u = unparen(c);
  bool is_union = (u->kind == N_BINARY && u->op == T_OR) || (u->kind == N_UNARY && u->op == T_TILDE);
  Type *t = is_union ? NULL : check_constraint_type(chk, c);
  if (t == ty_invalid)
    return t;
  if (t && under(t)->kind == TY_INTERFACE)
    return t;
  Type *iface = new_type(TY_INTERFACE);
  Vec methods = {0};
  interface_element(chk, c, iface, &methods);
  return iface;
}

static bool term_in_iface(TypeTerm *t, Type *iface, int depth);

// Is every type of term t in the union's type set? (A term may be an
// interface with a type set of its own: OrderedNumeric | Complex.)
static bool term_in(TypeTerm *t, TypeUnion *un, int depth) {
  for (int i = 0; i < un->nterms; i++) {
    TypeTerm *u = &un->terms[i];
    if (under(u->type)->kind == TY_INTERFACE) {
      if (term_in_iface(t, under(u->type), depth + 1))
        return true;
    } else if (u->tilde ? types_identical(under(t->type), u->type)
                        : !t->tilde && types_identical(t->type, u->type)) {
      return true;
    }
  }
  return false;
}

static bool term_in_iface(TypeTerm *t, Type *iface, int depth) {
  for (int i = 0; i < iface->nunions; i++)
    if (depth > 16 || !term_in(t, &iface->unions[i], depth))
      return false;
  return true;
}

bool term_in_union(TypeTerm *t, TypeUnion *un) { return term_in(t, un, 0); }

static bool in_union(Type *t, TypeUnion *un) {
  if (is_type_param(t)) {   // its whole type set must be
    TypeTerm *terms;
    int n = tparam_terms(t, &terms);
    for (int i = 0; i < n; i++)
      if (!term_in_union(&terms[i], un))
        return false;
    return n > 0;
  }
  TypeTerm term = {t, false};
  return term_in_union(&term, un);
}

// types2's spelling of a union: "~int | ~float64 | string" in its
// messages, "~int|~float64" as a type ([T ~int|~float64]'s constraint).
static char *union_text(TypeUnion *un, const char *sep) {
  Buf b = {0};
  for (int i = 0; i < un->nterms; i++)
    buf_printf(&b, "%s%s%s", i ? sep : "", un->terms[i].tilde ? "~" : "",
               type_string_checker(un->terms[i].type));
  return buf_cstr(&b);
}

static char *union_string(TypeUnion *un) { return union_text(un, " | "); }

// How "x (variable of type T constrained by C)" names T's constraint.
char *constraint_text(Type *bound, Node *c) {
  Node *u = unparen(c);
  bool is_union = (u->kind == N_BINARY && u->op == T_OR) || (u->kind == N_UNARY && u->op == T_TILDE);
  if (is_union && bound->nunions == 1)
    return union_text(&bound->unions[0], "|");
  return bound_string(bound, c);
}

// How a constraint is named in messages: its declared name, or as written.
char *bound_string(Type *bound, Node *c) {
  if (bound->kind == TY_NAMED)
    return type_string_checker(bound);
  return expr_string(c);
}

char *unsatisfied(Type *t, Type *bound, Node *c) {
  Type *u = under(bound);
  char *ts = type_string_checker(t), *bs = bound_string(bound, c);
  if (u->needs_comparable && (!is_comparable(t) || is_interface(t)))
    return xfmt("%s does not implement comparable", ts);
  for (int i = 0; i < u->nunions; i++)
    if (!in_union(t, &u->unions[i])) {
      if (u->nunions == 1)
        return xfmt("%s does not implement %s (%s missing in %s)", ts, bs, ts, union_string(&u->unions[i]));
      return xfmt("%s does not implement %s", ts, bs);
    }
  if (u->nmethods) {
    char *why = missing_method(t, u);
    if (why && !strncmp(why, "missing method ", 15))   // types2 words it so for constraints
      return xfmt("%s does not implement %s (missing %s method)", ts, bs, why + 15);
    if (why)   // the "wrong type" form carries its own closing parenthesis
      return xfmt(strstr(why, "wrong type for") ? "%s does not implement %s (%s" : "%s does not implement %s (%s)",
                  ts, bs, why);
  }
  return NULL;
}
