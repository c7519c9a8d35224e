// check/method.c — method declarations, method lookup (fields and methods
// promoted through embedded fields, gc's breadth-first rule), method sets
// and the implements check with gc 1.19's words.
#include "internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct Pending {
  Node *fd;
  Scope *scope;   // the file scope the method is declared in
} Pending;

void collect_method(Checker *chk, Node *fd, Scope *file_scope) {
  Pending *p = xmalloc(sizeof(Pending));
  p->fd = fd;
  p->scope = file_scope;
  vec_push(&chk->pending_methods, p);
}

// The receiver's base type name, through one optional '*' and parentheses.
static Node *recv_base_name(Node *rt, bool *ptr) {
  *ptr = false;
  rt = unparen(rt);
  if (rt && rt->kind == N_STAR) {
    *ptr = true;
    rt = rt->x;
    rt = unparen(rt);
  }
  if (rt && rt->kind == N_INDEX)   // a generic type's instance: Stack[T]
    rt = unparen(rt->x);
  return rt;
}

// The named type a method is declared on, or NULL after reporting why not.
static Type *recv_base(Checker *chk, Node *fd, bool *ptr) {
  Node *recv = nx(fd)->recv;
  Node *name = recv_base_name(recv->x, ptr);
  Pos at = recv->pos;
  Type *t = check_type(chk, recv->x);
  if (t == ty_invalid)
    return NULL;
  if (*ptr)
    t = t->kind == TY_PTR ? t->elem : t;
  bool foreign = t->kind == TY_NAMED && t->pkgpath && strcmp(t->pkgpath, types_local_pkg);
  if (!name || name->kind != N_IDENT || t->kind != TY_NAMED || !t->pkg || foreign) {
    Type *shown = t;
    bool basic = t->kind != TY_NAMED && t->kind <= TY_UNSAFEPTR;
    if (!basic && !foreign && (t->kind != TY_NAMED || t->pkg)) {
      error_at(at, "invalid receiver type %s", type_string_checker(t));
      return NULL;
    }
    error_at(at, "cannot define new methods on non-local type %s", type_string_checker(shown));
    return NULL;
  }
  Type *u = under(t);
  if (u->kind == TY_PTR || u->kind == TY_INTERFACE) {
    error_at(at, "invalid receiver type %s (pointer or interface type)", type_string_checker(t));
    return NULL;
  }
  return t;
}

// Go qualifies an unexported name by its package: p's m and q's m are
// different names. pkg NULL matches any package's (as do members that
// record none).
static bool name_matches(const char *have, const char *have_pkg, const char *name, const char *pkg) {
  if (!have || strcmp(have, name))
    return false;
  return !pkg || !have_pkg || is_exported(name) || !strcmp(have_pkg, pkg);
}

static Method *method_named(Type *t, const char *name, const char *pkg) {
  for (int i = 0; i < t->nmethods; i++)
    if (name_matches(t->methods[i].name, t->methods[i].pkgpath, name, pkg))
      return &t->methods[i];
  return NULL;
}

Method *declared_method(Type *t, const char *name) { return method_named(t, name, NULL); }

static void add_method(Type *t, Method m) {
  t->methods = xrealloc(t->methods, sizeof(Method) * (t->nmethods + 1));
  t->methods[t->nmethods++] = m;
}

// The function a method declaration fd on base declares (fd->obj).
static Obj *method_func(Checker *chk, Node *fd, Type *base, Type *sig) {
  Obj *o = new_obj(OBJ_FUNC, fd->name, sig, fd->pos);
  o->spec = fd;
  o->global = true;
  o->home = chk->pkg;
  o->state = 2;
  o->used = true;
  o->recv_type = base->obj;
  fd->obj = o;
  vec_push(&chk->pkgobjs, o);   // what its body refers to orders the package's variables (init.c)
  return o;
}

// A package's own copy of a method of a type instance another package made
// (geninst.c): checked like its declaration, never added to the type, whose
// method set already holds the first copy.
void declare_method_copy(Checker *chk, Node *fd) {
  bool ptr;
  Type *base = recv_base(chk, fd, &ptr);
  Type *sig = func_type(chk, fd->x, NULL);
  if (base)
    method_func(chk, fd, base, sig);
}

void declare_method(Checker *chk, Node *fd) {
  bool ptr;
  Type *base = recv_base(chk, fd, &ptr);
  Type *sig = func_type(chk, fd->x, NULL);
  if (!base)
    return;
  Obj *o = method_func(chk, fd, base, sig);
  if (!strcmp(fd->name, "_"))
    return;
  Method *prev = declared_method(base, fd->name);
  if (prev) {
    Pos pp = prev->func->pos;
    error_at(fd->pos, "%s.%s redeclared in this block\n\t%s:%d:%d: other declaration of %s", base->name,
             fd->name, pp.file ? pp.file->display : "?", pp.line, pp.col, fd->name);
    return;
  }
  Type *u = under(base);
  for (int i = 0; u->kind == TY_STRUCT && i < u->nfields; i++) {
    Field *f = &u->fields[i];
    if (f->name && !strcmp(f->name, fd->name)) {
      error_at(fd->pos, "field and method with the same name %s\n\t%s:%d:%d: other declaration of %s",
               fd->name, f->pos.file ? f->pos.file->display : "?", f->pos.line, f->pos.col, fd->name);
      return;
    }
  }
  add_method(base, (Method){.name = fd->name, .sig = sig, .ptr_recv = ptr, .func = o,
                            .pkgpath = types_local_pkg});
}

void declare_methods(Checker *chk) {
  Scope *saved = chk->scope;
  for (int i = 0; i < chk->pending_methods.len; i++) {
    Pending *p = chk->pending_methods.data[i];
    chk->scope = p->scope;
    declare_method(chk, p->fd);
  }
  chk->pending_methods.len = 0;
  chk->scope = saved;
}

// The receiver type of a checked method declaration (T or *T).
Type *method_recv_type(Node *fd) {
  Obj *o = fd->obj;
  if (!o || !o->recv_type)
    return NULL;
  bool ptr;
  recv_base_name(nx(fd)->recv->x, &ptr);
  Type *t = o->recv_type->type;
  return ptr ? ptr_to(t) : t;
}

// ---------------------------------------------------------------- lookup

typedef struct Cand {
  Type *t;        // type at this depth (may be a pointer)
  Vec path;       // embedded field indices from the root
  bool indirect;  // reached through a pointer
} Cand;

static Cand *new_cand(Type *t, Vec *path, bool indirect) {
  Cand *c = xmalloc(sizeof(Cand));
  c->t = t;
  c->indirect = indirect;
  for (int i = 0; path && i < path->len; i++)
    vec_push(&c->path, path->data[i]);
  return c;
}

// Looks at one type for `name` (its methods, its fields), adding its
// embedded fields to next. Returns the number of matches (0 or 1, more: ambiguous).
static int look_in(Cand *c, const char *name, const char *pkg, Member *out, Vec *next, bool root) {
  int found = 0;
  Type *t = c->t;
  bool indirect = c->indirect;
  if (t->kind == TY_TYPEPARAM)
    t = t->bound;   // the methods its constraint promises, never its core type's fields
  else if (t->kind == TY_PTR && t->elem->kind == TY_TYPEPARAM)
    return 0;       // *T has no methods
  if (t->kind == TY_PTR) {
    t = t->elem;
    indirect = true;
  } else if (root && t->kind == TY_NAMED && under(t)->kind == TY_PTR) {
    t = under(t)->elem;   // fields only, through a named pointer
    indirect = true;
  }
  if (t->kind == TY_NAMED && under(t)->kind != TY_INTERFACE) {
    Method *m = method_named(t, name, pkg);
    if (m) {
      found++;
      *out = (Member){.kind = MEMBER_METHOD, .m = m, .holder = t, .type = m->sig, .indirect = indirect};
      out->path = c->path;
    }
  }
  Type *u = under(t);
  if (u->kind == TY_INTERFACE) {
    for (int i = 0; i < u->nmethods; i++)
      if (name_matches(u->methods[i].name, u->methods[i].pkgpath, name, pkg)) {
        found++;
        *out = (Member){.kind = MEMBER_IMETHOD, .m = &u->methods[i], .holder = t, .type = u->methods[i].sig,
                        .indirect = indirect};
        out->path = c->path;
      }
    return found;
  }
  if (u->kind != TY_STRUCT)
    return found;
  for (int i = 0; i < u->nfields; i++) {
    Field *f = &u->fields[i];
    const char *fname = f->name;
    if (name_matches(fname, f->pkgpath, name, pkg)) {
      found++;
      *out = (Member){.kind = MEMBER_FIELD, .type = f->type, .indirect = indirect};
      Vec p = {0};
      for (int j = 0; j < c->path.len; j++)
        vec_push(&p, c->path.data[j]);
      vec_push(&p, (void *)(intptr_t)i);
      out->path = p;
    }
    if (f->embedded) {
      Cand *nc = new_cand(f->type, &c->path, indirect);
      vec_push(&nc->path, (void *)(intptr_t)i);
      vec_push(next, nc);
    }
  }
  return found;
}

Member lookup_member(Type *t, const char *name) { return lookup_member_in(t, name, types_local_pkg); }

Member lookup_member_in(Type *t, const char *name, const char *pkg) {
  Member res = {0};
  Cand root = {.t = t};   // most lookups end at depth 0: nothing allocated for them
  void *first[] = {&root};
  Vec level = {first, 1, 1};
  for (int depth = 0; level.len && depth < 16; depth++) {
    Vec next = {0};
    int found = 0;
    for (int i = 0; i < level.len; i++) {
      Member m = {0};
      int n = look_in(level.data[i], name, pkg, &m, &next, depth == 0);
      if (n && !found)
        res = m;
      found += n;
    }
    if (found) {
      res.ambiguous = found > 1;
      res.depth = depth;
      return res;
    }
    level = next;
  }
  return res;
}

// ---------------------------------------------------------------- method sets

// Is method m callable on a value of type t (t's method set)?
// Pointer-receiver methods need a pointer unless reached through one.
static bool in_method_set(Type *t, Member *mb) {
  if (mb->kind == MEMBER_IMETHOD)
    return true;
  return !mb->m->ptr_recv || mb->indirect || t->kind == TY_PTR;
}

// Why t does not implement iface (gc's words), or NULL if it does.
char *missing_method(Type *t, Type *iface) {
  Type *ui = under(iface);
  for (int i = 0; i < ui->nmethods; i++) {
    Method *want = &ui->methods[i];
    Member mb = lookup_member_in(t, want->name, want->pkgpath);
    bool is_method = mb.kind == MEMBER_METHOD || mb.kind == MEMBER_IMETHOD;
    if (is_interface(t) && mb.kind != MEMBER_IMETHOD)
      is_method = false;
    if (!is_method || mb.ambiguous)
      return xfmt("missing %s method", want->name);
    if (!types_identical(mb.m->sig, want->sig)) {
      char *have = type_string_checker(mb.m->sig) + 4, *w = type_string_checker(want->sig) + 4;
      return xfmt("wrong type for %s method)\n\t\thave %s%s\n\t\twant %s%s", want->name, want->name, have,
                  want->name, w);
    }
    if (!in_method_set(t, &mb))
      return xfmt("%s method has pointer receiver", want->name);
  }
  return NULL;
}

bool implements(Type *t, Type *iface) { return !missing_method(t, iface); }

// "T does not implement I (missing method M)" as gc words it after "cannot use".
char *not_implements(Type *t, Type *iface) {
  char *why = missing_method(t, iface);
  if (!why)
    return NULL;
  // The "wrong type" form carries its own closing parenthesis before have/want.
  if (strstr(why, "wrong type for"))
    return xfmt("%s does not implement %s (%s", type_string_checker(t), type_string_checker(iface), why);
  return xfmt("%s does not implement %s (%s)", type_string_checker(t), type_string_checker(iface), why);
}

// ---------------------------------------------------------------- whole method sets

// A method's name qualified by its package (see name_matches).
typedef struct {
  const char *name, *pkg;
} MethodName;

static void add_name(Vec *names, Method *m) {
  for (int i = 0; i < names->len; i++) {
    MethodName *n = names->data[i];
    if (name_matches(n->name, n->pkg, m->name, m->pkgpath) &&
        name_matches(m->name, m->pkgpath, n->name, n->pkg))
      return;
  }
  MethodName *n = xmalloc(sizeof(MethodName));
  *n = (MethodName){m->name, is_exported(m->name) ? NULL : m->pkgpath};
  vec_push(names, n);
}

// Every method name reachable from t through embedded fields.
static void method_names(Type *t, Vec *names, int depth) {
  if (depth > 8)
    return;
  if (t->kind == TY_PTR)
    t = t->elem;
  if (t->kind == TY_NAMED && under(t)->kind != TY_INTERFACE)
    for (int i = 0; i < t->nmethods; i++)
      add_name(names, &t->methods[i]);
  Type *u = under(t);
  if (u->kind == TY_INTERFACE)
    for (int i = 0; i < u->nmethods; i++)
      add_name(names, &u->methods[i]);
  if (u->kind == TY_STRUCT)
    for (int i = 0; i < u->nfields; i++)
      if (u->fields[i].embedded)
        method_names(u->fields[i].type, names, depth + 1);
}

static int by_method_name(const void *a, const void *b) {
  const MethodName *x = *(MethodName *const *)a, *y = *(MethodName *const *)b;
  int c = strcmp(x->name, y->name);
  return c ? c : strcmp(x->pkg ? x->pkg : "", y->pkg ? y->pkg : "");
}

int method_set(Type *t, MethodSetEntry **out) {
  if (t->kind == TY_PTR && is_interface(t->elem)) {   // *I has no methods (errors.As(err, &i))
    *out = NULL;
    return 0;
  }
  Vec names = {0};
  method_names(t, &names, 0);
  if (names.len > 1)
    qsort(names.data, names.len, sizeof(void *), by_method_name);
  MethodSetEntry *es = xmalloc(sizeof(MethodSetEntry) * (names.len + 1));
  int n = 0;
  for (int i = 0; i < names.len; i++) {
    MethodName *name = names.data[i];
    Member mb = lookup_member_in(t, name->name, name->pkg);
    if ((mb.kind != MEMBER_METHOD && mb.kind != MEMBER_IMETHOD) || mb.ambiguous || !in_method_set(t, &mb))
      continue;
    MethodSetEntry *e = &es[n++];
    e->m = mb.m;
    e->holder = mb.holder;
    e->npath = mb.path.len;
    e->path = xmalloc(sizeof(int) * (mb.path.len + 1));
    for (int j = 0; j < mb.path.len; j++)
      e->path[j] = (int)(intptr_t)mb.path.data[j];
  }
  *out = es;
  return n;
}
