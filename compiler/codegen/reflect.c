// codegen/reflect.c — the code reflect needs to call functions and methods
// it only knows through descriptors (escgo has no assembly trampolines, as
// gc's reflectcall and makeFuncStub are):
//   a func type's call stub, call(self, code, ctx, args, results), code of
//     a func value itself (reflect calls it as one, the descriptor's field
//     holding it as its context: self, unused): Value.Call lays the
//     arguments out in memory, one pointer per value; the stub loads them,
//     calls code(ctx, args...) with the signature's LLVM types and stores
//     the results through the result pointers;
//   a func type's bound stub, the code of a method value reflect makes
//     (Value.Method(i).Interface()): its context holds the method table's
//     wrapper and the receiver's data word;
//   a method's "func" code, Method.Func of reflect: a func value whose first
//     parameter is the receiver, turned into the data word the method
//     table's wrapper takes.
#include "internal.h"

#include <ctype.h>
#include <string.h>

// The stubs are built with a builder of their own, between the statements
// of whatever function asked for a descriptor.
typedef struct {
  LLVMBuilderRef saved;
  LLVMValueRef fn;
} StubScope;

// A stub's name is a type's spelling with only [A-Za-z0-9_.] kept: the
// driver lists a module's local symbols for objcopy, one a line, and a
// space would cut such a name (LLVM numbers names that repeat).
static StubScope stub_begin(CG *cg, const char *name, LLVMTypeRef ft) {
  char *clean = xfmt("%s", name);
  for (char *c = clean; *c; c++)
    if (!(isalnum((unsigned char)*c) || *c == '_' || *c == '.'))
      *c = '_';
  StubScope s = {cg->b, LLVMAddFunction(cg->mod, clean, ft)};
  LLVMSetLinkage(s.fn, LLVMInternalLinkage);
  cg->b = LLVMCreateBuilderInContext(cg->ctx);
  LLVMPositionBuilderAtEnd(cg->b, LLVMAppendBasicBlockInContext(cg->ctx, s.fn, "entry"));
  return s;
}

static LLVMValueRef stub_end(CG *cg, StubScope s) {
  LLVMDisposeBuilder(cg->b);
  cg->b = s.saved;
  return s.fn;
}

static void ret_value(CG *cg, LLVMValueRef r) {
  if (LLVMGetTypeKind(LLVMTypeOf(r)) == LLVMVoidTypeKind)
    LLVMBuildRetVoid(cg->b);
  else
    LLVMBuildRet(cg->b, r);
}

// Word i of the pointer array at p.
static LLVMValueRef word_at(CG *cg, LLVMValueRef p, int i) {
  return cg_load(cg, cg->ptr, cg_gep_elem(cg, cg->ptr, p, cg_i64(cg, i)));
}

LLVMValueRef cg_reflect_call_stub(CG *cg, Type *sig) {
  sig = under(sig);
  LLVMTypeRef ps[] = {cg->ptr, cg->ptr, cg->ptr, cg->ptr, cg->ptr};
  StubScope s = stub_begin(cg, xfmt("escgo.reflectcall:%s", type_link_string(sig)),
                           LLVMFunctionType(cg->voidty, ps, 5, 0));
  LLVMValueRef argv = LLVMGetParam(s.fn, 3), resv = LLVMGetParam(s.fn, 4);
  int n = sig->nfields;
  LLVMValueRef *args = xmalloc(sizeof(LLVMValueRef) * (n + 1));
  args[0] = LLVMGetParam(s.fn, 2);
  for (int i = 0; i < n; i++) {
    Type *t = sig->fields[i].type;
    LLVMValueRef p = word_at(cg, argv, i);   // a big value's copy is the callee's (reflect made it)
    args[i + 1] = cg_is_big(t) ? p : cg_load(cg, cg_type(cg, t), p);
  }
  LLVMTypeRef ft = cg_closure_fn_type(cg, sig);
  LLVMValueRef code = cg_castptr(cg, LLVMGetParam(s.fn, 1), LLVMPointerType(ft, 0));
  LLVMValueRef r = cg_call_type(cg, ft, code, args, n + 1);
  if (sig->nresults == 1)
    cg_store(cg, r, word_at(cg, resv, 0));
  for (int i = 0; sig->nresults > 1 && i < sig->nresults; i++)
    cg_store(cg, cg_extract(cg, r, (unsigned)i), word_at(cg, resv, i));
  LLVMBuildRetVoid(cg->b);
  free(args);
  return stub_end(cg, s);
}

LLVMValueRef cg_reflect_bound_stub(CG *cg, Type *sig) {
  LLVMTypeRef ft = cg_closure_fn_type(cg, sig);
  StubScope s = stub_begin(cg, xfmt("escgo.reflectbound:%s", type_link_string(sig)), ft);
  int n = (int)LLVMCountParams(s.fn);
  LLVMValueRef *args = xmalloc(sizeof(LLVMValueRef) * (n + 1));
  LLVMValueRef ctx = LLVMGetParam(s.fn, 0);
  args[0] = word_at(cg, ctx, 2);
  for (int i = 1; i < n; i++)
    args[i] = LLVMGetParam(s.fn, (unsigned)i);
  LLVMValueRef code = cg_castptr(cg, word_at(cg, ctx, 1), LLVMPointerType(ft, 0));
  ret_value(cg, cg_call_type(cg, ft, code, args, n));
  free(args);
  return stub_end(cg, s);
}

// code(ctx, recv, params...) { return wrapper(word of recv, params...) }:
// a pointer-shaped receiver is its word (the wrapper's parameter has its
// type: a struct { p *T } is such a word to the ABI); a big one arrives as a pointer to
// the caller's copy; any other is spilled here (the wrapper copies it out
// before calling the method, so the slot need not outlive the call).
LLVMValueRef cg_reflect_method_code(CG *cg, Type *recv, Type *ftyp, LLVMValueRef wrapper) {
  LLVMTypeRef ft = cg_closure_fn_type(cg, ftyp);
  StubScope s = stub_begin(cg, xfmt("%s$func", LLVMGetValueName(wrapper)), ft);
  int n = (int)LLVMCountParams(s.fn);
  LLVMValueRef *args = xmalloc(sizeof(LLVMValueRef) * (n + 1));
  LLVMValueRef r = LLVMGetParam(s.fn, 1);
  if (cg_is_big(recv) || is_pointer_shaped(recv)) {   // the wrapper takes a pointer-shaped one as is
    args[0] = r;
  } else {
    LLVMValueRef slot = LLVMBuildAlloca(cg->b, cg_type(cg, recv), "recv");
    LLVMSetAlignment(slot, 8);
    cg_store(cg, r, slot);
    args[0] = cg_castptr(cg, slot, cg->ptr);
  }
  for (int i = 2; i < n; i++)
    args[i - 1] = LLVMGetParam(s.fn, (unsigned)i);
  ret_value(cg, cg_call(cg, wrapper, args, n - 1));
  free(args);
  return stub_end(cg, s);
}

// The parameters' descriptors, then the results'.
LLVMValueRef cg_func_io(CG *cg, Type *sig) {
  sig = under(sig);
  int n = sig->nfields + sig->nresults;
  if (!n)
    return LLVMConstNull(cg->ptr);
  LLVMValueRef *elems = xmalloc(sizeof(LLVMValueRef) * n);
  for (int i = 0; i < n; i++) {
    Type *t = i < sig->nfields ? sig->fields[i].type : sig->results[i - sig->nfields].type;
    elems[i] = cg_type_desc(cg, t);
  }
  LLVMValueRef init = LLVMConstArray(cg->ptr, elems, (unsigned)n);
  free(elems);
  return cg_const_table(cg, init, ".tfuncio");
}
