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

// Tokens come from the lexer one at a time into a small ring: the current
// one (p_tok), the one before it (prev_line) and up to three ahead (p_peek)
// are all the parser looks at.
enum { RING = 8 };
static Lexer *lexer;
static SrcFile *src_file;
static Token ring[RING];
static unsigned ring_at;     // index of p_tok
static int ring_ahead;       // tokens lexed beyond p_tok (p_peek)
static int ntoks_read;       // tokens the parser has moved to so far
Token *p_tok;            // the current token; never advances past T_EOF
int p_fnest;             // > 0 inside a function body
int p_xnest;             // < 0 in if/for/switch headers: no T{...} of a bare name
static int depth;             // current nesting, bounded by MAX_DEPTH
static bool first;            // an error was reported: silence follow-ups at EOF
static int nerrors;           // errors reported by this parse
static int syntax_errors;     // errors starting with "syntax error"
static int last_syntax_line;  // gc reports one syntax error per line
static int dir_index;         // next unconsumed //go: directive
static Vec guards;            // x.(type) nodes not (yet) used as a type switch guard

Node *p_expr(void);
static Node *unary_expr(void);
static Node *pexpr(void);
Node *p_type_or_nil(void);
Node *p_type_(void);
static Node *complit(Node *type);
Node *p_func_type(const char *context, Vec *tparams);
Node *p_func_body(void);
Node *p_block_stmt(const char *context);
static Node *stmt_or_nil(void);
static void stmt_list(Vec *out);
static Node *simple_stmt(Vec *lhs, TokKind keyword);
Node *p_qualified_name(Node *name);
Node *p_embedded_elem(Node *f);
Pos p_param_list(Vec *out, TokKind close, bool require_names);
char *p_syntax_string(Node *n);

Node *p_bad_expr(void) { return new_node(N_BAD, p_tok->pos); }

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

void p_next(void) {
  if (p_tok->kind == T_EOF)
    return;
  ring_at = (ring_at + 1) % RING;
  p_tok = &ring[ring_at];
  if (ring_ahead > 0)
    ring_ahead--;
  else
    lex_next(lexer, p_tok);
  ntoks_read++;
}

// The k-th token after the current one (1 <= k <= 3); T_EOF repeats.
static Token *p_peek(int k) {
  while (ring_ahead < k) {
    Token *last = &ring[(ring_at + ring_ahead) % RING];
    Token *t = &ring[(ring_at + ring_ahead + 1) % RING];
    if (last->kind == T_EOF)
      *t = *last;
    else
      lex_next(lexer, t);
    ring_ahead++;
  }
  return &ring[(ring_at + k) % RING];
}

// The line of the token before the current one (0 at the start of the file).
static int prev_line(void) { return ntoks_read > 1 ? ring[(ring_at + RING - 1) % RING].pos.line : 0; }

// A token the parser keeps (literals, import paths): the ring is reused.
static Token *keep_token(const Token *t) {
  Token *copy = arena_alloc(sizeof(Token));
  *copy = *t;
  return copy;
}

bool p_got(TokKind k) {
  if (p_tok->kind != k)
    return false;
  p_next();
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

void p_report(Pos pos, const char *msg) {
  first = true;
  if (!strncmp(msg, "syntax error", 12)) {
    // gc (base.ErrorfAt): only one syntax error per line, whatever it says.
    if (syntax_errors && pos.line == last_syntax_line)
      return;
    last_syntax_line = pos.line;
    syntax_errors++;
  }
  nerrors++;
  error_at(pos, "%s", msg);
}

// gc's syntaxErrorAt: "in ..."/"at ..."/"after ..." and "expecting ..." get the
// current token prepended as "unexpected X"; other messages stand alone.
void p_syntax_error_at(Pos pos, const char *msg) {
  if (p_tok->kind == T_EOF && (first || diag_errors > 0))
    return; // avoid meaningless follow-up errors (lexical errors count too)
  if (!strncmp(msg, "in ", 3) || !strncmp(msg, "at ", 3) || !strncmp(msg, "after ", 6))
    p_report(pos, xfmt("syntax error: unexpected %s %s", tok_desc(p_tok), msg));
  else if (!strncmp(msg, "expecting ", 10))
    p_report(pos, xfmt("syntax error: unexpected %s, %s", tok_desc(p_tok), msg));
  else
    p_report(pos, xfmt("syntax error: %s", msg));
}

void p_syntax_error(const char *msg) { p_syntax_error_at(p_tok->pos, msg); }

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
void p_advance(const TokKind *follow, int n) {
  for (; p_tok->kind != T_EOF; p_next()) {
    for (int i = 0; i < n; i++)
      if (p_tok->kind == follow[i])
        return;
    if (p_fnest > 0 && in_stopset(p_tok->kind))
      return;
  }
}



void p_want(TokKind k) {
  if (!p_got(k)) {
    p_syntax_error(xfmt("expecting %s", p_tokstring(k)));
    p_next(); // gc's p_advance() with no follow list: skip one token
  }
}

// Nesting bound. Past it the rest of the file is skipped: every loop of the
// parser stops at EOF, and errors at EOF after the first are silent. Besides
// the level count, the C stack actually used is bounded too (half the stack
// limit): frames are larger in -O0 and sanitizer builds.
static char *stack_base;
static size_t stack_budget;

static void init_stack_bound(char *base) {
  struct rlimit rl;
  size_t limit = 8u << 20;
  if (escgo_stack_size)
    limit = escgo_stack_size;
  else if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
    limit = rl.rlim_cur;
  stack_base = base;
  stack_budget = limit / 2;
}

bool p_enter(void) {
  char here;
  if (depth >= MAX_DEPTH || (size_t)(stack_base - &here) > stack_budget) {
    if (p_tok->kind != T_EOF)
      p_syntax_error("nesting too deep");
    while (p_tok->kind != T_EOF)   // skip the rest of the file (still lexed: its errors count)
      p_next();
    return false;
  }
  depth++;
  return true;
}

void p_leave(void) { depth--; }

// list = [ f { sep f } [sep] ] close . f returns true to end the list early.
// Returns the position of the closing token.

Pos p_list(const char *context, TokKind sep, TokKind close, ListFn *f, void *ctx) {
  bool done = false;
  while (p_tok->kind != T_EOF && p_tok->kind != close && !done) {
    done = f(ctx);
    // sep is optional before close
    if (!p_got(sep) && p_tok->kind != close) {
      p_syntax_error(xfmt("in %s; possibly missing %s or %s", context, p_tokstring(sep),
                        p_tokstring(close)));
      ADVANCE(T_RPAREN, T_RBRACK, T_RBRACE);
      if (p_tok->kind != close)
        return p_tok->pos;
    }
  }
  Pos pos = p_tok->pos;
  p_want(close);
  return pos;
}

// ---------------------------------------------------------------- names and literals

Node *p_ident(void) {
  Node *n = new_node(N_IDENT, p_tok->pos);
  n->name = intern_name(p_tok->text, p_tok->len);
  p_next();
  return n;
}

Node *p_name(void) {
  if (p_tok->kind == T_IDENT)
    return p_ident();
  Node *n = new_node(N_IDENT, p_tok->pos);
  n->name = "_";
  p_syntax_error("expecting name");
  p_next();
  return n;
}

static void name_list(Vec *out) {
  vec_push(out, p_name());
  while (p_got(T_COMMA))
    vec_push(out, p_name());
}

static Node *basic_lit(void) {
  Node *n = new_node(N_BASICLIT, p_tok->pos);
  n->op = p_tok->kind;
  n->tok = keep_token(p_tok);
  p_next();
  return n;
}

Node *p_oliteral(void) { return p_is_literal(p_tok->kind) ? basic_lit() : NULL; }

static void expr_list(Vec *out) {
  vec_push(out, p_expr());
  while (p_got(T_COMMA))
    vec_push(out, p_expr());
}

// ---------------------------------------------------------------- expressions

// binaryExpr: operators of equal precedence associate left (the loop); a
// right operand recurses only for tighter operators, so at most 5 levels.
static Node *binary_expr(Node *x, int prec) {
  if (!x)
    x = unary_expr();
  for (int p; (p = binary_prec(p_tok->kind)) > prec;) {
    Node *n = new_node(N_BINARY, p_tok->pos);
    n->op = p_tok->kind;
    p_next();
    n->x = x;
    n->y = binary_expr(NULL, p);
    x = n;
  }
  return x;
}

Node *p_expr(void) { return binary_expr(NULL, 0); }

// <-chan T parses as a receive applied to a channel type: re-associate the
// '<-' with the type (gc: "<-(chan E)" => "(<-chan E)").
static Node *recv_chan_type(Node *t) {
  int dir = 1; // as if send-only: keep going
  Node *c = t;
  while (dir == 1 && c && c->kind == N_CHANTYPE) {
    dir = c->chandir;
    if (dir == 2)
      p_syntax_error("unexpected <-, expecting chan");
    c->chandir = 2;
    c = c->y;
  }
  if (dir == 1)
    p_syntax_error(xfmt("unexpected %s, expecting chan", c ? p_syntax_string(c) : "?"));
  return t;
}

static Node *unary_expr1(void) {
  switch (p_tok->kind) {
  case T_MUL: case T_ADD: case T_SUB: case T_NOT: case T_XOR: case T_TILDE: case T_AND: {
    Node *n = new_node(p_tok->kind == T_MUL ? N_STAR : N_UNARY, p_tok->pos);
    n->op = p_tok->kind;
    p_next();
    n->x = unary_expr();
    if (n->op == T_AND)
      n->x = unparen(n->x); // &(T{}) is &T{}
    return n;
  }
  case T_ARROW: {
    Node *n = new_node(N_UNARY, p_tok->pos);
    n->op = T_ARROW;
    p_next();
    n->x = unary_expr();
    if (n->x->kind == N_CHANTYPE)
      return recv_chan_type(n->x);
    return n;
  }
  default:
    return pexpr();
  }
}

static Node *unary_expr(void) {
  if (!p_enter())
    return p_bad_expr();
  Node *n = unary_expr1();
  p_leave();
  return n;
}

static Node *func_lit_or_type(void) {
  Pos pos = p_tok->pos;
  p_next(); // func
  Vec tparams = {0};
  Node *ft = p_func_type("function type", &tparams);
  if (p_tok->kind != T_LBRACE)
    return ft;
  Node *n = new_node(N_FUNCLIT, pos);
  n->x = ft;
  p_xnest++;
  n->body = p_func_body();
  p_xnest--;
  return n;
}

static Node *operand(void) {
  switch (p_tok->kind) {
  case T_IDENT:
    return p_ident();
  case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
    return basic_lit();
  case T_LPAREN: {
    Node *n = new_node(N_PAREN, p_tok->pos);
    p_next();
    p_xnest++;
    n->x = p_expr();
    p_xnest--;
    p_want(T_RPAREN);
    return n;
  }
  case T_FUNC:
    return func_lit_or_type();
  case T_LBRACK: case T_CHAN: case T_MAP: case T_STRUCT: case T_INTERFACE:
    return p_type_();
  default: {
    Node *x = p_bad_expr();
    p_syntax_error("expecting expression");
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
Node *p_type_list(Vec *all, bool *comma) {
  p_xnest++;
  Node *x = p_expr();
  vec_push(all, x);
  if (p_got(T_COMMA)) {
    *comma = true;
    Node *t;
    while ((t = p_type_or_nil())) {
      vec_push(all, t);
      if (!p_got(T_COMMA))
        break;
    }
  }
  p_xnest--;
  return x;
}

static Node *selector_or_assert(Node *x, Pos pos) {
  p_next(); // .
  if (p_tok->kind == T_IDENT) {
    Node *n = new_node(N_SELECTOR, pos);
    n->x = x;
    n->y = p_ident();
    n->name = n->y->name;
    return n;
  }
  if (p_tok->kind == T_LPAREN) {
    p_next();
    Node *n = new_node(N_TYPEASSERT, pos);
    n->x = x;
    if (p_got(T_TYPE))
      vec_push(&guards, n); // x.(type): y stays NULL
    else
      n->y = p_type_();
    p_want(T_RPAREN);
    return n;
  }
  p_syntax_error("expecting name or (");
  ADVANCE(T_SEMICOLON, T_RPAREN);
  return x;
}

static Node *index_or_slice(Node *x, Pos pos) {
  p_next(); // [
  Node *i = NULL;
  if (p_tok->kind != T_COLON) {
    bool comma = false;
    Vec all = {0};
    if (p_tok->kind == T_RBRACK) {
      p_syntax_error("expecting operand");
      i = p_bad_expr();
    } else {
      i = p_type_list(&all, &comma);
    }
    if (comma || p_tok->kind == T_RBRACK) {
      p_want(T_RBRACK);
      Node *n = new_node(N_INDEX, pos);
      n->x = x;
      n->y = i;
      if (all.len > 1)
        n->list = all;
      return n;
    }
  }
  if (!p_got(T_COLON)) {
    p_syntax_error("expecting comma, : or ]");
    ADVANCE(T_COMMA, T_COLON, T_RBRACK);
  }
  p_xnest++;
  Node *n = new_node(N_SLICEEXPR, pos);
  n->x = x;
  n->y = i;
  if (p_tok->kind != T_COLON && p_tok->kind != T_RBRACK)
    nxw(n)->z = p_expr();
  if (p_tok->kind == T_COLON) {
    n->slice3 = true;
    if (!nx(n)->z)
      p_report(p_tok->pos, "middle index required in 3-index slice");
    p_next();
    if (p_tok->kind != T_RBRACK)
      nxw(n)->w = p_expr();
    else
      p_report(p_tok->pos, "final index required in 3-index slice");
  }
  p_xnest--;
  p_want(T_RBRACK);
  return n;
}

static bool call_arg(void *ctx) {
  Node *call = ctx;
  vec_push(&call->list, p_expr());
  call->has_ellipsis = p_got(T_ELLIPSIS);
  return call->has_ellipsis;
}

static Node *call(Node *x, Pos pos) {
  Node *n = new_node(N_CALL, pos);
  nxw(n)->lparen = pos;
  n->x = x;
  p_next(); // (
  p_xnest++;
  nxw(n)->endpos = p_list("argument list", T_COMMA, T_RPAREN, call_arg, n);
  p_xnest--;
  return n;
}

// Does '{' after x open a composite literal (or a block, as in `if x == T {`)?
static bool complit_ok(Node *t) {
  switch (t->kind) {
  case N_IDENT: case N_SELECTOR:
    return p_xnest >= 0;
  case N_INDEX:
    return p_xnest >= 0 && !is_value(t);
  case N_ARRAYTYPE: case N_STRUCTTYPE: case N_MAPTYPE:
    return true;
  default:
    return false;
  }
}

// Operand followed by selectors, indices, calls and literal bodies: a loop,
// so long chains a.b.c(...)[i] cost no stack.
static Node *pexpr(void) {
  Node *x = operand(); // parentheses are always kept: gc keeps them where it matters
  for (;;) {
    Pos pos = p_tok->pos;
    switch (p_tok->kind) {
    case T_PERIOD:
      x = selector_or_assert(x, pos);
      break;
    case T_LBRACK:
      x = index_or_slice(x, pos);
      break;
    case T_LPAREN:
      x = call(x, pos);
      break;
    case T_LBRACE: {
      Node *t = unparen(x);
      if (!complit_ok(t))
        return x;
      if (t != x)
        p_syntax_error("cannot parenthesize type in composite literal");
      x = complit(t);
      break;
    }
    default:
      return x;
    }
  }
}

static Node *bare_complit_expr(void) {
  return p_tok->kind == T_LBRACE ? complit(NULL) : p_expr();
}

static bool complit_elem(void *ctx) {
  Node *lit = ctx;
  Node *e = bare_complit_expr();
  if (p_tok->kind == T_COLON) {
    Node *kv = new_node(N_KEYVALUE, p_tok->pos);
    p_next();
    kv->x = e;
    kv->y = bare_complit_expr();
    e = kv;
  }
  vec_push(&lit->list, e);
  return false;
}

static Node *complit(Node *type) {
  Node *n = new_node(N_COMPOSITE, p_tok->pos);
  nxw(n)->lparen = p_tok->pos;
  n->x = type;
  if (!p_enter())
    return n;
  p_xnest++;
  p_want(T_LBRACE);
  nxw(n)->endpos = p_list("composite literal", T_COMMA, T_RBRACE, complit_elem, n);
  p_xnest--;
  p_leave();
  return n;
}

// ---------------------------------------------------------------- statements

Node *p_block_stmt(const char *context) {
  Node *b = new_node(N_BLOCK, p_tok->pos);
  // people coming from C may forget that braces are mandatory in Go
  if (!p_got(T_LBRACE)) {
    p_syntax_error(xfmt("expecting { after %s", context));
    ADVANCE(T_IDENT, T_RBRACE);
    nxw(b)->endpos = p_tok->pos;
    if (p_got(T_RBRACE))
      return b;
  }
  stmt_list(&b->list);
  nxw(b)->endpos = p_tok->pos;
  p_want(T_RBRACE);
  return b;
}

static Node *range_clause(Vec *lhs, TokKind op) {
  Node *r = new_node(N_RANGE, p_tok->pos); // pos becomes the 'for' in for_stmt
  nxw(r)->range_pos = p_tok->pos;
  p_next(); // range
  if (lhs) {
    nxw(r)->key = lhs->data[0];
    if (lhs->len > 1)
      nxw(r)->value = lhs->data[1];
    if (lhs->len > 2) // kept for check.c, which reports it as types2 does
      nxw(r)->w = lhs->data[2];
    r->op = op;
  }
  r->x = p_expr();
  return r;
}

static Node *expr_stmt(Node *x) {
  Node *s = new_node(N_EXPRSTMT, x->pos);
  s->x = x;
  return s;
}

// keyword is T_FOR / T_SWITCH / T_IF in a statement header (enables range
// clauses after for), 0 elsewhere. lhs is an already parsed expression list.
static Node *simple_stmt(Vec *lhs_in, TokKind keyword) {
  if (keyword == T_FOR && p_tok->kind == T_RANGE)
    return range_clause(NULL, 0);
  Vec lhs = {0};
  if (lhs_in)
    lhs = *lhs_in;
  else
    expr_list(&lhs);
  Node *x = lhs.data[0];
  if (lhs.len == 1 && p_tok->kind != T_ASSIGN && p_tok->kind != T_DEFINE) {
    Pos pos = p_tok->pos;
    if (is_assign_op(p_tok->kind)) {
      Node *s = new_node(N_ASSIGN, pos);
      s->op = p_tok->kind;
      p_next();
      vec_push(&s->list, x);
      vec_push(&s->list2, p_expr());
      return s;
    }
    if (p_tok->kind == T_INC || p_tok->kind == T_DEC) {
      Node *s = new_node(N_INCDEC, pos);
      s->op = p_tok->kind;
      s->x = x;
      p_next();
      return s;
    }
    if (p_tok->kind == T_ARROW) {
      Node *s = new_node(N_SENDSTMT, pos);
      p_next();
      s->x = x;
      s->y = p_expr();
      return s;
    }
    return expr_stmt(x);
  }
  if (p_tok->kind == T_ASSIGN || p_tok->kind == T_DEFINE) {
    Node *s = new_node(N_ASSIGN, p_tok->pos);
    s->op = p_tok->kind;
    p_next();
    if (keyword == T_FOR && p_tok->kind == T_RANGE)
      return range_clause(&lhs, s->op);
    s->list = lhs;
    expr_list(&s->list2);
    return s;
  }
  p_syntax_error("expecting := or = or comma");
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
static void header(TokKind keyword, Node **init, Node **cond, Node **post) {
  *init = *cond = *post = NULL;
  p_next(); // the keyword
  if (p_tok->kind == T_LBRACE) {
    if (keyword == T_IF) {
      p_syntax_error("missing condition in if statement");
      *cond = p_bad_expr();
    }
    return;
  }
  int outer = p_xnest;
  p_xnest = -1;
  if (p_tok->kind != T_SEMICOLON) {
    // accept a var declaration but complain
    if (p_got(T_VAR))
      p_syntax_error(xfmt("var declaration not allowed in %s initializer", tok_name(keyword)));
    *init = simple_stmt(NULL, keyword);
    if ((*init)->kind == N_RANGE) {
      p_xnest = outer;
      return;
    }
  }
  Node *cs = NULL;
  Token semi_tok, *semi = NULL;   // (a copy: the token ring moves on)
  if (p_tok->kind != T_LBRACE) {
    if (p_tok->kind == T_SEMICOLON) {
      semi_tok = *p_tok;
      semi = &semi_tok;
      p_next();
    } else {
      p_want(T_LBRACE); // asking for '{' rather than ';' gives a better message
      if (p_tok->kind != T_LBRACE)
        ADVANCE(T_LBRACE, T_RBRACE);
    }
    if (keyword == T_FOR) {
      if (p_tok->kind != T_SEMICOLON) {
        if (p_tok->kind == T_LBRACE) {
          p_syntax_error("expecting for loop condition");
          goto done;
        }
        cs = simple_stmt(NULL, 0);
      }
      p_want(T_SEMICOLON);
      if (p_tok->kind != T_LBRACE) {
        *post = simple_stmt(NULL, 0);
        if ((*post)->kind == N_ASSIGN && (*post)->op == T_DEFINE)
          p_syntax_error_at((*post)->pos, "cannot declare in post statement of for loop");
      }
    } else if (p_tok->kind != T_LBRACE) {
      cs = simple_stmt(NULL, keyword);
    }
  } else {
    cs = *init;
    *init = NULL;
  }
done:
  if (!cs) {
    if (keyword == T_IF && semi) {
      if (semi->auto_semi && !(semi->text && semi->text[0] == 'E'))
        p_syntax_error_at(semi->pos, "unexpected newline, expecting { after if clause");
      else
        p_syntax_error_at(semi->pos, "missing condition in if statement");
      *cond = new_node(N_BAD, semi->pos);
    }
  } else if (cs->kind == N_EXPRSTMT) {
    *cond = cs->x;
  } else if (keyword == T_SWITCH && is_guard_define(cs)) {
    *cond = cs;
  } else {
    // a common mistake: "if x := 0 {" instead of "if x := 0; x {"
    p_syntax_error_at(cs->pos, xfmt("cannot use %s as value", p_stmt_string(cs)));
  }
  p_xnest = outer;
}

static Node *if_stmt(void) {
  // else-if chains are a loop, not recursion: long chains cost no stack
  Node *first_if = NULL, **link = &first_if;
  for (;;) {
    Node *s = new_node(N_IF, p_tok->pos);
    Node *post;
    header(T_IF, &s->init, &s->x, &post);
    s->body = p_block_stmt("if clause");
    *link = s;
    if (!p_got(T_ELSE))
      break;
    if (p_tok->kind == T_IF) {
      link = &s->els;
      continue;
    }
    if (p_tok->kind == T_LBRACE) {
      s->els = p_block_stmt("");
    } else {
      p_syntax_error("else must be followed by if or statement block");
      ADVANCE(T_IDENT, T_RBRACE);
    }
    break;
  }
  return first_if;
}

static Node *for_stmt(void) {
  Pos pos = p_tok->pos;
  Node *init, *cond, *post;
  header(T_FOR, &init, &cond, &post);
  Node *body = p_block_stmt("for clause");
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

static Node *case_clause(bool comm) {
  Node *c = new_node(comm ? N_COMMCLAUSE : N_CASECLAUSE, p_tok->pos);
  if (p_got(T_CASE)) {
    if (comm)
      c->x = simple_stmt(NULL, 0); // send, receive, assignment of a receive
    else
      expr_list(&c->list);
  } else if (p_got(T_DEFAULT)) {
    c->is_default = true;
  } else {
    p_syntax_error("expecting case or default or }");
    ADVANCE(T_COLON, T_CASE, T_DEFAULT, T_RBRACE);
  }
  p_want(T_COLON);
  stmt_list(&c->list2);
  return c;
}

static void clause_body(Node *s, const char *what) {
  if (!p_got(T_LBRACE)) {
    p_syntax_error(xfmt("missing { after %s clause", what));
    ADVANCE(T_CASE, T_DEFAULT, T_RBRACE);
  }
  while (p_tok->kind != T_EOF && p_tok->kind != T_RBRACE)
    vec_push(&s->list, case_clause(s->kind == N_SELECT));
  nxw(s)->endpos = p_tok->pos;
  p_want(T_RBRACE);
}

static Node *switch_stmt(void) {
  Node *s = new_node(N_SWITCH, p_tok->pos);
  Node *post;
  header(T_SWITCH, &s->init, &s->x, &post);
  Node *g = s->x && s->x->kind == N_ASSIGN ? s->x->list2.data[0] : s->x;
  if (is_guard(g) && guards.len && guards.data[guards.len - 1] == g) {
    guards.len--; // a legitimate x.(type)
    s->kind = N_TYPESWITCH;
    s->y = s->x->kind == N_ASSIGN ? s->x : expr_stmt(s->x);
    s->x = NULL;
  }
  clause_body(s, "switch");
  return s;
}

static Node *select_stmt(void) {
  Node *s = new_node(N_SELECT, p_tok->pos);
  p_next();
  clause_body(s, "select");
  return s;
}

static Node *call_stmt(void) {
  Node *s = new_node(p_tok->kind == T_GO ? N_GOSTMT : N_DEFERSTMT, p_tok->pos);
  const char *what = p_tok->kind == T_GO ? "go" : "defer";
  p_next();
  Node *x = pexpr();
  Node *t = unparen(x);
  if (t != x) {
    p_report(x->pos, xfmt("expression in %s must not be parenthesized", what));
    x = t;
  }
  if (x->kind != N_CALL) {
    p_report(x->pos, xfmt("expression in %s must be function call", what));
    // assume the common mistake of missing parentheses: go f => go f()
    Node *c = new_node(N_CALL, x->pos);
    nxw(c)->lparen = x->pos;
    c->x = x;
    x = c;
  }
  s->x = x;
  return s;
}

static Node *branch(TokKind op) {
  Node *s = new_node(N_BRANCH, p_tok->pos);
  s->op = op;
  p_next();
  if (op == T_GOTO)
    nxw(s)->label = p_name();
  else if ((op == T_BREAK || op == T_CONTINUE) && p_tok->kind == T_IDENT)
    nxw(s)->label = p_ident();
  return s;
}

static Node *labeled_stmt(Node *label) {
  Node *s = new_node(N_LABELED, p_tok->pos);
  nxw(s)->label = label;
  p_want(T_COLON);
  if (p_tok->kind == T_RBRACE) {
    // a label needs a statement, but the ';' before '}' may be omitted
    s->y = new_node(N_EMPTY, p_tok->pos);
    return s;
  }
  s->y = stmt_or_nil();
  if (s->y)
    return s;
  p_syntax_error_at(s->pos, "missing statement after label");
  return NULL; // already at the end of the statement: no advance
}

static void append_group(Vec *out, TokKind kind);

static Node *decl_stmt(void) {
  Node *s = new_node(N_DECLSTMT, p_tok->pos);
  TokKind k = p_tok->kind;
  p_next();
  append_group(&s->list, k);
  return s;
}

static Node *stmt_or_nil1(void) {
  // most statements (assignments) start with a name
  if (p_tok->kind == T_IDENT) {
    Vec lhs = {0};
    expr_list(&lhs);
    Node *x = lhs.data[0];
    if (lhs.len == 1 && x->kind == N_IDENT && p_tok->kind == T_COLON)
      return labeled_stmt(x);
    return simple_stmt(&lhs, 0);
  }
  switch (p_tok->kind) {
  case T_VAR: case T_CONST: case T_TYPE:
    return decl_stmt();
  case T_LBRACE:
    return p_block_stmt("");
  case T_ADD: case T_SUB: case T_MUL: case T_AND: case T_XOR: case T_NOT:
  case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
  case T_FUNC: case T_LPAREN: case T_LBRACK: case T_STRUCT: case T_MAP:
  case T_CHAN: case T_INTERFACE: case T_ARROW:
    return simple_stmt(NULL, 0);
  case T_FOR:
    return for_stmt();
  case T_SWITCH:
    return switch_stmt();
  case T_SELECT:
    return select_stmt();
  case T_IF:
    return if_stmt();
  case T_FALLTHROUGH: case T_BREAK: case T_CONTINUE: case T_GOTO:
    return branch(p_tok->kind);
  case T_GO: case T_DEFER:
    return call_stmt();
  case T_RETURN: {
    Node *s = new_node(N_RETURN, p_tok->pos);
    p_next();
    if (p_tok->kind != T_SEMICOLON && p_tok->kind != T_RBRACE)
      expr_list(&s->list);
    return s;
  }
  case T_SEMICOLON:
    return new_node(N_EMPTY, p_tok->pos);
  default:
    return NULL;
  }
}

static Node *stmt_or_nil(void) {
  if (!p_enter())
    return NULL;
  Node *s = stmt_or_nil1();
  p_leave();
  return s;
}

static void stmt_list(Vec *out) {
  while (p_tok->kind != T_EOF && p_tok->kind != T_RBRACE && p_tok->kind != T_CASE &&
         p_tok->kind != T_DEFAULT) {
    Node *s = stmt_or_nil();
    if (!s)
      break;
    vec_push(out, s);
    // ";" is optional before "}"
    if (!p_got(T_SEMICOLON) && p_tok->kind != T_RBRACE) {
      p_syntax_error("at end of statement");
      ADVANCE(T_SEMICOLON, T_RBRACE, T_CASE, T_DEFAULT);
      p_got(T_SEMICOLON); // avoid a spurious empty statement
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

static bool got_assign(void) {
  if (p_tok->kind == T_DEFINE)
    p_syntax_error("expecting =");
  else if (p_tok->kind != T_ASSIGN)
    return false;
  p_next();
  return true;
}

static Node *import_spec(void) {
  Node *d = new_node(N_IMPORTSPEC, p_tok->pos);
  if (p_tok->kind == T_IDENT) {
    d->name = p_ident()->name;
  } else if (p_tok->kind == T_PERIOD) {
    d->name = ".";
    p_next();
  }
  if (!p_is_literal(p_tok->kind)) {
    p_syntax_error("missing import path");
    ADVANCE(T_SEMICOLON, T_RPAREN);
    return d;
  }
  d->tok = keep_token(p_tok);
  p_next();
  if (d->tok->kind != T_STRING) // gc reports it at the token after the path
    p_syntax_error("import path must be a string");
  return d;
}

static Node *const_spec(Group *g) {
  Node *d = new_node(N_CONSTSPEC, p_tok->pos);
  name_list(&nxw(d)->names);
  if (p_tok->kind != T_EOF && p_tok->kind != T_SEMICOLON && p_tok->kind != T_RPAREN) {
    d->x = p_type_or_nil();
    if (got_assign())
      expr_list(&d->list);
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

static Node *var_spec(void) {
  Node *d = new_node(N_VARSPEC, p_tok->pos);
  name_list(&nxw(d)->names);
  if (got_assign()) {
    expr_list(&d->list);
  } else {
    d->x = p_type_();
    if (got_assign())
      expr_list(&d->list);
  }
  return d;
}

// After "type Name [": a type parameter list "[T any]" rather than an array
// length "[N]" or "[N * 2]"? gc decides from the parsed expression; the
// tokens after the first name tell the common cases apart.
static bool tparams_follow(void) {
  if (p_tok->kind != T_IDENT)
    return false;
  switch (p_peek(1)->kind) {
  case T_IDENT: case T_COMMA: case T_INTERFACE: case T_FUNC: case T_CHAN:
  case T_MAP: case T_STRUCT: case T_TILDE: case T_LBRACK: case T_ARROW:
    return true;
  case T_MUL: // [P *C] is a constraint only if a type follows the '*'
    return p_peek(2)->kind == T_IDENT && p_peek(3)->kind != T_RBRACK;
  default:
    return false;
  }
}

static Node *type_spec(void) {
  Node *d = new_node(N_TYPESPEC, p_tok->pos);
  d->name = p_name()->name;
  if (p_tok->kind == T_LBRACK) {
    Pos pos = p_tok->pos;
    p_next();
    if (tparams_follow()) {
      p_param_list(&nxw(d)->tparams, T_RBRACK, true);
      nxw(d)->is_alias = got_assign();
      d->x = p_type_or_nil();
    } else if (p_got(T_RBRACK)) {
      d->x = p_slice_type(pos);
    } else {
      d->x = p_array_type(pos, NULL);
    }
  } else {
    nxw(d)->is_alias = got_assign();
    d->x = p_type_or_nil();
  }
  if (!d->x) {
    d->x = p_bad_expr();
    p_syntax_error("in type declaration");
    ADVANCE(T_SEMICOLON, T_RPAREN);
  }
  return d;
}

static bool group_spec(void *ctx) {
  Group *g = ctx;
  Node *d = NULL;
  switch (g->kind) {
  case T_IMPORT: d = import_spec(); break;
  case T_CONST: d = const_spec(g); break;
  case T_VAR: d = var_spec(); break;
  default: d = type_spec(); break;
  }
  vec_push(g->out, d);
  g->index++;
  return false;
}

// A declaration's specs, single or grouped in parentheses; kind is the keyword.
static void append_group(Vec *out, TokKind kind) {
  Group g = {kind, out, 0, NULL};
  if (p_got(T_LPAREN)) {
    p_list("grouped declaration", T_SEMICOLON, T_RPAREN, group_spec, &g);
  } else {
    group_spec(&g);
  }
}

// //go: directives apply to the function declaration that follows them;
// those before anything else are dropped when that declaration ends.
static int directive_flag(const char *text) {
  static const struct { const char *name; int flag; } known[] = {
    {"go:noinline", PRAGMA_NOINLINE}, {"go:noescape", PRAGMA_NOESCAPE},
    {"go:nosplit", PRAGMA_NOSPLIT},
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

static int take_pragmas(int before_line) {
  int flags = 0;
  const TokenList *d = lex_directives(lexer);
  while (dir_index < d->ndirs && d->dirs[dir_index].line < before_line)
    flags |= directive_flag(d->dirs[dir_index++].text);
  return flags;
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

// Drops the directives up to a line: those that only a func declaration can
// use are "misplaced" there (gc: before var/type/const, inside bodies, at EOF).
static void clear_pragmas(int through_line) {
  const TokenList *dirs = lex_directives(lexer);
  while (dir_index < dirs->ndirs && dirs->dirs[dir_index].line <= through_line) {
    struct Directive *d = &dirs->dirs[dir_index++];
    if (directive_flag(d->text)) {
      SrcFile *f = src_file;
      p_report((Pos){f, d->line, directive_col(f, d->line, d->text)}, "misplaced compiler directive");
    }
  }
}

static Node *func_decl(int func_line) {
  Node *f = new_node(N_FUNCDECL, p_tok->pos);
  nxw(f)->pragmas = take_pragmas(func_line);
  const char *context = NULL;
  if (p_got(T_LPAREN)) {
    context = "method";
    Vec rcvr = {0};
    p_param_list(&rcvr, T_RPAREN, false);
    int n = 0;
    for (int i = 0; i < rcvr.len; i++) {
      Node *r = rcvr.data[i];
      n += nx(r)->names.len ? nx(r)->names.len : 1;
    }
    if (n == 0)
      p_report(p_tok->pos, "method has no receiver");
    else if (n > 1)
      p_report(p_tok->pos, "method has multiple receivers");
    if (n) {
      nxw(f)->recv = rcvr.data[0];
      if (nx(nx(f)->recv)->names.len > 1)
        nxw(nx(f)->recv)->names.len = 1;
    }
  }
  if (p_tok->kind != T_IDENT) {
    p_syntax_error("expecting name or (");
    ADVANCE(T_LBRACE, T_SEMICOLON);
    return NULL;
  }
  f->pos = p_tok->pos;
  f->name = p_ident()->name;
  f->x = p_func_type(context, &nxw(f)->tparams);
  if (p_tok->kind == T_LBRACE) {
    char *from = node_pool_next();
    f->body = p_func_body();
    nxw(f)->endpos = nx(f->body)->endpos;
    if (node_pool_next() > from)
      nxw(f)->nodes_from = from, nxw(f)->nodes_to = node_pool_next();
  }
  return f;
}

static void top_level_decls(Node *file_node) {
  Node *last = NULL;
  while (p_tok->kind != T_EOF) {
    Token *start = p_tok;
    switch (p_tok->kind) {
    case T_CONST: case T_TYPE: case T_VAR:
      p_next();
      append_group(&file_node->list2, start->kind);
      break;
    case T_FUNC: {
      p_next();
      Node *d = func_decl(start->pos.line);
      if (d) {
        vec_push(&file_node->list2, d);
        last = d;
      }
      break;
    }
    default:
      if (p_tok->kind == T_LBRACE && last && last == VEC_AT(file_node->list2,
                                                          file_node->list2.len - 1) &&
          !last->body)
        p_syntax_error("unexpected semicolon or newline before {"); // { on the next line
      else
        p_syntax_error("non-declaration statement outside function body");
      ADVANCE(T_CONST, T_TYPE, T_VAR, T_FUNC);
      continue;
    }
    clear_pragmas(prev_line());
    if (p_tok->kind != T_EOF && !p_got(T_SEMICOLON)) {
      p_syntax_error("after top level declaration");
      ADVANCE(T_CONST, T_TYPE, T_VAR, T_FUNC);
    }
  }
}

// The stray x.(type) nodes: types2 reports them (at the expression's start).
static void report_guards(void) {
  for (int i = 0; i < guards.len; i++) {
    Node *g = guards.data[i];
    p_report(p_start_pos(g), "invalid AST: use of .(type) outside type switch");
  }
}

Node *parse_file(SrcFile *f) {
  lexer = lex_open(f);
  src_file = f;
  ring_at = 0;
  ring_ahead = 0;
  p_tok = &ring[0];
  lex_next(lexer, p_tok);
  ntoks_read = 1;
  char base;
  init_stack_bound(&base);
  p_fnest = p_xnest = depth = 0;
  first = diag_errors > 0; // errors were reported already (earlier files)
  nerrors = syntax_errors = last_syntax_line = 0;
  dir_index = 0;
  guards.len = 0;

  Node *fn = new_node(N_FILE, p_tok->pos);
  nxw(fn)->file = f;
  fn->name = "_";
  if (!p_got(T_PACKAGE)) {
    p_syntax_error("package statement must be first");
    return fn;
  }
  fn->name = p_name()->name;
  p_want(T_SEMICOLON);
  if (nerrors) // don't bother continuing if the package clause has errors
    return fn;
  // in Go 1.19 imports come first; a late one is a "non-declaration statement"
  while (p_got(T_IMPORT)) {
    append_group(&fn->list, T_IMPORT);
    p_want(T_SEMICOLON);
  }
  clear_pragmas(prev_line());
  top_level_decls(fn);
  clear_pragmas(INT32_MAX);
  if (!syntax_errors)
    report_guards();
  return fn;
}
