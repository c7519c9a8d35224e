// escgo.h — the one header shared by every pass of the compiler.
//
// Pipeline (one file per pass):
//   lex.c    source bytes -> tokens (automatic semicolons)
//   parse.c  tokens -> AST (Node), a position on every node (ast.c: the node pool)
//   types.c  Type construction, layout, printing (gc's spelling)
//   const.c  exact untyped constants on GMP
//   check.c  AST -> typed AST (Node.type, Node.obj, Node.cval) + diagnostics
//   lower.c  typed AST -> IR (ir.h): implicit operations explicit, allocation sites
//   escape/  verdicts on allocation sites
//   codegen.c IR -> LLVM module through the LLVM C API
//   link.c   runs the system C compiler with an argv
//   main.c   the escgo command
#ifndef ESCGO_H
#define ESCGO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <gmp.h>
#include <setjmp.h>

typedef struct Type Type;
typedef struct Node Node;
typedef struct Obj Obj;
typedef struct Const Const;
typedef struct Scope Scope;

// ---------------------------------------------------------------- util.c
void *xmalloc(size_t n);             // zeroed; exits on OOM
void *xrealloc(void *p, size_t n);
// Zeroed memory that is never freed (AST/IR nodes, types, objects): cheap.
void *arena_alloc(size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xfmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

// A growable array of pointers: Vec v = {0}; vec_push(&v, p);
typedef struct {
  void **data;
  int len, cap;
} Vec;
void vec_push(Vec *v, void *p);
#define VEC_AT(v, i) ((v).data[i])

// A growable byte buffer.
typedef struct {
  char *data;
  size_t len, cap;
} Buf;
void buf_putc(Buf *b, int c);
void buf_puts(Buf *b, const char *s);
void buf_putn(Buf *b, const char *s, size_t n);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *buf_cstr(Buf *b);              // NUL-terminates and returns data

// The C stack the compiler runs on (main.c starts a thread with a large one);
// 0 means the process's ordinary stack (see RLIMIT_STACK).
extern size_t escgo_stack_size;

// ---------------------------------------------------------------- diag.c
// A source position: 1-based line, 1-based byte column (gc's rules).
typedef struct SrcFile {
  char *path;        // as given on the command line
  char *display;     // as gc prints it: "./main.go" for a relative "main.go"
  char *src;         // contents, NUL-terminated (may contain NULs inside: use len)
  size_t len;
} SrcFile;

typedef struct {
  SrcFile *file;
  int line, col;
} Pos;

extern int diag_errors;              // number of errors reported so far
extern int diag_syntax_errors;       // of which "syntax error: ..." (they stop compilation)
extern const char *diag_header;      // "# command-line-arguments", printed before the first line
// Records an error "FILE:LINE:COL: message". Errors are printed sorted by
// position by exit_if_errors(), at most 10, then "too many errors" (gc's behaviour).
void error_at(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
// Prints an informational line (used by -m) "FILE:LINE:COL: message" to stderr.
void note_at(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
// Prints a raw line (no position prefix added) after the package header.
void diag_raw(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
// Prints the collected errors and exits 1 if there were any. Call after each pass.
void exit_if_errors(void);
// Internal compiler error: prints and exits 3. Never for user input.
_Noreturn void ice(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
// Fuzzing hook (tests/fuzz): when set, exit_if_errors() discards the errors
// and longjmps here with value 1 instead of printing and exiting.
extern jmp_buf *diag_jmp;
// Test hooks (unit tests): the errors collected so far, in report order.
int diag_count(void);
const char *diag_message(int i);
Pos diag_pos(int i);
void diag_reset(void);

// ---------------------------------------------------------------- lex.c
typedef enum {
  T_EOF,
  T_IDENT, T_INT, T_FLOAT, T_IMAG, T_CHAR, T_STRING,
  // keywords
  T_BREAK, T_CASE, T_CHAN, T_CONST, T_CONTINUE, T_DEFAULT, T_DEFER, T_ELSE,
  T_FALLTHROUGH, T_FOR, T_FUNC, T_GO, T_GOTO, T_IF, T_IMPORT, T_INTERFACE,
  T_MAP, T_PACKAGE, T_RANGE, T_RETURN, T_SELECT, T_STRUCT, T_SWITCH, T_TYPE,
  T_VAR,
  // operators and punctuation
  T_ADD, T_SUB, T_MUL, T_QUO, T_REM,                    // + - * / %
  T_AND, T_OR, T_XOR, T_SHL, T_SHR, T_AND_NOT,          // & | ^ << >> &^
  T_ADD_ASSIGN, T_SUB_ASSIGN, T_MUL_ASSIGN, T_QUO_ASSIGN, T_REM_ASSIGN,
  T_AND_ASSIGN, T_OR_ASSIGN, T_XOR_ASSIGN, T_SHL_ASSIGN, T_SHR_ASSIGN,
  T_AND_NOT_ASSIGN,
  T_LAND, T_LOR, T_ARROW, T_INC, T_DEC,                 // && || <- ++ --
  T_EQL, T_LSS, T_GTR, T_ASSIGN, T_NOT,                 // == < > = !
  T_NEQ, T_LEQ, T_GEQ, T_DEFINE, T_ELLIPSIS,            // != <= >= := ...
  T_LPAREN, T_LBRACK, T_LBRACE, T_COMMA, T_PERIOD,
  T_RPAREN, T_RBRACK, T_RBRACE, T_SEMICOLON, T_COLON,
  T_TILDE,                                              // ~ (generics; rejected)
  T_NUM_TOKENS
} TokKind;

typedef struct {
  TokKind kind;
  int len;           // length of text in bytes
  Pos pos;
  const char *text;  // points into the source: the token's exact spelling
  // For T_STRING and T_CHAR: the decoded value (bytes, may contain NUL).
  char *sval;
  int64_t slen;
  // For T_CHAR: the rune value.
  int32_t rune;
  // For T_SEMICOLON: true when inserted automatically (at newline or EOF);
  // then text is "\n" or "EOF" as gc names it in "unexpected newline".
  bool auto_semi;
  // A lexical error was reported inside this token (gc's BasicLit.Bad).
  bool bad;
} Token;

typedef struct {
  Token *toks;
  int ntoks;                 // last is T_EOF
  // `//go:` directives found in the file, with the line they are on.
  struct Directive { int line; char *text; } *dirs;
  int ndirs;
} TokenList;

// Tokenizes the whole file. Lexical errors are reported with error_at (gc's
// words, e.g. "invalid character U+0040 '@'", "string not terminated",
// "newline in string", "rune literal not terminated", "more than one character
// in rune literal", "invalid digit '8' in octal literal", "'_' must separate
// successive digits", "comment not terminated") and lexing continues.
TokenList lex_file(SrcFile *f);
// The same, one token at a time: the parser pulls tokens as it goes, so the
// file's tokens never exist all at once (less memory to fault in, and each
// token is still in cache when the parser reads it). lex_directives: the
// `//go:` directives met so far (toks is empty).
typedef struct Lexer Lexer;
Lexer *lex_open(SrcFile *f);
void lex_next(Lexer *L, Token *out);
const TokenList *lex_directives(Lexer *L);
const char *tok_name(TokKind k);     // "+", "func", "name", "literal", ...
// Unicode helpers (lex.c), as Go's unicode.IsLetter / IsDigit / strconv.IsPrint.
bool uni_is_letter(int32_t r);
bool uni_is_digit(int32_t r);
bool uni_is_print(int32_t r);
// Go's UTF-8 rules; invalid input gives *r = 0xFFFD and width 1 (0 if n == 0).
int utf8_decode(const unsigned char *s, size_t n, int32_t *r);
int utf8_encode(char *out, int32_t r);   // out has room for 4; bad runes -> U+FFFD
// Appends r escaped as strconv.Quote does inside `quote` ('"' or '\'').
void buf_quote_rune(Buf *b, int32_t r, char quote);

// ---------------------------------------------------------------- const.c
// Exact constants as in the Go spec: integers are unbounded (mpz), floats are
// exact rationals (mpq) so 0.1+0.2 == 0.3. Strings are byte strings.
typedef enum { CV_BOOL, CV_INT, CV_FLOAT, CV_STRING } ConstKind;

struct Const {
  ConstKind kind;
  bool b;
  mpz_t i;       // CV_INT
  mpq_t f;       // CV_FLOAT
  char *s;       // CV_STRING bytes
  int64_t slen;
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
Const *const_to_float(const Const *c);   // int -> float (exact)
Const *const_to_int(const Const *c);     // float with integral value -> int, else NULL
// op is a TokKind: T_ADD T_SUB T_MUL T_QUO T_REM T_AND T_OR T_XOR T_AND_NOT
// T_SHL T_SHR T_LAND T_LOR and comparisons T_EQL.. (result CV_BOOL).
// int_div: for T_QUO with both operands integer constants (truncating).
// Returns NULL on division by zero or an over-large shift (caller reports).
Const *const_binary(TokKind op, const Const *x, const Const *y, bool int_div);
Const *const_unary(TokKind op, const Const *x, int bits_for_compl, bool is_unsigned);
int const_sign(const Const *c);
bool const_fits_int(const Const *c, int bits, bool is_unsigned);
bool const_fits_float32(const Const *c);  // not overflowing float32
bool const_fits_float64(const Const *c);
int64_t const_to_int64(const Const *c);   // two's-complement low 64 bits
double const_float64(const Const *c);     // nearest double
float const_float32(const Const *c);
// gc's spelling in messages: 10, 1.5, 1e+100, "str", true.
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
  TY_UNTYPED_STRING, TY_UNTYPED_NIL,
  // composite
  TY_PTR, TY_ARRAY, TY_SLICE, TY_STRUCT, TY_FUNC, TY_INTERFACE, TY_MAP,
  TY_CHAN,
  TY_NAMED,   // a declared type: see .name and .underlying
  TY_TUPLE,   // results of a multi-value call
} TypeKind;

typedef struct Field {
  char *name;      // NULL for a tuple element
  Type *type;
  int64_t offset;  // byte offset, filled by type_layout
  bool embedded;
  Pos pos;
} Field;

typedef struct Method {
  char *name;
  Type *sig;       // TY_FUNC without receiver
  bool ptr_recv;
  Obj *func;       // the declared method (for named types)
  const char *csym;  // a standard package type's method, implemented in the runtime (C)
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
  Type *underlying;      // NAMED: the underlying type, never NAMED itself
  Obj *obj;
  // layout (type_layout)
  int64_t size, align;
  bool laid_out;
  bool has_ptrs;         // contains pointers the collector must scan
  void *cg;              // codegen: cached LLVM type
  void *cg_desc;         // codegen: cached runtime type descriptor global
};

// Predeclared types. byte and rune are aliases: ty_byte and ty_rune are
// identical to ty_uint8 and ty_int32 (types_identical), but keep their names
// for messages and -m output ("([]byte)(s)"); run-time type names use uint8/int32.
extern Type *ty_byte, *ty_rune;
extern const char *types_local_pkg;  // the package being compiled (its types print unqualified)
extern Type *ty_invalid, *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32,
    *ty_int64, *ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64,
    *ty_uintptr, *ty_float32, *ty_float64, *ty_complex64, *ty_complex128,
    *ty_string, *ty_unsafeptr, *ty_untyped_bool, *ty_untyped_int,
    *ty_untyped_rune, *ty_untyped_float, *ty_untyped_string, *ty_untyped_nil,
    *ty_any /* interface{} */, *ty_error /* NAMED error */;

void types_init(void);
Type *new_type(TypeKind k);
Type *ptr_to(Type *elem);            // canonical (identical types are the same pointer where cheap)
Type *slice_of(Type *elem);
Type *array_of(Type *elem, int64_t len);
Type *map_of(Type *key, Type *val);
Type *tuple_of(Type **elems, int n);
Type *under(Type *t);                // underlying type (t itself if not NAMED)
bool is_integer(Type *t);            // typed or untyped integer/rune
bool is_unsigned(Type *t);
bool is_float(Type *t);
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

// ---------------------------------------------------------------- AST (parse.c)
typedef enum {
  // expressions
  N_BAD,
  N_IDENT,        // name
  N_BASICLIT,     // tok (T_INT, T_FLOAT, T_IMAG, T_CHAR, T_STRING) + token
  N_COMPOSITE,    // x = type (may be NULL inside an outer literal), list = elems
  N_KEYVALUE,     // x: y
  N_FUNCLIT,      // x = N_FUNCTYPE, body
  N_PAREN,        // (x)
  N_SELECTOR,     // x.name
  N_INDEX,        // x[y]   (list holds >1 index only for generic instantiation)
  N_SLICEEXPR,    // x[y:z:w]; slice3 true for the 3-index form; y/z/w may be NULL
  N_TYPEASSERT,   // x.(y); y == NULL for x.(type)
  N_CALL,         // x(list...); has_ellipsis for f(xs...)
  N_STAR,         // *x  (dereference or pointer type)
  N_UNARY,        // op x  (op: T_ADD T_SUB T_NOT T_XOR T_AND T_ARROW)
  N_BINARY,       // x op y   (the last expression kind: kind <= N_BINARY tests for one)
  // types
  N_ARRAYTYPE,    // [x]y ; x == NULL: slice type; ellipsis_len for [...]T
  N_STRUCTTYPE,   // list = N_FIELD
  N_FUNCTYPE,     // list = params (N_FIELD), list2 = results (N_FIELD)
  N_INTERFACETYPE,// list = N_FIELD (methods: name + N_FUNCTYPE; embedded: no names)
  N_MAPTYPE,      // map[x]y
  N_CHANTYPE,     // chan y ; chandir: 0 both, 1 send-only (chan<-), 2 recv-only (<-chan)
  N_ELLIPSIS,     // ...x  (variadic parameter type)
  N_FIELD,        // names (Vec of N_IDENT, may be empty), x = type, tag (N_BASICLIT or NULL), embedded
  // statements
  N_BLOCK,        // list = stmts; endpos = position of the closing '}'
  N_EXPRSTMT,     // x
  N_SENDSTMT,     // x <- y
  N_INCDEC,       // x++ / x-- (op T_INC / T_DEC)
  N_ASSIGN,       // list = lhs, list2 = rhs, op: T_ASSIGN, T_DEFINE or T_ADD_ASSIGN...
  N_GOSTMT,       // go x (x is N_CALL)
  N_DEFERSTMT,    // defer x
  N_RETURN,       // list = results
  N_BRANCH,       // op: T_BREAK T_CONTINUE T_GOTO T_FALLTHROUGH; label (N_IDENT or NULL)
  N_IF,           // init; x = cond; body = then (N_BLOCK); els = N_IF / N_BLOCK / NULL
  N_SWITCH,       // init; x = tag (may be NULL); list = N_CASECLAUSE
  N_TYPESWITCH,   // init; y = guard: N_ASSIGN (v := x.(type)) or N_EXPRSTMT(x.(type)); list = N_CASECLAUSE
  N_CASECLAUSE,   // list = exprs (empty Vec + is_default for default), list2 = body stmts
  N_SELECT,       // list = N_COMMCLAUSE
  N_COMMCLAUSE,   // x = comm stmt (send/recv) or NULL for default, list2 = body
  N_FOR,          // init; x = cond; post; body
  N_RANGE,        // key, value (may be NULL), op: T_DEFINE / T_ASSIGN / 0 (no vars); x = range expr; body
  N_LABELED,      // label (N_IDENT), y = stmt
  N_DECLSTMT,     // list = specs (N_VARSPEC / N_CONSTSPEC / N_TYPESPEC)
  N_EMPTY,
  // declarations
  N_IMPORTSPEC,   // name (alias, may be NULL), path (decoded string in sval)
  N_VARSPEC,      // names (Vec of N_IDENT), x = type or NULL, list = values
  N_CONSTSPEC,    // names, x = type or NULL, list = values (copied from previous spec when omitted), iota
  N_TYPESPEC,     // name, x = type, is_alias; tparams non-empty -> generics (rejected)
  N_FUNCDECL,     // recv (N_FIELD or NULL), name, x = N_FUNCTYPE, body (NULL if none), pragmas
  N_FILE,         // name = package name; list = imports; list2 = decls
} NodeKind;

enum { PRAGMA_NOINLINE = 1, PRAGMA_NOESCAPE = 2, PRAGMA_NOSPLIT = 4 };

// The fields only a few kinds use live in a NodeExt that the parser
// allocates for just those nodes (about one node in four): Node is 168
// bytes, where it was 320 with every field inline. Most nodes are
// identifiers and literals, and faulting in fresh memory (the kernel
// clearing pages) was much of the front end's time.
//
// Read a node's extension with nx(n) (an all-zero one when it has none, so
// reading needs no test); write through nxw(n), which creates it.
typedef struct NodeExt {
  Pos lparen;          // N_CALL: position of '(' ; N_COMPOSITE: position of '{'
  Pos endpos;          // N_BLOCK/N_FUNCDECL body: closing '}'
  Node *key, *value;   // N_RANGE
  Pos range_pos;       // N_RANGE: the `range` keyword (the node's pos is the `for`)
  Node *z, *w;         // N_SLICEEXPR x[y:z:w] (N_RANGE: w = an extra variable, an error)
  Node *recv;          // N_FUNCDECL
  Node *label;         // N_BRANCH, N_LABELED
  Node *tag;           // N_FIELD tag
  Vec names;           // N_FIELD, N_VARSPEC, N_CONSTSPEC
  Vec tparams;         // N_TYPESPEC / N_FUNCDECL type parameters (unsupported: check.c rejects)
  SrcFile *file;       // N_FILE
  // check.c: N_SELECTOR selecting a method (list2: embedded field path to its holder):
  // method->func is the declared method (NULL for an interface's method);
  // method_holder the NAMED type declaring it or the interface type.
  Method *method;
  Type *method_holder;
  // N_FUNCDECL: the nodes made while parsing the body lie in [nodes_from,
  // nodes_to) of the node pool (empty if it spans two pool blocks); see
  // prefetch_nodes.
  char *nodes_from, *nodes_to;
  int iota;            // N_CONSTSPEC
  uint8_t pragmas;     // N_FUNCDECL: PRAGMA_*
  bool is_alias;       // N_TYPESPEC
  bool implicit_values;// N_CONSTSPEC whose values were copied from the previous spec
} NodeExt;

struct Node {
  // Field order matters for speed: every pass walks every node, so what they
  // all read (kind, op, position, name, operands, type, object, the flags
  // below) comes first, children and lists after.
  NodeKind kind : 16;
  TokKind op : 16;
  bool is_type : 1;         // check.c: the expression denotes a type
  bool addressable : 1;     // check.c
  bool method_indirect : 1; // check.c, N_SELECTOR: the path to the holder goes through a pointer
  bool has_ellipsis : 1;    // N_CALL
  bool slice3 : 1;          // N_SLICEEXPR
  bool ellipsis_len : 1;    // N_ARRAYTYPE [...]T
  bool embedded : 1;        // N_FIELD
  bool is_default : 1;      // N_CASECLAUSE
  uint8_t chandir;          // N_CHANTYPE
  Pos pos;             // gc's position for this node (see parse.c: binary op at the operator,
                       // call at '(' is lparen, composite literal at the type, etc.)
  char *name;          // N_IDENT, N_SELECTOR (selected name), N_TYPESPEC, N_FUNCDECL, N_FILE
  Node *x, *y;
  Type *type;          // check.c: the expression's type (after defaulting for untyped constants)
  Obj *obj;            // check.c: N_IDENT / N_SELECTOR: the object referred to; decls: the object declared
  // ---- line 1
  Const *cval;         // check.c: non-NULL for constant expressions
  Vec list, list2;
  void *ir;            // lower.c bookkeeping
  // ---- line 2
  Node *init, *post, *body, *els;
  Token *tok;          // N_BASICLIT / N_IMPORTSPEC path: the token
  NodeExt *ext;        // see nx() / nxw()
  int checked;         // check.c bookkeeping
};

extern const NodeExt node_ext_none;   // all zero: nx() of a node without one
static inline const NodeExt *nx(const Node *n) { return n->ext ? n->ext : &node_ext_none; }
NodeExt *nxw(Node *n);

Node *new_node(NodeKind k, Pos pos);
// n without the parentheses around it (NULL stays NULL).
static inline Node *unparen(Node *n) {
  while (n && n->kind == N_PAREN)
    n = n->x;
  return n;
}
// Asks the CPU to start loading a function's nodes (N_FUNCDECL) into cache.
// Each pass over a body (check, the capture pre-pass, lowering) otherwise
// waits on one cache miss after another, chasing pointers through 25 MB
// of nodes; the nodes of one body are contiguous, so they can be fetched
// many lines at a time before the walk needs them.
void prefetch_nodes(Node *fd);
char *node_pool_next(void);          // where the next node will be (for nodes_from/nodes_to)
char *intern_name(const char *s, int len);   // the one copy of this identifier's spelling
// Parses a whole file. Syntax errors use gc's words, e.g.
// "syntax error: unexpected newline, expecting comma or }",
// "syntax error: non-declaration statement outside function body".
// Never crashes; deep nesting is bounded (gc: "exceeded max nesting depth"? we report
// "syntax error: nesting too deep" past 10000 levels).
Node *parse_file(SrcFile *f);       // lexes as it parses (lex_open)
void dump_ast(FILE *out, Node *n, int indent);   // -d=ast

// ---------------------------------------------------------------- objects (check.c)
typedef enum {
  OBJ_BAD, OBJ_VAR, OBJ_CONST, OBJ_TYPE, OBJ_FUNC, OBJ_PKG, OBJ_BUILTIN, OBJ_NIL
} ObjKind;

typedef enum {
  BI_APPEND, BI_CAP, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE, BI_IMAG, BI_LEN,
  BI_MAKE, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN, BI_REAL, BI_RECOVER,
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
  const struct PkgFunc *pkgfunc;  // a function of an imported package
  char *pkgpath;       // OBJ_PKG: "fmt"
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
  int capflags;        // CAP_* (lower.h)
};

// A function of a supported package, implemented in the runtime (C) with the
// calling convention of ir.h's IR_RTCALL.
typedef struct PkgFunc {
  const char *pkg;      // "fmt"
  const char *name;     // "Println"
  const char *csym;     // "escgo_fmt_Println"
  // signature, as Go source text parsed at init, e.g. "func(a ...any) (n int, err error)"
  const char *sig;
} PkgFunc;
// compiler/pkgstd.c: the escape summary letters of a standard package's C
// function or method (escape/leaks.c reads them), NULL if csym is not one.
const char *std_tags(const char *csym);
// packages_sync.c: sync, sync/atomic and runtime's goroutine functions.
bool sync_package_known(const char *path);
Obj *sync_package_member(Obj *pkg, const char *name);
const char *sync_pkg_tags(const char *csym);   // escape tags, or NULL

// ---------------------------------------------------------------- check.c
typedef struct Package {
  char *name;            // "main"
  Vec files;             // N_FILE
  Vec funcs;             // N_FUNCDECL in source order (methods too)
  Vec globals;           // Obj* of package-level vars in initialization order
  Vec inits;             // N_VARSPEC in initialization order
  Obj *main;             // func main, if any
} Package;

void check_package(Package *pkg);

// check_method.c: the method set of t as gc defines it (value receivers for T,
// all for *T, promoted through embedded fields), sorted by name.
typedef struct MethodSetEntry {
  Method *m;
  Type *holder;        // NAMED type declaring m, or the embedded interface type
  int *path;           // embedded field indices from t to the holder
  int npath;
} MethodSetEntry;
int method_set(Type *t, MethodSetEntry **out);

// ---------------------------------------------------------------- link.c
// Links obj with the runtime archive rtlib and -lgc into the executable out,
// running the system C compiler with an argv (never a shell). asan: link with
// -fsanitize=address. Returns 0 on success (else has printed why).
int link_program(const char *obj, const char *out, const char *rtlib, bool asan);

// ---------------------------------------------------------------- flags (main.c)
typedef struct Flags {
  int m;                 // -m level
  bool no_inline;        // -l
  bool no_opt;           // -N
  bool dump_ir, dump_ast, dump_tokens;   // -d=ir, -d=ast, -d=tokens
  bool escape_off;       // -escape=off
  int opt_level;         // -O0/-O1/-O2 (default 2)
  bool emit_llvm;
  bool asan;
  bool allocprof;        // -allocprof: count every heap allocation per site
  char *forcestack;      // -d=forcestack=FILE:LINE
  bool test_main;        // escgo test: any package's func main is the entry (cmd_test.c)
} Flags;
extern Flags flags;

#endif
