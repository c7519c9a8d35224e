// codegen/debug.c — line-level DWARF, so gdb can `break main.go:LINE`, `bt`
// shows Go function names, and perf can attribute samples to lines. Line
// tables only: every statement carries a location in its function's
// DISubprogram; variables are not described.
#include "internal.h"

#include <llvm-c/DebugInfo.h>
#include <string.h>
#include <unistd.h>

static LLVMDIBuilderRef dib;
static LLVMMetadataRef cur_sp;
static SrcFile *files[64];
static LLVMMetadataRef difiles[64];
static int nfiles;

static LLVMMetadataRef file_md(SrcFile *f) {
  for (int i = 0; i < nfiles; i++)
    if (files[i] == f)
      return difiles[i];
  char dir[4096];
  if (!getcwd(dir, sizeof dir))
    strcpy(dir, ".");
  LLVMMetadataRef md = LLVMDIBuilderCreateFile(dib, f->path, strlen(f->path), dir, strlen(dir));
  if (nfiles < 64) {
    files[nfiles] = f;
    difiles[nfiles++] = md;
  }
  return md;
}

// Creates the builder and compile unit on the first function with a file.
static void start(CG *cg, SrcFile *f) {
  dib = LLVMCreateDIBuilder(cg->mod);
  LLVMAddModuleFlag(cg->mod, LLVMModuleFlagBehaviorWarning, "Debug Info Version", 18,
                    LLVMValueAsMetadata(LLVMConstInt(cg->i32, LLVMDebugMetadataVersion(), 0)));
  LLVMAddModuleFlag(cg->mod, LLVMModuleFlagBehaviorWarning, "Dwarf Version", 13,
                    LLVMValueAsMetadata(LLVMConstInt(cg->i32, 4, 0)));
  LLVMMetadataRef file = file_md(f);
  const char *producer = "escgo";
  LLVMDIBuilderCreateCompileUnit(dib, LLVMDWARFSourceLanguageGo, file, producer,
                                 strlen(producer), flags.opt_level > 0, "", 0, 0, "", 0,
                                 LLVMDWARFEmissionLineTablesOnly, 0, 0, 0, "", 0, "", 0);
}

void cg_debug_reset(void) {
  dib = NULL;
  cur_sp = NULL;
  nfiles = 0;
}

// Attaches a DISubprogram to fn (when f has a source file) and makes it
// the scope of the locations that follow.
void cg_debug_func(CG *cg, Func *f, LLVMValueRef fn) {
  cur_sp = NULL;
  LLVMSetCurrentDebugLocation2(cg->b, NULL);
  SrcFile *sf = f->pos.file;
  if (!sf || !sf->path)
    return;
  if (!dib)
    start(cg, sf);
  LLVMMetadataRef file = file_md(sf);
  LLVMMetadataRef ty = LLVMDIBuilderCreateSubroutineType(dib, file, NULL, 0, LLVMDIFlagZero);
  const char *name = f->name ? f->name : "?";
  size_t nlen;
  const char *lname = LLVMGetValueName2(fn, &nlen);
  bool local = LLVMGetLinkage(fn) == LLVMInternalLinkage;
  cur_sp = LLVMDIBuilderCreateFunction(dib, file, name, strlen(name), lname, nlen, file,
                                       f->pos.line, ty, local, 1, f->pos.line, LLVMDIFlagZero,
                                       flags.opt_level > 0);
  LLVMSetSubprogram(fn, cur_sp);
  cg_debug_loc(cg, f->pos);
}

// Instructions built from now on belong to source position pos.
void cg_debug_loc(CG *cg, Pos pos) {
  if (!cur_sp || pos.line <= 0)
    return;
  LLVMMetadataRef loc = LLVMDIBuilderCreateDebugLocation(cg->ctx, pos.line, pos.col, cur_sp, NULL);
  LLVMSetCurrentDebugLocation2(cg->b, loc);
}

// Line 0 in the current function: DWARF's "no particular source line", for
// code several lines share (the per-function panic calls of cg_check).
void cg_debug_loc_none(CG *cg) {
  if (!cur_sp)
    return;
  LLVMSetCurrentDebugLocation2(cg->b, LLVMDIBuilderCreateDebugLocation(cg->ctx, 0, 0, cur_sp, NULL));
}

void cg_debug_finish(void) {
  if (dib) {
    LLVMDIBuilderFinalize(dib);
    LLVMDisposeDIBuilder(dib);
  }
  cg_debug_reset();
}
