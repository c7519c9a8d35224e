// body_write.c — the bodies of inlinable functions in export data (gc's
// iexport writes fn.Inl.Body), so an importer's inliner can copy them.
//
// After the "end" of the records read.c reads, one record per body:
//
//   inline LNAME LINE COL NAMEDRESULTS NPARAMS NRESULTS NVARS NSITES NCLOSURES
//   file "PATH"                          the source file of the positions below
//   var KIND "NAME" TYPE LINE COL LOOPDEPTH FLAGS SITE OWNER OUTER BYREF CAPINDEX CAPLINE CAPCOL
//   site KIND LINE COL "SPELL" TYPE COUNT VAR LOOPDEPTH FLAGS OWNER
//   closure ...                          a func literal and its body (put_closure)
//   s KIND LINE COL VAR MASK NSTMTS NARGS NCLAUSES NEWLINE CLEAR LABEL TARGET SRC
//   c NCONDS FALLTHROUGH LINE COL HASBODY        a switch clause
//   e KIND OP FIELD LINE COL TYPE VAR SITE FN IVAL MASK NARGS SRC [VALUE]
//   endinline
//
// Variables and sites are numbered from 1; OWNER is the function they
// belong to: 0 the exported one, K its K-th func literal (OUTER and the rest:
// a literal's captured copy of a variable, see Var).
// The parameters are variables 1..NPARAMS, the results the next NRESULTS.
// Statements and expressions are written in prefix order, each followed by
// its children in the order of their fields (MASK says which are there); a
// break or continue names its target by the statement's number in that
// order. A variable reference is its number, or @LNAME for a package
// variable; a function is named by its link name. An expression's SRC is
// gc's spelling of its source, as the importer prints it (its package's
// types qualified), for -m=2's explanations; a statement's SRC is its
// source statement's spelling, for the notes that quote it.
//
// A body is left out when it refers to what an importer cannot name: a
// type declared in a function, escgo's own wrappers.
#include "internal.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
  Writer *w;
  Func *f;
  Vec vars, sites;     // numbered from 1 by their index + 1
  Vec stmts;           // IRStmt*, numbered as written
  Vec site_holder;     // IRExpr*: the expression holding a site (with its source), or NULL
  Vec panic_args;      // IRExpr*: the operands of panic, converted to interface{} (not any)
  Vec funcs;           // Func*: f, then the func literals in its body (their owners' numbers)
  SrcFile *file;
  bool refused;
} BodyWriter;

static int index_of(Vec *v, void *p) {
  for (int i = 0; i < v->len; i++)
    if (v->data[i] == p)
      return i + 1;
  return 0;
}

// ---------------------------------------------------------------- what a body may refer to

// A type an importer can name: every named type in it is declared at
// package level.
static bool type_nameable(Type *t) {
  if (!t)
    return true;
  for (const Predeclared *p = export_predeclared; p->name; p++)
    if (*p->type == t)
      return true;   // (error is named, of no package)
  switch (t->kind) {
  case TY_NAMED:
    return t->pkgpath && t->obj && t->obj->global;
  case TY_PTR: case TY_SLICE: case TY_ARRAY: case TY_CHAN:
    return type_nameable(t->elem);
  case TY_MAP:
    return type_nameable(t->key) && type_nameable(t->elem);
  case TY_FUNC: case TY_STRUCT: case TY_TUPLE:
    for (int i = 0; t->kind == TY_FUNC && i < t->nresults; i++)
      if (!type_nameable(t->results[i].type))
        return false;
    for (int i = 0; i < t->nfields; i++)
      if (!type_nameable(t->fields[i].type))
        return false;
    return true;
  case TY_INTERFACE:
    for (int i = 0; i < t->nmethods; i++)
      if (!type_nameable(t->methods[i].sig))
        return false;
    return true;
  default:
    return true;
  }
}

// A function another package can call by its link name.
static bool func_nameable(Func *f) {
  return f->lname && (f->from_export || exported_func(f));
}

static void note_var(BodyWriter *bw, Var *v);

// The number of the function (0: f, k: its k-th func literal) v's or a
// site's fn is; -1 when it is none of them. A saved body's literal is a
// snapshot whose variables are the literal's own (Func.snapshot_of).
static int owner_of(BodyWriter *bw, Func *fn) {
  for (int i = 0; i < bw->funcs.len; i++) {
    Func *f = bw->funcs.data[i];
    if (f == fn || (f->snapshot_of && f->snapshot_of == fn))
      return i;
  }
  return -1;
}

static void note_site(BodyWriter *bw, Site *s, IRExpr *holder) {
  if (!s)
    return;
  int at = index_of(&bw->sites, s);
  if (!at) {
    vec_push(&bw->sites, s);
    vec_push(&bw->site_holder, NULL);
    at = bw->sites.len;
    bw->refused |= !type_nameable(s->type);
    if (s->var)
      note_var(bw, s->var);
  }
  if (holder && holder->src && !bw->site_holder.data[at - 1])
    bw->site_holder.data[at - 1] = holder;
}

static void note_var(BodyWriter *bw, Var *v) {
  if (!v || v->kind == VAR_GLOBAL) {
    bw->refused |= v && !v->lname;
    return;
  }
  if (index_of(&bw->vars, v))
    return;
  bw->refused |= owner_of(bw, v->fn) < 0 || !type_nameable(v->type);
  vec_push(&bw->vars, v);
  note_var(bw, v->outer);   // a literal's capture: the variable it captures
  note_site(bw, v->site, NULL);
}

// A func literal in the body travels with it (gc exports the closure with
// the body): its parameters, results and captures, then what its body holds.
static bool scan_closure(BodyWriter *bw, Func *lit, IRVisitor *v) {
  if (owner_of(bw, lit) >= 0)
    return true;
  Func *own = lit->snapshot_of ? lit->snapshot_of : lit;
  if (lit->is_wrapper || lit->mtab_wrapper || lit->has_defer || !lit->body ||
      inline_closure_cost(own, NULL) < -1)
    return false;
  vec_push(&bw->funcs, lit);
  for (int i = 0; i < lit->nparams; i++)
    note_var(bw, lit->params[i]);
  for (int i = 0; i < lit->nresults; i++)
    note_var(bw, lit->results[i]);
  for (int i = 0; i < lit->ncaptures; i++)
    note_var(bw, lit->captures[i]);
  bw->refused |= !type_nameable(lit->type) || !type_nameable(lit->ctx_type);
  v->stmt(v, lit->body, (IRSlot){IR_F_BODY, 0});
  return true;
}

typedef struct {
  IRVisitor v;
  BodyWriter *bw;
} Scan;

static void scan_expr(IRVisitor *v, IRExpr *e, IRSlot at) {
  BodyWriter *bw = ((Scan *)v)->bw;
  if (e->kind == IR_CLOSURE && !scan_closure(bw, e->fn, v))
    bw->refused = true;
  if (e->pos.file && e->pos.file != bw->file)
    bw->refused = true;   // (one file per body: a function is declared in one)
  bw->refused |= e->kind == IR_INLCALL || !type_nameable(e->type);
  note_var(bw, e->var);
  note_site(bw, e->site, e);
  ir_expr_children(e, v);
  // (after the children: func(){...}() calls the literal it holds)
  if (e->fn && !func_nameable(e->fn) && owner_of(bw, e->fn) < 0)
    bw->refused = true;
}

static void scan_stmt(IRVisitor *v, IRStmt *s, IRSlot at) {
  BodyWriter *bw = ((Scan *)v)->bw;
  if (s->kind == IR_S_DEFER || s->kind == IR_S_GO)
    bw->refused = true;
  if (s->kind == IR_S_PANIC)
    vec_push(&bw->panic_args, s->x);
  note_var(bw, s->var);
  ir_stmt_children(s, v);
}

// The variables (parameters and results first) and sites of f's saved
// body; false if an importer could not read it back.
static bool scan_body(BodyWriter *bw, IRStmt *body) {
  vec_push(&bw->funcs, bw->f);
  for (int i = 0; i < bw->f->nparams; i++)
    note_var(bw, bw->f->params[i]);
  for (int i = 0; i < bw->f->nresults; i++)
    note_var(bw, bw->f->results[i]);
  Scan walk = {{scan_expr, scan_stmt}, bw};
  scan_stmt(&walk.v, body, (IRSlot){IR_F_BODY, 0});
  return !bw->refused && bw->vars.len >= bw->f->nparams + bw->f->nresults;
}

// ---------------------------------------------------------------- writing

// gc's spelling of n as an importer prints it: types of the package being
// exported qualified with its name (&geom.Circle{...}, not &Circle{...}).
static char *foreign_spell_of(BodyWriter *bw, Node *n, IRStmt *s) {
  const char *saved = types_local_pkg;
  types_local_pkg = "";
  spell_imported_from = bw->w->pkg->name;
  char *text = n ? site_spell(n) : ir_stmt_spell(s);
  spell_imported_from = NULL;
  types_local_pkg = saved;
  return text;
}

static char *foreign_spell(BodyWriter *bw, Node *n) { return foreign_spell_of(bw, n, NULL); }

// A site's spelling: the importer's, when it is the spelling of its source.
// An implicit conversion to an interface is explicit there, as gc's export
// data does not keep that it was implicit: (interface {})(string("x")).
static char *site_text(BodyWriter *bw, int i) {
  Site *s = bw->sites.data[i];
  IRExpr *holder = bw->site_holder.data[i];
  Node *src = holder ? holder->src : NULL;
  if (!src || strcmp(site_spell(src), s->spell))
    return s->spell;
  char *text = foreign_spell(bw, src);
  // Explicit: converted to the interface as written (not IntSlice(x) passed as a sort.Interface).
  bool explicit = src->kind == N_CALL && unparen(src->x)->is_type && is_interface(src->type);
  if (s->kind != SITE_BOX || holder->kind != IR_BOX || explicit)
    return text;
  // panic's operand is converted to interface{}, whatever builtin.go's signature says.
  if (index_of(&bw->panic_args, holder))
    return xfmt("(interface {})(%s)", text);
  const char *saved = types_local_pkg;
  types_local_pkg = "";   // the importer's spelling: sort.Interface
  char *to = holder->type == ty_any ? "any" : type_string(holder->type, false);
  types_local_pkg = saved;
  bool named = holder->type == ty_any || holder->type->kind == TY_NAMED;   // by its name, else (T)(x)
  return xfmt(named ? "%s(%s)" : "(%s)(%s)", to, text);
}

static void put_pos(Buf *b, Pos p) { buf_printf(b, " %d %d", p.line, p.col); }

static void put_var_ref(BodyWriter *bw, Buf *b, Var *v) {
  if (!v)
    buf_puts(b, " -");
  else if (v->kind == VAR_GLOBAL)
    buf_printf(b, " @%s", v->lname);
  else
    buf_printf(b, " %d", index_of(&bw->vars, v));
}

static void put_vars_and_sites(BodyWriter *bw, Buf *b) {
  for (int i = 0; i < bw->vars.len; i++) {
    Var *v = bw->vars.data[i];
    buf_printf(b, "var %d ", v->kind);
    put_quoted(b, v->name, (int64_t)strlen(v->name));
    put_type(bw->w, b, v->type);
    put_pos(b, v->pos);
    int fl = v->addrtaken | v->reassigned << 1 | v->range_temp << 2 | v->pair_temp << 3 |
             (v->temp_init != NULL) << 4;
    buf_printf(b, " %d %d %d", v->loop_depth, fl, index_of(&bw->sites, v->site));
    buf_printf(b, " %d %d %d %d", owner_of(bw, v->fn), index_of(&bw->vars, v->outer), v->byref,
               v->cap_index);
    put_pos(b, v->capture_pos);
    buf_putc(b, '\n');
  }
  for (int i = 0; i < bw->sites.len; i++) {
    Site *s = bw->sites.data[i];
    char *spell = site_text(bw, i);
    buf_printf(b, "site %d", s->kind);
    put_pos(b, s->pos);
    buf_putc(b, ' ');
    put_quoted(b, spell, (int64_t)strlen(spell));
    put_type(bw->w, b, s->type);
    int fl = s->quiet | s->unreported << 1 | s->late << 2;
    buf_printf(b, " %lld %d %d %d %d\n", (long long)s->count, index_of(&bw->vars, s->var),
               s->loop_depth, fl, owner_of(bw, s->fn));
  }
}

static void put_expr(BodyWriter *bw, Buf *b, IRExpr *e);

// A constant's value beyond ival: by its type, a float, a complex number's
// two parts, or a string's bytes.
static void put_const_value(Buf *b, IRExpr *e) {
  Type *u = under(e->type);
  if (u->kind == TY_STRING) {
    buf_putc(b, ' ');
    put_quoted(b, e->sval ? e->sval : "", e->sval ? e->slen : 0);
  } else if (u->kind == TY_COMPLEX64 || u->kind == TY_COMPLEX128) {
    buf_printf(b, " %a %a", e->fval, e->fimag);
  } else if (u->kind == TY_FLOAT32 || u->kind == TY_FLOAT64) {
    buf_printf(b, " %a", e->fval);
  }
}

static void put_src(BodyWriter *bw, Buf *b, IRExpr *e) {
  if (!e->src) {
    buf_puts(b, " -");
  } else if (e->src->kind == N_RANGE) {
    buf_puts(b, " range");
  } else {
    char *s = foreign_spell(bw, e->src);
    buf_putc(b, ' ');
    put_quoted(b, s, (int64_t)strlen(s));
  }
}

static void put_expr(BodyWriter *bw, Buf *b, IRExpr *e) {
  buf_printf(b, "e %d %d %d", e->kind, e->op, e->field);
  put_pos(b, e->pos);
  put_type(bw->w, b, e->type);
  put_var_ref(bw, b, e->var);
  buf_printf(b, " %d", index_of(&bw->sites, e->site));
  put_word(b, e->fn ? e->fn->lname : NULL);
  bool has_idx = (e->kind == IR_COMPLIT || e->kind == IR_SLICELIT || e->kind == IR_SELECT) && e->idx;
  int mask = (e->x != NULL) | (e->y != NULL) << 1 | (e->z != NULL) << 2 | (e->w != NULL) << 3 | (e->args != NULL) << 4 | has_idx << 5;
  buf_printf(b, " %lld %d %d", (long long)e->ival, mask, e->nargs);
  put_src(bw, b, e);
  if (e->kind == IR_CONST)
    put_const_value(b, e);
  if (e->kind == IR_RTCALL) {
    buf_putc(b, ' ');
    put_quoted(b, e->rtsym, (int64_t)strlen(e->rtsym));
  }
  for (int i = 0; has_idx && i < e->nargs; i++)
    buf_printf(b, " %lld", (long long)e->idx[i]);
  buf_putc(b, '\n');
  IRExpr *kids[] = {e->x, e->y, e->z, e->w};
  for (int i = 0; i < 4; i++)
    if (kids[i])
      put_expr(bw, b, kids[i]);
  for (int i = 0; e->args && i < e->nargs; i++)
    put_expr(bw, b, e->args[i]);
}

// A statement's source as the importer's notes spell it (-m's "ignoring
// self-assignment in ...", -m=2's "from ... (assign)"); "range" for what
// a range loop assigns, which gc notes without text.
static void put_stmt_src(BodyWriter *bw, Buf *b, IRStmt *s) {
  char *text = s->src && s->src->kind != N_RANGE ? foreign_spell_of(bw, NULL, s) : "";
  if (s->src && s->src->kind == N_RANGE)
    buf_puts(b, " range");
  else if (!*text)
    buf_puts(b, " -");
  else {
    buf_putc(b, ' ');
    put_quoted(b, text, (int64_t)strlen(text));
  }
}

static void put_stmt(BodyWriter *bw, Buf *b, IRStmt *s) {
  vec_push(&bw->stmts, s);
  buf_printf(b, "s %d", s->kind);
  put_pos(b, s->pos);
  put_var_ref(bw, b, s->var);
  int mask = (s->x != NULL) | (s->y != NULL) << 1 | (s->body != NULL) << 2 | (s->els != NULL) << 3 | (s->post != NULL) << 4 |
             (s->stmts != NULL) << 5 | (s->args != NULL) << 6;
  buf_printf(b, " %d %d %d %d %d %d", mask, s->nstmts, s->nargs, s->nclauses, s->newline, s->clear);
  put_word(b, s->label);
  buf_printf(b, " %d", s->target ? index_of(&bw->stmts, s->target) : 0);
  put_stmt_src(bw, b, s);
  buf_putc(b, '\n');
  if (s->x)
    put_expr(bw, b, s->x);
  if (s->y)
    put_expr(bw, b, s->y);
  for (int i = 0; s->args && i < s->nargs; i++)
    put_expr(bw, b, s->args[i]);
  for (int i = 0; s->stmts && i < s->nstmts; i++)
    put_stmt(bw, b, s->stmts[i]);
  for (int i = 0; i < s->nclauses; i++) {
    SwitchClause *c = &s->clauses[i];
    buf_printf(b, "c %d %d", c->nconds, c->fallthrough);
    put_pos(b, c->pos);
    buf_printf(b, " %d\n", (c->body != NULL));
    for (int k = 0; k < c->nconds; k++)
      put_expr(bw, b, c->conds[k]);
    if (c->body)
      put_stmt(bw, b, c->body);
  }
  IRStmt *kids[] = {s->body, s->els, s->post};
  for (int i = 0; i < 3; i++)
    if (kids[i])
      put_stmt(bw, b, kids[i]);
}

static void put_var_list(BodyWriter *bw, Buf *b, Var **vs, int n) {
  buf_printf(b, " %d", n);
  for (int i = 0; i < n; i++)
    buf_printf(b, " %d", index_of(&bw->vars, vs[i]));
}

// Func literal k, before the body that holds it (inner literals first):
//   closure K OUTER LINE COL "LNAME" TYPE CTXTYPE NAMEDRESULTS CALLED COST
//           "AS" NPARAMS P.. NRESULTS R.. NCAPTURES C.. NORDER O..
// then its body's statements. COST is the literal's inlining cost (-1:
// not inlinable), AS its body as -m=2's "can inline ... as:" prints it.
static void put_closure(BodyWriter *bw, Buf *b, int k) {
  Func *lit = bw->funcs.data[k];
  Func *own = lit->snapshot_of ? lit->snapshot_of : lit;
  const char *as = "";
  int cost = inline_closure_cost(own, &as);
  buf_printf(b, "closure %d %d", k, owner_of(bw, own->outer));
  put_pos(b, lit->pos);
  buf_putc(b, ' ');
  put_quoted(b, lit->lname, (int64_t)strlen(lit->lname));
  put_type(bw->w, b, lit->type);
  put_type(bw->w, b, lit->ctx_type);
  buf_printf(b, " %d %d %d ", lit->named_results, lit->closure_called, cost);
  put_quoted(b, as, (int64_t)strlen(as));
  put_var_list(bw, b, lit->params, lit->nparams);
  put_var_list(bw, b, lit->results, lit->nresults);
  put_var_list(bw, b, lit->captures, lit->ncaptures);
  buf_printf(b, " %d", lit->capture_order ? lit->ncaptures : 0);
  for (int i = 0; lit->capture_order && i < lit->ncaptures; i++)
    buf_printf(b, " %d", lit->capture_order[i]);
  buf_putc(b, '\n');
  put_stmt(bw, b, lit->body);
}

// A target written after the statement that jumps to it cannot be named.
static bool targets_resolved(BodyWriter *bw) {
  for (int i = 0; i < bw->stmts.len; i++) {
    IRStmt *s = bw->stmts.data[i];
    if (s->target && !index_of(&bw->stmts, s->target))
      return false;
  }
  return true;
}

// The file's path whatever the importer's directory (its debug lines name it).
static char *absolute(const char *path) {
  char cwd[PATH_MAX];
  if (path[0] == '/' || !getcwd(cwd, sizeof cwd))
    return (char *)path;
  return xfmt("%s/%s", cwd, path);
}

static void put_body(Writer *w, Buf *out, Func *f, IRStmt *body) {
  BodyWriter bw = {.w = w, .f = f, .file = f->pos.file};
  if (!bw.file || !bw.file->path || !scan_body(&bw, body))
    return;
  Buf b = {0};
  buf_printf(&b, "inline %s", f->lname);
  put_pos(&b, f->pos);
  buf_printf(&b, " %d %d %d %d %d %d\nfile ", f->named_results, f->nparams, f->nresults,
             bw.vars.len, bw.sites.len, bw.funcs.len - 1);
  char *path = absolute(bw.file->path);
  put_quoted(&b, path, (int64_t)strlen(path));
  buf_putc(&b, '\n');
  put_vars_and_sites(&bw, &b);
  for (int k = bw.funcs.len - 1; k > 0; k--)
    put_closure(&bw, &b, k);
  put_stmt(&bw, &b, body);
  buf_puts(&b, "endinline\n");
  if (targets_resolved(&bw))
    buf_putn(out, b.data, b.len);
  free(b.data);
}

void put_inline_bodies(Writer *w, Buf *b, Program *prog) {
  for (int i = 0; i < prog->funcs.len; i++) {
    Func *f = prog->funcs.data[i];
    IRStmt *body = exported_func(f) ? inline_exported_body(f) : NULL;
    if (body)
      put_body(w, b, f, body);
  }
}
