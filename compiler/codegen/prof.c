// codegen/prof.c — -allocprof: an exact allocation profile by site.
//
// With -allocprof every heap allocation that belongs to an allocation site is
// preceded by escgo_prof_site(id), and the module carries a table describing
// each site (function, file:line, gc's spelling, why it is on the heap). The
// runtime (runtime/prof.c) charges every allocation to the site named last
// and prints the table at exit. Without -allocprof nothing of this is emitted.
#include "internal.h"

#include <string.h>

void cg_prof_mark(CG *cg, Site *s) {
  if (!flags.allocprof || !s)
    return;
  LLVMTypeRef ps[] = {cg->i32};
  LLVMValueRef args[] = {LLVMConstInt(cg->i32, (unsigned)s->id, 0)};
  cg_rtcall(cg, "escgo_prof_site", LLVMVoidTypeInContext(cg->ctx), ps, args, 1);
}

// A runtime call that may allocate for site s (a string conversion or
// concatenation): the site is named just before and forgotten just after, so
// neither the operands' allocations nor later ones are charged to it.
LLVMValueRef cg_prof_call(CG *cg, Site *s, const char *fn, LLVMTypeRef ret, LLVMTypeRef *ps,
                          LLVMValueRef *args, int n) {
  bool on = flags.allocprof && s && s->verdict != V_STACK;
  if (on)
    cg_prof_mark(cg, s);
  LLVMValueRef r = cg_rtcall(cg, fn, ret, ps, args, n);
  if (on)
    cg_prof_clear(cg);
  return r;
}

void cg_prof_clear(CG *cg) {
  if (!flags.allocprof)
    return;
  LLVMTypeRef ps[] = {cg->i32};
  LLVMValueRef args[] = {LLVMConstInt(cg->i32, 0, 0)};
  cg_rtcall(cg, "escgo_prof_site", LLVMVoidTypeInContext(cg->ctx), ps, args, 1);
}

static LLVMValueRef cstr(CG *cg, const char *s) {
  return cg_castptr(cg, LLVMBuildGlobalStringPtr(cg->b, s ? s : "", ".prof.str"), cg->ptr);
}

// escgo_prof_sites[id] = {func, file, line, spelling, reason}, id 0 unused;
// escgo_prof_nsites = the table's length. The runtime finds both by name.
void cg_prof_table(CG *cg, Program *prog) {
  if (!flags.allocprof)
    return;
  // Global strings need a builder position: use a throwaway function.
  LLVMTypeRef fty = LLVMFunctionType(LLVMVoidTypeInContext(cg->ctx), NULL, 0, 0);
  LLVMValueRef tmp = LLVMAddFunction(cg->mod, "escgo.prof.tmp", fty);
  LLVMPositionBuilderAtEnd(cg->b, LLVMAppendBasicBlockInContext(cg->ctx, tmp, "entry"));
  LLVMTypeRef fields[] = {cg->ptr, cg->ptr, cg->i64, cg->ptr, cg->ptr};
  LLVMTypeRef ety = LLVMStructTypeInContext(cg->ctx, fields, 5, 0);
  int n = prog->sites.len + 1;
  LLVMValueRef *rows = xmalloc(sizeof(LLVMValueRef) * n);
  LLVMValueRef none[] = {LLVMConstNull(cg->ptr), LLVMConstNull(cg->ptr), cg_i64(cg, 0),
                         LLVMConstNull(cg->ptr), LLVMConstNull(cg->ptr)};
  for (int i = 0; i < n; i++)
    rows[i] = LLVMConstNamedStruct(ety, none, 5);
  for (int i = 0; i < prog->sites.len; i++) {
    Site *s = prog->sites.data[i];
    if (s->id <= 0 || s->id >= n)
      continue;
    Site *at = s->inlined_from ? s->inlined_from : s;   // an inlined body's: the callee's line
    const char *fn = at->fn ? at->fn->lname : "main..init";
    const char *file = at->pos.file ? at->pos.file->path : "?";
    const char *slash = strrchr(file, '/');
    LLVMValueRef vals[] = {cstr(cg, fn), cstr(cg, slash ? slash + 1 : file), cg_i64(cg, at->pos.line),
                           cstr(cg, s->spell), cstr(cg, s->reason ? s->reason : "escapes")};
    rows[s->id] = LLVMConstNamedStruct(ety, vals, 5);
  }
  if (flags.allocprof_file) {   // escgo_prof_file: -allocprof=FILE's absolute path
    LLVMValueRef file = LLVMAddGlobal(cg->mod, cg->ptr, "escgo_prof_file");
    LLVMSetInitializer(file, cstr(cg, flags.allocprof_file));
    LLVMSetGlobalConstant(file, 1);
  }
  LLVMBuildRetVoid(cg->b);
  LLVMValueRef table = LLVMAddGlobal(cg->mod, LLVMArrayType(ety, (unsigned)n), "escgo_prof_sites");
  LLVMSetInitializer(table, LLVMConstArray(ety, rows, (unsigned)n));
  LLVMSetGlobalConstant(table, 1);
  LLVMValueRef count = LLVMAddGlobal(cg->mod, cg->i64, "escgo_prof_nsites");
  LLVMSetInitializer(count, cg_i64(cg, n));
  LLVMSetGlobalConstant(count, 1);
  free(rows);
}
