// escape.h — escape analysis's public interface (gc's cmd/compile/internal/escape):
// gives every allocation site of the program its verdict, V_STACK or V_HEAP,
// with the reason, and prints gc's -m / -m=2 diagnostics when asked.
// internal.h has the graph and lists the files.
#ifndef ESCGO_ESCAPE_H
#define ESCGO_ESCAPE_H

#include "ir/ir.h"

void escape_analyze(Program *prog);

#endif
