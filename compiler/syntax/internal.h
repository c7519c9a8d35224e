// internal.h — private interface between the parser's files:
//   parse.c        tokens, errors, expressions, statements, declarations
//   parse_type.c   type expressions and parameter lists
//   syntax/print.c  source-like printing for messages, and -d=ast
#ifndef ESCGO_SYNTAX_INTERNAL_H
#define ESCGO_SYNTAX_INTERNAL_H

#include "syntax.h"

// Parser state (parse.c).
extern Token *p_tok;
extern int p_fnest;
extern int p_xnest;

typedef bool ListFn(void *ctx);

// Skips tokens until one of follow (gc's error recovery).
void p_advance(const TokKind *follow, int n);
#define ADVANCE(...) \
  p_advance((TokKind[]){__VA_ARGS__}, sizeof((TokKind[]){__VA_ARGS__}) / sizeof(TokKind))

Node *p_array_type(Pos pos, Node *len);
Node *p_bad_expr(void);
Node *p_block_stmt(const char *context);
Node *p_embedded_elem(Node *f);
bool p_enter(void);
Node *p_expr(void);
Node *p_func_body(void);
Node *p_func_type(const char *context, Vec *tparams);
bool p_got(TokKind k);
Node *p_ident(void);
bool p_is_literal(TokKind k);
void p_leave(void);
Pos p_list(const char *context, TokKind sep, TokKind close, ListFn *f, void *ctx);
Node *p_name(void);
void p_next(void);
Node *p_oliteral(void);
Pos p_param_list(Vec *out, TokKind close, bool require_names);
Node *p_qualified_name(Node *nm);
void p_report(Pos pos, const char *msg);
Node *p_slice_type(Pos pos);
Pos p_start_pos(Node *n);
char *p_stmt_string(Node *s);
void p_syntax_error(const char *msg);
void p_syntax_error_at(Pos pos, const char *msg);
char *p_syntax_string(Node *n);
const char *p_tokstring(TokKind k);
Node *p_type_(void);
Node *p_type_list(Vec *all, bool *comma);
Node *p_type_or_nil(void);
void p_want(TokKind k);

#endif
