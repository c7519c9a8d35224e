// codegen.h — the code generator's public interface: IR -> an LLVM module
// through the LLVM C API, written as an object file (or .ll text with
// -emit-llvm). It only reads escape analysis's verdicts: a V_STACK site is an
// entry-block alloca, a V_HEAP site a call of the runtime's allocator.
// internal.h has the conventions every file follows.
#ifndef ESCGO_CODEGEN_H
#define ESCGO_CODEGEN_H

#include "ir/ir.h"

// Returns 0 on success.
int codegen_program(Program *prog, const char *out_path);

#endif
