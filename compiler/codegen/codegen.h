// codegen.h — the code generator's public interface: IR -> an LLVM module
// through the LLVM C API, written as an object file (or .ll text with
// -emit-llvm). It only reads escape analysis's verdicts: a V_STACK site is an
// entry-block alloca, a V_HEAP site a call of the runtime's allocator.
// internal.h has the conventions every file follows.
#ifndef ESCGO_CODEGEN_H
#define ESCGO_CODEGEN_H

#include "ir/ir.h"

// Returns 0 on success.
// The whole program in one module, with its entry main..init.
int codegen_program(Program *prog, const char *out_path);
// The same in steps, so the driver can optimise and emit it in parts, one
// process each: codegen_program_module builds the module; codegen_parts
// says how many parts it is worth on ncpu processors; codegen_emit keeps
// part `part` of nparts (the other parts' functions become declarations),
// optimises it and writes it to out_path. Every part's object is linked.
typedef struct CG CodegenModule;
CodegenModule *codegen_program_module(Program *prog);
CodegenModule *codegen_package_module(Program *pkg);   // codegen_package's module, for parts
// The symbols of m's own definitions no other module may see: parts of a
// package's module, joined into one object, must hide them again
// (objcopy --localize-symbols), or two packages' objects could clash.
Vec codegen_local_symbols(CodegenModule *m);
int codegen_parts(CodegenModule *m, int ncpu);
int codegen_emit(CodegenModule *m, int part, int nparts, const char *out_path);
void codegen_free(CodegenModule *m);
// One package's module, for the build cache: its functions and globals
// (those another package may name with external linkage), the other
// packages' as declarations; type descriptors shared by name across modules.
int codegen_package(Program *pkg, const char *out_path);
// The program's entry main..init alone: calls every package's init in order.
int codegen_entry(Program *all, const char *out_path);
// What the object code depends on besides the program: LLVM's version and
// the target (triple, host CPU and its features), for the build cache's key.
char *codegen_target_id(void);
// Whether codegen gives a body to the function of this link name that Go
// declares without one (sync/atomic's, written in Go's assembly).
bool codegen_defines_bodyless(const char *lname);

#endif
