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

// Export data carries whether a function may be inlined, and its cost: an
// importer's cost model charges a call to it that cost instead of gc's
// extra call cost, whether the package was compiled in this process or read
// from the build cache. inline_exported_cost: the cost, or -1 if calls to f
// are not inlined. inline_import_cost: f (read from export data) may be
// inlined at that cost (its body does not travel yet: such calls stay calls).
int inline_exported_cost(Func *f);
void inline_import_cost(Func *f, int cost);
// And the body: inline_exported_body is f's body as saved when f was found
// inlinable (gc's fn.Inl.Body), NULL if calls to f are not expanded;
// inline_import_body gives f (of another package) the function export data
// read for it, whose body the importer's calls of f expand to.
IRStmt *inline_exported_body(Func *f);
void inline_import_body(Func *f, Func *body);
// A func literal of such a body travels with it: inline_closure_cost is
// its cost, -1 when it may not be inlined, -2 when that was never decided
// (it cannot travel); *as_text (if as_text) gets gc's spelling of its body
// for -m=2, or the reason it may not be inlined. inline_import_closure gives
// the literal read back those facts: a copy of it inlined into an
// importer's function is checked, and reported, as that function's own
// literal would be (can inline main.func2).
int inline_closure_cost(Func *lit, const char **as_text);
void inline_import_closure(Func *lit, int cost, const char *as_text);

#endif
