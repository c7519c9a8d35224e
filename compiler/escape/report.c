// report.c — what -m prints, in gc 1.19's words and order: parameter tags
// of each function of a batch, then every variable and allocation site in
// the order its location was created. -m=2 adds the path that made a value
// escape ("flow: {heap} = &x:" with "from ... (why) at POS" lines).
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static const char *result_name(Func *f, int i) {
  Var *r = f->results[i];
  return r->name && strcmp(r->name, "_") ? r->name : xfmt("~r%d", i);
}

// gc's name for parameter i in messages: its own, or arg#N (counting from
// 1, the receiver first) when the declaration leaves it unnamed.
static const char *param_name(Func *f, int i) {
  Node *fd = f->decl;
  if (!fd || fd->kind != N_FUNCDECL)
    return f->params[i]->name;
  int k = 0;
  if (nx(fd)->recv && k++ == i)
    return nx(nx(fd)->recv)->names.len ? f->params[i]->name : "arg#1";
  for (int j = 0; j < fd->x->list.len; j++) {
    Node *fl = fd->x->list.data[j];
    int cnt = nx(fl)->names.len ? nx(fl)->names.len : 1;
    if (i < k + cnt)
      return nx(fl)->names.len ? f->params[i]->name : xfmt("arg#%d", i + 1);
    k += cnt;
  }
  return f->params[i]->name;
}

static bool is_unnamed(const char *name) { return !strncmp(name, "arg#", 4); }

// The tags a declaration decides without the analysis (gc's paramTag): a
// function implemented elsewhere leaks every pointer parameter to the heap
// unless //go:noescape says otherwise, and is assumed to keep its uintptr
// arguments alive (syscall.Syscall's); //go:uintptrescapes makes uintptr
// and ...uintptr parameters escape. Returns false when the analysis decides.
static bool declared_tag(Func *f, int i, Leaks *tag) {
  Var *p = f->params[i];
  const char *name = param_name(f, i);
  bool say = flags.m && !f->mtab_wrapper && !params_untold(f);
  bool is_uintptr = under(p->type)->kind == TY_UINTPTR;
  if (func_is_external(f)) {
    if (is_uintptr || !type_has_ptrs(p->type)) {
      if (is_uintptr && say)
        note_at(p->pos, "assuming %s is unsafe uintptr", name);
      tag->heap = 0;   // (gc's "" tag; a scalar carries nothing anyway)
      return true;
    }
    if (f->pragmas & PRAGMA_NOESCAPE) {
      if (say && !is_unnamed(name))
        note_at(p->pos, "%s does not escape", name);
      return true;
    }
    if (say && !is_unnamed(name))
      note_at(p->pos, "leaking param: %s", name);
    tag->heap = 0;
    return true;
  }
  if (!(f->pragmas & PRAGMA_UINTPTRESCAPES))
    return false;
  bool ddd = f->type && f->type->variadic && i == f->nparams - 1 &&
             under(under(p->type)->elem)->kind == TY_UINTPTR;
  if (!is_uintptr && !ddd)
    return false;
  if (say)
    note_at(p->pos, "marking %s as escaping %suintptr", name, ddd ? "..." : "");
  tag->heap = 0;
  return true;
}

void report_param_tags(Func *f) {
  EscFunc *ef = esc_func(f);
  for (int i = 0; i < f->nparams; i++) {
    Var *p = f->params[i];
    Loc *l = ef->param_locs[i];
    if (declared_tag(f, i, &ef->tags[i]))
      continue;
    if (!type_has_ptrs(p->type) || !l || !strcmp(p->name, "_"))
      continue;
    Leaks esc = l->param_esc;
    leaks_optimize(&esc);
    ef->tags[i] = esc;
    if (!flags.m || l->escapes || f->mtab_wrapper || params_untold(f))
      continue;
    if (leaks_empty(&esc))
      note_at(p->pos, "%s does not escape", p->name);
    if (esc.heap == 0)
      note_at(p->pos, "leaking param: %s", p->name);
    else if (esc.heap > 0)
      note_at(p->pos, "leaking param content: %s", p->name);
    for (int r = 0; r < NUM_ESC_RESULTS && r < f->nresults; r++)
      if (esc.result[r] >= 0)
        note_at(p->pos, "leaking param: %s to result %s level=%d", p->name, result_name(f, r),
                esc.result[r]);
  }
}

void report_locs(Batch *b) {
  for (int i = 0; i < b->locs.len; i++) {
    Loc *l = b->locs.data[i];
    Site *s = l->site;
    if (!s)
      continue;
    s->verdict = l->escapes ? V_HEAP : V_STACK;
    if (l->escapes && !s->reason)
      s->reason = "escapes";
    if (l->escapes && !l->var && (!s->unreported || s->wrapper_closure))
      logopt_entry("escape", s->pos, "");   // (gc logs its heap verdicts so, unexplained)
    if (!flags.m || s->unreported)
      continue;
    if (l->var) {
      if (l->escapes)
        note_at(s->pos, "moved to heap: %s", l->var->name);
    } else {
      note_at(s->pos, "%s %s", s->verdict_spell ? s->verdict_spell : s->spell, l->escapes ? "escapes to heap" : "does not escape");
    }
  }
}

// ---------------------------------------------------------------- -m=2


static char *fmt_pos(Pos p) {
  if (!p.file)
    return xstrdup("<unknown line number>");
  return pos_text(p);
}

static void print_flow(const char *pos, Loc *dst, Loc *src, int derefs, Note *notes) {
  char ops[64] = "&";
  if (derefs >= 0) {
    int n = derefs < 60 ? derefs : 60;
    memset(ops, '*', n);
    ops[n] = 0;
  }
  diag_raw("%s:   flow: %s = %s%s:\n", pos, loc_name(dst), ops, loc_name(src));
  // The log places the flow at its first note (else at the source) and
  // each note at its own position, where -m=2 prints them all at pos.
  logopt_step(notes ? notes->pos : loc_pos(src),
              xfmt("escflow:    flow: %s = %s%s:", loc_name(dst), ops, loc_name(src)));
  for (Note *n = notes; n; n = n->next) {
    diag_raw("%s:     from %s (%s) at %s\n", pos, n->what, n->why, fmt_pos(n->pos));
    logopt_step(n->pos, xfmt("escflow:      from %s (%s)", n->what, n->why));
  }
}

void explain_flow_escape(Loc *dst, Loc *src, int derefs, Note *notes) {
  if (note_hidden_at(loc_pos(src)))   // (as every note: escgo test's generated main)
    return;
  char *pos = fmt_pos(loc_pos(src));
  const char *what = src->var ? src->var->name : src->site ? src->site->spell : "{temp}";
  diag_raw("%s: %s escapes to heap:\n", pos, what);
  logopt_entry("escapes", loc_pos(src), xfmt("%s escapes to heap", what));
  print_flow(pos, dst, src, derefs, notes);
}

static bool seen_before(Vec *v, Loc *l) {
  for (int i = 0; i < v->len; i++)
    if (v->data[i] == l)
      return true;
  return false;
}

// Prints the header ("MSG:") and the path from l to root recorded by the
// walk; the log gets them as an entry of code.
void explain_walk(Batch *b, Loc *root, Loc *l, const char *code, const char *msg) {
  if (note_hidden_at(loc_pos(l)))
    return;
  char *pos = fmt_pos(loc_pos(l));
  diag_raw("%s: %s:\n", pos, msg);
  logopt_entry(code, loc_pos(l), msg);
  Loc *src = l;
  Vec seen = {0};   // (paths are short: a linear search)
  while (src != root && src->dst) {
    if (seen_before(&seen, src)) {   // gc stops at the first location seen twice
      diag_raw("%s:   warning: truncated explanation due to assignment cycle; "
                      "see golang.org/issue/35518\n", pos);
      break;
    }
    vec_push(&seen, src);
    Loc *dst = src->dst;
    Edge *e = &dst->edges[src->dst_edge];
    print_flow(pos, dst, src, e->derefs, e->notes);
    src = dst;
  }
  free(seen.data);
}
