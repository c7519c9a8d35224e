// lower.c — the typed AST of a package to escgo's IR (ir/ir.h): functions,
// variables, statements and package initialization. Control flow is kept
// structured (if/for/switch) and Go's evaluation rules are made explicit with
// temporaries: range loops, tuple assignment, op-assignment.
//
// A variable whose address is taken (&x, x[:] of an array) gets an allocation
// site of its own (SITE_VAR): escape analysis decides whether it lives on the
// stack or is "moved to heap".
#include "internal.h"

#include <string.h>



// ---------------------------------------------------------------- building blocks

IRStmt *new_stmt(Lowerer *l, IRStmtKind k, Pos pos) {
  IRStmt *s = arena_alloc(sizeof(IRStmt));
  s->kind = k;
  s->pos = pos;
  s->src = l->cur_stmt;
  return s;
}

void emit(Lowerer *l, IRStmt *s) { vec_push(l->block, s); }

Var *new_var(Lowerer *l, VarKind k, const char *name, Type *t, Pos pos) {
  Var *v = arena_alloc(sizeof(Var));
  v->kind = k;
  v->name = (char *)name;
  v->type = t;
  v->pos = pos;
  v->fn = k == VAR_GLOBAL ? NULL : l->fn;
  v->loop_depth = l->loop_depth;
  if (l->fn && k != VAR_GLOBAL) {
    v->id = l->fn->vars.len + 1;
    vec_push(&l->fn->vars, v);
  }
  return v;
}

Var *temp_var(Lowerer *l, IRExpr *init, Pos pos) {
  Var *v = new_var(l, VAR_TEMP, xfmt(".autotmp_%d", ++l->ntemps), init->type, pos);
  v->temp_init = init;
  IRStmt *s = new_stmt(l, IR_S_DECL, pos);
  s->var = v;
  s->x = init;
  emit(l, s);
  return v;
}

IRExpr *temp(Lowerer *l, IRExpr *e) {
  if (e->kind == IR_CONST || e->kind == IR_ZERO)
    return e;
  Var *v = temp_var(l, e, e->pos);
  IRExpr *r = new_expr(IR_VAR, e->pos, v->type);
  r->var = v;
  return r;
}

// One value of a parallel assignment (a, b = x, y), held until all are
// evaluated; escape/ lets it stand for the variable it is stored into, as
// gc's analysis (which runs before temporaries exist) sees `a = x, b = y`.
static IRExpr *pair_temp(Lowerer *l, IRExpr *e) {
  e = temp(l, e);
  if (e->kind == IR_VAR)
    e->var->pair_temp = true;
  return e;
}

Var *var_of(Obj *o) {
  if (!o->ir)
    ice("variable %s has no IR variable", o->name);
  return o->ir;
}

static IRExpr *var_ref(Var *v, Pos pos) {
  IRExpr *e = new_expr(IR_VAR, pos, v->type);
  e->var = v;
  return e;
}

static IRStmt *block_of(Lowerer *l, Vec *stmts, Pos pos) {
  IRStmt *b = new_stmt(l, IR_S_BLOCK, pos);
  b->stmts = (IRStmt **)stmts->data;
  b->nstmts = stmts->len;
  return b;
}

// A fresh Var for a declared object; address-taken ones get a SITE_VAR.
static Var *declare_var(Lowerer *l, Obj *o, VarKind k) {
  Var *v = new_var(l, k, o->name, o->type, o->pos);
  o->ir = v;
  v->reassigned = (o->capflags & CAP_REASSIGNED) != 0;
  // Variables over gc's stack limit (10 MB; -smallframes: 128 KB) need
  // storage of their own too: gc moves them to the heap even when their
  // address is never taken.
  if ((o->mark & MARK_ADDRTAKEN) || captured_byref(o) ||
      (k == VAR_LOCAL && type_size(o->type) > max_stack_var_size())) {
    v->addrtaken = true;
    v->site = new_site(l, SITE_VAR, o->pos, o->name, o->type);
    v->site->var = v;
  }
  return v;
}

static void assign(Lowerer *l, IRExpr *place, IRExpr *value, Pos pos) {
  IRStmt *s = new_stmt(l, IR_S_ASSIGN, pos);
  s->x = place;
  s->y = value;
  emit(l, s);
}

// ---------------------------------------------------------------- address-taken pre-pass

static void mark_root(Node *n) {
  for (;;) {
    if (n->kind == N_PAREN)
      n = n->x;
    else if (n->kind == N_SELECTOR && n->x->type && under(n->x->type)->kind != TY_PTR &&
             n->list2.len == 1)
      n = n->x;
    else if (n->kind == N_INDEX && n->x->type && under(n->x->type)->kind == TY_ARRAY)
      n = n->x;
    else
      break;
  }
  if (n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_VAR)
    n->obj->mark |= MARK_ADDRTAKEN;
}

// Marks the variable whose address n takes, if any (one node, not its
// operands). capture_prepass (lower/closure.c) calls it on every node of a
// function while it walks the body anyway, so finding address-taken
// variables costs no walk of its own.
void mark_addr_taken(Node *n) {
  if (n->kind == N_UNARY && n->op == T_AND)
    mark_root(n->x);
  if (n->kind == N_SLICEEXPR && n->x->type && under(n->x->type)->kind == TY_ARRAY)
    mark_root(n->x);
  if (n->kind == N_SELECTOR && n->list2.len > 1 && !nx(n)->method)
    mark_root(n->x); // promoted fields through embedded pointers may need &x
  if (n->kind == N_SELECTOR && nx(n)->method && nx(n)->method->func &&
      nx(n)->method->ptr_recv &&
      !n->method_indirect && !n->x->is_type)
    mark_root(n->x); // x.M() with a pointer receiver takes &x
}

static void scan_vec(Vec *v) {
  for (int i = 0; i < v->len; i++)
    scan_addr(v->data[i]);
}

// mark_addr_taken on every node of n: for code the capture pre-pass does not
// walk (func literals in package-level initialisers, range keys).
void scan_addr(Node *n) {
  if (!n || n->kind == N_IDENT || n->kind == N_BASICLIT)   // leaves: no need to read their other cache lines
    return;
  mark_addr_taken(n);
  Node *kids[] = {n->x, n->y, nx(n)->z, nx(n)->w, n->init, n->post, n->body, n->els, nx(n)->key, nx(n)->value};
  for (size_t i = 0; i < sizeof(kids) / sizeof(kids[0]); i++)
    if (kids[i] && !kids[i]->is_type)
      scan_addr(kids[i]);
  if (n->kind != N_SELECTOR)
    scan_vec(&n->list2);
  scan_vec(&n->list);
}

// ---------------------------------------------------------------- statements

static void lower_stmt(Lowerer *l, Node *s);

static IRStmt *lower_block(Lowerer *l, Vec *stmts, Pos pos) {
  Vec *saved = l->block;
  Vec body = {0};
  l->block = &body;
  int last_label = last_label_index(stmts);
  for (int i = 0; i < stmts->len; i++) {
    lower_stmt(l, stmts->data[i]);
    if (i > last_label && dead_after(stmts->data[i])) {   // gc's deadcode: nothing after runs
      for (int j = i + 1; j < stmts->len; j++)
        l->fn->nclosures += dropped_func_lits(stmts->data[j]);
      break;
    }
  }
  l->block = saved;
  return block_of(l, &body, pos);
}

// Evaluates the operands of a place now (index values, pointers) so that
// a later store sees the values Go's two-phase assignment requires.
//
// With names_late (op-assignment, x++), plain variables are left to be read at
// the store, after calls on the right side — gc's order of evaluation.
static IRExpr *stable_operand(Lowerer *l, IRExpr *e, bool names_late) {
  return names_late && e->kind == IR_VAR ? e : temp(l, e);
}

static IRExpr *stable_place_mode(Lowerer *l, IRExpr *p, bool names_late) {
  switch (p->kind) {
  case IR_VAR:
    return p;
  case IR_DEREF:
    p->x = stable_operand(l, p->x, names_late);
    return p;
  case IR_FIELD:
    p->x = stable_place_mode(l, p->x, names_late);
    return p;
  case IR_INDEX:
    p->x = stable_place_mode(l, p->x, names_late);
    p->y = stable_operand(l, p->y, names_late);
    return p;
  case IR_SLICEINDEX: case IR_MAPINDEX:
    p->x = stable_operand(l, p->x, names_late);
    p->y = stable_operand(l, p->y, names_late);
    return p;
  default:
    return p;
  }
}

static IRExpr *stable_place(Lowerer *l, IRExpr *p) { return stable_place_mode(l, p, false); }

static bool is_blank(Node *n) { return n->kind == N_IDENT && !strcmp(n->name, "_"); }

static bool is_call_expr(IRExpr *e) {
  return e->kind == IR_CALL || e->kind == IR_CALLVALUE || e->kind == IR_RTCALL || e->kind == IR_ICALL;
}

// gc type-checks `v, ok = x.(T)` (and m[k], <-c) with no conversion of the
// value to v's interface type: its walk adds one after escape analysis, so
// -m says nothing about it and the box goes to the heap.
static void late_box(IRExpr *e) {
  if (e->kind == IR_BOX)
    e->ival = 1;   // (a pointer-shaped value has no site, but gc has no step for it either)
  if (e->kind == IR_BOX && e->site) {
    e->site->late = true;
    e->site->unreported = true;
    e->site->verdict = V_HEAP;
  }
}

static void assign_stmt(Lowerer *l, Node *s) {
  Vec *lhs = &s->list, *rhs = &s->list2;
  if (s->op != T_ASSIGN) { // x op= y, checked as x = x op y (s->y)
    IRExpr *place = stable_place_mode(l, lower_expr(l, lhs->data[0]), true);
    Node *bin = s->y;
    IRExpr *e = new_expr(IR_BINARY, bin->pos, place->type);
    e->op = bin->op;
    e->x = place;
    if (bin->op == T_ADD && is_string(place->type)) {
      e->kind = IR_CONCAT;
      e->nargs = 2;
      e->args = xmalloc(2 * sizeof(IRExpr *));
      e->args[0] = place;
      e->args[1] = lower_expr(l, rhs->data[0]);
      // gc's escape analysis never sees `s += t` as an allocation (walk
      // rewrites it later): no -m line, and the result is always on the heap.
      e->site = new_site(l, SITE_CONCAT, bin->pos, self_spell(bin), array_of(ty_uint8, 32));
      e->site->quiet = true;
      e->site->verdict = V_HEAP;
    } else {
      e->y = lower_expr(l, rhs->data[0]);
    }
    assign(l, place, e, s->pos);
    return;
  }
  if (lhs->len == 1) {
    Node *lhs0 = lhs->data[0];
    if (is_blank(lhs0)) {
      IRStmt *st = new_stmt(l, IR_S_EXPR, s->pos);
      st->x = lower_expr(l, rhs->data[0]);
      emit(l, st);
      return;
    }
    IRExpr *place = lower_expr(l, lhs0);
    Pos box = is_map_index(lhs0) ? map_index_pos(lhs0) : expr_start(lhs0);
    assign(l, place, lower_assigned(l, rhs->data[0], place->type, box), s->pos);
    return;
  }
  // Tuple assignment: places first, then values into temps, then stores.
  IRExpr **places = xmalloc(sizeof(IRExpr *) * lhs->len);
  for (int i = 0; i < lhs->len; i++)
    places[i] = is_blank(lhs->data[i]) ? NULL : stable_place(l, lower_expr(l, lhs->data[i]));
  IRExpr **vals = xmalloc(sizeof(IRExpr *) * lhs->len);
  if (rhs->len == 1) { // a, b = f()
    IRExpr *call = lower_expr(l, rhs->data[0]);
    bool comma_ok = !is_call_expr(call);   // x.(T), m[k] or <-c
    call = temp(l, call);
    for (int i = 0; i < lhs->len; i++) {
      IRExpr *x = new_expr(IR_EXTRACT, s->pos, call->type->fields[i].type);
      x->x = call;
      x->field = i;
      vals[i] = places[i] ? convert_value(l, x, places[i]->type, rhs->data[0], expr_start(lhs->data[0])) : x;
      if (comma_ok)
        late_box(vals[i]);
    }
  } else {
    for (int i = 0; i < lhs->len; i++) {
      IRExpr *v = places[i] ? lower_assigned(l, rhs->data[i], places[i]->type, expr_start(lhs->data[0]))
                            : lower_expr(l, rhs->data[i]);
      vals[i] = pair_temp(l, v);
    }
  }
  for (int i = 0; i < lhs->len; i++)
    if (places[i])
      assign(l, places[i], vals[i], s->pos);
}

static void decl_one(Lowerer *l, Obj *o, IRExpr *init, Pos pos) {
  Var *v = declare_var(l, o, VAR_LOCAL);
  v->static_fn = static_func_of(o, init);
  v->static_dyn = static_dyn_of(o, init);
  v->defined_once = init && !(o->capflags & CAP_ASSIGNED) && !(o->mark & MARK_ADDRTAKEN);
  IRStmt *d = new_stmt(l, IR_S_DECL, pos);
  d->var = v;
  d->x = init;
  emit(l, d);
}

// var x, y T = a, b  /  x, y := a, b  /  x, y := f()
static void define_vars(Lowerer *l, const Vec *names, Vec *values, Pos pos) {
  int n = names->len;
  if (values->len == 0) {
    for (int i = 0; i < n; i++) {
      Node *id = names->data[i];
      if (id->obj && !is_blank(id))
        decl_one(l, id->obj, NULL, id->pos);
    }
    return;
  }
  IRExpr **vals = xmalloc(sizeof(IRExpr *) * n);
  if (values->len == 1 && n > 1) {
    IRExpr *call = temp(l, lower_expr(l, values->data[0]));
    for (int i = 0; i < n; i++) {
      IRExpr *x = new_expr(IR_EXTRACT, pos, call->type->fields[i].type);
      x->x = call;
      x->field = i;
      Node *id = names->data[i];
      vals[i] = id->obj ? convert_value(l, x, id->obj->type, values->data[0], gc_pos(values->data[0])) : x;
    }
  } else {
    for (int i = 0; i < n; i++) {
      Node *id = names->data[i];
      Type *t = id->obj ? id->obj->type : NULL;
      // gc reports a declaration's conversions at its last non-constant
      // value, or at the first name when all values are constants.
      Pos last = decl_conv_pos(values, ((Node *)names->data[0])->pos);
      vals[i] = t ? lower_assigned(l, values->data[i], t, last) : lower_expr(l, values->data[i]);
      if (n > 1)
        vals[i] = pair_temp(l, vals[i]); // all values before any variable exists
    }
  }
  for (int i = 0; i < n; i++) {
    Node *id = names->data[i];
    if (is_blank(id) || !id->obj) {
      IRStmt *st = new_stmt(l, IR_S_EXPR, pos);
      st->x = vals[i];
      emit(l, st);
      continue;
    }
    if (id->obj->ir && ((Var *)id->obj->ir)->fn == l->fn) { // := reusing a variable
      assign(l, var_ref(id->obj->ir, id->pos), vals[i], pos);
      continue;
    }
    decl_one(l, id->obj, vals[i], id->pos);
  }
}

static void decl_stmt(Lowerer *l, Node *s) {
  for (int i = 0; i < s->list.len; i++) {
    Node *spec = s->list.data[i];
    if (spec->kind == N_VARSPEC)
      define_vars(l, &nx(spec)->names, &spec->list, spec->pos);
  }
}

static void push_target(Lowerer *l, Target *t, IRStmt *st, bool loop) {
  t->stmt = st;
  t->is_loop = loop;
  t->label = l->pending_label;
  l->pending_label = NULL;
  t->outer = l->targets;
  l->targets = t;
}

static void branch_stmt(Lowerer *l, Node *s) {
  if (s->op == T_GOTO) {
    IRStmt *g = new_stmt(l, IR_S_GOTO, s->pos);
    g->label = nx(s)->label->name;
    emit(l, g);
    return;
  }
  if (s->op == T_FALLTHROUGH)
    return; // recorded on the switch clause
  bool is_break = s->op == T_BREAK;
  Target *t = l->targets;
  for (; t; t = t->outer) {
    if (nx(s)->label ? (t->label && !strcmp(t->label, nx(s)->label->name)) : (is_break || t->is_loop))
      break;
  }
  if (!t)
    ice("branch without target");
  IRStmt *b = new_stmt(l, is_break ? IR_S_BREAK : IR_S_CONTINUE, s->pos);
  b->target = t->stmt;
  emit(l, b);
}

// ---------------------------------------------------------------- frames
//
// Loops and switches lower into a block of their own (init statements,
// temporaries, iteration variables) around one IR_S_FOR or IR_S_SWITCH that
// break and continue target; a loop also opens one more loop level.

typedef struct Frame {
  Vec *saved;          // the enclosing block
  Vec outer;           // the statement's own block
  Target t;
  IRStmt *st;
} Frame;

static void frame_open(Lowerer *l, Frame *f) {
  f->saved = l->block;
  f->outer = (Vec){0};
  l->block = &f->outer;
}

static IRStmt *frame_target(Lowerer *l, Frame *f, IRStmtKind k, Pos pos) {
  f->st = new_stmt(l, k, pos);
  push_target(l, &f->t, f->st, k == IR_S_FOR);
  if (k == IR_S_FOR)
    l->loop_depth++;
  return f->st;
}

// Ends the frame's statement; returns the block holding it and its
// declarations.
static IRStmt *frame_close(Lowerer *l, Frame *f, Pos pos) {
  if (f->st->kind == IR_S_FOR)
    l->loop_depth--;
  l->targets = f->t.outer;
  l->block = &f->outer;
  emit(l, f->st);
  l->block = f->saved;
  IRStmt *b = block_of(l, &f->outer, pos);
  emit(l, b);
  return b;
}

static void for_stmt(Lowerer *l, Node *s) {
  Frame f;
  frame_open(l, &f);
  if (s->init)
    lower_stmt(l, s->init);
  IRStmt *loop = frame_target(l, &f, IR_S_FOR, s->pos);
  if (s->x)
    loop->x = lower_expr(l, s->x);
  if (s->post) {
    Vec post = {0};
    l->block = &post;
    lower_stmt(l, s->post);
    loop->post = block_of(l, &post, s->post->pos);
  }
  loop->body = lower_block(l, &s->body->list, s->body->pos);
  frame_close(l, &f, s->pos);
}

// The range statement's copy of its operand, evaluated once before the
// loop; -m=2 names it {temp}, as gc does.
static IRExpr *range_operand(Lowerer *l, IRExpr *x) {
  x = temp(l, x);
  if (x->kind == IR_VAR)
    x->var->range_temp = true;
  return x;
}

// `for k, v := range`: the iteration variables are declared once, before
// the loop (Go 1.19).
static void range_declare(Lowerer *l, Node *s) {
  Node *vars[2] = {nx(s)->key, nx(s)->value};
  for (int i = 0; i < 2; i++)
    if (s->op == T_DEFINE && vars[i] && !is_blank(vars[i]))
      decl_one(l, vars[i]->obj, NULL, vars[i]->pos);
}

// The places the iteration values are stored into, at the top of each
// iteration; NULL for absent and blank ones. `for a[f()] = range x` calls f
// on every iteration, as the assignment it stands for would.
static void range_places(Lowerer *l, Node *s, IRExpr **kplace, IRExpr **vplace) {
  Node *vars[2] = {nx(s)->key, nx(s)->value};
  IRExpr **places[2] = {kplace, vplace};
  for (int i = 0; i < 2; i++) {
    Node *v = vars[i];
    *places[i] = NULL;
    if (!v || is_blank(v))
      continue;
    if (s->op == T_DEFINE)
      *places[i] = var_ref(v->obj->ir, v->pos);
    else
      *places[i] = stable_place(l, lower_expr(l, v));
  }
}

static IRExpr *map_iter(IRKind k, Var *it, Type *t, Pos pos) {
  IRExpr *e = new_expr(k, pos, t);
  e->var = it;
  return e;
}

// for k, v := range m: a runtime iterator in a temp, advanced by the loop
// condition; k and v read the entry it stands on.
static void range_map(Lowerer *l, Node *s) {
  Frame f;
  frame_open(l, &f);
  IRExpr *m = range_operand(l, lower_expr(l, s->x));
  Type *mt = under(m->type);
  Var *it = temp_var(l, zero_expr(array_of(ty_uintptr, MAP_ITER_WORDS), s->pos), s->pos);
  IRStmt *init = new_stmt(l, IR_S_EXPR, s->pos);
  init->x = map_iter(IR_MAPITERINIT, it, NULL, s->pos);
  init->x->x = m;
  emit(l, init);
  range_declare(l, s);
  IRStmt *loop = frame_target(l, &f, IR_S_FOR, s->pos);
  loop->x = map_iter(IR_MAPITERNEXT, it, ty_bool, s->pos);
  Vec body = {0};
  l->block = &body;
  IRExpr *kplace, *vplace;
  range_places(l, s, &kplace, &vplace);
  if (kplace)
    assign(l, kplace, convert_value(l, map_iter(IR_MAPITERKEY, it, mt->key, s->pos), kplace->type, NULL, s->pos),
           s->pos);
  if (vplace) {
    IRExpr *v = map_iter(IR_MAPITERVAL, it, mt->elem, nx(s)->range_pos);
    v->x = m;
    v->src = s;
    assign(l, vplace, convert_value(l, v, vplace->type, NULL, s->pos), s->pos);
  }
  emit(l, lower_block(l, &s->body->list, s->body->pos));
  loop->body = block_of(l, &body, s->body->pos);
  IRStmt *b = frame_close(l, &f, s->pos);
  if (is_map_clear(s))
    b->clear = CLEAR_MAP;
}

// for v := range c: `for { v, ok := <-c; if !ok { break }; body }`, v
// declared once (Go 1.19).
static void range_chan(Lowerer *l, Node *s) {
  Frame f;
  frame_open(l, &f);
  IRExpr *c = temp(l, lower_expr(l, s->x));
  Type *elem = under(c->type)->elem;
  range_declare(l, s);
  IRStmt *loop = frame_target(l, &f, IR_S_FOR, s->pos);
  Vec body = {0};
  l->block = &body;
  Type *tt[2] = {elem, ty_bool};
  IRExpr *r = new_expr(IR_RECV, s->pos, tuple_of(tt, 2));
  r->x = c;
  IRExpr *rv = temp(l, r);
  IRExpr *ok = new_expr(IR_EXTRACT, s->pos, ty_bool);
  ok->x = rv;
  ok->field = 1;
  IRStmt *stop = new_stmt(l, IR_S_IF, s->pos);
  stop->x = new_expr(IR_UNARY, s->pos, ty_bool);
  stop->x->op = T_NOT;
  stop->x->x = ok;
  stop->body = new_stmt(l, IR_S_BREAK, s->pos);
  stop->body->target = loop;
  emit(l, stop);
  IRExpr *vplace, *none;   // a channel's one iteration variable is the key
  range_places(l, s, &vplace, &none);
  if (vplace) {
    IRExpr *v = new_expr(IR_EXTRACT, s->pos, elem);
    v->x = rv;
    v->field = 0;
    assign(l, vplace, convert_value(l, v, vplace->type, NULL, s->pos), s->pos);
  }
  emit(l, lower_block(l, &s->body->list, s->body->pos));
  loop->body = block_of(l, &body, s->body->pos);
  frame_close(l, &f, s->pos);
}

// for k, v := range x — x evaluated once; k and v declared once (Go 1.19).
static void range_stmt(Lowerer *l, Node *s) {
  if (s->x->type && under(s->x->type)->kind == TY_MAP) {
    range_map(l, s);
    return;
  }
  if (s->x->type && under(s->x->type)->kind == TY_CHAN) {
    range_chan(l, s);
    return;
  }
  Frame f;
  frame_open(l, &f);
  Type *u = under(s->x->type);
  bool by_ptr = u->kind == TY_PTR;
  bool want_value = nx(s)->value && !is_blank(nx(s)->value);
  IRExpr *x = NULL;
  if (u->kind == TY_ARRAY && !want_value)
    lower_calls_of(l, s->x);   // only the index is used: no copy of the array needed
  else
    x = range_operand(l, lower_expr(l, s->x));
  Type *au = by_ptr ? under(u->elem) : u;
  IRExpr *len = au->kind == TY_ARRAY ? const_expr(const_int64(au->len), ty_int, s->pos) : NULL;
  if (!len) {
    len = new_expr(IR_LEN, s->pos, ty_int);
    len->x = x;
    len = temp(l, len);
  }
  Var *hv = temp_var(l, const_expr(const_int64(0), ty_int, s->pos), s->pos);
  range_declare(l, s);
  IRStmt *loop = frame_target(l, &f, IR_S_FOR, s->pos);
  IRExpr *cond = new_expr(IR_BINARY, s->pos, ty_bool);
  cond->op = T_LSS;
  cond->x = var_ref(hv, s->pos);
  cond->y = len;
  loop->x = cond;
  Vec body = {0};
  l->block = &body;
  IRExpr *kplace, *vplace;
  range_places(l, s, &kplace, &vplace);
  if (kplace)
    assign(l, kplace, convert_value(l, var_ref(hv, s->pos), kplace->type, NULL, s->pos), s->pos);
  bool is_str = is_string(au);
  if (is_str) {
    IRExpr *dec = new_expr(IR_DECODERUNE, s->pos, NULL);
    Type *tt[2] = {ty_int32, ty_int};
    dec->type = tuple_of(tt, 2);
    dec->x = x;
    dec->y = var_ref(hv, s->pos);
    IRExpr *pair = temp(l, dec);
    if (vplace) {
      IRExpr *r = new_expr(IR_EXTRACT, s->pos, ty_int32);
      r->x = pair;
      r->field = 0;
      assign(l, vplace, convert_value(l, r, vplace->type, NULL, s->pos), s->pos);
    }
    IRExpr *next = new_expr(IR_EXTRACT, s->pos, ty_int);
    next->x = pair;
    next->field = 1;
    assign(l, var_ref(hv, s->pos), next, s->pos);
  } else if (vplace) {
    IRExpr *base = x;
    if (by_ptr) {
      IRExpr *d = new_expr(IR_DEREF, s->pos, u->elem);
      d->x = x;
      base = d;
    }
    IRExpr *elem = new_expr(au->kind == TY_ARRAY ? IR_INDEX : IR_SLICEINDEX, nx(s)->range_pos, au->elem);
    elem->src = s;   // the iteration value: escape/ notes it as gc's "range" / "range-deref"
    elem->x = base;
    elem->y = var_ref(hv, s->pos);
    assign(l, vplace, convert_value(l, elem, vplace->type, NULL, s->pos), s->pos);
  }
  IRStmt *user = lower_block(l, &s->body->list, s->body->pos);
  l->block = &body;
  emit(l, user);
  loop->body = block_of(l, &body, s->body->pos);
  if (!is_str) {
    Vec post = {0};
    l->block = &post;
    IRExpr *inc = new_expr(IR_BINARY, s->pos, ty_int);
    inc->op = T_ADD;
    inc->x = var_ref(hv, s->pos);
    inc->y = const_expr(const_int64(1), ty_int, s->pos);
    assign(l, var_ref(hv, s->pos), inc, s->pos);
    loop->post = block_of(l, &post, s->pos);
  }
  IRStmt *b = frame_close(l, &f, s->pos);
  if (!is_str && is_array_clear(s))
    b->clear = CLEAR_ARRAY;
}

// A type test of the type switch's value x for one case (nil or a type).
static IRExpr *type_test(Lowerer *l, IRExpr *x, Node *e) {
  if (!e->type) {   // case nil
    IRExpr *cmp = new_expr(IR_BINARY, e->pos, ty_bool);
    cmp->op = T_EQL;
    cmp->x = x;
    cmp->y = zero_expr(x->type, e->pos);
    return cmp;
  }
  Type *ts[2] = {e->type, ty_bool};
  if (!is_interface(e->type))
    note_boxed(l, e->type);   // compared with dynamic types: its descriptor must be complete
  IRExpr *a = new_expr(IR_ASSERT, e->pos, tuple_of(ts, 2));
  a->x = x;
  a->ival = 1;
  IRExpr *ok = new_expr(IR_EXTRACT, e->pos, ty_bool);
  ok->x = a;
  ok->field = 1;
  return ok;
}

// The bound variable of a type switch clause, from the switch's value x.
static void bind_case_var(Lowerer *l, Node *cc, IRExpr *x) {
  // gc declares each clause's variable at the clause's colon (-m reports it there).
  if (nx(cc)->lparen.line)
    cc->obj->pos = nx(cc)->lparen;
  Var *v = declare_var(l, cc->obj, VAR_LOCAL);
  IRStmt *d = new_stmt(l, IR_S_DECL, cc->pos);
  d->var = v;
  d->x = x;
  d->switch_clause = cc;
  if (!is_interface(v->type)) {
    d->x = new_expr(IR_ASSERT, cc->pos, v->type);
    d->x->x = x;
  }
  emit(l, d);
}

// The IR switch for s, one clause slot per case clause, as the frame's
// break target.
static IRStmt *switch_target(Lowerer *l, Frame *f, Node *s) {
  IRStmt *sw = frame_target(l, f, IR_S_SWITCH, s->pos);
  sw->nclauses = s->list.len;
  sw->clauses = xmalloc(sizeof(SwitchClause) * (sw->nclauses + 1));
  return sw;
}

// Clause i of sw, sized for case clause cc's expressions.
static SwitchClause *switch_clause(IRStmt *sw, int i, Node *cc) {
  SwitchClause *c = &sw->clauses[i];
  c->pos = cc->pos;
  c->nconds = cc->list.len;
  c->conds = xmalloc(sizeof(IRExpr *) * (c->nconds + 1));
  return c;
}

static void type_switch_stmt(Lowerer *l, Node *s) {
  Frame f;
  frame_open(l, &f);
  if (s->init)
    lower_stmt(l, s->init);
  Node *g = s->y;
  Node *guard = g->kind == N_ASSIGN ? g->list2.data[0] : g->x;
  IRExpr *x = temp(l, lower_expr(l, guard->x));
  x->var->switch_guard = g->kind == N_ASSIGN;
  IRStmt *sw = switch_target(l, &f, s);
  for (int i = 0; i < s->list.len; i++) {
    Node *cc = s->list.data[i];
    SwitchClause *c = switch_clause(sw, i, cc);
    for (int j = 0; j < cc->list.len; j++)
      c->conds[j] = type_test(l, x, cc->list.data[j]);
    Vec body = {0};
    l->block = &body;
    if (cc->obj)
      bind_case_var(l, cc, x);
    for (int j = 0; j < cc->list2.len; j++)
      lower_stmt(l, cc->list2.data[j]);
    c->body = block_of(l, &body, cc->pos);
  }
  frame_close(l, &f, s->pos);
}

// The condition of case e: `tag == e`, or e itself without a tag (a bool).
// An interface compared with a concrete value boxes the concrete side, as
// a comparison does (expr.c), either way round; the missing tag is `true`,
// so `switch { case i: }`, i an interface, is `true == i`.
static IRExpr *case_cond(Lowerer *l, IRExpr *tag, Node *tagn, Node *e) {
  IRExpr *v = lower_expr(l, e);
  if (!tag && !is_interface(v->type))
    return v;
  IRExpr *x = tag ? tag : const_expr(const_bool(true), ty_bool, e->pos);
  if (is_interface(x->type) && !is_interface(v->type))
    v = quiet_box(convert_value(l, v, x->type, e, e->pos));
  else if (is_interface(v->type) && !is_interface(x->type))
    x = quiet_box(convert_value(l, x, v->type, tagn, e->pos));
  else if (v->kind == IR_ZERO)
    v = zero_expr(x->type, e->pos);
  IRExpr *cmp = new_expr(IR_BINARY, e->pos, ty_bool);
  cmp->op = T_EQL;
  cmp->x = x;
  cmp->y = v;
  return cmp;
}

static void switch_stmt(Lowerer *l, Node *s) {
  Frame f;
  frame_open(l, &f);
  if (s->init)
    lower_stmt(l, s->init);
  IRExpr *tag = s->x ? temp(l, lower_expr(l, s->x)) : NULL;
  IRStmt *sw = switch_target(l, &f, s);
  SwitchKeep keep = switch_keep(s);   // gc's deadcode: a constant switch's live case
  for (int i = 0; i < s->list.len; i++) {
    Node *cc = s->list.data[i];
    SwitchClause *c = switch_clause(sw, i, cc);
    if (keep.pruned && i != keep.clause) {
      c->nconds = cc->list.len ? 1 : 0;   // never runs: false, and no body
      if (c->nconds)
        c->conds[0] = const_expr(const_bool(false), ty_bool, cc->pos);
      c->body = lower_block(l, &(Vec){0}, cc->pos);
      c->fallthrough = false;
      l->fn->nclosures += dropped_func_lits(cc);
      continue;
    }
    // Case expressions are evaluated in the switch's block, in order, only
    // when reached: codegen evaluates conds lazily, so build them as values.
    for (int j = 0; j < cc->list.len; j++)
      c->conds[j] = keep.pruned && j != keep.value
                        ? const_expr(const_bool(false), ty_bool, cc->pos)
                        : case_cond(l, tag, s->x, cc->list.data[j]);
    Vec *body = &cc->list2;
    c->fallthrough = body->len && ((Node *)body->data[body->len - 1])->kind == N_BRANCH &&
                     ((Node *)body->data[body->len - 1])->op == T_FALLTHROUGH;
    c->body = lower_block(l, body, cc->pos);
  }
  frame_close(l, &f, s->pos);
}

// ---------------------------------------------------------------- select
//
// Every channel operand and sent value is evaluated first, in source order;
// IR_SELECT then runs one ready case (receiving into a temp of its own) and
// yields its index, and a switch on the index runs that case: the receive's
// assignment or definition reads the temps (through the receive node's ir),
// then the body.

static Node *select_recv_node(Node *comm) {
  Node *e = unparen(comm->kind == N_EXPRSTMT ? comm->x : comm->list2.data[0]);
  return e;
}

static void select_case(Lowerer *l, Node *cc, IRExpr *sel, int i, IRExpr *okv) {
  Node *comm = cc->x;
  if (comm->kind == N_SENDSTMT) {
    sel->args[2 * i] = temp(l, lower_expr(l, comm->x));
    IRExpr *v = temp(l, lower_assigned(l, comm->y, under(comm->x->type)->elem, expr_start(comm->y)));
    if (v->kind == IR_VAR)
      v->var->select_send = comm;   // (escape/: the value is sent from here, as gc sees it)
    sel->args[2 * i + 1] = v;
    sel->idx[i] = 1;
    return;
  }
  Node *r = select_recv_node(comm);
  sel->args[2 * i] = temp(l, lower_expr(l, r->x));
  Var *tv = temp_var(l, zero_expr(under(r->x->type)->elem, r->pos), r->pos);
  IRExpr *val = var_ref(tv, r->pos);
  sel->args[2 * i + 1] = val;
  IRExpr *read = new_expr(IR_RECV, r->pos, r->type);
  read->x = val;
  read->y = okv;
  r->ir = r->type && r->type->kind == TY_TUPLE ? read : val;
}

static void select_stmt(Lowerer *l, Node *s) {
  Frame f;
  frame_open(l, &f);
  int n = 0;
  for (int i = 0; i < s->list.len; i++)
    n += ((Node *)s->list.data[i])->x != NULL;
  IRExpr *sel = new_expr(IR_SELECT, s->pos, ty_int);
  sel->nargs = 2 * n;
  sel->args = xmalloc(sizeof(IRExpr *) * (2 * n + 1));
  sel->idx = xmalloc(sizeof(int64_t) * (n + 1));
  Var *okv = temp_var(l, zero_expr(ty_bool, s->pos), s->pos);
  sel->y = var_ref(okv, s->pos);
  int *index = xmalloc(sizeof(int) * (s->list.len + 1));
  for (int i = 0, k = 0; i < s->list.len; i++) {
    Node *cc = s->list.data[i];
    index[i] = cc->x ? k++ : -1;
    if (cc->x)
      select_case(l, cc, sel, index[i], sel->y);
    else
      sel->ival = 1;
  }
  IRExpr *which = temp(l, sel);
  IRStmt *sw = frame_target(l, &f, IR_S_SWITCH, s->pos);
  sw->nclauses = s->list.len;
  sw->clauses = xmalloc(sizeof(SwitchClause) * (sw->nclauses + 1));
  for (int i = 0; i < s->list.len; i++) {
    Node *cc = s->list.data[i];
    SwitchClause *c = &sw->clauses[i];
    c->pos = cc->pos;
    c->nconds = 1;
    c->conds = xmalloc(sizeof(IRExpr *));
    IRExpr *cmp = new_expr(IR_BINARY, cc->pos, ty_bool);
    cmp->op = T_EQL;
    cmp->x = which;
    cmp->y = const_expr(const_int64(index[i]), ty_int, cc->pos);
    c->conds[0] = cmp;
    Vec body = {0};
    if (cc->x && cc->x->kind != N_SENDSTMT)
      vec_push(&body, cc->x);
    for (int j = 0; j < cc->list2.len; j++)
      vec_push(&body, cc->list2.data[j]);
    c->body = lower_block(l, &body, cc->pos);
  }
  frame_close(l, &f, s->pos);
}

static void return_stmt(Lowerer *l, Node *s) {
  Func *fn = l->fn;
  IRStmt *r = new_stmt(l, IR_S_RETURN, s->pos);
  r->nargs = fn->nresults;
  r->args = xmalloc(sizeof(IRExpr *) * (fn->nresults + 1));
  if (s->list.len == 0) {
    for (int i = 0; i < fn->nresults; i++)
      r->args[i] = var_ref(fn->results[i], s->pos);
  } else if (s->list.len == 1 && fn->nresults > 1) {
    IRExpr *call = temp(l, lower_expr(l, s->list.data[0]));
    for (int i = 0; i < fn->nresults; i++) {
      IRExpr *x = new_expr(IR_EXTRACT, s->pos, call->type->fields[i].type);
      x->x = call;
      x->field = i;
      r->args[i] = convert_value(l, x, fn->results[i]->type, s->list.data[0], gc_pos(s->list.data[0]));
    }
  } else {
    for (int i = 0; i < fn->nresults; i++) {
      // gc reports a returned constant's conversion at the constant, the
      // others' at the last non-constant result.
      Node *res = s->list.data[i];
      Pos at = res->cval ? gc_pos(res) : last_nonconst_pos(&s->list, 0, gc_pos(res));
      r->args[i] = lower_assigned(l, res, fn->results[i]->type, at);
    }
  }
  emit(l, r);
}

static void incdec(Lowerer *l, Node *s) {
  IRExpr *place = stable_place_mode(l, lower_expr(l, s->x), true);
  IRExpr *e = new_expr(IR_BINARY, s->pos, place->type);
  e->op = s->op == T_INC ? T_ADD : T_SUB;
  e->x = place;
  e->y = const_expr(const_int64(1), place->type, s->pos);
  assign(l, place, e, s->pos);
}

static void lower_stmt_node(Lowerer *l, Node *s);

static void lower_stmt(Lowerer *l, Node *s) {
  Node *saved = l->cur_stmt;
  l->cur_stmt = s;
  lower_stmt_node(l, s);
  l->cur_stmt = saved;
}

static void lower_stmt_node(Lowerer *l, Node *s) {
  switch (s->kind) {
  case N_EMPTY:
    return;
  case N_BLOCK:
    emit(l, lower_block(l, &s->list, s->pos));
    return;
  case N_EXPRSTMT: {
    Node *e = unparen(s->x);
    if (e->kind == N_CALL && lower_builtin_stmt(l, e))
      return;
    IRStmt *st = new_stmt(l, IR_S_EXPR, s->pos);
    st->x = lower_expr(l, e);
    emit(l, st);
    return;
  }
  case N_INCDEC: incdec(l, s); return;
  case N_ASSIGN:
    if (s->op == T_DEFINE)
      define_vars(l, &s->list, &s->list2, s->pos);
    else
      assign_stmt(l, s);
    return;
  case N_DECLSTMT: decl_stmt(l, s); return;
  case N_IF: {
    Vec *saved = l->block;
    Vec outer = {0};
    l->block = &outer;
    if (s->init)
      lower_stmt(l, s->init);
    if (s->x->cval && s->x->cval->kind == CV_BOOL) {
      // gc drops the branch a constant condition never takes before escape
      // analysis, so its allocations are not reported.
      if (s->x->cval->b) {
        emit(l, lower_block(l, &s->body->list, s->body->pos));
        l->fn->nclosures += dropped_func_lits(s->els);
      } else {
        l->fn->nclosures += dropped_func_lits(s->body);
        if (s->els) {
          Vec e = {0};
          vec_push(&e, s->els);
          emit(l, lower_block(l, &e, s->els->pos));
        }
      }
      l->block = saved;
      emit(l, block_of(l, &outer, s->pos));
      return;
    }
    IRStmt *st = new_stmt(l, IR_S_IF, s->pos);
    st->x = lower_expr(l, s->x);
    st->body = lower_block(l, &s->body->list, s->body->pos);
    if (s->els) {
      Vec e = {0};
      vec_push(&e, s->els);
      st->els = lower_block(l, &e, s->els->pos);
    }
    emit(l, st);
    l->block = saved;
    emit(l, block_of(l, &outer, s->pos));
    return;
  }
  case N_FOR: for_stmt(l, s); return;
  case N_RANGE: range_stmt(l, s); return;
  case N_SWITCH: switch_stmt(l, s); return;
  case N_TYPESWITCH: type_switch_stmt(l, s); return;
  case N_LABELED: {
    IRStmt *lab = new_stmt(l, IR_S_LABEL, s->pos);
    lab->label = nx(s)->label->name;
    emit(l, lab);
    Node *inner = s->y;
    if (inner->kind == N_FOR || inner->kind == N_RANGE || inner->kind == N_SWITCH ||
        inner->kind == N_SELECT)
      l->pending_label = nx(s)->label->name;
    lower_stmt(l, inner);
    l->pending_label = NULL;
    return;
  }
  case N_BRANCH: branch_stmt(l, s); return;
  case N_RETURN: return_stmt(l, s); return;
  case N_DEFERSTMT: lower_defer(l, s); return;
  case N_GOSTMT: lower_go(l, s); return;
  case N_SENDSTMT: lower_send(l, s); return;
  case N_SELECT: select_stmt(l, s); return;
  default:
    error_at(s->pos, "statement not supported yet");
  }
}

// ---------------------------------------------------------------- functions

static Func *new_func(Node *fd, const char *lname) {
  Func *f = xmalloc(sizeof(Func));
  f->name = fd->name;
  f->lname = (char *)lname;
  f->pos = fd->pos;
  f->decl = fd;
  f->pragmas = nx(fd)->pragmas;
  f->type = fd->obj ? fd->obj->type : NULL;
  return f;
}

static Func *outermost(Func *f) {
  while (f->outer)
    f = f->outer;
  return f;
}

void lower_func(LowerPkg *pkg, Func *f) {
  Lowerer *l = &(Lowerer){.pkg = pkg, .fn = f, .loop_depth = 1};
  Node *fd = f->decl;
  if (fd->kind == N_FUNCDECL)
    prefetch_nodes(fd);
  l->ndcl = number_autotmps(fd);
  if (!f->outer)
    capture_prepass(fd);   // also marks address-taken variables, closures' included
  else if (!outermost(f)->decl)
    scan_addr(fd->body);   // a func literal in a package-level initialiser
  Type *sig = f->type;
  f->params = xmalloc(sizeof(Var *) * (sig->nfields + 1));
  f->results = xmalloc(sizeof(Var *) * (sig->nresults + 1));
  Node *ft = fd->x;
  if (nx(fd)->recv) {   // the receiver is the first parameter
    f->params = xrealloc(f->params, sizeof(Var *) * (sig->nfields + 2));
    const Vec *names = &nx(nx(fd)->recv)->names;
    Node *id = names->len ? names->data[0] : NULL;
    if (id && id->obj && strcmp(id->name, "_"))
      f->params[f->nparams++] = declare_var(l, id->obj, VAR_PARAM);
    else   // (a receiver the checker did not declare: blank, or in a declaration without a body)
      f->params[f->nparams++] = new_var(l, VAR_PARAM, id ? id->name : "_", method_recv_type(fd),
                                        id ? id->pos : nx(fd)->recv->pos);
  }
  for (int res = 0; res < 2; res++) {
    Vec *list = res ? &ft->list2 : &ft->list;
    int k = 0;
    for (int i = 0; i < list->len; i++) {
      Node *fl = list->data[i];
      int cnt = nx(fl)->names.len ? nx(fl)->names.len : 1;
      for (int j = 0; j < cnt; j++, k++) {
        Node *id = nx(fl)->names.len ? nx(fl)->names.data[j] : NULL;
        Type *t = res ? sig->results[k].type : sig->fields[k].type;
        Var *v;
        if (id && id->obj && strcmp(id->name, "_")) {
          v = declare_var(l, id->obj, res ? VAR_RESULT : VAR_PARAM);
        } else if (id && !fd->body) {   // (the checker declares no names without a body)
          v = new_var(l, res ? VAR_RESULT : VAR_PARAM, id->name, t, id->pos);
        } else {
          v = new_var(l, res ? VAR_RESULT : VAR_PARAM, res ? xfmt("~r%d", k) : "_", t, fl->pos);
        }
        if (res) {
          f->results[f->nresults++] = v;
          f->named_results |= id != NULL;
        } else {
          f->params[f->nparams++] = v;
        }
      }
    }
  }
  // A declaration without a body is implemented elsewhere (//go:linkname).
  f->body = fd->body ? lower_block(l, &fd->body->list, fd->body->pos) : NULL;
}

// gc lays out package variables whose initializer is built only from
// constants, addresses of globals and literals as static data: there is no
// allocation for escape analysis to see.
static bool is_static_init(IRExpr *e) {
  if (!e)
    return true;
  switch (e->kind) {
  case IR_CONST: case IR_ZERO:
    return true;
  case IR_ADDR:
    return e->x->kind == IR_VAR && e->x->var->kind == VAR_GLOBAL;
  case IR_CONV: case IR_BOX: case IR_ADDRLIT:
    return is_static_init(e->x);
  case IR_CLOSURE: // a package-level func literal captures nothing: a static function
    return true;
  case IR_COMPLIT: case IR_SLICELIT:
    for (int i = 0; i < e->nargs; i++)
      if (!is_static_init(e->args[i]))
        return false;
    return true;
  default:
    return false;
  }
}

static void quiet_sites(IRExpr *e) {
  if (!e)
    return;
  if (e->kind == IR_CLOSURE) {
    // A static function: its body is analysed as usual, the literal itself
    // is never reported (gc prints nothing for it).
    if (e->site)
      e->site->unreported = true;
    return;
  }
  if (e->site) {
    e->site->quiet = true;
    e->site->verdict = V_HEAP; // data that lives for the whole program
  }
  quiet_sites(e->x);
  for (int i = 0; i < e->nargs; i++)
    quiet_sites(e->args[i]);
}

// gc's staticinit lays out the literal structure of a package variable's
// initializer as static data even around dynamic parts, which init then
// stores into it: slice, array and struct literals, &T{...} and boxes are no
// allocation sites there; only the dynamic leaves (calls, ...) are analysed.
static void quiet_static_shape(IRExpr *e) {
  if (!e)
    return;
  if (is_static_init(e)) {
    quiet_sites(e);
    return;
  }
  switch (e->kind) {
  case IR_ADDRLIT: case IR_SLICELIT: case IR_COMPLIT: case IR_BOX: case IR_CONV:
    if (e->site && e->kind != IR_CONV) {
      e->site->quiet = true;
      e->site->verdict = V_HEAP;
    }
    quiet_static_shape(e->x);
    for (int i = 0; i < e->nargs; i++)
      quiet_static_shape(e->args[i]);
    return;
  default:
    return;
  }
}

// Package initialization: variable initializers in dependency order, then
// the init functions in source order.
static Func *lower_init(LowerPkg *lp, Package *pkg, Vec *inits) {
  Func *f = xmalloc(sizeof(Func));
  f->name = "init";
  f->lname = xfmt("%s.init", lp->prefix);   // gc's name of a package's initialiser
  f->type = new_type(TY_FUNC);
  Vec body = {0};
  Lowerer *l = &(Lowerer){.pkg = lp, .fn = f, .loop_depth = 1, .block = &body};
  for (int i = 0; i < pkg->inits.len; i++) {
    Node *spec = pkg->inits.data[i];
    if (!spec->list.len)
      continue;
    l->cur_stmt = spec;   // (-m=2 spells "gp = new(int)")
    int n = nx(spec)->names.len;
    if (spec->list.len == 1 && n > 1) {
      IRExpr *call = temp(l, lower_expr(l, spec->list.data[0]));
      for (int j = 0; j < n; j++) {
        Node *id = nx(spec)->names.data[j];
        IRExpr *x = new_expr(IR_EXTRACT, spec->pos, call->type->fields[j].type);
        x->x = call;
        x->field = j;
        if (!is_blank(id))
          assign(l, var_ref(id->obj->ir, id->pos), x, spec->pos);
      }
      continue;
    }
    for (int j = 0; j < n; j++) {
      Node *id = nx(spec)->names.data[j];
      if (is_blank(id)) {
        IRStmt *st = new_stmt(l, IR_S_EXPR, spec->pos);
        st->x = lower_expr(l, spec->list.data[j]);
        emit(l, st);
        continue;
      }
      Pos at = decl_conv_pos(&spec->list, ((Node *)nx(spec)->names.data[0])->pos);
      IRExpr *v = lower_assigned(l, spec->list.data[j], id->obj->type, at);
      quiet_static_shape(v);
      assign(l, var_ref(id->obj->ir, id->pos), v, id->pos);
    }
  }
  l->cur_stmt = NULL;
  for (int i = 0; i < inits->len; i++) {
    IRStmt *st = new_stmt(l, IR_S_EXPR, f->pos);
    IRExpr *call = new_expr(IR_CALL, f->pos, NULL);
    call->fn = inits->data[i];
    st->x = call;
    emit(l, st);
  }
  f->body = block_of(l, &body, f->pos);
  return f;
}

Program *lower_package(Package *pkg) {
  Program *prog = xmalloc(sizeof(Program));
  prog->pkgname = pkg->name;
  LowerPkg *lp = &(LowerPkg){.prog = prog, .prefix = link_path(pkg->path ? pkg->path : "main")};
  Lowerer *l = &(Lowerer){.pkg = lp};   // package level: globals
  // Globals first: functions refer to them.
  for (int i = 0; i < pkg->files.len; i++) {
    Node *file = pkg->files.data[i];
    for (int j = 0; j < file->list2.len; j++) {
      Node *d = file->list2.data[j];
      if (d->kind != N_DECLSTMT)
        continue;
      for (int k = 0; k < d->list.len; k++) {
        Node *spec = d->list.data[k];
        if (spec->kind != N_VARSPEC)
          continue;
        for (int m = 0; m < nx(spec)->names.len; m++) {
          Node *id = nx(spec)->names.data[m];
          if (!id->obj || is_blank(id))
            continue;
          Var *v = new_var(l, VAR_GLOBAL, id->name, id->obj->type, id->pos);
          v->id = prog->globals.len + 1;
          v->lname = id->obj->linkname ? id->obj->linkname   // //go:linkname's symbol
                                       : xfmt("%s.%s", lp->prefix, id->name);
          id->obj->ir = v;
          vec_push(&prog->globals, v);
        }
      }
    }
  }
  Vec inits = {0};
  int ninit = 0;
  for (int i = 0; i < pkg->funcs.len; i++) {
    Node *fd = pkg->funcs.data[i];
    if (!fd->obj)
      continue;
    bool is_method = nx(fd)->recv != NULL;
    bool is_init = !is_method && !strcmp(fd->name, "init");
    // An instance of another package's generic is that package's function
    // (gc: stack.Map[int], compiled in every package that needs it).
    Package *home = fd->obj->instance ? fd->obj->home : NULL;
    bool foreign = home && home != pkg;
    const char *pre = foreign ? link_path(home->path) : lp->prefix;
    const char *lname = is_init ? xfmt("%s.init.%d", pre, ninit++) : xfmt("%s.%s", pre, fd->name);
    if (is_method)
      lname = xfmt("%s.%s", pre, method_func_name(fd));
    if (!strcmp(fd->name, "_"))
      lname = xfmt("%s._.%d", pre, i);
    if (fd->obj->linkname)
      lname = fd->obj->linkname;
    Func *f = new_func(fd, lname);
    if (is_method)
      f->name = method_func_name(fd);
    if (fd->obj->instance) {   // -m names gc's shape body: Max[go.shape.int_0]
      f->instance = fd->obj->instance;
      f->name = fd->obj->instance->shape_func_name;
      if (foreign)
        f->name = xfmt("%s.%s", home->name, f->name);
      f->foreign_pkg = foreign ? home->name : NULL;
    }
    fd->obj->ir = f;
    vec_push(&prog->funcs, f);
    if (is_init)
      vec_push(&inits, f);
    if (!is_method && !strcmp(fd->name, "main")) {
      prog->main = f;
      f->lname = "main.main";   // the runtime's entry (escgo test: any package's main)
    }
  }
  for (int i = 0; i < prog->funcs.len; i++) {
    Func *f = prog->funcs.data[i];
    // An instance's sites are spelled as gc spells its shape body's.
    types_shape_instance = f->instance;
    // Another package's instance is spelled as gc spells a body it imported.
    spell_imported_from = imported_spelling(f);
    if (!f->outer && f->decl)
      lower_func(lp, f);   // func literals: lowered where they are written;
                           // package function wrappers: already built
    types_shape_instance = NULL;
    spell_imported_from = NULL;
  }
  prog->init = lower_init(lp, pkg, &inits);
  vec_push(&prog->funcs, prog->init);
  vec_push(&prog->inits, prog->init);
  build_method_tables(lp, prog);   // after every boxing, package initialisers included
  if (strcmp(pkg->name, "main") && !flags.test_main)
    prog->main = NULL;
  return prog;
}
