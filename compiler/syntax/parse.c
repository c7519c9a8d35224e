// parse.c — recursive descent over Go 1.19's syntax: tokens -> AST (Node).
//
// The parser follows the structure of gc's syntax package closely, because
// users compare our messages with gc's: the same productions make the same
// decisions, report the same "syntax error: unexpected X, expecting Y" at the
// same token, and recover ("advance") to the same synchronisation points.
//
// Node positions (verified with go 1.19: -gcflags=-m columns, error columns):
//   N_IDENT, N_BASICLIT       the token
//   N_BINARY                  the operator               (`n + 1 escapes` at '+')
//   N_UNARY, N_STAR           the operator               (`&T{...} escapes` at '&')
//   N_CALL                    the '(' (pos == lparen; endpos = ')') (make(...), new(...))
//   N_SELECTOR, N_TYPEASSERT  the '.'                    (y = N_IDENT of the selected name)
//   N_INDEX, N_SLICEEXPR      the '['
//   N_COMPOSITE               the '{' (pos == lparen, endpos = '}') (`[]int{...} escapes` at '{')
//   N_KEYVALUE                the ':'
//   N_FUNCLIT                 the 'func' keyword          (`func literal escapes`)
//   N_PAREN                   the '('
//   type nodes                their first token ('[', '*', 'map', 'chan' or '<-', 'struct',
//                             'interface', '...'); N_FUNCTYPE: the '(' after func/name, as gc
//   N_FIELD                   its first name, or the type's first token if unnamed
//   N_ASSIGN, N_INCDEC        the operator  (`no new variables on left side of :=` at ':=',
//                             `cannot use x := 1 as value` at ':=')
//   N_SENDSTMT                the '<-'
//   N_EXPRSTMT                its expression's pos (so a call statement is at its '(')
//   N_LABELED                 the ':' (the label N_IDENT has the name's position)
//   N_BLOCK                   the '{'; endpos = the closing '}' ("missing return" goes there)
//   N_RANGE                   the 'for' keyword (it is the whole for statement)
//   other statements          their keyword; N_CASECLAUSE/N_COMMCLAUSE 'case'/'default'
//   specs                     their first token (the first name; an import's alias or path)
//   N_FUNCDECL                the function's name ("can inline f" is at the name);
//                             endpos = the body's closing '}'
//   N_FILE                    the 'package' keyword
// Type checker errors (types2) are mostly at an expression's *start*; see p_start_pos().
//
// Shape notes beyond syntax.h: parentheses are always kept (N_PAREN); [...]T is an
// N_ARRAYTYPE with x = N_ELLIPSIS and ellipsis_len set (x == NULL only for slices);
// params "a, b int" are one N_FIELD with two names; a const spec without values
// gets deep copies of the previous values (same positions) so each has its own iota.
//
// Besides syntax errors, the parser reports what gc reports while parsing
// (plain words, no "syntax error:"): misplaced //go: directives, receivers,
// go/defer operands, 3-index slices, and x.(type) outside a type switch.
//
// Recursion is bounded (MAX_DEPTH nesting levels of expressions, types and
// statements): past it we report "syntax error: nesting too deep" and stop parsing
// the file, so no input can overflow the C stack. gc itself accepts deeper nesting.
#include "internal.h"

#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

enum { MAX_DEPTH = 10000000 }; // in practice the stack budget decides
enum { MAX_HEAVY = 3000 };      // nested composite literals, index expressions, struct types


Node *p_expr(Parser *p);
static Node *unary_expr(Parser *p);
static Node *pexpr(Parser *p);
Node *p_type_or_nil(Parser *p);
Node *p_type_(Parser *p);
static Node *complit(Parser *p, Node *type);
Node *p_func_type(Parser *p, const char *context, Vec *tparams);
Node *p_func_body(Parser *p);
Node *p_block_stmt(Parser *p, const char *context);
static Node *stmt_or_nil(Parser *p);
static void stmt_list(Parser *p, Vec *out);
static Node *simple_stmt(Parser *p, Vec *lhs, TokKind keyword);
Node *p_qualified_name(Parser *p, Node *name);
Node *p_embedded_elem(Parser *p, Node *f);
Pos p_param_list(Parser *p, Vec *out, TokKind close, bool require_names);
char *p_syntax_string(Node *n);

Node *p_bad_expr(Parser *p) { return new_node(N_BAD, p->tok->pos); }

// The leftmost position of an expression: where types2 reports most errors.
Pos p_start_pos(Node *n) {
  for (;;) {
    switch (n->kind) {
    case N_BINARY: case N_INDEX: case N_SLICEEXPR: case N_TYPEASSERT:
    case N_CALL: case N_SELECTOR: case N_KEYVALUE:
      if (!n->x)
        return n->pos;
      n = n->x;
      break;
    case N_COMPOSITE:
      if (!n->x)
        return n->pos;
      n = n->x;
      break;
    default:
      return n->pos;
    }
  }
}

// ---------------------------------------------------------------- tokens

// gc's name of a token in "expecting X".
const char *p_tokstring(TokKind k) {
  if (k == T_COMMA)
    return "comma";
  if (k == T_SEMICOLON)
    return "semicolon or newline";
  return tok_name(k);
}

bool p_is_literal(TokKind k) {
  return k == T_INT || k == T_FLOAT || k == T_IMAG || k == T_CHAR || k == T_STRING;
}

// gc's name of the current token in "unexpected X".
static char *tok_desc(Token *t) {
  switch (t->kind) {
  case T_IDENT:
    return xstrndup(t->text, t->len);
  case T_SEMICOLON:
    if (!t->auto_semi)
      return "semicolon";
    return t->text && t->text[0] == 'E' ? "EOF" : "newline";
  case T_COMMA:
    return "comma";
  default:
    if (p_is_literal(t->kind))
      return xfmt("literal %.*s", t->len, t->text);
    return (char *)tok_name(t->kind);
  }
}

void p_next(Parser *p) {
  if (p->tok->kind == T_EOF)
    return;
  p->ring_at = (p->ring_at + 1) % RING;
  p->tok = &p->ring[p->ring_at];
  if (p->ring_ahead > 0)
    p->ring_ahead--;
  else
    lex_next(p->lexer, p->tok);
  p->ntoks_read++;
}

// The k-th token after the current one (1 <= k <= 3); T_EOF repeats.
static Token *p_peek(Parser *p, int k) {
  while (p->ring_ahead < k) {
    Token *last = &p->ring[(p->ring_at + p->ring_ahead) % RING];
    Token *t = &p->ring[(p->ring_at + p->ring_ahead + 1) % RING];
    if (last->kind == T_EOF)
      *t = *last;
    else
      lex_next(p->lexer, t);
    p->ring_ahead++;
  }
  return &p->ring[(p->ring_at + k) % RING];
}

// The line of the token before the current one (0 at the start of the file).
static int prev_line(Parser *p) { return p->ntoks_read > 1 ? p->ring[(p->ring_at + RING - 1) % RING].pos.line : 0; }

// A token the parser keeps (literals, import paths): the ring is reused.
static Token *keep_token(const Token *t) {
  Token *copy = arena_alloc(sizeof(Token));
  *copy = *t;
  return copy;
}

bool p_got(Parser *p, TokKind k) {
  if (p->tok->kind != k)
    return false;
  p_next(p);
  return true;
}

static int binary_prec(TokKind k) {
  switch (k) {
  case T_LOR: return 1;
  case T_LAND: return 2;
  case T_EQL: case T_NEQ: case T_LSS: case T_LEQ: case T_GTR: case T_GEQ: return 3;
  case T_ADD: case T_SUB: case T_OR: case T_XOR: return 4;
  case T_MUL: case T_QUO: case T_REM: case T_SHL: case T_SHR: case T_AND:
  case T_AND_NOT: return 5;
  default: return 0;
  }
}

static bool is_assign_op(TokKind k) { return k >= T_ADD_ASSIGN && k <= T_AND_NOT_ASSIGN; }

// ---------------------------------------------------------------- errors

void p_report(Parser *p, Pos pos, const char *msg) {
  p->first = true;
  if (!strncmp(msg, "syntax error", 12)) {
    // gc (base.ErrorfAt): only one syntax error per line, whatever it says.
    if (p->syntax_errors && pos.line == p->last_syntax_line)
      return;
    p->last_syntax_line = pos.line;
    p->syntax_errors++;
  }
  p->nerrors++;
  error_at(pos, "%s", msg);
}

// gc's syntaxErrorAt: "in ..."/"at ..."/"after ..." and "expecting ..." get the
// current token prepended as "unexpected X"; other messages stand alone.
void p_syntax_error_at(Parser *p, Pos pos, const char *msg) {
  if (p->tok->kind == T_EOF && (p->first || diag_errors > 0))
    return; // avoid meaningless follow-up errors (lexical errors count too)
  if (!strncmp(msg, "in ", 3) || !strncmp(msg, "at ", 3) || !strncmp(msg, "after ", 6))
    p_report(p, pos, xfmt("syntax error: unexpected %s %s", tok_desc(p->tok), msg));
  else if (!strncmp(msg, "expecting ", 10))
    p_report(p, pos, xfmt("syntax error: unexpected %s, %s", tok_desc(p->tok), msg));
  else
    p_report(p, pos, xfmt("syntax error: %s", msg));
}

void p_syntax_error(Parser *p, const char *msg) { p_syntax_error_at(p, p->tok->pos, msg); }

static bool in_stopset(TokKind k) {
  switch (k) {
  case T_BREAK: case T_CONST: case T_CONTINUE: case T_DEFER: case T_FALLTHROUGH:
  case T_FOR: case T_GO: case T_GOTO: case T_IF: case T_RETURN: case T_SELECT:
  case T_SWITCH: case T_TYPE: case T_VAR:
    return true;
  default:
    return false;
  }
}

// Skips tokens until one in follow (or, inside a function, a keyword that
// starts a statement). Never skips EOF.
void p_advance(Parser *p, const TokKind *follow, int n) {
  for (; p->tok->kind != T_EOF; p_next(p)) {
    for (int i = 0; i < n; i++)
      if (p->tok->kind == follow[i])
        return;
    if (p->fnest > 0 && in_stopset(p->tok->kind))
      return;
  }
}



void p_want(Parser *p, TokKind k) {
  if (!p_got(p, k)) {
    p_syntax_error(p, xfmt("expecting %s", p_tokstring(k)));
    p_next(p); // gc's p_advance() with no follow list: skip one token
  }
}

// Nesting bound. Past it the rest of the file is skipped: every loop of the
// parser stops at EOF, and errors at EOF after the first are silent. Besides
// the level count, the C stack actually used is bounded too (half the stack
// limit): frames are larger in -O0 and sanitizer builds.

static void init_stack_bound(Parser *p, char *base) {
  struct rlimit rl;
  size_t limit = 8u << 20;
  if (escgo_stack_size)
    limit = escgo_stack_size;
  else if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
    limit = rl.rlim_cur;
  p->stack_base = base;
  p->stack_budget = limit / 2;
}

static bool too_deep(Parser *p) {
  if (p->tok->kind != T_EOF)
    p_syntax_error(p, "nesting too deep");
  while (p->tok->kind != T_EOF)   // skip the rest of the file (still lexed: its errors count)
    p_next(p);
  return false;
}

bool p_enter(Parser *p) {
  char here;
  if (p->depth >= MAX_DEPTH || (size_t)(p->stack_base - &here) > p->stack_budget)
    return too_deep(p);
  p->depth++;
  return true;
}

void p_leave(Parser *p) { p->depth--; }

// Composite literals, index expressions and struct types nest like any
// syntax, but each level costs the back end more than linearly (LLVM's
// SROA and jump threading on one huge function; a type string per nested
// struct type): 5,000 nested index expressions take 4 s to build, 10,000
// take 20 s. Past MAX_HEAVY levels escgo says "nesting too deep", as it
// does past its stack, rather than compile for minutes (gc takes minutes
// past 10,000 and has no limit).
bool p_enter_heavy(Parser *p) {
  if (p->heavy >= MAX_HEAVY)
    return too_deep(p);
  p->heavy++;
  return true;
}

void p_leave_heavy(Parser *p) { p->heavy--; }

// list = [ f { sep f } [sep] ] close . f returns true to end the list early.
// Returns the position of the closing token.

Pos p_list(Parser *p, const char *context, TokKind sep, TokKind close, ListFn *f, void *ctx) {
  bool done = false;
  while (p->tok->kind != T_EOF && p->tok->kind != close && !done) {
    done = f(p, ctx);
    // sep is optional before close
    if (!p_got(p, sep) && p->tok->kind != close) {
      p_syntax_error(p, xfmt("in %s; possibly missing %s or %s", context, p_tokstring(sep),
                        p_tokstring(close)));
      ADVANCE(T_RPAREN, T_RBRACK, T_RBRACE);
      if (p->tok->kind != close)
        return p->tok->pos;
    }
  }
  Pos pos = p->tok->pos;
  p_want(p, close);
  return pos;
}

// ---------------------------------------------------------------- names and literals

Node *p_ident(Parser *p) {
  Node *n = new_node(N_IDENT, p->tok->pos);
  n->name = intern_name(p->tok->text, p->tok->len);
  p_next(p);
  return n;
}

Node *p_name(Parser *p) {
  if (p->tok->kind == T_IDENT)
    return p_ident(p);
  Node *n = new_node(N_IDENT, p->tok->pos);
  n->name = "_";
  p_syntax_error(p, "expecting name");
  p_next(p);
  return n;
}

static void name_list(Parser *p, Vec *out) {
  vec_push(out, p_name(p));
  while (p_got(p, T_COMMA))
    vec_push(out, p_name(p));
}

static Node *basic_lit(Parser *p) {
  Node *n = new_node(N_BASICLIT, p->tok->pos);
  n->op = p->tok->kind;
  n->tok = keep_token(p->tok);
  p_next(p);
  return n;
}

Node *p_oliteral(Parser *p) { return p_is_literal(p->tok->kind) ? basic_lit(p) : NULL; }

static void expr_list(Parser *p, Vec *out) {
  vec_push(out, p_expr(p));
  while (p_got(p, T_COMMA))
    vec_push(out, p_expr(p));
}

// ---------------------------------------------------------------- expressions

// binaryExpr: operators of equal precedence associate left (the loop); a
// right operand recurses only for tighter operators, so at most 5 levels.
static Node *binary_expr(Parser *p, Node *x, int prec) {
  if (!x)
    x = unary_expr(p);
  for (int op_prec; (op_prec = binary_prec(p->tok->kind)) > prec;) {
    Node *n = new_node(N_BINARY, p->tok->pos);
    n->op = p->tok->kind;
    p_next(p);
    n->x = x;
    n->y = binary_expr(p, NULL, op_prec);
    x = n;
  }
  return x;
}

Node *p_expr(Parser *p) { return binary_expr(p, NULL, 0); }

// <-chan T parses as a receive applied to a channel type: re-associate the
// '<-' with the type (gc: "<-(chan E)" => "(<-chan E)").
static Node *recv_chan_type(Parser *p, Node *t) {
  int dir = 1; // as if send-only: keep going
  Node *c = t;
  while (dir == 1 && c && c->kind == N_CHANTYPE) {
    dir = c->chandir;
    if (dir == 2)
      p_syntax_error(p, "unexpected <-, expecting chan");
    c->chandir = 2;
    c = c->y;
  }
  if (dir == 1)
    p_syntax_error(p, xfmt("unexpected %s, expecting chan", c ? p_syntax_string(c) : "?"));
  return t;
}

static Node *unary_expr1(Parser *p) {
  switch (p->tok->kind) {
  case T_MUL: case T_ADD: case T_SUB: case T_NOT: case T_XOR: case T_TILDE: case T_AND: {
    Node *n = new_node(p->tok->kind == T_MUL ? N_STAR : N_UNARY, p->tok->pos);
    n->op = p->tok->kind;
    p_next(p);
    n->x = unary_expr(p);
    if (n->op == T_AND)
      n->x = unparen(n->x); // &(T{}) is &T{}
    return n;
  }
  case T_ARROW: {
    Node *n = new_node(N_UNARY, p->tok->pos);
    n->op = T_ARROW;
    p_next(p);
    n->x = unary_expr(p);
    if (n->x->kind == N_CHANTYPE)
      return recv_chan_type(p, n->x);
    return n;
  }
  default:
    return pexpr(p);
  }
}

static Node *unary_expr(Parser *p) {
  if (!p_enter(p))
    return p_bad_expr(p);
  Node *n = unary_expr1(p);
  p_leave(p);
  return n;
}

static Node *func_lit_or_type(Parser *p) {
  Pos pos = p->tok->pos;
  p_next(p); // func
  Vec tparams = {0};
  Node *ft = p_func_type(p, "function type", &tparams);
  if (p->tok->kind != T_LBRACE)
    return ft;
  Node *n = new_node(N_FUNCLIT, pos);
  n->x = ft;
  p->xnest++;
  n->body = p_func_body(p);
  p->xnest--;
  return n;
}

static Node *operand(Parser *p) {
  switch (p->tok->kind) {
  case T_IDENT:
    return p_ident(p);
  case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
    return basic_lit(p);
  case T_LPAREN: {
    Node *n = new_node(N_PAREN, p->tok->pos);
    p_next(p);
    p->xnest++;
    n->x = p_expr(p);
    p->xnest--;
    p_want(p, T_RPAREN);
    return n;
  }
  case T_FUNC:
    return func_lit_or_type(p);
  case T_LBRACK: case T_CHAN: case T_MAP: case T_STRUCT: case T_INTERFACE:
    return p_type_(p);
  default: {
    Node *x = p_bad_expr(p);
    p_syntax_error(p, "expecting expression");
    ADVANCE(T_RPAREN, T_RBRACK, T_RBRACE);
    return x;
  }
  }
}

// isValue: x is syntactically a value, never a type (so x[i]{ is no literal).
static bool is_value(Node *x) {
  switch (x->kind) {
  case N_BASICLIT: case N_COMPOSITE: case N_FUNCLIT: case N_SLICEEXPR:
  case N_TYPEASSERT: case N_CALL: case N_UNARY: case N_BINARY:
    return true;
  case N_PAREN:
    return is_value(x->x);
  case N_INDEX:
    return is_value(x->x) || is_value(x->y);
  default:
    return false; // *T may be a type
  }
}

// typeList: the indices of x[...]; more than one only for generic instances.
Node *p_type_list(Parser *p, Vec *all, bool *comma) {
  p->xnest++;
  Node *x = p_expr(p);
  vec_push(all, x);
  if (p_got(p, T_COMMA)) {
    *comma = true;
    Node *t;
    while ((t = p_type_or_nil(p))) {
      vec_push(all, t);
      if (!p_got(p, T_COMMA))
        break;
    }
  }
  p->xnest--;
  return x;
}

static Node *selector_or_assert(Parser *p, Node *x, Pos pos) {
  p_next(p); // .
  if (p->tok->kind == T_IDENT) {
    Node *n = new_node(N_SELECTOR, pos);
    n->x = x;
    n->y = p_ident(p);
    n->name = n->y->name;
    return n;
  }
  if (p->tok->kind == T_LPAREN) {
    p_next(p);
    Node *n = new_node(N_TYPEASSERT, pos);
    n->x = x;
    if (p_got(p, T_TYPE))
      vec_push(&p->guards, n); // x.(type): y stays NULL
    else
      n->y = p_type_(p);
    p_want(p, T_RPAREN);
    return n;
  }
  p_syntax_error(p, "expecting name or (");
  ADVANCE(T_SEMICOLON, T_RPAREN);
  return x;
}

static Node *index_or_slice1(Parser *p, Node *x, Pos pos);

static Node *index_or_slice(Parser *p, Node *x, Pos pos) {
  if (!p_enter_heavy(p))
    return x;
  Node *n = index_or_slice1(p, x, pos);
  p_leave_heavy(p);
  return n;
}

static Node *index_or_slice1(Parser *p, Node *x, Pos pos) {
  p_next(p); // [
  Node *i = NULL;
  if (p->tok->kind != T_COLON) {
    bool comma = false;
    Vec all = {0};
    if (p->tok->kind == T_RBRACK) {
      p_syntax_error(p, "expecting operand");
      i = p_bad_expr(p);
    } else {
      i = p_type_list(p, &all, &comma);
    }
    if (comma || p->tok->kind == T_RBRACK) {
      p_want(p, T_RBRACK);
      Node *n = new_node(N_INDEX, pos);
      n->x = x;
      n->y = i;
      if (all.len > 1)
        n->list = all;
      return n;
    }
  }
  if (!p_got(p, T_COLON)) {
    p_syntax_error(p, "expecting comma, : or ]");
    ADVANCE(T_COMMA, T_COLON, T_RBRACK);
  }
  p->xnest++;
  Node *n = new_node(N_SLICEEXPR, pos);
  n->x = x;
  n->y = i;
  if (p->tok->kind != T_COLON && p->tok->kind != T_RBRACK)
    nxw(n)->z = p_expr(p);
  if (p->tok->kind == T_COLON) {
    n->slice3 = true;
    if (!nx(n)->z)
      p_report(p, p->tok->pos, "middle index required in 3-index slice");
    p_next(p);
    if (p->tok->kind != T_RBRACK)
      nxw(n)->w = p_expr(p);
    else
      p_report(p, p->tok->pos, "final index required in 3-index slice");
  }
  p->xnest--;
  p_want(p, T_RBRACK);
  return n;
}

static bool call_arg(Parser *p, void *ctx) {
  Node *call = ctx;
  vec_push(&call->list, p_expr(p));
  call->has_ellipsis = p_got(p, T_ELLIPSIS);
  return call->has_ellipsis;
}

static Node *call(Parser *p, Node *x, Pos pos) {
  Node *n = new_node(N_CALL, pos);
  nxw(n)->lparen = pos;
  n->x = x;
  p_next(p); // (
  p->xnest++;
  nxw(n)->endpos = p_list(p, "argument list", T_COMMA, T_RPAREN, call_arg, n);
  p->xnest--;
  return n;
}

// Does '{' after x open a composite literal (or a block, as in `if x == T {`)?
static bool complit_ok(Parser *p, Node *t) {
  switch (t->kind) {
  case N_IDENT: case N_SELECTOR:
    return p->xnest >= 0;
  case N_INDEX:
    return p->xnest >= 0 && !is_value(t);
  case N_ARRAYTYPE: case N_STRUCTTYPE: case N_MAPTYPE:
    return true;
  default:
    return false;
  }
}

// Operand followed by selectors, indices, calls and literal bodies: a loop,
// so long chains a.b.c(...)[i] cost no stack.
static Node *pexpr(Parser *p) {
  Node *x = operand(p); // parentheses are always kept: gc keeps them where it matters
  for (;;) {
    Pos pos = p->tok->pos;
    switch (p->tok->kind) {
    case T_PERIOD:
      x = selector_or_assert(p, x, pos);
      break;
    case T_LBRACK:
      x = index_or_slice(p, x, pos);
      break;
    case T_LPAREN:
      x = call(p, x, pos);
      break;
    case T_LBRACE: {
      Node *t = unparen(x);
      if (!complit_ok(p, t))
        return x;
      if (t != x)
        p_syntax_error(p, "cannot parenthesize type in composite literal");
      x = complit(p, t);
      break;
    }
    default:
      return x;
    }
  }
}

static Node *bare_complit_expr(Parser *p) {
  return p->tok->kind == T_LBRACE ? complit(p, NULL) : p_expr(p);
}

static bool complit_elem(Parser *p, void *ctx) {
  Node *lit = ctx;
  Node *e = bare_complit_expr(p);
  if (p->tok->kind == T_COLON) {
    Node *kv = new_node(N_KEYVALUE, p->tok->pos);
    p_next(p);
    kv->x = e;
    kv->y = bare_complit_expr(p);
    e = kv;
  }
  vec_push(&lit->list, e);
  return false;
}

static Node *complit(Parser *p, Node *type) {
  Node *n = new_node(N_COMPOSITE, p->tok->pos);
  nxw(n)->lparen = p->tok->pos;
  n->x = type;
  if (!p_enter(p) || !p_enter_heavy(p))
    return n;
  p->xnest++;
  p_want(p, T_LBRACE);
  nxw(n)->endpos = p_list(p, "composite literal", T_COMMA, T_RBRACE, complit_elem, n);
  p->xnest--;
  p_leave_heavy(p);
  p_leave(p);
  return n;
}

// ---------------------------------------------------------------- statements

Node *p_block_stmt(Parser *p, const char *context) {
  Node *b = new_node(N_BLOCK, p->tok->pos);
  // people coming from C may forget that braces are mandatory in Go
  if (!p_got(p, T_LBRACE)) {
    p_syntax_error(p, xfmt("expecting { after %s", context));
    ADVANCE(T_IDENT, T_RBRACE);
    nxw(b)->endpos = p->tok->pos;
    if (p_got(p, T_RBRACE))
      return b;
  }
  stmt_list(p, &b->list);
  nxw(b)->endpos = p->tok->pos;
  p_want(p, T_RBRACE);
  return b;
}

static Node *range_clause(Parser *p, Vec *lhs, TokKind op) {
  Node *r = new_node(N_RANGE, p->tok->pos); // pos becomes the 'for' in for_stmt
  nxw(r)->range_pos = p->tok->pos;
  p_next(p); // range
  if (lhs) {
    nxw(r)->key = lhs->data[0];
    if (lhs->len > 1)
      nxw(r)->value = lhs->data[1];
    if (lhs->len > 2) // kept for check.c, which reports it as types2 does
      nxw(r)->w = lhs->data[2];
    r->op = op;
  }
  r->x = p_expr(p);
  return r;
}

static Node *expr_stmt(Node *x) {
  Node *s = new_node(N_EXPRSTMT, x->pos);
  s->x = x;
  return s;
}

// keyword is T_FOR / T_SWITCH / T_IF in a statement header (enables range
// clauses after for), 0 elsewhere. lhs is an already parsed expression list.
static Node *simple_stmt(Parser *p, Vec *lhs_in, TokKind keyword) {
  if (keyword == T_FOR && p->tok->kind == T_RANGE)
    return range_clause(p, NULL, 0);
  Vec lhs = {0};
  if (lhs_in)
    lhs = *lhs_in;
  else
    expr_list(p, &lhs);
  Node *x = lhs.data[0];
  if (lhs.len == 1 && p->tok->kind != T_ASSIGN && p->tok->kind != T_DEFINE) {
    Pos pos = p->tok->pos;
    if (is_assign_op(p->tok->kind)) {
      Node *s = new_node(N_ASSIGN, pos);
      s->op = p->tok->kind;
      p_next(p);
      vec_push(&s->list, x);
      vec_push(&s->list2, p_expr(p));
      return s;
    }
    if (p->tok->kind == T_INC || p->tok->kind == T_DEC) {
      Node *s = new_node(N_INCDEC, pos);
      s->op = p->tok->kind;
      s->x = x;
      p_next(p);
      return s;
    }
    if (p->tok->kind == T_ARROW) {
      Node *s = new_node(N_SENDSTMT, pos);
      p_next(p);
      s->x = x;
      s->y = p_expr(p);
      return s;
    }
    return expr_stmt(x);
  }
  if (p->tok->kind == T_ASSIGN || p->tok->kind == T_DEFINE) {
    Node *s = new_node(N_ASSIGN, p->tok->pos);
    s->op = p->tok->kind;
    p_next(p);
    if (keyword == T_FOR && p->tok->kind == T_RANGE)
      return range_clause(p, &lhs, s->op);
    s->list = lhs;
    expr_list(p, &s->list2);
    return s;
  }
  p_syntax_error(p, "expecting := or = or comma");
  ADVANCE(T_SEMICOLON, T_RBRACE);
  return expr_stmt(x); // make the best of what we have
}

static bool is_guard(Node *x) { return x && x->kind == N_TYPEASSERT && !x->y; }

// `v := x.(type)` in a switch header.
static bool is_guard_define(Node *s) {
  return s->kind == N_ASSIGN && s->op == T_DEFINE && s->list.len == 1 &&
         ((Node *)s->list.data[0])->kind == N_IDENT && s->list2.len == 1 &&
         is_guard(s->list2.data[0]);
}

char *p_stmt_string(Node *s);

// The header of if/for/switch: [init ;] cond [; post]. For a type switch
// *cond is the guard: N_TYPEASSERT (x.(type)) or N_ASSIGN (v := x.(type)).
static void header(Parser *p, TokKind keyword, Node **init, Node **cond, Node **post) {
  *init = *cond = *post = NULL;
  p_next(p); // the keyword
  if (p->tok->kind == T_LBRACE) {
    if (keyword == T_IF) {
      p_syntax_error(p, "missing condition in if statement");
      *cond = p_bad_expr(p);
    }
    return;
  }
  int outer = p->xnest;
  p->xnest = -1;
  if (p->tok->kind != T_SEMICOLON) {
    // accept a var declaration but complain
    if (p_got(p, T_VAR))
      p_syntax_error(p, xfmt("var declaration not allowed in %s initializer", tok_name(keyword)));
    *init = simple_stmt(p, NULL, keyword);
    if ((*init)->kind == N_RANGE) {
      p->xnest = outer;
      return;
    }
  }
  Node *cs = NULL;
  Token semi_tok, *semi = NULL;   // (a copy: the token ring moves on)
  if (p->tok->kind != T_LBRACE) {
    if (p->tok->kind == T_SEMICOLON) {
      semi_tok = *p->tok;
      semi = &semi_tok;
      p_next(p);
    } else {
      p_want(p, T_LBRACE); // asking for '{' rather than ';' gives a better message
      if (p->tok->kind != T_LBRACE)
        ADVANCE(T_LBRACE, T_RBRACE);
    }
    if (keyword == T_FOR) {
      if (p->tok->kind != T_SEMICOLON) {
        if (p->tok->kind == T_LBRACE) {
          p_syntax_error(p, "expecting for loop condition");
          goto done;
        }
        cs = simple_stmt(p, NULL, 0);
      }
      p_want(p, T_SEMICOLON);
      if (p->tok->kind != T_LBRACE) {
        *post = simple_stmt(p, NULL, 0);
        if ((*post)->kind == N_ASSIGN && (*post)->op == T_DEFINE)
          p_syntax_error_at(p, (*post)->pos, "cannot declare in post statement of for loop");
      }
    } else if (p->tok->kind != T_LBRACE) {
      cs = simple_stmt(p, NULL, keyword);
    }
  } else {
    cs = *init;
    *init = NULL;
  }
done:
  if (!cs) {
    if (keyword == T_IF && semi) {
      if (semi->auto_semi && !(semi->text && semi->text[0] == 'E'))
        p_syntax_error_at(p, semi->pos, "unexpected newline, expecting { after if clause");
      else
        p_syntax_error_at(p, semi->pos, "missing condition in if statement");
      *cond = new_node(N_BAD, semi->pos);
    }
  } else if (cs->kind == N_EXPRSTMT) {
    *cond = cs->x;
  } else if (keyword == T_SWITCH && is_guard_define(cs)) {
    *cond = cs;
  } else {
    // a common mistake: "if x := 0 {" instead of "if x := 0; x {"
    p_syntax_error_at(p, cs->pos, xfmt("cannot use %s as value", p_stmt_string(cs)));
  }
  p->xnest = outer;
}

static Node *if_stmt(Parser *p) {
  // else-if chains are a loop, not recursion: long chains cost no stack
  Node *first_if = NULL, **link = &first_if;
  for (;;) {
    Node *s = new_node(N_IF, p->tok->pos);
    Node *post;
    header(p, T_IF, &s->init, &s->x, &post);
    s->body = p_block_stmt(p, "if clause");
    *link = s;
    if (!p_got(p, T_ELSE))
      break;
    if (p->tok->kind == T_IF) {
      link = &s->els;
      continue;
    }
    if (p->tok->kind == T_LBRACE) {
      s->els = p_block_stmt(p, "");
    } else {
      p_syntax_error(p, "else must be followed by if or statement block");
      ADVANCE(T_IDENT, T_RBRACE);
    }
    break;
  }
  return first_if;
}

static Node *for_stmt(Parser *p) {
  Pos pos = p->tok->pos;
  Node *init, *cond, *post;
  header(p, T_FOR, &init, &cond, &post);
  Node *body = p_block_stmt(p, "for clause");
  if (init && init->kind == N_RANGE) {
    init->pos = pos;
    init->body = body;
    return init;
  }
  Node *s = new_node(N_FOR, pos);
  s->init = init;
  s->x = cond;
  s->post = post;
  s->body = body;
  return s;
}

static Node *case_clause(Parser *p, bool comm) {
  Node *c = new_node(comm ? N_COMMCLAUSE : N_CASECLAUSE, p->tok->pos);
  if (p_got(p, T_CASE)) {
    if (comm)
      c->x = simple_stmt(p, NULL, 0); // send, receive, assignment of a receive
    else
      expr_list(p, &c->list);
  } else if (p_got(p, T_DEFAULT)) {
    c->is_default = true;
  } else {
    p_syntax_error(p, "expecting case or default or }");
    ADVANCE(T_COLON, T_CASE, T_DEFAULT, T_RBRACE);
  }
  if (!comm && p->tok->kind == T_COLON)
    nxw(c)->lparen = p->tok->pos;   // (a type switch clause's variable is declared there)
  p_want(p, T_COLON);
  stmt_list(p, &c->list2);
  return c;
}

static void clause_body(Parser *p, Node *s, const char *what) {
  if (!p_got(p, T_LBRACE)) {
    p_syntax_error(p, xfmt("missing { after %s clause", what));
    ADVANCE(T_CASE, T_DEFAULT, T_RBRACE);
  }
  while (p->tok->kind != T_EOF && p->tok->kind != T_RBRACE)
    vec_push(&s->list, case_clause(p, s->kind == N_SELECT));
  nxw(s)->endpos = p->tok->pos;
  p_want(p, T_RBRACE);
}

static Node *switch_stmt(Parser *p) {
  Node *s = new_node(N_SWITCH, p->tok->pos);
  Node *post;
  header(p, T_SWITCH, &s->init, &s->x, &post);
  Node *g = s->x && s->x->kind == N_ASSIGN ? s->x->list2.data[0] : s->x;
  if (is_guard(g) && p->guards.len && p->guards.data[p->guards.len - 1] == g) {
    p->guards.len--; // a legitimate x.(type)
    s->kind = N_TYPESWITCH;
    s->y = s->x->kind == N_ASSIGN ? s->x : expr_stmt(s->x);
    s->x = NULL;
  }
  clause_body(p, s, "switch");
  return s;
}

static Node *select_stmt(Parser *p) {
  Node *s = new_node(N_SELECT, p->tok->pos);
  p_next(p);
  clause_body(p, s, "select");
  return s;
}

static Node *call_stmt(Parser *p) {
  Node *s = new_node(p->tok->kind == T_GO ? N_GOSTMT : N_DEFERSTMT, p->tok->pos);
  const char *what = p->tok->kind == T_GO ? "go" : "defer";
  p_next(p);
  Node *x = pexpr(p);
  Node *t = unparen(x);
  if (t != x) {
    p_report(p, x->pos, xfmt("expression in %s must not be parenthesized", what));
    x = t;
  }
  if (x->kind != N_CALL) {
    p_report(p, x->pos, xfmt("expression in %s must be function call", what));
    // assume the common mistake of missing parentheses: go f => go f()
    Node *c = new_node(N_CALL, x->pos);
    nxw(c)->lparen = x->pos;
    c->x = x;
    x = c;
  }
  s->x = x;
  return s;
}

static Node *branch(Parser *p, TokKind op) {
  Node *s = new_node(N_BRANCH, p->tok->pos);
  s->op = op;
  p_next(p);
  if (op == T_GOTO)
    nxw(s)->label = p_name(p);
  else if ((op == T_BREAK || op == T_CONTINUE) && p->tok->kind == T_IDENT)
    nxw(s)->label = p_ident(p);
  return s;
}

static Node *labeled_stmt(Parser *p, Node *label) {
  Node *s = new_node(N_LABELED, p->tok->pos);
  nxw(s)->label = label;
  p_want(p, T_COLON);
  if (p->tok->kind == T_RBRACE) {
    // a label needs a statement, but the ';' before '}' may be omitted
    s->y = new_node(N_EMPTY, p->tok->pos);
    return s;
  }
  s->y = stmt_or_nil(p);
  if (s->y)
    return s;
  p_syntax_error_at(p, s->pos, "missing statement after label");
  return NULL; // already at the end of the statement: no advance
}

static void append_group(Parser *p, Vec *out, TokKind kind);

static Node *decl_stmt(Parser *p) {
  Node *s = new_node(N_DECLSTMT, p->tok->pos);
  TokKind k = p->tok->kind;
  p_next(p);
  append_group(p, &s->list, k);
  return s;
}

static Node *stmt_or_nil1(Parser *p) {
  // most statements (assignments) start with a name
  if (p->tok->kind == T_IDENT) {
    Vec lhs = {0};
    expr_list(p, &lhs);
    Node *x = lhs.data[0];
    if (lhs.len == 1 && x->kind == N_IDENT && p->tok->kind == T_COLON)
      return labeled_stmt(p, x);
    return simple_stmt(p, &lhs, 0);
  }
  switch (p->tok->kind) {
  case T_VAR: case T_CONST: case T_TYPE:
    return decl_stmt(p);
  case T_LBRACE:
    return p_block_stmt(p, "");
  case T_ADD: case T_SUB: case T_MUL: case T_AND: case T_XOR: case T_NOT:
  case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
  case T_FUNC: case T_LPAREN: case T_LBRACK: case T_STRUCT: case T_MAP:
  case T_CHAN: case T_INTERFACE: case T_ARROW:
    return simple_stmt(p, NULL, 0);
  case T_FOR:
    return for_stmt(p);
  case T_SWITCH:
    return switch_stmt(p);
  case T_SELECT:
    return select_stmt(p);
  case T_IF:
    return if_stmt(p);
  case T_FALLTHROUGH: case T_BREAK: case T_CONTINUE: case T_GOTO:
    return branch(p, p->tok->kind);
  case T_GO: case T_DEFER:
    return call_stmt(p);
  case T_RETURN: {
    Node *s = new_node(N_RETURN, p->tok->pos);
    p_next(p);
    if (p->tok->kind != T_SEMICOLON && p->tok->kind != T_RBRACE)
      expr_list(p, &s->list);
    return s;
  }
  case T_SEMICOLON:
    return new_node(N_EMPTY, p->tok->pos);
  default:
    return NULL;
  }
}

static Node *stmt_or_nil(Parser *p) {
  if (!p_enter(p))
    return NULL;
  Node *s = stmt_or_nil1(p);
  p_leave(p);
  return s;
}

static void stmt_list(Parser *p, Vec *out) {
  while (p->tok->kind != T_EOF && p->tok->kind != T_RBRACE && p->tok->kind != T_CASE &&
         p->tok->kind != T_DEFAULT) {
    Node *s = stmt_or_nil(p);
    if (!s)
      break;
    vec_push(out, s);
    // ";" is optional before "}"
    if (!p_got(p, T_SEMICOLON) && p->tok->kind != T_RBRACE) {
      p_syntax_error(p, "at end of statement");
      ADVANCE(T_SEMICOLON, T_RBRACE, T_CASE, T_DEFAULT);
      p_got(p, T_SEMICOLON); // avoid a spurious empty statement
    }
  }
}

// ---------------------------------------------------------------- declarations

// Deep copy of an expression for a const spec that repeats the previous
// spec's values: each copy is checked with its own iota. Positions are kept,
// so errors point at the written expression, as gc does.
static Node *clone(Node *n);

static Vec clone_vec(Vec v) {
  Vec out = {0};
  for (int i = 0; i < v.len; i++)
    vec_push(&out, clone(v.data[i]));
  return out;
}

Node *clone_tree(Node *n) { return clone(n); }

static Node *clone(Node *n) {
  if (!n)
    return NULL;
  Node *c = new_node(n->kind, n->pos);
  *c = *n;
  c->x = clone(n->x), c->y = clone(n->y);
  c->init = clone(n->init), c->post = clone(n->post), c->body = clone(n->body);
  c->els = clone(n->els);
  c->list = clone_vec(n->list), c->list2 = clone_vec(n->list2);
  if (n->ext) {   // the copy gets its own extension
    c->ext = NULL;
    NodeExt *e = nxw(c);
    *e = *n->ext;
    e->key = clone(e->key), e->value = clone(e->value), e->z = clone(e->z), e->w = clone(e->w);
    e->recv = clone(e->recv), e->label = clone(e->label), e->tag = clone(e->tag);
    e->names = clone_vec(e->names), e->tparams = clone_vec(e->tparams);
  }
  return c;
}

typedef struct {
  TokKind kind;     // T_IMPORT, T_CONST, T_VAR, T_TYPE
  Vec *out;
  int index;        // iota: the spec's index in its group
  Node *last;       // const: the last spec with a type or values
} Group;

static bool got_assign(Parser *p) {
  if (p->tok->kind == T_DEFINE)
    p_syntax_error(p, "expecting =");
  else if (p->tok->kind != T_ASSIGN)
    return false;
  p_next(p);
  return true;
}

static Node *import_spec(Parser *p) {
  Node *d = new_node(N_IMPORTSPEC, p->tok->pos);
  if (p->tok->kind == T_IDENT) {
    d->name = p_ident(p)->name;
  } else if (p->tok->kind == T_PERIOD) {
    d->name = ".";
    p_next(p);
  }
  if (!p_is_literal(p->tok->kind)) {
    p_syntax_error(p, "missing import path");
    ADVANCE(T_SEMICOLON, T_RPAREN);
    return d;
  }
  d->tok = keep_token(p->tok);
  p_next(p);
  if (d->tok->kind != T_STRING) // gc reports it at the token after the path
    p_syntax_error(p, "import path must be a string");
  return d;
}

static Node *const_spec(Parser *p, Group *g) {
  Node *d = new_node(N_CONSTSPEC, p->tok->pos);
  name_list(p, &nxw(d)->names);
  if (p->tok->kind != T_EOF && p->tok->kind != T_SEMICOLON && p->tok->kind != T_RPAREN) {
    d->x = p_type_or_nil(p);
    if (got_assign(p))
      expr_list(p, &d->list);
  }
  nxw(d)->iota = g->index;
  if (d->x || d->list.len) {
    g->last = d;
  } else if (g->last) {
    // ConstSpec without type and values: repeat the previous list and its type
    d->x = clone(g->last->x);
    d->list = clone_vec(g->last->list);
    nxw(d)->implicit_values = true;
  }
  return d;
}

static Node *var_spec(Parser *p) {
  Node *d = new_node(N_VARSPEC, p->tok->pos);
  name_list(p, &nxw(d)->names);
  if (got_assign(p)) {
    expr_list(p, &d->list);
  } else {
    d->x = p_type_(p);
    if (got_assign(p))
      expr_list(p, &d->list);
  }
  return d;
}

// After "type Name [": a type parameter list "[T any]" rather than an array
// length "[N]" or "[N * 2]"? gc decides from the parsed expression; the
// tokens after the first name tell the common cases apart.
static bool tparams_follow(Parser *p) {
  if (p->tok->kind != T_IDENT)
    return false;
  switch (p_peek(p, 1)->kind) {
  case T_IDENT: case T_COMMA: case T_INTERFACE: case T_FUNC: case T_CHAN:
  case T_MAP: case T_STRUCT: case T_TILDE: case T_LBRACK: case T_ARROW:
    return true;
  case T_MUL: // [P *C] is a constraint only if a type follows the '*'
    return p_peek(p, 2)->kind == T_IDENT && p_peek(p, 3)->kind != T_RBRACK;
  default:
    return false;
  }
}

static Node *type_spec(Parser *p) {
  Node *d = new_node(N_TYPESPEC, p->tok->pos);
  d->name = p_name(p)->name;
  if (p->tok->kind == T_LBRACK) {
    Pos pos = p->tok->pos;
    p_next(p);
    if (tparams_follow(p)) {
      p_param_list(p, &nxw(d)->tparams, T_RBRACK, true);
      nxw(d)->is_alias = got_assign(p);
      d->x = p_type_or_nil(p);
    } else if (p_got(p, T_RBRACK)) {
      d->x = p_slice_type(p, pos);
    } else {
      d->x = p_array_type(p, pos, NULL);
    }
  } else {
    nxw(d)->is_alias = got_assign(p);
    d->x = p_type_or_nil(p);
  }
  if (!d->x) {
    d->x = p_bad_expr(p);
    p_syntax_error(p, "in type declaration");
    ADVANCE(T_SEMICOLON, T_RPAREN);
  }
  return d;
}

static bool group_spec(Parser *p, void *ctx) {
  Group *g = ctx;
  Node *d = NULL;
  switch (g->kind) {
  case T_IMPORT: d = import_spec(p); break;
  case T_CONST: d = const_spec(p, g); break;
  case T_VAR: d = var_spec(p); break;
  default: d = type_spec(p); break;
  }
  vec_push(g->out, d);
  g->index++;
  return false;
}

// A declaration's specs, single or grouped in parentheses; kind is the keyword.
static void append_group(Parser *p, Vec *out, TokKind kind) {
  Group g = {kind, out, 0, NULL};
  if (p_got(p, T_LPAREN)) {
    p_list(p, "grouped declaration", T_SEMICOLON, T_RPAREN, group_spec, &g);
  } else {
    group_spec(p, &g);
  }
}

// //go: directives apply to the function declaration that follows them;
// those before anything else are dropped when that declaration ends.
static int directive_flag(const char *text) {
  static const struct { const char *name; int flag; } known[] = {
    {"go:noinline", PRAGMA_NOINLINE}, {"go:noescape", PRAGMA_NOESCAPE},
    {"go:nosplit", PRAGMA_NOSPLIT | PRAGMA_NOCHECKPTR}, {"go:norace", PRAGMA_NORACE},
    {"go:nocheckptr", PRAGMA_NOCHECKPTR}, {"go:uintptrkeepalive", PRAGMA_UINTPTRKEEPALIVE},
    {"go:uintptrescapes", PRAGMA_UINTPTRESCAPES | PRAGMA_UINTPTRKEEPALIVE},
  };
  if (!text)
    return 0;
  if (!strncmp(text, "//", 2))
    text += 2;
  for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
    size_t n = strlen(known[i].name);
    if (!strncmp(text, known[i].name, n) && (text[n] == 0 || text[n] == ' ' ||
                                             text[n] == '\t' || text[n] == '\r'))
      return known[i].flag;
  }
  return 0;
}

// The column of a directive's "go:" (gc's position for it), found in the
// source; directives come in line order, so one forward scan serves them all.
static int directive_col(SrcFile *f, int line, const char *text) {
  static SrcFile *cur_file;
  static size_t off;
  static int cur_line;
  if (!f || !f->src)
    return 1;
  if (cur_file != f || line < cur_line)
    cur_file = f, off = 0, cur_line = 1;
  for (; cur_line < line && off < f->len; off++)
    if (f->src[off] == '\n')
      cur_line++;
  size_t end = off;
  while (end < f->len && f->src[end] != '\n')
    end++;
  size_t n = strlen(text);
  for (size_t i = off; i + n <= end; i++)
    if (!memcmp(f->src + i, text, n))
      return (int)(i - off) + 1 + (text[0] == '/' ? 2 : 0);
  return 1;
}

// "//go:linkname local [remote]": recorded for the checker, which resolves
// local once the package's names are known (gc's processPragmas).
static void linkname_directive(Parser *p, Pos pos, const char *text) {
  char *fields[4];
  int n = 0;
  for (const char *s = text + 2; *s && n < 4;) {   // (after "//")
    while (*s == ' ' || *s == '\t')
      s++;
    const char *start = s;
    while (*s && *s != ' ' && *s != '\t')
      s++;
    if (s > start)
      fields[n++] = xstrndup(start, s - start);
  }
  if (n < 2 || n > 3) {
    p_report(p, pos, "usage: //go:linkname localname [linkname]");
    return;
  }
  Linkname *ln = xmalloc(sizeof(Linkname));
  *ln = (Linkname){pos, fields[1], n == 3 ? fields[2] : NULL};
  vec_push(&p->linknames, ln);
}

// Takes one directive: its pragma flags, or a //go:linkname recorded; the
// uintptrkeepalive gc keeps for the standard library is an error elsewhere.
static int take_directive(Parser *p, struct Directive *d) {
  SrcFile *f = p->file;
  Pos pos = {f, d->line, directive_col(f, d->line, d->text)};
  if (!strncmp(d->text, "//go:linkname ", 14) || !strncmp(d->text, "//go:linkname\t", 14)) {
    linkname_directive(p, pos, d->text);
    return 0;
  }
  int flag = directive_flag(d->text);
  if (flag == PRAGMA_UINTPTRKEEPALIVE && !f->std)
    p_report(p, pos, "//go:uintptrkeepalive is only allowed in the standard library");
  return flag;
}

static int take_pragmas(Parser *p, int before_line) {
  int flags = 0;
  const TokenList *d = lex_directives(p->lexer);
  while (p->dir_index < d->ndirs && d->dirs[p->dir_index].line < before_line)
    flags |= take_directive(p, &d->dirs[p->dir_index++]);
  return flags;
}

// Drops the directives up to a line: those that only a func declaration can
// use are "misplaced" there (gc: before var/type/const, inside bodies, at EOF).
static void clear_pragmas(Parser *p, int through_line) {
  const TokenList *dirs = lex_directives(p->lexer);
  while (p->dir_index < dirs->ndirs && dirs->dirs[p->dir_index].line <= through_line) {
    struct Directive *d = &dirs->dirs[p->dir_index++];
    if (take_directive(p, d)) {
      SrcFile *f = p->file;
      p_report(p, (Pos){f, d->line, directive_col(f, d->line, d->text)}, "misplaced compiler directive");
    }
  }
}

static Node *func_decl(Parser *p, int func_line) {
  Node *f = new_node(N_FUNCDECL, p->tok->pos);
  nxw(f)->pragmas = take_pragmas(p, func_line);
  const char *context = NULL;
  if (p_got(p, T_LPAREN)) {
    nxw(f)->lparen = f->pos;   // gc's position of a method declaration (the name's is f->pos below)
    context = "method";
    Vec rcvr = {0};
    p_param_list(p, &rcvr, T_RPAREN, false);
    int n = 0;
    for (int i = 0; i < rcvr.len; i++) {
      Node *r = rcvr.data[i];
      n += nx(r)->names.len ? nx(r)->names.len : 1;
    }
    if (n == 0)
      p_report(p, p->tok->pos, "method has no receiver");
    else if (n > 1)
      p_report(p, p->tok->pos, "method has multiple receivers");
    if (n) {
      nxw(f)->recv = rcvr.data[0];
      if (nx(nx(f)->recv)->names.len > 1)
        nxw(nx(f)->recv)->names.len = 1;
    }
  }
  if (p->tok->kind != T_IDENT) {
    p_syntax_error(p, "expecting name or (");
    ADVANCE(T_LBRACE, T_SEMICOLON);
    return NULL;
  }
  f->pos = p->tok->pos;
  f->name = p_ident(p)->name;
  f->x = p_func_type(p, context, &nxw(f)->tparams);
  if (p->tok->kind == T_LBRACE) {
    char *from = node_pool_next();
    f->body = p_func_body(p);
    nxw(f)->endpos = nx(f->body)->endpos;
    if (node_pool_next() > from)
      nxw(f)->nodes_from = from, nxw(f)->nodes_to = node_pool_next();
  }
  return f;
}

static void top_level_decls(Parser *p, Node *file_node) {
  Node *last = NULL;
  while (p->tok->kind != T_EOF) {
    Token *start = p->tok;
    switch (p->tok->kind) {
    case T_CONST: case T_TYPE: case T_VAR:
      p_next(p);
      append_group(p, &file_node->list2, start->kind);
      break;
    case T_FUNC: {
      p_next(p);
      Node *d = func_decl(p, start->pos.line);
      if (d) {
        vec_push(&file_node->list2, d);
        last = d;
      }
      break;
    }
    default:
      if (p->tok->kind == T_LBRACE && last && last == VEC_AT(file_node->list2,
                                                          file_node->list2.len - 1) &&
          !last->body)
        p_syntax_error(p, "unexpected semicolon or newline before {"); // { on the next line
      else
        p_syntax_error(p, "non-declaration statement outside function body");
      ADVANCE(T_CONST, T_TYPE, T_VAR, T_FUNC);
      continue;
    }
    clear_pragmas(p, prev_line(p));
    if (p->tok->kind != T_EOF && !p_got(p, T_SEMICOLON)) {
      p_syntax_error(p, "after top level declaration");
      ADVANCE(T_CONST, T_TYPE, T_VAR, T_FUNC);
    }
  }
}

// The stray x.(type) nodes: types2 reports them (at the expression's start).
static void report_guards(Parser *p) {
  for (int i = 0; i < p->guards.len; i++) {
    Node *g = p->guards.data[i];
    p_report(p, p_start_pos(g), "invalid AST: use of .(type) outside type switch");
  }
}

// The whole file, or (imports_only) its package clause and imports: what
// the driver needs to order packages, when a package's code may come from
// the build cache.
static Node *parse_source(SrcFile *f, bool imports_only) {
  Parser *p = &(Parser){.lexer = lex_open(f), .file = f,
                        .first = diag_errors > 0}; // errors were reported already (earlier files)
  p->tok = &p->ring[0];
  lex_next(p->lexer, p->tok);
  p->ntoks_read = 1;
  char base;
  init_stack_bound(p, &base);

  Node *fn = new_node(N_FILE, p->tok->pos);
  nxw(fn)->file = f;
  fn->name = "_";
  if (!p_got(p, T_PACKAGE)) {
    p_syntax_error(p, "package statement must be first");
    return fn;
  }
  fn->name = p_name(p)->name;
  p_want(p, T_SEMICOLON);
  if (p->nerrors) // don't bother continuing if the package clause has errors
    return fn;
  // in Go 1.19 imports come first; a late one is a "non-declaration statement"
  while (p_got(p, T_IMPORT)) {
    append_group(p, &fn->list, T_IMPORT);
    p_want(p, T_SEMICOLON);
  }
  if (imports_only)
    return fn;
  clear_pragmas(p, prev_line(p));
  top_level_decls(p, fn);
  clear_pragmas(p, INT32_MAX);
  nxw(fn)->linknames = p->linknames;
  if (!p->syntax_errors)
    report_guards(p);
  return fn;
}

Node *parse_file(SrcFile *f) { return parse_source(f, false); }
Node *parse_file_imports(SrcFile *f) { return parse_source(f, true); }
