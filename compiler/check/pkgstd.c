// check/pkgstd.c — the standard packages beyond runtime (check/packages.c):
// math, math/rand, runtime/debug and a few of runtime's functions (fmt, io,
// os, time, syscall, sync, reflect, strings, strconv, bytes, unicode,
// unicode/utf8, errors and sort compile from Go's source). Every function is
// implemented in C in runtime/ (one file per package) and called through the
// RTCALL ABI; its escape summary sits next to it here (`tags`, one letter per
// parameter, receiver first — see escape/leaks.c), copied from what gc 1.19
// prints for the real package (`go build -gcflags=PKG=-m PKG`).
//
// Signature letters (as check/packages.c: i int, I int64, u uint64, f float64,
// s string, b bool, a any, e error; its other letters mean other things):
//   r rune  y byte  U uint  j int32  J uint32  S []string  B []byte  N []int
//   K func(i, j int)  P func(rune) bool  Q func(rune) rune
//   g float32
#include "internal.h"

#include <string.h>

static Type *std_sig(const char *sig);

typedef struct StdFunc {
  PkgFunc f;          // pkg, name, csym, sig
  const char *tags;   // escape summary: one letter per parameter (scalars too), absent = leaks
} StdFunc;

static const StdFunc funcs[] = {
    // math: libm where it agrees with Go, else runtime/math.c
    {{"math", "Sqrt", "sqrt", "f>f"}, ""},
    {{"math", "Pow", "escgo_math_Pow", "ff>f"}, ""},
    {{"math", "Abs", "fabs", "f>f"}, ""},
    {{"math", "Floor", "floor", "f>f"}, ""},
    {{"math", "Ceil", "ceil", "f>f"}, ""},
    {{"math", "Trunc", "trunc", "f>f"}, ""},
    {{"math", "Round", "round", "f>f"}, ""},
    {{"math", "RoundToEven", "nearbyint", "f>f"}, ""},
    {{"math", "Mod", "fmod", "ff>f"}, ""},
    {{"math", "Max", "escgo_math_Max", "ff>f"}, ""},
    {{"math", "Min", "escgo_math_Min", "ff>f"}, ""},
    {{"math", "Inf", "escgo_math_Inf", "i>f"}, ""},
    {{"math", "IsInf", "escgo_math_IsInf", "fi>b"}, ""},
    {{"math", "NaN", "escgo_math_NaN", ">f"}, ""},
    {{"math", "IsNaN", "escgo_math_IsNaN", "f>b"}, ""},
    {{"math", "Signbit", "escgo_math_Signbit", "f>b"}, ""},
    {{"math", "Copysign", "copysign", "ff>f"}, ""},
    {{"math", "Hypot", "hypot", "ff>f"}, ""},
    {{"math", "Cbrt", "cbrt", "f>f"}, ""},
    {{"math", "Log", "log", "f>f"}, ""},
    {{"math", "Log2", "log2", "f>f"}, ""},
    {{"math", "Log10", "log10", "f>f"}, ""},
    {{"math", "Log1p", "log1p", "f>f"}, ""},
    {{"math", "Exp", "exp", "f>f"}, ""},
    {{"math", "Exp2", "exp2", "f>f"}, ""},
    {{"math", "Ldexp", "escgo_math_Ldexp", "fi>f"}, ""},
    {{"math", "Sin", "sin", "f>f"}, ""},
    {{"math", "Cos", "cos", "f>f"}, ""},
    {{"math", "Tan", "tan", "f>f"}, ""},
    {{"math", "Asin", "asin", "f>f"}, ""},
    {{"math", "Acos", "acos", "f>f"}, ""},
    {{"math", "Atan", "atan", "f>f"}, ""},
    {{"math", "Atan2", "atan2", "ff>f"}, ""},
    {{"math", "Sinh", "sinh", "f>f"}, ""},
    {{"math", "Cosh", "cosh", "f>f"}, ""},
    {{"math", "Tanh", "tanh", "f>f"}, ""},
    {{"math", "Asinh", "asinh", "f>f"}, ""},
    {{"math", "Acosh", "acosh", "f>f"}, ""},
    {{"math", "Atanh", "atanh", "f>f"}, ""},
    {{"math", "Sincos", "escgo_math_Sincos", "f>ff"}, ""},
    {{"math", "Float64bits", "escgo_math_Float64bits", "f>u"}, ""},
    {{"math", "Float64frombits", "escgo_math_Float64frombits", "u>f"}, ""},
    {{"math", "Float32bits", "escgo_math_Float32bits", "g>J"}, ""},
    {{"math", "Float32frombits", "escgo_math_Float32frombits", "J>g"}, ""},
    // math/rand (Int, Intn, Float64, Seed: check/packages.c)
    {{"math/rand", "Int63", "escgo_rand_Int63", ">I"}, ""},
    {{"math/rand", "Int31", "escgo_rand_Int31", ">j"}, ""},
    {{"math/rand", "Int63n", "escgo_rand_Int63n", "I>I"}, ""},
    {{"math/rand", "Int31n", "escgo_rand_Int31n", "j>j"}, ""},
    {{"math/rand", "Uint32", "escgo_rand_Uint32", ">J"}, ""},
    {{"math/rand", "Uint64", "escgo_rand_Uint64", ">u"}, ""},
    {{"math/rand", "Perm", "escgo_rand_Perm", "i>N"}, ""},
    {{"math/rand", "Shuffle", "escgo_rand_Shuffle", "iK>"}, "nn"},
    // runtime (the rest: check/packages.c); gc's tags
    {{"runtime", "GOROOT", "escgo_runtime_GOROOT", ">s"}, ""},
    {{"runtime", "Caller", "escgo_runtime_Caller", "i>wsib"}, ""},   // runtime/traceback.c
    {{"runtime", "SetFinalizer", "escgo_runtime_SetFinalizer", "aa>"}, "hh"},
    // runtime/debug
    {{"runtime/debug", "SetGCPercent", "escgo_debug_SetGCPercent", "i>i"}, ""},
    {{"runtime/debug", "SetMemoryLimit", "escgo_debug_SetMemoryLimit", "I>I"}, ""},
    {{"runtime/debug", "FreeOSMemory", "escgo_debug_FreeOSMemory", ">"}, ""},
    {{"runtime/debug", "SetPanicOnFault", "escgo_debug_SetPanicOnFault", "b>b"}, ""},   // runtime/signals.c
};

// ---------------------------------------------------------------- types

// time.Time: only relative use (Sub, Since, Add, comparisons); the wall
// clock in nanoseconds since the epoch plus a monotonic reading.
static Type *func_sig(const char *sig) { return std_sig(sig); }

static Type *std_sig_type(char c) {
  Type *basic = sig_basic_letter(c);
  if (basic)
    return basic;
  switch (c) {
  case 'r': return ty_rune;
  case 'y': return ty_byte;
  case 'U': return ty_uint;
  case 'j': return ty_int32;
  case 'J': return ty_uint32;
  case 'g': return ty_float32;
  case 'S': return slice_of(ty_string);
  case 'B': return slice_of(ty_byte);
  case 'N': return slice_of(ty_int);
  case 'C': return ty_complex128;
  case 'K': return func_sig("ii>");
  case 'P': return func_sig("r>b");
  case 'Q': return func_sig("r>r");
  case 'w': return ty_uintptr;
  default: ice("bad signature letter %c", c);
  }
}

static Type *std_sig(const char *sig) { return sig_parse(sig, std_sig_type); }

// ---------------------------------------------------------------- constants

typedef struct StdConst {
  const char *pkg, *name;
  const char *lit;    // Go literal text (exact: GMP), or a string's bytes
  char kind;          // 'i' untyped int, 'f' untyped float, 'r' untyped rune,
                      // 's' untyped string, 'R' untyped float 1/lit
                      // (math.Log2E is 1 / Ln2, exactly, as Go declares it)
} StdConst;

static const StdConst consts[] = {
    {"math", "Pi", "3.14159265358979323846264338327950288419716939937510582097494459", 'f'},
    {"math", "E", "2.71828182845904523536028747135266249775724709369995957496696763", 'f'},
    {"math", "Sqrt2", "1.41421356237309504880168872420969807856967187537694807317667974", 'f'},
    {"math", "Ln2", "0.693147180559945309417232121458176568075500134360255254120680009", 'f'},
    {"math", "Ln10", "2.30258509299404568401799145468436420760110148862877297603332790", 'f'},
    {"math", "Log2E", "0.693147180559945309417232121458176568075500134360255254120680009", 'R'},
    {"math", "Log10E", "2.30258509299404568401799145468436420760110148862877297603332790", 'R'},
    {"math", "Phi", "1.61803398874989484820458683436563811772030917980576286213544862", 'f'},
    {"math", "MaxFloat64", "0x1p1023", 'F'},
    {"math", "SmallestNonzeroFloat64", "0x1p-1074", 'f'},
    {"math", "MaxFloat32", "0x1p127", 'G'},
    {"math", "MaxInt", "9223372036854775807", 'i'},
    {"math", "MinInt", "-9223372036854775808", 'i'},
    {"math", "MaxInt8", "127", 'i'},
    {"math", "MinInt8", "-128", 'i'},
    {"math", "MaxInt16", "32767", 'i'},
    {"math", "MinInt16", "-32768", 'i'},
    {"math", "MaxInt32", "2147483647", 'i'},
    {"math", "MinInt32", "-2147483648", 'i'},
    {"math", "MaxInt64", "9223372036854775807", 'i'},
    {"math", "MinInt64", "-9223372036854775808", 'i'},
    {"math", "MaxUint8", "255", 'i'},
    {"math", "MaxUint16", "65535", 'i'},
    {"math", "MaxUint32", "4294967295", 'i'},
    {"math", "MaxUint64", "18446744073709551615", 'i'},
    {"math", "MaxUint", "18446744073709551615", 'i'},
    {"runtime", "GOOS", "linux", 's'},
    {"runtime", "GOARCH", "amd64", 's'},
    {"runtime", "Compiler", "gc", 's'},   // escgo compiles what gc compiles, as gc does
};

// Variables the C runtime defines (the symbol) and Go code reads and sets.
typedef struct StdVar {
  const char *pkg, *name, *csym;
  char sig;           // its type, a signature letter
} StdVar;

static const StdVar vars[] = {
    {"runtime", "MemProfileRate", "escgo_runtime_MemProfileRate", 'i'},   // runtime/prof.c
};

// The exact value of a constant: a decimal or hex literal, possibly negative;
// 'F'/'G' are the largest finite float64/float32: 2^e * (2 - 2^-52 / 2^-23).
static Const *const_value(const StdConst *c) {
  const char *lit = c->lit;
  if (c->kind == 's')
    return const_string(lit, (int64_t)strlen(lit));
  bool neg = lit[0] == '-';
  if (neg)
    lit++;
  Const *v = c->kind == 'f' || c->kind == 'F' || c->kind == 'G' || c->kind == 'R'
                 ? const_from_float_lit(lit, (int)strlen(lit))
                 : const_from_int_lit(lit, (int)strlen(lit));
  if (c->kind == 'F' || c->kind == 'G') {
    const char *ulp = c->kind == 'F' ? "0x1p-52" : "0x1p-23";
    Const *two = const_from_float_lit("2", 1);
    Const *m = const_binary(T_SUB, two, const_from_float_lit(ulp, (int)strlen(ulp)), false);
    v = const_binary(T_MUL, v, m, false);
  }
  if (c->kind == 'R')
    v = const_binary(T_QUO, const_from_float_lit("1", 1), v, false);
  if (neg)
    v = const_unary(T_SUB, v, 0, false);
  return v;
}

static Type *const_type(char kind) {
  switch (kind) {
  case 'i': return ty_untyped_int;
  case 'r': return ty_untyped_rune;
  case 's': return ty_untyped_string;
  default: return ty_untyped_float;
  }
}

// ---------------------------------------------------------------- lookup

bool std_known(const char *path) {
  for (size_t i = 0; i < sizeof(funcs) / sizeof(funcs[0]); i++)
    if (!strcmp(funcs[i].f.pkg, path))
      return true;
  for (size_t i = 0; i < sizeof(consts) / sizeof(consts[0]); i++)
    if (!strcmp(consts[i].pkg, path))
      return true;
  for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]); i++)
    if (!strcmp(vars[i].pkg, path))
      return true;
  return false;
}

static Obj *global_obj(ObjKind k, const char *name, Type *t) {
  Obj *o = new_obj(k, xstrdup(name), t, (Pos){0});
  o->global = true;
  o->state = 2;
  return o;
}

Obj *std_member(const char *path, const char *name) {
  for (size_t i = 0; i < sizeof(funcs) / sizeof(funcs[0]); i++) {
    const PkgFunc *f = &funcs[i].f;
    if (strcmp(f->pkg, path) || strcmp(f->name, name))
      continue;
    Obj *o = global_obj(OBJ_FUNC, name, std_sig(f->sig));
    o->pkgfunc = f;
    return o;
  }
  for (size_t i = 0; i < sizeof(consts) / sizeof(consts[0]); i++) {
    if (strcmp(consts[i].pkg, path) || strcmp(consts[i].name, name))
      continue;
    Obj *o = global_obj(OBJ_CONST, name, const_type(consts[i].kind));
    o->cval = const_value(&consts[i]);
    return o;
  }
  for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]); i++) {
    if (strcmp(vars[i].pkg, path) || strcmp(vars[i].name, name))
      continue;
    Obj *o = global_obj(OBJ_VAR, name, std_sig_type(vars[i].sig));
    o->linkname = (char *)vars[i].csym;   // lower/ gives it a Var of that symbol
    return o;
  }
  return NULL;
}

// The escape summary of a runtime function or method (NULL: not one of ours).
const char *std_tags(const char *csym) {
  for (size_t i = 0; i < sizeof(funcs) / sizeof(funcs[0]); i++)
    if (!strcmp(funcs[i].f.csym, csym))
      return funcs[i].tags;
  return NULL;
}
