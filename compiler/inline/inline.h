// inline.h — the inliner's public interface (gc 1.19's cmd/compile/internal/inline):
// decides which functions of a package may be inlined, with gc's cost model
// and reasons, and expands their calls in the IR, so that escape analysis
// (escape/) and code generation see the inlined bodies, as in gc.
#ifndef ESCGO_INLINE_H
#define ESCGO_INLINE_H

#include "ir/ir.h"

// Runs after lowering, before escape analysis. With -l (flags.no_inline)
// it does nothing. Prints gc's -m lines: "can inline F", "inlining call to
// F", and with -m=2 "can inline F with cost N as: ..." / "cannot inline F: ...".
void inline_package(Program *prog);

// f's cost in gc's model once inline_package has weighed it, else -1 (codegen
// keeps LLVM from inlining what gc would find far too big: see declare_func).
int inline_cost(Func *f);
enum { INLINE_BUDGET = 80 };   // gc's inlineMaxBudget

#endif
