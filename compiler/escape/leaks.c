// leaks.c — parameter summaries. After a function's batch is solved, each
// pointer-carrying parameter is summarised by where its value can go: to the
// heap and/or to one of the first results, each with the fewest dereferences
// on the way. Callers in later batches use these tags instead of the body,
// which is what makes the analysis interprocedural and bottom-up.
#include "internal.h"

#include <string.h>

void leaks_init(Leaks *l) {
  l->heap = -1;
  for (int i = 0; i < NUM_ESC_RESULTS; i++)
    l->result[i] = -1;
}

static void add(int *slot, int derefs) {
  if (derefs < 0)
    ice("escape: negative leak");
  if (derefs > 254)
    derefs = 254;
  if (*slot < 0 || derefs < *slot)
    *slot = derefs;
}

void leaks_add_heap(Leaks *l, int derefs) { add(&l->heap, derefs); }

void leaks_add_result(Leaks *l, int i, int derefs) { add(&l->result[i], derefs); }

// A path to the heap makes equal or longer paths to results redundant.
void leaks_optimize(Leaks *l) {
  if (l->heap < 0)
    return;
  for (int i = 0; i < NUM_ESC_RESULTS; i++)
    if (l->result[i] >= l->heap)
      l->result[i] = -1;
}

bool leaks_empty(Leaks *l) {
  if (l->heap >= 0)
    return false;
  for (int i = 0; i < NUM_ESC_RESULTS; i++)
    if (l->result[i] >= 0)
      return false;
  return true;
}

// Passing an argument to a parameter with summary `tag`: the argument flows
// to the heap and to the call's result holes at the recorded depths.
Hole tag_hole(Escape *esc, Hole *ks, int nks, Leaks *tag) {
  Hole out[1 + NUM_ESC_RESULTS];
  int n = 0;
  if (tag->heap >= 0)
    out[n++] = hole_shift(heap_hole(esc->b), tag->heap);
  for (int i = 0; i < NUM_ESC_RESULTS && nks; i++)
    if (tag->result[i] >= 0)
      out[n++] = hole_shift(ks[nks == 1 ? 0 : i], tag->result[i]);
  return tee_hole(esc, out, n);
}

EscFunc *esc_func(Func *f) {
  if (!f->esc) {
    EscFunc *ef = xmalloc(sizeof(EscFunc));
    ef->batch = -1;
    f->esc = ef;
  }
  return f->esc;
}

const Leaks *escape_param_tag(Func *f, int i) {
  EscFunc *ef = f->esc;
  return ef && ef->tagged && ef->tags && i < f->nparams ? &ef->tags[i] : NULL;
}

void escape_set_tags(Func *f, const Leaks *tags) {
  EscFunc *ef = esc_func(f);
  ef->tags = xmalloc(sizeof(Leaks) * (f->nparams + 1));
  for (int i = 0; i < f->nparams; i++)
    ef->tags[i] = tags[i];
  ef->tagged = true;
}

// ---------------------------------------------------------------- the C runtime's calls
//
// A call the IR makes to the C runtime (IR_RTCALL: close, len and cap of a
// channel) has a summary written here, like gc's //go:noescape: one letter
// per parameter, 'n' does not escape; any other C function's parameters
// leak to the heap. gc's close, len and cap discard the channel.

static const struct {
  const char *csym;
  const char *tags;
} pkg_tags[] = {
    {"escgo_closechan", "n"}, {"escgo_chanlen", "n"}, {"escgo_chancap", "n"},
};

Leaks *pkgfunc_tags(const char *csym, int nparams) {
  Leaks *tags = xmalloc(sizeof(Leaks) * (nparams + 1));
  const char *t = NULL;
  for (size_t i = 0; i < sizeof(pkg_tags) / sizeof(pkg_tags[0]); i++)
    if (!strcmp(pkg_tags[i].csym, csym))
      t = pkg_tags[i].tags;
  for (int i = 0; i < nparams; i++) {
    leaks_init(&tags[i]);
    if (!t || i >= (int)strlen(t) || t[i] != 'n')
      tags[i].heap = 0;   // unknown: assume the worst
  }
  return tags;
}
