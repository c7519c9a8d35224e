// check.h — the type checker's public interface (gc's types2 and types):
// types and their layout, exact constants, objects, packages, and the few
// checker questions later passes ask (method sets, member lookup).
//   check/*.c     checking (internal.h lists the files)
//   types.c       Type construction, layout, printing (gc's spelling)
//   const.c       exact untyped constants on GMP
//   unsafe.c      package unsafe, the one package not compiled from Go source
#ifndef ESCGO_CHECK_H
#define ESCGO_CHECK_H

#include <gmp.h>

#include "syntax/syntax.h"

// ---------------------------------------------------------------- const.c
// Exact constants as in the Go spec: integers are unbounded (mpz), floats are
// exact rationals (mpq) so 0.1+0.2 == 0.3. Strings are byte strings. A
// complex constant is a pair of int/float constants, as in go/constant: its
// parts keep their kinds (1 + 2i has integer parts), which messages show.
typedef enum { CV_BOOL, CV_INT, CV_FLOAT, CV_STRING, CV_COMPLEX } ConstKind;

struct Const {
  ConstKind kind;
  bool b;
  mpz_t i;       // CV_INT
  mpq_t f;       // CV_FLOAT
  char *s;       // CV_STRING bytes
  int64_t slen;
  Const *re, *im;   // CV_COMPLEX: real and imaginary parts (CV_INT or CV_FLOAT)
};

Const *const_bool(bool b);
Const *const_int64(int64_t v);
Const *const_uint64(uint64_t v);
Const *const_float(double d);
Const *const_string(const char *s, int64_t len);
// Parses a Go literal's text (T_INT/T_FLOAT, with prefixes and '_'); NULL if
// malformed or absurdly large (exponent beyond ±100000): the caller reports.
Const *const_from_int_lit(const char *text, int len);
Const *const_from_float_lit(const char *text, int len);
Const *const_from_imag_lit(const char *text, int len);   // T_IMAG: "2i", "0x1p-2i"
// int/float/complex with a zero imaginary part -> float (exact), else NULL
Const *const_to_float(const Const *c);
// int, or float/complex with an integral real value -> int, else NULL
Const *const_to_int(const Const *c);
Const *const_to_complex(const Const *c); // int/float/complex -> complex
Const *const_complex(const Const *re, const Const *im);  // re + im*i (int/float parts)
Const *const_real(const Const *c);       // the real part of a numeric constant
Const *const_imag(const Const *c);       // its imaginary part (0 for int/float)
// op is a TokKind: T_ADD T_SUB T_MUL T_QUO T_REM T_AND T_OR T_XOR T_AND_NOT
// T_SHL T_SHR T_LAND T_LOR and comparisons T_EQL.. (result CV_BOOL).
// int_div: for T_QUO with both operands integer constants (truncating).
// Returns NULL on division by zero or an over-large shift (caller reports).
Const *const_binary(TokKind op, const Const *x, const Const *y, bool int_div);
Const *const_unary(TokKind op, const Const *x, int bits_for_compl, bool is_unsigned);
int const_sign(const Const *c);   // complex: 0 iff both parts are 0
bool const_fits_int(const Const *c, int bits, bool is_unsigned);
bool const_fits_float32(const Const *c);  // not overflowing float32
bool const_fits_float64(const Const *c);
int64_t const_to_int64(const Const *c);   // two's-complement low 64 bits
double const_float64(const Const *c);     // nearest double
float const_float32(const Const *c);
// gc's spelling in messages: 10, 1.5, 1e+100, "str", true, (1 + 2i).
char *const_string_repr(const Const *c);

// ---------------------------------------------------------------- types.c
typedef enum {
  TY_INVALID,
  TY_BOOL,
  TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64,
  TY_UINT, TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR,
  TY_FLOAT32, TY_FLOAT64,
  TY_COMPLEX64, TY_COMPLEX128,
  TY_STRING,
  TY_UNSAFEPTR,
  // untyped constant kinds
  TY_UNTYPED_BOOL, TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_FLOAT,
  TY_UNTYPED_COMPLEX,   // (the numeric ones in types2's order: an operation takes the later)
  TY_UNTYPED_STRING, TY_UNTYPED_NIL,
  // composite
  TY_PTR, TY_ARRAY, TY_SLICE, TY_STRUCT, TY_FUNC, TY_INTERFACE, TY_MAP,
  TY_CHAN,
  TY_NAMED,   // a declared type: see .name and .underlying
  TY_TUPLE,   // results of a multi-value call
  TY_TYPEPARAM,   // a type parameter in a generic body checked once for all (check/tparam.c)
} TypeKind;

typedef struct Field {
  char *name;      // NULL for a tuple element
  Type *type;
  int64_t offset;  // byte offset, filled by type_layout
  bool embedded;
  Pos pos;
  const char *pkgpath;  // STRUCT: the package that wrote the field (an unexported name is its own)
  const char *tag;      // STRUCT: the field's tag, unquoted, or NULL (reflect's StructField.Tag)
} Field;

typedef struct Method {
  char *name;
  Type *sig;       // TY_FUNC without receiver
  bool ptr_recv;
  Obj *func;       // the declared method (for named types)
  const char *pkgpath;  // the declaring Go package: an unexported name is its own there
} Method;

struct Type {
  TypeKind kind;
  int id;                // unique, stable across a compilation
  Type *elem;            // PTR, ARRAY, SLICE, MAP value, CHAN
  Type *key;             // MAP
  int64_t len;           // ARRAY
  Field *fields;         // STRUCT fields, FUNC params, TUPLE elements
  int nfields;
  Field *results;        // FUNC results
  int nresults;
  bool variadic;         // FUNC: last param is ...T (its type is []T)
  Method *methods;       // INTERFACE methods, or NAMED's declared methods
  int nmethods;
  // NAMED
  char *name;            // "User" ; printed "main.User" (pkg set) or "int" (predeclared)
  char *pkg;             // "main", or NULL for predeclared (error, etc.)
  char *pkgpath;         // import path of the Go package declaring it ("main",
                         // "example.com/m/geom"); NULL for predeclared ones
  Type *underlying;      // NAMED: the underlying type, never NAMED itself
  Obj *obj;
  // layout (type_layout)
  int64_t size, align;
  bool laid_out;
  bool has_ptrs;         // contains pointers the collector must scan
  void *cg;              // codegen: cached LLVM type
  void *cg_desc;         // codegen: cached runtime type descriptor global
  // check/generic.c. A NAMED instance of a generic type, Stack[int]: name
  // is the generic's ("Stack"), targs its type arguments (spelled after it).
  Type **targs;
  int ntargs;
  // An INTERFACE used as a constraint: its type set is the intersection of
  // these unions of terms (~int | string), and comparable when
  // needs_comparable (it embeds comparable).
  struct TypeUnion *unions;
  int nunions;
  bool needs_comparable;
  // TYPEPARAM: name is the parameter's, bound its constraint (an interface),
  // bound_text how messages name the constraint ("any", "~int | ~string").
  Type *bound;
  char *bound_text;
};

// A constraint's union: T or ~T terms (check/generic.c).
typedef struct TypeTerm {
  Type *type;
  bool tilde;
} TypeTerm;
typedef struct TypeUnion {
  TypeTerm *terms;
  int nterms;
} TypeUnion;

// Predeclared types. byte and rune are aliases: ty_byte and ty_rune are
// identical to ty_uint8 and ty_int32 (types_identical), but keep their names
// for messages and -m output ("([]byte)(s)"); run-time type names use uint8/int32.
extern Type *ty_byte, *ty_rune;
extern const char *types_local_pkg;  // import path of the package being compiled (its types print unqualified)
extern Vec types_quoted_paths;       // its imports that share a name with another: -m spells
                                     // their types "path".T, as gc does
extern Type *ty_invalid, *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32,
    *ty_int64, *ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64,
    *ty_uintptr, *ty_float32, *ty_float64, *ty_complex64, *ty_complex128,
    *ty_string, *ty_unsafeptr, *ty_untyped_bool, *ty_untyped_int,
    *ty_untyped_rune, *ty_untyped_float, *ty_untyped_complex, *ty_untyped_string, *ty_untyped_nil,
    *ty_any /* interface{} */, *ty_error /* NAMED error */;

void types_init(void);
Type *new_type(TypeKind k);
Type *ptr_to(Type *elem);            // canonical (identical types are the same pointer where cheap)
Type *slice_of(Type *elem);
Type *array_of(Type *elem, int64_t len);
Type *map_of(Type *key, Type *val);
Type *tuple_of(Type **elems, int n);
Type *method_expr_sig(Type *recv, Type *sig);   // func(recv, params...) results
Type *under(Type *t);                // underlying type (t itself if not NAMED); a type
                                     // parameter's core type, or itself when it has none
bool is_integer(Type *t);            // typed or untyped integer/rune
bool is_unsigned(Type *t);
bool is_float(Type *t);
bool is_complex(Type *t);            // complex64, complex128, untyped complex
bool is_numeric(Type *t);
bool is_string(Type *t);
bool is_boolean(Type *t);
bool is_untyped(Type *t);
bool is_interface(Type *t);
bool is_pointer_shaped(Type *t);     // gc's IsDirectIface: stored in an interface's data word directly
bool is_comparable(Type *t);
bool types_identical(Type *a, Type *b);
void type_layout(Type *t);           // sizes per gc's amd64 rules (int 8, string 16, slice 24, iface 16)
int64_t type_size(Type *t);
int64_t type_align(Type *t);
int int_bits(Type *t);               // 8..64 for integer kinds
// gc's spelling: "int", "[]int", "*main.User", "map[string]int", "struct { X int }",
// "func(int) string", "interface {}", "untyped int". qualify: prefix "main." on package types.
char *type_string(Type *t, bool qualify);
// ... with import paths ("*example.com/m/geom.Circle"): unique in a program, for symbols.
char *type_link_string(Type *t);
char *link_path(const char *pkgpath);   // gc's symbol prefix of a package path

// ---------------------------------------------------------------- objects (check.c)
typedef enum {
  OBJ_BAD, OBJ_VAR, OBJ_CONST, OBJ_TYPE, OBJ_FUNC, OBJ_PKG, OBJ_BUILTIN, OBJ_NIL
} ObjKind;

typedef enum {
  BI_APPEND, BI_CAP, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE, BI_IMAG, BI_LEN,
  BI_MAKE, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN, BI_REAL, BI_RECOVER,
  // package unsafe's (check/unsafe.c)
  BI_ADD, BI_ALIGNOF, BI_OFFSETOF, BI_SIZEOF, BI_SLICE,
} Builtin;

struct Obj {
  ObjKind kind;
  char *name;
  Type *type;
  Pos pos;
  Node *decl;          // declaring node (N_IDENT of the name)
  Node *spec;          // N_VARSPEC / N_CONSTSPEC / N_TYPESPEC / N_FUNCDECL
  Const *cval;         // OBJ_CONST
  Builtin builtin;     // OBJ_BUILTIN
  char *pkgpath;       // OBJ_PKG: "fmt"
  struct Package *imported;  // OBJ_PKG: a Go package escgo compiled (else unsafe)
  bool name_clash;     // OBJ_PKG: another import has its package name (gc's -m spells the path)
  struct Package *home;      // package-level objects: the declaring package
  char *linkname;      // a package-level func or var named by //go:linkname: its link name
  bool used;
  bool global;         // package-level
  bool is_param, is_result;
  Obj *recv_type;      // method: receiver base type object
  int state;           // check.c: 0 unresolved, 1 resolving, 2 done
  int mark;            // check.c: visit marks for initialization order
  void *ir;            // lower.c: the IR Var / Func
  // lower_closure.c's pre-pass over a function (gc's capture rules, StaticValue):
  int fn_depth;        // closure nesting depth of the declaring function, +1 (0: unknown)
  int decl_loop;       // loop depth at the declaration
  int capflags;        // CAP_* (lower/internal.h)
  // check/generic.c: a generic function or type (uses must instantiate it),
  // or the instance of one (Max[int], (*Stack[int]).Push).
  struct Generic *generic;
  struct Instance *instance;
  int tparam;          // a type parameter's name in an instance: 1 + its index
};

// A function instantiated from a generic one (check/generic.c). gc compiles
// one body per GC shape of the type arguments (all pointers alike, a named
// type like its underlying one) and reports -m for that body, spelling the
// type parameters as shape types (go.shape.int_0); escgo compiles one body
// per type argument list and reports only the first of each shape.
typedef struct Instance {
  struct Generic *generic;
  Type **targs;
  int ntargs;
  char *shape_key;         // the shapes of targs, one string: equal keys share gc's body
  bool shape_first;        // the first instance of its shape: reports -m
  char **shape_names;      // per type argument: "go.shape.int_0"
  char *shape_func_name;   // gc's name of the shape body: "Max[go.shape.int_0]"
  char *dict_name;         // ".dict.Max[int]"
  bool shape_params;       // a function whose parameters (or receiver) have shape types
  Obj *obj;                // the instance: its function (or method), or its type's name
  Type *type;              // a generic type's instance
  struct Package *made_in; // the package whose checker made it (gc: where it is stenciled)
  bool of_params;          // its type arguments mention type parameters: made while a
                           // generic body is checked once, never compiled
} Instance;

// While set, gc's -m spelling of types (type_string, not qualified) writes
// these type arguments as their shape types (ir/spell.c sets it around the
// spelling of an instance's expressions).
extern const Instance *types_shape_instance;
// Does the checked type expression n name a type parameter of an instance
// (check/generic.c), so that gc's shape body has a shape type there?
bool type_expr_has_tparam(Node *n);


// ---------------------------------------------------------------- check.c
typedef struct Package {
  char *name;            // "main"
  char *path;            // import path: "main", "example.com/m/geom", "command-line-arguments"
  Vec imports;           // Package*: the Go packages its files import, checked already
  void *scope;           // after check_package: its package scope (exported names)
  Vec files;             // N_FILE
  Vec funcs;             // N_FUNCDECL in source order (methods too)
  Vec globals;           // Obj* of package-level vars in initialization order
  Vec inits;             // N_VARSPEC in initialization order
  Obj *main;             // func main, if any
} Package;

void check_package(Package *pkg);
// check/generic.c: is o a generic function or type (not yet instantiated)?
bool is_generic_obj(const Obj *o);
Obj *new_obj(ObjKind k, const char *name, Type *t, Pos pos);
// For export/: a package's package-level objects sorted by name (methods
// hang on their types), and a package scope built from export data.
Vec package_objects(Package *pkg);
void *package_scope_new(void);
void package_scope_insert(void *scope, Obj *o);
Obj *package_scope_lookup(void *scope, const char *name);   // unexported names too
bool is_exported(const char *name);
Obj *imported_member(Obj *pkg, const char *name);   // pkg.name of an imported Go package
// The instance of the generic type gen for these type arguments, if a
// package compiled in this build made it (export data's `inst` types).
Type *existing_type_instance(Obj *gen, Type **targs, int ntargs);

// check_method.c: the method set of t as gc defines it (value receivers for T,
// all for *T, promoted through embedded fields), sorted by name.
typedef struct MethodSetEntry {
  Method *m;
  Type *holder;        // NAMED type declaring m, or the embedded interface type
  int *path;           // embedded field indices from t to the holder
  int npath;
} MethodSetEntry;
int method_set(Type *t, MethodSetEntry **out);

// ---------------------------------------------------------------- what later passes ask
// method.c
typedef enum { MEMBER_NONE, MEMBER_FIELD, MEMBER_METHOD, MEMBER_IMETHOD } MemberKind;
// What x.name selects: a field (path: embedded field indices then the field),
// a declared method of a named type (holder) or an interface's method
// (path: the embedded fields leading to the holder).
typedef struct Member {
  MemberKind kind;
  Vec path;
  Type *type;         // field type, or method signature (without receiver)
  Method *m;
  Type *holder;       // NAMED type declaring the method, or the interface type
  bool indirect;      // the path goes through a pointer
  bool ambiguous;     // several at the shallowest depth
  int depth;
} Member;
Member lookup_member(Type *t, const char *name);   // as a selector in the package being compiled
// ... with an unexported name qualified by package pkg (NULL: any package's).
Member lookup_member_in(Type *t, const char *name, const char *pkg);
Type *method_recv_type(Node *fd);              // T or *T of a method declaration
// typexpr.c
Type *default_type(Type *t);                   // an untyped type's default (untyped int -> int)
char *expr_string(Node *n);                    // gc's source-like printing of an expression
// unsafe.c: is a conversion from (underlying) vu to tu Go 1.17's slice to array pointer?
bool is_slice_to_array_ptr(Type *vu, Type *tu);

#endif
