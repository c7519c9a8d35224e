// check.c — the type checker's driver: package-level declarations in any
// order (resolved lazily on first use), function bodies, unused
// variables/imports, missing returns. See internal.h for the other files.
#include "internal.h"

#include <stdlib.h>
#include <string.h>

// ---------------------------------------------------------------- package objects

static Deps *deps_of(Obj *o) {
  if (!o->ir) {
    Deps *d = xmalloc(sizeof(Deps));
    d->owner = o;
    o->ir = d; // reset before lowering (see check_package)
  }
  return o->ir;
}

void record_dep(Checker *chk, Obj *o) {
  if (!o->global || o->home != chk->pkg)
    return;   // only this package's declarations order its initialisation
  Obj *from = chk->fn ? chk->fn->fnobj : chk->decl_obj;
  if (from && from->global)
    vec_push(&deps_of(from)->refs, o);
}

static void check_const_spec(Checker *chk, Node *spec, Obj *only);
static void check_var_spec(Checker *chk, Node *spec, bool global);

// Resolves a package-level object the first time it is used, so declarations
// may appear in any order.
// A package-level declaration is checked in its own file's scope, where
// that file's imports are visible.
static Scope *file_scope_of(Checker *chk, Obj *o) {
  for (int i = 0; i < chk->pkg->files.len; i++) {
    Node *f = chk->pkg->files.data[i];
    if (nx(f)->file == o->pos.file && f->x)
      return (Scope *)f->x;
  }
  return chk->pkgscope;
}

void resolve_obj(Checker *chk, Obj *o) {
  if (!o->global || o->state == 2)
    return;
  // A cycle: types may refer to themselves (validity is checked later,
  // check_valid_types); a cycle of constants and variables leaves their type
  // unknown (uses stay quiet) and is reported as an initialization loop.
  if (o->state == 1)
    return;
  o->state = 1;
  Scope *saved_scope = chk->scope;
  FuncCtx *saved_fn = chk->fn;
  Obj *saved_decl = chk->decl_obj;
  int saved_iota = chk->iota;
  chk->scope = file_scope_of(chk, o);
  chk->fn = NULL;
  chk->decl_obj = o;
  switch (o->kind) {
  case OBJ_CONST: check_const_spec(chk, o->spec, o); break;
  case OBJ_VAR: check_var_spec(chk, o->spec, true); break;
  case OBJ_TYPE: check_type_spec(chk, o->spec, o); break;
  case OBJ_FUNC: {
    Node *fd = o->spec;
    o->type = func_type(chk, fd->x, nx(fd)->recv);
    break;
  }
  default: break;
  }
  chk->scope = saved_scope;
  chk->fn = saved_fn;
  chk->decl_obj = saved_decl;
  chk->iota = saved_iota;
  o->state = 2;
}

// ---------------------------------------------------------------- declarations

void check_type_spec(Checker *chk, Node *spec, Obj *o) {
  if (nx(spec)->tparams.len) {
    generic_declare_type(chk, spec, o);
    return;
  }
  if (nx(spec)->is_alias) {
    o->type = check_type(chk, spec->x);
    return;
  }
  Type *t = new_type(TY_NAMED);
  t->name = spec->name;
  t->pkg = chk->pkg->name;
  t->pkgpath = chk->pkg->path;
  t->obj = o;
  o->type = t;
  o->state = 2; // the name may now be used inside its own definition
  vec_push(&chk->typepath, t);
  Type *u = check_constraint_type(chk, spec->x);   // type Number interface{ ~int | ~float64 }
  chk->typepath.len--;
  set_underlying(chk, t, u);
}

// "x redeclared in this block" with where prev was declared.
void redeclared(Pos pos, Obj *prev) {
  error_at(pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s", prev->name,
           prev->pos.file ? prev->pos.file->display : "?", prev->pos.line, prev->pos.col, prev->name);
}

// Declares const/var names in scope s (package or local).
static Obj *declare(Scope *s, ObjKind k, Node *id, Node *spec) {
  Obj *o = new_obj(k, id->name, NULL, id->pos);
  o->decl = id;
  o->spec = spec;
  id->obj = o;
  if (!strcmp(id->name, "_"))
    return o;
  Obj *prev = scope_insert(s, o);
  if (prev)
    redeclared(id->pos, prev);
  return o;
}

static void check_const_spec(Checker *chk, Node *spec, Obj *only) {
  Type *t = spec->x ? check_type(chk, spec->x) : NULL;
  chk->iota = nx(spec)->iota;
  for (int i = 0; i < nx(spec)->names.len; i++) {
    Node *id = nx(spec)->names.data[i];
    Obj *o = id->obj;
    if (only && o != only)
      continue;
    o->state = 2;
    o->type = ty_invalid;
    if (i >= spec->list.len) {
      if (i == spec->list.len)
        error_at(id->pos, "missing init expr for const declaration");
      continue;
    }
    Node *e = spec->list.data[i];
    // Implicitly repeated expressions are re-checked for each spec (iota differs).
    if (nx(spec)->implicit_values)
      e->checked = 0;
    Operand x = check_expr(chk, e);
    if (x.mode == M_INVALID)
      continue;
    if (x.mode != M_CONST) {
      error_at(start_pos(e), "%s is not constant", operand_desc(e, &x));
      continue;
    }
    if (t) {
      if (t != ty_invalid && under(t)->kind > TY_STRING) {
        error_at(spec->x->pos, "invalid constant type %s", type_string_checker(t));
        continue;
      }
      assign_to(e, &x, t, "constant declaration");
      if (x.mode == M_INVALID)
        continue;
    }
    o->type = x.type;
    o->cval = x.cval;
  }
  if (!only && spec->list.len > nx(spec)->names.len)
    error_at(((Node *)spec->list.data[nx(spec)->names.len])->pos, "extra init expr");
  chk->iota = -1;
}

// Gives up on the names of a failed initialization: their type is invalid
// unless known, and they count as used (no follow-on "declared but not used").
static void invalidate_names(const Vec *names) {
  for (int i = 0; i < names->len; i++) {
    Obj *o = ((Node *)names->data[i])->obj;
    if (!o)
      continue;
    o->used = true;
    if (!o->type)
      o->type = ty_invalid;
  }
}

// gc's "assignment mismatch" (types2 assignError), at the first value.
void assign_mismatch(Vec *values, int nvars, int nvals) {
  Node *e = values->data[0];
  Node *call = unparen(e);
  const char *vs = nvars == 1 ? "" : "s";
  if (values->len == 1 && call->kind == N_CALL)
    error_at(start_pos(e), "assignment mismatch: %d variable%s but %s returns %d value%s", nvars, vs,
             expr_string(call->x), nvals, nvals == 1 ? "" : "s");
  else
    error_at(start_pos(e), "assignment mismatch: %d variable%s but %d value%s", nvars, vs, nvals,
             nvals == 1 ? "" : "s");
}

// One name of n:n initialization: like types2's initVar. The target type is
// t, or the object's own type (a variable redeclared by :=), or x's default.
static void init_var(Obj *o, Type *t, Node *e, Operand *x, const char *ctx) {
  Type *target = t ? t : o ? o->type : NULL;
  if (x->mode == M_INVALID || target == ty_invalid) {
    if (o)
      o->used = true, o->type = target ? target : ty_invalid;
    return;
  }
  if (!target && x->type->kind == TY_UNTYPED_NIL) {
    error_at(start_pos(e), "use of untyped nil in %s", ctx);
    if (o)
      o->type = ty_invalid;
    return;
  }
  if (!target)
    target = default_type(x->type);
  assign_to(e, x, target, ctx);
  if (o) {
    o->type = target;
    if (x->mode == M_INVALID)
      o->used = true;
  }
}

// `a, b := f()` / `var a, b = f()`: the results of one call.
static void init_tuple(const Vec *names, Type *t, Node *e, Operand *x, const char *ctx) {
  for (int i = 0; i < names->len; i++) {
    Obj *o = ((Node *)names->data[i])->obj;
    Type *rt = x->type->fields[i].type;
    Type *target = t ? t : o ? o->type : NULL;
    if (target && !assignable(rt, target, NULL)) {
      error_at(start_pos(e), "cannot use %s value as %s value in %s", type_string_checker(rt),
               type_string_checker(target), ctx);
      if (o)
        o->used = true;
    }
    if (o && !o->type)
      o->type = target ? target : rt;
  }
}

// Assigns the values of a var spec / := to the objects of names (types2's
// initVars). A name whose object already has a type (reused by :=) is
// assigned to, keeping its type.
void init_vars(Checker *chk, Node *spec, const Vec *names, Type *t, Vec *values, const char *ctx) {
  (void)spec;
  int nn = names->len, nv = values->len;
  if (nv == 0) {
    for (int i = 0; i < nn; i++) {
      Obj *o = ((Node *)names->data[i])->obj;
      if (o && !o->type)
        o->type = t ? t : ty_invalid;
    }
    return;
  }
  // `var x = f()` wants a single value; `x := f()` and `var a, b = f()` take
  // the call's results as a list.
  bool single_decl = nn == 1 && nv == 1 && !strcmp(ctx, "variable declaration");
  if (nv == 1 && !single_decl) {
    Node *e = values->data[0];
    Operand x = check_multi_value(chk, e, nn);
    if (x.mode == M_NOVALUE) {
      error_at(start_pos(e), "%s (no value) used as value", expr_string(e));
      x.mode = M_INVALID;
    }
    comma_ok(e, &x, nn);
    int have = tuple_count(&x);
    if (x.mode == M_INVALID || have != nn) {
      if (x.mode != M_INVALID)
        assign_mismatch(values, nn, have);
      invalidate_names(names);
      return;
    }
    if (have > 1) {
      init_tuple(names, t, e, &x, ctx);
      return;
    }
    Obj *o = ((Node *)names->data[0])->obj;
    single_value(e, &x);
    init_var(o, t, e, &x, ctx);
    return;
  }
  if (nn != nv) {
    bool ok = true;
    for (int i = 0; i < nv; i++)
      if (check_rvalue(chk, values->data[i]).mode == M_INVALID)
        ok = false;
    if (ok)
      assign_mismatch(values, nn, nv);
    invalidate_names(names);
    return;
  }
  bool ok = true;
  for (int i = 0; i < nn; i++) {
    Node *e = values->data[i];
    Obj *o = ((Node *)names->data[i])->obj;
    Obj *decl = chk->decl_obj;
    if (o && o->global)
      chk->decl_obj = o; // each value is its own variable's initializer
    Operand x = check_rvalue(chk, e);
    chk->decl_obj = decl;
    init_var(o, t, e, &x, ctx);
    if (x.mode == M_INVALID)
      ok = false;
  }
  if (!ok)
    invalidate_names(names);
}

static void check_var_spec(Checker *chk, Node *spec, bool global) {
  Type *t = spec->x ? check_type(chk, spec->x) : NULL;
  // A global spec is checked once, on first use of any of its names.
  for (int i = 0; i < nx(spec)->names.len; i++) {
    Obj *o = ((Node *)nx(spec)->names.data[i])->obj;
    if (o)
      o->state = 2;
  }
  init_vars(chk, spec, &nx(spec)->names, t, &spec->list, "variable declaration");
  if (global)
    vec_push(&chk->pkg->inits, spec);
}

// ---------------------------------------------------------------- package


// An import of a Go package compiled before this one (the driver put it in
// pkg->imports): its name is the one its package clause declares.
static Obj *import_go_package(Checker *chk, const char *path, Pos pos) {
  for (int i = 0; i < chk->pkg->imports.len; i++) {
    Package *p = chk->pkg->imports.data[i];
    if (strcmp(p->path, path))
      continue;
    Obj *o = new_obj(OBJ_PKG, p->name, NULL, pos);
    o->pkgpath = p->path;
    o->imported = p;
    o->state = 2;
    for (int j = 0; j < chk->pkg->imports.len; j++) {
      Package *q = chk->pkg->imports.data[j];
      o->name_clash |= q != p && !strcmp(q->name, p->name);
    }
    return o;
  }
  return NULL;
}

// Go's exported names start with an upper-case letter (unicode.IsUpper).
// Above ASCII only Latin-1's, Greek's and Cyrillic's capitals are known
// here: other scripts' identifiers count as unexported.
bool is_exported(const char *name) {
  int32_t r;
  utf8_decode((const unsigned char *)name, strlen(name), &r);
  return (r >= 'A' && r <= 'Z') || (r >= 0xC0 && r <= 0xDE && r != 0xD7) ||
         (r >= 0x391 && r <= 0x3AB) || (r >= 0x400 && r <= 0x42F);
}

// pkg.name for a Go package compiled before this one: only its exported
// package-level objects are visible.
Obj *imported_member(Obj *pkg, const char *name) {
  if (!is_exported(name))
    return NULL;
  return scope_lookup_local(pkg->imported->scope, name);
}

static void collect_file(Checker *chk, Node *file) {
  // The parser lists package-level specs directly; wrap each in a
  // declaration so the rest of the checker (and lower.c) sees one shape.
  for (int i = 0; i < file->list2.len; i++) {
    Node *d = file->list2.data[i];
    if (d->kind == N_VARSPEC || d->kind == N_CONSTSPEC || d->kind == N_TYPESPEC) {
      Node *g = new_node(N_DECLSTMT, d->pos);
      vec_push(&g->list, d);
      file->list2.data[i] = g;
    }
  }
  // Imports go into the file's own scope.
  Scope *fs = scope_new(chk, chk->pkgscope);
  file->x = (Node *)fs; // file scope, private to the checker
  for (int i = 0; i < file->list.len; i++) {
    Node *imp = file->list.data[i];
    const char *path = imp->tok && imp->tok->sval ? imp->tok->sval : "";
    Obj *pkg = import_go_package(chk, path, imp->pos);
    if (!pkg)
      pkg = import_unsafe(path, imp->pos);
    if (!pkg) {
      error_at(imp->pos, "package %s is not supported by escgo (docs/packages.md lists the packages)",
               path);
      // A stand-in keeps uses of the name quiet: one error per import.
      const char *slash = strrchr(path, '/');
      pkg = new_obj(OBJ_PKG, xstrdup(slash ? slash + 1 : path), ty_invalid, imp->pos);
      pkg->pkgpath = xstrdup(path);
      pkg->state = 2;
      pkg->used = true;
    }
    pkg->spec = imp;
    pkg->decl = imp;
    if (imp->name) {
      if (!strcmp(imp->name, "_"))
        continue;
      if (!strcmp(imp->name, ".")) {
        error_at(imp->pos, "dot imports are not supported yet");
        continue;
      }
      pkg->name = imp->name;
    }
    imp->obj = pkg;
    if (scope_insert(fs, pkg))
      error_at(imp->pos, "%s redeclared in this block", pkg->name);
  }
  for (int i = 0; i < file->list2.len; i++) {
    Node *d = file->list2.data[i];
    switch (d->kind) {
    case N_FUNCDECL: {
      vec_push(&chk->pkg->funcs, d);
      if (nx(d)->recv) {
        if (nx(d)->tparams.len)
          error_at(nx(d)->tparams.len ? ((Node *)nx(d)->tparams.data[0])->pos : d->pos,
                   "methods cannot have type parameters");
        else if (!generic_collect_method(chk, d, fs))
          collect_method(chk, d, fs);
        continue;
      }
      if (nx(d)->tparams.len) {
        generic_declare_func(chk, d, fs);
        continue;
      }
      if (!strcmp(d->name, "init") || !strcmp(d->name, "_"))
        continue; // init functions are not declared in the scope
      Obj *o = new_obj(OBJ_FUNC, d->name, NULL, d->pos);
      o->spec = d;
      o->global = true;
      o->home = chk->pkg;
      d->obj = o;
      vec_push(&chk->pkgobjs, o);
      if (!strcmp(d->name, "main"))
        chk->pkg->main = o;
      Obj *prev = scope_insert(chk->pkgscope, o);
      if (prev)
        redeclared(d->pos, prev);
      break;
    }
    case N_DECLSTMT:
      for (int j = 0; j < d->list.len; j++) {
        Node *spec = d->list.data[j];
        if (spec->kind == N_TYPESPEC) {
          Node id = {.kind = N_IDENT, .pos = spec->pos, .name = spec->name};
          Node *idp = xmalloc(sizeof(Node));
          *idp = id;
          Obj *o = declare(chk->pkgscope, OBJ_TYPE, idp, spec);
          o->global = true;
          o->home = chk->pkg;
          spec->obj = o;
          vec_push(&chk->pkgtypes, o);
          continue;
        }
        ObjKind k = spec->kind == N_CONSTSPEC ? OBJ_CONST : OBJ_VAR;
        for (int m = 0; m < nx(spec)->names.len; m++) {
          Obj *o = declare(chk->pkgscope, k, nx(spec)->names.data[m], spec);
          o->global = true;
          o->home = chk->pkg;
          vec_push(&chk->pkgobjs, o);
        }
      }
      break;
    default:
      break;
    }
  }
}

static void check_func_body(Checker *chk, Node *fd);

// Whether the syntax tree n selects from a package named pkg (pkg.Name).
static bool selects_from(const Node *n, const char *pkg) {
  if (!n)
    return false;
  if (n->kind == N_SELECTOR && n->x && n->x->kind == N_IDENT && !strcmp(n->x->name, pkg))
    return true;
  const Node *kids[] = {n->x, n->y, n->init, n->post, n->body, n->els};
  for (size_t i = 0; i < sizeof kids / sizeof *kids; i++)
    if (selects_from(kids[i], pkg))
      return true;
  const Vec *lists[] = {&n->list, &n->list2, &nx(n)->names};
  for (size_t i = 0; i < sizeof lists / sizeof *lists; i++)
    for (int j = 0; j < lists[i]->len; j++)
      if (selects_from(lists[i]->data[j], pkg))
        return true;
  const NodeExt *e = nx(n);
  return selects_from(e->key, pkg) || selects_from(e->value, pkg) || selects_from(e->z, pkg) ||
         selects_from(e->w, pkg);
}

// The body of a generic function, or of a method of a generic type, is
// checked only for each instance (generic.c); a package that instantiates
// none (sync/atomic's Pointer[T] uses unsafe only there) still uses the
// imports the generic body names, as gc's checker sees them.
static bool generic_body_uses(Node *file, const char *pkg) {
  for (int j = 0; j < file->list2.len; j++) {
    Node *d = file->list2.data[j];
    bool generic = d->kind == N_FUNCDECL && (nx(d)->tparams.len || (nx(d)->recv && !d->obj));
    if (generic && selects_from(d->body, pkg))
      return true;
  }
  return false;
}

static void report_unused_imports(Node *file) {
  Scope *fs = (Scope *)file->x;
  for (int i = 0; i < file->list.len; i++) {
    Node *imp = file->list.data[i];
    Obj *pkg = imp->obj;
    if (!pkg || pkg->used || generic_body_uses(file, pkg->name))
      continue;
    const char *path = imp->tok && imp->tok->sval ? imp->tok->sval : "";
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    if (imp->name && strcmp(imp->name, base))
      error_at(imp->pos, "\"%s\" imported as %s and not used", path, imp->name);
    else
      error_at(imp->pos, "imported and not used: \"%s\"", path);
  }
  (void)fs;
}

void check_package(Package *pkg) {
  Checker *chk = &(Checker){.pkg = pkg, .iota = -1};
  if (!pkg->path)
    pkg->path = "main";
  types_local_pkg = pkg->path;
  types_quoted_paths = (Vec){0};
  for (int i = 0; i < pkg->imports.len; i++)
    for (int j = 0; j < pkg->imports.len; j++) {
      Package *p = pkg->imports.data[i], *q = pkg->imports.data[j];
      if (i != j && !strcmp(p->name, q->name)) {
        vec_push(&types_quoted_paths, p->path);
        break;
      }
    }
  universe_init(chk);
  chk->pkgscope = scope_new(chk, chk->universe);
  for (int i = 0; i < pkg->files.len; i++)
    collect_file(chk, pkg->files.data[i]);
  for (int i = 0; i < pkg->files.len; i++)
    check_linknames(chk, pkg->files.data[i]);
  declare_methods(chk);
  // Check every package-level declaration (resolving on demand), then bodies.
  for (int i = 0; i < pkg->files.len; i++) {
    Node *file = pkg->files.data[i];
    chk->file = file;
    chk->scope = (Scope *)file->x;
    for (int j = 0; j < file->list2.len; j++) {
      Node *d = file->list2.data[j];
      if (d->kind == N_DECLSTMT) {
        for (int k = 0; k < d->list.len; k++) {
          Node *spec = d->list.data[k];
          if (spec->kind == N_TYPESPEC) {
            resolve_obj(chk, spec->obj);
          } else {
            for (int m = 0; m < nx(spec)->names.len; m++) {
              Obj *o = ((Node *)nx(spec)->names.data[m])->obj;
              if (o && o->state != 2) {
                chk->scope = (Scope *)file->x;
                resolve_obj(chk, o);
              }
            }
          }
        }
      } else if (d->kind == N_FUNCDECL && d->obj) {
        resolve_obj(chk, d->obj);
      }
    }
  }
  for (int i = 0; i < chk->pkgtypes.len; i++)
    check_valid_type(chk, ((Obj *)chk->pkgtypes.data[i])->type);
  for (int i = 0; i < pkg->files.len; i++) {
    Node *file = pkg->files.data[i];
    chk->file = file;
    for (int j = 0; j < file->list2.len; j++) {
      Node *d = file->list2.data[j];
      if (d->kind == N_FUNCDECL && !nx(d)->tparams.len && (!nx(d)->recv || d->obj)) {
        chk->scope = (Scope *)file->x;
        check_func_body(chk, d);
      }
    }
  }
  for (int i = 0; i < chk->generics.len; i++)
    generic_check_once(chk, chk->generics.data[i]);
  generic_check_bodies(chk);
  for (int i = 0; i < pkg->files.len; i++)
    report_unused_imports(pkg->files.data[i]);
  order_package_vars(pkg, &chk->pkgobjs);
  pkg->scope = chk->pkgscope;
  // init functions' ir slots were borrowed for dependencies too.
  for (int i = 0; i < pkg->funcs.len; i++) {
    Node *d = pkg->funcs.data[i];
    if (d->obj)
      d->obj->ir = NULL, d->obj->mark = 0;
  }
}

// ---------------------------------------------------------------- function bodies

void declare_local(Checker *chk, Obj *o, Node *ident) {
  o->decl = ident;
  ident->obj = o;
  if (!strcmp(o->name, "_"))
    return;
  Obj *prev = scope_insert(chk->scope, o);
  if (prev) {
    redeclared(ident->pos, prev);
    return; // not in scope: never "declared but not used"
  }
  if (o->kind == OBJ_VAR && chk->fn && !o->is_param && !o->is_result)
    vec_push(&chk->fn->locals, o);
}

static bool is_terminating(Node *s, const char *label);

static bool list_terminates(Vec *v) {
  // The last non-empty statement decides.
  for (int i = v->len - 1; i >= 0; i--) {
    Node *s = v->data[i];
    if (s->kind == N_EMPTY)
      continue;
    return is_terminating(s, NULL);
  }
  return false;
}

static bool has_break(Node *s, const char *label, bool nested) {
  if (!s)
    return false;
  switch (s->kind) {
  case N_BRANCH:
    if (s->op != T_BREAK)
      return false;
    if (nx(s)->label)
      return label && !strcmp(nx(s)->label->name, label);
    return !nested;
  case N_BLOCK:
    for (int i = 0; i < s->list.len; i++)
      if (has_break(s->list.data[i], label, nested))
        return true;
    return false;
  case N_IF:
    return has_break(s->body, label, nested) || has_break(s->els, label, nested);
  case N_LABELED:
    return has_break(s->y, label, nested);
  case N_CASECLAUSE: case N_COMMCLAUSE:
    for (int i = 0; i < s->list2.len; i++)
      if (has_break(s->list2.data[i], label, nested))
        return true;
    return false;
  case N_FOR: case N_RANGE:
    return has_break(s->body, label, true);
  case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
    for (int i = 0; i < s->list.len; i++)
      if (has_break(s->list.data[i], label, true))
        return true;
    return false;
  default:
    return false;
  }
}

// The spec's "terminating statements".
static bool is_terminating(Node *s, const char *label) {
  switch (s->kind) {
  case N_RETURN:
    return true;
  case N_BRANCH:
    return s->op == T_GOTO || s->op == T_FALLTHROUGH;
  case N_EXPRSTMT:
    if (s->x->kind == N_CALL && s->x->x->kind == N_IDENT && s->x->x->obj &&
        s->x->x->obj->kind == OBJ_BUILTIN && s->x->x->obj->builtin == BI_PANIC)
      return true;
    return false;
  case N_BLOCK:
    return list_terminates(&s->list);
  case N_IF:
    return s->els && is_terminating(s->body, NULL) && is_terminating(s->els, NULL);
  case N_LABELED:
    return is_terminating(s->y, nx(s)->label->name);
  case N_FOR:
    return !s->x && !has_break(s->body, label, false);
  case N_SWITCH: case N_TYPESWITCH: case N_SELECT: {
    bool has_default = s->kind == N_SELECT;
    for (int i = 0; i < s->list.len; i++) {
      Node *cc = s->list.data[i];
      if (cc->is_default || (cc->kind == N_COMMCLAUSE && !cc->x))
        has_default = true;
      if (has_break(cc, label, false))
        return false;
      Vec *body = &cc->list2;
      bool ft = body->len && ((Node *)body->data[body->len - 1])->kind == N_BRANCH &&
                ((Node *)body->data[body->len - 1])->op == T_FALLTHROUGH;
      if (!ft && !list_terminates(body))
        return false;
    }
    return has_default;
  }
  default:
    return false;
  }
}

// Declares the named parameters and results of a function (or func literal)
// with signature sig in the current scope.
static void declare_params(Checker *chk, Node *ft, Type *sig) {
  int pi = 0;
  for (int l = 0; l < 2; l++) {
    Vec *list = l ? &ft->list2 : &ft->list;
    for (int i = 0; i < list->len; i++) {
      Node *f = list->data[i];
      for (int j = 0; j < nx(f)->names.len; j++, pi++) {
        Node *id = nx(f)->names.data[j];
        Type *t = l ? sig->results[pi - sig->nfields].type : sig->fields[pi].type;
        Obj *o = new_obj(OBJ_VAR, id->name, t, id->pos);
        o->is_param = !l;
        o->is_result = l;
        o->used = true;
        declare_local(chk, o, id);
      }
      if (!nx(f)->names.len)
        pi++;
    }
  }
}

// Checks a function body: its statements, a missing return, unused
// variables, labels and branches.
static void check_body(Checker *chk, Node *body, Type *sig, FuncCtx *fn) {
  for (int i = 0; i < body->list.len; i++)
    check_stmt(chk, body->list.data[i]);
  if (sig->nresults && !list_terminates(&body->list))
    error_at(nx(body)->endpos, "missing return");
  for (int i = 0; i < fn->locals.len; i++) {
    Obj *o = fn->locals.data[i];
    if (!o->used)
      error_at(o->pos, "%s declared but not used", o->name);
  }
  check_branches(body);
}

static void check_func_body(Checker *chk, Node *fd) {
  prefetch_nodes(fd);
  Obj *fo = fd->obj;
  Type *sig = fo ? fo->type : func_type(chk, fd->x, NULL);
  Pos decl_pos = nx(fd)->recv ? nx(fd)->lparen : fd->pos;   // gc's FuncDecl position
  if (!fd->body) {
    // A declaration without a body is implemented elsewhere (gc: assembly,
    // or another symbol through //go:linkname). A program has nowhere else,
    // so in package main it needs the linkname, as `go build` (-complete)
    // asks; other packages are only analysed, like `go tool compile`'s.
    bool bound = fo && fo->linkname;
    if (!strcmp(fd->name, "init") || (!strcmp(chk->pkg->name, "main") && !bound))
      error_at(decl_pos, "missing function body");
    return;
  }
  if (nx(fd)->pragmas & PRAGMA_NOESCAPE)
    error_at(decl_pos, "can only use //go:noescape with external func implementations");
  if (!nx(fd)->recv && (!strcmp(fd->name, "init") || !strcmp(fd->name, "main"))) {
    if (sig->nfields || sig->nresults)
      error_at(fd->pos, "func %s must have no arguments and no return values", fd->name);
  }
  FuncCtx fn = {.sig = sig, .fnobj = fo};
  if (!fo) { // init functions: dependencies still count for ordering
    fn.fnobj = new_obj(OBJ_FUNC, fd->name, sig, fd->pos);
    fn.fnobj->global = true;
    fn.fnobj->home = chk->pkg;
    fd->obj = fn.fnobj;
  }
  FuncCtx *saved = chk->fn;
  chk->fn = &fn;
  chk->scope = scope_new(chk, chk->scope);
  chk->scope->func_top = true;
  // Receiver, parameters and results share the function's outermost scope.
  Node *recv = nx(fd)->recv;
  if (recv && nx(recv)->names.len) {
    Node *id = nx(recv)->names.data[0];
    Obj *o = new_obj(OBJ_VAR, id->name, method_recv_type(fd), id->pos);
    o->is_param = true;
    o->used = true;
    declare_local(chk, o, id);
  }
  declare_params(chk, fd->x, sig);
  check_body(chk, fd->body, sig, &fn);
  chk->fn = saved;
}

void check_instance_body(Checker *chk, Node *fd) { check_func_body(chk, fd); }

// A func literal: its body is checked like a function's, in a scope nested
// in the enclosing one (it may use the enclosing function's variables).
Operand check_func_lit(Checker *chk, Node *n) {
  Type *sig = func_type(chk, n->x, NULL);
  if (sig == ty_invalid || !n->body) {
    n->type = ty_invalid;
    return (Operand){M_INVALID, NULL, NULL};
  }
  FuncCtx fn = {.sig = sig, .fnobj = chk->fn ? chk->fn->fnobj : NULL};
  FuncCtx *saved = chk->fn;
  Scope *saved_scope = chk->scope;
  chk->fn = &fn;
  chk->scope = scope_new(chk, chk->scope);
  chk->scope->func_top = true;
  declare_params(chk, n->x, sig);
  check_body(chk, n->body, sig, &fn);
  chk->fn = saved;
  chk->scope = saved_scope;
  n->type = sig;
  return (Operand){M_VALUE, sig, NULL};
}

// ---------------------------------------------------------------- for export data

static int by_name(const void *a, const void *b) {
  return strcmp((*(Obj *const *)a)->name, (*(Obj *const *)b)->name);
}

Vec package_objects(Package *pkg) {
  Vec objs = {0};
  Scope *s = pkg->scope;
  for (int i = 0; s && i < s->nslots; i++)
    if (s->slots[i])
      vec_push(&objs, s->slots[i]);
  if (objs.len)
    qsort(objs.data, objs.len, sizeof(void *), by_name);
  return objs;
}

void *package_scope_new(void) { return xmalloc(sizeof(Scope)); }

void package_scope_insert(void *scope, Obj *o) { scope_insert(scope, o); }

Obj *package_scope_lookup(void *scope, const char *name) { return scope_lookup_local(scope, name); }
