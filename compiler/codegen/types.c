// codegen/types.c — Go types as LLVM types, and the run-time type descriptors
// (struct GoType of runtime/escgo_rt.h) that interfaces and fmt read.
//
// Layout must agree with types.c's type_layout (gc's amd64 rules), because the
// runtime, the allocator sizes and unsafe-free reflection all use those
// numbers. Go's rules are natural alignment like LLVM's, except that Go pads a
// struct whose last field has size zero; we insert explicit i8 arrays wherever
// LLVM's natural layout would differ, and check every offset.
#include "internal.h"
#include "../../runtime/escgo_rt.h"

#include <string.h>

_Static_assert(offsetof(GoType, str) == 16, "GoType layout");
_Static_assert(offsetof(GoType, fields) == 48, "GoType layout");
_Static_assert(sizeof(GoField) == 40, "GoField layout");
_Static_assert(offsetof(GoField, tag) == 32, "GoField layout");
_Static_assert(offsetof(GoType, methods) == 56, "GoType layout");
_Static_assert(sizeof(GoMethod) == 48, "GoMethod layout");
_Static_assert(offsetof(GoType, ptrto) == 72, "GoType layout");
_Static_assert(offsetof(GoType, call) == 96, "GoType layout");
_Static_assert(sizeof(GoType) == 112, "GoType layout");

void cg_types_init(CG *cg) {
  LLVMContextRef c = cg->ctx;
  cg->i1 = LLVMInt1TypeInContext(c);
  cg->i8 = LLVMInt8TypeInContext(c);
  cg->i16 = LLVMInt16TypeInContext(c);
  cg->i32 = LLVMInt32TypeInContext(c);
  cg->i64 = LLVMInt64TypeInContext(c);
  cg->f32 = LLVMFloatTypeInContext(c);
  cg->f64 = LLVMDoubleTypeInContext(c);
  cg->voidty = LLVMVoidTypeInContext(c);
  cg->ptr = cg_ptrty(cg);
  LLVMTypeRef str[] = {cg->ptr, cg->i64};
  cg->strty = LLVMStructTypeInContext(c, str, 2, 0);
  LLVMTypeRef sl[] = {cg->ptr, cg->i64, cg->i64};
  cg->slicety = LLVMStructTypeInContext(c, sl, 3, 0);
  LLVMTypeRef ifc[] = {cg->ptr, cg->ptr};
  cg->ifacety = LLVMStructTypeInContext(c, ifc, 2, 0);
  // struct GoType { i64 size; u8 kind, direct, has_ptrs, named; i32 nfields;
  //                 str; elem; key; i64 len; fields; methods; i64 nmethods;
  //                 ptrto; io; i32 nin; i16 nout; u8 variadic, pad; call; bound }
  LLVMTypeRef gt[] = {cg->i64, cg->i8,  cg->i8,  cg->i8,  cg->i8, cg->i32, cg->ptr,
                      cg->ptr, cg->ptr, cg->i64, cg->ptr, cg->ptr, cg->i64, cg->ptr,
                      cg->ptr, cg->i32, cg->i16, cg->i8,  cg->i8, cg->ptr, cg->ptr};
  cg->gotype = LLVMStructTypeInContext(c, gt, 21, 0);
  // struct GoField { name; type; i64 offset; u8 embedded, exported; tag }
  LLVMTypeRef gf[] = {cg->ptr, cg->ptr, cg->i64, cg->i8, cg->i8, cg->ptr};
  cg->gofield = LLVMStructTypeInContext(c, gf, 6, 0);
}

int64_t cg_size(Type *t) {
  type_layout(t);
  return t->size;
}

int64_t cg_align(Type *t) {
  type_layout(t);
  return t->align ? t->align : 1;
}

bool cg_has_ptrs(Type *t) {
  type_layout(t);
  return t->has_ptrs;
}

// LLVM 14's array length is 32 bits: a longer Go array (a struct field
// [1<<33]byte, nilptr_aix.go's) is chunks of 2^31 elements and the rest,
// laid out alike. Elements are addressed by pointer arithmetic on the
// element type (cg_gep_elem), never through the array's LLVM type.
static LLVMTypeRef array_type(CG *cg, LLVMTypeRef elem, int64_t len) {
  if (len <= (int64_t)UINT32_MAX)
    return LLVMArrayType(elem, (unsigned)len);
  const int64_t chunk = (int64_t)1 << 31;
  LLVMTypeRef chunks = array_type(cg, LLVMArrayType(elem, (unsigned)chunk), len / chunk);
  if (len % chunk == 0)
    return chunks;
  LLVMTypeRef parts[] = {chunks, LLVMArrayType(elem, (unsigned)(len % chunk))};
  return LLVMStructTypeInContext(cg->ctx, parts, 2, 0);
}

static LLVMTypeRef pad_type(CG *cg, int64_t n) { return array_type(cg, cg->i8, n); }

// Builds the LLVM struct for a Go struct, recording Go field -> LLVM index.
static LLVMTypeRef struct_type(CG *cg, Type *t, CgType *ct) {
  type_layout(t);
  int n = t->nfields;
  LLVMTypeRef *elems = xmalloc(sizeof(LLVMTypeRef) * (2 * n + 1));
  ct->fidx = xmalloc(sizeof(int) * (n + 1));
  int ne = 0;
  int64_t cur = 0;
  for (int i = 0; i < n; i++) {
    Field *f = &t->fields[i];
    int64_t al = cg_align(f->type);
    int64_t natural = (cur + al - 1) / al * al;
    if (f->offset > natural)   // Go wants it later than LLVM would put it
      elems[ne++] = pad_type(cg, f->offset - cur);
    ct->fidx[i] = ne;
    elems[ne++] = cg_type(cg, f->type);
    cur = f->offset + cg_size(f->type);
  }
  int64_t al = t->align ? t->align : 1;
  if ((cur + al - 1) / al * al < t->size)   // trailing zero-size field padding
    elems[ne++] = pad_type(cg, t->size - cur);
  LLVMTypeRef ty = LLVMStructTypeInContext(cg->ctx, elems, ne, 0);
  free(elems);
  if (cg->td) {
    for (int i = 0; i < n; i++)
      if ((int64_t)LLVMOffsetOfElement(cg->td, ty, ct->fidx[i]) != t->fields[i].offset)
        ice("codegen: struct %s field %d offset mismatch", type_string(t, true), i);
    if ((int64_t)LLVMABISizeOfType(cg->td, ty) != t->size)
      ice("codegen: struct %s size mismatch", type_string(t, true));
  }
  return ty;
}

static LLVMTypeRef tuple_type(CG *cg, Type *t) {
  LLVMTypeRef *elems = xmalloc(sizeof(LLVMTypeRef) * (t->nfields + 1));
  for (int i = 0; i < t->nfields; i++)
    elems[i] = cg_type(cg, t->fields[i].type);
  LLVMTypeRef ty = LLVMStructTypeInContext(cg->ctx, elems, t->nfields, 0);
  free(elems);
  return ty;
}

static LLVMTypeRef build_type(CG *cg, Type *t, CgType *ct) {
  switch (t->kind) {
  case TY_BOOL: case TY_UNTYPED_BOOL: return cg->i8;
  case TY_INT8: case TY_UINT8: return cg->i8;
  case TY_INT16: case TY_UINT16: return cg->i16;
  case TY_INT32: case TY_UINT32: case TY_UNTYPED_RUNE: return cg->i32;
  case TY_INT: case TY_INT64: case TY_UINT: case TY_UINT64: case TY_UINTPTR:
  case TY_UNTYPED_INT:
    return cg->i64;
  case TY_FLOAT32: return cg->f32;
  case TY_FLOAT64: case TY_UNTYPED_FLOAT: return cg->f64;
  case TY_COMPLEX64: {
    LLVMTypeRef e[] = {cg->f32, cg->f32};
    return LLVMStructTypeInContext(cg->ctx, e, 2, 0);
  }
  case TY_COMPLEX128: {
    LLVMTypeRef e[] = {cg->f64, cg->f64};
    return LLVMStructTypeInContext(cg->ctx, e, 2, 0);
  }
  case TY_STRING: case TY_UNTYPED_STRING: return cg->strty;
  case TY_UNSAFEPTR: case TY_PTR: case TY_MAP: case TY_CHAN: case TY_FUNC:
  case TY_UNTYPED_NIL:
    return cg->ptr;
  case TY_SLICE: return cg->slicety;
  case TY_INTERFACE: return cg->ifacety;
  case TY_ARRAY: return array_type(cg, cg_type(cg, t->elem), t->len);
  case TY_STRUCT: return struct_type(cg, t, ct);
  case TY_TUPLE: return tuple_type(cg, t);
  default:
    ice("codegen: no LLVM type for type kind %d", t->kind);
  }
}

static CgType *cgtype_of(CG *cg, Type *t) {
  t = under(t);
  if (!t->cg) {
    CgType *ct = xmalloc(sizeof(CgType));
    ct->ty = build_type(cg, t, ct);
    t->cg = ct;
    vec_push(&cg->touched, t);
  }
  return t->cg;
}

LLVMTypeRef cg_type(CG *cg, Type *t) {
  if (!t)
    return cg->voidty;
  return cgtype_of(cg, t)->ty;
}

int cg_field_index(CG *cg, Type *st, int field) {
  CgType *ct = cgtype_of(cg, st);
  if (!ct->fidx)
    return field;   // tuples: no padding
  return ct->fidx[field];
}

// A value bigger than a few words is copied with memcpy, never built as an
// LLVM first-class aggregate: such an aggregate passed by value travels
// scalar by scalar (1,024 byte-sized arguments for a [1024]byte), where gc
// copies it with one block move.
bool cg_is_big(Type *t) {
  int k = under(t)->kind;
  return (k == TY_STRUCT || k == TY_ARRAY) && cg_size(t) > 64;
}

// A big parameter is a pointer to a copy the caller made for this call
// (cg_arg_list); the callee owns that copy and uses it as the parameter's
// storage.
LLVMTypeRef cg_param_type(CG *cg, Type *t) { return cg_is_big(t) ? cg->ptr : cg_type(cg, t); }

LLVMTypeRef cg_func_type(CG *cg, Func *f) {
  int off = f->outer ? 1 : 0;   // a func literal's code takes its context first
  int n = f->nparams + off;
  LLVMTypeRef *ps = xmalloc(sizeof(LLVMTypeRef) * (n + 1));
  if (off)
    ps[0] = cg->ptr;
  for (int i = 0; i < f->nparams; i++)
    ps[i + off] = cg_param_type(cg, f->params[i]->type);
  LLVMTypeRef ret;
  if (f->nresults == 0) {
    ret = cg->voidty;
  } else if (f->nresults == 1) {
    ret = cg_type(cg, f->results[0]->type);
  } else {
    LLVMTypeRef *rs = xmalloc(sizeof(LLVMTypeRef) * f->nresults);
    for (int i = 0; i < f->nresults; i++)
      rs[i] = cg_type(cg, f->results[i]->type);
    ret = LLVMStructTypeInContext(cg->ctx, rs, f->nresults, 0);
    free(rs);
  }
  LLVMTypeRef ft = LLVMFunctionType(ret, ps, n, 0);
  free(ps);
  return ft;
}

// ---------------------------------------------------------------- descriptors

static int go_kind(Type *t) {
  switch (under(t)->kind) {
  case TY_BOOL: return GK_BOOL;
  case TY_INT: return GK_INT;
  case TY_INT8: return GK_INT8;
  case TY_INT16: return GK_INT16;
  case TY_INT32: return GK_INT32;
  case TY_INT64: return GK_INT64;
  case TY_UINT: return GK_UINT;
  case TY_UINT8: return GK_UINT8;
  case TY_UINT16: return GK_UINT16;
  case TY_UINT32: return GK_UINT32;
  case TY_UINT64: return GK_UINT64;
  case TY_UINTPTR: return GK_UINTPTR;
  case TY_FLOAT32: return GK_FLOAT32;
  case TY_FLOAT64: return GK_FLOAT64;
  case TY_COMPLEX64: return GK_COMPLEX64;
  case TY_COMPLEX128: return GK_COMPLEX128;
  case TY_ARRAY: return GK_ARRAY;
  case TY_CHAN: return GK_CHAN;
  case TY_FUNC: return GK_FUNC;
  case TY_INTERFACE: return GK_INTERFACE;
  case TY_MAP: return GK_MAP;
  case TY_PTR: return GK_POINTER;
  case TY_SLICE: return GK_SLICE;
  case TY_STRING: return GK_STRING;
  case TY_STRUCT: return GK_STRUCT;
  case TY_UNSAFEPTR: return GK_UNSAFEPOINTER;
  default: return GK_INVALID;
  }
}

// A private NUL-terminated C string constant (generic pointer).
static LLVMValueRef cstr_const(CG *cg, const char *s) {
  size_t n = strlen(s);
  LLVMValueRef init = LLVMConstStringInContext(cg->ctx, s, (unsigned)n, 0);
  LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), ".tstr");
  LLVMSetInitializer(g, init);
  LLVMSetGlobalConstant(g, 1);
  LLVMSetLinkage(g, LLVMPrivateLinkage);
  LLVMSetUnnamedAddr(g, 1);
  return cg_castptr(cg, g, cg->ptr);
}

// A private constant global holding init (a descriptor's array), as a
// generic pointer.
LLVMValueRef cg_const_table(CG *cg, LLVMValueRef init, const char *name) {
  LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), name);
  LLVMSetInitializer(g, init);
  LLVMSetGlobalConstant(g, 1);
  LLVMSetLinkage(g, LLVMPrivateLinkage);
  return cg_castptr(cg, g, cg->ptr);
}

static LLVMValueRef null_ptr(CG *cg) { return LLVMConstNull(cg->ptr); }

static LLVMValueRef desc_or_null(CG *cg, Type *t) { return t ? cg_type_desc(cg, t) : null_ptr(cg); }

// The name a field carries in the descriptor: embedded fields use the type's name.
static const char *field_name(Field *f) {
  if (f->name)
    return f->name;
  Type *t = f->type;
  if (t->kind == TY_PTR)
    t = t->elem;
  return t->kind == TY_NAMED ? t->name : type_string(t, false);
}

static LLVMValueRef fields_array(CG *cg, Type *st) {
  int n = st->nfields;
  LLVMValueRef *elems = xmalloc(sizeof(LLVMValueRef) * (n + 1));
  for (int i = 0; i < n; i++) {
    Field *f = &st->fields[i];
    const char *name = field_name(f);
    bool exported = name[0] >= 'A' && name[0] <= 'Z';
    LLVMValueRef v[] = {
        cstr_const(cg, name), cg_type_desc(cg, f->type),
        LLVMConstInt(cg->i64, f->offset, 0),
        LLVMConstInt(cg->i8, f->embedded, 0), LLVMConstInt(cg->i8, exported, 0),
        f->tag ? cstr_const(cg, f->tag) : null_ptr(cg)};
    elems[i] = LLVMConstNamedStruct(cg->gofield, v, 6);
  }
  LLVMValueRef init = LLVMConstArray(cg->gofield, elems, n);
  free(elems);
  return cg_const_table(cg, init, ".tfields");
}

static MethodTable *method_table(CG *cg, Type *t) {
  for (int i = 0; i < cg->prog->mtabs.len; i++) {
    MethodTable *mt = cg->prog->mtabs.data[i];
    if (types_identical(mt->type, t))
      return mt;
  }
  return NULL;
}

// The GoMethod array of t: an interface's methods (no code), or the method
// table lowering built for a concrete type (wrappers taking the data word).
static LLVMValueRef methods_array(CG *cg, Type *t, LLVMValueRef *count) {
  Type *u = under(t);
  MethodTable *mt = u->kind == TY_INTERFACE ? NULL : method_table(cg, t);
  int n = u->kind == TY_INTERFACE ? u->nmethods : mt ? mt->n : 0;
  *count = LLVMConstInt(cg->i64, n, 0);
  if (!n)
    return null_ptr(cg);
  LLVMTypeRef mty[] = {cg->ptr, cg->ptr, cg->ptr, cg->ptr, cg->ptr, cg->ptr};
  LLVMTypeRef gm = LLVMStructTypeInContext(cg->ctx, mty, 6, 0);
  LLVMValueRef *elems = xmalloc(sizeof(LLVMValueRef) * n);
  for (int i = 0; i < n; i++) {
    Method *m = mt ? mt->methods[i] : &u->methods[i];
    LLVMValueRef fn = null_ptr(cg), mtyp = null_ptr(cg), ftyp = null_ptr(cg), tfn = null_ptr(cg);
    if (mt)
      fn = cg_castptr(cg, cg_func(cg, mt->fns[i])->fn, cg->ptr);
    // reflect's view: every method of an interface, the exported ones of a
    // concrete type (Type.Method, Value.Method, Method.Func).
    if (!mt || is_exported(m->name))
      mtyp = cg_type_desc(cg, m->sig);
    if (mt && is_exported(m->name)) {
      Type *ft = method_expr_sig(t, m->sig);
      ftyp = cg_type_desc(cg, ft);
      tfn = cg_castptr(cg, cg_reflect_method_code(cg, t, ft, cg_func(cg, mt->fns[i])->fn), cg->ptr);
    }
    // An unexported name is its package's own: "example.com/m/p.m" (the
    // runtime matches names as strings and prints what follows the last dot).
    const char *name = m->pkgpath && !is_exported(m->name) && strcmp(m->pkgpath, "main")
                           ? xfmt("%s.%s", m->pkgpath, m->name) : m->name;
    LLVMValueRef v[] = {cstr_const(cg, name), cstr_const(cg, type_string(m->sig, true)), fn,
                        mtyp, ftyp, tfn};
    elems[i] = LLVMConstStructInContext(cg->ctx, v, 6, 0);
  }
  LLVMValueRef init = LLVMConstArray(gm, elems, n);
  free(elems);
  return cg_const_table(cg, init, ".tmethods");
}

// *T's descriptor for a declared T when *T has a method table (gc's
// ptrToThis: reflect's PointerTo(T) then has *T's methods).
static LLVMValueRef ptr_to_this(CG *cg, Type *t) {
  if (t->kind != TY_NAMED || is_interface(t) || under(t)->kind == TY_PTR)
    return null_ptr(cg);
  Type *p = ptr_to(t);
  return method_table(cg, p) ? cg_type_desc(cg, p) : null_ptr(cg);
}

// Emits (once per type spelling) the constant GoType global for t.
// The global is created before its initializer so recursive types
// (type Node struct { next *Node }) refer to themselves.
LLVMValueRef cg_type_desc(CG *cg, Type *t) {
  if (t->cg_desc)
    return t->cg_desc;
  char *str = type_string(t, true);
  char *gname = xfmt("type:%s", type_link_string(t));
  // The runtime creates strings as panic values (math/rand, sync, testing)
  // and uses this program's descriptor when there is one, so r.(string) holds.
  if (!strcmp(str, "string"))
    gname = "escgo_type_string";
  LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, gname);
  if (g) {
    vec_push(&cg->touched, t);
    t->cg_desc = cg_castptr(cg, g, cg->ptr);
    return t->cg_desc;
  }
  vec_push(&cg->touched, t);
  g = LLVMAddGlobal(cg->mod, cg->gotype, gname);
  // One descriptor per type in the program, whichever modules emit it: a
  // type's identity at run time is its descriptor's address. The linker
  // keeps one copy of each (ODR linkage, a COMDAT of its own); the method
  // table a module has for it is installed at start-up (below), so the
  // copy kept need not be the one that has it: not constant.
  LLVMSetLinkage(g, LLVMLinkOnceODRLinkage);
  LLVMSetComdat(g, LLVMGetOrInsertComdat(cg->mod, gname));
  LLVMSetAlignment(g, 8);
  t->cg_desc = cg_castptr(cg, g, cg->ptr);

  Type *u = under(t);
  type_layout(t);
  Type *elem = NULL, *key = NULL;
  if (u->kind == TY_PTR || u->kind == TY_SLICE || u->kind == TY_ARRAY ||
      u->kind == TY_MAP || u->kind == TY_CHAN)
    elem = u->elem;
  if (u->kind == TY_MAP)
    key = u->key;
  bool is_struct = u->kind == TY_STRUCT;
  LLVMValueRef v[] = {
      LLVMConstInt(cg->i64, t->size, 0),
      LLVMConstInt(cg->i8, go_kind(t), 0),
      LLVMConstInt(cg->i8, is_pointer_shaped(t), 0),
      LLVMConstInt(cg->i8, t->has_ptrs, 0),
      LLVMConstInt(cg->i8, t->kind == TY_NAMED, 0),
      LLVMConstInt(cg->i32, is_struct ? u->nfields : 0, 0),
      cstr_const(cg, str),
      desc_or_null(cg, elem),
      desc_or_null(cg, key),
      LLVMConstInt(cg->i64, u->kind == TY_ARRAY ? u->len : 0, 0),
      is_struct && u->nfields ? fields_array(cg, u) : null_ptr(cg),
      null_ptr(cg),
      LLVMConstInt(cg->i64, 0, 0),
      null_ptr(cg),
      null_ptr(cg),
      LLVMConstInt(cg->i32, u->kind == TY_FUNC ? u->nfields : 0, 0),
      LLVMConstInt(cg->i16, u->kind == TY_FUNC ? u->nresults : 0, 0),
      LLVMConstInt(cg->i8, u->kind == TY_FUNC && u->variadic, 0),
      LLVMConstInt(cg->i8, 0, 0),
      null_ptr(cg),
      null_ptr(cg),
  };
  v[11] = methods_array(cg, t, &v[12]);
  v[13] = ptr_to_this(cg, t);
  if (u->kind == TY_FUNC) {
    v[14] = cg_func_io(cg, u);
    v[19] = cg_castptr(cg, cg_reflect_call_stub(cg, u), cg->ptr);
    v[20] = cg_castptr(cg, cg_reflect_bound_stub(cg, u), cg->ptr);
  }
  LLVMSetInitializer(g, LLVMConstNamedStruct(cg->gotype, v, 21));
  if (cg->split && u->kind != TY_INTERFACE && (!LLVMIsNull(v[11]) || !LLVMIsNull(v[13]))) {
    vec_push(&cg->installs, g);
    vec_push(&cg->installs, v[11]);
    vec_push(&cg->installs, v[12]);
    vec_push(&cg->installs, v[13]);
  }
  return t->cg_desc;
}

// A package's module: a constructor (run before main, in llvm.global_ctors)
// that gives each descriptor this module has a method table for that table,
// unless the copy the linker kept has one already (escgo_install_methods).
void cg_install_methods_ctor(CG *cg) {
  if (!cg->installs.len)
    return;
  LLVMTypeRef ft = LLVMFunctionType(cg->voidty, NULL, 0, 0);
  LLVMValueRef ctor = LLVMAddFunction(cg->mod, "escgo.install_methods", ft);
  LLVMSetLinkage(ctor, LLVMInternalLinkage);
  LLVMBuilderRef saved = cg->b;
  cg->b = LLVMCreateBuilderInContext(cg->ctx);
  LLVMPositionBuilderAtEnd(cg->b, LLVMAppendBasicBlockInContext(cg->ctx, ctor, "entry"));
  LLVMTypeRef ps[] = {cg->ptr, cg->ptr, cg->i64, cg->ptr};
  for (int i = 0; i + 3 < cg->installs.len; i += 4) {
    LLVMValueRef args[] = {cg_castptr(cg, cg->installs.data[i], cg->ptr), cg->installs.data[i + 1],
                           cg->installs.data[i + 2], cg->installs.data[i + 3]};
    cg_rtcall(cg, "escgo_install_methods", cg->voidty, ps, args, 4);
  }
  LLVMBuildRetVoid(cg->b);
  LLVMDisposeBuilder(cg->b);
  cg->b = saved;
  // llvm.global_ctors = appending [1 x {i32 priority, ptr fn, ptr data}]
  LLVMTypeRef ety_fields[] = {cg->i32, LLVMTypeOf(ctor), cg->ptr};   // {i32, void()*, i8*}
  LLVMTypeRef ety = LLVMStructTypeInContext(cg->ctx, ety_fields, 3, 0);
  LLVMValueRef fields[] = {LLVMConstInt(cg->i32, 65535, 0), ctor, LLVMConstNull(cg->ptr)};
  LLVMValueRef entry = LLVMConstStructInContext(cg->ctx, fields, 3, 0);
  LLVMValueRef arr = LLVMConstArray(ety, &entry, 1);
  LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(arr), "llvm.global_ctors");
  LLVMSetLinkage(g, LLVMAppendingLinkage);
  LLVMSetInitializer(g, arr);
}
