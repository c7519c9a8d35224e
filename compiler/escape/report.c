// report.c — what -m prints, in gc 1.19's words and order: parameter tags
// of each function of a batch, then every variable and allocation site in
// the order its location was created. -m=2 adds the path that made a value
// escape ("flow: {heap} = &x:" with "from ... (why) at POS" lines).
#include "internal.h"

#include <string.h>

static const char *result_name(Func *f, int i) {
  Var *r = f->results[i];
  return r->name && strcmp(r->name, "_") ? r->name : xfmt("~r%d", i);
}

void report_param_tags(Func *f) {
  EscFunc *ef = esc_func(f);
  for (int i = 0; i < f->nparams; i++) {
    Var *p = f->params[i];
    Loc *l = ef->param_locs[i];
    if (!type_has_ptrs(p->type) || !l || !strcmp(p->name, "_"))
      continue;
    Leaks esc = l->param_esc;
    leaks_optimize(&esc);
    ef->tags[i] = esc;
    if (!flags.m || l->escapes || f->mtab_wrapper)
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
    if (!flags.m || s->unreported)
      continue;
    if (l->var) {
      if (l->escapes)
        note_at(s->pos, "moved to heap: %s", l->var->name);
    } else {
      note_at(s->pos, "%s %s", s->spell, l->escapes ? "escapes to heap" : "does not escape");
    }
  }
}

// ---------------------------------------------------------------- -m=2


static char *fmt_pos(Pos p) {
  if (!p.file)
    return xstrdup("<unknown line number>");
  return xfmt("%s:%d:%d", p.file->display, p.line, p.col);
}

static void print_flow(const char *pos, Loc *dst, Loc *src, int derefs, Note *notes) {
  char ops[64] = "&";
  if (derefs >= 0) {
    int n = derefs < 60 ? derefs : 60;
    memset(ops, '*', n);
    ops[n] = 0;
  }
  diag_raw("%s:   flow: %s = %s%s:\n", pos, loc_name(dst), ops, loc_name(src));
  for (Note *n = notes; n; n = n->next)
    diag_raw("%s:     from %s (%s) at %s\n", pos, n->what, n->why, fmt_pos(n->pos));
}

void explain_flow_escape(Loc *dst, Loc *src, int derefs, Note *notes) {
  char *pos = fmt_pos(loc_pos(src));
  diag_raw("%s: %s escapes to heap:\n", pos, src->var ? src->var->name : src->site ? src->site->spell : "{temp}");
  print_flow(pos, dst, src, derefs, notes);
}

// Prints the header and the path from l to root recorded by the walk.
void explain_walk(Batch *b, Loc *root, Loc *l, const char *header) {
  char *pos = fmt_pos(loc_pos(l));
  diag_raw("%s: %s\n", pos, header);
  Loc *src = l;
  for (int guard = 0; src != root && src->dst; guard++) {
    if (guard > b->locs.len + 1) {
      diag_raw("%s:   warning: truncated explanation due to assignment cycle; "
                      "see golang.org/issue/35518\n", pos);
      break;
    }
    Loc *dst = src->dst;
    Edge *e = &dst->edges[src->dst_edge];
    print_flow(pos, dst, src, e->derefs, e->notes);
    src = dst;
  }
}
