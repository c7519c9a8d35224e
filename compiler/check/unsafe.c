// check/unsafe.c — package unsafe (types2's builtins.go and conversions.go
// for it): the type Pointer, the compile-time constants Sizeof, Alignof and
// Offsetof (gc's amd64 layout, types.c), Add and Slice; the conversions
// *T <-> unsafe.Pointer <-> uintptr and slice -> array pointer (Go 1.17);
// and the //go:linkname directives, which gc allows only in files that
// import unsafe.
#include "internal.h"

#include <string.h>

// ---------------------------------------------------------------- the package

static const struct {
  const char *name;
  Builtin b;
} unsafe_builtins[] = {
    {"Add", BI_ADD}, {"Alignof", BI_ALIGNOF}, {"Offsetof", BI_OFFSETOF},
    {"Sizeof", BI_SIZEOF}, {"Slice", BI_SLICE},
};

Obj *unsafe_member(const char *name) {
  if (!strcmp(name, "Pointer")) {
    Obj *o = new_obj(OBJ_TYPE, "Pointer", ty_unsafeptr, (Pos){0});
    o->global = true;
    o->state = 2;
    return o;
  }
  for (size_t i = 0; i < sizeof(unsafe_builtins) / sizeof(unsafe_builtins[0]); i++) {
    if (strcmp(unsafe_builtins[i].name, name))
      continue;
    Obj *o = new_obj(OBJ_BUILTIN, xstrdup(name), ty_invalid, (Pos){0});
    o->builtin = unsafe_builtins[i].b;
    o->global = true;
    o->state = 2;
    return o;
  }
  return NULL;
}

// The package object of an import of "unsafe", NULL for any other path
// (every other package is Go source the driver loaded).
Obj *import_unsafe(const char *path, Pos pos) {
  if (strcmp(path, "unsafe"))
    return NULL;
  Obj *o = new_obj(OBJ_PKG, "unsafe", NULL, pos);
  o->pkgpath = "unsafe";
  o->state = 2;
  return o;
}

// ---------------------------------------------------------------- conversions

// The conversions only package unsafe makes possible, and Go 1.17's slice to
// array pointer (vu and tu are underlying types).
bool unsafe_convertible(Type *vu, Type *tu) {
  if ((vu->kind == TY_PTR || vu->kind == TY_UINTPTR) && tu->kind == TY_UNSAFEPTR)
    return true;
  if (vu->kind == TY_UNSAFEPTR && (tu->kind == TY_PTR || tu->kind == TY_UINTPTR))
    return true;
  return is_slice_to_array_ptr(vu, tu);
}

bool is_slice_to_array_ptr(Type *vu, Type *tu) {
  if (vu->kind != TY_SLICE || tu->kind != TY_PTR || under(tu->elem)->kind != TY_ARRAY)
    return false;
  return types_identical(vu->elem, under(tu->elem)->elem);
}

// ---------------------------------------------------------------- builtins

static Operand uintptr_const(Node *n, int64_t v) {
  n->type = ty_uintptr;
  n->cval = const_int64(v);
  return (Operand){M_CONST, ty_uintptr, n->cval};
}

// The operand of Sizeof and Alignof: any single value, untyped ones taking
// their default type (types2's assignment to no particular type).
static Operand sized_operand(Checker *chk, Node *n, const char *name) {
  Node *arg = n->list.data[0];
  Operand x = check_rvalue(chk, arg);
  if (x.mode == M_INVALID)
    return x;
  if (x.type->kind == TY_UNTYPED_NIL) {
    error_at(start_pos(arg), "use of untyped nil in argument to unsafe.%s", name);
    return invalid_operand(arg);
  }
  convert_untyped(arg, &x, NULL);
  return x;
}

// The offset of the field x.f selects within x's struct, through embedded
// fields; never through a pointer (types2's Offsetof case).
static Operand offsetof_(Checker *chk, Node *n) {
  Node *arg = n->list.data[0];
  Node *sel = unparen(arg);
  if (sel->kind != N_SELECTOR) {
    error_at(start_pos(arg), "invalid argument: %s is not a selector expression", expr_string(arg));
    use_expr(chk, arg);
    return invalid_operand(n);
  }
  Operand x = check_expr(chk, sel->x);
  if (x.mode == M_INVALID)
    return invalid_operand(n);
  Type *base = x.type;
  if (under(base)->kind == TY_PTR && under(under(base)->elem)->kind == TY_STRUCT)
    base = under(base)->elem;   // types2's derefStructPtr
  Member mb = lookup_member(base, sel->name);
  if (mb.kind == MEMBER_NONE || mb.ambiguous) {
    error_at(start_pos(sel->x), "invalid argument: %s has no single field %s", type_string_checker(base),
             sel->name);
    return invalid_operand(n);
  }
  if (mb.kind != MEMBER_FIELD) {
    error_at(start_pos(arg), "invalid argument: %s is a method value", expr_string(arg));
    return invalid_operand(n);
  }
  if (mb.indirect) {
    error_at(start_pos(sel->x), "invalid argument: field %s is embedded via a pointer in %s", sel->name,
             type_string_checker(base));
    return invalid_operand(n);
  }
  int64_t off = 0;
  Type *t = base;
  for (int i = 0; i < mb.path.len; i++) {
    Type *st = under(t);
    type_layout(st);
    Field *f = &st->fields[(intptr_t)mb.path.data[i]];
    off += f->offset;
    t = f->type;
  }
  sel->type = t;
  return uintptr_const(n, off);
}

// The length of Add and Slice: an integer, untyped constants becoming int
// (types2's isValidIndex).
static bool valid_length(Node *a, Operand *y, bool allow_negative) {
  if (y->mode == M_INVALID)
    return false;
  convert_untyped(a, y, ty_int);
  if (y->mode == M_INVALID)
    return false;
  if (!is_integer(y->type)) {
    error_at(start_pos(a), "invalid argument: length %s must be integer", operand_desc(a, y));
    return false;
  }
  if (y->mode == M_CONST && !allow_negative && const_sign(y->cval) < 0) {
    error_at(start_pos(a), "invalid argument: length %s must not be negative", operand_desc(a, y));
    return false;
  }
  return true;
}

static Operand add_or_slice(Checker *chk, Node *n, Builtin b) {
  Node *pn = n->list.data[0], *ln = n->list.data[1];
  Operand x = check_rvalue(chk, pn);
  if (x.mode == M_INVALID) {
    use_expr(chk, ln);
    return invalid_operand(n);
  }
  Type *result;
  if (b == BI_ADD) {
    if (!assignable(x.type, ty_unsafeptr, &x)) {
      error_at(start_pos(pn), "cannot use %s as type unsafe.Pointer in argument to unsafe.Add",
               operand_desc(pn, &x));
      use_expr(chk, ln);
      return invalid_operand(n);
    }
    convert_untyped(pn, &x, ty_unsafeptr);
    result = ty_unsafeptr;
  } else {
    if (x.type->kind == TY_UNTYPED_NIL || under(x.type)->kind != TY_PTR) {
      error_at(start_pos(pn), "invalid argument: %s is not a pointer", operand_desc(pn, &x));
      use_expr(chk, ln);
      return invalid_operand(n);
    }
    result = slice_of(under(x.type)->elem);
  }
  Operand y = check_rvalue(chk, ln);
  if (!valid_length(ln, &y, b == BI_ADD))
    return invalid_operand(n);
  return value_operand(n, result);
}

Operand check_unsafe_builtin(Checker *chk, Node *n, Builtin b) {
  switch (b) {
  case BI_SIZEOF: case BI_ALIGNOF: {
    Operand x = sized_operand(chk, n, b == BI_SIZEOF ? "Sizeof" : "Alignof");
    if (x.mode == M_INVALID)
      return invalid_operand(n);
    return uintptr_const(n, b == BI_SIZEOF ? type_size(x.type) : type_align(x.type));
  }
  case BI_OFFSETOF:
    return offsetof_(chk, n);
  default:
    return add_or_slice(chk, n, b);
  }
}

// ---------------------------------------------------------------- //go:linkname

static bool imports_unsafe(Node *file) {
  for (int i = 0; i < file->list.len; i++) {
    Node *imp = file->list.data[i];
    if (imp->tok && imp->tok->sval && !strcmp(imp->tok->sval, "unsafe"))
      return true;
  }
  return false;
}

// Gives the package-level functions and variables their link names (gc's
// processPragmas); the default remote name is the symbol's own, main.local.
void check_linknames(Checker *chk, Node *file) {
  const Vec *lns = &nx(file)->linknames;
  for (int i = 0; i < lns->len; i++) {
    Linkname *ln = lns->data[i];
    if (!imports_unsafe(file)) {
      error_at(ln->pos, "//go:linkname only allowed in Go files that import \"unsafe\"");
      continue;
    }
    Obj *o = scope_lookup_local(chk->pkgscope, ln->local);
    if (!o || (o->kind != OBJ_FUNC && o->kind != OBJ_VAR)) {
      error_at(ln->pos, "//go:linkname must refer to declared function or variable");
      continue;
    }
    if (o->linkname) {
      error_at(ln->pos, "duplicate //go:linkname for %s", ln->local);
      continue;
    }
    o->linkname = ln->remote ? ln->remote : xfmt("%s.%s", chk->pkg->name, ln->local);
  }
}
