// lower/expr.c — typed AST expressions to IR. This is where Go's implicit
// operations become explicit nodes: automatic dereference of p.f, boxing of
// values assigned to interfaces, the slice behind a variadic call, and every
// allocation site (new, &T{}, make, slice literals, string conversions and
// concatenation) with gc's position and spelling for -m.
#include "internal.h"

#include <stdlib.h>
#include <string.h>

IRExpr *new_expr(IRKind k, Pos pos, Type *t) {
  IRExpr *e = arena_alloc(sizeof(IRExpr));
  e->kind = k;
  e->pos = pos;
  e->type = t;
  return e;
}

// spell is the site's own spelling (self_spell): where gc's front end holds
// the value in a temporary ((&T{...}).M() with a call inside: t := &T{...};
// t.M()), the allocation is still reported as &T{...}.
Site *new_site(Lowerer *l, SiteKind k, Pos pos, const char *spell, Type *t) {
  Site *s = arena_alloc(sizeof(Site));
  s->id = l->pkg->prog->sites.len + 1;
  s->kind = k;
  s->pos = pos;
  s->spell = (char *)spell;
  s->verdict_spell = verdict_spelling(spell);
  s->type = t;
  s->count = -1;
  s->fn = l->fn;
  s->loop_depth = l->loop_depth;
  vec_push(&l->pkg->prog->sites, s);
  if (l->fn)
    vec_push(&l->fn->sites, s);
  return s;
}

// ---------------------------------------------------------------- constants

IRExpr *const_expr(Const *c, Type *t, Pos pos) {
  if (is_untyped(t))
    t = default_type(t);
  IRExpr *e = new_expr(IR_CONST, pos, t);
  Type *u = under(t);
  if (is_interface(t)) // only reached for typed constants boxed elsewhere
    ice("constant of interface type");
  if (is_complex(u)) {   // each part rounded to the type's floats
    bool f32 = u->kind == TY_COMPLEX64;
    e->fval = f32 ? (double)const_float32(const_real(c)) : const_float64(const_real(c));
    e->fimag = f32 ? (double)const_float32(const_imag(c)) : const_float64(const_imag(c));
    return e;
  }
  switch (c->kind) {
  case CV_BOOL: e->ival = c->b; break;
  case CV_INT:
    if (is_float(u)) e->fval = const_float64(c);
    else e->ival = const_to_int64(c);
    break;
  case CV_FLOAT: case CV_COMPLEX:   // a complex constant here has no imaginary part
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

// The position of the last expression node gc's irgen visits in n (its
// base.Pos afterwards), or a zero Pos when n is a constant: irgen visits an
// expression before its operands, left to right, skips constants, a
// composite literal's type and field names and a package name; a call (not
// a conversion, nor a builtin's with an operand visited: len(s) leaves s)
// sets the position back to its own '('.
static Pos last_visited(Node *n) {
  Pos none = {0};
  n = unparen(n);
  if (!n || n->cval || n->is_type)
    return none;
  Pos p;
  switch (n->kind) {
  case N_IDENT: case N_FUNCLIT: case N_BASICLIT:
    return n->pos;
  case N_CALL: {
    bool builtin = unparen(n->x)->obj && unparen(n->x)->obj->kind == OBJ_BUILTIN;
    if (!n->x->is_type && !builtin)
      return nx(n)->lparen;
    for (int i = n->list.len - 1; i >= 0; i--)
      if ((p = last_visited(n->list.data[i])).line)
        return p;
    return builtin ? nx(n)->lparen : gc_pos(n);
  }
  case N_COMPOSITE:
    for (int i = n->list.len - 1; i >= 0; i--) {
      Node *e = unparen(n->list.data[i]);
      if (e->kind == N_KEYVALUE) {
        if ((p = last_visited(e->y)).line)
          return p;
        Type *u = n->type ? under(n->type) : NULL;
        if (u && u->kind == TY_PTR)
          u = under(u->elem);
        if (u && u->kind != TY_STRUCT && (p = last_visited(e->x)).line)
          return p;
        continue;
      }
      if ((p = last_visited(e)).line)
        return p;
    }
    return gc_pos(n);
  case N_SELECTOR:
    if (n->x->kind == N_IDENT && n->x->obj && n->x->obj->kind == OBJ_PKG)
      return n->pos;
    break;
  case N_SLICEEXPR:
    if ((p = last_visited(nx(n)->w)).line || (p = last_visited(nx(n)->z)).line)
      return p;
    break;
  default:
    break;
  }
  if (n->kind > N_BINARY)
    return n->pos;
  if (n->kind != N_SELECTOR && n->kind != N_TYPEASSERT && (p = last_visited(n->y)).line)
    return p;
  if ((p = last_visited(n->x)).line)
    return p;
  return gc_pos(n);
}

// A var declaration's conversions (var w io.Writer = upper{s: x}): at the
// last expression node irgen visited in its values (x), or at `start` when
// all are constants.
Pos decl_conv_pos(Vec *values, Pos start) {
  Pos cur = start, p;
  for (int i = 0; i < values->len; i++)
    if ((p = last_visited(values->data[i])).line)
      cur = p;
  return cur;
}

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
  if (n && n->kind == N_SELECTOR && n->obj && n->obj->kind == OBJ_VAR &&
      n->obj->home)
    return true;   // a package variable (os.Stdout, geom.Count) is a name to gc
  if (n && n->kind == N_IDENT && n->obj && (n->obj->kind == OBJ_CONST || n->obj->kind == OBJ_NIL))
    return false;   // a constant is a literal to gc (true, a const name), nil a fresh node
  return n && n->kind == N_IDENT;
}

// Converts e to type t for assignment: a concrete value going into an
// interface is boxed. box_pos is where gc reports the implicit conversion —
// it depends on the context (see the callers); src gives its spelling.
IRExpr *convert_value(Lowerer *l, IRExpr *e, Type *t, Node *src, Pos box_pos) {
  if (!t || !e->type || types_identical(e->type, t))
    return e;
  if (is_interface(t) && !is_interface(e->type)) {
    note_boxed(l, e->type);
    IRExpr *b = new_expr(IR_BOX, box_pos, t);
    b->x = e;
    b->src = src;
    if (!is_pointer_shaped(e->type))
      b->site = new_site(l, SITE_BOX, box_pos, src ? box_spell(src) : "value", e->type);
    return b;
  }
  if (is_interface(t)) {   // interface to interface: the same representation, but gc's
    IRExpr *c = new_expr(IR_CONV, box_pos, t);   // OCONVIFACE, which -m=2 notes
    c->x = e;                                    // "interface-converted" at box_pos
    c->src = src;
    return c;
  }
  // Identical underlying types (named <-> unnamed) need no code.
  IRExpr *c = new_expr(IR_CONV, e->pos, t);
  c->x = e;
  return c;
}

IRExpr *lower_assigned(Lowerer *l, Node *n, Type *t, Pos box_pos) {
  IRExpr *e = lower_expr(l, n);
  if (e->kind == IR_ZERO && n->type && n->type->kind == TY_UNTYPED_NIL)
    return zero_expr(t, n->pos);
  return convert_value(l, e, t, n, box_pos);
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

// Records n, an index into array type u or into a constant string, when
// its index is not a constant and its shape keeps it in range (bounds.c).
static void note_if_in_range(Lowerer *l, Node *n, Type *u) {
  Node *x = unparen(n->x);
  int64_t len = u->kind == TY_ARRAY ? u->len
                : x->cval && x->cval->kind == CV_STRING ? x->cval->slen : -1;
  if (len < 0 || unparen(n->y)->cval || !index_in_range(n->y, len))
    return;
  Pos *p = xmalloc(sizeof(Pos));
  *p = n->pos;
  vec_push(&l->pkg->prog->bounded_indexes, p);
}

static IRExpr *index_expr(Lowerer *l, Node *n) {
  if (is_map_index(n))
    return lower_map_index(l, n);
  IRExpr *x = lower_expr(l, n->x);
  IRExpr *i = lower_expr(l, n->y);
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
  note_if_in_range(l, n, u);
  e->y = convert_value(l, i, ty_int, n->y, n->pos);
  if (!is_integer(i->type) || under(i->type)->kind != TY_INT) {
    IRExpr *c = new_expr(IR_CONV, i->pos, ty_int);
    c->x = i;
    e->y = is_unsigned(i->type) && int_bits(i->type) == 64 ? i : c;
  }
  return e;
}

static IRExpr *slice_expr(Lowerer *l, Node *n) {
  IRExpr *x = lower_expr(l, n->x);
  Type *u = under(x->type);
  if (u->kind == TY_ARRAY) { // a[lo:hi] takes the address of the array
    IRExpr *a = new_expr(IR_ADDR, expr_start(n->x), ptr_to(x->type));   // (gc: at b of b.arr)
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
    IRExpr *v = lower_expr(l, idx[i]);
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

static IRExpr *composite(Lowerer *l, Node *n) {
  Type *t = n->type;
  Type *u = under(t);
  if (u->kind == TY_MAP)
    return lower_map_lit(l, n);
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
    vec_push(&vals, lower_assigned(l, val, et, e->kind == N_KEYVALUE ? e->pos : gc_pos(val)));
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
    r->site = new_site(l, SITE_SLICELIT, nx(n)->lparen, self_spell(n), array_of(u->elem, count));
  return r;
}

static IRExpr *addr_of(Lowerer *l, Node *n) {
  Node *x = unparen(n->x);
  if (x->kind == N_COMPOSITE) {
    IRExpr *lit = composite(l, x);
    lit->src = x; // -m=2 spells the literal itself: "User{...}"
    IRExpr *e = new_expr(IR_ADDRLIT, n->pos, n->type);
    if (lit->kind == IR_SLICELIT) { // &[]T{...}: the slice header itself is the object
      e->x = lit;
    } else {
      e->x = lit;
    }
    e->site = new_site(l, SITE_ADDRLIT, n->pos, self_spell(n), x->type);
    return e;
  }
  IRExpr *e = new_expr(IR_ADDR, n->pos, n->type);
  e->x = lower_expr(l, n->x);
  return e;
}

// ---------------------------------------------------------------- operators

static void flatten_concat(Lowerer *l, Node *n, Vec *parts) {
  Node *b = unparen(n);
  if (b->kind == N_BINARY && b->op == T_ADD && !b->cval && is_string(b->type)) {
    flatten_concat(l, b->x, parts);
    flatten_concat(l, b->y, parts);
    return;
  }
  vec_push(parts, lower_assigned(l, n, n->type, gc_pos(n)));
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

static IRExpr *binary(Lowerer *l, Node *n) {
  if (n->op == T_LAND || n->op == T_LOR) {
    IRExpr *e = new_expr(n->op == T_LAND ? IR_ANDAND : IR_OROR, n->pos, n->type);
    e->x = lower_expr(l, n->x);
    e->y = lower_expr(l, n->y);
    return e;
  }
  if (n->op == T_ADD && is_string(n->type)) {
    Vec parts = {0};
    flatten_concat(l, n, &parts);
    IRExpr *e = new_expr(IR_CONCAT, n->pos, n->type);
    e->nargs = parts.len;
    e->args = (IRExpr **)parts.data;
    e->site = new_site(l, SITE_CONCAT, n->pos, self_spell(n), array_of(ty_uint8, 32));
    return e;
  }
  IRExpr *x = lower_expr(l, n->x);
  IRExpr *y = lower_expr(l, n->y);
  bool cmp = n->op >= T_EQL && n->op <= T_GEQ;
  if (cmp) {
    // Operands meet in one type: nil takes the other side's type; a concrete
    // value compared with an interface is boxed.
    if (x->kind == IR_ZERO && n->x->type->kind == TY_UNTYPED_NIL)
      x = zero_expr(y->type, n->x->pos);
    else if (y->kind == IR_ZERO && n->y->type->kind == TY_UNTYPED_NIL)
      y = zero_expr(x->type, n->y->pos);
    else if (is_interface(x->type) && !is_interface(y->type))
      y = quiet_box(convert_value(l, y, x->type, n->y, n->pos));
    else if (is_interface(y->type) && !is_interface(x->type))
      x = quiet_box(convert_value(l, x, y->type, n->x, n->pos));
  }
  IRExpr *e = new_expr(IR_BINARY, n->pos, is_untyped(n->type) ? default_type(n->type) : n->type);
  e->op = n->op;
  e->x = x;
  e->y = y;
  return e;
}

static IRExpr *unary(Lowerer *l, Node *n) {
  if (n->op == T_AND)
    return addr_of(l, n);
  if (n->op == T_ARROW)
    return lower_recv(l, n);
  IRExpr *x = lower_expr(l, n->x);
  if (n->op == T_ADD)
    return x;
  IRExpr *e = new_expr(IR_UNARY, n->pos, x->type);
  e->op = n->op;
  e->x = x;
  return e;
}

// ---------------------------------------------------------------- dispatch

static IRExpr *lower_expr_node(Lowerer *l, Node *n);

// x is the name of an imported package (x.Name selects a member of it).
static bool is_package_name(Node *x) {
  x = unparen(x);
  return x && x->kind == N_IDENT && x->obj && x->obj->kind == OBJ_PKG;
}

IRExpr *lower_expr(Lowerer *l, Node *n) {
  IRExpr *e = lower_expr_node(l, n);
  if (!e->src)
    e->src = n;
  return e;
}

static IRExpr *lower_expr_node(Lowerer *l, Node *n) {
  if (n->cval) {
    Type *t = n->type;
    if (!t || is_interface(t))
      t = default_type(n->cval->kind == CV_BOOL ? ty_untyped_bool
                       : n->cval->kind == CV_STRING ? ty_untyped_string
                       : n->cval->kind == CV_COMPLEX ? ty_untyped_complex
                       : n->cval->kind == CV_FLOAT ? ty_untyped_float : ty_untyped_int);
    return const_expr(n->cval, t, n->pos);
  }
  switch (n->kind) {
  case N_PAREN:
    return lower_expr(l, n->x);
  case N_IDENT: {
    Obj *o = n->obj;
    if (!o)
      ice("unresolved identifier %s", n->name);
    if (o->kind == OBJ_NIL)
      return zero_expr(n->type, n->pos);
    if (o->kind == OBJ_FUNC)
      return lower_func_value(n);
    Var *v = capture_var(l->fn, var_of(o), n->pos);   // a closure's copy of an outer variable
    IRExpr *e = new_expr(IR_VAR, n->pos, v->type);
    e->var = v;
    return e;
  }
  case N_SELECTOR:
    if (n->obj && n->obj->home && is_package_name(n->x)) {   // geom.F, geom.Count
      if (n->obj->kind == OBJ_FUNC)
        return lower_func_value(n);
      IRExpr *e = new_expr(IR_VAR, n->pos, n->type);
      e->var = var_of(n->obj);
      return e;
    }
    if (nx(n)->method)
      return lower_method_value(l, n);   // lower/method.c
    return field_path(lower_expr(l, n->x), n);
  case N_TYPEASSERT:
    return lower_type_assert(l, n, n->type && n->type->kind == TY_TUPLE);
  case N_INDEX:
    return index_expr(l, n);
  case N_SLICEEXPR:
    return slice_expr(l, n);
  case N_STAR: {
    IRExpr *e = new_expr(IR_DEREF, n->pos, n->type);
    e->x = lower_expr(l, n->x);
    return e;
  }
  case N_UNARY:
    return unary(l, n);
  case N_BINARY:
    return binary(l, n);
  case N_CALL:
    return lower_call(l, n);
  case N_COMPOSITE:
    return composite(l, n);
  case N_FUNCLIT:
    return lower_func_lit(l, n);
  default:
    ice("cannot lower expression kind %d", n->kind);
  }
}
