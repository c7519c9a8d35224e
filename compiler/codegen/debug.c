// codegen/debug.c — line-level DWARF, so gdb can `break main.go:LINE`, `bt`
// shows Go function names, and perf can attribute samples to lines. Line
// tables only: every statement carries a location in its function's
// DISubprogram; variables are not described.
#include "internal.h"

#include <llvm-c/DebugInfo.h>
#include <string.h>
#include <unistd.h>

static LLVMMetadataRef file_md(CG *cg, SrcFile *f) {
  for (int i = 0; i < cg->ndifiles; i++)
    if (cg->difile_src[i] == f)
      return cg->difile_md[i];
  char dir[4096];
  if (!getcwd(dir, sizeof dir))
    strcpy(dir, ".");
  // Absolute, as gc's tracebacks print files ("/src/m/geom/geom.go"): a
  // relative name in a subdirectory would not be joined with dir.
  const char *path = f->path[0] == '/' ? f->path : xfmt("%s/%s", dir, f->path);
  LLVMMetadataRef md = LLVMDIBuilderCreateFile(cg->dib, path, strlen(path), dir, strlen(dir));
  if (cg->ndifiles < 64) {
    cg->difile_src[cg->ndifiles] = f;
    cg->difile_md[cg->ndifiles++] = md;
  }
  return md;
}

// Creates the builder and compile unit on the first function with a file.
static void start(CG *cg, SrcFile *f) {
  cg->dib = LLVMCreateDIBuilder(cg->mod);
  LLVMAddModuleFlag(cg->mod, LLVMModuleFlagBehaviorWarning, "Debug Info Version", 18,
                    LLVMValueAsMetadata(LLVMConstInt(cg->i32, LLVMDebugMetadataVersion(), 0)));
  LLVMAddModuleFlag(cg->mod, LLVMModuleFlagBehaviorWarning, "Dwarf Version", 13,
                    LLVMValueAsMetadata(LLVMConstInt(cg->i32, 4, 0)));
  LLVMMetadataRef file = file_md(cg, f);
  const char *producer = "escgo";
  LLVMDIBuilderCreateCompileUnit(cg->dib, LLVMDWARFSourceLanguageGo, file, producer,
                                 strlen(producer), flags.opt_level > 0, "", 0, 0, "", 0,
                                 LLVMDWARFEmissionLineTablesOnly, 0, 0, 0, "", 0, "", 0);
}

void cg_debug_reset(CG *cg) {
  cg->dib = NULL;
  cg->cur_sp = NULL;
  cg->inlined_at = NULL;
  cg->ndifiles = 0;
}

// Attaches a DISubprogram to fn (when f has a source file) and makes it
// the scope of the locations that follow.
void cg_debug_func(CG *cg, Func *f, LLVMValueRef fn) {
  cg->cur_sp = NULL;
  cg->inlined_at = NULL;
  LLVMSetCurrentDebugLocation2(cg->b, NULL);
  SrcFile *sf = f->pos.file;
  if (!sf || !sf->path)
    return;
  if (!cg->dib)
    start(cg, sf);
  LLVMMetadataRef file = file_md(cg, sf);
  LLVMMetadataRef ty = LLVMDIBuilderCreateSubroutineType(cg->dib, file, NULL, 0, LLVMDIFlagZero);
  // Named as gc names functions in tracebacks (main.f, main.(*T).M), which
  // is also the link name: the runtime's traceback prints the names of
  // functions LLVM inlined from these records.
  size_t nlen;
  const char *lname = LLVMGetValueName2(fn, &nlen);
  const char *name = lname;
  bool local = LLVMGetLinkage(fn) == LLVMInternalLinkage;
  cg->cur_sp = LLVMDIBuilderCreateFunction(cg->dib, file, name, strlen(name), lname, nlen, file,
                                       f->pos.line, ty, local, 1, f->pos.line, LLVMDIFlagZero,
                                       flags.opt_level > 0);
  LLVMSetSubprogram(fn, cg->cur_sp);
  cg_debug_loc(cg, f->pos);
}

// Instructions built from now on belong to source position pos.
void cg_debug_loc(CG *cg, Pos pos) {
  if (!cg->cur_sp || pos.line <= 0)
    return;
  cg->cur_line = pos.line;
  LLVMMetadataRef loc =
      LLVMDIBuilderCreateDebugLocation(cg->ctx, pos.line, pos.col, cg->cur_sp, cg->inlined_at);
  LLVMSetCurrentDebugLocation2(cg->b, loc);
}

// The callee's subprogram (as an inlined function it needs one of its own,
// named by its link name like the function's) and the call's location.
CGDebugScope cg_debug_enter_inlined(CG *cg, Func *callee, Pos pos) {
  CGDebugScope saved = {cg->cur_sp, cg->inlined_at};
  SrcFile *sf = callee->pos.file;
  if (!cg->cur_sp || !sf || !sf->path || pos.line <= 0)
    return saved;
  LLVMMetadataRef at = LLVMDIBuilderCreateDebugLocation(cg->ctx, pos.line, pos.col, cg->cur_sp,
                                                        cg->inlined_at);
  LLVMMetadataRef file = file_md(cg, sf);
  LLVMMetadataRef ty = LLVMDIBuilderCreateSubroutineType(cg->dib, file, NULL, 0, LLVMDIFlagZero);
  const char *name = callee->lname;
  cg->cur_sp = LLVMDIBuilderCreateFunction(cg->dib, file, name, strlen(name), name, strlen(name),
                                           file, callee->pos.line, ty, true, 1, callee->pos.line,
                                           LLVMDIFlagZero, flags.opt_level > 0);
  cg->inlined_at = at;
  return saved;
}

void cg_debug_leave_inlined(CG *cg, CGDebugScope saved) {
  cg->cur_sp = saved.sp;
  cg->inlined_at = saved.at;
}

void cg_debug_finish(CG *cg) {
  if (cg->dib) {
    LLVMDIBuilderFinalize(cg->dib);
    LLVMDisposeDIBuilder(cg->dib);
  }
  cg_debug_reset(cg);
}
