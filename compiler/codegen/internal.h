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
#include "inline/inline.h"

#include <stdlib.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/Comdat.h>
#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
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
  LLVMTargetMachineRef tm;
  Program *prog;
  bool split;              // one package's module of several (codegen_package)
  Vec foreign_funcs;       // Func* of other packages declared here (reset afterwards)
  Vec foreign_vars;        // Var* of other packages declared here (reset afterwards)
  Vec installs;            // split: pairs (descriptor, method table) the module's constructor installs
  Func *fn;                // function being emitted
  bool in_wrapper;         // ... is a wrapper: its calls stay calls (recover's frames, closure.c)
  LLVMValueRef llfn;
  LLVMValueRef *site_mem;  // by Site.id: this function's stack alloca for the site
  int nsite_mem;
  Vec labels;              // Label*, this function's
  Vec panics;              // PanicBlock* (codegen.c), this function's shared panic calls
  int nstr;                // counter for string constant names
  Vec touched;             // Types whose cg/cg_desc caches belong to this module
  LLVMValueRef defer_frame;   // this function's defer frame (codegen/closure.c), or NULL
  LLVMValueRef recover_token; // alloca holding escgo_defer_token() (functions calling recover)
  // debug.c: line tables
  LLVMDIBuilderRef dib;
  LLVMMetadataRef cur_sp;  // the DISubprogram of the function being emitted
                           // (of the inlined function, in an inlined body)
  LLVMMetadataRef inlined_at;  // in an inlined body: the call's location, else NULL
  SrcFile *difile_src[64]; // the source files met so far ...
  LLVMMetadataRef difile_md[64];   // ... and their DIFiles
  int ndifiles;
  int cur_line;            // the line of the code being emitted (cg_debug_loc)
  // common types
  LLVMTypeRef i1, i8, i16, i32, i64, f32, f64, voidty, ptr;
  LLVMTypeRef strty, slicety, ifacety, gotype, gofield;
} CG;


// ---- codegen.c: helpers shared by the codegen/*.c files
LLVMTypeRef cg_ptrty(CG *cg);
CgFunc *cg_func(CG *cg, Func *f);   // f's LLVM function: declared on first use when another package's
void cg_install_methods_ctor(CG *cg);   // types.c: a package module's method-table installer
LLVMValueRef cg_castptr(CG *cg, LLVMValueRef v, LLVMTypeRef ty);   // bitcast pointer if types differ
LLVMValueRef cg_load(CG *cg, LLVMTypeRef ty, LLVMValueRef p);     // aggregates: scalar by scalar
void cg_store(CG *cg, LLVMValueRef v, LLVMValueRef p);
LLVMValueRef cg_extract(CG *cg, LLVMValueRef agg, unsigned i);    // extractvalue, folded when possible
LLVMValueRef cg_gep_field(CG *cg, LLVMTypeRef sty, LLVMValueRef p, unsigned idx);
LLVMValueRef cg_gep_elem(CG *cg, LLVMTypeRef ety, LLVMValueRef p, LLVMValueRef idx);
LLVMValueRef cg_gep_bytes(CG *cg, LLVMValueRef p, LLVMValueRef off);
LLVMValueRef cg_alloca(CG *cg, LLVMTypeRef ty, int64_t align);   // entry block; returns generic ptr
void cg_memzero(CG *cg, LLVMValueRef p, int64_t size, int64_t align);
void cg_memmove(CG *cg, LLVMValueRef dst, LLVMValueRef src, LLVMValueRef size);
void cg_memclr(CG *cg, LLVMValueRef p, LLVMValueRef size);
LLVMValueRef cg_call(CG *cg, LLVMValueRef fn, LLVMValueRef *args, int n);
LLVMValueRef cg_call_type(CG *cg, LLVMTypeRef ft, LLVMValueRef fn, LLVMValueRef *args, int n);
LLVMValueRef cg_rtfn(CG *cg, const char *name, LLVMTypeRef ret, LLVMTypeRef *params, int n);
LLVMValueRef cg_rtcall(CG *cg, const char *name, LLVMTypeRef ret, LLVMTypeRef *params,
                       LLVMValueRef *args, int n);
void cg_panic(CG *cg, const char *name, LLVMValueRef *args, int n);   // noreturn runtime call
void cg_check(CG *cg, LLVMValueRef failed, const char *panicfn, LLVMValueRef *args, int n);
LLVMValueRef cg_cond(CG *cg, LLVMValueRef v);         // Go bool (i8) -> i1
LLVMValueRef cg_bool(CG *cg, LLVMValueRef c);         // i1 -> Go bool (i8)
LLVMValueRef cg_i64(CG *cg, int64_t v);
LLVMBasicBlockRef cg_block(CG *cg, const char *name);
void cg_br(CG *cg, LLVMBasicBlockRef bb);             // branch unless the block is already terminated
void cg_at(CG *cg, LLVMBasicBlockRef bb);             // position the builder at the end of bb
typedef struct { LLVMBasicBlockRef from, done; } SlowPath;   // fast ? a pointer : the slow way's
SlowPath cg_slow_begin(CG *cg, LLVMValueRef fast, const char *slow_name, const char *done_name);
LLVMValueRef cg_slow_end(CG *cg, SlowPath sp, LLVMValueRef fast_val, LLVMValueRef slow_val);
LLVMValueRef cg_site_alloc(CG *cg, Site *s);
// codegen/prof.c: -allocprof
void cg_prof_mark(CG *cg, Site *s);
void cg_prof_clear(CG *cg);
LLVMValueRef cg_prof_call(CG *cg, Site *s, const char *fn, LLVMTypeRef ret, LLVMTypeRef *ps,
                          LLVMValueRef *args, int n);
void cg_prof_table(CG *cg, Program *prog);          // fresh zeroed memory for one execution of s
LLVMValueRef cg_site_buf(CG *cg, Site *s, int64_t bytes);  // stack: a tmp buffer; heap: null
LLVMValueRef cg_var_addr(CG *cg, Var *v);
LLVMValueRef cg_strconst(CG *cg, const char *s, int64_t len);  // a Go string value

// ---- codegen/debug.c (line tables for gdb)
void cg_debug_reset(CG *cg);
void cg_debug_func(CG *cg, Func *f, LLVMValueRef fn);
void cg_debug_loc(CG *cg, Pos pos);
void cg_debug_finish(CG *cg);   // before verification
// An inlined body of callee, called at pos: its locations are callee's
// lines, inlined at pos (tracebacks and gdb show the inlined frame).
typedef struct { LLVMMetadataRef sp, at; } CGDebugScope;
CGDebugScope cg_debug_enter_inlined(CG *cg, Func *callee, Pos pos);
void cg_debug_leave_inlined(CG *cg, CGDebugScope saved);

// ---- codegen/atomic.c
bool cg_atomic_body(CG *cg, Func *f, LLVMValueRef fn);   // sync/atomic's declarations
void cg_inline_definition(CG *cg, LLVMValueRef fn);      // linkonce_odr, always inlined
// ---- codegen/mathintr.c
bool cg_math_body(CG *cg, Func *f, LLVMValueRef fn);     // math's: one LLVM intrinsic
bool cg_math_defines_bodyless(const char *lname);

// ---- codegen/types.c
void cg_types_init(CG *cg);
LLVMTypeRef cg_type(CG *cg, Type *t);             // value/memory type of a Go type
int cg_field_index(CG *cg, Type *st, int field);  // LLVM element index of a Go struct field
LLVMTypeRef cg_func_type(CG *cg, Func *f);
bool cg_is_big(Type *t);                          // copied by memcpy, passed by reference
LLVMTypeRef cg_param_type(CG *cg, Type *t);       // cg_type, or a pointer for a big parameter
LLVMValueRef cg_type_desc(CG *cg, Type *t);       // the GoType descriptor global (generic pointer)
LLVMValueRef cg_const_table(CG *cg, LLVMValueRef init, const char *name);   // private constant
int64_t cg_size(Type *t);
int64_t cg_align(Type *t);
// ---- codegen/reflect.c (what reflect calls through descriptors)
LLVMValueRef cg_reflect_call_stub(CG *cg, Type *sig);    // func type's call(code, ctx, args, results)
LLVMValueRef cg_reflect_bound_stub(CG *cg, Type *sig);   // code of a method value reflect makes
LLVMValueRef cg_reflect_method_code(CG *cg, Type *recv, Type *ftyp, LLVMValueRef wrapper);
LLVMValueRef cg_func_io(CG *cg, Type *sig);              // parameter and result descriptors
bool cg_has_ptrs(Type *t);

// ---- codegen/expr.c
LLVMValueRef cg_expr(CG *cg, IRExpr *e);
void cg_stmt(CG *cg, IRStmt *s);   // codegen.c: one statement (of an inlined body)
// gc's order in a list of operands: those that call (or receive) first,
// left to right, then the others.
void cg_expr_list(CG *cg, IRExpr **es, int n, LLVMValueRef *vals);
// The same for call arguments: a big one (cg_is_big) becomes a pointer to a
// fresh copy of its value.
void cg_arg_list(CG *cg, IRExpr **es, int n, LLVMValueRef *vals);
bool cg_calls(IRExpr *e);
LLVMValueRef cg_addr(CG *cg, IRExpr *e);          // address of a place
bool cg_is_place(IRExpr *e);
void cg_assign(CG *cg, IRExpr *dst, IRExpr *src); // dst = src (src NULL: zero)
void cg_store_expr(CG *cg, LLVMValueRef addr, IRExpr *src, Type *t);   // *addr = src
LLVMValueRef cg_zero(CG *cg, Type *t);
LLVMValueRef cg_to_i64(CG *cg, LLVMValueRef v, Type *t);   // integer of type t -> i64 (sign per t)

// ---- codegen/ops.c (operators, conversions, comparisons, boxing)
LLVMValueRef cg_unary(CG *cg, IRExpr *e);
LLVMValueRef cg_binary(CG *cg, IRExpr *e);
LLVMValueRef cg_compare(CG *cg, TokKind op, Type *t, LLVMValueRef x, LLVMValueRef y);
LLVMValueRef cg_conv(CG *cg, LLVMValueRef v, Type *from, Type *to);
LLVMValueRef cg_box(CG *cg, IRExpr *e);
// codegen/complex.c: complex arithmetic, negation, conversion, complex/real/imag
LLVMValueRef cg_complex_arith(CG *cg, TokKind op, LLVMValueRef x, LLVMValueRef y);
LLVMValueRef cg_complex_neg(CG *cg, LLVMValueRef x);
LLVMValueRef cg_complex_conv(CG *cg, LLVMValueRef v, LLVMTypeRef to);
LLVMValueRef cg_complex_part(CG *cg, IRExpr *e);

// ---- codegen/rangeclear.c: a range loop's block gc's walk makes a clear of
// (IRStmt.clear); false, with nothing emitted, if it stays a loop.
bool cg_range_clear(CG *cg, IRStmt *block);

// ---- codegen/iface.c (interface method calls, type assertions)
LLVMValueRef cg_icall(CG *cg, IRExpr *e);
LLVMValueRef cg_assert(CG *cg, IRExpr *e);

// ---- codegen/runtime.c (slices, strings, appends, runtime calls)
LLVMValueRef cg_rtcall_expr(CG *cg, IRExpr *e);
LLVMValueRef cg_slice_expr(CG *cg, IRExpr *e);
LLVMValueRef cg_unsafe(CG *cg, IRExpr *e);          // IR_UNSAFEADD, IR_UNSAFESLICE, IR_SLICE2ARRPTR
LLVMValueRef cg_append(CG *cg, IRExpr *e);
LLVMValueRef cg_copy(CG *cg, IRExpr *e);
LLVMValueRef cg_concat(CG *cg, IRExpr *e);
LLVMValueRef cg_strconv(CG *cg, IRExpr *e);
LLVMValueRef cg_decoderune(CG *cg, IRExpr *e);
LLVMValueRef cg_makeslice(CG *cg, IRExpr *e);
LLVMValueRef cg_slicelit(CG *cg, IRExpr *e);
void cg_print(CG *cg, IRStmt *s);

// ---- codegen/map.c (maps through runtime/map.c)
LLVMValueRef cg_makemap(CG *cg, IRExpr *e);
LLVMValueRef cg_mapindex(CG *cg, IRExpr *e);
void cg_mapassign(CG *cg, IRExpr *dst, IRExpr *src);   // IR_S_ASSIGN to an IR_MAPINDEX
LLVMValueRef cg_mapdelete(CG *cg, IRExpr *e);
// codegen/chan.c: go statements and channels
void cg_go_stmt(CG *cg, IRStmt *s);
void cg_send_stmt(CG *cg, IRStmt *s);
LLVMValueRef cg_makechan(CG *cg, IRExpr *e);
LLVMValueRef cg_recv(CG *cg, IRExpr *e);
LLVMValueRef cg_select(CG *cg, IRExpr *e);
LLVMValueRef cg_maplen(CG *cg, LLVMValueRef m);
LLVMValueRef cg_mapiter(CG *cg, IRExpr *e);            // IR_MAPITERINIT/NEXT/KEY/VAL

// ---- codegen/closure.c (func values, closures, defer, recover)
LLVMTypeRef cg_closure_fn_type(CG *cg, Type *sig);     // code of a func value: (ctx, params...) -> results
LLVMValueRef cg_funcvalue(CG *cg, Func *f);
LLVMValueRef cg_closure(CG *cg, IRExpr *e);
LLVMValueRef cg_callvalue(CG *cg, IRExpr *e);
LLVMValueRef cg_recover(CG *cg, IRExpr *e);
void cg_bind_captures(CG *cg, Func *f);
int cg_param_offset(Func *f);                  // 1 for a closure's hidden context parameter
void cg_defer_prologue(CG *cg, Func *f);
void cg_wrapper_prologue(CG *cg, LLVMValueRef fn);   // a wrapper passes recover's right on
void cg_defer_finish(CG *cg, Func *f, LLVMValueRef *vals);   // a return's results, after the defers ran
void cg_defer_stmt(CG *cg, IRStmt *s);

// ---- codegen/partition.c (a module cut into parts, emitted in parallel)
int cg_partition_count(LLVMModuleRef mod, int ncpu);   // parts worth making
void cg_partition_keep(LLVMModuleRef mod, int part, int nparts);   // others' functions -> declarations
void cg_partition_local_names(LLVMModuleRef mod, Vec *names);   // to make local again after a join

#endif
