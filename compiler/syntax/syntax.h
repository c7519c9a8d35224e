// syntax.h — the syntax pass's public interface: tokens, the lexer, the AST
// and the parser (gc's cmd/compile/internal/syntax).
//   lex.c         source bytes -> tokens (automatic semicolons), Unicode/UTF-8 helpers
//   parse.c       tokens -> AST, statements and expressions (parse_type.c: types)
//   ast.c         the node pool, node extensions, interned names
//   print.c       gc's source-like spelling of syntax in messages, -d=ast
// The checker fills in the fields marked "check.c" (types, objects, constants):
// syntax only declares those types.
#ifndef ESCGO_SYNTAX_H
#define ESCGO_SYNTAX_H

#include "base/base.h"

typedef struct Type Type;
typedef struct Node Node;
typedef struct Obj Obj;
typedef struct Const Const;
typedef struct Scope Scope;
typedef struct Method Method;

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

// gc's function pragmas (//go: directives before a func declaration) that
// escgo honours or records: noinline (codegen), noescape and uintptrescapes
// (escape analysis), the others accepted and kept. uintptrescapes implies
// uintptrkeepalive, as in gc (only the standard library may ask for the
// latter alone); nosplit implies nocheckptr.
enum {
  PRAGMA_NOINLINE = 1, PRAGMA_NOESCAPE = 2, PRAGMA_NOSPLIT = 4, PRAGMA_NORACE = 8,
  PRAGMA_NOCHECKPTR = 16, PRAGMA_UINTPTRKEEPALIVE = 32, PRAGMA_UINTPTRESCAPES = 64,
};

// A //go:linkname directive of a file: the package-level function or
// variable `local` gets the link name `remote` (NULL when the directive
// names none: gc then keeps the default, main.local).
typedef struct Linkname {
  Pos pos;             // of "go:" (where gc reports its errors)
  char *local, *remote;
} Linkname;

// The fields only a few kinds use live in a NodeExt that the parser
// allocates for just those nodes (about one node in four): Node is 168
// bytes, where it was 320 with every field inline. Most nodes are
// identifiers and literals, and faulting in fresh memory (the kernel
// clearing pages) was much of the front end's time.
//
// Read a node's extension with nx(n) (an all-zero one when it has none, so
// reading needs no test); write through nxw(n), which creates it.
typedef struct NodeExt {
  Pos lparen;          // N_CALL: position of '(' ; N_COMPOSITE: '{' ; N_CASECLAUSE: ':' ;
                       // N_FUNCDECL of a method: its receiver's '(' 
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
  Vec linknames;       // N_FILE: Linkname* of its //go:linkname directives
  // check.c: N_SELECTOR selecting a method (list2: embedded field path to its holder):
  // method->func is the declared method (NULL for an interface's method);
  // method_holder the NAMED type declaring it or the interface type.
  Method *method;
  Type *method_holder;
  Type *devirt;        // lower: w.M devirtualized to this concrete type (gc spells w.(T))
  // lower (autotmp.c): 1 + N when gc's front end replaces this expression by
  // its temporary .autotmp_N (a method receiver with a call in it; a
  // multi-value call passed as arguments: its results are N, N+1, ...).
  int autotmp;
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
  bool shape_typed : 1;     // check/generic.c: in a generic declaration, an expression whose
                            // type mentions a type parameter (gc's shape body: a shape type)
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
char *p_syntax_string(Node *n);      // source text as gc's syntax printer writes it
// Parses a whole file. Syntax errors use gc's words, e.g.
// "syntax error: unexpected newline, expecting comma or }",
// "syntax error: non-declaration statement outside function body".
// Never crashes; deep nesting is bounded (gc: "exceeded max nesting depth"? we report
// "syntax error: nesting too deep" past 10000 levels).
Node *parse_file(SrcFile *f);
Node *parse_file_imports(SrcFile *f);   // the package clause and imports only
// A deep copy of n (a declaration as parsed): each instance of a generic
// function or type checks a copy of its own (check/generic.c).
Node *clone_tree(Node *n);       // lexes as it parses (lex_open)
void dump_ast(FILE *out, Node *n, int indent);   // -d=ast

#endif
