// cost.c — gc's "hairy visitor" (inl.go's hairyVisitor.doNode): the cost of
// a function body in gc's IR nodes, and the reasons gc refuses to inline.
//
// gc counts the nodes of its typechecked IR, which is the syntax tree with
// a few nodes made explicit: implicit conversions to interface (OCONVIFACE),
// a declaration (ODCL) before each variable a := or var introduces, method
// calls as calls of method expressions with the receiver as first argument
// (adding & or * when the receiver needs it), embedded fields as one selector
// each, folded constants as one literal. escgo's lowered IR has many more
// nodes (temporaries, zeroing, bounds), so the cost is counted here on the
// checked syntax tree, node for node as gc would have them. Each visited
// node costs 1 unless gc says otherwise (the cases below).
#include "internal.h"
#include "lower/lower.h"

#include <string.h>

typedef struct Cost {
  Inliner *in;
  const Instance *instance;   // the function costed is this generic's instance (or NULL)
  int budget;
  const char *reason;  // set: refused, stop
  int decl_cost;       // per variable declared with a value (ODCL and its name)
  Type *sig;           // the function whose return statements are being counted (a
                       // func literal's own, inside it): its results' types
} Cost;

// An instance of another package's generic is made from that package's
// export data, whose reader writes each variable declared with a value
// (:=, var x = e, range's) as two more nodes: measured against gc 1.19,
// a cost 2 higher per such variable than the same instance made locally.
enum { DECL_COST = 2, IMPORTED_DECL_COST = 4 };

static bool cost_expr(Cost *c, Node *e);
static bool cost_stmt(Cost *c, Node *s);

InlInfo *inl_info(Func *f) {
  if (!f->inl)
    f->inl = xmalloc(sizeof(InlInfo));
  return f->inl;
}

int inline_cost(Func *f) {
  InlInfo *i = f->inl;
  return i && i->checked && i->cost > 0 ? i->cost : -1;
}

// The Func lowered from a syntax declaration (N_FUNCDECL or N_FUNCLIT).
Func *func_of_decl(Inliner *in, Node *decl) {
  if (!decl)
    return NULL;
  if (decl->kind == N_FUNCDECL && decl->obj && decl->obj->ir)
    return decl->obj->ir;
  // A literal copied by inlining shares its syntax with the original: the
  // copy inside the function being looked at is the one meant.
  Func *any = NULL;
  for (int i = 0; i < in->decl_funcs.len; i++) {
    Func *f = in->decl_funcs.data[i];
    if (f->decl == decl && in->curfn && f->outer == in->curfn)
      return f;
    if (f->decl == decl && !any)
      any = f;
  }
  return any;
}

static bool cost_list(Cost *c, const Vec *l) {
  int last_label = -1;
  for (int i = 0; i < l->len; i++)
    if (((Node *)l->data[i])->kind == N_LABELED)
      last_label = i;
  for (int i = 0; i < l->len; i++) {
    if (cost_stmt(c, l->data[i]))
      return true;
    if (i > last_label && dead_after(l->data[i]))
      break;
  }
  return false;
}

// e used where a value of type target is wanted: gc's typechecker makes a
// conversion to interface explicit there (one more node), from a concrete
// type or from another interface type (Getter to any).
static bool cost_value(Cost *c, Node *e, Type *target) {
  Node *u = unparen(e);
  if (target && is_interface(target) && u && u->type && u->type->kind != TY_UNTYPED_NIL &&
      u->type->kind != TY_TUPLE && (!is_interface(u->type) || !types_identical(u->type, target)))
    c->budget--;
  return cost_expr(c, e);
}

// The function a call calls, when known (gc's inlCallee with StaticValue).
static Func *callee_of(Cost *c, Node *fn) {
  fn = unparen(fn);
  if (fn->kind == N_FUNCLIT)
    return func_of_decl(c->in, fn);
  Obj *o = fn->obj;
  if (fn->kind == N_SELECTOR && nx(fn)->method)
    o = nx(fn)->method->func;
  if (!o || !o->ir)
    return NULL;
  if (o->kind == OBJ_FUNC)
    return o->ir;
  if (o->kind == OBJ_VAR && !o->global) {
    Func *f = ((Var *)o->ir)->static_fn;
    return method_expr_target(f) ? method_expr_target(f) : f;
  }
  return NULL;
}

// The extra cost of a call: none for an intrinsic, the callee's own cost
// when it is inlinable (mid-stack inlining), gc's extraCallCost otherwise.
static void call_extra(Cost *c, Node *fn) {
  Func *callee = callee_of(c, fn);
  if (is_intrinsic(callee))
    return;   // gc: an intrinsic call is an ordinary node
  Node *u = unparen(fn);
  if (u->kind == N_SELECTOR && nx(u)->method && is_cheap_method(callee))
    return;   // gc: so is a method call (OMETHEXPR) of binary's byte orders
  if (callee && callee->inl && !callee->inl->checked && callee->outer)
    can_inline(c->in, callee);   // gc checks a called func literal on the spot
  if (callee && callee->inl && callee->inl->can)
    c->budget -= callee->inl->cost;
  else
    c->budget -= INLINE_EXTRA_CALL_COST;
}

// The type reached from t by the embedded-field path of a selector.
static Type *along_path(Type *t, const Vec *path) {
  for (int i = 0; i < path->len; i++) {
    Type *u = under(t);
    if (u->kind == TY_PTR)
      u = under(u->elem);
    if (u->kind != TY_STRUCT)
      return t;
    t = u->fields[(intptr_t)path->data[i]].type;
  }
  return t;
}

static bool is_ptr(Type *t) { return t && under(t)->kind == TY_PTR; }

// x.M(args) of a declared method: OCALLFUNC(OMETHEXPR, recv, args...); the
// receiver goes through the embedded fields, then gets & or * as the method
// wants it.
static bool cost_method_call(Cost *c, Node *sel) {
  Method *m = nx(sel)->method;
  c->budget -= 1 + sel->list2.len;   // the method expression; one selector per embedded field
  if (!sel->x->is_type) {
    Type *recv = along_path(sel->x->type, &sel->list2);
    if (m->ptr_recv != is_ptr(recv))
      c->budget--;   // OADDR or ODEREF
  }
  return cost_expr(c, sel->x);
}

static bool cost_args(Cost *c, Node *call, Type *ft) {
  ft = ft ? under(ft) : NULL;
  Node *only = call->list.len == 1 ? unparen(call->list.data[0]) : NULL;
  if (only && only->type && only->type->kind == TY_TUPLE) {
    // gc: t1, ..., tn := g(); f(t1, ..., tn) (each temporary declared)
    c->budget -= 1 + 4 * only->type->nfields;
    return cost_expr(c, only);
  }
  for (int i = 0; i < call->list.len; i++) {
    Type *pt = NULL;
    if (ft && ft->kind == TY_FUNC) {
      int np = ft->nfields;
      if (ft->variadic && i >= np - 1 && !call->has_ellipsis)
        pt = under(ft->fields[np - 1].type)->elem;
      else if (i < np)
        pt = ft->fields[i].type;
    }
    if (cost_value(c, call->list.data[i], pt))
      return true;
  }
  return false;
}

// A basic type's kind as gc's SimType has it on amd64: int is int64, uint
// and uintptr are uint64.
static int sim_kind(Type *t) {
  int k = under(t)->kind;
  return k == TY_INT ? TY_INT64 : k == TY_UINT || k == TY_UINTPTR ? TY_UINT64 : k;
}

static bool is_float_kind(int k) { return k >= TY_FLOAT32 && k <= TY_COMPLEX128; }

// T(x): one node, unless gc's typechecker makes it an OCONVNOP — identical
// underlying types, integers of one SimType (int64(i) of an int i), the
// pointer and unsafe.Pointer cases below — and never for floating point,
// whose conversions round even between identical types.
static bool cost_conversion(Cost *c, Node *call) {
  Node *x = call->list.len ? call->list.data[0] : NULL;
  Type *to = call->type, *from = x ? unparen(x)->type : NULL;
  bool nop = from && !is_interface(to) && types_identical(under(to), under(from));
  if (from && under(from)->kind >= TY_INT && under(from)->kind <= TY_COMPLEX128 &&
      under(to)->kind >= TY_INT && under(to)->kind <= TY_COMPLEX128)
    nop = sim_kind(from) == sim_kind(to) && !is_float_kind(under(to)->kind);
  if (from && is_ptr(to) && is_ptr(from) &&
      types_identical(under(under(to)->elem), under(under(from)->elem)))
    nop = true;
  bool to_u = under(to)->kind == TY_UNSAFEPTR, from_u = from && under(from)->kind == TY_UNSAFEPTR;
  Type *other = to_u ? from : to;
  if (from && to_u != from_u && (is_ptr(other) || under(other)->kind == TY_UINTPTR))
    nop = true;
  if (!nop)
    c->budget--;
  return cost_expr(c, x);
}

// Does a type expression of an instance's body name one of its type
// parameters (T, []T, map[string]T)?
static bool mentions_type_param(Node *t) {
  if (!t)
    return false;
  if (t->kind == N_IDENT)
    return t->obj && t->obj->tparam;
  if (mentions_type_param(t->x) || mentions_type_param(t->y))
    return true;
  for (int i = 0; i < t->list.len; i++)
    if (mentions_type_param(t->list.data[i]))
      return true;
  return false;
}

static bool cost_builtin(Cost *c, Node *call, Builtin b) {
  switch (b) {
  case BI_RECOVER:
    c->reason = "call to recover";
    return true;
  case BI_NEW:
    c->budget -= 2;   // ONEW and its type
    return false;
  case BI_PANIC: {
    c->budget -= 1 + INLINE_EXTRA_PANIC_COST;
    Node *x = call->list.len ? unparen(call->list.data[0]) : NULL;
    if (x && x->type && !is_interface(x->type))
      c->budget++;   // gc's hack: panic's implicit conversion is free
    return call->list.len && cost_value(c, call->list.data[0], ty_any);
  }
  case BI_APPEND: {
    c->budget -= 1 + INLINE_EXTRA_APPEND_COST;
    Type *st = call->list.len ? unparen(call->list.data[0])->type : NULL;
    Type *elem = st && under(st)->kind == TY_SLICE && !call->has_ellipsis ? under(st)->elem : NULL;
    for (int i = 0; i < call->list.len; i++)
      if (cost_value(c, call->list.data[i], i ? elem : NULL))
        return true;
    return false;
  }
  default:
    c->budget--;
    // make(map[K]V) or make(chan T) without a size: gc's typechecker
    // supplies the 0 (one more node; a slice's make has its length).
    if (b == BI_MAKE && call->list.len == 1 && call->type &&
        (under(call->type)->kind == TY_MAP || under(call->type)->kind == TY_CHAN))
      c->budget--;
    for (int i = 0; i < call->list.len; i++)
      if (cost_expr(c, call->list.data[i]))
        return true;
    return false;
  }
}

// Are some of inner's type arguments (or types made of them) outer's? F[T]()
// in an instance's body is F[int]() by then: its type arguments are the
// caller's (an F[int]() written so would be taken for one too).
static bool targs_from(const Instance *inner, const Instance *outer) {
  for (int i = 0; inner && outer && i < inner->ntargs; i++)
    for (int j = 0; j < outer->ntargs; j++)
      if (types_identical(inner->targs[i], outer->targs[j]) ||
          (inner->targs[i]->elem && types_identical(inner->targs[i]->elem, outer->targs[j])))
        return true;
  return false;
}

// A call of a generic function's or method's instance passes a dictionary
// first (gc's stenciling): &dict, 2 nodes, or, when the type arguments come
// from the calling generic's own type parameters, an entry of its
// dictionary (gc's sub-dictionary), 4 — measured against gc 1.19.
static int dictionary_cost(Cost *c, Node *call, Node *fn) {
  bool method = fn->kind == N_SELECTOR && nx(fn)->method;
  Obj *callee = method ? nx(fn)->method->func : fn->kind == N_INDEX ? unparen(fn->x)->obj : fn->obj;
  if (!callee || (!callee->generic && !callee->instance))
    return 0;
  bool sub = method && unparen(fn->x)->shape_typed;
  for (int i = 0; i < call->list.len; i++)
    sub |= unparen(call->list.data[i])->shape_typed;
  if (fn->kind == N_INDEX) {   // explicit type arguments: F[T](...)
    sub |= mentions_type_param(fn->y);
    for (int i = 0; i < fn->list.len; i++)
      sub |= mentions_type_param(fn->list.data[i]);
  }
  if (!sub && !method && !call->list.len)   // F[T](): nothing else says where T came from
    sub = targs_from(callee->instance, c->instance);
  return sub ? 4 : 2;
}

static bool cost_call(Cost *c, Node *call) {
  Node *fn = unparen(call->x);
  if (fn->is_type)
    return cost_conversion(c, call);
  if (fn->obj && fn->obj->kind == OBJ_BUILTIN)
    return cost_builtin(c, call, fn->obj->builtin);
  c->budget--;   // OCALLFUNC / OCALLINTER
  // gc's RewriteNonNameCall (lower/autotmp.c): a receiver or function value
  // that calls or receives is first assigned to a temporary, t := x.
  Node *held = fn->kind == N_SELECTOR && nx(fn)->method && !fn->x->is_type ? unparen(fn->x) : fn;
  if (nx(held)->autotmp)
    c->budget -= 3;
  bool stop;
  if (fn->kind == N_SELECTOR && nx(fn)->method && nx(fn)->method->func && !fn->x->is_type) {
    stop = cost_method_call(c, fn);
  } else if (fn->kind == N_SELECTOR && nx(fn)->method && !nx(fn)->method->func &&
             !fn->x->is_type && is_interface(nx(fn)->method_holder)) {
    c->budget -= 1 + fn->list2.len;   // ODOTINTER (and the embedded fields)
    stop = cost_expr(c, fn->x);
  } else {
    stop = cost_expr(c, fn);
  }
  if (stop || cost_args(c, call, fn->type))
    return true;
  c->budget -= dictionary_cost(c, call, fn);
  call_extra(c, fn);
  return false;
}

// x.name: a qualified identifier, a field (one node per embedded field on
// the way), a method value (gc charges OMETHVALUE twice) or expression.
static bool cost_selector(Cost *c, Node *e) {
  if (e->x->kind == N_IDENT && e->x->obj && e->x->obj->kind == OBJ_PKG) {
    c->budget--;
    return false;
  }
  if (nx(e)->method) {
    if (e->x->is_type) {
      c->budget--;   // OMETHEXPR is free; its type operand is not
      return false;
    }
    c->budget -= 2 + e->list2.len;
    if (nx(e)->method->ptr_recv != is_ptr(along_path(e->x->type, &e->list2)))
      c->budget--;   // OADDR or ODEREF, as for a method call
    return cost_expr(c, e->x);
  }
  c->budget -= e->list2.len ? e->list2.len : 1;
  return cost_expr(c, e->x);
}

// Operands of a string + chain become one OADDSTR.
static bool cost_concat(Cost *c, Node *e) {
  Node *x = unparen(e->x);
  if (x->kind == N_BINARY && x->op == T_ADD && !x->cval && is_string(x->type)) {
    if (cost_concat(c, x))
      return true;
  } else if (cost_expr(c, x)) {
    return true;
  }
  return cost_expr(c, e->y);
}

static bool cost_binary(Cost *c, Node *e) {
  c->budget--;
  if (e->op == T_ADD && is_string(e->type))
    return cost_concat(c, e);
  // A comparison converts only between two interface types (any == Getter);
  // an interface compared with a concrete value stays mixed until walk.
  Node *x = unparen(e->x), *y = unparen(e->y);
  bool ifaces = (e->op == T_EQL || e->op == T_NEQ) && x->type && y->type &&
                is_interface(x->type) && is_interface(y->type);
  if (cost_expr(c, e->x))
    return true;
  return cost_value(c, e->y, ifaces ? x->type : NULL);
}

// Composite literals: struct elements are OSTRUCTKEY nodes (keyed or not),
// keyed array/map elements OKEY; a slice literal costs 2 (gc's hack).
static bool cost_composite(Cost *c, Node *e) {
  Type *t = e->type ? under(e->type) : NULL;
  if (t && t->kind == TY_PTR)   // &T{} elided in an outer literal
    t = under(t->elem), c->budget--;
  c->budget -= t && t->kind == TY_SLICE ? 2 : 1;
  for (int i = 0; i < e->list.len; i++) {
    Node *el = e->list.data[i];
    Type *et = NULL;
    if (t && t->kind == TY_STRUCT) {
      c->budget--;
      int fi = i;
      if (el->kind == N_KEYVALUE)
        for (int k = 0; k < t->nfields; k++)
          if (!strcmp(t->fields[k].name, el->x->name))
            fi = k;
      et = fi < t->nfields ? t->fields[fi].type : NULL;
      if (el->kind == N_KEYVALUE)
        el = el->y;
    } else if (t) {
      et = t->kind == TY_MAP ? t->elem : t->elem;
      if (el->kind == N_KEYVALUE) {
        c->budget--;
        if (cost_value(c, el->x, t->kind == TY_MAP ? t->key : NULL))
          return true;
        el = el->y;
      }
    }
    if (cost_value(c, el, et))
      return true;
  }
  return false;
}

static bool cost_closure(Cost *c, Node *lit) {
  if (flags.no_inline_closures) {
    c->reason = "not inlining functions with closures";
    return true;
  }
  c->budget -= 1 + 15;
  Type *saved = c->sig;
  c->sig = lit->type;
  bool stop = lit->body && cost_list(c, &lit->body->list);
  c->sig = saved;
  return stop;
}

static bool cost_unary(Cost *c, Node *e) {
  Node *x = unparen(e->x);
  if (e->op == T_AND && x->kind == N_COMPOSITE) {
    c->budget--;   // OPTRLIT
    return cost_composite(c, x);
  }
  if (e->op != T_ADD)
    c->budget--;
  return cost_expr(c, e->x);
}

// gc stops counting once over budget unless -m=2 wants the whole cost
// (also what keeps a 100,000-term expression cheap to look at).
static bool over_budget(Cost *c) {
  if (c->budget >= 0 || flags.m >= 2)
    return false;
  c->reason = "too expensive";
  return true;
}

static bool cost_expr(Cost *c, Node *e) {
  e = unparen(e);
  if (!e || e->is_type)
    return false;
  if (over_budget(c))
    return true;
  if (e->cval) {   // folded to one literal
    c->budget--;
    return false;
  }
  switch (e->kind) {
  case N_IDENT: case N_BASICLIT:
    c->budget--;
    return false;
  case N_SELECTOR: return cost_selector(c, e);
  case N_INDEX: {
    c->budget--;
    Type *t = e->x->type ? under(e->x->type) : NULL;
    if (t && t->kind == TY_PTR)
      c->budget--;   // p[i] of a pointer to an array: gc's implicit ODEREF
    if (cost_expr(c, e->x))
      return true;
    return cost_value(c, e->y, t && t->kind == TY_MAP ? t->key : NULL);
  }
  case N_SLICEEXPR:
    c->budget--;
    if (e->x->type && under(e->x->type)->kind == TY_ARRAY)
      c->budget--;   // OADDR of the array
    return cost_expr(c, e->x) || cost_expr(c, e->y) || cost_expr(c, nx(e)->z) ||
           cost_expr(c, nx(e)->w);
  case N_TYPEASSERT:
    c->budget--;
    return cost_expr(c, e->x);
  case N_STAR: {
    c->budget--;
    Node *x = unparen(e->x);
    while (x->kind == N_CALL && unparen(x->x)->is_type && x->list.len == 1)
      x = unparen(x->list.data[0]);
    if (x->kind == N_UNARY && x->op == T_AND)
      c->budget++;   // *&x is cheap
    return cost_expr(c, e->x);
  }
  case N_UNARY: return cost_unary(c, e);
  case N_BINARY: return cost_binary(c, e);
  case N_COMPOSITE: return cost_composite(c, e);
  case N_FUNCLIT: return cost_closure(c, e);
  case N_CALL: return cost_call(c, e);
  case N_KEYVALUE:
    return cost_expr(c, e->x) || cost_expr(c, e->y);
  default:
    return false;
  }
}

// ---------------------------------------------------------------- statements

static bool declares(Node *id) {
  return id->kind == N_IDENT && id->obj && id->obj->decl == id && strcmp(id->name, "_");
}

// a, b := ... declares each new name first (ODCL: itself and the name).
static int new_names(Node *s) {
  int n = 0;
  for (int i = 0; s->op == T_DEFINE && i < s->list.len; i++)
    n += declares(s->list.data[i]);
  return n;
}

static bool cost_assign(Cost *c, Node *s) {
  c->budget -= 1 + c->decl_cost * new_names(s);
  bool pairs = s->list.len == s->list2.len;
  for (int i = 0; i < s->list.len; i++)
    if (cost_expr(c, s->list.data[i]))
      return true;
  for (int i = 0; i < s->list2.len; i++) {
    Node *l = pairs && s->op != T_DEFINE ? unparen(s->list.data[i]) : NULL;
    if (cost_value(c, s->list2.data[i], l ? l->type : NULL))
      return true;
  }
  return false;
}

// var a, b T = x, y: ODCL for each name, then one assignment (OAS(a, nil)
// per name without values).
static bool cost_var_spec(Cost *c, Node *spec) {
  const Vec *names = &nx(spec)->names;
  if (!spec->list.len) {
    c->budget -= 4 * names->len;
    return false;
  }
  c->budget -= c->decl_cost * names->len;
  // var x, y T = a, b is gc's var x T = a; var y T = b: an assignment each.
  // (var x, y = f() stays one.)
  c->budget -= spec->list.len == names->len ? 2 * names->len : 1 + names->len;
  for (int i = 0; i < spec->list.len; i++) {
    Node *id = i < names->len && spec->list.len == names->len ? names->data[i] : NULL;
    if (cost_value(c, spec->list.data[i], id && id->obj ? id->obj->type : NULL))
      return true;
  }
  return false;
}

static bool cost_decl(Cost *c, Node *s) {
  for (int i = 0; i < s->list.len; i++) {
    Node *spec = s->list.data[i];
    if (spec->kind == N_TYPESPEC) {
      c->reason = "unhandled op DCLTYPE";
      return true;
    }
    if (spec->kind == N_VARSPEC && cost_var_spec(c, spec))
      return true;
  }
  return false;
}

// gc's deadcode pass, before inlining, shortens an if's condition where
// the left operand of && or || is a constant: true && x is x, false && x
// false, true || x true, false || x is x. The value e comes to: 1 or 0 if
// a constant, -1 if not.
static bool is_logical(Node *u) { return u->kind == N_BINARY && (u->op == T_LAND || u->op == T_LOR); }

int inl_cond_value(Node *e) {
  Node *u = unparen(e);
  if (u->cval && u->cval->kind == CV_BOOL)
    return u->cval->b;
  if (!is_logical(u))
    return -1;
  int x = inl_cond_value(u->x);
  if (x < 0)
    return -1;
  return (u->op == T_LAND) == (x == 1) ? inl_cond_value(u->y) : x;
}

// e without the && and || whose constant left operand decides them: true
// && x is x, false || x is x; false && x and true || x are their constant.
Node *inl_cond_reduced(Node *e) {
  Node *u = unparen(e);
  while (is_logical(u) && !u->cval) {
    int x = inl_cond_value(u->x);
    if (x < 0)
      break;
    u = unparen((u->op == T_LAND) == (x == 1) ? u->y : u->x);
  }
  return u;
}

// The cost of an if's condition as deadcode leaves it.
static bool cost_cond(Cost *c, Node *e) {
  Node *u = inl_cond_reduced(e);
  if (u->cval || !is_logical(u))
    return cost_expr(c, u);
  c->budget--;
  return cost_cond(c, u->x) || cost_cond(c, u->y);
}

// if with a constant condition: only the branch taken counts.
static bool cost_if(Cost *c, Node *s) {
  if (cost_stmt(c, s->init))
    return true;
  int value = inl_cond_value(s->x);
  if (value >= 0)
    return cost_stmt(c, value ? s->body : s->els);
  c->budget--;
  return cost_cond(c, s->x) || cost_stmt(c, s->body) || cost_stmt(c, s->els);
}

static bool cost_range(Cost *c, Node *s) {
  c->budget--;
  Node *vars[] = {nx(s)->key, nx(s)->value};
  for (int i = 0; i < 2; i++) {
    if (!vars[i])
      continue;
    c->budget--;
    if (s->op == T_DEFINE && declares(vars[i]))
      c->budget -= c->decl_cost;
  }
  return cost_expr(c, s->x) || cost_stmt(c, s->body);
}

static bool cost_case(Cost *c, Node *s, Node *cl, Type *tag, int only_value) {
  c->budget--;
  if (s->kind == N_TYPESWITCH && s->y->kind == N_ASSIGN)
    c->budget--;   // the clause's own variable (gc's CaseClause.Var)
  for (int j = 0; j < cl->list.len; j++) {
    Node *v = unparen(cl->list.data[j]);
    if (only_value >= 0 && j != only_value)
      continue;
    if (s->kind == N_TYPESWITCH)
      c->budget--;   // the type (or nil)
    else if (cost_value(c, v, tag && is_interface(tag) && v->type && is_interface(v->type) ? tag
                                                                                        : NULL))
      return true;   // (converted only between interface types, as a comparison)
  }
  return cost_list(c, &cl->list2);
}

static bool cost_switch(Cost *c, Node *s) {
  c->budget--;
  if (cost_stmt(c, s->init))
    return true;
  Type *tag = NULL;
  if (s->kind == N_TYPESWITCH) {
    Node *g = s->y;
    Node *x = g->kind == N_ASSIGN ? g->list2.data[0] : g->x;
    c->budget -= 1 + (g->kind == N_ASSIGN);   // OTYPESW (and its name)
    if (cost_expr(c, unparen(x)->x))
      return true;
  } else if (s->x) {
    tag = unparen(s->x)->type;
    if (cost_expr(c, s->x))
      return true;
  }
  SwitchKeep keep = switch_keep(s);
  for (int i = 0; i < s->list.len; i++) {
    if (keep.pruned && i != keep.clause)
      continue;
    if (cost_case(c, s, s->list.data[i], tag, keep.pruned ? keep.value : -1))
      return true;
  }
  return false;
}

// A select case's receive is an assignment of two values (gc's OSELRECV2,
// blank ones when the case names none) from the receive.
static bool cost_comm(Cost *c, Node *comm) {
  if (!comm || comm->kind == N_SENDSTMT)
    return cost_stmt(c, comm);
  if (comm->kind == N_ASSIGN) {
    c->budget -= 1 + 2 * new_names(comm) + (2 - comm->list.len);
    for (int i = 0; i < comm->list.len; i++)
      if (cost_expr(c, comm->list.data[i]))
        return true;
    return cost_expr(c, comm->list2.data[0]);
  }
  c->budget -= 3;
  return cost_expr(c, comm->x);
}

static bool cost_select(Cost *c, Node *s) {
  c->budget--;
  for (int i = 0; i < s->list.len; i++) {
    Node *cl = s->list.data[i];
    c->budget--;
    if (cost_comm(c, cl->x) || cost_list(c, &cl->list2))
      return true;
  }
  return false;
}

static bool cost_stmt(Cost *c, Node *s) {
  if (!s)
    return false;
  if (over_budget(c))
    return true;
  switch (s->kind) {
  case N_BLOCK: return cost_list(c, &s->list);
  case N_EXPRSTMT: return cost_expr(c, s->x);
  case N_ASSIGN:
    if (s->op != T_ASSIGN && s->op != T_DEFINE) {   // x op= y
      c->budget--;
      return cost_expr(c, s->list.data[0]) || cost_expr(c, s->list2.data[0]);
    }
    return cost_assign(c, s);
  case N_INCDEC:
    c->budget -= 2;   // OASOP and its implicit 1
    return cost_expr(c, s->x);
  case N_DECLSTMT: return cost_decl(c, s);
  case N_RETURN: {
    c->budget--;
    Node *only = s->list.len == 1 ? unparen(s->list.data[0]) : NULL;
    if (only && only->type && only->type->kind == TY_TUPLE) {
      // gc: t1, ..., tn := g(); return t1, ..., tn (fmt.Println's body)
      c->budget -= 1 + 4 * only->type->nfields;
      return cost_expr(c, only);
    }
    Type *ft = c->sig ? under(c->sig) : NULL;
    for (int i = 0; i < s->list.len; i++) {
      Type *rt = ft && s->list.len == ft->nresults ? ft->results[i].type : NULL;
      if (cost_value(c, s->list.data[i], rt))
        return true;
    }
    return false;
  }
  case N_IF: return cost_if(c, s);
  case N_FOR:
    c->budget--;
    return cost_stmt(c, s->init) || cost_expr(c, s->x) || cost_stmt(c, s->post) ||
           cost_stmt(c, s->body);
  case N_RANGE: return cost_range(c, s);
  case N_SWITCH: case N_TYPESWITCH: return cost_switch(c, s);
  case N_SELECT: return cost_select(c, s);
  case N_BRANCH:
    if (s->op != T_FALLTHROUGH)
      c->budget--;
    return false;
  case N_LABELED:
    c->budget--;
    return cost_stmt(c, s->y);
  case N_SENDSTMT: {
    c->budget--;
    Type *ct = unparen(s->x)->type;
    return cost_expr(c, s->x) ||
           cost_value(c, s->y, ct && under(ct)->kind == TY_CHAN ? under(ct)->elem : NULL);
  }
  case N_GOSTMT:
    c->reason = "unhandled op GO";
    return true;
  case N_DEFERSTMT:
    c->reason = "unhandled op DEFER";
    return true;
  default:
    return false;
  }
}

// ---------------------------------------------------------------- CanInline

static const char *pragma_reason(Func *f) {
  if (f->pragmas & PRAGMA_NOINLINE)
    return "marked go:noinline";
  if (f->pragmas & PRAGMA_UINTPTRKEEPALIVE && !(f->pragmas & PRAGMA_UINTPTRESCAPES))
    return "marked as having a keep-alive uintptr argument";
  if (f->pragmas & PRAGMA_UINTPTRESCAPES)
    return "marked as having an escaping uintptr argument";
  if (!f->decl || !f->decl->body)
    return "no function body";
  return NULL;
}

// gc's name of a function in its messages: F, T.M, (*T).M, F.func1; a func
// literal of a package-level initialiser is glob..func1 (escgo's init glue
// holds it: init.func1).
const char *inl_func_name(Inliner *in, Func *f) {
  Func *o = f;
  while (o->outer)
    o = o->outer;
  if (o == in->prog->init && f != o && !strncmp(f->name, "init.", 5))
    return xfmt("glob..%s", f->name + 5);
  return f->name;
}

// gc's position of a function: its name, or a method's receiver's '('
// (but the name again for another package's generic instance: gc made it
// from export data, which records the name's position).
Pos inl_func_pos(Func *f) {
  if (!f->decl)
    return f->pos;   // (another package's func literal)
  if (f->decl->kind == N_FUNCDECL && nx(f->decl)->recv && !f->foreign_pkg)
    return nx(f->decl)->lparen;
  return f->pos;
}

static void report(Inliner *in, Func *f, InlInfo *info) {
  if (f->mtab_wrapper || f->is_wrapper || (!f->decl && !info->closure_import))
    return;
  if (f->instance && !f->instance->shape_first)
    return;   // gc has one body per shape, and spoke of it already
  Pos pos = inl_func_pos(f);
  if (info->can) {
    if (flags.m > 1)
      note_at(pos, "can inline %s with cost %d as: %s", inl_func_name(in, f), info->cost,
              info->closure_import ? info->import_text : inl_body_string(f));
    else if (flags.m)
      note_at(pos, "can inline %s", inl_func_name(in, f));
  } else if (flags.m > 1 && info->reason) {
    note_at(pos, "cannot inline %s: %s", inl_func_name(in, f), info->reason);
  }
  if (info->can)
    logopt_entry("canInlineFunction", pos, xfmt("cost: %d", info->cost));
  else if (info->reason)
    logopt_entry("cannotInlineFunction", pos, info->reason);
}

// gc's CanInline: the pragmas, then the body's cost against the budget.
static void weigh(Inliner *in, Func *f, InlInfo *info) {
  info->reason = pragma_reason(f);
  if (info->reason)
    return;
  Func *saved = in->curfn;
  in->curfn = f;
  Cost c = {.in = in, .instance = f->instance, .budget = INLINE_MAX_BUDGET, .sig = f->type,
            .decl_cost = imported_spelling(f) ? IMPORTED_DECL_COST : DECL_COST};
  cost_list(&c, &f->decl->body->list);
  in->curfn = saved;
  info->cost = INLINE_MAX_BUDGET - c.budget;
  info->reason = c.reason;
  if (!c.reason && c.budget < 0)
    info->reason = xfmt("function too complex: cost %d exceeds budget %d", info->cost,
                        INLINE_MAX_BUDGET);
}

void can_inline(Inliner *in, Func *f) {
  InlInfo *info = inl_info(f);
  if (info->checked)
    return;
  info->checked = true;
  if (info->closure_import)   // another package's func literal: its facts came with it
    info->reason = info->cost >= 0 ? NULL : info->import_text;
  else
    weigh(in, f, info);
  info->can = !info->reason;
  if (info->can) {
    info->body = inline_save_body(f);
    info->expandable = inline_body_copyable(info->body);
  }
  report(in, f, info);
}

// Callers with 5,000 nodes or more (gc's isBigFunc counts its IR's nodes;
// the syntax tree's are near enough) only inline the cheapest callees.
static int count_nodes(Node *n, int budget);

static int count_list(const Vec *l, int budget) {
  for (int i = 0; i < l->len && budget > 0; i++)
    budget = count_nodes(l->data[i], budget);
  return budget;
}

static int count_nodes(Node *n, int budget) {
  if (!n || budget <= 0)
    return budget;
  budget--;
  Node *kids[] = {n->x, n->y, n->init, n->post, n->body, n->els};
  for (int i = 0; i < 6; i++)
    budget = count_nodes(kids[i], budget);
  budget = count_list(&n->list, budget);
  return n->kind == N_SELECTOR ? budget : count_list(&n->list2, budget);   // (a selector's list2: ints)
}

bool is_big_func(Func *f) {
  return f->decl && f->decl->body && count_nodes(f->decl->body, INLINE_BIG_FUNCTION_NODES) <= 0;
}
