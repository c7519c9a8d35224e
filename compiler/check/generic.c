// generic.c — type parameters (Go 1.18), by stenciling: each instance of a
// generic function or type (Max[int], Stack[string]) is a copy of its
// declaration checked with the type parameters standing for the type
// arguments, as if they were aliases. Later passes see ordinary functions
// and named types; Obj.instance keeps what -m needs to speak as gc does,
// which compiles one body per GC shape (instance.c: shapes, inference,
// constraints' type sets).
//
// Before any instance is checked, each generic body is checked once with
// its type parameters as types of their own (tparam.c), as gc's types2
// does: invalid generic code is reported whatever it is instantiated with,
// or if it never is. Another package's generic is instantiated in the
// importer (imported_generic), from its declaration in this process: generic
// bodies do not travel in export data. Not modelled: generic methods called
// through an interface's dictionary.
#include "generic.h"

#include <stdlib.h>
#include <string.h>

// Per generic: F[T] calling F[[]T] never ends by stenciling (gc's shape
// bodies accept it; escgo says so rather than run out of memory).
enum { MAX_INSTANCES = 500 };

static bool too_many(Generic *g, Pos at) {
  if (g->insts.len < MAX_INSTANCES)
    return false;
  if (g->insts.len == MAX_INSTANCES) {
    error_at(at, "instantiation cycle: more than %d instances of %s (escgo makes one per type argument list)",
             MAX_INSTANCES, g->obj->name);
    vec_push(&g->insts, g->insts.data[0]);   // said once
  }
  return true;
}

static Generic *new_generic(Checker *chk, Obj *o, Node *decl) {
  Generic *g = xmalloc(sizeof(Generic));
  g->obj = o;
  g->decl = decl;
  g->file_scope = chk->scope;
  for (int i = 0; i < nx(decl)->tparams.len; i++) {
    Node *f = nx(decl)->tparams.data[i];
    for (int j = 0; j < nx(f)->names.len; j++) {
      Node *id = nx(f)->names.data[j];
      for (int k = 0; k < g->name_pos.len && strcmp(id->name, "_"); k++) {
        Node *prev = g->name_pos.data[k];
        if (!strcmp(prev->name, id->name))
          error_at(id->pos, "%s redeclared in this block\n\t%s: other declaration of %s", id->name,
                   pos_text(prev->pos), id->name);
      }
      vec_push(&g->names, id->name);
      vec_push(&g->name_pos, nx(f)->names.data[j]);
      vec_push(&g->constraints, f->x);
    }
  }
  o->generic = g;
  vec_push(&chk->generics, o);
  return g;
}

bool is_generic_obj(const Obj *o) { return o && o->generic; }

// ---------------------------------------------------------------- declarations

void generic_declare_func(Checker *chk, Node *d, Scope *file_scope) {
  Obj *o = new_obj(OBJ_FUNC, d->name, ty_invalid, d->pos);
  o->spec = d;   // d->obj stays NULL: lowering skips the generic itself
  o->global = true;
  o->home = chk->pkg;
  o->state = 2;
  o->used = true;
  Scope *saved = chk->scope;
  chk->scope = file_scope;
  new_generic(chk, o, d);
  chk->scope = saved;
  Obj *prev = strcmp(d->name, "_") ? scope_insert(chk->pkgscope, o) : NULL;
  if (prev)
    redeclared(d->pos, prev);
}

// The receiver's base type expression: Stack[T] in (s *Stack[T]).
static Node *recv_base_expr(Node *fd) {
  Node *rt = unparen(nx(fd)->recv->x);
  if (rt && rt->kind == N_STAR)
    rt = unparen(rt->x);
  return rt;
}

bool generic_collect_method(Checker *chk, Node *fd, Scope *file_scope) {
  Node *base = recv_base_expr(fd);
  if (!base || base->kind != N_INDEX)
    return false;
  vec_push(&chk->generic_methods, fd);
  vec_push(&chk->generic_method_scopes, file_scope);
  return true;
}

void generic_declare_type(Checker *chk, Node *spec, Obj *o) {
  o->type = ty_invalid;   // only its instances are types
  o->state = 2;
  Generic *g = new_generic(chk, o, spec);
  if (nx(spec)->is_alias)
    error_at(spec->pos, "generic type cannot be alias");
  Node *rhs = unparen(spec->x);
  for (int i = 0; rhs && rhs->kind == N_IDENT && i < g->names.len; i++)
    if (!strcmp(rhs->name, g->names.data[i]))
      error_at(rhs->pos, "cannot use a type parameter as RHS in type declaration");
  // Its methods: declared on Name[P...] with this very Name.
  for (int i = 0; i < chk->generic_methods.len; i++) {
    Node *fd = chk->generic_methods.data[i];
    Node *base = unparen(recv_base_expr(fd)->x);
    if (base->kind != N_IDENT)
      continue;
    Obj *b = scope_lookup(chk->generic_method_scopes.data[i], base->name);
    if (b == o) {
      vec_push(&g->methods, fd);
      vec_push(&g->method_scopes, chk->generic_method_scopes.data[i]);
    }
  }
}

// gc's "Stack[T any]" in "cannot use generic type Stack[T any] without instantiation".
char *generic_decl_string(Generic *g) {
  Buf b = {0};
  buf_printf(&b, "%s[", g->obj->name);
  const Vec *tps = &nx(g->decl)->tparams;
  for (int i = 0; i < tps->len; i++) {
    Node *f = tps->data[i];
    if (i)
      buf_puts(&b, ", ");
    for (int j = 0; j < nx(f)->names.len; j++)
      buf_printf(&b, "%s%s", j ? ", " : "", ((Node *)nx(f)->names.data[j])->name);
    buf_printf(&b, " %s", expr_string(f->x));
  }
  buf_putc(&b, ']');
  return buf_cstr(&b);
}

// ---------------------------------------------------------------- instances

// The checker's state around checking a declaration elsewhere.
// Code of g is checked as its own package's (an instance of another
// package's generic: its unexported fields and methods are its own).
typedef struct Saved {
  Scope *scope;
  FuncCtx *fn;
  Obj *decl_obj;
  int iota;
  const char *local_pkg;
} Saved;

static Saved enter(Checker *chk, Scope *scope, Generic *g) {
  Saved s = {chk->scope, chk->fn, chk->decl_obj, chk->iota, types_local_pkg};
  chk->fn = NULL;
  chk->iota = -1;
  chk->scope = scope;
  if (g && g->obj->home)
    types_local_pkg = g->obj->home->path;
  return s;
}

static void leave(Checker *chk, Saved s) {
  chk->scope = s.scope;
  chk->fn = s.fn;
  chk->decl_obj = s.decl_obj;
  chk->iota = s.iota;
  types_local_pkg = s.local_pkg;
}

// A scope in which the names stand for the type arguments.
static Scope *bind_scope(Checker *chk, Scope *parent, Vec *names, Type **targs) {
  Scope *s = scope_new(chk, parent);
  for (int i = 0; i < names->len; i++) {
    char *name = names->data[i];
    if (!strcmp(name, "_"))
      continue;
    Obj *o = new_obj(OBJ_TYPE, name, targs[i], (Pos){0});
    o->tparam = i + 1;
    o->state = 2;
    o->used = true;
    scope_insert(s, o);
  }
  return s;
}

Type *type_with_bindings(Checker *chk, Generic *g, Node *t, Type **targs) {
  Vec names = {0};
  Type **bound = xmalloc(sizeof(Type *) * (g->names.len + 1));
  for (int i = 0; i < g->names.len; i++)
    if (targs[i]) {
      bound[names.len] = targs[i];
      vec_push(&names, g->names.data[i]);
    }
  Saved s = enter(chk, bind_scope(chk, g->file_scope, &names, bound), g);
  Type *r = check_constraint_type(chk, clone_tree(t));
  leave(chk, s);
  return r;
}

// made_in: only instances made by that package (NULL: any).
static Instance *find_in(Vec *insts, Type **targs, Package *made_in) {
  for (int i = 0; i < insts->len; i++) {
    Instance *in = insts->data[i];
    if (made_in && in->made_in != made_in)
      continue;
    bool same = true;
    for (int j = 0; j < in->ntargs && same; j++)
      same = types_identical(in->targs[j], targs[j]);
    if (same)
      return in;
  }
  return NULL;
}

Type *existing_type_instance(Obj *gen, Type **targs, int ntargs) {
  Generic *g = gen->generic;
  if (!g || gen->kind != OBJ_TYPE || ntargs != g->names.len)
    return NULL;
  Instance *in = find_in(&g->insts, targs, NULL);
  return in ? in->type : NULL;
}

static bool has_param_arg(Type **targs, int n) {
  for (int i = 0; i < n; i++)
    if (mentions_type_param(targs[i]))
      return true;
  return false;
}

// An instance inside a generic body checked once (Stack[T], Max[T]) is
// kept apart: it is never compiled, and has no shape of gc's. A function's
// instance is each instantiating package's own, as gc compiles it in each
// (the copies link as one); a type's is one type for every package.
static Instance *find_instance(Checker *chk, Generic *g, Type **targs) {
  if (has_param_arg(targs, g->names.len))
    return find_in(&g->param_insts, targs, NULL);
  return find_in(&g->insts, targs, g->obj->kind == OBJ_FUNC ? chk->pkg : NULL);
}

// Checks the type arguments against the constraints (each checked with the
// type parameters bound, so [S ~[]E, E any] works); reports at `at`.
static bool satisfied(Checker *chk, Generic *g, Type **targs, Scope *scope, Pos *at) {
  if (g->bounding) {   // C[T C[T]]: its constraints name it
    Vec cycle = {0};
    vec_push(&cycle, g->obj);
    cycle_error(&cycle);
    return false;
  }
  g->bounding = true;
  Saved s = enter(chk, scope, g);
  bool ok = true;
  for (int i = 0; i < g->names.len && ok; i++) {
    Node *c = clone_tree(g->constraints.data[i]);
    Type *bound = constraint_type(chk, c);
    char *why = bound == ty_invalid ? NULL : unsatisfied(targs[i], bound, c);
    if (why) {
      error_at(at[i], "%s", why);
      ok = false;
    }
  }
  leave(chk, s);
  g->bounding = false;
  return ok;
}

// The package an instance belongs to: its generic's (stenciled here, it
// is still that package's function or type: stack.Map[int], stack.Stack[int]).
static Package *home_of(Checker *chk, Generic *g) {
  return g->obj->home ? g->obj->home : chk->pkg;
}

static Instance *new_instance(Checker *chk, Generic *g, Type **targs) {
  Instance *in = xmalloc(sizeof(Instance));
  in->generic = g;
  in->ntargs = g->names.len;
  in->targs = xmalloc(sizeof(Type *) * (in->ntargs + 1));
  memcpy(in->targs, targs, sizeof(Type *) * in->ntargs);
  in->of_params = has_param_arg(targs, in->ntargs);
  in->made_in = chk->pkg;
  add_instance(g, in);
  return in;
}

// Records in, made (or copied: geninst.c) by in->made_in, with its shapes:
// gc speaks of each shape once per package.
void add_instance(Generic *g, Instance *in) {
  Vec mine = {0};
  for (int i = 0; i < g->insts.len; i++)
    if (((Instance *)g->insts.data[i])->made_in == in->made_in)
      vec_push(&mine, g->insts.data[i]);
  set_shapes(in, mine.data, mine.len);
  free(mine.data);
  vec_push(in->of_params ? &g->param_insts : &g->insts, in);
}

static void queue_body(Checker *chk, Node *fd, Scope *scope) {
  vec_push(&chk->generic_bodies, fd);
  vec_push(&chk->generic_body_scopes, scope);
  vec_push(&chk->pkg->funcs, fd);
}

// Max[int]: the instance's function, made and its signature checked on
// first use; its body is checked with the others (generic_check_bodies).
// Does t contain part (a component, not t itself)?
static bool contains_type(Type *t, Type *part) {
  if (!t || t == ty_invalid)
    return false;
  Type *parts[2] = {t->elem, t->key};
  for (int i = 0; i < 2; i++)
    if (parts[i] && (types_identical(parts[i], part) || contains_type(parts[i], part)))
      return true;
  if (t->kind == TY_STRUCT || t->kind == TY_FUNC)
    for (int i = 0; i < t->nfields; i++)
      if (types_identical(t->fields[i].type, part) || contains_type(t->fields[i].type, part))
        return true;
  for (int i = 0; t->kind == TY_NAMED && i < t->ntargs; i++)
    if (types_identical(t->targs[i], part) || contains_type(t->targs[i], part))
      return true;
  return false;
}

// types2's instantiation cycle: inside F[T]'s body, F[[]T] (each instance
// would make a deeper one). Reported at the type parameter.
static bool instantiation_cycle(Checker *chk, Generic *g, Type **targs, Pos *at) {
  const Instance *cur = chk->fn && chk->fn->fnobj ? chk->fn->fnobj->instance : NULL;
  if (!cur || cur->generic != g)
    return false;
  for (int i = 0; i < cur->ntargs; i++) {
    if (!contains_type(targs[i], cur->targs[i]))
      continue;
    // Spelled with the type parameters' names standing for cur's arguments.
    Instance names = *cur;
    names.shape_names = (char **)g->names.data;
    const Instance *saved = types_shape_instance;
    types_shape_instance = &names;
    char *as = type_string(targs[i], false);
    types_shape_instance = saved;
    Node *id = g->name_pos.data[i];
    error_at(id->pos, "instantiation cycle:\n\t%s: %s instantiated as %s", pos_text(at[i]), id->name, as);
    return true;
  }
  return false;
}

Obj *instantiate_func(Checker *chk, Obj *gen, Type **targs, Pos *at) {
  Generic *g = gen->generic;
  Instance *in = find_instance(chk, g, targs);
  if (in)
    return in->obj;
  if (instantiation_cycle(chk, g, targs, at))
    return NULL;
  if (!has_param_arg(targs, g->names.len))
    generic_check_once(chk, gen);   // before its first copy: the marks travel in it
  if (g->bad)
    return NULL;
  Scope *scope = bind_scope(chk, g->file_scope, &g->names, targs);
  if (too_many(g, at[0]) || !satisfied(chk, g, targs, scope, at))
    return NULL;
  in = new_instance(chk, g, targs);
  Node *fd = clone_tree(g->decl);
  nxw(fd)->tparams = (Vec){0};
  fd->name = instance_name(gen->name, in);
  Obj *o = new_obj(OBJ_FUNC, fd->name, NULL, gen->pos);
  o->spec = fd;
  o->global = true;
  o->home = home_of(chk, g);
  o->used = true;
  o->instance = in;
  fd->obj = o;
  in->obj = o;
  in->shape_func_name = shape_func_name(gen->name, in);
  in->shape_params = params_mention_tparams(g, g->decl->x);
  Saved s = enter(chk, scope, g);
  o->type = func_type(chk, fd->x, NULL);
  o->state = 2;
  leave(chk, s);
  if (in->of_params)
    return o;   // its body is the generic's, checked once (generic_check_once)
  vec_push(&chk->pkgobjs, o);   // a node of the initialisation order's graph (init.c)
  queue_body(chk, fd, scope);
  return o;
}

// The names a method's receiver Stack[E, _] gives the type parameters. A
// blank one is renamed in the copy (_·1) so that its type is bound to a name
// no Go code can spell, and the receiver type written with it resolves.
static Vec receiver_params(Node *base) {
  Vec names = {0};
  Vec *args = base->list.len ? &base->list : NULL;
  for (int j = 0; j < (args ? args->len : 1); j++) {
    Node *a = args ? args->data[j] : base->y;
    if (a->kind == N_IDENT && !strcmp(a->name, "_"))
      a->name = xfmt("_\xc2\xb7%d", j + 1);
    vec_push(&names, a->kind == N_IDENT ? a->name : "_");
  }
  return names;
}

// The methods of a generic type's instance, each with its own copy of the
// declaration; declared on the type, or (copy) functions of this package
// only, for an instance another package made (geninst.c).
void instantiate_methods(Checker *chk, Generic *g, Instance *in, bool copy) {
  for (int i = 0; i < g->methods.len; i++) {
    Node *fd = clone_tree(g->methods.data[i]);
    // The receiver names its own parameters: (s *Stack[E]) binds E.
    Node *base = recv_base_expr(fd);
    Vec names = receiver_params(base);
    if (names.len != in->ntargs) {
      error_at(base->pos, "got %d type parameters, but receiver base type declares %d", names.len,
               in->ntargs);
      continue;
    }
    Scope *scope = bind_scope(chk, g->method_scopes.data[i], &names, in->targs);
    Saved s = enter(chk, scope, g);
    (copy ? declare_method_copy : declare_method)(chk, fd);
    leave(chk, s);
    if (!fd->obj)
      continue;
    fd->obj->home = home_of(chk, g);
    Instance *mi = xmalloc(sizeof(Instance));
    *mi = *in;
    mi->obj = fd->obj;
    bool ptr = unparen(nx(fd)->recv->x)->kind == N_STAR;
    mi->shape_func_name = xfmt(ptr ? "(*%s).%s" : "%s.%s", shape_func_name(g->obj->name, in), fd->name);
    mi->shape_params = true;   // its receiver's type is Stack[go.shape...]
    mi->dict_name = xfmt(ptr ? ".dict.(*%s).%s" : ".dict.%s.%s", in->obj->name, fd->name);
    fd->obj->instance = mi;
    if (!in->of_params)
      queue_body(chk, fd, scope);
  }
}

// Stack[int]: the instance's named type, made on first use.
Type *instantiate_type(Checker *chk, Obj *gen, Type **targs, Pos *at) {
  Generic *g = gen->generic;
  Instance *in = find_instance(chk, g, targs);
  if (in) {
    need_type_instance(chk, in);
    return in->type;
  }
  // List[T] whose definition names List[List[T]]: legal (gc expands it
  // lazily), endless here; the generic check stops, quietly, at a depth no
  // program writes (an instance of real types says "instantiation cycle").
  for (int i = 0; i < g->names.len; i++)
    if (mentions_type_param(targs[i]) && type_depth(targs[i]) > 16)
      return ty_invalid;
  // Its methods are checked first (their marks travel in their copies),
  // unless a type declaration is in progress that their bodies might name.
  if (!has_param_arg(targs, g->names.len) && !chk->typepath.len)
    generic_check_once(chk, gen);
  Scope *scope = bind_scope(chk, g->file_scope, &g->names, targs);
  if (too_many(g, at[0]) || !satisfied(chk, g, targs, scope, at))
    return ty_invalid;
  in = new_instance(chk, g, targs);
  Type *t = new_type(TY_NAMED);
  t->name = gen->name;
  t->pkg = home_of(chk, g)->name;
  t->pkgpath = home_of(chk, g)->path;
  t->targs = in->targs;
  t->ntargs = in->ntargs;
  Obj *o = new_obj(OBJ_TYPE, instance_name(gen->name, in), t, gen->pos);
  o->global = true;
  o->home = home_of(chk, g);
  o->state = 2;
  o->used = true;
  o->instance = in;
  t->obj = o;
  in->type = t;
  in->obj = o;
  // Known before its underlying type is: type List[T any] struct{ next *List[T] }.
  Node *spec = clone_tree(g->decl);
  Saved s = enter(chk, scope, g);
  vec_push(&chk->typepath, t);
  Type *u = check_constraint_type(chk, spec->x);
  chk->typepath.len--;
  set_underlying(chk, t, u);
  leave(chk, s);
  instantiate_methods(chk, g, in, false);
  return t;
}

// ---------------------------------------------------------------- uses

// pkg.Name naming a generic function or type of an imported package. Its
// instances are made here, in the importer, as gc stencils them in the
// package that instantiates (instantiate_func). Only a package compiled in
// this process has its declarations; one read from export data never has
// generics (export_write gives such a package no export data).
static Obj *imported_generic(Checker *chk, Node *sel) {
  Node *p = unparen(sel->x);
  if (!p || p->kind != N_IDENT)
    return NULL;
  Obj *pkg = scope_lookup(chk->scope, p->name);
  if (!pkg || pkg->kind != OBJ_PKG || !pkg->imported || !is_exported(sel->name))
    return NULL;
  Obj *m = imported_member(pkg, sel->name);
  if (!is_generic_obj(m))
    return NULL;
  pkg->used = true;
  p->obj = pkg;
  return m;
}

// The generic function or type x names (NULL if none).
Obj *generic_named(Checker *chk, Node *x) {
  x = unparen(x);
  if (x && x->kind == N_SELECTOR)
    return imported_generic(chk, x);
  if (!x || x->kind != N_IDENT)
    return NULL;
  Obj *o = scope_lookup(chk->scope, x->name);
  if (o && o->kind == OBJ_TYPE && o->global && o->state == 0 && o->spec && nx(o->spec)->tparams.len)
    resolve_obj(chk, o);   // a generic type declared further down
  return is_generic_obj(o) ? o : NULL;
}

// The explicit type arguments of x[A, B], checked: how many (*n) and where.
Type **index_type_args(Checker *chk, Node *n, int *count, Pos **at) {
  Vec one = {0};
  Vec *list = &n->list;
  if (!list->len) {
    vec_push(&one, n->y);
    list = &one;
  }
  Type **ts = xmalloc(sizeof(Type *) * (list->len + 1));
  *at = xmalloc(sizeof(Pos) * (list->len + 1));
  for (int i = 0; i < list->len; i++) {
    ts[i] = check_type(chk, list->data[i]);
    (*at)[i] = start_pos(list->data[i]);
  }
  *count = list->len;
  return ts;
}

// check_type of Name[A, B] (typexpr.c).
Type *generic_type_index(Checker *chk, Node *n) {
  Obj *gen = generic_named(chk, n->x);
  if (!gen || gen->kind != OBJ_TYPE) {
    if (check_type(chk, n->x) != ty_invalid)
      error_at(start_pos(n->x), "%s is not a generic type", expr_string(n->x));
    return ty_invalid;
  }
  gen->used = true;
  int count;
  Pos *at;
  Type **targs = index_type_args(chk, n, &count, &at);
  for (int i = 0; i < count; i++)
    if (targs[i] == ty_invalid)
      return ty_invalid;
  int want = gen->generic->names.len;
  if (count != want) {
    error_at(start_pos(n), "got %d arguments but %d type parameters", count, want);
    return ty_invalid;
  }
  return instantiate_type(chk, gen, targs, at);
}

// Replaces the expression n by a reference to the instance's function.
void refer_to_instance(Node *n, Node *name, Obj *inst) {
  Pos pos = unparen(name)->pos;
  char *spelled = unparen(name)->name;
  n->kind = N_IDENT;
  n->pos = pos;
  n->name = spelled;
  n->x = n->y = NULL;
  n->list = (Vec){0};
  n->obj = inst;
  n->type = inst->type;
}

// index_expr's first question (expr.c): is x[...] an instance?
bool generic_index_expr(Checker *chk, Node *n, Operand *out) {
  Obj *gen = generic_named(chk, n->x);
  if (!gen)
    return false;
  if (gen->kind == OBJ_TYPE) {
    Type *t = generic_type_index(chk, n);
    if (t == ty_invalid) {
      *out = invalid_operand(n);
      return true;
    }
    n->type = t;
    n->is_type = true;
    *out = (Operand){M_TYPE, t, NULL};
    return true;
  }
  Obj *inst = infer_call(chk, gen, n, NULL);
  if (!inst) {
    *out = invalid_operand(n);
    return true;
  }
  refer_to_instance(n, n->x, inst);
  record_dep(chk, inst);   // var x = F[int](): F[int]'s body orders x's initialisation
  *out = (Operand){M_VALUE, inst->type, NULL};
  return true;
}

// check_call's first question (call.c): is the callee generic, named alone
// or with some of its type arguments? Then infers the rest from the
// arguments, and the callee becomes the instance.
bool generic_callee(Checker *chk, Node *call, Operand *out) {
  Node *f = unparen(call->x);
  Node *name = f->kind == N_INDEX ? f->x : f;
  Obj *gen = generic_named(chk, name);
  if (!gen || gen->kind != OBJ_FUNC)
    return false;
  Obj *inst = infer_call(chk, gen, f->kind == N_INDEX ? f : NULL, call);
  if (!inst) {
    for (int i = 0; i < call->list.len; i++)
      use_expr(chk, call->list.data[i]);
    *out = invalid_operand(call->x);
    return true;
  }
  refer_to_instance(call->x, name, inst);
  record_dep(chk, inst);
  *out = (Operand){M_VALUE, inst->type, NULL};
  return true;
}

// A generic function or type used without instantiation (ident in expr.c).
void generic_without_instantiation(Node *n, Obj *o) {
  if (o->kind == OBJ_TYPE)
    error_at(n->pos, "cannot use generic type %s without instantiation", generic_decl_string(o->generic));
  else
    error_at(n->pos, "cannot use generic function %s without instantiation", o->name);
}

bool type_expr_has_tparam(Node *n) {
  n = unparen(n);
  if (!n)
    return false;
  if (n->kind == N_IDENT)
    return n->obj && n->obj->tparam;
  if (type_expr_has_tparam(n->x) || type_expr_has_tparam(n->y))
    return true;
  for (int i = 0; i < n->list.len; i++)
    if (type_expr_has_tparam(n->list.data[i]))
      return true;
  for (int i = 0; i < n->list2.len; i++)
    if (type_expr_has_tparam(n->list2.data[i]))
      return true;
  return n->kind == N_FIELD && type_expr_has_tparam(n->x);
}

// ---------------------------------------------------------------- checked once

// Fresh type parameters for a generic's, named by `names` (a method's
// receiver may rename them), bound in a scope over parent. Their
// constraints are written with the declaration's names and may name each
// other ([S ~[]E, E any]): checked with those bound to the same parameters.
static Scope *type_param_scope(Checker *chk, Generic *g, Scope *parent, Vec *names) {
  bool was = g->bounding;
  g->bounding = true;
  Type **tps = xmalloc(sizeof(Type *) * (g->names.len + 1));
  for (int i = 0; i < g->names.len; i++)
    tps[i] = new_type_param(strncmp(names->data[i], "_\xc2\xb7", 3) ? names->data[i] : "_");
  Saved s = enter(chk, bind_scope(chk, g->file_scope, &g->names, tps), g);
  chk->bounds_pending = true;
  for (int i = 0; i < g->names.len; i++) {
    Node *c = clone_tree(g->constraints.data[i]);
    Type *bound = constraint_type(chk, c);
    if (bound != ty_invalid)
      set_type_param_bound(tps[i], bound, constraint_text(bound, c));
  }
  chk->bounds_pending = false;
  for (int i = 0; i + 1 < chk->pending_keys.len; i += 2)
    check_map_key(chk->pending_keys.data[i], chk->pending_keys.data[i + 1]);
  chk->pending_keys.len = 0;
  leave(chk, s);
  g->bounding = was;
  return bind_scope(chk, parent, names, tps);
}

// Does t have a shape type in gc's shape body (a type parameter, or a type
// built of one: []T, map[K]V, Box[T])?
static bool shaped(Type *t) {
  if (!t)
    return false;
  switch (t->kind) {
  case TY_TYPEPARAM:
    return true;
  case TY_PTR: case TY_SLICE: case TY_ARRAY: case TY_CHAN:
    return shaped(t->elem);
  case TY_MAP:
    return shaped(t->key) || shaped(t->elem);
  case TY_NAMED:
    for (int i = 0; i < t->ntargs; i++)
      if (shaped(t->targs[i]))
        return true;
    return false;
  default:
    return false;
  }
}

// Copies what the generic check learnt onto the declaration as written
// (whose instances are copies of it): which expressions are shape-typed.
// The checked copy has the declaration's shape until the checker rewrote a
// node (a generic call became its instance's name): there the walk stops.
static void mark_shapes(Node *decl, Node *checked) {
  if (!decl || !checked || decl->kind != checked->kind)
    return;
  decl->shape_typed = shaped(checked->type);
  mark_shapes(decl->x, checked->x), mark_shapes(decl->y, checked->y);
  mark_shapes(decl->init, checked->init), mark_shapes(decl->post, checked->post);
  mark_shapes(decl->body, checked->body), mark_shapes(decl->els, checked->els);
  for (int i = 0; i < decl->list.len && i < checked->list.len; i++)
    mark_shapes(decl->list.data[i], checked->list.data[i]);
  if (decl->kind == N_SELECTOR)
    return;   // list2 holds a field path there
  for (int i = 0; i < decl->list2.len && i < checked->list2.len; i++)
    mark_shapes(decl->list2.data[i], checked->list2.data[i]);
  if (!decl->ext || !checked->ext)
    return;
  NodeExt *d = decl->ext, *c = checked->ext;
  mark_shapes(d->key, c->key), mark_shapes(d->value, c->value);
  mark_shapes(d->z, c->z), mark_shapes(d->w, c->w), mark_shapes(d->tag, c->tag);
  for (int i = 0; i < d->names.len && i < c->names.len; i++)
    mark_shapes(d->names.data[i], c->names.data[i]);
}

// A copy of fd checked in scope as a function of its own, never compiled.
static void check_once(Checker *chk, Generic *g, Node *fd, Scope *scope) {
  int errors = diag_errors;
  Saved s = enter(chk, scope, g);
  if (nx(fd)->recv) {   // declared on the instance over the parameters by its receiver's type
    Type *t = check_type(chk, recv_base_expr(fd));
    Method *m = t != ty_invalid && strcmp(fd->name, "_") ? declared_method(t, fd->name) : NULL;
    fd->obj = m ? m->func : NULL;
  } else {
    Obj *o = new_obj(OBJ_FUNC, fd->name, NULL, fd->pos);
    o->spec = fd;
    o->home = chk->pkg;
    o->state = 2;
    fd->obj = o;
    o->type = func_type(chk, fd->x, NULL);
  }
  if (fd->obj)
    check_instance_body(chk, fd);
  leave(chk, s);
  g->bad |= diag_errors > errors;
}

// gc checks a generic function's body once, against what its type
// parameters' constraints promise (types2), whether or not it is ever
// instantiated; so does escgo, before the instances are checked and
// compiled one by one. A generic whose body has errors makes no instances.
void generic_check_once(Checker *chk, Obj *gen) {
  Generic *g = gen->generic;
  if (g->checked)
    return;
  g->checked = true;
  bool calls = chk->has_call_or_recv;
  if (g->decl->kind == N_FUNCDECL) {
    Node *fd = clone_tree(g->decl);
    nxw(fd)->tparams = (Vec){0};
    check_once(chk, g, fd, type_param_scope(chk, g, g->file_scope, &g->names));
    mark_shapes(g->decl, fd);
    chk->has_call_or_recv = calls;
    return;
  }
  int errors = diag_errors;
  Scope *own = type_param_scope(chk, g, g->file_scope, &g->names);
  Type **tps = xmalloc(sizeof(Type *) * (g->names.len + 1));
  for (int i = 0; i < g->names.len; i++) {
    Obj *o = scope_lookup_local(own, g->names.data[i]);
    tps[i] = o ? o->type : ty_invalid;
  }
  if (diag_errors == errors)   // its definition, over its own parameters
    instantiate_type(chk, gen, tps, xmalloc(sizeof(Pos) * (g->names.len + 1)));
  g->bad |= diag_errors > errors;
  for (int i = 0; i < g->methods.len && !g->bad; i++) {
    Node *fd = clone_tree(g->methods.data[i]);
    Vec names = receiver_params(recv_base_expr(fd));
    if (names.len != g->names.len)
      continue;   // reported by its instances
    check_once(chk, g, fd, type_param_scope(chk, g, g->method_scopes.data[i], &names));
    mark_shapes(g->methods.data[i], fd);
  }
  chk->has_call_or_recv = calls;
}

// The bodies of the instances, once the package's own are checked; each
// may instantiate more.
void generic_check_bodies(Checker *chk) {
  for (int i = 0; i < chk->generic_bodies.len; i++) {
    Node *fd = chk->generic_bodies.data[i];
    Instance *in = fd->obj ? fd->obj->instance : NULL;
    if (in && in->generic->bad)
      continue;   // its errors are the generic body's
    Saved s = enter(chk, chk->generic_body_scopes.data[i], in ? in->generic : NULL);
    check_instance_body(chk, fd);
    leave(chk, s);
  }
}
