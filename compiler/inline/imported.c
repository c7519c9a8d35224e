// imported.c — what export data says of a function's inlining: gc's export
// data carries an inlinable function's cost (and body), and an importer's
// cost model charges a call to it that cost (mid-stack inlining).
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
  i->expandable = false;   // no body here: the call is not expanded
}
