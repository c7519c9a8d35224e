// imported.c — what export data says of a function's inlining: gc's export
// data carries an inlinable function's cost and body; an importer's cost
// model charges a call to it that cost (mid-stack inlining), and its
// inliner expands the call to a copy of that body.
#include "internal.h"

int inline_exported_cost(Func *f) {
  InlInfo *i = f->inl;
  return i && i->checked && i->can ? i->cost : -1;
}

void inline_import_cost(Func *f, int cost) {
  InlInfo *i = inl_info(f);
  i->checked = true;
  i->can = true;
  i->cost = cost;
  i->expandable = false;   // no body yet: inline_import_body gives it one
}

IRStmt *inline_exported_body(Func *f) {
  InlInfo *i = f->inl;
  return i && i->checked && i->can && i->expandable ? i->body : NULL;
}

void inline_import_body(Func *f, Func *body) {
  InlInfo *i = f->inl;
  if (!i || !i->can)
    return;
  InlInfo *b = inl_info(body);
  b->checked = b->can = b->expandable = b->from_export = true;
  b->cost = i->cost;
  b->body = body->body;
  i->imported = body;
}

// The function whose body a call of f in in's package expands to: f's own
// (a function of this package), the body export data gave another
// package's f, or NULL (not expanded here).
Func *inline_expansion(Inliner *in, Func *f) {
  InlInfo *i = f ? f->inl : NULL;
  if (!i || !i->can)
    return NULL;
  if (i->from_export || i->home == in->prog)
    return i->expandable ? f : NULL;
  return i->imported;
}

int inline_closure_cost(Func *lit, const char **as_text) {
  InlInfo *i = lit->inl;
  if (!i || !i->checked || (i->can && !i->expandable))
    return -2;
  if (as_text)
    *as_text = i->can ? inl_body_string(lit) : i->reason ? i->reason : "";
  return i->can ? i->cost : -1;
}

void inline_import_closure(Func *lit, int cost, const char *as_text) {
  InlInfo *i = inl_info(lit);
  i->closure_import = true;
  i->cost = cost;
  i->import_text = as_text;
}

// The inliner's facts of lit copied into in's function as nf: unchecked, so
// the first call met checks (and reports) it, with the carried cost.
void inline_copy_imported_closure(Inliner *in, Func *lit, Func *nf) {
  InlInfo *i = inl_info(nf);
  i->closure_import = true;
  i->cost = lit->inl->cost;
  i->import_text = lit->inl->import_text;
  i->home = in->prog;
}
