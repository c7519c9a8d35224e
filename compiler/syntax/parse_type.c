// parse_type.c — type expressions (arrays, slices, maps, channels, structs,
// interfaces, funcs, generic instantiations rejected later) and parameter
// lists, for the recursive-descent parser (parse.c).
#include "internal.h"

#include <string.h>

// ---------------------------------------------------------------- types

Node *p_type_(Parser *p) {
  Node *t = p_type_or_nil(p);
  if (!t) {
    t = p_bad_expr(p);
    p_syntax_error(p, "expecting type");
    ADVANCE(T_COMMA, T_COLON, T_SEMICOLON, T_RPAREN, T_RBRACK, T_RBRACE);
  }
  return t;
}

static Node *chan_elem(Parser *p) {
  Node *t = p_type_or_nil(p);
  if (!t) {
    t = p_bad_expr(p);
    p_syntax_error(p, "missing channel element type"); // element simply absent: no advance
  }
  return t;
}

Node *p_slice_type(Parser *p, Pos pos) {
  Node *t = new_node(N_ARRAYTYPE, pos);
  t->y = p_type_(p);
  return t;
}

// '[' already consumed; len is a pre-parsed length or NULL.
Node *p_array_type(Parser *p, Pos pos, Node *len) {
  Node *t = new_node(N_ARRAYTYPE, pos);
  if (!len) {
    if (p->tok->kind == T_ELLIPSIS) {
      len = new_node(N_ELLIPSIS, p->tok->pos);
      t->ellipsis_len = true;
      p_next(p);
    } else {
      p->xnest++;
      len = p_expr(p);
      p->xnest--;
    }
  }
  t->x = len;
  if (p->tok->kind == T_COMMA) {
    // trailing commas are for type parameter lists, not array lengths
    p_syntax_error(p, "unexpected comma; expecting ]");
    p_next(p);
  }
  p_want(p, T_RBRACK);
  t->y = p_type_(p);
  return t;
}

static Node *type_instance(Parser *p, Node *x) {
  Node *n = new_node(N_INDEX, p->tok->pos);
  n->x = x;
  p_want(p, T_LBRACK);
  if (p->tok->kind == T_RBRACK) {
    p_syntax_error(p, "expecting type");
    n->y = p_bad_expr(p);
  } else {
    bool comma = false;
    Vec all = {0};
    n->y = p_type_list(p, &all, &comma);
    if (all.len > 1)
      n->list = all;
  }
  p_want(p, T_RBRACK);
  return n;
}

Node *p_qualified_name(Parser *p, Node *nm) {
  Node *x = nm;
  if (!x) {
    if (p->tok->kind == T_IDENT) {
      x = p_ident(p);
    } else {
      x = new_node(N_IDENT, p->tok->pos);
      x->name = "_";
      p_syntax_error(p, "expecting name");
      ADVANCE(T_PERIOD, T_SEMICOLON, T_RBRACE);
    }
  }
  if (p->tok->kind == T_PERIOD) {
    Node *s = new_node(N_SELECTOR, p->tok->pos);
    p_next(p);
    s->x = x;
    s->y = p_name(p);
    s->name = s->y->name;
    x = s;
  }
  if (p->tok->kind == T_LBRACK)
    x = type_instance(p, x);
  return x;
}

// arrayOrTArgs: after a name in a parameter or field list, "[" starts either
// an array type ("a [3]int") or type arguments ("List[int]").
static Node *array_or_targs(Parser *p) {
  Pos pos = p->tok->pos;
  p_want(p, T_LBRACK);
  if (p_got(p, T_RBRACK))
    return p_slice_type(p, pos);
  bool comma = false;
  Vec all = {0};
  Node *n = p_type_list(p, &all, &comma);
  p_want(p, T_RBRACK);
  if (!comma) {
    Node *elem = p_type_or_nil(p);
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
    vec_push(&nxw(f)->names, nm);
  else
    f->embedded = true;
  f->x = type;
  nxw(f)->tag = tag;
  vec_push(&st->list, f);
}

static Node *star_of(Pos pos, Node *x) {
  Node *n = new_node(N_STAR, pos);
  n->op = T_MUL;
  n->x = x;
  return n;
}

static bool field_decl(Parser *p, void *ctx) {
  Node *st = ctx;
  Pos pos = p->tok->pos;
  switch (p->tok->kind) {
  case T_IDENT: {
    Node *nm = p_ident(p);
    if (p->tok->kind == T_PERIOD || p_is_literal(p->tok->kind) || p->tok->kind == T_SEMICOLON ||
        p->tok->kind == T_RBRACE) {
      Node *typ = p_qualified_name(p, nm); // embedded type
      add_field(st, pos, NULL, typ, p_oliteral(p));
      break;
    }
    Node *f = new_node(N_FIELD, pos);
    vec_push(&nxw(f)->names, nm);
    while (p_got(p, T_COMMA))
      vec_push(&nxw(f)->names, p_name(p));
    if (nx(f)->names.len == 1 && p->tok->kind == T_LBRACK) {
      Node *t = array_or_targs(p);
      if (t->kind == N_INDEX) { // embedded generic instance T[P]
        t->x = nm;
        add_field(st, pos, NULL, t, p_oliteral(p));
        break;
      }
      f->x = t;
    } else {
      f->x = p_type_(p);
    }
    nxw(f)->tag = p_oliteral(p);
    vec_push(&st->list, f);
    break;
  }
  case T_MUL: {
    p_next(p);
    Node *typ;
    if (p->tok->kind == T_LPAREN) {
      p_syntax_error(p, "cannot parenthesize embedded type");
      p_next(p);
      typ = p_qualified_name(p, NULL);
      p_got(p, T_RPAREN);
    } else {
      typ = p_qualified_name(p, NULL);
    }
    add_field(st, pos, NULL, star_of(pos, typ), p_oliteral(p));
    break;
  }
  case T_LPAREN: {
    p_syntax_error(p, "cannot parenthesize embedded type");
    p_next(p);
    Node *typ;
    if (p->tok->kind == T_MUL) {
      Pos sp = p->tok->pos;
      p_next(p);
      typ = star_of(sp, p_qualified_name(p, NULL));
    } else {
      typ = p_qualified_name(p, NULL);
    }
    p_got(p, T_RPAREN);
    add_field(st, pos, NULL, typ, p_oliteral(p));
    break;
  }
  default:
    p_syntax_error(p, "expecting field name or embedded type");
    ADVANCE(T_SEMICOLON, T_RBRACE);
  }
  return false;
}

static Node *struct_type(Parser *p) {
  Node *t = new_node(N_STRUCTTYPE, p->tok->pos);
  if (!p_enter_heavy(p))
    return t;
  p_want(p, T_STRUCT);
  p_want(p, T_LBRACE);
  p_list(p, "struct type", T_SEMICOLON, T_RBRACE, field_decl, t);
  p_leave_heavy(p);
  return t;
}

static Node *embedded_term(Parser *p) {
  if (p->tok->kind == T_TILDE) {
    Node *n = new_node(N_UNARY, p->tok->pos);
    n->op = T_TILDE;
    p_next(p);
    n->x = p_type_(p);
    return n;
  }
  Node *t = p_type_or_nil(p);
  if (!t) {
    t = p_bad_expr(p);
    p_syntax_error(p, "expecting ~ term or type");
    ADVANCE(T_OR, T_SEMICOLON, T_RPAREN, T_RBRACK, T_RBRACE);
  }
  return t;
}

// A constraint element: T, ~T or a union A | ~B (generics; check.c rejects).
Node *p_embedded_elem(Parser *p, Node *f) {
  if (!f) {
    f = new_node(N_FIELD, p->tok->pos);
    f->x = embedded_term(p);
  }
  f->embedded = true;
  while (p->tok->kind == T_OR) {
    Node *u = new_node(N_BINARY, p->tok->pos);
    u->op = T_OR;
    p_next(p);
    u->x = f->x;
    u->y = embedded_term(p);
    f->x = u;
  }
  return f;
}

// After a name in an interface: "m[T C](x T)" (a generic method, parsed but
// rejected) or "T[P1, P2]" (an embedded instance) or "[]" (rejected).
static Node *method_targs(Parser *p, Node *f, Node *nm) {
  Pos pos = p->tok->pos;
  p_next(p); // [
  Vec ps = {0};
  if (p->tok->kind == T_RBRACK) {
    Pos rb = p->tok->pos;
    p_next(p);
    p_report(p, rb, p->tok->kind == T_LPAREN ? "empty type parameter list" : "empty type argument list");
  } else {
    p_param_list(p, &ps, T_RBRACK, false);
  }
  Vec tparams = {0};
  if (p->tok->kind == T_LPAREN && (!ps.len || nx(((Node *)ps.data[0]))->names.len)) {
    vec_push(&nxw(f)->names, nm);
    f->x = p_func_type(p, "interface method", &tparams);
    if (ps.len)
      p_report(p, pos, "interface method must have no type parameters");
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

static Node *method_decl(Parser *p) {
  Node *f = new_node(N_FIELD, p->tok->pos);
  Node *nm = p_name(p);
  if (p->tok->kind == T_LBRACK)
    return method_targs(p, f, nm);
  if (p->tok->kind == T_LPAREN) {
    vec_push(&nxw(f)->names, nm);
    Vec tparams = {0};
    f->x = p_func_type(p, "interface method", &tparams);
  } else {
    f->x = p_qualified_name(p, nm); // embedded interface
    f->embedded = true;
  }
  return f;
}

static bool iface_elem(Parser *p, void *ctx) {
  Node *it = ctx;
  Node *f = NULL;
  if (p->tok->kind == T_IDENT)
    f = method_decl(p);
  if (!f || !nx(f)->names.len)
    f = p_embedded_elem(p, f);
  vec_push(&it->list, f);
  return false;
}

static Node *interface_type(Parser *p) {
  Node *t = new_node(N_INTERFACETYPE, p->tok->pos);
  p_want(p, T_INTERFACE);
  p_want(p, T_LBRACE);
  p_list(p, "interface type", T_SEMICOLON, T_RBRACE, iface_elem, t);
  return t;
}

static Node *type_or_nil1(Parser *p) {
  Pos pos = p->tok->pos;
  switch (p->tok->kind) {
  case T_MUL:
    p_next(p);
    return star_of(pos, p_type_(p));
  case T_ARROW: {
    p_next(p);
    p_want(p, T_CHAN);
    Node *t = new_node(N_CHANTYPE, pos);
    t->chandir = 2;
    t->y = chan_elem(p);
    return t;
  }
  case T_FUNC: {
    p_next(p);
    Vec tparams = {0};
    return p_func_type(p, "function type", &tparams);
  }
  case T_LBRACK:
    p_next(p);
    if (p_got(p, T_RBRACK))
      return p_slice_type(p, pos);
    return p_array_type(p, pos, NULL);
  case T_CHAN: {
    p_next(p);
    Node *t = new_node(N_CHANTYPE, pos);
    if (p_got(p, T_ARROW))
      t->chandir = 1;
    t->y = chan_elem(p);
    return t;
  }
  case T_MAP: {
    p_next(p);
    p_want(p, T_LBRACK);
    Node *t = new_node(N_MAPTYPE, pos);
    t->x = p_type_(p);
    p_want(p, T_RBRACK);
    t->y = p_type_(p);
    return t;
  }
  case T_STRUCT:
    return struct_type(p);
  case T_INTERFACE:
    return interface_type(p);
  case T_IDENT:
    return p_qualified_name(p, NULL);
  case T_LPAREN: {
    p_next(p);
    Node *t = p_type_(p);
    p_want(p, T_RPAREN);
    return t;
  }
  default:
    return NULL;
  }
}

Node *p_type_or_nil(Parser *p) {
  if (!p_enter(p))
    return p_bad_expr(p);
  Node *t = type_or_nil1(p);
  p_leave(p);
  return t;
}

// ---------------------------------------------------------------- parameters

// One parameter: "name", "name T", "T", "name ...T", "...T"; in a type
// parameter list (follow == ']') also constraint elements. While parsing, a
// field has at most one name: a lone name may turn out to be a type.
static Node *param_decl_or_nil(Parser *p, TokKind follow) {
  bool typesets = follow == T_RBRACK;
  if (typesets && p->tok->kind == T_TILDE)
    return p_embedded_elem(p, NULL);
  Node *f = new_node(N_FIELD, p->tok->pos);
  if (p->tok->kind == T_IDENT) {
    Node *nm = p_ident(p);
    if (p->tok->kind == T_LBRACK) {
      Node *t = array_or_targs(p); // "a [3]int" or "List[int]"
      if (t->kind == N_INDEX)
        t->x = nm;
      else
        vec_push(&nxw(f)->names, nm);
      f->x = t;
      if (typesets && p->tok->kind == T_OR)
        f = p_embedded_elem(p, f);
      return f;
    }
    if (p->tok->kind == T_PERIOD) {
      f->x = p_qualified_name(p, nm);
      if (typesets && p->tok->kind == T_OR)
        f = p_embedded_elem(p, f);
      return f;
    }
    if (typesets && p->tok->kind == T_OR) {
      f->x = nm;
      return p_embedded_elem(p, f);
    }
    vec_push(&nxw(f)->names, nm);
  }
  if (p->tok->kind == T_ELLIPSIS) {
    Node *d = new_node(N_ELLIPSIS, p->tok->pos);
    p_next(p);
    d->x = p_type_or_nil(p);
    if (!d->x) {
      d->x = p_bad_expr(p);
      p_syntax_error(p, "... is missing type");
    }
    f->x = d;
    return f;
  }
  if (typesets && p->tok->kind == T_TILDE) {
    f->x = p_embedded_elem(p, NULL)->x;
    return f;
  }
  f->x = p_type_or_nil(p);
  if (typesets && p->tok->kind == T_OR && f->x)
    f = p_embedded_elem(p, f);
  if (!nx(f)->names.len && !f->x) {
    p_syntax_error(p, xfmt("expecting %s", p_tokstring(follow)));
    ADVANCE(T_COMMA, follow);
    return NULL;
  }
  return f;
}

typedef struct {
  Vec *list;
  TokKind close;
} ParamCtx;

static bool param_fn(Parser *p, void *ctx) {
  ParamCtx *pc = ctx;
  Node *f = param_decl_or_nil(p, pc->close);
  if (f)
    vec_push(pc->list, f);
  return false;
}

// "(" or "[" already consumed. Either all parameters are named or none is:
// "(a, b int)" gives a and b the type int; "(int, string)" has no names.
Pos p_param_list(Parser *p, Vec *out, TokKind close, bool require_names) {
  Vec ps = {0};
  ParamCtx ctx = {&ps, close};
  Pos end = p_list(p, "parameter list", T_COMMA, close, param_fn, &ctx);
  int named = 0, typed = 0;
  for (int i = 0; i < ps.len; i++) {
    Node *f = ps.data[i];
    named += nx(f)->names.len && f->x;
    typed += f->x != NULL;
  }
  if (ps.len && named == 0 && !require_names) {
    for (int i = 0; i < ps.len; i++) { // all unnamed: the names were types
      Node *f = ps.data[i];
      if (nx(f)->names.len) {
        f->x = nx(f)->names.data[0];
        nxw(f)->names.len = 0;
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
        if (!nx(f)->names.len) {
          errpos = p_start_pos(typ);
          bad = true;
          Node *nm = new_node(N_IDENT, errpos);
          nm->name = "_";
          vec_push(&nxw(f)->names, nm);
        }
      } else if (typ) {
        f->x = typ;
      } else {
        errpos = ((Node *)nx(f)->names.data[0])->pos;
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
      p_syntax_error_at(p, errpos, msg);
    }
  }
  // group "a, b int" (same type node after distribution) into one N_FIELD
  Node *prev = NULL;
  for (int i = 0; i < ps.len; i++) {
    Node *f = ps.data[i];
    if (prev && nx(prev)->names.len && nx(f)->names.len && prev->x == f->x)
      vec_push(&nxw(prev)->names, nx(f)->names.data[0]);
    else
      vec_push(out, prev = f);
  }
  return end;
}

static void func_result(Parser *p, Vec *out) {
  if (p_got(p, T_LPAREN)) {
    p_param_list(p, out, T_RPAREN, false);
    return;
  }
  Pos pos = p->tok->pos;
  Node *t = p_type_or_nil(p);
  if (t) {
    Node *f = new_node(N_FIELD, pos);
    f->x = t;
    vec_push(out, f);
  }
}

// context: NULL for a function declaration (type parameters allowed), else
// "function type", "method" or "interface method".
Node *p_func_type(Parser *p, const char *context, Vec *tparams) {
  Node *t = new_node(N_FUNCTYPE, p->tok->pos);
  if (p_got(p, T_LBRACK)) {
    if (context)
      p_syntax_error_at(p, t->pos, xfmt("%s must have no type parameters", context));
    if (p->tok->kind == T_RBRACK) {
      p_syntax_error(p, "empty type parameter list");
      p_next(p);
    } else {
      p_param_list(p, tparams, T_RBRACK, true);
    }
  }
  p_want(p, T_LPAREN);
  p_param_list(p, &t->list, T_RPAREN, false);
  func_result(p, &t->list2);
  return t;
}

Node *p_func_body(Parser *p) {
  p->fnest++;
  Node *b = p_block_stmt(p, "");
  p->fnest--;
  return b;
}

