// escape.h — escape analysis's public interface (gc's cmd/compile/internal/escape):
// gives every allocation site of the program its verdict, V_STACK or V_HEAP,
// with the reason, and prints gc's -m / -m=2 diagnostics when asked.
// internal.h has the graph and lists the files.
#ifndef ESCGO_ESCAPE_H
#define ESCGO_ESCAPE_H

#include "ir/ir.h"

void escape_analyze(Program *prog);
// One of gc's generated method wrappers (lower's gc_method_wrappers),
// analysed alone after everything else, as gc does: -m=2 explains its
// flows; no "leaking param" lines (gc's DUPOK functions say none).
void escape_explain_wrapper(Func *w);

// A parameter's escape tag (gc's leak summary): for the heap and each of the
// first results, the fewest dereferences on a path from the parameter, -1
// for none. export/ writes them and reads them back for the importers.
enum { NUM_ESC_RESULTS = 7 };
typedef struct Leaks {
  int heap;
  int result[NUM_ESC_RESULTS];
} Leaks;
// Parameter i's tag once f is analysed, else NULL.
const Leaks *escape_param_tag(Func *f, int i);
// f comes from export data: its tags are final, it is never analysed again.
void escape_set_tags(Func *f, const Leaks *tags);

#endif
