// types.c — Go types: construction, identity, layout (gc's amd64 rules) and
// printing in gc's spelling ("[]int", "*main.User", "struct { X int }").
#include "internal.h"

#include <string.h>

Type *ty_byte, *ty_rune;
const char *types_local_pkg = "main";
Vec types_quoted_paths;

static bool quoted_path(const char *path) {
  for (int i = 0; path && i < types_quoted_paths.len; i++)
    if (!strcmp(types_quoted_paths.data[i], path))
      return true;
  return false;
}
Type *ty_invalid, *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64,
    *ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr,
    *ty_float32, *ty_float64, *ty_complex64, *ty_complex128, *ty_string,
    *ty_unsafeptr, *ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune,
    *ty_untyped_float, *ty_untyped_complex, *ty_untyped_string, *ty_untyped_nil, *ty_any, *ty_error;

static int next_type_id;

Type *new_type(TypeKind k) {
  Type *t = arena_alloc(sizeof(Type));
  t->kind = k;
  t->id = ++next_type_id;
  return t;
}

static Type *basic(TypeKind k, const char *name, int64_t size) {
  Type *t = new_type(k);
  t->name = (char *)name;
  t->size = t->align = size;
  t->laid_out = size >= 0;
  return t;
}

void types_init(void) {
  if (ty_int)
    return;
  ty_invalid = basic(TY_INVALID, "invalid type", 0);
  ty_bool = basic(TY_BOOL, "bool", 1);
  ty_int = basic(TY_INT, "int", 8);
  ty_int8 = basic(TY_INT8, "int8", 1);
  ty_int16 = basic(TY_INT16, "int16", 2);
  ty_int32 = basic(TY_INT32, "int32", 4);
  ty_int64 = basic(TY_INT64, "int64", 8);
  ty_uint = basic(TY_UINT, "uint", 8);
  ty_uint8 = basic(TY_UINT8, "uint8", 1);
  ty_uint16 = basic(TY_UINT16, "uint16", 2);
  ty_uint32 = basic(TY_UINT32, "uint32", 4);
  ty_uint64 = basic(TY_UINT64, "uint64", 8);
  ty_byte = basic(TY_UINT8, "byte", 1);
  ty_rune = basic(TY_INT32, "rune", 4);
  ty_uintptr = basic(TY_UINTPTR, "uintptr", 8);
  ty_float32 = basic(TY_FLOAT32, "float32", 4);
  ty_float64 = basic(TY_FLOAT64, "float64", 8);
  ty_complex64 = basic(TY_COMPLEX64, "complex64", 8);
  ty_complex64->align = 4;
  ty_complex128 = basic(TY_COMPLEX128, "complex128", 16);
  ty_complex128->align = 8;
  ty_string = basic(TY_STRING, "string", 16);
  ty_string->align = 8;
  ty_string->has_ptrs = true;
  ty_unsafeptr = basic(TY_UNSAFEPTR, "unsafe.Pointer", 8);
  ty_unsafeptr->has_ptrs = true;
  ty_untyped_bool = basic(TY_UNTYPED_BOOL, "untyped bool", 1);
  ty_untyped_int = basic(TY_UNTYPED_INT, "untyped int", 8);
  ty_untyped_rune = basic(TY_UNTYPED_RUNE, "untyped rune", 4);
  ty_untyped_float = basic(TY_UNTYPED_FLOAT, "untyped float", 8);
  ty_untyped_complex = basic(TY_UNTYPED_COMPLEX, "untyped complex", 16);
  ty_untyped_string = basic(TY_UNTYPED_STRING, "untyped string", 16);
  ty_untyped_nil = basic(TY_UNTYPED_NIL, "untyped nil", 8);
  ty_any = new_type(TY_INTERFACE);

  // type error interface { Error() string }
  Type *sig = new_type(TY_FUNC);
  sig->results = xmalloc(sizeof(Field));
  sig->results[0].type = ty_string;
  sig->nresults = 1;
  Type *iface = new_type(TY_INTERFACE);
  iface->methods = xmalloc(sizeof(Method));
  iface->methods[0].name = "Error";
  iface->methods[0].sig = sig;
  iface->nmethods = 1;
  ty_error = new_type(TY_NAMED);
  ty_error->name = "error";
  ty_error->underlying = iface;
}

Type *under(Type *t) {
  if (t && t->kind == TY_NAMED)
    return t->underlying ? t->underlying : ty_invalid;
  if (t && t->kind == TY_TYPEPARAM && t->underlying)
    return t->underlying;   // its core type (check/tparam.c)
  return t;
}

// Canonical composite types: small caches keep `[]int` one object, so type
// descriptors and identity checks stay cheap. Identity never depends on it.
typedef struct {
  Type **items;
  int len, cap;
} TypeCache;

static Type *cached(TypeCache *c, TypeKind k, Type *elem, Type *key, int64_t len) {
  for (int i = 0; i < c->len; i++) {
    Type *t = c->items[i];
    if (t->elem == elem && t->key == key && t->len == len)
      return t;
  }
  Type *t = new_type(k);
  t->elem = elem;
  t->key = key;
  t->len = len;
  if (c->len == c->cap) {
    c->cap = c->cap ? c->cap * 2 : 16;
    c->items = xrealloc(c->items, sizeof(Type *) * c->cap);
  }
  c->items[c->len++] = t;
  return t;
}

static TypeCache ptr_cache, slice_cache, array_cache, map_cache;

Type *ptr_to(Type *elem) { return cached(&ptr_cache, TY_PTR, elem, NULL, 0); }
Type *slice_of(Type *elem) { return cached(&slice_cache, TY_SLICE, elem, NULL, 0); }
Type *array_of(Type *elem, int64_t len) { return cached(&array_cache, TY_ARRAY, elem, NULL, len); }
Type *map_of(Type *key, Type *val) { return cached(&map_cache, TY_MAP, val, key, 0); }

// The type of the method expression T.M: M's signature with a first
// parameter of the receiver's type (reflect's Method.Func has it too).
Type *method_expr_sig(Type *recv, Type *sig) {
  Type *ft = new_type(TY_FUNC);
  ft->nfields = sig->nfields + 1;
  ft->fields = xmalloc(sizeof(Field) * (ft->nfields + 1));
  ft->fields[0] = (Field){.type = recv};
  for (int i = 0; i < sig->nfields; i++)
    ft->fields[i + 1] = sig->fields[i];
  ft->variadic = sig->variadic;
  ft->results = sig->results;
  ft->nresults = sig->nresults;
  return ft;
}

Type *tuple_of(Type **elems, int n) {
  Type *t = new_type(TY_TUPLE);
  t->fields = xmalloc(sizeof(Field) * (n ? n : 1));
  for (int i = 0; i < n; i++)
    t->fields[i].type = elems[i];
  t->nfields = n;
  return t;
}

bool is_integer(Type *t) {
  if (is_type_param(t))
    return tparam_all(t, is_integer);
  t = under(t);
  return t && ((t->kind >= TY_INT && t->kind <= TY_UINTPTR) ||
               t->kind == TY_UNTYPED_INT || t->kind == TY_UNTYPED_RUNE);
}

bool is_unsigned(Type *t) {
  if (is_type_param(t))
    return tparam_all(t, is_unsigned);
  t = under(t);
  return t && t->kind >= TY_UINT && t->kind <= TY_UINTPTR;
}

bool is_float(Type *t) {
  if (is_type_param(t))
    return tparam_all(t, is_float);
  t = under(t);
  return t && (t->kind == TY_FLOAT32 || t->kind == TY_FLOAT64 || t->kind == TY_UNTYPED_FLOAT);
}

bool is_complex(Type *t) {
  if (is_type_param(t))
    return tparam_all(t, is_complex);
  t = under(t);
  return t && (t->kind == TY_COMPLEX64 || t->kind == TY_COMPLEX128 || t->kind == TY_UNTYPED_COMPLEX);
}

bool is_numeric(Type *t) {
  if (is_type_param(t))
    return tparam_all(t, is_numeric);
  return is_integer(t) || is_float(t) || is_complex(t);
}

bool is_string(Type *t) {
  if (is_type_param(t))
    return tparam_all(t, is_string);
  t = under(t);
  return t && (t->kind == TY_STRING || t->kind == TY_UNTYPED_STRING);
}

bool is_boolean(Type *t) {
  if (is_type_param(t))
    return tparam_all(t, is_boolean);
  t = under(t);
  return t && (t->kind == TY_BOOL || t->kind == TY_UNTYPED_BOOL);
}

bool is_untyped(Type *t) {
  return t && t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL;
}

bool is_interface(Type *t) {
  if (is_type_param(t))
    return false;
  t = under(t);
  return t && t->kind == TY_INTERFACE;
}

// gc stores a value directly in an interface's data word when it is a single
// pointer: pointers, maps, chans, funcs, unsafe.Pointer, and one-element
// structs/arrays of such.
bool is_pointer_shaped(Type *t) {
  t = under(t);
  switch (t->kind) {
  case TY_PTR: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
    return true;
  case TY_ARRAY:
    return t->len == 1 && is_pointer_shaped(t->elem);
  case TY_STRUCT:
    return t->nfields == 1 && is_pointer_shaped(t->fields[0].type);
  default:
    return false;
  }
}

bool is_comparable(Type *t) {
  if (is_type_param(t))
    return under(t->bound)->needs_comparable || tparam_all(t, is_comparable);
  t = under(t);
  switch (t->kind) {
  case TY_SLICE: case TY_MAP: case TY_FUNC:
    return false;
  case TY_ARRAY:
    return is_comparable(t->elem);
  case TY_STRUCT:
    for (int i = 0; i < t->nfields; i++)
      if (!is_comparable(t->fields[i].type))
        return false;
    return true;
  default:
    return true;
  }
}

static bool fields_identical(Field *a, Field *b, int n, bool names) {
  for (int i = 0; i < n; i++) {
    if (names) {
      const char *x = a[i].name ? a[i].name : "", *y = b[i].name ? b[i].name : "";
      if (strcmp(x, y) || a[i].embedded != b[i].embedded)
        return false;
      // Unexported field names are qualified by the package that wrote
      // them: struct{ x int } of package a is not package b's.
      if (!is_exported(x) && a[i].pkgpath && b[i].pkgpath && strcmp(a[i].pkgpath, b[i].pkgpath))
        return false;
    }
    if (!types_identical(a[i].type, b[i].type))
      return false;
  }
  return true;
}

bool types_identical(Type *a, Type *b) {
  if (a == b)
    return true;
  if (!a || !b || a->kind != b->kind)
    return false;
  if (a->kind <= TY_UNSAFEPTR)
    return a->kind != TY_INVALID; // byte is uint8, rune is int32
  switch (a->kind) {
  case TY_PTR: case TY_SLICE:
    return types_identical(a->elem, b->elem);
  case TY_ARRAY:
    return a->len == b->len && types_identical(a->elem, b->elem);
  case TY_MAP:
    return types_identical(a->key, b->key) && types_identical(a->elem, b->elem);
  case TY_CHAN:
    return a->len == b->len && types_identical(a->elem, b->elem);
  case TY_STRUCT:
    return a->nfields == b->nfields && fields_identical(a->fields, b->fields, a->nfields, true);
  case TY_FUNC:
    return a->nfields == b->nfields && a->nresults == b->nresults &&
           a->variadic == b->variadic &&
           fields_identical(a->fields, b->fields, a->nfields, false) &&
           fields_identical(a->results, b->results, a->nresults, false);
  case TY_INTERFACE:
    if (a->nmethods != b->nmethods)
      return false;
    for (int i = 0; i < a->nmethods; i++)
      if (strcmp(a->methods[i].name, b->methods[i].name) ||
          !types_identical(a->methods[i].sig, b->methods[i].sig))
        return false;
    return true;
  case TY_TUPLE:
    return a->nfields == b->nfields && fields_identical(a->fields, b->fields, a->nfields, false);
  default:
    return false; // basic and named types are identical only to themselves
  }
}

static int64_t align_to(int64_t n, int64_t a) { return a ? (n + a - 1) / a * a : n; }

void type_layout(Type *t) {
  if (!t || t->laid_out)
    return;
  t->laid_out = true; // guards recursion through invalid (cyclic) types
  switch (t->kind) {
  case TY_TYPEPARAM:   // never compiled: a generic body is checked, not generated
    t->size = t->align = 8;
    break;
  case TY_NAMED: {
    Type *u = under(t);
    type_layout(u);
    t->size = u->size;
    t->align = u->align;
    t->has_ptrs = u->has_ptrs;
    break;
  }
  case TY_PTR: case TY_MAP: case TY_CHAN: case TY_FUNC:
    t->size = t->align = 8;
    t->has_ptrs = true;
    break;
  case TY_SLICE:
    t->size = 24, t->align = 8, t->has_ptrs = true;
    break;
  case TY_INTERFACE:
    t->size = 16, t->align = 8, t->has_ptrs = true;
    break;
  case TY_ARRAY:
    type_layout(t->elem);
    t->align = t->elem->align ? t->elem->align : 1;
    // Saturate absurd sizes instead of overflowing; check.c rejects them.
    if (t->elem->size && t->len > INT64_MAX / 2 / t->elem->size)
      t->size = INT64_MAX / 2;
    else
      t->size = t->elem->size * t->len;
    t->has_ptrs = t->len > 0 && t->elem->has_ptrs;
    break;
  case TY_STRUCT:
  case TY_TUPLE: {
    int64_t off = 0, align = 1;
    for (int i = 0; i < t->nfields; i++) {
      Type *ft = t->fields[i].type;
      type_layout(ft);
      off = align_to(off, ft->align ? ft->align : 1);
      t->fields[i].offset = off;
      off += ft->size;
      if (ft->align > align)
        align = ft->align;
      if (ft->has_ptrs)
        t->has_ptrs = true;
    }
    // gc pads a struct ending in a zero-size field so &last stays inside it.
    if (t->kind == TY_STRUCT && t->nfields > 0 && off > 0 &&
        t->fields[t->nfields - 1].type->size == 0)
      off++;
    t->align = align;
    t->size = align_to(off, align);
    break;
  }
  default:
    break;
  }
}

int64_t type_size(Type *t) {
  type_layout(t);
  return t->size;
}

int64_t type_align(Type *t) {
  type_layout(t);
  return t->align ? t->align : 1;
}

int int_bits(Type *t) {
  t = under(t);
  switch (t->kind) {
  case TY_INT8: case TY_UINT8: return 8;
  case TY_INT16: case TY_UINT16: return 16;
  case TY_INT32: case TY_UINT32: case TY_UNTYPED_RUNE: return 32;
  default: return 64;
  }
}

// Spellings: STYLE_PLAIN is gc's (-m messages), STYLE_QUALIFIED prefixes
// package names (runtime type names), STYLE_TYPES2 is how gc's type checker
// writes types in compile errors: "struct{X int}", "interface{}".
// STYLE_LINK is STYLE_QUALIFIED with import paths: unique in a program,
// for symbol names.
enum { STYLE_PLAIN, STYLE_QUALIFIED, STYLE_TYPES2, STYLE_LINK };

static void write_type(Buf *b, Type *t, int style);

static void write_params(Buf *b, Field *f, int n, bool variadic, int style) {
  for (int i = 0; i < n; i++) {
    if (i)
      buf_puts(b, ", ");
    if (variadic && i == n - 1) {
      buf_puts(b, "...");
      write_type(b, f[i].type->elem, style);
    } else {
      write_type(b, f[i].type, style);
    }
  }
}

static void write_sig(Buf *b, Type *t, int style) {
  buf_putc(b, '(');
  write_params(b, t->fields, t->nfields, t->variadic, style);
  buf_putc(b, ')');
  if (t->nresults == 1) {
    buf_putc(b, ' ');
    write_type(b, t->results[0].type, style);
  } else if (t->nresults > 1) {
    buf_puts(b, " (");
    write_params(b, t->results, t->nresults, false, style);
    buf_putc(b, ')');
  }
}

const Instance *types_shape_instance;

// In gc's -m spelling inside a generic function's shape body, a type
// argument is its shape type (go.shape.int_0).
static bool write_shape(Buf *b, Type *t, int style) {
  const Instance *in = types_shape_instance;
  if (!in || style != STYLE_PLAIN)
    return false;
  for (int i = 0; i < in->ntargs; i++)
    if (in->targs[i] == t || (t->kind != TY_NAMED && types_identical(in->targs[i], t))) {
      buf_puts(b, in->shape_names[i]);
      return true;
    }
  return false;
}

// A generic type's instance: its name, then [its type arguments].
static void write_targs(Buf *b, Type *t, int style) {
  buf_putc(b, '[');
  for (int i = 0; i < t->ntargs; i++) {
    if (i)   // gc's link names "Pair[int,string]", types2's "Pair[int, string]"
      buf_puts(b, style == STYLE_TYPES2 ? ", " : ",");
    write_type(b, t->targs[i], style);
  }
  buf_putc(b, ']');
}

static void write_type(Buf *b, Type *t, int style) {
  if (!t) {
    buf_puts(b, "<nil>");
    return;
  }
  if (write_shape(b, t, style))
    return;
  if (t->kind == TY_NAMED && t->ntargs) {
    Type plain = *t;
    plain.ntargs = 0;
    write_type(b, &plain, style);
    write_targs(b, t, style);
    return;
  }
  switch (t->kind) {
  case TY_NAMED:
    // Imported packages' types always say their package ("time.Duration");
    // the compiled package's own only in run-time names ("main.User").
    if (style == STYLE_LINK && t->pkgpath)
      buf_printf(b, "%s.", link_path(t->pkgpath));
    if (style == STYLE_LINK && t->obj && !t->obj->global && t->obj->pos.file) {
      // A type declared in a function: its name is not unique in the
      // package (gc's symbols say T·1, T·2); its place is.
      buf_printf(b, "%s·%s:%d:%d", t->name, t->obj->pos.file->path, t->obj->pos.line,
                 t->obj->pos.col);
      return;
    }
    else if (style == STYLE_PLAIN && quoted_path(t->pkgpath))
      buf_printf(b, "\"%s\".", t->pkgpath);
    else if (style == STYLE_LINK && t->pkgpath)
      ;   // (its import path said it)
    else if (t->pkg && (style == STYLE_QUALIFIED || style == STYLE_LINK || !t->pkgpath || strcmp(t->pkgpath, types_local_pkg)))
      buf_printf(b, "%s.", t->pkg);
    buf_puts(b, t->name);
    return;
  case TY_PTR:
    buf_putc(b, '*');
    write_type(b, t->elem, style);
    return;
  case TY_SLICE:
    buf_puts(b, "[]");
    write_type(b, t->elem, style);
    return;
  case TY_ARRAY:
    buf_printf(b, "[%lld]", (long long)t->len);
    write_type(b, t->elem, style);
    return;
  case TY_MAP:
    buf_puts(b, "map[");
    write_type(b, t->key, style);
    buf_putc(b, ']');
    write_type(b, t->elem, style);
    return;
  case TY_CHAN:
    buf_puts(b, t->len == 1 ? "chan<- " : t->len == 2 ? "<-chan " : "chan ");
    write_type(b, t->elem, style);
    return;
  case TY_FUNC:
    buf_puts(b, "func");
    write_sig(b, t, style);
    return;
  case TY_STRUCT:
    if (!t->nfields) {
      buf_puts(b, style == STYLE_TYPES2 ? "struct{}" : "struct {}");
      return;
    }
    buf_puts(b, style == STYLE_TYPES2 ? "struct{" : "struct { ");
    for (int i = 0; i < t->nfields; i++) {
      if (i)
        buf_puts(b, "; ");
      const Field *f = &t->fields[i];
      if (style == STYLE_LINK && f->pkgpath && !is_exported(f->name))
        buf_printf(b, "%s.", link_path(f->pkgpath));   // the package's own name (symbols only)
      if (!f->embedded)
        buf_printf(b, "%s ", f->name);
      write_type(b, f->type, style);
    }
    buf_puts(b, style == STYLE_TYPES2 ? "}" : " }");
    return;
  case TY_INTERFACE:
    // The predeclared any is spelled so where the source said any (gc 1.19
    // keeps it apart from interface{} until run time: make([]any, n) in
    // -m), never in run-time names, which say interface {}.
    if (t == ty_any && (style == STYLE_TYPES2 || style == STYLE_PLAIN)) {
      buf_puts(b, "any");
      return;
    }
    if (!t->nmethods && !t->nunions) {
      buf_puts(b, style == STYLE_TYPES2 ? "interface{}" : "interface {}");
      return;
    }
    buf_puts(b, style == STYLE_TYPES2 ? "interface{" : "interface { ");
    for (int i = 0; i < t->nmethods; i++) {
      if (i)
        buf_puts(b, "; ");
      buf_puts(b, t->methods[i].name);
      write_sig(b, t->methods[i].sig, style);
    }
    for (int i = 0; i < t->nunions; i++) {   // a constraint's type set: ~int | string
      if (i || t->nmethods)
        buf_puts(b, "; ");
      for (int j = 0; j < t->unions[i].nterms; j++) {
        buf_puts(b, j ? " | " : "");
        buf_puts(b, t->unions[i].terms[j].tilde ? "~" : "");
        write_type(b, t->unions[i].terms[j].type, style);
      }
    }
    buf_puts(b, style == STYLE_TYPES2 ? "}" : " }");
    return;
  case TY_TYPEPARAM:
    buf_puts(b, t->name);
    return;
  case TY_TUPLE:
    buf_putc(b, '(');
    write_params(b, t->fields, t->nfields, false, style);
    buf_putc(b, ')');
    return;
  case TY_UINT8:
    buf_puts(b, style == STYLE_QUALIFIED || style == STYLE_LINK ? "uint8" : t->name); // run-time names never say byte
    return;
  case TY_INT32:
    buf_puts(b, style == STYLE_QUALIFIED || style == STYLE_LINK ? "int32" : t->name);
    return;
  default:
    buf_puts(b, t->name ? t->name : "?");
  }
}

char *type_string(Type *t, bool qualify) {
  Buf b = {0};
  write_type(&b, t, qualify ? STYLE_QUALIFIED : STYLE_PLAIN);
  return buf_cstr(&b);
}

// gc's symbol prefix of a package path (objabi.PathToPrefix): a dot in the
// last element, '%', '"', spaces, control and non-ASCII bytes as %xx, so
// "gopkg.in/yaml.v3" gives "gopkg.in/yaml%2ev3" and no package's symbols
// can be mistaken for another's ("a.b" + ".F" against "a" + ".b.F").
char *link_path(const char *path) {
  const char *last = strrchr(path, '/');
  last = last ? last : path;
  Buf b = {0};
  for (const char *p = path; *p; p++) {
    unsigned char c = (unsigned char)*p;
    if (c <= ' ' || c == '%' || c == '"' || c >= 0x7f || (c == '.' && p > last))
      buf_printf(&b, "%%%02x", c);
    else
      buf_putc(&b, (char)c);
  }
  return buf_cstr(&b);
}

char *type_link_string(Type *t) {
  Buf b = {0};
  write_type(&b, t, STYLE_LINK);
  return buf_cstr(&b);
}

char *type_string_checker(Type *t) {
  Buf b = {0};
  write_type(&b, t, STYLE_TYPES2);
  return buf_cstr(&b);
}
