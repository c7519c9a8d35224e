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
// Type checker errors (types2) are mostly at an expression's *start*; see start_pos().
//
// Shape notes beyond escgo.h: parentheses are always kept (N_PAREN); [...]T is an
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
#include "escgo.h"

#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

enum { MAX_DEPTH = 10000000 }; // in practice the stack budget decides

static TokenList *toklist;
static Token *tok;            // the current token; never advances past T_EOF
static int fnest;             // > 0 inside a function body
static int xnest;             // < 0 in if/for/switch headers: no T{...} of a bare name
static int depth;             // current nesting, bounded by MAX_DEPTH
static bool first;            // an error was reported: silence follow-ups at EOF
static int nerrors;           // errors reported by this parse
static int syntax_errors;     // errors starting with "syntax error"
static int last_syntax_line;  // gc reports one syntax error per line
static int dir_index;         // next unconsumed //go: directive
static Vec guards;            // x.(type) nodes not (yet) used as a type switch guard

static Node *expr(void);
static Node *unary_expr(void);
static Node *pexpr(void);
static Node *type_or_nil(void);
static Node *type_(void);
static Node *complit(Node *type);
static Node *func_type(const char *context, Vec *tparams);
static Node *func_body(void);
static Node *block_stmt(const char *context);
static Node *stmt_or_nil(void);
static void stmt_list(Vec *out);
static Node *simple_stmt(Vec *lhs, TokKind keyword);
static Node *qualified_name(Node *name);
static Node *embedded_elem(Node *f);
static Pos param_list(Vec *out, TokKind close, bool require_names);
static char *syntax_string(Node *n);

// ---------------------------------------------------------------- nodes

// Nodes and names come from big zeroed blocks (fresh pages are already
// zero): the compiler is one-shot and never frees them. A Node is 320 bytes;
// faulting in that memory is much of the parser's time.
Node *new_node(NodeKind k, Pos pos) {
  static Node *pool;
  static size_t left;
  if (left == 0) {   // 8 MB at a time, 64-byte aligned (see struct Node)
    left = (8u << 20) / sizeof(Node);
    pool = (Node *)(((uintptr_t)arena_alloc(left * sizeof(Node) + 64) + 63) & ~(uintptr_t)63);
  }
  Node *n = pool++;
  left--;
  n->kind = k;
  n->pos = pos;
  return n;
}

// A NUL-terminated copy of a token's text, from a bump allocator.
static char *pool_strndup(const char *s, size_t len) {
  static char *pool;
  static size_t left;
  if (len + 1 > left) {
    left = len + 1 > (1u << 20) ? len + 1 : (1u << 20);
    pool = xmalloc(left);
  }
  char *p = pool;
  memcpy(p, s, len);
  p[len] = 0;
  pool += len + 1;
  left -= len + 1;
  return p;
}

static Node *bad_expr(void) { return new_node(N_BAD, tok->pos); }

static Node *unparen(Node *x) {
  while (x && x->kind == N_PAREN)
    x = x->x;
  return x;
}

// The leftmost position of an expression: where types2 reports most errors.
static Pos start_pos(Node *n) {
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
static const char *tokstring(TokKind k) {
  if (k == T_COMMA)
    return "comma";
  if (k == T_SEMICOLON)
    return "semicolon or newline";
  return tok_name(k);
}

static bool is_literal(TokKind k) {
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
    if (is_literal(t->kind))
      return xfmt("literal %.*s", t->len, t->text);
    return (char *)tok_name(t->kind);
  }
}

static void next(void) {
  if (tok->kind != T_EOF)
    tok++;
}

static bool got(TokKind k) {
  if (tok->kind != k)
    return false;
  next();
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

static void report(Pos pos, const char *msg) {
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
static void syntax_error_at(Pos pos, const char *msg) {
  if (tok->kind == T_EOF && first)
    return; // avoid meaningless follow-up errors
  if (!strncmp(msg, "in ", 3) || !strncmp(msg, "at ", 3) || !strncmp(msg, "after ", 6))
    report(pos, xfmt("syntax error: unexpected %s %s", tok_desc(tok), msg));
  else if (!strncmp(msg, "expecting ", 10))
    report(pos, xfmt("syntax error: unexpected %s, %s", tok_desc(tok), msg));
  else
    report(pos, xfmt("syntax error: %s", msg));
}

static void syntax_error(const char *msg) { syntax_error_at(tok->pos, msg); }

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
static void advance(const TokKind *follow, int n) {
  for (; tok->kind != T_EOF; next()) {
    for (int i = 0; i < n; i++)
      if (tok->kind == follow[i])
        return;
    if (fnest > 0 && in_stopset(tok->kind))
      return;
  }
}

#define ADVANCE(...) \
  advance((TokKind[]){__VA_ARGS__}, sizeof((TokKind[]){__VA_ARGS__}) / sizeof(TokKind))

static void want(TokKind k) {
  if (!got(k)) {
    syntax_error(xfmt("expecting %s", tokstring(k)));
    next(); // gc's advance() with no follow list: skip one token
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

static bool enter(void) {
  char here;
  if (depth >= MAX_DEPTH || (size_t)(stack_base - &here) > stack_budget) {
    if (tok->kind != T_EOF)
      syntax_error("nesting too deep");
    tok = &toklist->toks[toklist->ntoks - 1];
    return false;
  }
  depth++;
  return true;
}

static void leave(void) { depth--; }

// list = [ f { sep f } [sep] ] close . f returns true to end the list early.
// Returns the position of the closing token.
typedef bool ListFn(void *ctx);

static Pos list(const char *context, TokKind sep, TokKind close, ListFn *f, void *ctx) {
  bool done = false;
  while (tok->kind != T_EOF && tok->kind != close && !done) {
    done = f(ctx);
    // sep is optional before close
    if (!got(sep) && tok->kind != close) {
      syntax_error(xfmt("in %s; possibly missing %s or %s", context, tokstring(sep),
                        tokstring(close)));
      ADVANCE(T_RPAREN, T_RBRACK, T_RBRACE);
      if (tok->kind != close)
        return tok->pos;
    }
  }
  Pos pos = tok->pos;
  want(close);
  return pos;
}

// ---------------------------------------------------------------- names and literals

static Node *ident(void) {
  Node *n = new_node(N_IDENT, tok->pos);
  n->name = pool_strndup(tok->text, tok->len);
  next();
  return n;
}

static Node *name(void) {
  if (tok->kind == T_IDENT)
    return ident();
  Node *n = new_node(N_IDENT, tok->pos);
  n->name = "_";
  syntax_error("expecting name");
  next();
  return n;
}

static void name_list(Vec *out) {
  vec_push(out, name());
  while (got(T_COMMA))
    vec_push(out, name());
}

static Node *basic_lit(void) {
  Node *n = new_node(N_BASICLIT, tok->pos);
  n->op = tok->kind;
  n->tok = tok;
  next();
  return n;
}

static Node *oliteral(void) { return is_literal(tok->kind) ? basic_lit() : NULL; }

static void expr_list(Vec *out) {
  vec_push(out, expr());
  while (got(T_COMMA))
    vec_push(out, expr());
}

// ---------------------------------------------------------------- expressions

// binaryExpr: operators of equal precedence associate left (the loop); a
// right operand recurses only for tighter operators, so at most 5 levels.
static Node *binary_expr(Node *x, int prec) {
  if (!x)
    x = unary_expr();
  for (int p; (p = binary_prec(tok->kind)) > prec;) {
    Node *n = new_node(N_BINARY, tok->pos);
    n->op = tok->kind;
    next();
    n->x = x;
    n->y = binary_expr(NULL, p);
    x = n;
  }
  return x;
}

static Node *expr(void) { return binary_expr(NULL, 0); }

// <-chan T parses as a receive applied to a channel type: re-associate the
// '<-' with the type (gc: "<-(chan E)" => "(<-chan E)").
static Node *recv_chan_type(Node *t) {
  int dir = 1; // as if send-only: keep going
  Node *c = t;
  while (dir == 1 && c && c->kind == N_CHANTYPE) {
    dir = c->chandir;
    if (dir == 2)
      syntax_error("unexpected <-, expecting chan");
    c->chandir = 2;
    c = c->y;
  }
  if (dir == 1)
    syntax_error(xfmt("unexpected %s, expecting chan", c ? syntax_string(c) : "?"));
  return t;
}

static Node *unary_expr1(void) {
  switch (tok->kind) {
  case T_MUL: case T_ADD: case T_SUB: case T_NOT: case T_XOR: case T_TILDE: case T_AND: {
    Node *n = new_node(tok->kind == T_MUL ? N_STAR : N_UNARY, tok->pos);
    n->op = tok->kind;
    next();
    n->x = unary_expr();
    if (n->op == T_AND)
      n->x = unparen(n->x); // &(T{}) is &T{}
    return n;
  }
  case T_ARROW: {
    Node *n = new_node(N_UNARY, tok->pos);
    n->op = T_ARROW;
    next();
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
  if (!enter())
    return bad_expr();
  Node *n = unary_expr1();
  leave();
  return n;
}

static Node *func_lit_or_type(void) {
  Pos pos = tok->pos;
  next(); // func
  Vec tparams = {0};
  Node *ft = func_type("function type", &tparams);
  if (tok->kind != T_LBRACE)
    return ft;
  Node *n = new_node(N_FUNCLIT, pos);
  n->x = ft;
  xnest++;
  n->body = func_body();
  xnest--;
  return n;
}

static Node *operand(void) {
  switch (tok->kind) {
  case T_IDENT:
    return ident();
  case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
    return basic_lit();
  case T_LPAREN: {
    Node *n = new_node(N_PAREN, tok->pos);
    next();
    xnest++;
    n->x = expr();
    xnest--;
    want(T_RPAREN);
    return n;
  }
  case T_FUNC:
    return func_lit_or_type();
  case T_LBRACK: case T_CHAN: case T_MAP: case T_STRUCT: case T_INTERFACE:
    return type_();
  default: {
    Node *x = bad_expr();
    syntax_error("expecting expression");
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
static Node *type_list(Vec *all, bool *comma) {
  xnest++;
  Node *x = expr();
  vec_push(all, x);
  if (got(T_COMMA)) {
    *comma = true;
    Node *t;
    while ((t = type_or_nil())) {
      vec_push(all, t);
      if (!got(T_COMMA))
        break;
    }
  }
  xnest--;
  return x;
}

static Node *selector_or_assert(Node *x, Pos pos) {
  next(); // .
  if (tok->kind == T_IDENT) {
    Node *n = new_node(N_SELECTOR, pos);
    n->x = x;
    n->y = ident();
    n->name = n->y->name;
    return n;
  }
  if (tok->kind == T_LPAREN) {
    next();
    Node *n = new_node(N_TYPEASSERT, pos);
    n->x = x;
    if (got(T_TYPE))
      vec_push(&guards, n); // x.(type): y stays NULL
    else
      n->y = type_();
    want(T_RPAREN);
    return n;
  }
  syntax_error("expecting name or (");
  ADVANCE(T_SEMICOLON, T_RPAREN);
  return x;
}

static Node *index_or_slice(Node *x, Pos pos) {
  next(); // [
  Node *i = NULL;
  if (tok->kind != T_COLON) {
    bool comma = false;
    Vec all = {0};
    if (tok->kind == T_RBRACK) {
      syntax_error("expecting operand");
      i = bad_expr();
    } else {
      i = type_list(&all, &comma);
    }
    if (comma || tok->kind == T_RBRACK) {
      want(T_RBRACK);
      Node *n = new_node(N_INDEX, pos);
      n->x = x;
      n->y = i;
      if (all.len > 1)
        n->list = all;
      return n;
    }
  }
  if (!got(T_COLON)) {
    syntax_error("expecting comma, : or ]");
    ADVANCE(T_COMMA, T_COLON, T_RBRACK);
  }
  xnest++;
  Node *n = new_node(N_SLICEEXPR, pos);
  n->x = x;
  n->y = i;
  if (tok->kind != T_COLON && tok->kind != T_RBRACK)
    n->z = expr();
  if (tok->kind == T_COLON) {
    n->slice3 = true;
    if (!n->z)
      report(tok->pos, "middle index required in 3-index slice");
    next();
    if (tok->kind != T_RBRACK)
      n->w = expr();
    else
      report(tok->pos, "final index required in 3-index slice");
  }
  xnest--;
  want(T_RBRACK);
  return n;
}

static bool call_arg(void *ctx) {
  Node *call = ctx;
  vec_push(&call->list, expr());
  call->has_ellipsis = got(T_ELLIPSIS);
  return call->has_ellipsis;
}

static Node *call(Node *x, Pos pos) {
  Node *n = new_node(N_CALL, pos);
  n->lparen = pos;
  n->x = x;
  next(); // (
  xnest++;
  n->endpos = list("argument list", T_COMMA, T_RPAREN, call_arg, n);
  xnest--;
  return n;
}

// Does '{' after x open a composite literal (or a block, as in `if x == T {`)?
static bool complit_ok(Node *t) {
  switch (t->kind) {
  case N_IDENT: case N_SELECTOR:
    return xnest >= 0;
  case N_INDEX:
    return xnest >= 0 && !is_value(t);
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
    Pos pos = tok->pos;
    switch (tok->kind) {
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
        syntax_error("cannot parenthesize type in composite literal");
      x = complit(t);
      break;
    }
    default:
      return x;
    }
  }
}

static Node *bare_complit_expr(void) {
  return tok->kind == T_LBRACE ? complit(NULL) : expr();
}

static bool complit_elem(void *ctx) {
  Node *lit = ctx;
  Node *e = bare_complit_expr();
  if (tok->kind == T_COLON) {
    Node *kv = new_node(N_KEYVALUE, tok->pos);
    next();
    kv->x = e;
    kv->y = bare_complit_expr();
    e = kv;
  }
  vec_push(&lit->list, e);
  return false;
}

static Node *complit(Node *type) {
  Node *n = new_node(N_COMPOSITE, tok->pos);
  n->lparen = tok->pos;
  n->x = type;
  if (!enter())
    return n;
  xnest++;
  want(T_LBRACE);
  n->endpos = list("composite literal", T_COMMA, T_RBRACE, complit_elem, n);
  xnest--;
  leave();
  return n;
}

// ---------------------------------------------------------------- types

static Node *type_(void) {
  Node *t = type_or_nil();
  if (!t) {
    t = bad_expr();
    syntax_error("expecting type");
    ADVANCE(T_COMMA, T_COLON, T_SEMICOLON, T_RPAREN, T_RBRACK, T_RBRACE);
  }
  return t;
}

static Node *chan_elem(void) {
  Node *t = type_or_nil();
  if (!t) {
    t = bad_expr();
    syntax_error("missing channel element type"); // element simply absent: no advance
  }
  return t;
}

static Node *slice_type(Pos pos) {
  Node *t = new_node(N_ARRAYTYPE, pos);
  t->y = type_();
  return t;
}

// '[' already consumed; len is a pre-parsed length or NULL.
static Node *array_type(Pos pos, Node *len) {
  Node *t = new_node(N_ARRAYTYPE, pos);
  if (!len) {
    if (tok->kind == T_ELLIPSIS) {
      len = new_node(N_ELLIPSIS, tok->pos);
      t->ellipsis_len = true;
      next();
    } else {
      xnest++;
      len = expr();
      xnest--;
    }
  }
  t->x = len;
  if (tok->kind == T_COMMA) {
    // trailing commas are for type parameter lists, not array lengths
    syntax_error("unexpected comma; expecting ]");
    next();
  }
  want(T_RBRACK);
  t->y = type_();
  return t;
}

static Node *type_instance(Node *x) {
  Node *n = new_node(N_INDEX, tok->pos);
  n->x = x;
  want(T_LBRACK);
  if (tok->kind == T_RBRACK) {
    syntax_error("expecting type");
    n->y = bad_expr();
  } else {
    bool comma = false;
    Vec all = {0};
    n->y = type_list(&all, &comma);
    if (all.len > 1)
      n->list = all;
  }
  want(T_RBRACK);
  return n;
}

static Node *qualified_name(Node *nm) {
  Node *x = nm;
  if (!x) {
    if (tok->kind == T_IDENT) {
      x = ident();
    } else {
      x = new_node(N_IDENT, tok->pos);
      x->name = "_";
      syntax_error("expecting name");
      ADVANCE(T_PERIOD, T_SEMICOLON, T_RBRACE);
    }
  }
  if (tok->kind == T_PERIOD) {
    Node *s = new_node(N_SELECTOR, tok->pos);
    next();
    s->x = x;
    s->y = name();
    s->name = s->y->name;
    x = s;
  }
  if (tok->kind == T_LBRACK)
    x = type_instance(x);
  return x;
}

// arrayOrTArgs: after a name in a parameter or field list, "[" starts either
// an array type ("a [3]int") or type arguments ("List[int]").
static Node *array_or_targs(void) {
  Pos pos = tok->pos;
  want(T_LBRACK);
  if (got(T_RBRACK))
    return slice_type(pos);
  bool comma = false;
  Vec all = {0};
  Node *n = type_list(&all, &comma);
  want(T_RBRACK);
  if (!comma) {
    Node *elem = type_or_nil();
    if (elem) {
      Node *t = new_node(N_ARRAYTYPE, pos);
      t->x = n;
      t->y = elem;
      return t;
    }
  }
  Node *t = new_node(N_INDEX, pos);
  t->y = n;
  if (all.len > 1)
    t->list = all;
  return t; // x filled in by the caller
}

static void add_field(Node *st, Pos pos, Node *nm, Node *type, Node *tag) {
  Node *f = new_node(N_FIELD, pos);
  if (nm)
    vec_push(&f->names, nm);
  else
    f->embedded = true;
  f->x = type;
  f->tag = tag;
  vec_push(&st->list, f);
}

static Node *star_of(Pos pos, Node *x) {
  Node *n = new_node(N_STAR, pos);
  n->op = T_MUL;
  n->x = x;
  return n;
}

static bool field_decl(void *ctx) {
  Node *st = ctx;
  Pos pos = tok->pos;
  switch (tok->kind) {
  case T_IDENT: {
    Node *nm = ident();
    if (tok->kind == T_PERIOD || is_literal(tok->kind) || tok->kind == T_SEMICOLON ||
        tok->kind == T_RBRACE) {
      Node *typ = qualified_name(nm); // embedded type
      add_field(st, pos, NULL, typ, oliteral());
      break;
    }
    Node *f = new_node(N_FIELD, pos);
    vec_push(&f->names, nm);
    while (got(T_COMMA))
      vec_push(&f->names, name());
    if (f->names.len == 1 && tok->kind == T_LBRACK) {
      Node *t = array_or_targs();
      if (t->kind == N_INDEX) { // embedded generic instance T[P]
        t->x = nm;
        add_field(st, pos, NULL, t, oliteral());
        break;
      }
      f->x = t;
    } else {
      f->x = type_();
    }
    f->tag = oliteral();
    vec_push(&st->list, f);
    break;
  }
  case T_MUL: {
    next();
    Node *typ;
    if (tok->kind == T_LPAREN) {
      syntax_error("cannot parenthesize embedded type");
      next();
      typ = qualified_name(NULL);
      got(T_RPAREN);
    } else {
      typ = qualified_name(NULL);
    }
    add_field(st, pos, NULL, star_of(pos, typ), oliteral());
    break;
  }
  case T_LPAREN: {
    syntax_error("cannot parenthesize embedded type");
    next();
    Node *typ;
    if (tok->kind == T_MUL) {
      Pos sp = tok->pos;
      next();
      typ = star_of(sp, qualified_name(NULL));
    } else {
      typ = qualified_name(NULL);
    }
    got(T_RPAREN);
    add_field(st, pos, NULL, typ, oliteral());
    break;
  }
  default:
    syntax_error("expecting field name or embedded type");
    ADVANCE(T_SEMICOLON, T_RBRACE);
  }
  return false;
}

static Node *struct_type(void) {
  Node *t = new_node(N_STRUCTTYPE, tok->pos);
  want(T_STRUCT);
  want(T_LBRACE);
  list("struct type", T_SEMICOLON, T_RBRACE, field_decl, t);
  return t;
}

static Node *embedded_term(void) {
  if (tok->kind == T_TILDE) {
    Node *n = new_node(N_UNARY, tok->pos);
    n->op = T_TILDE;
    next();
    n->x = type_();
    return n;
  }
  Node *t = type_or_nil();
  if (!t) {
    t = bad_expr();
    syntax_error("expecting ~ term or type");
    ADVANCE(T_OR, T_SEMICOLON, T_RPAREN, T_RBRACK, T_RBRACE);
  }
  return t;
}

// A constraint element: T, ~T or a union A | ~B (generics; check.c rejects).
static Node *embedded_elem(Node *f) {
  if (!f) {
    f = new_node(N_FIELD, tok->pos);
    f->x = embedded_term();
  }
  f->embedded = true;
  while (tok->kind == T_OR) {
    Node *u = new_node(N_BINARY, tok->pos);
    u->op = T_OR;
    next();
    u->x = f->x;
    u->y = embedded_term();
    f->x = u;
  }
  return f;
}

// After a name in an interface: "m[T C](x T)" (a generic method, parsed but
// rejected) or "T[P1, P2]" (an embedded instance) or "[]" (rejected).
static Node *method_targs(Node *f, Node *nm) {
  Pos pos = tok->pos;
  next(); // [
  Vec ps = {0};
  if (tok->kind == T_RBRACK) {
    Pos rb = tok->pos;
    next();
    report(rb, tok->kind == T_LPAREN ? "empty type parameter list" : "empty type argument list");
  } else {
    param_list(&ps, T_RBRACK, false);
  }
  Vec tparams = {0};
  if (tok->kind == T_LPAREN && (!ps.len || ((Node *)ps.data[0])->names.len)) {
    vec_push(&f->names, nm);
    f->x = func_type("interface method", &tparams);
    if (ps.len)
      report(pos, "interface method must have no type parameters");
    return f;
  }
  f->embedded = true;
  f->x = nm;
  if (ps.len) {
    Node *t = new_node(N_INDEX, pos);
    t->x = nm;
    for (int i = 0; i < ps.len; i++)
      vec_push(&t->list, ((Node *)ps.data[i])->x);
    t->y = t->list.data[0];
    if (t->list.len == 1)
      t->list.len = 0;
    f->x = t;
  }
  return f;
}

static Node *method_decl(void) {
  Node *f = new_node(N_FIELD, tok->pos);
  Node *nm = name();
  if (tok->kind == T_LBRACK)
    return method_targs(f, nm);
  if (tok->kind == T_LPAREN) {
    vec_push(&f->names, nm);
    Vec tparams = {0};
    f->x = func_type("interface method", &tparams);
  } else {
    f->x = qualified_name(nm); // embedded interface
    f->embedded = true;
  }
  return f;
}

static bool iface_elem(void *ctx) {
  Node *it = ctx;
  Node *f = NULL;
  if (tok->kind == T_IDENT)
    f = method_decl();
  if (!f || !f->names.len)
    f = embedded_elem(f);
  vec_push(&it->list, f);
  return false;
}

static Node *interface_type(void) {
  Node *t = new_node(N_INTERFACETYPE, tok->pos);
  want(T_INTERFACE);
  want(T_LBRACE);
  list("interface type", T_SEMICOLON, T_RBRACE, iface_elem, t);
  return t;
}

static Node *type_or_nil1(void) {
  Pos pos = tok->pos;
  switch (tok->kind) {
  case T_MUL:
    next();
    return star_of(pos, type_());
  case T_ARROW: {
    next();
    want(T_CHAN);
    Node *t = new_node(N_CHANTYPE, pos);
    t->chandir = 2;
    t->y = chan_elem();
    return t;
  }
  case T_FUNC: {
    next();
    Vec tparams = {0};
    return func_type("function type", &tparams);
  }
  case T_LBRACK:
    next();
    if (got(T_RBRACK))
      return slice_type(pos);
    return array_type(pos, NULL);
  case T_CHAN: {
    next();
    Node *t = new_node(N_CHANTYPE, pos);
    if (got(T_ARROW))
      t->chandir = 1;
    t->y = chan_elem();
    return t;
  }
  case T_MAP: {
    next();
    want(T_LBRACK);
    Node *t = new_node(N_MAPTYPE, pos);
    t->x = type_();
    want(T_RBRACK);
    t->y = type_();
    return t;
  }
  case T_STRUCT:
    return struct_type();
  case T_INTERFACE:
    return interface_type();
  case T_IDENT:
    return qualified_name(NULL);
  case T_LPAREN: {
    next();
    Node *t = type_();
    want(T_RPAREN);
    return t;
  }
  default:
    return NULL;
  }
}

static Node *type_or_nil(void) {
  if (!enter())
    return bad_expr();
  Node *t = type_or_nil1();
  leave();
  return t;
}

// ---------------------------------------------------------------- parameters

// One parameter: "name", "name T", "T", "name ...T", "...T"; in a type
// parameter list (follow == ']') also constraint elements. While parsing, a
// field has at most one name: a lone name may turn out to be a type.
static Node *param_decl_or_nil(TokKind follow) {
  bool typesets = follow == T_RBRACK;
  if (typesets && tok->kind == T_TILDE)
    return embedded_elem(NULL);
  Node *f = new_node(N_FIELD, tok->pos);
  if (tok->kind == T_IDENT) {
    Node *nm = ident();
    if (tok->kind == T_LBRACK) {
      Node *t = array_or_targs(); // "a [3]int" or "List[int]"
      if (t->kind == N_INDEX)
        t->x = nm;
      else
        vec_push(&f->names, nm);
      f->x = t;
      if (typesets && tok->kind == T_OR)
        f = embedded_elem(f);
      return f;
    }
    if (tok->kind == T_PERIOD) {
      f->x = qualified_name(nm);
      if (typesets && tok->kind == T_OR)
        f = embedded_elem(f);
      return f;
    }
    if (typesets && tok->kind == T_OR) {
      f->x = nm;
      return embedded_elem(f);
    }
    vec_push(&f->names, nm);
  }
  if (tok->kind == T_ELLIPSIS) {
    Node *d = new_node(N_ELLIPSIS, tok->pos);
    next();
    d->x = type_or_nil();
    if (!d->x) {
      d->x = bad_expr();
      syntax_error("... is missing type");
    }
    f->x = d;
    return f;
  }
  if (typesets && tok->kind == T_TILDE) {
    f->x = embedded_elem(NULL)->x;
    return f;
  }
  f->x = type_or_nil();
  if (typesets && tok->kind == T_OR && f->x)
    f = embedded_elem(f);
  if (!f->names.len && !f->x) {
    syntax_error(xfmt("expecting %s", tokstring(follow)));
    ADVANCE(T_COMMA, follow);
    return NULL;
  }
  return f;
}

typedef struct {
  Vec *list;
  TokKind close;
} ParamCtx;

static bool param_fn(void *ctx) {
  ParamCtx *pc = ctx;
  Node *f = param_decl_or_nil(pc->close);
  if (f)
    vec_push(pc->list, f);
  return false;
}

// "(" or "[" already consumed. Either all parameters are named or none is:
// "(a, b int)" gives a and b the type int; "(int, string)" has no names.
static Pos param_list(Vec *out, TokKind close, bool require_names) {
  Vec ps = {0};
  ParamCtx ctx = {&ps, close};
  Pos end = list("parameter list", T_COMMA, close, param_fn, &ctx);
  int named = 0, typed = 0;
  for (int i = 0; i < ps.len; i++) {
    Node *f = ps.data[i];
    named += f->names.len && f->x;
    typed += f->x != NULL;
  }
  if (ps.len && named == 0 && !require_names) {
    for (int i = 0; i < ps.len; i++) { // all unnamed: the names were types
      Node *f = ps.data[i];
      if (f->names.len) {
        f->x = f->names.data[0];
        f->names.len = 0;
      }
    }
  } else if (named != ps.len) {
    // some named: distribute types right to left; all need names and types
    Pos errpos = {0};
    bool bad = false;
    Node *typ = NULL;
    for (int i = ps.len - 1; i >= 0; i--) {
      Node *f = ps.data[i];
      if (f->x) {
        typ = f->x;
        if (!f->names.len) {
          errpos = start_pos(typ);
          bad = true;
          Node *nm = new_node(N_IDENT, errpos);
          nm->name = "_";
          vec_push(&f->names, nm);
        }
      } else if (typ) {
        f->x = typ;
      } else {
        errpos = ((Node *)f->names.data[0])->pos;
        bad = true;
        f->x = new_node(N_BAD, errpos);
      }
    }
    if (bad) {
      const char *msg = "mixed named and unnamed parameters";
      if (require_names) {
        msg = "type parameters must be named";
        if (named == typed) {
          errpos = end;
          msg = "missing type constraint";
        }
      }
      syntax_error_at(errpos, msg);
    }
  }
  // group "a, b int" (same type node after distribution) into one N_FIELD
  Node *prev = NULL;
  for (int i = 0; i < ps.len; i++) {
    Node *f = ps.data[i];
    if (prev && prev->names.len && f->names.len && prev->x == f->x)
      vec_push(&prev->names, f->names.data[0]);
    else
      vec_push(out, prev = f);
  }
  return end;
}

static void func_result(Vec *out) {
  if (got(T_LPAREN)) {
    param_list(out, T_RPAREN, false);
    return;
  }
  Pos pos = tok->pos;
  Node *t = type_or_nil();
  if (t) {
    Node *f = new_node(N_FIELD, pos);
    f->x = t;
    vec_push(out, f);
  }
}

// context: NULL for a function declaration (type parameters allowed), else
// "function type", "method" or "interface method".
static Node *func_type(const char *context, Vec *tparams) {
  Node *t = new_node(N_FUNCTYPE, tok->pos);
  if (got(T_LBRACK)) {
    if (context)
      syntax_error_at(t->pos, xfmt("%s must have no type parameters", context));
    if (tok->kind == T_RBRACK) {
      syntax_error("empty type parameter list");
      next();
    } else {
      param_list(tparams, T_RBRACK, true);
    }
  }
  want(T_LPAREN);
  param_list(&t->list, T_RPAREN, false);
  func_result(&t->list2);
  return t;
}

static Node *func_body(void) {
  fnest++;
  Node *b = block_stmt("");
  fnest--;
  return b;
}

// ---------------------------------------------------------------- statements

static Node *block_stmt(const char *context) {
  Node *b = new_node(N_BLOCK, tok->pos);
  // people coming from C may forget that braces are mandatory in Go
  if (!got(T_LBRACE)) {
    syntax_error(xfmt("expecting { after %s", context));
    ADVANCE(T_IDENT, T_RBRACE);
    b->endpos = tok->pos;
    if (got(T_RBRACE))
      return b;
  }
  stmt_list(&b->list);
  b->endpos = tok->pos;
  want(T_RBRACE);
  return b;
}

static Node *range_clause(Vec *lhs, TokKind op) {
  Node *r = new_node(N_RANGE, tok->pos); // pos becomes the 'for' in for_stmt
  next(); // range
  if (lhs) {
    r->key = lhs->data[0];
    if (lhs->len > 1)
      r->value = lhs->data[1];
    if (lhs->len > 2) // kept for check.c, which reports it as types2 does
      r->w = lhs->data[2];
    r->op = op;
  }
  r->x = expr();
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
  if (keyword == T_FOR && tok->kind == T_RANGE)
    return range_clause(NULL, 0);
  Vec lhs = {0};
  if (lhs_in)
    lhs = *lhs_in;
  else
    expr_list(&lhs);
  Node *x = lhs.data[0];
  if (lhs.len == 1 && tok->kind != T_ASSIGN && tok->kind != T_DEFINE) {
    Pos pos = tok->pos;
    if (is_assign_op(tok->kind)) {
      Node *s = new_node(N_ASSIGN, pos);
      s->op = tok->kind;
      next();
      vec_push(&s->list, x);
      vec_push(&s->list2, expr());
      return s;
    }
    if (tok->kind == T_INC || tok->kind == T_DEC) {
      Node *s = new_node(N_INCDEC, pos);
      s->op = tok->kind;
      s->x = x;
      next();
      return s;
    }
    if (tok->kind == T_ARROW) {
      Node *s = new_node(N_SENDSTMT, pos);
      next();
      s->x = x;
      s->y = expr();
      return s;
    }
    return expr_stmt(x);
  }
  if (tok->kind == T_ASSIGN || tok->kind == T_DEFINE) {
    Node *s = new_node(N_ASSIGN, tok->pos);
    s->op = tok->kind;
    next();
    if (keyword == T_FOR && tok->kind == T_RANGE)
      return range_clause(&lhs, s->op);
    s->list = lhs;
    expr_list(&s->list2);
    return s;
  }
  syntax_error("expecting := or = or comma");
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

static char *stmt_string(Node *s);

// The header of if/for/switch: [init ;] cond [; post]. For a type switch
// *cond is the guard: N_TYPEASSERT (x.(type)) or N_ASSIGN (v := x.(type)).
static void header(TokKind keyword, Node **init, Node **cond, Node **post) {
  *init = *cond = *post = NULL;
  next(); // the keyword
  if (tok->kind == T_LBRACE) {
    if (keyword == T_IF) {
      syntax_error("missing condition in if statement");
      *cond = bad_expr();
    }
    return;
  }
  int outer = xnest;
  xnest = -1;
  if (tok->kind != T_SEMICOLON) {
    // accept a var declaration but complain
    if (got(T_VAR))
      syntax_error(xfmt("var declaration not allowed in %s initializer", tok_name(keyword)));
    *init = simple_stmt(NULL, keyword);
    if ((*init)->kind == N_RANGE) {
      xnest = outer;
      return;
    }
  }
  Node *cs = NULL;
  Token *semi = NULL;
  if (tok->kind != T_LBRACE) {
    if (tok->kind == T_SEMICOLON) {
      semi = tok;
      next();
    } else {
      want(T_LBRACE); // asking for '{' rather than ';' gives a better message
      if (tok->kind != T_LBRACE)
        ADVANCE(T_LBRACE, T_RBRACE);
    }
    if (keyword == T_FOR) {
      if (tok->kind != T_SEMICOLON) {
        if (tok->kind == T_LBRACE) {
          syntax_error("expecting for loop condition");
          goto done;
        }
        cs = simple_stmt(NULL, 0);
      }
      want(T_SEMICOLON);
      if (tok->kind != T_LBRACE) {
        *post = simple_stmt(NULL, 0);
        if ((*post)->kind == N_ASSIGN && (*post)->op == T_DEFINE)
          syntax_error_at((*post)->pos, "cannot declare in post statement of for loop");
      }
    } else if (tok->kind != T_LBRACE) {
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
        syntax_error_at(semi->pos, "unexpected newline, expecting { after if clause");
      else
        syntax_error_at(semi->pos, "missing condition in if statement");
      *cond = new_node(N_BAD, semi->pos);
    }
  } else if (cs->kind == N_EXPRSTMT) {
    *cond = cs->x;
  } else if (keyword == T_SWITCH && is_guard_define(cs)) {
    *cond = cs;
  } else {
    // a common mistake: "if x := 0 {" instead of "if x := 0; x {"
    syntax_error_at(cs->pos, xfmt("cannot use %s as value", stmt_string(cs)));
  }
  xnest = outer;
}

static Node *if_stmt(void) {
  // else-if chains are a loop, not recursion: long chains cost no stack
  Node *first_if = NULL, **link = &first_if;
  for (;;) {
    Node *s = new_node(N_IF, tok->pos);
    Node *post;
    header(T_IF, &s->init, &s->x, &post);
    s->body = block_stmt("if clause");
    *link = s;
    if (!got(T_ELSE))
      break;
    if (tok->kind == T_IF) {
      link = &s->els;
      continue;
    }
    if (tok->kind == T_LBRACE) {
      s->els = block_stmt("");
    } else {
      syntax_error("else must be followed by if or statement block");
      ADVANCE(T_IDENT, T_RBRACE);
    }
    break;
  }
  return first_if;
}

static Node *for_stmt(void) {
  Pos pos = tok->pos;
  Node *init, *cond, *post;
  header(T_FOR, &init, &cond, &post);
  Node *body = block_stmt("for clause");
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
  Node *c = new_node(comm ? N_COMMCLAUSE : N_CASECLAUSE, tok->pos);
  if (got(T_CASE)) {
    if (comm)
      c->x = simple_stmt(NULL, 0); // send, receive, assignment of a receive
    else
      expr_list(&c->list);
  } else if (got(T_DEFAULT)) {
    c->is_default = true;
  } else {
    syntax_error("expecting case or default or }");
    ADVANCE(T_COLON, T_CASE, T_DEFAULT, T_RBRACE);
  }
  want(T_COLON);
  stmt_list(&c->list2);
  return c;
}

static void clause_body(Node *s, const char *what) {
  if (!got(T_LBRACE)) {
    syntax_error(xfmt("missing { after %s clause", what));
    ADVANCE(T_CASE, T_DEFAULT, T_RBRACE);
  }
  while (tok->kind != T_EOF && tok->kind != T_RBRACE)
    vec_push(&s->list, case_clause(s->kind == N_SELECT));
  s->endpos = tok->pos;
  want(T_RBRACE);
}

static Node *switch_stmt(void) {
  Node *s = new_node(N_SWITCH, tok->pos);
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
  Node *s = new_node(N_SELECT, tok->pos);
  next();
  clause_body(s, "select");
  return s;
}

static Node *call_stmt(void) {
  Node *s = new_node(tok->kind == T_GO ? N_GOSTMT : N_DEFERSTMT, tok->pos);
  const char *what = tok->kind == T_GO ? "go" : "defer";
  next();
  Node *x = pexpr();
  Node *t = unparen(x);
  if (t != x) {
    report(x->pos, xfmt("expression in %s must not be parenthesized", what));
    x = t;
  }
  if (x->kind != N_CALL) {
    report(x->pos, xfmt("expression in %s must be function call", what));
    // assume the common mistake of missing parentheses: go f => go f()
    Node *c = new_node(N_CALL, x->pos);
    c->lparen = x->pos;
    c->x = x;
    x = c;
  }
  s->x = x;
  return s;
}

static Node *branch(TokKind op) {
  Node *s = new_node(N_BRANCH, tok->pos);
  s->op = op;
  next();
  if (op == T_GOTO)
    s->label = name();
  else if ((op == T_BREAK || op == T_CONTINUE) && tok->kind == T_IDENT)
    s->label = ident();
  return s;
}

static Node *labeled_stmt(Node *label) {
  Node *s = new_node(N_LABELED, tok->pos);
  s->label = label;
  want(T_COLON);
  if (tok->kind == T_RBRACE) {
    // a label needs a statement, but the ';' before '}' may be omitted
    s->y = new_node(N_EMPTY, tok->pos);
    return s;
  }
  s->y = stmt_or_nil();
  if (s->y)
    return s;
  syntax_error_at(s->pos, "missing statement after label");
  return NULL; // already at the end of the statement: no advance
}

static void append_group(Vec *out, TokKind kind);

static Node *decl_stmt(void) {
  Node *s = new_node(N_DECLSTMT, tok->pos);
  TokKind k = tok->kind;
  next();
  append_group(&s->list, k);
  return s;
}

static Node *stmt_or_nil1(void) {
  // most statements (assignments) start with a name
  if (tok->kind == T_IDENT) {
    Vec lhs = {0};
    expr_list(&lhs);
    Node *x = lhs.data[0];
    if (lhs.len == 1 && x->kind == N_IDENT && tok->kind == T_COLON)
      return labeled_stmt(x);
    return simple_stmt(&lhs, 0);
  }
  switch (tok->kind) {
  case T_VAR: case T_CONST: case T_TYPE:
    return decl_stmt();
  case T_LBRACE:
    return block_stmt("");
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
    return branch(tok->kind);
  case T_GO: case T_DEFER:
    return call_stmt();
  case T_RETURN: {
    Node *s = new_node(N_RETURN, tok->pos);
    next();
    if (tok->kind != T_SEMICOLON && tok->kind != T_RBRACE)
      expr_list(&s->list);
    return s;
  }
  case T_SEMICOLON:
    return new_node(N_EMPTY, tok->pos);
  default:
    return NULL;
  }
}

static Node *stmt_or_nil(void) {
  if (!enter())
    return NULL;
  Node *s = stmt_or_nil1();
  leave();
  return s;
}

static void stmt_list(Vec *out) {
  while (tok->kind != T_EOF && tok->kind != T_RBRACE && tok->kind != T_CASE &&
         tok->kind != T_DEFAULT) {
    Node *s = stmt_or_nil();
    if (!s)
      break;
    vec_push(out, s);
    // ";" is optional before "}"
    if (!got(T_SEMICOLON) && tok->kind != T_RBRACE) {
      syntax_error("at end of statement");
      ADVANCE(T_SEMICOLON, T_RBRACE, T_CASE, T_DEFAULT);
      got(T_SEMICOLON); // avoid a spurious empty statement
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
  c->x = clone(n->x), c->y = clone(n->y), c->z = clone(n->z), c->w = clone(n->w);
  c->init = clone(n->init), c->post = clone(n->post), c->body = clone(n->body);
  c->els = clone(n->els), c->key = clone(n->key), c->value = clone(n->value);
  c->recv = clone(n->recv), c->label = clone(n->label), c->tag = clone(n->tag);
  c->list = clone_vec(n->list), c->list2 = clone_vec(n->list2);
  c->names = clone_vec(n->names), c->tparams = clone_vec(n->tparams);
  return c;
}

typedef struct {
  TokKind kind;     // T_IMPORT, T_CONST, T_VAR, T_TYPE
  Vec *out;
  int index;        // iota: the spec's index in its group
  Node *last;       // const: the last spec with a type or values
} Group;

static bool got_assign(void) {
  if (tok->kind == T_DEFINE)
    syntax_error("expecting =");
  else if (tok->kind != T_ASSIGN)
    return false;
  next();
  return true;
}

static Node *import_spec(void) {
  Node *d = new_node(N_IMPORTSPEC, tok->pos);
  if (tok->kind == T_IDENT) {
    d->name = ident()->name;
  } else if (tok->kind == T_PERIOD) {
    d->name = ".";
    next();
  }
  if (!is_literal(tok->kind)) {
    syntax_error("missing import path");
    ADVANCE(T_SEMICOLON, T_RPAREN);
    return d;
  }
  d->tok = tok;
  next();
  if (d->tok->kind != T_STRING) // gc reports it at the token after the path
    syntax_error("import path must be a string");
  return d;
}

static Node *const_spec(Group *g) {
  Node *d = new_node(N_CONSTSPEC, tok->pos);
  name_list(&d->names);
  if (tok->kind != T_EOF && tok->kind != T_SEMICOLON && tok->kind != T_RPAREN) {
    d->x = type_or_nil();
    if (got_assign())
      expr_list(&d->list);
  }
  d->iota = g->index;
  if (d->x || d->list.len) {
    g->last = d;
  } else if (g->last) {
    // ConstSpec without type and values: repeat the previous list and its type
    d->x = clone(g->last->x);
    d->list = clone_vec(g->last->list);
    d->implicit_values = true;
  }
  return d;
}

static Node *var_spec(void) {
  Node *d = new_node(N_VARSPEC, tok->pos);
  name_list(&d->names);
  if (got_assign()) {
    expr_list(&d->list);
  } else {
    d->x = type_();
    if (got_assign())
      expr_list(&d->list);
  }
  return d;
}

// After "type Name [": a type parameter list "[T any]" rather than an array
// length "[N]" or "[N * 2]"? gc decides from the parsed expression; the
// tokens after the first name tell the common cases apart.
static bool tparams_follow(void) {
  if (tok->kind != T_IDENT)
    return false;
  switch (tok[1].kind) {
  case T_IDENT: case T_COMMA: case T_INTERFACE: case T_FUNC: case T_CHAN:
  case T_MAP: case T_STRUCT: case T_TILDE: case T_LBRACK: case T_ARROW:
    return true;
  case T_MUL: // [P *C] is a constraint only if a type follows the '*'
    return tok[2].kind == T_IDENT && tok[3].kind != T_RBRACK;
  default:
    return false;
  }
}

static Node *type_spec(void) {
  Node *d = new_node(N_TYPESPEC, tok->pos);
  d->name = name()->name;
  if (tok->kind == T_LBRACK) {
    Pos pos = tok->pos;
    next();
    if (tparams_follow()) {
      param_list(&d->tparams, T_RBRACK, true);
      d->is_alias = got_assign();
      d->x = type_or_nil();
    } else if (got(T_RBRACK)) {
      d->x = slice_type(pos);
    } else {
      d->x = array_type(pos, NULL);
    }
  } else {
    d->is_alias = got_assign();
    d->x = type_or_nil();
  }
  if (!d->x) {
    d->x = bad_expr();
    syntax_error("in type declaration");
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
  if (got(T_LPAREN)) {
    list("grouped declaration", T_SEMICOLON, T_RPAREN, group_spec, &g);
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
  while (dir_index < toklist->ndirs && toklist->dirs[dir_index].line < before_line)
    flags |= directive_flag(toklist->dirs[dir_index++].text);
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
  while (dir_index < toklist->ndirs && toklist->dirs[dir_index].line <= through_line) {
    struct Directive *d = &toklist->dirs[dir_index++];
    if (directive_flag(d->text)) {
      SrcFile *f = toklist->toks[0].pos.file;
      report((Pos){f, d->line, directive_col(f, d->line, d->text)}, "misplaced compiler directive");
    }
  }
}

static Node *func_decl(int func_line) {
  Node *f = new_node(N_FUNCDECL, tok->pos);
  f->pragmas = take_pragmas(func_line);
  const char *context = NULL;
  if (got(T_LPAREN)) {
    context = "method";
    Vec rcvr = {0};
    param_list(&rcvr, T_RPAREN, false);
    int n = 0;
    for (int i = 0; i < rcvr.len; i++) {
      Node *r = rcvr.data[i];
      n += r->names.len ? r->names.len : 1;
    }
    if (n == 0)
      report(tok->pos, "method has no receiver");
    else if (n > 1)
      report(tok->pos, "method has multiple receivers");
    if (n) {
      f->recv = rcvr.data[0];
      if (f->recv->names.len > 1)
        f->recv->names.len = 1;
    }
  }
  if (tok->kind != T_IDENT) {
    syntax_error("expecting name or (");
    ADVANCE(T_LBRACE, T_SEMICOLON);
    return NULL;
  }
  f->pos = tok->pos;
  f->name = ident()->name;
  f->x = func_type(context, &f->tparams);
  if (tok->kind == T_LBRACE) {
    f->body = func_body();
    f->endpos = f->body->endpos;
  }
  return f;
}

static void top_level_decls(Node *file_node) {
  Node *last = NULL;
  while (tok->kind != T_EOF) {
    Token *start = tok;
    switch (tok->kind) {
    case T_CONST: case T_TYPE: case T_VAR:
      next();
      append_group(&file_node->list2, start->kind);
      break;
    case T_FUNC: {
      next();
      Node *d = func_decl(start->pos.line);
      if (d) {
        vec_push(&file_node->list2, d);
        last = d;
      }
      break;
    }
    default:
      if (tok->kind == T_LBRACE && last && last == VEC_AT(file_node->list2,
                                                          file_node->list2.len - 1) &&
          !last->body)
        syntax_error("unexpected semicolon or newline before {"); // { on the next line
      else
        syntax_error("non-declaration statement outside function body");
      ADVANCE(T_CONST, T_TYPE, T_VAR, T_FUNC);
      continue;
    }
    clear_pragmas(tok > toklist->toks ? tok[-1].pos.line : 0);
    if (tok->kind != T_EOF && !got(T_SEMICOLON)) {
      syntax_error("after top level declaration");
      ADVANCE(T_CONST, T_TYPE, T_VAR, T_FUNC);
    }
  }
}

// The stray x.(type) nodes: types2 reports them (at the expression's start).
static void report_guards(void) {
  for (int i = 0; i < guards.len; i++) {
    Node *g = guards.data[i];
    report(start_pos(g), "invalid AST: use of .(type) outside type switch");
  }
}

Node *parse_file(SrcFile *f, TokenList *toks) {
  static Token eof_tok = {T_EOF};
  toklist = toks;
  if (!toks->toks || toks->ntoks == 0 || toks->toks[toks->ntoks - 1].kind != T_EOF) {
    // a token list must end with T_EOF; make an empty one safe
    eof_tok.pos = (Pos){f, 1, 1};
    toks->toks = &eof_tok;
    toks->ntoks = 1;
  }
  tok = toks->toks;
  char base;
  init_stack_bound(&base);
  fnest = xnest = depth = 0;
  first = diag_errors > 0; // lexical errors were reported already
  nerrors = syntax_errors = last_syntax_line = 0;
  dir_index = 0;
  guards.len = 0;

  Node *fn = new_node(N_FILE, tok->pos);
  fn->file = f;
  fn->name = "_";
  if (!got(T_PACKAGE)) {
    syntax_error("package statement must be first");
    return fn;
  }
  fn->name = name()->name;
  want(T_SEMICOLON);
  if (nerrors) // don't bother continuing if the package clause has errors
    return fn;
  // in Go 1.19 imports come first; a late one is a "non-declaration statement"
  while (got(T_IMPORT)) {
    append_group(&fn->list, T_IMPORT);
    want(T_SEMICOLON);
  }
  clear_pragmas(tok > toks->toks ? tok[-1].pos.line : 0);
  top_level_decls(fn);
  clear_pragmas(INT32_MAX);
  if (!syntax_errors)
    report_guards();
  return fn;
}

// ---------------------------------------------------------------- printing

// Source text of an expression, as gc's syntax printer writes it in the
// parser's messages (short form: literal and function bodies are {…}).
static void print_expr(Buf *b, Node *n);

static void print_list(Buf *b, Vec v) {
  for (int i = 0; i < v.len; i++) {
    if (i)
      buf_puts(b, ", ");
    print_expr(b, v.data[i]);
  }
}

static void print_fields(Buf *b, Vec v, const char *sep) {
  for (int i = 0; i < v.len; i++) {
    Node *f = v.data[i];
    if (i)
      buf_puts(b, sep);
    print_list(b, f->names);
    if (f->names.len && f->x)
      buf_putc(b, ' ');
    print_expr(b, f->x);
  }
}

static void print_signature(Buf *b, Node *ft) {
  buf_putc(b, '(');
  print_fields(b, ft->list, ", ");
  buf_putc(b, ')');
  if (ft->list2.len == 1 && !((Node *)ft->list2.data[0])->names.len) {
    buf_putc(b, ' ');
    print_fields(b, ft->list2, ", ");
  } else if (ft->list2.len) {
    buf_puts(b, " (");
    print_fields(b, ft->list2, ", ");
    buf_putc(b, ')');
  }
}

static void print_index(Buf *b, Node *n) {
  print_expr(b, n->x);
  buf_putc(b, '[');
  if (n->kind == N_INDEX) {
    if (n->list.len)
      print_list(b, n->list);
    else
      print_expr(b, n->y);
  } else {
    print_expr(b, n->y);
    buf_putc(b, ':');
    print_expr(b, n->z);
    if (n->slice3) {
      buf_putc(b, ':');
      print_expr(b, n->w);
    }
  }
  buf_putc(b, ']');
}

static void print_type(Buf *b, Node *n) {
  switch (n->kind) {
  case N_ARRAYTYPE:
    buf_putc(b, '[');
    print_expr(b, n->x);
    buf_putc(b, ']');
    print_expr(b, n->y);
    break;
  case N_ELLIPSIS: buf_puts(b, "..."); print_expr(b, n->x); break;
  case N_MAPTYPE:
    buf_puts(b, "map[");
    print_expr(b, n->x);
    buf_putc(b, ']');
    print_expr(b, n->y);
    break;
  case N_CHANTYPE:
    buf_puts(b, n->chandir == 2 ? "<-chan " : n->chandir == 1 ? "chan<- " : "chan ");
    print_expr(b, n->y);
    break;
  case N_FUNCTYPE: buf_puts(b, "func"); print_signature(b, n); break;
  case N_STRUCTTYPE:
  case N_INTERFACETYPE:
    buf_puts(b, n->kind == N_STRUCTTYPE ? "struct{" : "interface{");
    print_fields(b, n->list, "; ");
    buf_putc(b, '}');
    break;
  default: buf_puts(b, "?"); break;
  }
}

static void print_expr(Buf *b, Node *n) {
  if (!n)
    return;
  switch (n->kind) {
  case N_IDENT: buf_puts(b, n->name); break;
  case N_BASICLIT: buf_putn(b, n->tok->text, n->tok->len); break;
  case N_COMPOSITE:
    print_expr(b, n->x);
    buf_puts(b, n->list.len ? "{…}" : "{}");
    break;
  case N_KEYVALUE: print_expr(b, n->x); buf_puts(b, ": "); print_expr(b, n->y); break;
  case N_FUNCLIT:
    buf_puts(b, "func");
    print_signature(b, n->x);
    buf_puts(b, n->body && n->body->list.len ? " {…}" : " {}");
    break;
  case N_PAREN: buf_putc(b, '('); print_expr(b, n->x); buf_putc(b, ')'); break;
  case N_SELECTOR: print_expr(b, n->x); buf_printf(b, ".%s", n->name); break;
  case N_INDEX: case N_SLICEEXPR: print_index(b, n); break;
  case N_TYPEASSERT:
    print_expr(b, n->x);
    buf_puts(b, ".(");
    if (n->y)
      print_expr(b, n->y);
    else
      buf_puts(b, "type");
    buf_putc(b, ')');
    break;
  case N_CALL:
    print_expr(b, n->x);
    buf_putc(b, '(');
    print_list(b, n->list);
    buf_puts(b, n->has_ellipsis ? "...)" : ")");
    break;
  case N_STAR: buf_putc(b, '*'); print_expr(b, n->x); break;
  case N_UNARY: buf_puts(b, tok_name(n->op)); print_expr(b, n->x); break;
  case N_BINARY:
    print_expr(b, n->x);
    buf_printf(b, " %s ", tok_name(n->op));
    print_expr(b, n->y);
    break;
  default: print_type(b, n); break;
  }
}

static char *syntax_string(Node *n) {
  Buf b = {0};
  print_expr(&b, n);
  return buf_cstr(&b);
}

static char *stmt_string(Node *s) {
  Buf b = {0};
  switch (s->kind) {
  case N_ASSIGN:
    print_list(&b, s->list);
    buf_printf(&b, " %s ", tok_name(s->op));
    print_list(&b, s->list2);
    break;
  case N_INCDEC: print_expr(&b, s->x); buf_puts(&b, tok_name(s->op)); break;
  case N_SENDSTMT:
    print_expr(&b, s->x);
    buf_puts(&b, " <- ");
    print_expr(&b, s->y);
    break;
  default: print_expr(&b, s->x); break;
  }
  return buf_cstr(&b);
}

// ---------------------------------------------------------------- -d=ast

static const char *kind_name(NodeKind k) {
  static const char *names[] = {
    "Bad", "Ident", "BasicLit", "CompositeLit", "KeyValue", "FuncLit", "Paren",
    "Selector", "Index", "SliceExpr", "TypeAssert", "Call", "Star", "Unary", "Binary",
    "ArrayType", "StructType", "FuncType", "InterfaceType", "MapType", "ChanType",
    "Ellipsis", "Field", "Block", "ExprStmt", "SendStmt", "IncDec", "Assign", "Go",
    "Defer", "Return", "Branch", "If", "Switch", "TypeSwitch", "CaseClause", "Select",
    "CommClause", "For", "Range", "Labeled", "DeclStmt", "Empty", "ImportSpec",
    "VarSpec", "ConstSpec", "TypeSpec", "FuncDecl", "File",
  };
  return (unsigned)k < sizeof(names) / sizeof(names[0]) ? names[k] : "?";
}

static void dump_child(FILE *out, const char *label, Node *n, int indent) {
  if (!n)
    return;
  fprintf(out, "%*s%s:\n", indent * 2, "", label);
  dump_ast(out, n, indent + 1);
}

static void dump_vec(FILE *out, const char *label, Vec v, int indent) {
  if (!v.len)
    return;
  fprintf(out, "%*s%s: [%d]\n", indent * 2, "", label, v.len);
  for (int i = 0; i < v.len; i++)
    dump_ast(out, v.data[i], indent + 1);
}

// The head line of a node: kind, what it names or does, flags, position.
static void dump_head(FILE *out, Node *n) {
  fprintf(out, "%s", kind_name(n->kind));
  if (n->name)
    fprintf(out, " %s", n->name);
  if (n->kind == N_BASICLIT || n->kind == N_IMPORTSPEC)
    fprintf(out, " %.*s", n->tok ? n->tok->len : 0, n->tok && n->tok->text ? n->tok->text : "");
  else if (n->op)
    fprintf(out, " %s", tok_name(n->op));
  if (n->kind == N_CHANTYPE && n->chandir)
    fprintf(out, " %s", n->chandir == 1 ? "send-only" : "recv-only");
  if (n->kind == N_CONSTSPEC)
    fprintf(out, " iota=%d%s", n->iota, n->implicit_values ? " implicit" : "");
  if (n->pragmas)
    fprintf(out, " pragmas=%#x", n->pragmas);
  if (n->has_ellipsis || n->ellipsis_len)
    fprintf(out, " ...");
  if (n->slice3)
    fprintf(out, " 3-index");
  if (n->embedded)
    fprintf(out, " embedded");
  if (n->is_alias)
    fprintf(out, " alias");
  if (n->is_default)
    fprintf(out, " default");
  fprintf(out, " @%d:%d", n->pos.line, n->pos.col);
  if (n->endpos.line)
    fprintf(out, " end@%d:%d", n->endpos.line, n->endpos.col);
  fputc('\n', out);
}

// One line per node, then its children labelled by field, indented.
void dump_ast(FILE *out, Node *n, int indent) {
  fprintf(out, "%*s", indent * 2, "");
  if (!n) {
    fprintf(out, "nil\n");
    return;
  }
  dump_head(out, n);
  indent++;
  dump_vec(out, "tparams", n->tparams, indent);
  dump_child(out, "recv", n->recv, indent);
  dump_child(out, "label", n->label, indent);
  dump_vec(out, "names", n->names, indent);
  dump_child(out, "init", n->init, indent);
  dump_child(out, "key", n->key, indent);
  dump_child(out, "value", n->value, indent);
  dump_child(out, "x", n->x, indent);
  dump_child(out, "y", n->y, indent);
  dump_child(out, "z", n->z, indent);
  dump_child(out, "w", n->w, indent);
  dump_child(out, "post", n->post, indent);
  dump_child(out, "tag", n->tag, indent);
  dump_vec(out, "list", n->list, indent);
  dump_vec(out, "list2", n->list2, indent);
  dump_child(out, "body", n->body, indent);
  dump_child(out, "else", n->els, indent);
}
