// check/typexpr.c — scopes, the universe, supported packages, type expressions,
// assignability, and gc's way of describing operands in messages.
#include "internal.h"
#include "generic.h"

#include <stdlib.h>
#include <string.h>

// ---------------------------------------------------------------- scopes

static unsigned hash_name(const char *s) {
  unsigned h = 2166136261u;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

Scope *scope_new(Checker *chk, Scope *parent) {
  Scope *s = xmalloc(sizeof(Scope));
  s->parent = parent;
  s->in_func = chk->fn != NULL;
  s->up = parent && parent->in_func && parent->count == 0 ? parent->up : parent;
  return s;
}

// The parser interns identifiers (parse.c), so a name found is usually the
// very same pointer: strcmp only settles the rest.
static bool same_name(const char *a, const char *b) { return a == b || !strcmp(a, b); }

static Obj *lookup_hashed(Scope *s, const char *name, unsigned h) {
  if (!s->nslots)
    return NULL;
  unsigned i = h & (s->nslots - 1);
  for (; s->slots[i]; i = (i + 1) & (s->nslots - 1))
    if (same_name(s->slots[i]->name, name))
      return s->slots[i];
  return NULL;
}

Obj *scope_lookup_local(Scope *s, const char *name) {
  return s->nslots ? lookup_hashed(s, name, hash_name(name)) : NULL;
}

Obj *scope_lookup(Scope *s, const char *name) {
  unsigned h = hash_name(name);   // once for every scope up to the universe
  for (; s; s = s->up) {
    Obj *o = lookup_hashed(s, name, h);
    if (o)
      return o;
  }
  return NULL;
}

static void scope_grow(Scope *s) {
  Obj **old = s->slots;
  int n = s->nslots;
  s->nslots = n ? n * 2 : 8;
  s->slots = xmalloc(sizeof(Obj *) * s->nslots);
  for (int i = 0; i < n; i++) {
    if (!old[i])
      continue;
    unsigned j = hash_name(old[i]->name) & (s->nslots - 1);
    while (s->slots[j])
      j = (j + 1) & (s->nslots - 1);
    s->slots[j] = old[i];
  }
  free(old);
}

Obj *scope_insert(Scope *s, Obj *o) {
  Obj *prev = scope_lookup_local(s, o->name);
  if (prev)
    return prev;
  if ((s->count + 1) * 2 > s->nslots)
    scope_grow(s);
  unsigned i = hash_name(o->name) & (s->nslots - 1);
  while (s->slots[i])
    i = (i + 1) & (s->nslots - 1);
  s->slots[i] = o;
  s->count++;
  return NULL;
}

Obj *new_obj(ObjKind k, const char *name, Type *t, Pos pos) {
  Obj *o = arena_alloc(sizeof(Obj));
  o->kind = k;
  o->name = (char *)name;
  o->type = t;
  o->pos = pos;
  return o;
}

// ---------------------------------------------------------------- universe

static void add_type(Checker *chk, const char *name, Type *t) {
  Obj *o = new_obj(OBJ_TYPE, name, t, (Pos){0});
  o->state = 2;
  scope_insert(chk->universe, o);
}

static void add_builtin(Checker *chk, const char *name, Builtin b) {
  Obj *o = new_obj(OBJ_BUILTIN, name, ty_invalid, (Pos){0});
  o->builtin = b;
  o->state = 2;
  scope_insert(chk->universe, o);
}

void universe_init(Checker *chk) {
  types_init();
  chk->universe = scope_new(chk, NULL);
  chk->empty_iface = new_type(TY_INTERFACE);
  add_type(chk, "bool", ty_bool);
  add_type(chk, "int", ty_int);
  add_type(chk, "int8", ty_int8);
  add_type(chk, "int16", ty_int16);
  add_type(chk, "int32", ty_int32);
  add_type(chk, "rune", ty_rune);
  add_type(chk, "int64", ty_int64);
  add_type(chk, "uint", ty_uint);
  add_type(chk, "uint8", ty_uint8);
  add_type(chk, "byte", ty_byte);
  add_type(chk, "uint16", ty_uint16);
  add_type(chk, "uint32", ty_uint32);
  add_type(chk, "uint64", ty_uint64);
  add_type(chk, "uintptr", ty_uintptr);
  add_type(chk, "float32", ty_float32);
  add_type(chk, "float64", ty_float64);
  add_type(chk, "complex64", ty_complex64);
  add_type(chk, "complex128", ty_complex128);
  add_type(chk, "string", ty_string);
  add_type(chk, "error", ty_error);
  add_type(chk, "any", ty_any);
  add_type(chk, "comparable", comparable_type());
  Obj *t = new_obj(OBJ_CONST, "true", ty_untyped_bool, (Pos){0});
  t->cval = const_bool(true);
  t->state = 2;
  scope_insert(chk->universe, t);
  Obj *f = new_obj(OBJ_CONST, "false", ty_untyped_bool, (Pos){0});
  f->cval = const_bool(false);
  f->state = 2;
  scope_insert(chk->universe, f);
  Obj *iota = new_obj(OBJ_CONST, "iota", ty_untyped_int, (Pos){0});
  iota->state = 2;
  scope_insert(chk->universe, iota);
  Obj *nil = new_obj(OBJ_NIL, "nil", ty_untyped_nil, (Pos){0});
  nil->state = 2;
  scope_insert(chk->universe, nil);
  static const struct { const char *name; Builtin b; } builtins[] = {
      {"append", BI_APPEND}, {"cap", BI_CAP}, {"close", BI_CLOSE},
      {"complex", BI_COMPLEX}, {"copy", BI_COPY}, {"delete", BI_DELETE},
      {"imag", BI_IMAG}, {"len", BI_LEN}, {"make", BI_MAKE}, {"new", BI_NEW},
      {"panic", BI_PANIC}, {"print", BI_PRINT}, {"println", BI_PRINTLN},
      {"real", BI_REAL}, {"recover", BI_RECOVER},
  };
  for (size_t i = 0; i < sizeof(builtins) / sizeof(builtins[0]); i++)
    add_builtin(chk, builtins[i].name, builtins[i].b);
}

// ---------------------------------------------------------------- type expressions

static Type *check_type_expr(Checker *chk, Node *n);

static Type *array_type(Checker *chk, Node *n) {
  Type *elem = check_type(chk, n->y);
  if (n->ellipsis_len) {
    error_at(n->pos, "invalid use of [...] array (outside a composite literal)");
    return ty_invalid;
  }
  // A name that is not a constant is reported without being used (gc: it
  // may be a type parameter list with a missing constraint).
  if (n->x->kind == N_IDENT) {
    Obj *o = scope_lookup(chk->scope, n->x->name);
    if (!o) {
      error_at(n->x->pos, "undeclared name %s for array length", n->x->name);
      return ty_invalid;
    }
    if (o->kind != OBJ_CONST) {
      error_at(n->x->pos, "invalid array length %s", n->x->name);
      return ty_invalid;
    }
  }
  Operand x = check_expr(chk, n->x);
  if (x.mode == M_INVALID)
    return ty_invalid;
  Pos at = start_pos(n->x);
  if (x.mode != M_CONST) {
    error_at(at, "array length %s must be constant", operand_desc(n->x, &x));
    return ty_invalid;
  }
  Const *c = x.cval;
  if (c->kind == CV_FLOAT || c->kind == CV_COMPLEX)
    c = const_to_int(c);
  if (!c || c->kind != CV_INT || !is_numeric(x.type)) {
    error_at(at, "array length %s must be integer", operand_desc(n->x, &x));
    return ty_invalid;
  }
  if (const_sign(c) < 0 || !const_fits_int(c, 63, false)) {
    error_at(at, "invalid array length %s", operand_desc(n->x, &x));
    return ty_invalid;
  }
  convert_untyped(n->x, &x, NULL);
  return array_of(elem, const_to_int64(c));
}

// A field's tag, its literal's value (NULL without one; a tag with a NUL
// byte is cut there: descriptors hold C strings).
static const char *field_tag(Node *f) {
  if (!nx(f)->tag || !nx(f)->tag->tok || nx(f)->tag->tok->kind != T_STRING || !nx(f)->tag->tok->slen)
    return NULL;
  return xstrndup(nx(f)->tag->tok->sval, (size_t)nx(f)->tag->tok->slen);
}

static Type *struct_type(Checker *chk, Node *n) {
  Type *t = new_type(TY_STRUCT);
  Vec fields = {0};
  for (int i = 0; i < n->list.len; i++) {
    Node *f = n->list.data[i];
    Type *ft = check_type(chk, f->x);
    if (f->embedded || !nx(f)->names.len) {
      Node *tn = f->x->kind == N_STAR ? f->x->x : f->x;
      if (tn->kind == N_INDEX)   // an instance, List[T]: its generic's name
        tn = tn->x;
      Field *fl = xmalloc(sizeof(Field));
      fl->name = tn->kind == N_SELECTOR ? tn->name : tn->kind == N_IDENT ? tn->name : "?";
      fl->type = ft;
      fl->embedded = true;
      fl->pos = f->pos;
      fl->pkgpath = types_local_pkg;
      fl->tag = field_tag(f);
      vec_push(&fields, fl);
      continue;
    }
    for (int j = 0; j < nx(f)->names.len; j++) {
      Node *id = nx(f)->names.data[j];
      Field *fl = xmalloc(sizeof(Field));
      fl->name = id->name;
      fl->type = ft;
      fl->pos = id->pos;
      fl->pkgpath = types_local_pkg;
      fl->tag = field_tag(f);
      vec_push(&fields, fl);
    }
  }
  t->fields = xmalloc(sizeof(Field) * (fields.len + 1));
  for (int i = 0; i < fields.len; i++) {
    Field *fl = fields.data[i];
    for (int j = 0; j < i; j++)
      if (strcmp(fl->name, "_") && !strcmp(t->fields[j].name, fl->name))
        error_at(fl->pos, "%s redeclared", fl->name);
    t->fields[i] = *fl;
  }
  t->nfields = fields.len;
  return t;
}

// Parameters or results: a list of N_FIELD with optional names.
static void param_list(Checker *chk, Vec *list, Field **out, int *n, bool *variadic) {
  Vec fields = {0};
  for (int i = 0; i < list->len; i++) {
    Node *f = list->data[i];
    Node *tn = f->x;
    bool dots = tn && tn->kind == N_ELLIPSIS;
    if (dots) {
      if (!variadic || i != list->len - 1 || nx(f)->names.len > 1)
        error_at(tn->pos, "can only use ... with final parameter in list");
      else
        *variadic = true;
    }
    Type *t = dots ? slice_of(check_type(chk, tn->x)) : check_type(chk, tn);
    int k = nx(f)->names.len ? nx(f)->names.len : 1;
    for (int j = 0; j < k; j++) {
      Field *fl = xmalloc(sizeof(Field));
      fl->type = t;
      if (nx(f)->names.len) {
        Node *id = nx(f)->names.data[j];
        fl->name = id->name;
        fl->pos = id->pos;
      } else {
        fl->pos = f->pos;
      }
      vec_push(&fields, fl);
    }
  }
  *out = xmalloc(sizeof(Field) * (fields.len + 1));
  for (int i = 0; i < fields.len; i++)
    (*out)[i] = *(Field *)fields.data[i];
  *n = fields.len;
}

Type *func_type(Checker *chk, Node *ftype, Node *recv) {
  Type *t = new_type(TY_FUNC);
  param_list(chk, &ftype->list, &t->fields, &t->nfields, &t->variadic);
  bool dummy = false;
  param_list(chk, &ftype->list2, &t->results, &t->nresults, &dummy);
  return t;
}

static Type *interface_type(Checker *chk, Node *n) {
  Type *t = new_type(TY_INTERFACE);
  Vec methods = {0};
  for (int i = 0; i < n->list.len; i++) {
    Node *f = n->list.data[i];
    if (!nx(f)->names.len) {
      interface_element(chk, f->x, t, &methods);
      continue;
    }
    Method *m = xmalloc(sizeof(Method));
    m->name = ((Node *)nx(f)->names.data[0])->name;
    m->sig = func_type(chk, f->x, NULL);
    m->pkgpath = types_local_pkg;
    vec_push(&methods, m);
  }
  // gc keeps interface methods sorted by name.
  for (int i = 1; i < methods.len; i++)
    for (int j = i; j > 0 && strcmp(((Method *)methods.data[j - 1])->name,
                                    ((Method *)methods.data[j])->name) > 0; j--) {
      void *tmp = methods.data[j];
      methods.data[j] = methods.data[j - 1];
      methods.data[j - 1] = tmp;
    }
  t->methods = xmalloc(sizeof(Method) * (methods.len + 1));
  for (int i = 0; i < methods.len; i++)
    t->methods[i] = *(Method *)methods.data[i];
  t->nmethods = methods.len;
  // One canonical empty interface literal: gc spells it "interface{}" in
  // messages where it spells the predeclared alias "any"; both have the same
  // runtime descriptor (named by the qualified spelling "interface {}").
  if (!t->nmethods && !t->nunions && !t->needs_comparable)
    return chk->empty_iface;
  return t;
}

void check_map_key(Node *at, Type *k) {
  if (is_type_param(k) && !is_comparable(k))
    error_at(at->pos, "invalid map key type %s (missing comparable constraint)", k->name);
  else if (k != ty_invalid && under(k)->kind != TY_NAMED && !is_comparable(k))
    error_at(at->pos, "invalid map key type %s", type_string_checker(k));
}

// A type where a constraint may stand: a type parameter's constraint, an
// interface's element, the right-hand side of a type declaration.
Type *check_constraint_type(Checker *chk, Node *n) { return n ? check_type_expr(chk, n) : ty_invalid; }

// A type where values have it: an interface with a type set (unions,
// comparable) cannot be one.

Type *check_type(Checker *chk, Node *n) {
  if (!n)
    return ty_invalid;
  Type *t = check_type_expr(chk, n);
  if (t != ty_invalid && is_constraint_iface(t)) {
    error_at(start_pos(n), "cannot use type %s outside a type constraint: %s", type_string_checker(t),
             under(t)->nunions ? "interface contains type constraints" : "interface is (or embeds) comparable");
    return ty_invalid;
  }
  return t;
}

static Type *check_type_expr(Checker *chk, Node *n) {
  Type *t = ty_invalid;
  switch (n->kind) {
  case N_IDENT:
  case N_SELECTOR: {
    Obj *gen = n->kind == N_SELECTOR ? generic_named(chk, n) : NULL;
    if (gen) {   // another package's generic type, as a type: gc names its parameters
      error_at(start_pos(n), "cannot use generic %s %s.%s without instantiation",
               gen->kind == OBJ_TYPE ? "type" : "function", unparen(n->x)->name,
               gen->kind == OBJ_TYPE ? generic_decl_string(gen->generic) : n->name);
      return ty_invalid;
    }
    Operand x = check_expr_or_type(chk, n);
    if (x.mode == M_INVALID)
      return ty_invalid;
    if (x.mode != M_TYPE) {
      error_at(n->pos, "%s is not a type", expr_string(n));
      return ty_invalid;
    }
    t = x.type;
    break;
  }
  case N_PAREN:
    t = check_type(chk, n->x);
    break;
  case N_STAR:
    t = ptr_to(check_type(chk, n->x));
    break;
  case N_ARRAYTYPE:
    t = n->x ? array_type(chk, n) : slice_of(check_type(chk, n->y));
    break;
  case N_MAPTYPE: {
    Type *k = check_type(chk, n->x), *v = check_type(chk, n->y);
    if (is_type_param(k) && chk->bounds_pending) {   // [M ~map[K]V, K comparable]: K's bound comes later
      vec_push(&chk->pending_keys, n->x);
      vec_push(&chk->pending_keys, k);
    } else {
      check_map_key(n->x, k);
    }
    t = map_of(k, v);
    break;
  }
  case N_CHANTYPE:
    t = new_type(TY_CHAN);
    t->elem = check_type(chk, n->y ? n->y : n->x);
    t->len = n->chandir;
    break;
  case N_FUNCTYPE:
    t = func_type(chk, n, NULL);
    break;
  case N_STRUCTTYPE:
    t = struct_type(chk, n);
    break;
  case N_INTERFACETYPE:
    t = interface_type(chk, n);
    break;
  case N_INDEX:
    t = generic_type_index(chk, n);
    if (t == ty_invalid)
      return t;
    break;
  default:
    error_at(n->pos, "%s is not a type", expr_string(n));
    return ty_invalid;
  }
  n->type = t;
  n->is_type = true;
  return t;
}

// ---------------------------------------------------------------- recursive types

// types2's cycleError: the cycle starts at the object declared first.
void cycle_error(Vec *cycle) {
  int first = 0;
  for (int i = 1; i < cycle->len; i++) {
    Pos a = ((Obj *)cycle->data[i])->pos, b = ((Obj *)cycle->data[first])->pos;
    if (a.line < b.line || (a.line == b.line && a.col < b.col))
      first = i;
  }
  Obj *o = cycle->data[first];
  Buf b = {0};
  buf_printf(&b, "invalid recursive type %s", o->name);
  for (int k = 0, i = first; k < cycle->len; k++) {
    buf_printf(&b, "\n\t%s:%d:%d: %s refers to", o->pos.file->display, o->pos.line, o->pos.col, o->name);
    i = (i + 1) % cycle->len;
    o = cycle->data[i];
  }
  buf_printf(&b, "\n\t%s:%d:%d: %s", o->pos.file->display, o->pos.line, o->pos.col, o->name);
  error_at(((Obj *)cycle->data[first])->pos, "%s", buf_cstr(&b));
}

static Type *rhs_of(Checker *chk, Type *named) {
  for (int i = 0; i + 1 < chk->rhs.len; i += 2)
    if (chk->rhs.data[i] == named)
      return chk->rhs.data[i + 1];
  return NULL;
}

// Gives named the underlying type of its right-hand side rhs. A rhs naming a
// type still being declared closes a cycle of names with no underlying type.
void set_underlying(Checker *chk, Type *named, Type *rhs) {
  vec_push(&chk->rhs, named);
  vec_push(&chk->rhs, rhs);
  if (rhs->kind == TY_NAMED && !rhs->underlying) {
    Vec cycle = {0};
    int start = chk->typepath.len;
    while (start > 0 && chk->typepath.data[start - 1] != rhs)
      start--;
    for (int i = start ? start - 1 : 0; i < chk->typepath.len; i++)
      vec_push(&cycle, ((Type *)chk->typepath.data[i])->obj);
    vec_push(&cycle, named->obj);
    if (cycle.data[cycle.len - 1] == cycle.data[cycle.len - 2] && cycle.len > 1)
      cycle.len--;
    cycle_error(&cycle);
    named->underlying = ty_invalid;
    return;
  }
  named->underlying = under(rhs) ? under(rhs) : ty_invalid;
}

// types2's validType0: does t contain (not through a pointer, slice, ...)
// a named type of nest? path: every named type on the way, for the message.
static bool valid_type(Checker *chk, Type *t, Vec *nest, Vec *path) {
  switch (t->kind) {
  case TY_ARRAY:
    return valid_type(chk, t->elem, nest, path);
  case TY_STRUCT:
    for (int i = 0; i < t->nfields; i++)
      if (!valid_type(chk, t->fields[i].type, nest, path))
        return false;
    return true;
  case TY_NAMED: {
    for (int i = 0; i < chk->valid_types.len; i++)
      if (chk->valid_types.data[i] == t)
        return true;
    if (!t->underlying || t->underlying == ty_invalid || !t->obj)
      return false;
    for (int i = 0; i < nest->len; i++) {
      if (nest->data[i] != t)
        continue;
      t->underlying = ty_invalid;
      Vec cycle = {0};
      int start = 0;
      while (path->data[start] != t)
        start++;
      for (int j = start; j < path->len; j++)
        vec_push(&cycle, ((Type *)path->data[j])->obj);
      cycle_error(&cycle);
      return false;
    }
    Type *rhs = rhs_of(chk, t);
    vec_push(nest, t);
    vec_push(path, t);
    bool ok = !rhs || valid_type(chk, rhs, nest, path);
    nest->len--;
    path->len--;
    if (ok)
      vec_push(&chk->valid_types, t);
    return ok;
  }
  default:
    return true;
  }
}

void check_valid_type(Checker *chk, Type *t) {
  if (t && t->kind == TY_NAMED) {
    Vec nest = {0}, path = {0};
    valid_type(chk, t, &nest, &path);
  }
}

// ---------------------------------------------------------------- assignability

Type *default_type(Type *t) {
  switch (t->kind) {
  case TY_UNTYPED_BOOL: return ty_bool;
  case TY_UNTYPED_INT: return ty_int;
  case TY_UNTYPED_RUNE: return ty_rune;
  case TY_UNTYPED_FLOAT: return ty_float64;
  case TY_UNTYPED_COMPLEX: return ty_complex128;
  case TY_UNTYPED_STRING: return ty_string;
  default: return t;
  }
}

// Spelled as a type literal: []int, not int or List or T.
static bool unnamed(Type *t) { return t->kind >= TY_PTR && t->kind <= TY_CHAN; }

static bool untyped_fits(Type *t) { return !is_untyped(t); }

// Assignability where v or t is a type parameter (and they differ): through
// each type of its type set (the spec's rules for type parameters).
static bool assignable_param(Type *v, Type *t, Operand *x) {
  if (!is_type_param(t) && is_interface(t))
    return implements(v, t);
  TypeTerm *terms;
  if (is_type_param(t) && (is_untyped(v) || unnamed(v))) {
    int n = tparam_terms(t, &terms);
    for (int i = 0; i < n; i++)
      if (!assignable(v, terms[i].type, x) || (is_untyped(v) && !untyped_fits(terms[i].type)))
        return false;
    return n > 0;
  }
  if (is_type_param(v) && unnamed(t)) {
    int n = tparam_terms(v, &terms);
    for (int i = 0; i < n; i++)
      if (!assignable(terms[i].type, t, NULL))
        return false;
    return n > 0;
  }
  return false;
}

// Go spec "Assignability" for a value of type v (x its operand, for nil and
// untyped constants) to type t. Untyped constants are checked by the caller.
bool assignable(Type *v, Type *t, Operand *x) {
  if (v == ty_invalid || t == ty_invalid)
    return true;
  if (types_identical(v, t))
    return true;
  if (is_type_param(v) || is_type_param(t))
    return assignable_param(v, t, x);
  Type *vu = under(v), *tu = under(t);
  if (v->kind == TY_UNTYPED_NIL) {
    switch (tu->kind) {
    case TY_PTR: case TY_FUNC: case TY_SLICE: case TY_MAP: case TY_CHAN:
    case TY_INTERFACE: case TY_UNSAFEPTR:
      return true;
    default:
      return false;
    }
  }
  if (types_identical(vu, tu) && (v->kind != TY_NAMED || t->kind != TY_NAMED) &&
      !is_untyped(v))
    return true;
  // A bidirectional channel value to a directional channel type.
  if (vu->kind == TY_CHAN && tu->kind == TY_CHAN && vu->len == 0 && types_identical(vu->elem, tu->elem) &&
      (v->kind != TY_NAMED || t->kind != TY_NAMED))
    return true;
  if (tu->kind == TY_INTERFACE)
    return implements(v, t);
  if (is_untyped(v)) {
    if (is_boolean(v))
      return is_boolean(tu) && tu->kind == TY_BOOL;
    if (is_string(v))
      return tu->kind == TY_STRING;
    return is_numeric(tu) && !is_untyped(tu);
  }
  return false;
}

// ---------------------------------------------------------------- descriptions

// The leftmost position of an expression (gc's syntax.StartPos): types2
// reports an error "at" an operand or node there. Slices, key:value pairs and
// parentheses keep their own position, as in gc.
Pos start_pos(Node *n) {
  for (;;) {
    switch (n->kind) {
    case N_BINARY: case N_INDEX: case N_TYPEASSERT: case N_CALL: case N_SELECTOR:
    case N_COMPOSITE:
      if (!n->x)
        return n->pos;
      n = n->x;
      break;
    default:
      return n->pos;
    }
  }
}

static int precedence(TokKind op) {
  switch (op) {
  case T_LOR: return 1;
  case T_LAND: return 2;
  case T_EQL: case T_NEQ: case T_LSS: case T_LEQ: case T_GTR: case T_GEQ: return 3;
  case T_ADD: case T_SUB: case T_OR: case T_XOR: return 4;
  default: return 5;
  }
}

static void write_expr(Buf *b, Node *n);

static void write_list(Buf *b, Vec *v) {
  for (int i = 0; i < v->len; i++) {
    if (i)
      buf_puts(b, ", ");
    write_expr(b, v->data[i]);
  }
}

static void write_expr(Buf *b, Node *n) {
  if (!n)
    return;
  switch (n->kind) {
  case N_IDENT:
    buf_puts(b, n->name);
    return;
  case N_BASICLIT:
    buf_putn(b, n->tok->text, n->tok->len);
    return;
  case N_PAREN:
    buf_putc(b, '(');
    write_expr(b, n->x);
    buf_putc(b, ')');
    return;
  case N_SELECTOR:
    write_expr(b, n->x);
    buf_printf(b, ".%s", n->name);
    return;
  case N_INDEX:
    write_expr(b, n->x);
    buf_putc(b, '[');
    write_expr(b, n->y);
    buf_putc(b, ']');
    return;
  case N_SLICEEXPR:
    write_expr(b, n->x);
    buf_putc(b, '[');
    write_expr(b, n->y);
    buf_putc(b, ':');
    write_expr(b, nx(n)->z);
    if (n->slice3) {
      buf_putc(b, ':');
      write_expr(b, nx(n)->w);
    }
    buf_putc(b, ']');
    return;
  case N_TYPEASSERT:
    write_expr(b, n->x);
    buf_puts(b, ".(");
    if (n->y)
      write_expr(b, n->y);
    else
      buf_puts(b, "type");
    buf_putc(b, ')');
    return;
  case N_CALL:
    write_expr(b, n->x);
    buf_putc(b, '(');
    write_list(b, &n->list);
    if (n->has_ellipsis)
      buf_puts(b, "...");
    buf_putc(b, ')');
    return;
  case N_STAR:
    buf_putc(b, '*');
    write_expr(b, n->x);
    return;
  case N_UNARY:
    buf_puts(b, tok_name(n->op));
    write_expr(b, n->x);
    return;
  case N_BINARY: {
    // gc prints binary expressions with spaces and parenthesises by precedence.
    bool lp = n->x->kind == N_BINARY && precedence(n->x->op) < precedence(n->op);
    bool rp = n->y->kind == N_BINARY && precedence(n->y->op) <= precedence(n->op);
    if (lp) buf_putc(b, '(');
    write_expr(b, n->x);
    if (lp) buf_putc(b, ')');
    buf_printf(b, " %s ", tok_name(n->op));
    if (rp) buf_putc(b, '(');
    write_expr(b, n->y);
    if (rp) buf_putc(b, ')');
    return;
  }
  case N_KEYVALUE:
    write_expr(b, n->x);
    buf_puts(b, ": ");
    write_expr(b, n->y);
    return;
  case N_COMPOSITE:
    write_expr(b, n->x);
    buf_puts(b, n->list.len ? "{…}" : "{}");
    return;
  case N_FUNCLIT:
    buf_puts(b, "(func");
    buf_puts(b, "() literal)");
    return;
  case N_ARRAYTYPE:
    buf_putc(b, '[');
    if (n->ellipsis_len)
      buf_puts(b, "...");
    else
      write_expr(b, n->x);
    buf_putc(b, ']');
    write_expr(b, n->y);
    return;
  case N_ELLIPSIS:
    buf_puts(b, "...");
    write_expr(b, n->x);
    return;
  case N_MAPTYPE:
    buf_puts(b, "map[");
    write_expr(b, n->x);
    buf_putc(b, ']');
    write_expr(b, n->y);
    return;
  case N_STRUCTTYPE:
    buf_puts(b, "struct{…}");
    return;
  case N_INTERFACETYPE:
    buf_puts(b, n->list.len ? "interface{…}" : "interface{}");
    return;
  case N_FUNCTYPE:
    buf_puts(b, "func(…)");
    return;
  case N_CHANTYPE:
    buf_puts(b, "chan ");
    write_expr(b, n->y ? n->y : n->x);
    return;
  default:
    buf_puts(b, "?");
  }
}

char *expr_string(Node *n) {
  Buf b = {0};
  write_expr(&b, n);
  return buf_cstr(&b);
}

// gc (types2) describes an operand as "EXPR (MODE of type T)" or, for
// untyped constants, "EXPR (untyped int constant [VALUE])".
char *operand_desc(Node *n, Operand *x) {
  char *e = expr_string(n);
  if (x->mode == M_CONST && x->cval) {
    char *v = const_string_repr(x->cval);
    bool show = strcmp(e, v) != 0;
    if (is_untyped(x->type))
      return show ? xfmt("%s (%s constant %s)", e, type_string_checker(x->type), v)
                  : xfmt("%s (%s constant)", e, type_string_checker(x->type));
    return show ? xfmt("%s (constant %s of type %s)", e, v, type_string_checker(x->type))
                : xfmt("%s (constant of type %s)", e, type_string_checker(x->type));
  }
  if (x->type && x->type->kind == TY_UNTYPED_NIL)
    return xfmt("%s", e);
  const char *mode = x->mode == M_VAR ? "variable" : x->mode == M_MAPINDEX ? "map index expression" : "value";
  if (x->mode == M_NOVALUE)
    return xfmt("%s (no value)", e);
  if (x->mode == M_TYPE)
    return xfmt("%s (type)", e);
  if (x->mode == M_BUILTIN)
    return xfmt("%s (built-in)", e);
  if (x->type && is_untyped(x->type))
    return xfmt("%s (%s value)", e, type_string_checker(x->type));
  if (is_type_param(x->type))
    return xfmt("%s (%s of type %s constrained by %s)", e, mode, x->type->name, x->type->bound_text);
  return xfmt("%s (%s of type %s)", e, mode, type_string_checker(x->type));
}
