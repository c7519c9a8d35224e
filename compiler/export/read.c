// read.c — export data back into a Package and a Program (export.h has the
// format). Types are built on first reference; a named type is registered
// before its underlying type is read, so it may refer to itself. Functions
// come back bodiless with their escape tags final: escape analysis treats
// them as it treats an earlier package's functions.
#include "internal.h"

#include <stdlib.h>
#include <string.h>

void bad(Reader *r, const char *what) {
  if (!r->err)
    r->err = what;
}

char *word(Reader *r, char **p) {
  char *t = next_token(p, NULL);
  if (!t)
    bad(r, "line ends early");
  return t ? t : "-";
}

long number(Reader *r, char **p) {
  char *t = word(r, p), *end;
  long n = strtol(t, &end, 10);
  if (*end || end == t)
    bad(r, "a number expected");
  return n;
}

char *name_or_null(Reader *r, char **p) {
  char *t = word(r, p);
  return strcmp(t, "-") ? xstrdup(t) : NULL;
}

static Func *func_named(Reader *r, const char *lname) {
  for (int i = 0; lname && i < r->funcs.len; i++)
    if (!strcmp(((Func *)r->funcs.data[i])->lname, lname))
      return r->funcs.data[i];
  bad(r, "a method's function is missing");
  return NULL;
}

static Type *build_type(Reader *r, int n);

// A type reference: a predeclared name, a number, or "-" (none).
Type *type_ref(Reader *r, char **p) {
  char *t = word(r, p);
  if (!strcmp(t, "-"))
    return NULL;
  for (const Predeclared *d = export_predeclared; d->name; d++)
    if (!strcmp(d->name, t))
      return *d->type;
  char *end;
  long n = strtol(t, &end, 10);
  if (*end || n < 1 || n > r->ntypes) {
    bad(r, "bad type reference");
    return ty_invalid;
  }
  return build_type(r, (int)n);
}

static Pos read_field_pos(Reader *r, char **p) {
  char *s = word(r, p);
  int file = 0, line = 0, col = 0;
  if (!strcmp(s, "-"))
    return (Pos){0};
  if (sscanf(s, "%d:%d:%d", &file, &line, &col) != 3 || file < 1 || file > r->nfiles) {
    bad(r, "bad parameter position");
    return (Pos){0};
  }
  return (Pos){r->files[file], line, col};
}

static Field *read_fields(Reader *r, char **p, int *n, bool with_struct_info, bool with_pos) {
  *n = (int)number(r, p);
  if (*n < 0 || *n > 1 << 20) {
    bad(r, "bad field count");
    *n = 0;
  }
  Field *fs = xmalloc(sizeof(Field) * (*n + 1));
  for (int i = 0; i < *n; i++) {
    fs[i].name = name_or_null(r, p);
    fs[i].type = type_ref(r, p);
    if (with_pos)
      fs[i].pos = read_field_pos(r, p);
    if (with_struct_info) {
      fs[i].embedded = number(r, p) != 0;
      fs[i].pkgpath = name_or_null(r, p);
    }
  }
  return fs;
}

static Obj *package_level(Reader *r, ObjKind k, const char *name, Type *t) {
  Obj *o = new_obj(k, xstrdup(name), t, (Pos){0});
  o->global = true;
  o->home = r->pkg;
  o->state = 2;
  o->used = true;
  return o;
}

// A named type of a package already loaded (reading its inline bodies):
// the type its scope holds.
static void named_in_scope(Reader *r, int n, char **p) {
  name_or_null(r, p);
  char *name = word(r, p);
  Obj *o = package_scope_lookup(r->pkg->scope, name);
  if (!o || o->kind != OBJ_TYPE || !o->type || o->type->kind != TY_NAMED) {
    bad(r, "a named type is missing");
    r->types[n] = ty_invalid;
    return;
  }
  r->types[n] = o->type;
}

// A named type declared in the package: a shell first (name, object), so
// that every reference to it, its own methods' included, finds it ...
static void named_shell(Reader *r, int n, char **p) {
  if (r->named_in_scope) {
    named_in_scope(r, n, p);
    return;
  }
  Type *t = new_type(TY_NAMED);
  r->types[n] = t;
  t->pkg = name_or_null(r, p);
  t->name = name_or_null(r, p);
  t->pkgpath = r->pkg->path;
  t->obj = package_level(r, OBJ_TYPE, t->name ? t->name : "_", t);
  r->type_text[n] = *p;   // (the rest: filled in by fill_named)
}

// ... then its underlying type and methods, once every shell exists.
static void fill_named(Reader *r, int n) {
  Type *t = r->types[n];
  char *q = r->type_text[n], **p = &q;
  t->underlying = under(type_ref(r, p));
  t->nmethods = (int)number(r, p);
  if (t->nmethods < 0 || t->nmethods > 1 << 16) {
    bad(r, "bad method count");
    t->nmethods = 0;
  }
  t->methods = xmalloc(sizeof(Method) * (t->nmethods + 1));
  for (int i = 0; i < t->nmethods && !r->err; i++) {
    Method *m = &t->methods[i];
    m->name = name_or_null(r, p);
    m->ptr_recv = number(r, p) != 0;
    m->sig = type_ref(r, p);
    m->pkgpath = name_or_null(r, p);
    m->func = package_level(r, OBJ_FUNC, m->name ? m->name : "_", m->sig);
    m->func->ir = func_named(r, word(r, p));
    m->func->recv_type = t->obj;
  }
}

// Another Go package's named type: that package was loaded before this one.
static Type *named_elsewhere(Reader *r, char **p) {
  char *path = word(r, p), *name = word(r, p);
  for (int i = 0; i < r->known.len; i++) {
    Package *q = r->known.data[i];
    if (strcmp(q->path, path))
      continue;
    Obj *o = package_scope_lookup(q->scope, name);
    if (o && o->kind == OBJ_TYPE && o->type->kind == TY_NAMED)
      return o->type;
  }
  bad(r, "an imported type is missing");
  return ty_invalid;
}

// A generic type's instance (Stack[int]), already made in this build by a
// package compiled here: the generic's package is loaded, from source.
static Type *instance_elsewhere(Reader *r, char **p) {
  char *path = word(r, p), *name = word(r, p);
  long n = number(r, p);
  if (n < 1 || n > 1 << 10) {
    bad(r, "bad type argument count");
    return ty_invalid;
  }
  Type **targs = xmalloc(sizeof(Type *) * (n + 1));
  for (int i = 0; i < n; i++)
    targs[i] = type_ref(r, p);
  Package *home = !strcmp(r->pkg->path, path) ? r->pkg : NULL;
  for (int i = 0; i < r->known.len && !home; i++)
    if (!strcmp(((Package *)r->known.data[i])->path, path))
      home = r->known.data[i];
  Obj *gen = home ? package_scope_lookup(home->scope, name) : NULL;
  Type *t = gen && !r->err ? existing_type_instance(gen, targs, (int)n) : NULL;
  if (!t) {
    bad(r, "a generic type's instance is missing");
    return ty_invalid;
  }
  return t;
}

static Type *build_type(Reader *r, int n) {
  if (r->types[n])
    return r->types[n];
  // Only named types can make a type refer to itself, and they are built
  // first: a composite type's parts are built before it, never it again.
  char *p = r->type_text[n];
  r->type_text[n] = "";
  char *kind = word(r, &p);
  Type *t = NULL;
  if (!strcmp(kind, "ptr")) {
    t = ptr_to(type_ref(r, &p));
  } else if (!strcmp(kind, "slice")) {
    t = slice_of(type_ref(r, &p));
  } else if (!strcmp(kind, "array")) {
    long len = number(r, &p);
    t = array_of(type_ref(r, &p), len);
  } else if (!strcmp(kind, "map")) {
    Type *k = type_ref(r, &p);
    t = map_of(k, type_ref(r, &p));
  } else if (!strcmp(kind, "chan")) {
    t = new_type(TY_CHAN);
    t->len = number(r, &p);
    t->elem = type_ref(r, &p);
  } else if (!strcmp(kind, "func")) {
    t = new_type(TY_FUNC);
    t->variadic = number(r, &p) != 0;
    t->fields = read_fields(r, &p, &t->nfields, false, true);
    t->results = read_fields(r, &p, &t->nresults, false, true);
  } else if (!strcmp(kind, "struct") || !strcmp(kind, "tuple")) {
    t = new_type(kind[0] == 's' ? TY_STRUCT : TY_TUPLE);
    t->fields = read_fields(r, &p, &t->nfields, kind[0] == 's', false);
  } else if (!strcmp(kind, "iface")) {
    t = new_type(TY_INTERFACE);
    t->nmethods = (int)number(r, &p);
    t->methods = xmalloc(sizeof(Method) * (t->nmethods + 1));
    for (int i = 0; i < t->nmethods && !r->err; i++) {
      t->methods[i].name = name_or_null(r, &p);
      t->methods[i].sig = type_ref(r, &p);
      t->methods[i].pkgpath = name_or_null(r, &p);
    }
  } else if (!strcmp(kind, "ext")) {
    t = named_elsewhere(r, &p);
  } else if (!strcmp(kind, "inst")) {
    t = instance_elsewhere(r, &p);
  }
  if (!t) {
    bad(r, "bad type entry");
    t = ty_invalid;
  }
  return r->types[n] = t;
}

static Var *new_param(Func *f, VarKind kind, char *name, Type *t) {
  Var *v = xmalloc(sizeof(Var));
  v->kind = kind;
  v->name = name ? name : "_";
  v->type = t;
  v->fn = f;
  v->id = f->vars.len + 1;
  vec_push(&f->vars, v);
  return v;
}

// After the shells: a function's type, parameters (with their tags) and results.
static void read_func(Reader *r, Func *f, char *p, char **lines, int *at) {
  f->pragmas = (int)number(r, &p);
  int fl = (int)number(r, &p);
  f->named_results = fl & 1;
  f->no_static = (fl & 2) != 0;
  f->type = type_ref(r, &p);
  f->nparams = (int)number(r, &p);
  f->nresults = (int)number(r, &p);
  long inl_cost = number(r, &p);
  if (inl_cost >= 0)
    inline_import_cost(f, (int)inl_cost);
  if (f->nparams < 0 || f->nresults < 0 || f->nparams > 1 << 16 || f->nresults > 1 << 16) {
    bad(r, "bad parameter count");
    f->nparams = f->nresults = 0;
  }
  f->params = xmalloc(sizeof(Var *) * (f->nparams + 1));
  f->results = xmalloc(sizeof(Var *) * (f->nresults + 1));
  Leaks *tags = xmalloc(sizeof(Leaks) * (f->nparams + 1));
  for (int i = 0; i < f->nparams + f->nresults && !r->err; i++) {
    char *q = lines[++*at];
    bool is_param = i < f->nparams;
    if (!q || strcmp(word(r, &q), is_param ? "param" : "result")) {
      bad(r, "a parameter is missing");
      return;
    }
    char *name = name_or_null(r, &q);
    Type *t = type_ref(r, &q);
    if (!is_param) {
      f->results[i - f->nparams] = new_param(f, VAR_RESULT, name, t);
      continue;
    }
    f->params[i] = new_param(f, VAR_PARAM, name, t);
    tags[i].heap = (int)number(r, &q);
    for (int k = 0; k < NUM_ESC_RESULTS; k++)
      tags[i].result[k] = (int)number(r, &q);
  }
  escape_set_tags(f, tags);
  free(tags);
}

static void read_obj(Reader *r, char *p) {
  char *kind = word(r, &p), *name = word(r, &p);
  Type *t = type_ref(r, &p);
  Obj *o;
  if (!strcmp(kind, "const")) {
    o = package_level(r, OBJ_CONST, name, t);
    o->cval = parse_const(&p);
    if (!o->cval)
      bad(r, "bad constant");
  } else if (!strcmp(kind, "var")) {
    o = package_level(r, OBJ_VAR, name, t);
    Var *v = xmalloc(sizeof(Var));
    *v = (Var){.kind = VAR_GLOBAL, .name = o->name, .type = t, .lname = xstrdup(word(r, &p))};
    v->id = r->prog->globals.len + 1;
    vec_push(&r->prog->globals, v);
    o->ir = v;
  } else if (!strcmp(kind, "type")) {
    bool defined_here = t && t->kind == TY_NAMED && t->obj && t->obj->home == r->pkg &&
                        t->name && !strcmp(t->name, name);
    o = defined_here ? t->obj : package_level(r, OBJ_TYPE, name, t);   // else an alias
  } else if (!strcmp(kind, "func")) {
    o = package_level(r, OBJ_FUNC, name, t);
    o->ir = func_named(r, word(r, &p));
    if (!strcmp(name, "main"))
      r->pkg->main = o;
  } else {
    bad(r, "unknown object kind");
    return;
  }
  package_scope_insert(r->pkg->scope, o);
}

static Func *new_stub(Reader *r, const char *name, const char *lname) {
  Func *f = xmalloc(sizeof(Func));
  f->name = xstrdup(name);
  f->lname = xstrdup(lname);
  f->from_export = true;
  vec_push(&r->funcs, f);
  vec_push(&r->prog->funcs, f);
  return f;
}

// The package's initialiser (package-level variables, init functions):
// the program's entry calls it.
static void read_init(Reader *r, char *p) {
  Func *f = new_stub(r, "init", word(r, &p));
  f->type = new_type(TY_FUNC);
  r->prog->init = f;
  vec_push(&r->prog->inits, f);
}

char **split_lines(char *text, int *n) {
  Vec lines = {0};
  for (char *s = text; *s;) {
    char *nl = strchr(s, '\n');
    vec_push(&lines, s);
    if (!nl)
      break;
    *nl = 0;
    s = nl + 1;
  }
  vec_push(&lines, NULL);
  *n = lines.len - 1;
  return (char **)lines.data;
}

bool read_header(Reader *r, char **lines, int n, int *at) {
  char *p = n > 2 ? lines[0] : "";
  if (strcmp(word(r, &p), "escgo") || strcmp(word(r, &p), "export") ||
      number(r, &p) != EXPORT_VERSION)
    return false;
  p = lines[1];
  if (strcmp(word(r, &p), "package"))
    return false;
  char *name = word(r, &p), *path = word(r, &p);
  if (r->named_in_scope && (strcmp(name, r->pkg->name) || strcmp(path, r->pkg->path)))
    return false;
  if (!r->named_in_scope) {
    r->pkg->name = xstrdup(name);
    r->pkg->path = xstrdup(path);
    r->prog->pkgname = r->pkg->name;
  }
  p = lines[2];
  if (strcmp(word(r, &p), "files"))
    return false;
  r->nfiles = (int)number(r, &p);
  if (r->nfiles < 0 || r->nfiles > n - 4)   // (4: the header's lines)
    return false;
  r->files = xmalloc(sizeof(SrcFile *) * (r->nfiles + 1));
  for (int i = 1; i <= r->nfiles; i++) {
    p = lines[2 + i];
    if (strcmp(word(r, &p), "file"))
      return false;
    SrcFile *f = r->files[i] = xmalloc(sizeof(SrcFile));
    f->path = xstrdup(word(r, &p));
    f->display = xstrdup(word(r, &p));
    f->dir = xstrdup(f->path);
    if (strrchr(f->dir, '/'))
      *strrchr(f->dir, '/') = 0;
    f->src = "";
  }
  int base = 3 + r->nfiles;
  p = lines[base];   // (the line after the files)
  if (strcmp(word(r, &p), "types"))
    return false;
  r->ntypes = (int)number(r, &p);
  if (r->ntypes < 0 || r->ntypes > n - base - 1)   // (each on a line of its own)
    return false;
  r->types = xmalloc(sizeof(Type *) * (r->ntypes + 1));
  r->type_text = xmalloc(sizeof(char *) * (r->ntypes + 1));
  for (int i = 1; i <= r->ntypes; i++) {
    p = lines[base + i];
    if (!p || strcmp(word(r, &p), "type") || number(r, &p) != i)
      return false;
    r->type_text[i] = p;
    if (!strncmp(p, " named ", 7) || !strncmp(p, "named ", 6)) {
      word(r, &p);
      named_shell(r, i, &p);
    }
  }
  *at = base + 1 + r->ntypes;
  return !r->err;
}

Package *export_read(const char *data, Vec known, Program **prog_out, char **err) {
  types_init();   // (a build may read every package: no checker ran yet)
  Package *pkg = xmalloc(sizeof(Package));
  pkg->scope = package_scope_new();
  Program *prog = xmalloc(sizeof(Program));
  Reader *r = &(Reader){.pkg = pkg, .prog = prog, .known = known};
  int n, at;
  char **lines = split_lines(xstrdup(data), &n);
  if (!read_header(r, lines, n, &at)) {
    *err = xfmt("malformed export data header (%s)", r->err ? r->err : "unknown format");
    return NULL;
  }
  // Function shells first: named types' methods refer to them by link name.
  for (int i = at; i < n; i++) {
    char *p = lines[i];
    if (!strncmp(p, "func ", 5)) {
      char *copy = xstrdup(p + 5), *q = copy;
      char *lname = word(r, &q);
      new_stub(r, word(r, &q), lname);
    }
  }
  for (int i = 1; i <= r->ntypes; i++)
    if (r->types[i] && r->types[i]->kind == TY_NAMED && r->types[i]->pkgpath == pkg->path)
      fill_named(r, i);
  bool ended = false;
  for (int i = at, k = 0; i < n && !r->err && !ended; i++) {
    char *p = lines[i], *kind = word(r, &p);
    if (!strcmp(kind, "func")) {
      word(r, &p), word(r, &p);   // (the shell has them)
      read_func(r, r->funcs.data[k++], p, lines, &i);
    } else if (!strcmp(kind, "obj")) {
      read_obj(r, p);
    } else if (!strcmp(kind, "init")) {
      read_init(r, p);
    } else if (!strcmp(kind, "main")) {
      prog->main = func_named(r, word(r, &p));
    } else if (!strcmp(kind, "generic")) {
      bad(r, "the package declares generics: compiled from source in each build");
    } else if (!strcmp(kind, "end")) {
      ended = true;
    } else {
      bad(r, "unknown record");
    }
  }
  if (!ended)
    bad(r, "truncated");
  if (r->err) {
    *err = xfmt("malformed export data: %s", r->err);
    return NULL;
  }
  *prog_out = prog;
  return pkg;
}
