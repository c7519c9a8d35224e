// check/stmt.c — statements: blocks and scopes, assignments and short variable
// declarations, if/for/range/switch, labels and branches, returns.
#include "internal.h"

#include <string.h>

static void open_scope(Checker *chk) { chk->scope = scope_new(chk, chk->scope); }
static void close_scope(Checker *chk) { chk->scope = chk->scope->parent; }

void check_block(Checker *chk, Node *blk) {
  open_scope(chk);
  for (int i = 0; i < blk->list.len; i++)
    check_stmt(chk, blk->list.data[i]);
  close_scope(chk);
}

// ---------------------------------------------------------------- assignment

// Checks the left side of `=`; a plain variable name is not a "use".
static Operand check_lhs(Checker *chk, Node *n) {
  Node *b = unparen(n);
  if (b->kind == N_IDENT && !strcmp(b->name, "_")) {
    b->obj = NULL;
    n->type = NULL;
    return (Operand){M_VAR, NULL, NULL}; // blank: anything goes
  }
  bool was_used = false;
  Obj *o = NULL;
  if (b->kind == N_IDENT) {
    o = scope_lookup(chk->scope, b->name);
    if (o && o->kind == OBJ_VAR)
      was_used = o->used;
  }
  Operand x = check_expr(chk, n);
  if (o && o->kind == OBJ_VAR && !o->global)
    o->used = was_used;
  if (x.mode == M_INVALID)
    return x;
  if (x.mode != M_VAR && x.mode != M_MAPINDEX) {
    Node *inner = unparen(b->kind == N_SELECTOR ? b->x : NULL);
    if (inner && inner->kind == N_INDEX && inner->x->type && under(inner->x->type)->kind == TY_MAP) {
      error_at(start_pos(n), "cannot assign to struct field %s in map", expr_string(n));
      x.mode = M_INVALID;
      return x;
    }
    // A string's bytes are of type byte in gc's words.
    bool str_byte = b->kind == N_INDEX && b->x->type && is_string(b->x->type);
    if (b->kind == N_SELECTOR || b->kind == N_INDEX)
      error_at(start_pos(n), "cannot assign to %s (value of type %s)", expr_string(n),
               str_byte ? "byte" : type_string_checker(x.type));
    else
      error_at(start_pos(n), "cannot assign to %s", operand_desc(n, &x));
    x.mode = M_INVALID;
  }
  return x;
}

static void assign_value(Node *lhs, Operand *l, Node *rhs, Operand *r) {
  if (l->mode == M_INVALID || r->mode == M_INVALID)
    return;
  if (!l->type) { // blank identifier
    if (r->type && r->type->kind == TY_UNTYPED_NIL)
      error_at(rhs->pos, "use of untyped nil in assignment");
    else
      convert_untyped(rhs, r, NULL);
    return;
  }
  assign_to(rhs, r, l->type, "assignment");
}

static void assign_stmt(Checker *chk, Node *s) {
  Vec *L = &s->list, *R = &s->list2;
  if (s->op != T_ASSIGN) { // op-assignment: x op= y
    Operand l = check_lhs(chk, L->data[0]);
    Node bin = {.kind = N_BINARY, .pos = s->pos, .op = s->op - T_ADD_ASSIGN + T_ADD,
                .x = L->data[0], .y = R->data[0]};
    if (s->op == T_AND_NOT_ASSIGN)
      bin.op = T_AND_NOT;
    if (l.mode == M_INVALID) {
      use_expr(chk, R->data[0]);
      return;
    }
    Node *copy = xmalloc(sizeof(Node));
    *copy = bin;
    Operand r = check_expr(chk, copy);
    if (r.mode == M_INVALID)
      return;
    assign_to(copy, &r, l.type, "assignment");
    s->y = copy; // lower.c uses the checked binary expression
    return;
  }
  if (L->len != R->len && R->len == 1) {
    Node *e = R->data[0];
    Operand r = check_multi_value(chk, e, L->len);
    if (r.mode == M_INVALID) {
      for (int i = 0; i < L->len; i++)
        check_lhs(chk, L->data[i]);
      return;
    }
    comma_ok(e, &r, L->len);
    int have = r.mode == M_NOVALUE ? 0 : tuple_count(&r);
    if (have != L->len) {
      error_at(s->pos, "assignment mismatch: %d variable%s but %s returns %d value%s", L->len,
               L->len > 1 ? "s" : "", expr_string(e->kind == N_CALL ? e->x : e), have, have != 1 ? "s" : "");
      return;
    }
    for (int i = 0; i < L->len; i++) {
      Operand l = check_lhs(chk, L->data[i]);
      Type *rt = r.type->fields[i].type;
      if (l.mode != M_INVALID && l.type && !assignable(rt, l.type, NULL))
        error_at(e->pos, "cannot use %s value as %s value in assignment", type_string_checker(rt),
                 type_string_checker(l.type));
    }
    return;
  }
  if (L->len != R->len) {
    error_at(s->pos, "assignment mismatch: %d variable%s but %d value%s", L->len, L->len > 1 ? "s" : "",
             R->len, R->len > 1 ? "s" : "");
    for (int i = 0; i < L->len; i++)
      check_lhs(chk, L->data[i]);
    for (int i = 0; i < R->len; i++)
      use_expr(chk, R->data[i]);
    return;
  }
  for (int i = 0; i < L->len; i++) {
    Operand l = check_lhs(chk, L->data[i]);
    Operand r = check_rvalue(chk, R->data[i]);
    assign_value(L->data[i], &l, R->data[i], &r);
  }
}

// x, y := ...  declares at least one new variable in the current scope.
static void define_stmt(Checker *chk, Node *s) {
  Vec *L = &s->list;
  Vec news = {0};
  bool any_new = false;
  for (int i = 0; i < L->len; i++) {
    Node *id = L->data[i];
    if (id->kind != N_IDENT) {
      error_at(id->pos, "non-name %s on left side of :=", expr_string(id));
      for (int j = 0; j < s->list2.len; j++)
        use_expr(chk, s->list2.data[j]);
      return;
    }
    Obj *prev = strcmp(id->name, "_") ? scope_lookup_local(chk->scope, id->name) : NULL;
    if (prev && prev->kind == OBJ_VAR) {
      id->obj = prev;
      vec_push(&news, NULL);
      continue;
    }
    for (int j = 0; j < i; j++)
      if (strcmp(id->name, "_") && !strcmp(((Node *)L->data[j])->name, id->name))
        error_at(id->pos, "%s repeated on left side of :=", id->name);
    Obj *o = new_obj(OBJ_VAR, id->name, NULL, id->pos);
    id->obj = o;
    vec_push(&news, o);
    if (strcmp(id->name, "_"))
      any_new = true;
  }
  if (!any_new)
    error_at(s->pos, "no new variables on left side of :=");
  // Types come from the right side; existing variables are assigned.
  Vec names = {0};
  for (int i = 0; i < L->len; i++)
    vec_push(&names, L->data[i]);
  // New objects get their types from the right side; reused ones keep theirs.
  init_vars(chk, s, &names, NULL, &s->list2, "assignment");
  for (int i = 0; i < L->len; i++) {
    Node *id = L->data[i];
    id->type = id->obj->type;
    if (news.data[i])
      declare_local(chk, news.data[i], id);
  }
}

// ---------------------------------------------------------------- control flow

static void cond_expr(Checker *chk, Node *e, const char *what) {
  Operand x = check_rvalue(chk, e);
  if (x.mode == M_INVALID)
    return;
  if (!is_boolean(x.type)) {
    error_at(e->pos, "non-boolean condition in %s statement", what);
    return;
  }
  convert_untyped(e, &x, NULL);
}

static void if_stmt(Checker *chk, Node *s) {
  open_scope(chk);
  if (s->init)
    check_stmt(chk, s->init);
  cond_expr(chk, s->x, "if");
  check_block(chk, s->body);
  if (s->els) {
    if (s->els->kind == N_IF)
      if_stmt(chk, s->els);
    else
      check_block(chk, s->els);
  }
  close_scope(chk);
}

static void for_stmt(Checker *chk, Node *s) {
  open_scope(chk);
  if (s->init)
    check_stmt(chk, s->init);
  if (s->x)
    cond_expr(chk, s->x, "for");
  if (s->post) {
    if (s->post->kind == N_ASSIGN && s->post->op == T_DEFINE)
      error_at(s->post->pos, "cannot declare in post statement of for loop");
    else
      check_stmt(chk, s->post);
  }
  check_block(chk, s->body);
  close_scope(chk);
}

static void range_stmt(Checker *chk, Node *s) {
  open_scope(chk);
  Operand x = check_rvalue(chk, s->x);
  Type *kt = ty_int, *vt = NULL;
  if (x.mode != M_INVALID) {
    Type *u = under(x.type);
    if (u->kind == TY_PTR && under(u->elem)->kind == TY_ARRAY)
      u = under(u->elem);
    if (is_string(u)) {
      convert_untyped(s->x, &x, NULL);
      vt = ty_rune;
    } else if (u->kind == TY_ARRAY || u->kind == TY_SLICE) {
      vt = u->elem;
    } else if (u->kind == TY_MAP) {
      kt = u->key;
      vt = u->elem;
    } else if (u->kind == TY_CHAN) {
      kt = u->elem;
      if (nx(s)->value) {
        error_at(nx(s)->value->pos, "range over %s permits only one iteration variable",
                 operand_desc(s->x, &x));
        x.mode = M_INVALID;
      }
    } else {
      if (is_type_param(x.type))
        error_at(s->x->pos, "cannot range over %s (%s has no core type)", operand_desc(s->x, &x),
                 x.type->name);
      else
        error_at(s->x->pos, "cannot range over %s", operand_desc(s->x, &x));
      x.mode = M_INVALID;
    }
  }
  Node *vars[2] = {nx(s)->key, nx(s)->value};
  Type *types[2] = {kt, vt};
  for (int i = 0; i < 2; i++) {
    Node *v = vars[i];
    if (!v)
      continue;
    Type *t = x.mode == M_INVALID ? ty_invalid : types[i];
    if (s->op == T_DEFINE) {
      if (v->kind != N_IDENT) {
        error_at(v->pos, "non-name %s on left side of :=", expr_string(v));
        continue;
      }
      Obj *o = new_obj(OBJ_VAR, v->name, t, v->pos);
      v->type = t;
      // declared after the range expression is checked, in the loop's scope
      declare_local(chk, o, v);
    } else {
      Operand l = check_lhs(chk, v);
      if (l.mode != M_INVALID && l.type && t != ty_invalid && !assignable(t, l.type, NULL))
        error_at(v->pos, "cannot assign %s to %s in range", type_string_checker(t), operand_desc(v, &l));
    }
  }
  if (nx(s)->w) // a third iteration variable (kept by the parser for this message)
    error_at(nx(s)->w->pos, "range clause permits at most two iteration variables");
  check_block(chk, s->body);
  close_scope(chk);
}

// types2's multipleSwitchDefaults.
void multiple_defaults(Vec *clauses) {
  Node *first = NULL;
  for (int i = 0; i < clauses->len; i++) {
    Node *cc = clauses->data[i];
    if (!cc->is_default)
      continue;
    if (first)
      error_at(cc->pos, "multiple defaults (first at %s:%d:%d)", first->pos.file->display,
               first->pos.line, first->pos.col);
    else
      first = cc;
  }
}

// One value of an expression switch's case (types2's caseValues): checked
// like `e == tag`, constants must not repeat.
static void case_value(Checker *chk, Node *tagx, Operand *tag, Node *e, Vec *seen) {
  Operand v = check_rvalue(chk, e);
  if (v.mode == M_INVALID || tag->mode == M_INVALID)
    return;
  convert_untyped(e, &v, tag->type);
  if (v.mode == M_INVALID)
    return;
  if (!assignable(v.type, tag->type, &v) && !assignable(tag->type, v.type, tag)) {
    error_at(start_pos(e), "invalid case %s in switch on %s (mismatched types %s and %s)",
             expr_string(e), tagx ? expr_string(tagx) : "true", type_string_checker(v.type),
             type_string_checker(tag->type));
    return;
  }
  // gc checks duplicates among integer, floating-point and string
  // constants only (types2's goVal): `case x != 0:` twice in a tagless switch is fine.
  if (v.mode != M_CONST || v.cval->kind == CV_BOOL)
    return;
  for (int i = 0; i < seen->len; i++) {
    Node *p = seen->data[i];
    if (!types_identical(p->type, v.type) || p->cval->kind != v.cval->kind)
      continue;
    Const *eq = const_binary(T_EQL, p->cval, v.cval, false);
    if (eq && eq->b) {
      Pos pp = start_pos(p);
      error_at(start_pos(e), "duplicate case %s in expression switch\n\t%s:%d:%d: previous case",
               operand_desc(e, &v), pp.file->display, pp.line, pp.col);
      return;
    }
  }
  vec_push(seen, e);
}

static void switch_stmt(Checker *chk, Node *s) {
  open_scope(chk);
  if (s->init)
    check_stmt(chk, s->init);
  Operand tag = {M_CONST, ty_bool, NULL};
  if (s->x) {
    tag = check_rvalue(chk, s->x);
    if (tag.mode != M_INVALID) {
      if (tag.type->kind == TY_UNTYPED_NIL) {
        error_at(s->x->pos, "use of untyped nil in switch expression");
        tag.mode = M_INVALID;
      } else {
        convert_untyped(s->x, &tag, NULL);
      }
    }
  }
  multiple_defaults(&s->list);
  Vec seen = {0}; // case values seen: the constant ones' nodes
  for (int i = 0; i < s->list.len; i++) {
    Node *cc = s->list.data[i];
    for (int j = 0; j < cc->list.len; j++)
      case_value(chk, s->x, &tag, cc->list.data[j], &seen);
    open_scope(chk);
    for (int j = 0; j < cc->list2.len; j++) {
      Node *st = cc->list2.data[j];
      check_stmt(chk, st);
    }
    close_scope(chk);
  }
  close_scope(chk);
}

// "too many/not enough return values" with gc's have/want lines (types2's
// initVars for a return statement).
static void return_count_error(Checker *chk, Pos at, bool few, Type **have, int nhave) {
  Type *sig = chk->fn->sig;
  Type **want = xmalloc(sizeof(Type *) * (sig->nresults + 1));
  for (int i = 0; i < sig->nresults; i++)
    want[i] = sig->results[i].type;
  Buf h = {0}, w = {0};
  write_types_summary(&h, have, nhave);
  write_types_summary(&w, want, sig->nresults);
  error_at(at, "%s return values\n\thave %s\n\twant %s", few ? "not enough" : "too many",
           buf_cstr(&h), buf_cstr(&w));
}

static void return_stmt(Checker *chk, Node *s) {
  Type *sig = chk->fn->sig;
  int n = s->list.len, nr = sig->nresults;
  if (n == 0) {
    if (nr && !sig->results[0].name)
      return_count_error(chk, s->pos, true, NULL, 0);
    return;
  }
  // The values: one call may stand for several.
  Operand *xs = xmalloc(sizeof(Operand) * (n + 1));
  Type **have = xmalloc(sizeof(Type *) * (n + 1));
  int nhave = n;
  bool ok = true;
  if (n == 1) {
    xs[0] = check_expr(chk, s->list.data[0]);
    if (xs[0].mode != M_INVALID && xs[0].type && xs[0].type->kind == TY_TUPLE) {
      nhave = xs[0].type->nfields;
      have = xmalloc(sizeof(Type *) * nhave);
      for (int i = 0; i < nhave; i++)
        have[i] = xs[0].type->fields[i].type;
    } else {
      single_value(s->list.data[0], &xs[0]);
    }
  } else {
    for (int i = 0; i < n; i++)
      xs[i] = check_rvalue(chk, s->list.data[i]);
  }
  for (int i = 0; i < n; i++) {
    ok = ok && xs[i].mode != M_INVALID;
    if (nhave == n)
      have[i] = xs[i].type;
  }
  if (!ok)
    return;
  if (nhave != nr) {
    // At the first extra value, or the last one when too few.
    Node *at = s->list.data[n == 1 ? 0 : nhave > nr ? nr : n - 1];
    return_count_error(chk, start_pos(at), nhave < nr, have, nhave);
    return;
  }
  for (int i = 0; i < n && nhave == n; i++)
    assign_to(s->list.data[i], &xs[i], sig->results[i].type, "return statement");
  for (int i = 0; i < nr && nhave != n; i++)
    if (!assignable(have[i], sig->results[i].type, NULL))
      error_at(start_pos(s->list.data[0]), "cannot use %s value as %s value in return statement",
               type_string_checker(have[i]), type_string_checker(sig->results[i].type));
}

static void decl_stmt(Checker *chk, Node *s) {
  for (int i = 0; i < s->list.len; i++) {
    Node *spec = s->list.data[i];
    if (spec->kind == N_TYPESPEC) {
      Obj *o = new_obj(OBJ_TYPE, spec->name, NULL, spec->pos);
      o->spec = spec;
      spec->obj = o;
      Node *id = xmalloc(sizeof(Node));
      id->kind = N_IDENT;
      id->pos = spec->pos;
      id->name = spec->name;
      o->state = 1;
      Scope *sc = chk->scope;
      Obj *prev = scope_insert(sc, o);
      if (prev)
        redeclared(spec->pos, prev);
      check_type_spec(chk, spec, o);
      check_valid_type(chk, o->type);
      o->used = true;
      o->state = 2;
      continue;
    }
    if (spec->kind == N_CONSTSPEC) {
      // Constants: declared after their values are checked.
      Type *t = spec->x ? check_type(chk, spec->x) : NULL;
      int saved = chk->iota;
      chk->iota = nx(spec)->iota;
      for (int j = 0; j < nx(spec)->names.len; j++) {
        Node *id = nx(spec)->names.data[j];
        Obj *o = new_obj(OBJ_CONST, id->name, ty_invalid, id->pos);
        o->state = 2;
        o->used = true;
        if (j < spec->list.len) {
          Node *e = spec->list.data[j];
          Operand x = check_expr(chk, e);
          if (x.mode == M_CONST) {
            if (t)
              assign_to(e, &x, t, "constant declaration");
            if (x.mode == M_CONST) {
              o->type = x.type;
              o->cval = x.cval;
            }
          } else if (x.mode != M_INVALID) {
            error_at(start_pos(e), "%s is not constant", operand_desc(e, &x));
          }
        } else if (j == spec->list.len) {
          error_at(id->pos, "missing init expr for const declaration");
        }
        id->obj = o;
      }
      chk->iota = saved;
      for (int j = 0; j < nx(spec)->names.len; j++) {
        Node *id = nx(spec)->names.data[j];
        Obj *prev = strcmp(id->name, "_") ? scope_insert(chk->scope, id->obj) : NULL;
        if (prev)
          redeclared(id->pos, prev);
      }
      continue;
    }
    // var: the scope of the names starts after the spec.
    Type *t = spec->x ? check_type(chk, spec->x) : NULL;
    Vec objs = {0};
    for (int j = 0; j < nx(spec)->names.len; j++) {
      Node *id = nx(spec)->names.data[j];
      Obj *o = new_obj(OBJ_VAR, id->name, NULL, id->pos);
      id->obj = o;
      vec_push(&objs, o);
    }
      init_vars(chk, spec, &nx(spec)->names, t, &spec->list, "variable declaration");
    for (int j = 0; j < nx(spec)->names.len; j++) {
      Node *id = nx(spec)->names.data[j];
      declare_local(chk, objs.data[j], id);
      id->type = ((Obj *)objs.data[j])->type;
    }
  }
}

// Does the call n stand as a statement? Calls of functions and of the
// builtins gc lists as statements do; conversions and other builtins don't.
static bool is_statement_call(Node *n) {
  Node *f = unparen(n->x);
  if (f->is_type)
    return false;
  if ((f->kind == N_IDENT || f->kind == N_SELECTOR) && f->obj && f->obj->kind == OBJ_BUILTIN) {
    switch (f->obj->builtin) {
    case BI_CLOSE: case BI_COPY: case BI_DELETE: case BI_PANIC: case BI_PRINT: case BI_PRINTLN:
    case BI_RECOVER:
      return true;
    default:
      return false;
    }
  }
  return true;
}

static void expr_stmt(Checker *chk, Node *e) {
  Node *u = unparen(e);
  Operand x = u->kind == N_CALL ? check_call(chk, u) : check_expr(chk, e);
  if (u->kind == N_CALL && (x.mode == M_INVALID || is_statement_call(u)))
    return;
  if (x.mode == M_INVALID || (u->kind == N_UNARY && u->op == T_ARROW))
    return;   // a receive statement
  if (x.mode == M_BUILTIN)
    error_at(start_pos(e), "%s must be called", operand_desc(e, &x));
  else
    error_at(start_pos(e), "%s is not used", operand_desc(e, &x));
}

// defer f(x): the call is checked as a statement; its results are discarded.
static void defer_stmt(Checker *chk, Node *s) {
  const char *kw = s->kind == N_GOSTMT ? "go" : "defer";
  Node *u = unparen(s->x);
  if (u->kind != N_CALL) {
    check_expr(chk, s->x);
    error_at(start_pos(s->x), "expression in %s must be function call", kw);
    return;
  }
  Operand x = check_call(chk, u);
  if (x.mode == M_INVALID)
    return;
  if (!is_statement_call(u)) {
    Node *f = unparen(u->x);
    if (f->is_type)
      error_at(start_pos(s->x), "%s requires function call, not conversion", kw);
    else
      error_at(start_pos(s->x), "%s discards result of %s", kw, expr_string(u));
  }
}

void check_stmt(Checker *chk, Node *s) {
  if (!s)
    return;
  switch (s->kind) {
  case N_EMPTY:
    return;
  case N_BLOCK:
    check_block(chk, s);
    return;
  case N_EXPRSTMT:
    expr_stmt(chk, s->x);
    return;
  case N_INCDEC: {
    // types2 checks x++ as an expression first: it counts as a use of x.
    Operand x = check_expr(chk, s->x);
    if (x.mode == M_INVALID)
      return;
    if (!is_numeric(x.type)) {
      error_at(start_pos(s->x), "invalid operation: %s%s (non-numeric type %s)", expr_string(s->x),
               s->op == T_INC ? "++" : "--", type_string_checker(x.type));
      return;
    }
    check_lhs(chk, s->x);
    return;
  }
  case N_ASSIGN:
    if (s->op == T_DEFINE)
      define_stmt(chk, s);
    else
      assign_stmt(chk, s);
    return;
  case N_IF: if_stmt(chk, s); return;
  case N_FOR: for_stmt(chk, s); return;
  case N_RANGE: range_stmt(chk, s); return;
  case N_SWITCH: switch_stmt(chk, s); return;
  case N_LABELED:
    check_stmt(chk, s->y);
    return;
  case N_BRANCH: return; // check/labels.c
  case N_RETURN: return_stmt(chk, s); return;
  case N_DECLSTMT: decl_stmt(chk, s); return;
  case N_GOSTMT: defer_stmt(chk, s); return;
  case N_DEFERSTMT: defer_stmt(chk, s); return;
  case N_SELECT: check_select(chk, s); return;
  case N_TYPESWITCH: check_type_switch(chk, s); return;
  case N_SENDSTMT: check_send_stmt(chk, s); return;
  default:
    error_at(s->pos, "unexpected statement");
  }
}
