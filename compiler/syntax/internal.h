// internal.h — private interface between the parser's files:
//   parse.c        tokens, errors, expressions, statements, declarations
//   parse_type.c   type expressions and parameter lists
//   print.c        source-like printing for messages, and -d=ast
#ifndef ESCGO_SYNTAX_INTERNAL_H
#define ESCGO_SYNTAX_INTERNAL_H

#include "syntax.h"

// The parser of one file (gc's syntax.parser): every p_* function takes it.
// Tokens come from the lexer one at a time into a small ring: the current
// one (tok), the one before it (prev_line) and up to three ahead (p_peek)
// are all the parser looks at.
enum { RING = 8 };
typedef struct Parser {
  Lexer *lexer;
  SrcFile *file;
  Token ring[RING];
  unsigned ring_at;     // index of tok
  int ring_ahead;       // tokens lexed beyond tok (p_peek)
  int ntoks_read;       // tokens the parser has moved to so far
  Token *tok;           // the current token; never advances past T_EOF
  int fnest;            // > 0 inside a function body
  int xnest;            // < 0 in if/for/switch headers: no T{...} of a bare name
  int depth;            // current nesting, bounded by MAX_DEPTH and the stack
  int heavy;            // ... of composite literals, index expressions, struct types
  char *stack_base;     // ... the C stack where parsing started
  size_t stack_budget;  // ... and how much of it the parser may use
  bool first;           // an error was reported: silence follow-ups at EOF
  int nerrors;          // errors reported by this parse
  int syntax_errors;    // errors starting with "syntax error"
  int last_syntax_line; // gc reports one syntax error per line
  int dir_index;        // next unconsumed //go: directive
  Vec linknames;        // Linkname*: the //go:linkname directives met so far
  Vec guards;           // x.(type) nodes not (yet) used as a type switch guard
} Parser;

typedef bool ListFn(Parser *p, void *ctx);

// Skips tokens until one of follow (gc's error recovery).
void p_advance(Parser *p, const TokKind *follow, int n);
#define ADVANCE(...) \
  p_advance(p, (TokKind[]){__VA_ARGS__}, sizeof((TokKind[]){__VA_ARGS__}) / sizeof(TokKind))

Node *p_array_type(Parser *p, Pos pos, Node *len);
Node *p_bad_expr(Parser *p);
Node *p_block_stmt(Parser *p, const char *context);
Node *p_embedded_elem(Parser *p, Node *f);
bool p_enter(Parser *p);
bool p_enter_heavy(Parser *p);   // a composite literal, index expression or struct type
void p_leave_heavy(Parser *p);
Node *p_expr(Parser *p);
Node *p_func_body(Parser *p);
Node *p_func_type(Parser *p, const char *context, Vec *tparams);
bool p_got(Parser *p, TokKind k);
Node *p_ident(Parser *p);
bool p_is_literal(TokKind k);
void p_leave(Parser *p);
Pos p_list(Parser *p, const char *context, TokKind sep, TokKind close, ListFn *f, void *ctx);
Node *p_name(Parser *p);
void p_next(Parser *p);
Node *p_oliteral(Parser *p);
Pos p_param_list(Parser *p, Vec *out, TokKind close, bool require_names);
Node *p_qualified_name(Parser *p, Node *nm);
void p_report(Parser *p, Pos pos, const char *msg);
Node *p_slice_type(Parser *p, Pos pos);
Pos p_start_pos(Node *n);
char *p_stmt_string(Node *s);
void p_syntax_error(Parser *p, const char *msg);
void p_syntax_error_at(Parser *p, Pos pos, const char *msg);
const char *p_tokstring(TokKind k);
Node *p_type_(Parser *p);
Node *p_type_list(Parser *p, Vec *all, bool *comma);
Node *p_type_or_nil(Parser *p);
void p_want(Parser *p, TokKind k);

#endif
