// body_read.c — inlinable functions' bodies back from export data
// (body_write.c has the format): for each, a function of its own that is
// never compiled — its variables, sites and statements as the exporting
// package saved them — which the importer's inliner copies into its calls.
//
// Read against a package already loaded (compiled in this process or read
// from the cache by export_read): its named types are its scope's, the
// functions a body calls are found by link name. A package compiled in this
// process is read back from the text it wrote, like one from the cache, so
// an importer's inlining cannot depend on where its imports came from.
#include "internal.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { MAX_BODY_DEPTH = 2000 };   // nesting of damaged data stops here, not the stack

typedef struct {
  Reader *r;
  char **lines;
  int n, at;           // the lines, and the next to read
  Vec funcs;           // Func*: every function a body may call
  Func *fn;            // the body being read
  Func **owners;       // fn, then its func literals (body_write.c's OWNER numbers)
  int nclosures;
  SrcFile *file;
  Var **vars;
  Site **sites;
  int nvars, nsites;
  Vec stmts;           // IRStmt*, numbered as read (break and continue targets)
  int depth;
} BodyReader;

static char *next_line(BodyReader *br, const char *kind) {
  char *p = br->at < br->n ? br->lines[br->at++] : NULL;
  if (!p || strcmp(word(br->r, &p), kind)) {
    bad(br->r, "an inline body is malformed");
    return NULL;
  }
  return p;
}

// ---------------------------------------------------------------- functions by link name

static void add_package_funcs(Vec *out, Package *pkg) {
  Vec objs = package_objects(pkg);
  for (int i = 0; i < objs.len; i++) {
    Obj *o = objs.data[i];
    if (o->kind == OBJ_FUNC && o->ir)
      vec_push(out, o->ir);
    Type *t = o->kind == OBJ_TYPE ? o->type : NULL;
    for (int k = 0; t && t->kind == TY_NAMED && k < t->nmethods; k++)
      if (t->methods[k].func && t->methods[k].func->ir)
        vec_push(out, t->methods[k].func->ir);
  }
  free(objs.data);
}

static Func *func_by_lname(BodyReader *br, const char *lname) {
  for (int i = 1; i <= br->nclosures; i++)   // the body's own func literals first
    if (br->owners[i]->lname && !strcmp(br->owners[i]->lname, lname))
      return br->owners[i];
  for (int i = 0; i < br->funcs.len; i++)
    if (!strcmp(((Func *)br->funcs.data[i])->lname, lname))
      return br->funcs.data[i];
  bad(br->r, "an inline body calls a function that is missing");
  return NULL;
}

// ---------------------------------------------------------------- variables and sites

static int count(BodyReader *br, char **p, int max) {
  long n = number(br->r, p);
  if (n < 0 || n > max) {
    bad(br->r, "a count is out of range");
    return 0;
  }
  return (int)n;
}

static Pos read_pos(BodyReader *br, char **p) {
  int line = count(br, p, 1 << 30), col = count(br, p, 1 << 30);
  return (Pos){br->file, line, col};
}

static char *quoted(BodyReader *br, char **p) {
  int64_t len;
  char *t = next_token(p, &len);
  if (!t)
    bad(br->r, "a string is missing");
  return xstrndup(t ? t : "", t ? (size_t)len : 0);
}

static Var *var_ref(BodyReader *br, char **p) {
  char *t = word(br->r, p);
  if (!strcmp(t, "-"))
    return NULL;
  if (t[0] == '@') {   // a package variable, by its link name
    Reader *r = br->r;
    if (!r->pkg_vars_made) {   // (once per reader: package_objects sorts)
      r->pkg_vars_made = true;
      for (int k = 0; k < r->known.len; k++) {
        Vec objs = package_objects(r->known.data[k]);
        for (int i = 0; i < objs.len; i++) {
          Obj *o = objs.data[i];
          if (o->kind == OBJ_VAR && o->ir && ((Var *)o->ir)->lname)
            vec_push(&r->pkg_vars, o->ir);
        }
        free(objs.data);
      }
    }
    for (int i = 0; i < r->pkg_vars.len; i++) {
      Var *v = r->pkg_vars.data[i];
      if (!strcmp(v->lname, t + 1))
        return v;
    }
    bad(br->r, "an inline body's package variable is missing");
    return NULL;
  }
  long i = strtol(t, NULL, 10);
  if (i < 1 || i > br->nvars) {
    bad(br->r, "a variable number is out of range");
    return NULL;
  }
  return br->vars[i - 1];
}

static Func *owner_ref(BodyReader *br, char **p) {
  return br->owners[count(br, p, br->nclosures)];
}

static Site *site_ref(BodyReader *br, char **p) {
  int i = count(br, p, br->nsites);
  return i ? br->sites[i - 1] : NULL;
}

// gc prints an inlined body's variables by their names in their own
// package, qualified (geom.c, moved to heap: geom.x; a func literal's
// unnamed result fn.~r0); its temporaries (.autotmp_N) as they are. (The
// unnamed results of the body's function are the caller's ~R0 once inlined.)
static char *qualified(BodyReader *br, char *name) {
  if (name[0] == '.' || !strcmp(name, "_"))
    return name;
  return xfmt("%s.%s", br->r->pkg->name, name);
}

static void read_vars(BodyReader *br) {
  for (int i = 0; i < br->nvars && !br->r->err; i++) {
    char *p = next_line(br, "var");
    if (!p)
      return;
    Var *v = br->vars[i];
    v->id = i + 1;
    v->kind = (VarKind)count(br, &p, VAR_TEMP);
    v->name = qualified(br, quoted(br, &p));
    v->type = type_ref(br->r, &p);
    v->pos = read_pos(br, &p);
    v->loop_depth = count(br, &p, 1 << 20);
    int fl = count(br, &p, 31);
    v->addrtaken = fl & 1;
    v->reassigned = (fl & 2) != 0;
    v->range_temp = (fl & 4) != 0;
    v->pair_temp = (fl & 8) != 0;
    v->temp_init = fl & 16 ? (IRExpr *)v : NULL;   // (a mark: its declaration sets it)
    v->site = site_ref(br, &p);
    v->fn = owner_ref(br, &p);
    int outer = count(br, &p, br->nvars);
    v->outer = outer ? br->vars[outer - 1] : NULL;
    v->byref = count(br, &p, 1);
    v->cap_index = count(br, &p, 1 << 20);
    v->capture_pos = read_pos(br, &p);
    vec_push(&v->fn->vars, v);
  }
}

static void read_sites(BodyReader *br) {
  for (int i = 0; i < br->nsites && !br->r->err; i++) {
    char *p = next_line(br, "site");
    if (!p)
      return;
    Site *s = br->sites[i];
    s->id = i + 1;
    s->kind = (SiteKind)count(br, &p, SITE_METHVAL);
    s->pos = read_pos(br, &p);
    s->spell = quoted(br, &p);
    s->type = type_ref(br->r, &p);
    s->count = number(br->r, &p);
    int v = count(br, &p, br->nvars);
    s->var = v ? br->vars[v - 1] : NULL;
    if (s->kind == SITE_VAR && s->var)
      s->spell = s->var->name;   // (a variable's site is spelled by its name)
    s->loop_depth = count(br, &p, 1 << 20);
    int fl = count(br, &p, 7);
    s->quiet = fl & 1;
    s->unreported = (fl & 2) != 0;
    s->late = (fl & 4) != 0;
    s->fn = owner_ref(br, &p);
    vec_push(&s->fn->sites, s);
  }
}

// ---------------------------------------------------------------- expressions and statements

static IRExpr *read_expr(BodyReader *br);

// gc's spelling of the expression's source, for -m=2: a name node holding
// it (escape/ spells a source node it cannot see through by its text).
static Node *read_src(BodyReader *br, char **p, Pos pos) {
  char *s = *p;
  while (*s == ' ')
    s++;
  if (*s == '"') {
    Node *n = new_node(N_IDENT, pos);
    n->name = quoted(br, p);
    return n;
  }
  char *t = word(br->r, p);
  return !strcmp(t, "range") ? new_node(N_RANGE, pos) : NULL;
}

static double read_double(BodyReader *br, char **p) {
  char *t = word(br->r, p), *end;
  double d = strtod(t, &end);
  if (*end)
    bad(br->r, "a float is malformed");
  return d;
}

static void read_const_value(BodyReader *br, IRExpr *e, char **p) {
  Type *u = e->type ? under(e->type) : NULL;
  if (!u) {
    bad(br->r, "a constant has no type");
  } else if (u->kind == TY_STRING) {
    int64_t len;
    char *t = next_token(p, &len);
    if (!t)
      bad(br->r, "a string is missing");
    e->sval = xstrndup(t ? t : "", t ? (size_t)len : 0);
    e->slen = t ? len : 0;
  } else if (u->kind == TY_COMPLEX64 || u->kind == TY_COMPLEX128) {
    e->fval = read_double(br, p);
    e->fimag = read_double(br, p);
  } else if (u->kind == TY_FLOAT32 || u->kind == TY_FLOAT64) {
    e->fval = read_double(br, p);
  }
}

static IRExpr **read_exprs(BodyReader *br, int n) {
  IRExpr **es = xmalloc(sizeof(IRExpr *) * (n + 1));
  for (int i = 0; i < n && !br->r->err; i++)
    es[i] = read_expr(br);
  return es;
}

// An expression's fields after its kind (body_write.c's order).
static void read_expr_fields(BodyReader *br, IRExpr *e, char **p, int *mask) {
  e->op = (TokKind)count(br, p, 1 << 15);
  e->field = count(br, p, 1 << 20);
  e->pos = read_pos(br, p);
  e->type = type_ref(br->r, p);
  e->var = var_ref(br, p);
  e->site = site_ref(br, p);
  char *fn = name_or_null(br->r, p);
  e->fn = fn ? func_by_lname(br, fn) : NULL;
  e->ival = number(br->r, p);
  *mask = count(br, p, 63);
  e->nargs = count(br, p, 1 << 20);
  e->src = read_src(br, p, e->pos);
  if (e->kind == IR_CONST)
    read_const_value(br, e, p);
  if (e->kind == IR_RTCALL)
    e->rtsym = quoted(br, p);
  if (*mask & 32) {
    e->idx = xmalloc(sizeof(int64_t) * (e->nargs + 1));
    for (int i = 0; i < e->nargs; i++)
      e->idx[i] = number(br->r, p);
  }
}

static IRExpr *read_expr(BodyReader *br) {
  char *p = next_line(br, "e");
  if (!p || ++br->depth > MAX_BODY_DEPTH) {
    bad(br->r, "an inline body is nested too deeply");
    return NULL;
  }
  IRExpr *e = xmalloc(sizeof(IRExpr));
  e->kind = (IRKind)count(br, &p, IR_NUM_KINDS - 1);
  int mask = 0;
  read_expr_fields(br, e, &p, &mask);
  if (e->kind == IR_INLCALL || (e->kind == IR_CLOSURE && (!e->fn || !e->fn->outer)))
    bad(br->r, "an inline body holds what is never exported");
  IRExpr **kids[] = {&e->x, &e->y, &e->z, &e->w};
  for (int i = 0; i < 4 && !br->r->err; i++)
    if (mask & (1 << i))
      *kids[i] = read_expr(br);
  if (mask & 16)
    e->args = read_exprs(br, e->nargs);
  br->depth--;
  return br->r->err ? NULL : e;
}

static IRStmt *read_stmt(BodyReader *br);

static void read_clauses(BodyReader *br, IRStmt *s) {
  s->clauses = xmalloc(sizeof(SwitchClause) * (s->nclauses + 1));
  for (int i = 0; i < s->nclauses && !br->r->err; i++) {
    SwitchClause *c = &s->clauses[i];
    char *p = next_line(br, "c");
    if (!p)
      return;
    c->nconds = count(br, &p, 1 << 20);
    c->fallthrough = count(br, &p, 1);
    c->pos = read_pos(br, &p);
    bool has_body = count(br, &p, 1);
    c->conds = read_exprs(br, c->nconds);
    c->body = has_body ? read_stmt(br) : NULL;
  }
}

static IRStmt *read_stmt_line(BodyReader *br, int *mask) {
  char *p = next_line(br, "s");
  if (!p)
    return NULL;
  IRStmt *s = xmalloc(sizeof(IRStmt));
  vec_push(&br->stmts, s);
  s->kind = (IRStmtKind)count(br, &p, IR_S_NUM_KINDS - 1);
  s->pos = read_pos(br, &p);
  s->var = var_ref(br, &p);
  *mask = count(br, &p, 127);
  s->nstmts = count(br, &p, 1 << 20);
  s->nargs = count(br, &p, 1 << 20);
  s->nclauses = count(br, &p, 1 << 20);
  s->newline = count(br, &p, 1);
  s->clear = (RangeClear)count(br, &p, CLEAR_ARRAY);
  s->label = name_or_null(br->r, &p);
  int target = count(br, &p, br->stmts.len);
  s->target = target ? br->stmts.data[target - 1] : NULL;
  s->src = read_src(br, &p, s->pos);
  if (s->src && s->src->kind == N_IDENT) {   // spelled as an expression statement
    Node *st = new_node(N_EXPRSTMT, s->pos);
    st->x = s->src;
    s->src = st;
  }
  if (s->kind == IR_S_DEFER || s->kind == IR_S_GO)
    bad(br->r, "an inline body holds what is never exported");
  return s;
}

static IRStmt *read_stmt(BodyReader *br) {
  if (++br->depth > MAX_BODY_DEPTH) {
    bad(br->r, "an inline body is nested too deeply");
    return NULL;
  }
  int mask = 0;
  IRStmt *s = read_stmt_line(br, &mask);
  if (!s)
    return NULL;
  s->x = mask & 1 ? read_expr(br) : NULL;
  s->y = mask & 2 && !br->r->err ? read_expr(br) : NULL;
  if (mask & 64 && !br->r->err)
    s->args = read_exprs(br, s->nargs);
  if (mask & 32 && !br->r->err) {
    s->stmts = xmalloc(sizeof(IRStmt *) * (s->nstmts + 1));
    for (int i = 0; i < s->nstmts && !br->r->err; i++)
      s->stmts[i] = read_stmt(br);
  }
  if (s->nclauses && !br->r->err)
    read_clauses(br, s);
  IRStmt **kids[] = {&s->body, &s->els, &s->post};
  for (int i = 0; i < 3 && !br->r->err; i++)
    if (mask & (4 << i))
      *kids[i] = read_stmt(br);
  // A temporary's value is what its declaration gives it (escape/ looks
  // through temporaries).
  if (s->kind == IR_S_DECL && s->var && s->var->temp_init)
    s->var->temp_init = s->x;
  br->depth--;
  return br->r->err ? NULL : s;
}

// ---------------------------------------------------------------- func literals

static Var **var_list(BodyReader *br, char **p, int *n) {
  *n = count(br, p, br->nvars);
  Var **vs = xmalloc(sizeof(Var *) * (*n + 1));
  for (int i = 0; i < *n && !br->r->err; i++) {
    int k = count(br, p, br->nvars);
    vs[i] = k ? br->vars[k - 1] : NULL;
    if (!k)
      bad(br->r, "a func literal's variable is missing");
  }
  return vs;
}

// A func literal (body_write.c's put_closure): the function its owner
// number stands for, filled in, with its body; called by its link name.
static void read_closure(BodyReader *br) {
  char *p = next_line(br, "closure");
  if (!p)
    return;
  int k = count(br, &p, br->nclosures), outer = count(br, &p, br->nclosures);
  if (!k || outer == k)
    bad(br->r, "a func literal is misplaced");
  Func *lit = br->owners[k];
  lit->outer = br->owners[outer];
  vec_push(&lit->outer->closures, lit);
  lit->pos = read_pos(br, &p);
  lit->lname = quoted(br, &p);
  lit->name = xfmt("%s.%s", br->r->pkg->name, lit->lname);
  lit->type = type_ref(br->r, &p);
  lit->ctx_type = type_ref(br->r, &p);
  lit->named_results = count(br, &p, 1);
  lit->closure_called = count(br, &p, 1);
  int cost = (int)number(br->r, &p);
  char *as = quoted(br, &p);
  lit->params = var_list(br, &p, &lit->nparams);
  lit->results = var_list(br, &p, &lit->nresults);
  lit->captures = var_list(br, &p, &lit->ncaptures);
  int norder = count(br, &p, lit->ncaptures);
  lit->capture_order = norder ? xmalloc(sizeof(int) * (norder + 1)) : NULL;
  for (int i = 0; i < norder; i++)
    lit->capture_order[i] = count(br, &p, lit->ncaptures);
  lit->from_export = true;
  lit->body = br->r->err ? NULL : read_stmt(br);
  inline_import_closure(lit, cost < 0 ? -1 : cost, as);
}

// ---------------------------------------------------------------- one body

static Var **new_vars(int n) {
  Var **vs = xmalloc(sizeof(Var *) * (n + 1));
  for (int i = 0; i < n; i++)
    vs[i] = xmalloc(sizeof(Var));
  return vs;
}

// How go build prints a position of an inlined body's file (a func
// literal's "can inline main.func1"): the importing package's directory
// made relative, "./lib/lib.go", taking it to be the current one (as it is
// for `go build .`); elsewhere, the whole path.
static char *body_display_path(char *path) {
  char cwd[PATH_MAX];
  size_t n = getcwd(cwd, sizeof cwd) ? strlen(cwd) : 0;
  if (n && !strncmp(path, cwd, n) && path[n] == '/')
    return xfmt(".%s", path + n);
  return path;
}

// The function standing for target's body: target's name as the importer
// prints it (geom.NewCircle, geom.(*Circle).Area), its type, the variables.
static Func *body_func(BodyReader *br, Func *target, char **p) {
  Func *f = xmalloc(sizeof(Func));
  f->name = xfmt("%s.%s", br->r->pkg->name, target->name);
  f->lname = target->lname;
  f->type = target->type;
  f->pragmas = target->pragmas;
  f->from_export = true;
  int line = count(br, p, 1 << 30), col = count(br, p, 1 << 30);
  f->named_results = count(br, p, 1);
  f->nparams = count(br, p, 1 << 16);
  f->nresults = count(br, p, 1 << 16);
  br->nvars = count(br, p, 1 << 24);
  br->nsites = count(br, p, 1 << 24);
  br->nclosures = count(br, p, 1 << 16);
  if (f->nparams + f->nresults > br->nvars)
    bad(br->r, "an inline body lacks its parameters");
  char *q = next_line(br, "file");
  if (q) {
    br->file = xmalloc(sizeof(SrcFile));
    br->file->path = quoted(br, &q);
    br->file->display = body_display_path(br->file->path);
    br->file->src = "";
  }
  f->pos = (Pos){br->file, line, col};
  return f;
}

static void read_body(BodyReader *br, char *p) {
  br->nclosures = 0;   // (the last body's literals are not this one's)
  Func *target = func_by_lname(br, word(br->r, &p));
  if (!target)
    return;
  Func *f = br->fn = body_func(br, target, &p);
  if (br->r->err)
    return;
  br->owners = xmalloc(sizeof(Func *) * (br->nclosures + 1));
  br->owners[0] = f;
  for (int k = 1; k <= br->nclosures; k++)
    br->owners[k] = xmalloc(sizeof(Func));
  br->vars = new_vars(br->nvars);
  br->sites = xmalloc(sizeof(Site *) * (br->nsites + 1));
  for (int i = 0; i < br->nsites; i++)
    br->sites[i] = xmalloc(sizeof(Site));
  read_vars(br);
  read_sites(br);
  f->params = br->vars;
  f->results = br->vars + f->nparams;
  br->stmts.len = 0;
  for (int k = br->nclosures; k > 0 && !br->r->err; k--)
    read_closure(br);
  f->body = br->r->err ? NULL : read_stmt(br);
  for (int i = 0; i < br->nvars; i++)   // (a temporary declared nowhere in the body)
    if (br->vars[i]->temp_init == (IRExpr *)br->vars[i])
      br->vars[i]->temp_init = NULL;
  if (!br->r->err && next_line(br, "endinline"))
    inline_import_body(target, f);
}

bool export_read_inline(const char *data, Package *pkg, Program *prog, Vec known, char **err) {
  Reader *r = &(Reader){.pkg = pkg, .named_in_scope = true};
  for (int i = 0; i < known.len; i++)
    vec_push(&r->known, known.data[i]);
  vec_push(&r->known, pkg);
  BodyReader br = {.r = r};
  br.lines = split_lines(xstrdup(data), &br.n);
  if (!read_header(r, br.lines, br.n, &br.at)) {
    *err = xfmt("malformed export data header (%s)", r->err ? r->err : "unknown format");
    return false;
  }
  while (br.at < br.n && strcmp(br.lines[br.at], "end"))   // (export_read's records)
    br.at++;
  br.at++;
  for (int i = 0; i < prog->funcs.len; i++)
    vec_push(&br.funcs, prog->funcs.data[i]);
  for (int i = 0; i < r->known.len; i++)
    add_package_funcs(&br.funcs, r->known.data[i]);
  bool ended = false;
  while (br.at < br.n && !r->err && !ended) {
    char *p = br.lines[br.at++], *kind = word(r, &p);
    if (!strcmp(kind, "inline"))
      read_body(&br, p);
    else if (!strcmp(kind, "end"))
      ended = true;
    else
      bad(r, "unknown record among the inline bodies");
  }
  if (!ended)
    bad(r, "inline bodies truncated");
  if (r->err) {
    *err = xfmt("malformed export data: %s", r->err);
    return false;
  }
  return true;
}
