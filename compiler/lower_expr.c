// lower_expr.c — typed AST expressions to IR. This is where Go's implicit
// operations become explicit nodes: automatic dereference of p.f, boxing of
// values assigned to interfaces, the slice behind a variadic call, and every
// allocation site (new, &T{}, make, slice literals, string conversions and
// concatenation) with gc's position and spelling for -m.
#include "check.h"
#include "lower.h"

#include <stdlib.h>
#include <string.h>

IRExpr *new_expr(IRKind k, Pos pos, Type *t) {
  IRExpr *e = arena_alloc(sizeof(IRExpr));
  e->kind = k;
  e->pos = pos;
  e->type = t;
  return e;
}

Site *new_site(SiteKind k, Pos pos, const char *spell, Type *t) {
  Site *s = arena_alloc(sizeof(Site));
  s->id = L.prog->sites.len + 1;
  s->kind = k;
  s->pos = pos;
  s->spell = (char *)spell;
  s->type = t;
  s->count = -1;
  s->fn = L.fn;
  s->loop_depth = L.loop_depth;
  vec_push(&L.prog->sites, s);
  if (L.fn)
    vec_push(&L.fn->sites, s);
  return s;
}

// ---------------------------------------------------------------- gc's spellings

static void spell(Buf *b, Node *n);

static void spell_list(Buf *b, Vec *v) {
  for (int i = 0; i < v->len; i++) {
    if (i)
      buf_puts(b, ", ");
    spell(b, v->data[i]);
  }
}

// A variadic call prints as gc rewrote it: the packed arguments become the
// "... argument" slice, or nil when there are none: f(1, ... argument...).
static void spell_call_args(Buf *b, Node *n) {
  Type *ft = n->x->type ? under(n->x->type) : NULL;
  bool builtin = n->x->kind == N_IDENT && n->x->obj && n->x->obj->kind == OBJ_BUILTIN;
  if (!ft || ft->kind != TY_FUNC || !ft->variadic || n->has_ellipsis || builtin) {
    spell_list(b, &n->list);
    if (n->has_ellipsis)
      buf_puts(b, "...");
    return;
  }
  int fixed = ft->nfields - 1;
  for (int i = 0; i < fixed && i < n->list.len; i++) {
    spell(b, n->list.data[i]);
    buf_puts(b, ", ");
  }
  buf_puts(b, n->list.len > fixed ? "... argument..." : "nil...");
}

static void spell(Buf *b, Node *n);

// x.M(args) on a concrete type: gc spells the call as a method expression,
// "(*T).M(x, args)" or "T.M(x, args)" (an implicit *x shown, an implicit &x not).
static bool spell_method_call(Buf *b, Node *call) {
  Node *sel = unparen(call->x);
  if (sel->kind != N_SELECTOR || !nx(sel)->method || sel->x->is_type || sel->list2.len > 1)
    return false;
  Type *dt = devirtualized(sel);
  if (dt) {   // "Celsius.String(s.(Celsius))"
    const char *ts = type_string(dt, false);
    buf_printf(b, dt->kind == TY_PTR ? "(%s).%s(" : "%s.%s(", ts, sel->name);
    spell(b, sel->x);
    buf_printf(b, ".(%s)", type_string(dt, false));
    if (call->list.len)
      buf_puts(b, ", ");
    spell_call_args(b, call);
    buf_putc(b, ')');
    return true;
  }
  Type *h = nx(sel)->method_holder;
  if (!h || h->kind != TY_NAMED || is_interface(h))
    return false;
  bool ptr = nx(sel)->method->ptr_recv;
  buf_printf(b, ptr ? "(*%s).%s(" : "%s.%s(", type_string(h, false), sel->name);
  if (!ptr && sel->x->type && under(sel->x->type)->kind == TY_PTR)
    buf_putc(b, '*');
  spell(b, sel->x);
  if (call->list.len)
    buf_puts(b, ", ");
  spell_call_args(b, call);
  buf_putc(b, ')');
  return true;
}

// A promoted field or method: gc spells the embedded fields it goes through,
// as in nm.Counter.n for nm.n. (A field selector's last path entry is the
// field itself; a method's path is all embedded fields.)
static void spell_embedded_path(Buf *b, Node *sel) {
  if (sel->x->is_type || !sel->x->type)
    return;
  int steps = sel->list2.len - (nx(sel)->method ? 0 : 1);
  Type *t = sel->x->type;
  for (int i = 0; i < steps; i++) {
    Type *u = under(t);
    if (u->kind == TY_PTR)
      u = under(u->elem);
    int f = (int)(intptr_t)sel->list2.data[i];
    if (u->kind != TY_STRUCT || f < 0 || f >= u->nfields)
      return;
    buf_printf(b, ".%s", u->fields[f].name);
    t = u->fields[f].type;
  }
}

// gc's operator precedence when it prints an expression (ir's OpPrec):
// an operand of lower precedence than its place needs gets parentheses,
// so **p prints as *(*p) and (a + b) * c keeps its parentheses.
static int spell_prec(Node *n) {
  n = unparen(n);
  switch (n->kind) {
  case N_UNARY: case N_STAR:
    return 7;
  case N_BINARY:
    switch (n->op) {
    case T_LOR: return 1;
    case T_LAND: return 2;
    case T_EQL: case T_NEQ: case T_LSS: case T_LEQ: case T_GTR: case T_GEQ: return 4;
    case T_ADD: case T_SUB: case T_OR: case T_XOR: return 5;
    default: return 6;
    }
  default:
    return 8;
  }
}

static void spell_at(Buf *b, Node *n, int prec) {
  if (spell_prec(n) >= prec) {
    spell(b, n);
    return;
  }
  buf_putc(b, '(');
  spell(b, n);
  buf_putc(b, ')');
}

// gc's ir formatting (used by -m) differs from types2's messages: composite
// literals print as T{...}, conversions as T(x) or (T)(x) for composite types.
static void spell(Buf *b, Node *n) {
  switch (n->kind) {
  case N_COMPOSITE:
    if (n->x)
      spell(b, n->x);
    else if (n->type)   // an elided type: gc spells it out
      buf_puts(b, type_string(n->type, false));
    buf_puts(b, n->list.len ? "{...}" : "{}");
    return;
  case N_UNARY:
    buf_puts(b, tok_name(n->op));
    spell_at(b, n->x, 8);
    return;
  case N_BINARY:
    spell_at(b, n->x, spell_prec(n));
    buf_printf(b, " %s ", tok_name(n->op));
    spell_at(b, n->y, spell_prec(n) + 1);
    return;
  case N_FUNCLIT:
    buf_puts(b, "func literal");
    return;
  case N_CALL:
    if (n->x->is_type && n->x->kind != N_IDENT && n->x->kind != N_PAREN &&
        n->x->kind != N_SELECTOR) {   // T(x), pkg.T(x); ([]T)(x)
      buf_printf(b, "(%s)(", type_string(n->x->type, false));
      spell_list(b, &n->list);
      buf_putc(b, ')');
      return;
    }
    if (spell_method_call(b, n))
      return;
    Node *fn = unparen(n->x);
    if (fn->kind == N_FUNCLIT)   // gc: (func literal)(args)
      buf_puts(b, "(func literal)");
    else
      spell_at(b, n->x, 8);
    buf_putc(b, '(');
    spell_call_args(b, n);
    buf_putc(b, ')');
    return;
  case N_PAREN:
    spell(b, n->x);
    return;
  case N_INDEX:
    spell_at(b, n->x, 8);
    buf_putc(b, '[');
    spell(b, n->y);
    buf_putc(b, ']');
    return;
  case N_SELECTOR:
    spell_at(b, n->x, 8);
    spell_embedded_path(b, n);
    buf_printf(b, ".%s", n->name);
    return;
  case N_STAR:
    buf_putc(b, '*');
    spell_at(b, n->x, 8);
    return;
  default:
    if (n->is_type && n->type) {
      buf_puts(b, type_string(n->type, false));
      return;
    }
    buf_puts(b, expr_string(n));
  }
}

char *stmt_spell(Node *s) {
  Buf b = {0};
  switch (s->kind) {
  case N_ASSIGN:
    spell_list(&b, &s->list);
    buf_printf(&b, " %s ", tok_name(s->op));
    spell_list(&b, &s->list2);
    break;
  case N_RETURN:
    buf_puts(&b, "return");
    if (s->list.len)
      buf_putc(&b, ' ');
    spell_list(&b, &s->list);
    break;
  case N_EXPRSTMT:
    spell(&b, s->x);
    break;
  case N_SENDSTMT:
    spell(&b, s->x);
    buf_puts(&b, " <- ");
    spell(&b, s->y);
    break;
  default:
    break;
  }
  return buf_cstr(&b);
}

// gc's spelling of the assignment that declaring `name` stands for, given
// the N_DECLSTMT or N_VARSPEC: "a = x" for a in `var a, b = x, y` (gc splits
// such a declaration into one assignment per name), "a, b = f()" for a
// single call; "" when name is not there or has no value.
char *decl_spell(Node *decl, const char *name) {
  Vec one = {0};
  const Vec *specs = &decl->list;
  if (decl->kind == N_VARSPEC) {
    vec_push(&one, decl);
    specs = &one;
  }
  for (int i = 0; i < specs->len; i++) {
    Node *spec = specs->data[i];
    const Vec *names = &nx(spec)->names;
    for (int j = 0; spec->kind == N_VARSPEC && j < names->len; j++) {
      if (strcmp(((Node *)names->data[j])->name, name))
        continue;
      Buf b = {0};
      if (spec->list.len == names->len) {
        buf_puts(&b, name);
        buf_puts(&b, " = ");
        spell(&b, spec->list.data[j]);
      } else if (spec->list.len == 1) {
        spell_list(&b, (Vec *)names);
        buf_puts(&b, " = ");
        spell(&b, spec->list.data[0]);
      }
      return buf_cstr(&b);
    }
  }
  return "";
}

char *site_spell(Node *n) {
  Buf b = {0};
  spell(&b, n);
  return buf_cstr(&b);
}

// ---------------------------------------------------------------- constants

IRExpr *const_expr(Const *c, Type *t, Pos pos) {
  if (is_untyped(t))
    t = default_type(t);
  IRExpr *e = new_expr(IR_CONST, pos, t);
  Type *u = under(t);
  if (is_interface(t)) // only reached for typed constants boxed elsewhere
    ice("constant of interface type");
  switch (c->kind) {
  case CV_BOOL: e->ival = c->b; break;
  case CV_INT:
    if (is_float(u)) e->fval = const_float64(c);
    else e->ival = const_to_int64(c);
    break;
  case CV_FLOAT:
    if (is_integer(u)) e->ival = const_to_int64(const_to_int(c) ? const_to_int(c) : c);
    else e->fval = u->kind == TY_FLOAT32 ? (double)const_float32(c) : const_float64(c);
    break;
  case CV_STRING:
    e->sval = c->s;
    e->slen = c->slen;
    break;
  }
  return e;
}

IRExpr *zero_expr(Type *t, Pos pos) { return new_expr(IR_ZERO, pos, t); }

// ---------------------------------------------------------------- conversions

// gc's position for an expression node: calls and composite literals are
// at their '(' or '{', everything else where the parser put it.
Pos gc_pos(Node *n) {
  n = unparen(n);
  if (n->kind == N_CALL || n->kind == N_COMPOSITE)
    return nx(n)->lparen;
  return n->pos;
}

// The position of an expression's first token (gc reports implicit
// conversions in assignments there).
Pos expr_start(Node *n) {
  for (;;) {
    switch (n->kind) {
    case N_SELECTOR: case N_INDEX: case N_SLICEEXPR: case N_CALL: case N_TYPEASSERT:
    case N_BINARY:
      n = n->x;
      continue;
    default:
      return n->pos;
    }
  }
}

// Where gc reports the implicit conversions of a list of values (a var
// declaration's, append's, a return's): at the last value that is not a
// constant, or at `start` when all are constants.
static Pos nonconst_pos(Vec *values, int from, Pos start, bool addr_operand) {
  Pos cur = start;
  for (int i = from; i < values->len; i++) {
    Node *v = unparen(values->data[i]);
    if (addr_operand && v->kind == N_UNARY && v->op == T_AND)
      v = unparen(v->x);
    if (!v->cval)
      cur = gc_pos(v);
  }
  return cur;
}

Pos last_nonconst_pos(Vec *values, int from, Pos start) {
  return nonconst_pos(values, from, start, false);
}

// A var declaration's conversions (var w io.Writer = &T{}): as
// last_nonconst_pos, but a value &x is reported at x, the node gc's type
// checker visited last there.
Pos decl_conv_pos(Vec *values, Pos start) { return nonconst_pos(values, 0, start, true); }

// The position gc's type checker last visited in n: the rightmost operand
// that is not a constant (panic("error: " + s) reports its box at s), the
// operand of & (panic(&x) at x, panic(&T{}) at its brace).
Pos last_operand_pos(Node *n) {
  n = unparen(n);
  if (n->kind == N_UNARY && n->op == T_AND)
    return last_operand_pos(n->x);
  if (n->kind == N_BINARY) {
    if (!n->y->cval)
      return last_operand_pos(n->y);
    if (!n->x->cval)
      return last_operand_pos(n->x);
  }
  return gc_pos(n);
}

bool is_plain_name(Node *n) {
  n = unparen(n);
  if (n && n->kind == N_SELECTOR && n->obj && n->obj->kind == OBJ_VAR && n->obj->pkgfunc)
    return true;   // a package variable (os.Stdout) is a name to gc
  if (n && n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_CONST)
    return false;   // a constant is a literal to gc (true, a const name)
  return n && n->kind == N_IDENT;
}

// Converts e to type t for assignment: a concrete value going into an
// interface is boxed. box_pos is where gc reports the implicit conversion —
// it depends on the context (see the callers); src gives its spelling.
IRExpr *convert_value(IRExpr *e, Type *t, Node *src, Pos box_pos) {
  if (!t || !e->type || types_identical(e->type, t))
    return e;
  if (is_interface(t) && !is_interface(e->type)) {
    note_boxed(e->type);
    IRExpr *b = new_expr(IR_BOX, box_pos, t);
    b->x = e;
    b->src = src;
    if (!is_pointer_shaped(e->type))
      b->site = new_site(SITE_BOX, box_pos, src ? site_spell(src) : "value", e->type);
    return b;
  }
  if (is_interface(t)) // interface to interface: same representation
    return e;
  // Identical underlying types (named <-> unnamed) need no code.
  IRExpr *c = new_expr(IR_CONV, e->pos, t);
  c->x = e;
  return c;
}

IRExpr *lower_assigned(Node *n, Type *t, Pos box_pos) {
  IRExpr *e = lower_expr(n);
  if (e->kind == IR_ZERO && n->type && n->type->kind == TY_UNTYPED_NIL)
    return zero_expr(t, n->pos);
  return convert_value(e, t, n, box_pos);
}

// ---------------------------------------------------------------- places

// Follows the fields of sel's path from x, dereferencing embedded pointers
// on the way (the path the checker recorded for a promoted field or method).
IRExpr *field_path(IRExpr *x, Node *sel) {
  Type *t = x->type;
  for (int i = 0; i < sel->list2.len; i++) {
    int f = (int)(intptr_t)sel->list2.data[i];
    if (under(t)->kind == TY_PTR) {
      IRExpr *d = new_expr(IR_DEREF, sel->pos, under(t)->elem);
      d->x = x;
      x = d;
      t = d->type;
    }
    Type *st = under(t);
    IRExpr *fe = new_expr(IR_FIELD, sel->pos, st->fields[f].type);
    fe->x = x;
    fe->field = f;
    x = fe;
    t = fe->type;
  }
  return x;
}

static IRExpr *index_expr(Node *n) {
  if (is_map_index(n))
    return lower_map_index(n);
  IRExpr *x = lower_expr(n->x);
  IRExpr *i = lower_expr(n->y);
  Type *u = under(x->type);
  IRKind k;
  if (u->kind == TY_PTR) { // (*array)[i]; -m=2 spells the implicit deref as the pointer, there
    IRExpr *d = new_expr(IR_DEREF, n->x->pos, u->elem);
    d->src = n->x;
    d->x = x;
    x = d;
    u = under(u->elem);
  }
  if (u->kind == TY_ARRAY)
    k = IR_INDEX;
  else if (u->kind == TY_SLICE)
    k = IR_SLICEINDEX;
  else
    k = IR_STRINDEX;
  IRExpr *e = new_expr(k, n->pos, n->type);
  e->x = x;
  e->y = convert_value(i, ty_int, n->y, n->pos);
  if (!is_integer(i->type) || under(i->type)->kind != TY_INT) {
    IRExpr *c = new_expr(IR_CONV, i->pos, ty_int);
    c->x = i;
    e->y = is_unsigned(i->type) && int_bits(i->type) == 64 ? i : c;
  }
  return e;
}

static IRExpr *slice_expr(Node *n) {
  IRExpr *x = lower_expr(n->x);
  Type *u = under(x->type);
  if (u->kind == TY_ARRAY) { // a[lo:hi] takes the address of the array
    IRExpr *a = new_expr(IR_ADDR, gc_pos(n->x), ptr_to(x->type));
    a->x = x;
    a->src = n->x;
    x = a;
  }
  IRExpr *e = new_expr(IR_SLICE, n->pos, n->type);
  e->x = x;
  Node *idx[3] = {n->y, nx(n)->z, nx(n)->w};
  IRExpr **out[3] = {&e->y, &e->z, &e->w};
  for (int i = 0; i < 3; i++) {
    if (!idx[i])
      continue;
    IRExpr *v = lower_expr(idx[i]);
    if (under(v->type)->kind != TY_INT) {
      IRExpr *c = new_expr(IR_CONV, v->pos, ty_int);
      c->x = v;
      v = c;
    }
    *out[i] = v;
  }
  return e;
}

// ---------------------------------------------------------------- literals

static IRExpr *composite(Node *n) {
  Type *t = n->type;
  Type *u = under(t);
  if (u->kind == TY_MAP)
    return lower_map_lit(n);
  Vec vals = {0};
  Vec idxs = {0};
  int64_t next = 0, count = 0;
  for (int i = 0; i < n->list.len; i++) {
    Node *e = n->list.data[i];
    Node *val = e;
    Type *et;
    int64_t at;
    if (u->kind == TY_STRUCT) {
      if (e->kind == N_KEYVALUE) {
        at = e->x->checked - 1;
        val = e->y;
      } else {
        at = i;
      }
      et = u->fields[at].type;
    } else {
      if (e->kind == N_KEYVALUE) {
        next = const_to_int64(e->x->cval);
        val = e->y;
      }
      at = next++;
      et = u->elem;
      if (next > count)
        count = next;
    }
    vec_push(&vals, lower_assigned(val, et, e->kind == N_KEYVALUE ? e->pos : gc_pos(val)));
    int64_t *p = xmalloc(sizeof(int64_t));
    *p = at;
    vec_push(&idxs, p);
  }
  IRExpr *r = new_expr(u->kind == TY_SLICE ? IR_SLICELIT : IR_COMPLIT, nx(n)->lparen, t);
  r->nargs = vals.len;
  r->args = (IRExpr **)vals.data;
  r->idx = xmalloc(sizeof(int64_t) * (vals.len + 1));
  for (int i = 0; i < vals.len; i++)
    r->idx[i] = *(int64_t *)idxs.data[i];
  if (u->kind == TY_SLICE)
    r->site = new_site(SITE_SLICELIT, nx(n)->lparen, site_spell(n), array_of(u->elem, count));
  return r;
}

static IRExpr *addr_of(Node *n) {
  Node *x = unparen(n->x);
  if (x->kind == N_COMPOSITE) {
    IRExpr *lit = composite(x);
    lit->src = x; // -m=2 spells the literal itself: "User{...}"
    IRExpr *e = new_expr(IR_ADDRLIT, n->pos, n->type);
    if (lit->kind == IR_SLICELIT) { // &[]T{...}: the slice header itself is the object
      e->x = lit;
    } else {
      e->x = lit;
    }
    e->site = new_site(SITE_ADDRLIT, n->pos, site_spell(n), x->type);
    return e;
  }
  IRExpr *e = new_expr(IR_ADDR, n->pos, n->type);
  e->x = lower_expr(n->x);
  return e;
}

// ---------------------------------------------------------------- operators

static void flatten_concat(Node *n, Vec *parts) {
  Node *b = unparen(n);
  if (b->kind == N_BINARY && b->op == T_ADD && !b->cval && is_string(b->type)) {
    flatten_concat(b->x, parts);
    flatten_concat(b->y, parts);
    return;
  }
  vec_push(parts, lower_assigned(n, n->type, gc_pos(n)));
}

// gc compares an interface with a concrete value without boxing it: the
// box is a temporary that never escapes and is not reported by -m.
IRExpr *quiet_box(IRExpr *b) {
  if (b->kind == IR_BOX && b->site) {
    b->site->quiet = true;
    b->site->verdict = V_STACK;
  }
  return b;
}

static IRExpr *binary(Node *n) {
  if (n->op == T_LAND || n->op == T_LOR) {
    IRExpr *e = new_expr(n->op == T_LAND ? IR_ANDAND : IR_OROR, n->pos, n->type);
    e->x = lower_expr(n->x);
    e->y = lower_expr(n->y);
    return e;
  }
  if (n->op == T_ADD && is_string(n->type)) {
    Vec parts = {0};
    flatten_concat(n, &parts);
    IRExpr *e = new_expr(IR_CONCAT, n->pos, n->type);
    e->nargs = parts.len;
    e->args = (IRExpr **)parts.data;
    e->site = new_site(SITE_CONCAT, n->pos, site_spell(n), array_of(ty_uint8, 32));
    return e;
  }
  IRExpr *x = lower_expr(n->x);
  IRExpr *y = lower_expr(n->y);
  bool cmp = n->op >= T_EQL && n->op <= T_GEQ;
  if (cmp) {
    // Operands meet in one type: nil takes the other side's type; a concrete
    // value compared with an interface is boxed.
    if (x->kind == IR_ZERO && n->x->type->kind == TY_UNTYPED_NIL)
      x = zero_expr(y->type, n->x->pos);
    else if (y->kind == IR_ZERO && n->y->type->kind == TY_UNTYPED_NIL)
      y = zero_expr(x->type, n->y->pos);
    else if (is_interface(x->type) && !is_interface(y->type))
      y = quiet_box(convert_value(y, x->type, n->y, n->pos));
    else if (is_interface(y->type) && !is_interface(x->type))
      x = quiet_box(convert_value(x, y->type, n->x, n->pos));
  }
  IRExpr *e = new_expr(IR_BINARY, n->pos, is_untyped(n->type) ? default_type(n->type) : n->type);
  e->op = n->op;
  e->x = x;
  e->y = y;
  return e;
}

static IRExpr *unary(Node *n) {
  if (n->op == T_AND)
    return addr_of(n);
  if (n->op == T_ARROW)
    return lower_recv(n);
  IRExpr *x = lower_expr(n->x);
  if (n->op == T_ADD)
    return x;
  IRExpr *e = new_expr(IR_UNARY, n->pos, x->type);
  e->op = n->op;
  e->x = x;
  return e;
}

// ---------------------------------------------------------------- dispatch

static IRExpr *lower_expr_node(Node *n);

IRExpr *lower_expr(Node *n) {
  IRExpr *e = lower_expr_node(n);
  if (!e->src)
    e->src = n;
  return e;
}

static IRExpr *lower_expr_node(Node *n) {
  if (n->cval) {
    Type *t = n->type;
    if (!t || is_interface(t))
      t = default_type(n->cval->kind == CV_BOOL ? ty_untyped_bool
                       : n->cval->kind == CV_STRING ? ty_untyped_string
                       : n->cval->kind == CV_FLOAT ? ty_untyped_float : ty_untyped_int);
    return const_expr(n->cval, t, n->pos);
  }
  switch (n->kind) {
  case N_PAREN:
    return lower_expr(n->x);
  case N_IDENT: {
    Obj *o = n->obj;
    if (!o)
      ice("unresolved identifier %s", n->name);
    if (o->kind == OBJ_NIL)
      return zero_expr(n->type, n->pos);
    if (o->kind == OBJ_FUNC)
      return lower_func_value(n);
    Var *v = capture_var(L.fn, var_of(o), n->pos);   // a closure's copy of an outer variable
    IRExpr *e = new_expr(IR_VAR, n->pos, v->type);
    e->var = v;
    return e;
  }
  case N_SELECTOR:
    if (n->obj && n->obj->pkgfunc && n->obj->kind == OBJ_VAR) {
      IRExpr *e = new_expr(IR_RTCALL, n->pos, n->type);   // os.Args: a getter in C
      e->rtsym = n->obj->pkgfunc->csym;
      return e;
    }
    if (n->obj && n->obj->pkgfunc)
      return lower_pkgfunc_value(n);   // lower_pkgfunc.c
    if (nx(n)->method)
      return lower_method_value(n);   // lower_method.c
    return field_path(lower_expr(n->x), n);
  case N_TYPEASSERT:
    return lower_type_assert(n, n->type && n->type->kind == TY_TUPLE);
  case N_INDEX:
    return index_expr(n);
  case N_SLICEEXPR:
    return slice_expr(n);
  case N_STAR: {
    IRExpr *e = new_expr(IR_DEREF, n->pos, n->type);
    e->x = lower_expr(n->x);
    return e;
  }
  case N_UNARY:
    return unary(n);
  case N_BINARY:
    return binary(n);
  case N_CALL:
    return lower_call(n);
  case N_COMPOSITE:
    return composite(n);
  case N_FUNCLIT:
    return lower_func_lit(n);
  default:
    ice("cannot lower expression kind %d", n->kind);
  }
}
