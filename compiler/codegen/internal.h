// internal.h — private header of the code generator (codegen.c and the other files here).
//
// Conventions every codegen/*.c file follows, so one source works on LLVM 14
// (typed pointers) and 15+ (opaque pointers):
//   - Every address we carry around has the generic pointer type cg_ptrty()
//     (i8* on 14, ptr on 15+). Typed uses go through cg_load/cg_store/cg_gep*,
//     which insert a bitcast only where the types differ (a no-op on 15+).
//   - A Go bool is i8 everywhere (registers and memory, 0 or 1); comparisons
//     produce i1 and are widened at once; branches test `!= 0` (cg_cond).
//   - A Go value of any type is one LLVM value of cg_type(t): aggregates
//     (strings, slices, interfaces, structs, arrays) are first-class values.
#ifndef ESCGO_CODEGEN_INTERNAL_H
#define ESCGO_CODEGEN_INTERNAL_H

#include "codegen.h"

#include <stdlib.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/Core.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm/Config/llvm-config.h>

// Per-Type codegen data, hung on Type.cg.
typedef struct CgType {
  LLVMTypeRef ty;
  int *fidx;           // STRUCT: LLVM element index of Go field i (padding elements skipped)
} CgType;

// Per-Var codegen data, hung on Var.cg.
typedef struct CgVar {
  LLVMValueRef addr;   // storage pointer (alloca, global, or the stack site's alloca)
  LLVMValueRef slot;   // heap site: an alloca holding the current storage pointer
  bool has_decl;       // an IR_S_DECL initialises it (no zeroing at function entry)
} CgVar;

// Per-Func codegen data, hung on Func.cg.
typedef struct CgFunc {
  LLVMValueRef fn;
  LLVMTypeRef ty;
} CgFunc;

typedef struct Label {
  char *name;
  LLVMBasicBlockRef bb;
} Label;

// The generator's state: one module, the function being emitted.
typedef struct CG {
  LLVMContextRef ctx;
  LLVMModuleRef mod;
  LLVMBuilderRef b;        // the builder at the current position
  LLVMBuilderRef eb;       // positioned before the entry block's terminator (allocas)
  LLVMTargetDataRef td;
  Program *prog;
  Func *fn;                // function being emitted
  LLVMValueRef llfn;
  LLVMValueRef *site_mem;  // by Site.id: this function's stack alloca for the site
  int nsite_mem;
  Vec labels;              // Label*, this function's
  Vec panics;              // PanicBlock* (codegen.c), this function's shared panic calls
  int nstr;                // counter for string constant names
  Vec touched;             // Types whose cg/cg_desc caches belong to this module
  LLVMValueRef defer_frame;   // this function's defer frame (codegen/closure.c), or NULL
  LLVMValueRef recover_token; // alloca holding escgo_defer_token() (functions calling recover)
  // common types
  LLVMTypeRef i1, i8, i16, i32, i64, f32, f64, voidty, ptr;
  LLVMTypeRef strty, slicety, ifacety, gotype, gofield;
} CG;

extern CG cg;

// ---- codegen.c: helpers shared by the codegen/*.c files
LLVMTypeRef cg_ptrty(void);
LLVMValueRef cg_castptr(LLVMValueRef v, LLVMTypeRef ty);   // bitcast pointer if types differ
LLVMValueRef cg_load(LLVMTypeRef ty, LLVMValueRef p);     // aggregates: scalar by scalar
void cg_store(LLVMValueRef v, LLVMValueRef p);
LLVMValueRef cg_extract(LLVMValueRef agg, unsigned i);    // extractvalue, folded when possible
LLVMValueRef cg_gep_field(LLVMTypeRef sty, LLVMValueRef p, unsigned idx);
LLVMValueRef cg_gep_elem(LLVMTypeRef ety, LLVMValueRef p, LLVMValueRef idx);
LLVMValueRef cg_gep_bytes(LLVMValueRef p, LLVMValueRef off);
LLVMValueRef cg_alloca(LLVMTypeRef ty, int64_t align);   // entry block; returns generic ptr
void cg_memzero(LLVMValueRef p, int64_t size, int64_t align);
void cg_memmove(LLVMValueRef dst, LLVMValueRef src, LLVMValueRef size);
LLVMValueRef cg_call(LLVMValueRef fn, LLVMValueRef *args, int n);
LLVMValueRef cg_rtfn(const char *name, LLVMTypeRef ret, LLVMTypeRef *params, int n);
LLVMValueRef cg_rtcall(const char *name, LLVMTypeRef ret, LLVMTypeRef *params,
                       LLVMValueRef *args, int n);
void cg_panic(const char *name, LLVMValueRef *args, int n);   // noreturn runtime call
void cg_check(LLVMValueRef failed, const char *panicfn, LLVMValueRef *args, int n);
LLVMValueRef cg_cond(LLVMValueRef v);         // Go bool (i8) -> i1
LLVMValueRef cg_bool(LLVMValueRef c);         // i1 -> Go bool (i8)
LLVMValueRef cg_i64(int64_t v);
LLVMBasicBlockRef cg_block(const char *name);
void cg_br(LLVMBasicBlockRef bb);             // branch unless the block is already terminated
void cg_at(LLVMBasicBlockRef bb);             // position the builder at the end of bb
LLVMValueRef cg_site_alloc(Site *s);
// codegen/prof.c: -allocprof
void cg_prof_mark(Site *s);
void cg_prof_clear(void);
LLVMValueRef cg_prof_call(Site *s, const char *fn, LLVMTypeRef ret, LLVMTypeRef *ps,
                          LLVMValueRef *args, int n);
void cg_prof_table(Program *prog);          // fresh zeroed memory for one execution of s
LLVMValueRef cg_site_buf(Site *s, int64_t bytes);  // stack: a tmp buffer; heap: null
LLVMValueRef cg_var_addr(Var *v);
LLVMValueRef cg_strconst(const char *s, int64_t len);  // a Go string value

// ---- codegen/debug.c (line tables for gdb)
void cg_debug_reset(void);
void cg_debug_func(Func *f, LLVMValueRef fn);
void cg_debug_loc(Pos pos);
void cg_debug_loc_none(void);   // line 0: code shared by several source lines
void cg_debug_finish(void);   // before verification

// ---- codegen/types.c
void cg_types_init(void);
LLVMTypeRef cg_type(Type *t);             // value/memory type of a Go type
int cg_field_index(Type *st, int field);  // LLVM element index of a Go struct field
LLVMTypeRef cg_func_type(Func *f);
LLVMValueRef cg_type_desc(Type *t);       // the GoType descriptor global (generic pointer)
int64_t cg_size(Type *t);
int64_t cg_align(Type *t);
bool cg_has_ptrs(Type *t);

// ---- codegen/expr.c
LLVMValueRef cg_expr(IRExpr *e);
LLVMValueRef cg_addr(IRExpr *e);          // address of a place
bool cg_is_place(IRExpr *e);
void cg_assign(IRExpr *dst, IRExpr *src); // dst = src (src NULL: zero)
void cg_store_expr(LLVMValueRef addr, IRExpr *src, Type *t);   // *addr = src
LLVMValueRef cg_zero(Type *t);
LLVMValueRef cg_to_i64(LLVMValueRef v, Type *t);   // integer of type t -> i64 (sign per t)

// ---- codegen/ops.c (operators, conversions, comparisons, boxing)
LLVMValueRef cg_unary(IRExpr *e);
LLVMValueRef cg_binary(IRExpr *e);
LLVMValueRef cg_compare(TokKind op, Type *t, LLVMValueRef x, LLVMValueRef y);
LLVMValueRef cg_conv(LLVMValueRef v, Type *from, Type *to);
LLVMValueRef cg_box(IRExpr *e);

// ---- codegen/iface.c (interface method calls, type assertions)
LLVMValueRef cg_icall(IRExpr *e);
LLVMValueRef cg_assert(IRExpr *e);

// ---- codegen/runtime.c (slices, strings, appends, runtime calls)
LLVMValueRef cg_rtcall_expr(IRExpr *e);
LLVMValueRef cg_slice_expr(IRExpr *e);
LLVMValueRef cg_append(IRExpr *e);
LLVMValueRef cg_copy(IRExpr *e);
LLVMValueRef cg_concat(IRExpr *e);
LLVMValueRef cg_strconv(IRExpr *e);
LLVMValueRef cg_decoderune(IRExpr *e);
LLVMValueRef cg_makeslice(IRExpr *e);
LLVMValueRef cg_slicelit(IRExpr *e);
void cg_print(IRStmt *s);

// ---- codegen/map.c (maps through runtime/map.c)
LLVMValueRef cg_makemap(IRExpr *e);
LLVMValueRef cg_mapindex(IRExpr *e);
void cg_mapassign(IRExpr *dst, IRExpr *src);   // IR_S_ASSIGN to an IR_MAPINDEX
LLVMValueRef cg_mapdelete(IRExpr *e);
// codegen/chan.c: go statements and channels
void cg_go_stmt(IRStmt *s);
void cg_send_stmt(IRStmt *s);
LLVMValueRef cg_makechan(IRExpr *e);
LLVMValueRef cg_recv(IRExpr *e);
LLVMValueRef cg_select(IRExpr *e);
LLVMValueRef cg_maplen(LLVMValueRef m);
LLVMValueRef cg_mapiter(IRExpr *e);            // IR_MAPITERINIT/NEXT/KEY/VAL

// ---- codegen/closure.c (func values, closures, defer, recover)
LLVMTypeRef cg_closure_fn_type(Type *sig);     // code of a func value: (ctx, params...) -> results
LLVMValueRef cg_funcvalue(Func *f);
LLVMValueRef cg_closure(IRExpr *e);
LLVMValueRef cg_callvalue(IRExpr *e);
LLVMValueRef cg_recover(IRExpr *e);
void cg_bind_captures(Func *f);
int cg_param_offset(Func *f);                  // 1 for a closure's hidden context parameter
void cg_defer_prologue(Func *f);
void cg_defer_finish(Func *f, LLVMValueRef *vals);   // a return's results, after the defers ran
void cg_defer_stmt(IRStmt *s);

#endif
