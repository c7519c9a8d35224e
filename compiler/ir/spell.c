// spell.c — gc's spelling of typed syntax in -m and -m=2 messages (gc's ir
// formatting, which differs from types2's error messages): composite literals
// as T{...}, conversions as T(x) or (T)(x), a method call on a concrete type
// as the method expression (*T).M(x), a variadic call's packed arguments as
// "... argument". Lowering spells the allocation sites it makes; escape
// analysis spells the statements its -m=2 explanations walk through.
#include "ir.h"

#include <string.h>

static void spell(Buf *b, Node *n);
static int devirts_spelled;   // devirtualized calls spelled so far
static bool spell_verdict;    // spelling a -m=2 verdict line (see verdict_spelling)
static const char *last_explained;
static char *last_verdict;
static void spell_at(Buf *b, Node *n, int prec);
static void spell_embedded_path(Buf *b, Node *sel);

static void spell_opt(Buf *b, Node *n) {
  if (n)
    spell(b, n);
}

static void spell_list(Buf *b, Vec *v) {
  for (int i = 0; i < v->len; i++) {
    if (i)
      buf_puts(b, ", ");
    spell(b, v->data[i]);
  }
}

// A variadic call prints as gc rewrote it: the packed arguments become the
// "... argument" slice, or nil when there are none: f(1, ... argument...).
// (Not yet in the body CanInline prints: gc packs them later.)
static void spell_call_args(Buf *b, Node *n) {
  Type *ft = n->x->type ? under(n->x->type) : NULL;
  bool builtin = n->x->kind == N_IDENT && n->x->obj && n->x->obj->kind == OBJ_BUILTIN;
  // f(g()), g returning several values: gc spells the call as written.
  Node *a0 = n->list.len == 1 ? unparen(n->list.data[0]) : NULL;
  bool multi = a0 && a0->type && a0->type->kind == TY_TUPLE;
  if (!ft || ft->kind != TY_FUNC || !ft->variadic || n->has_ellipsis || builtin || multi ||
      spell_before_devirt) {
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

// The rest of a call whose first argument is spelled: ", args)".
static void spell_more_args(Buf *b, Node *call) {
  if (call->list.len)
    buf_puts(b, ", ");
  spell_call_args(b, call);
  buf_putc(b, ')');
}

// An instance of another package's generic is called as that package's
// shape body with that package's dictionary: stack.Map[...](&stack..dict.Map[int], ...).
static const char *instance_qualifier(const Obj *inst) {
  if (!inst->home || !strcmp(inst->home->path, types_local_pkg))
    return "";
  return xfmt("%s.", inst->home->name);
}

// x.M(args) on a concrete type: gc spells the call as a method expression,
// "(*T).M(x, args)" or "T.M(x, args)" (neither an implicit *x nor an implicit &x shown).
static bool spell_method_call(Buf *b, Node *call) {
  Node *sel = unparen(call->x);
  if (sel->kind != N_SELECTOR || !nx(sel)->method || sel->x->is_type)
    return false;
  Type *dt = spell_before_devirt ? NULL : nx(sel)->devirt;
  if (dt)
    devirts_spelled++;
  Member mb = dt ? lookup_member(dt, sel->name) : (Member){0};
  // A method promoted from an embedded interface stays an interface call
  // (gc's partial devirtualization), which -m=2 explains as it is,
  // i.(T).I.M(&n); the verdict line has gc's later spelling (verdict_spelling).
  // A devirtualized concrete call is a method call, which gc's escape
  // analysis rewrites to a method expression first: T.M(i.(T)) everywhere.
  if (dt && mb.kind == MEMBER_IMETHOD && flags.m >= 2 && !spell_verdict) {
    spell_at(b, sel->x, 8);
    buf_printf(b, ".(%s)", type_string(dt, false));
    Type *t = dt;
    for (int i = 0; i < mb.path.len; i++) {
      Type *u = under(t)->kind == TY_PTR ? under(under(t)->elem) : under(t);
      int f = (int)(intptr_t)mb.path.data[i];
      if (u->kind != TY_STRUCT || f < 0 || f >= u->nfields)
        break;
      buf_printf(b, ".%s", u->fields[f].name);
      t = u->fields[f].type;
    }
    buf_printf(b, ".%s(", sel->name);
    spell_call_args(b, call);
    buf_putc(b, ')');
    return true;
  }
  if (dt) {   // "Celsius.String(s.(Celsius))"; T.Get(v.(*T)) for a value method of T
    Type *recv = dt;
    if (mb.kind == MEMBER_METHOD && !mb.path.len && mb.holder && mb.holder->kind == TY_NAMED)
      recv = mb.m->ptr_recv ? ptr_to(mb.holder) : mb.holder;
    const char *ts = type_string(recv, false);
    buf_printf(b, recv->kind == TY_PTR ? "(%s).%s(" : "%s.%s(", ts, sel->name);
    spell(b, sel->x);
    buf_printf(b, ".(%s)", type_string(dt, false));
    spell_more_args(b, call);
    return true;
  }
  Type *h = nx(sel)->method_holder;
  if (!h || h->kind != TY_NAMED || is_interface(h))
    return false;
  bool ptr = nx(sel)->method->ptr_recv;
  Obj *mf = nx(sel)->method->func;
  if (mf && mf->instance && !sel->list2.len) {
    // A generic type's method: gc calls its shape body with the method's
    // dictionary, the receiver as it is (no * added).
    const char *q = instance_qualifier(mf);
    buf_printf(b, "%s%s(&%s%s, ", q, mf->instance->shape_func_name, q, mf->instance->dict_name);
    spell(b, sel->x);
    spell_more_args(b, call);
    return true;
  }
  buf_printf(b, ptr ? "(*%s).%s(" : "%s.%s(", type_string(h, false), sel->name);
  if (nx(unparen(sel->x))->autotmp) {   // gc's temporary holds the receiver
    buf_printf(b, ".autotmp_%d", nx(unparen(sel->x))->autotmp - 1);
  } else {
    // The *x gc adds to call a value method on a pointer is implicit, and
    // gc never prints an implicit dereference: T.M(p), not T.M(*p).
    if (sel->list2.len) {
      spell_at(b, sel->x, 8);
      spell_embedded_path(b, sel);
    } else {
      spell(b, sel->x);
    }
  }
  spell_more_args(b, call);
  return true;
}

// A call of a generic function's instance: gc calls its shape body with
// the instance's dictionary first, Max[go.shape.int_0](&.dict.Max[int], 1, 2).
static bool spell_instance_call(Buf *b, Node *call) {
  Node *fn = unparen(call->x);
  if (fn->kind != N_IDENT || !fn->obj || fn->obj->kind != OBJ_FUNC || !fn->obj->instance)
    return false;
  const Instance *in = fn->obj->instance;
  const char *q = instance_qualifier(fn->obj);
  buf_printf(b, "%s%s(&%s%s", q, in->shape_func_name, q, in->dict_name);
  spell_more_args(b, call);
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

// A type written in an instance's body, spelled as gc spells its shape
// body's: a type parameter is its shape type (go.shape.int_1), whichever
// type arguments are alike.
static void spell_shaped(Buf *b, Node *n) {
  n = unparen(n);
  const Instance *in = types_shape_instance;
  if (!in || !type_expr_has_tparam(n)) {   // written without a type parameter: as it is
    types_shape_instance = NULL;
    buf_puts(b, type_string(n->type, false));
    types_shape_instance = in;
    return;
  }
  switch (n->kind) {
  case N_IDENT:
    buf_puts(b, n->obj->tparam <= in->ntargs ? in->shape_names[n->obj->tparam - 1] : n->name);
    return;
  case N_STAR:
    buf_putc(b, '*');
    spell_shaped(b, n->x);
    return;
  case N_ARRAYTYPE:
    if (n->x && n->type && under(n->type)->kind == TY_ARRAY)
      buf_printf(b, "[%lld]", (long long)under(n->type)->len);
    else
      buf_puts(b, "[]");
    spell_shaped(b, n->y);
    return;
  case N_MAPTYPE:
    buf_puts(b, "map[");
    spell_shaped(b, n->x);
    buf_putc(b, ']');
    spell_shaped(b, n->y);
    return;
  case N_INDEX: {   // a generic type's instance: Stack[go.shape.int_0], coll.Pair[...]
    Type *t = n->type;
    if (t && t->kind == TY_NAMED && t->pkgpath && strcmp(t->pkgpath, types_local_pkg))
      buf_printf(b, "%s.", t->pkg);
    buf_printf(b, "%s[", n->x->name ? n->x->name : "?");
    if (!n->list.len)
      spell_shaped(b, n->y);
    for (int i = 0; i < n->list.len; i++) {
      if (i)
        buf_putc(b, ',');
      spell_shaped(b, n->list.data[i]);
    }
    buf_putc(b, ']');
    return;
  }
  default:
    buf_puts(b, type_string(n->type, false));
  }
}

// gc's operator precedence when it prints an expression (ir's OpPrec):
// an operand of lower precedence than its place needs gets parentheses,
// so **p prints as *(*p) and (a + b) * c keeps its parentheses.
// gc's precedence table has no entry (so 0: parenthesised as an operand,
// `(make(map[string]int))["a"]`) for make of a map or channel, complex,
// real, imag and recover.
static bool unranked_builtin_call(Node *n) {
  Node *f = unparen(n->x);
  if (f->kind != N_IDENT || !f->obj || f->obj->kind != OBJ_BUILTIN)
    return false;
  if (!strcmp(f->name, "make")) {
    Type *t = n->type ? under(n->type) : NULL;
    return t && (t->kind == TY_MAP || t->kind == TY_CHAN);
  }
  return !strcmp(f->name, "complex") || !strcmp(f->name, "real") || !strcmp(f->name, "imag") ||
         !strcmp(f->name, "recover");
}

static int spell_prec(Node *n) {
  n = unparen(n);
  switch (n->kind) {
  case N_CALL:
    return unranked_builtin_call(n) ? 0 : 8;
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

const char *spell_imported_from;
bool spell_before_devirt;

const char *imported_spelling(const Func *f) {
  while (f && f->outer)
    f = f->outer;
  return f ? f->foreign_pkg : NULL;
}

// As an importer of spell_imported_from prints an inlined body: gc's
// export data keeps a constant's typed value, not its spelling (int(2),
// string("x")), and the function's own names are its package's (strings.b).
static bool spell_as_imported(Buf *b, Node *n) {
  if (!spell_imported_from || n->is_type)
    return false;
  if (n->cval && n->type && !is_untyped(n->type) && (n->kind == N_BASICLIT || n->kind == N_IDENT)) {
    const Instance *in = types_shape_instance;
    if (!n->shape_typed)
      types_shape_instance = NULL;   // an int constant is int(0), whatever T is
    buf_printf(b, "%s(%s)", type_string(n->type, false), const_string_repr(n->cval));
    types_shape_instance = in;
    return true;
  }
  Obj *o = n->kind == N_IDENT ? n->obj : NULL;
  bool own = o && (o->kind == OBJ_VAR || o->kind == OBJ_FUNC) && (!o->global || o->home);
  if (own)
    buf_printf(b, "%s.%s", spell_imported_from, n->name);
  return own;
}

// e == g, e an any and g another interface type (either side): gc's
// typechecker converts g to any explicitly, any(g) or (interface {})(g). The type operand is
// converted to, or NULL (an interface compared with a concrete value stays
// mixed until walk).
static Type *compared_as(Node *cmp, Node *operand, Node *other) {
  Type *t = operand->type, *o = other->type;
  if ((cmp->op != T_EQL && cmp->op != T_NEQ) || !t || !o || !is_interface(t) ||
      !is_interface(o) || types_identical(t, o))
    return NULL;
  return under(o)->kind == TY_INTERFACE && under(o)->nmethods == 0 ? o : NULL;
}

static void spell_operand(Buf *b, Node *e, Type *converted, int prec) {
  if (!converted) {
    spell_at(b, e, prec);
    return;
  }
  const char *t = type_string(converted, false);   // any(g), but (interface {})(g)
  buf_printf(b, strncmp(t, "interface {", 11) ? "%s(" : "(%s)(", t);
  spell_at(b, e, 0);
  buf_putc(b, ')');
}

// gc's ir formatting (used by -m) differs from types2's messages: composite
// literals print as T{...}, conversions as T(x) or (T)(x) for composite types.
static void spell(Buf *b, Node *n) {
  if (nx(n)->autotmp && n->type && n->type->kind != TY_TUPLE) {
    buf_printf(b, ".autotmp_%d", nx(n)->autotmp - 1);
    return;
  }
  if (spell_as_imported(b, n))
    return;
  if (n->cval && !n->is_type &&
      (n->kind == N_BINARY || n->kind == N_UNARY ||
       (n->kind == N_CALL && unparen(n->x)->obj && unparen(n->x)->obj->kind == OBJ_BUILTIN))) {
    // A constant expression: irgen keeps the source's own spelling
    // (types2's syntax.String, inner parentheses as written, the outer
    // ones stripped as N_PAREN's case does): (5 | 4) ^ 1, len(("x" + "a")).
    buf_puts(b, p_syntax_string(n));
    return;
  }
  switch (n->kind) {
  case N_COMPOSITE:
    // gc prints the literal's type, whatever the source wrote: an alias's
    // target, [...]T's length, an elided type.
    if (n->x && n->x->is_type && type_expr_has_tparam(n->x))
      spell_shaped(b, n->x);
    else if (n->type)
      buf_puts(b, type_string(n->type, false));
    else if (n->x)
      spell(b, n->x);
    buf_puts(b, n->list.len ? "{...}" : "{}");
    return;
  case N_UNARY:
    buf_puts(b, tok_name(n->op));
    spell_at(b, n->x, 8);
    return;
  case N_BINARY:
    spell_operand(b, n->x, compared_as(n, n->x, n->y), spell_prec(n));
    buf_printf(b, " %s ", tok_name(n->op));
    spell_operand(b, n->y, compared_as(n, n->y, n->x), spell_prec(n) + 1);
    return;
  case N_FUNCLIT:
    buf_puts(b, "func literal");
    return;
  case N_CALL:
    if (n->x->is_type && n->x->type && (n->x->kind != N_PAREN || n->x->type->kind != TY_NAMED) &&
        n->x->kind != N_IDENT && n->x->kind != N_SELECTOR) {   // T(x), pkg.T(x); ([]T)(x), (**T)(x)
      buf_printf(b, "(%s)(", type_string(n->x->type, false));
      spell_list(b, &n->list);
      buf_putc(b, ')');
      return;
    }
    if (spell_method_call(b, n))
      return;
    if (spell_instance_call(b, n))
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
  case N_SLICEEXPR:   // x[lo:hi], x[lo:hi:max], a missing index left empty
    spell_at(b, n->x, 8);
    buf_putc(b, '[');
    spell_opt(b, n->y);
    buf_putc(b, ':');
    spell_opt(b, nx(n)->z);
    if (n->slice3) {
      buf_putc(b, ':');
      spell_opt(b, nx(n)->w);
    }
    buf_putc(b, ']');
    return;
  case N_TYPEASSERT:
    spell_at(b, n->x, 8);
    buf_puts(b, ".(");
    if (n->y)
      spell(b, n->y);
    else
      buf_puts(b, "type");
    buf_putc(b, ')');
    return;
  case N_SELECTOR:
    if (n->x->kind == N_IDENT && n->x->obj && n->x->obj->imported) {
      // gc spells an imported package by its name, not the import's alias;
      // by its quoted path when two imports share the name.
      Obj *pkg = n->x->obj;
      if (pkg->name_clash)
        buf_printf(b, "\"%s\"", pkg->pkgpath);
      else
        buf_puts(b, pkg->imported->name);
    } else {
      spell_at(b, n->x, 8);
    }
    spell_embedded_path(b, n);
    buf_printf(b, ".%s", n->name);
    return;
  case N_STAR:
    buf_putc(b, '*');
    spell_at(b, n->x, 8);
    return;
  default:
    if (n->is_type && n->type) {
      spell_shaped(b, n);
      return;
    }
    buf_puts(b, expr_string(n));
  }
}

// gc's OCASE: "case *T, nil: a = v; f(v)" or "default: ...". (Only the
// statements stmt_spell knows are spelled: an if or a loop in the clause's
// body is left empty, where gc prints it.)
char *clause_spell(Node *cc) {
  Buf b = {0};
  if (cc->list.len) {
    buf_puts(&b, "case ");
    spell_list(&b, &cc->list);
  } else {
    buf_puts(&b, "default");
  }
  buf_puts(&b, ": ");
  for (int i = 0; i < cc->list2.len; i++)
    buf_printf(&b, "%s%s", i ? "; " : "", stmt_spell(cc->list2.data[i]));
  return buf_cstr(&b);
}

char *stmt_spell(Node *s) {
  Buf b = {0};
  switch (s->kind) {
  case N_INCDEC:
    spell(&b, s->x);
    buf_puts(&b, s->op == T_INC ? "++" : "--");
    break;
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

// The name a statement lowered from a declaration (var a = x) declares or,
// for a package-level one, assigns; NULL for other statements.
Var *ir_declared_var(IRStmt *s) {
  if (!s->src || (s->src->kind != N_DECLSTMT && s->src->kind != N_VARSPEC))
    return NULL;
  if (s->kind == IR_S_DECL)
    return s->var;
  return s->kind == IR_S_ASSIGN && s->x && s->x->kind == IR_VAR ? s->x->var : NULL;
}

// The spelling of the source statement s was lowered from, as gc's -m=2
// notes write it ("x := f()"; "a = x" for `var a, b = x, y`); "" without one.
char *ir_stmt_spell(IRStmt *s) {
  if (!s->src)
    return "";
  Var *v = ir_declared_var(s);
  return v ? decl_spell(s->src, v->name) : stmt_spell(s->src);
}

// A value boxed in an instance's body whose type in the generic body
// mentions a type parameter goes through gc's dictionary: unsafe.Pointer(x).
// Only its declared type decides (an int in Max[int] is no T).
char *box_spell(Node *n) {
  Node *u = unparen(n);
  if (u->kind == N_CALL && u->x->is_type && u->list.len == 1)   // any(x): x converted
    u = u->list.data[0];
  if (!types_shape_instance || !unparen(u)->shape_typed)
    return site_spell(n);
  Buf b = {0};
  buf_puts(&b, "unsafe.Pointer(");
  spell(&b, u);
  buf_putc(&b, ')');
  return buf_cstr(&b);
}

// n spelled, and (with -m=2, when a devirtualized call is in it) its
// verdict line's spelling kept for verdict_spelling.
static char *spell_site_with(void (*how)(Buf *, Node *), Node *n) {
  int before = devirts_spelled;
  Buf b = {0};
  how(&b, n);
  char *s = buf_cstr(&b);
  if (flags.m >= 2 && devirts_spelled != before && !spell_verdict) {
    spell_verdict = true;
    Buf v = {0};
    how(&v, n);
    spell_verdict = false;
    last_explained = s;
    last_verdict = buf_cstr(&v);
  }
  return s;
}

char *verdict_spelling(const char *spell) {
  return spell && spell == last_explained ? last_verdict : NULL;
}

char *site_spell(Node *n) {
  return spell_site_with(spell, n);
}

// n itself, even where the front end holds its value in a temporary
// (gc's notes name the call that computes .autotmp_N by the call).
char *self_spell(Node *n) {
  int t = nx(n)->autotmp;
  nxw(n)->autotmp = 0;
  char *s = site_spell(n);
  nxw(n)->autotmp = t;
  return s;
}

// ---------------------------------------------------------------- from the IR

// The operands of a call, comma-separated ("xs..." for a slice passed to a
// variadic parameter as it is).
char *ir_exprs_spell(IRExpr **args, int n, bool ddd) {
  Buf b = {0};
  for (int i = 0; i < n; i++)
    buf_printf(&b, "%s%s", i ? ", " : "", ir_expr_spell(args[i]));
  if (ddd && n)
    buf_puts(&b, "...");
  return buf_cstr(&b);
}

char *ir_expr_spell(IRExpr *e) {
  if (e->src)
    return site_spell(e->src);
  if (e->site)
    return e->site->spell;
  switch (e->kind) {   // the steps of a promoted field: d.Named, d.Named.Counter
  case IR_VAR:
    return e->var->name;
  case IR_DEREF:
  case IR_ADDR:   // the implicit &x of x.M() for a pointer method: gc prints x
    return ir_expr_spell(e->x);
  case IR_ASSERT:   // a devirtualized call's receiver: i.(T)
    return xfmt("%s.(%s)", ir_expr_spell(e->x), type_string(e->type, false));
  case IR_FIELD: {
    Type *u = under(e->x->type);
    if (u->kind == TY_STRUCT && e->field < u->nfields && u->fields[e->field].name)
      return xfmt("%s.%s", ir_expr_spell(e->x), u->fields[e->field].name);
    return "?";
  }
  case IR_CALL: {   // f(a), or a method's expression form: (*sync.Mutex).Lock(x)
    bool method = e->fn->type && e->nargs == e->fn->type->nfields + 1;
    Type *recv = method ? e->args[0]->type : NULL;
    const char *name = strrchr(e->fn->name, '.') ? strrchr(e->fn->name, '.') + 1 : e->fn->name;
    char *callee = !recv ? e->fn->name
                   : recv->kind == TY_PTR ? xfmt("(%s).%s", type_string(recv, false), name)
                                          : xfmt("%s.%s", type_string(recv, false), name);
    return xfmt("%s(%s)", callee, ir_exprs_spell(e->args, e->nargs, e->fn->type->variadic));
  }
  case IR_CALLVALUE: {   // a deferred func value's call: .autotmp_8(.autotmp_9)
    Type *sig = under(e->x->type);
    return xfmt("%s(%s)", ir_expr_spell(e->x),
                ir_exprs_spell(e->args, e->nargs, sig->kind == TY_FUNC && sig->variadic));
  }
  case IR_ICALL: {
    Method *m = &under(e->x->type)->methods[e->field];
    return xfmt("%s.%s(%s)", ir_expr_spell(e->x), m->name,
                ir_exprs_spell(e->args, e->nargs, m->sig->variadic));
  }
  case IR_CONV:   // uintptr(.autotmp_3)
    return xfmt("%s(%s)", type_string(e->type, false), ir_expr_spell(e->x));
  case IR_INLCALL:   // its result variable: ~R0
    return e->nargs == 1 && e->args[0]->kind == IR_VAR ? e->args[0]->var->name : "?";
  default:
    return "?";
  }
}
