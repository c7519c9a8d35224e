// build.c — turns a function's IR into escape-graph edges.
//
// Every expression is evaluated "into a hole": the place its value flows to,
// with a dereference count. `&x` shifts the hole by -1, `*p` by +1. Stores
// through pointers, into slice elements and globals go to the heap hole,
// because the analysis does not track what a pointer points to
// (flow-insensitive and field-insensitive, as gc's).
#include "internal.h"

#include <string.h>

static void expr(Escape *esc, Hole k, IRExpr *e);
static void stmt(Escape *esc, IRStmt *s);
// An expression's spelling in -m=2 notes (ir/spell.c's ir_expr_spell).
static const char *text(IRExpr *e) {
  if (flags.m < 2)
    return "";
  if (e->src && e->src->kind == N_RANGE)   // a range loop's iteration value
    return "for loop";
  return ir_expr_spell(e);
}

// A call in a "call parameter" note: the call itself, also when the front
// end stored its result in a temporary (`.autotmp_1 := f(x)`).
static const char *call_text(IRExpr *e) {
  if (flags.m >= 2 && e->src && nx(e->src)->autotmp)
    return self_spell(e->src);
  return text(e);
}

// The element a range loop reads for its value variable (gc notes it
// "range" or "range-deref", at the `range` keyword).
static bool is_range_value(IRExpr *e) { return e->src && e->src->kind == N_RANGE; }

bool type_has_ptrs(Type *t) {
  if (!t)
    return false;
  type_layout(t);
  return t->has_ptrs;
}

static void discard(Escape *esc, IRExpr *e) { expr(esc, discard_hole(esc->b), e); }

// The declaration of a temporary gc's escape analysis makes: a go/defer
// call's operand (its wrapExpr), a pointer kept alive across a
// //go:uintptrescapes call. gc spells it `.autotmp_N = x`, at x.
static bool is_escape_temp(IRStmt *s) {
  return s->kind == IR_S_DECL && s->var->kind == VAR_TEMP && s->x &&
         (s->var->escape_temp || (s->src && (s->src->kind == N_GOSTMT || s->src->kind == N_DEFERSTMT)));
}

// A statement's spelling and position in -m=2 notes ("from x := f() (assign)",
// "from a = x (assign)" at a's name for `var a = x`, as gc writes them).
static const char *stmt_text(IRStmt *s) {
  if (flags.m < 2)
    return "";
  if (!s->src && s->kind == IR_S_RETURN)   // a generated wrapper's
    return xfmt("return %s", ir_exprs_spell(s->args, s->nargs, false));
  if (!s->src)
    return "";
  if (is_escape_temp(s))
    return xfmt("%s = %s", s->var->name, text(s->x));
  return ir_stmt_spell(s);
}

// Where -m=2 notes an expression: gc places the nodes of an inlined body at
// the outermost call (a func literal's body, never inlined with it, keeps
// its own positions).
static Pos note_pos(Escape *esc, IRExpr *e) { return esc->inl_at.line ? esc->inl_at : e->pos; }

static Pos stmt_pos(IRStmt *s) {
  if (s->inl_pos.line)
    return s->inl_pos;   // inlined code: gc reports it at the outermost call
  if (is_escape_temp(s))
    return s->var->pos;   // (gc's copyExpr: at its value, or at the call for a name)
  return s->src && !ir_declared_var(s) ? s->src->pos : s->pos;
}

// The hole of an assignment's value: noted "assign", except for what a range
// statement stores (its operand's copy, the iteration variables), which gc
// flows without a note of its own.
static Hole assign_hole(Hole k, IRStmt *s) {
  if (s->src && s->src->kind == N_RANGE)
    return k;
  // gc: "assign-pair" for each part of a, b = x, y (OAS2), as for an
  // inlined return's results.
  bool pair = s->inl_pair || (s->src && s->src->kind == N_ASSIGN && s->src->list.len > 1 &&
                                s->src->list2.len == s->src->list.len);
  return hole_note(k, stmt_pos(s), stmt_text(s), pair ? "assign-pair" : "assign");
}

// ---------------------------------------------------------------- unsafe

// gc's IsReflectHeaderDataField: p.Data with p a *reflect.SliceHeader or
// *reflect.StringHeader, a uintptr the garbage collector must treat as the
// pointer it holds.
static bool is_header_data(IRExpr *e) {
  if (e->kind != IR_FIELD || e->x->kind != IR_DEREF || e->x->src || under(e->type)->kind != TY_UINTPTR)
    return false;
  Type *t = e->x->type;
  if (t->kind != TY_NAMED || !t->pkg || strcmp(t->pkg, "reflect") ||
      (strcmp(t->name, "SliceHeader") && strcmp(t->name, "StringHeader")))
    return false;
  Field *f = &under(t)->fields[e->field];
  return f->name && !strcmp(f->name, "Data");
}

// A uintptr computed from an unsafe.Pointer carries that pointer: the
// arithmetic of unsafe.Pointer(uintptr(p) + off) keeps p's flow (gc's
// unsafeValue); any other uintptr carries nothing.
static void unsafe_value(Escape *esc, Hole k, IRExpr *e) {
  switch (e->kind) {
  case IR_CONV:
    if (under(e->x->type)->kind == TY_UNSAFEPTR)
      expr(esc, k, e->x);
    else
      discard(esc, e->x);
    return;
  case IR_FIELD:
    if (is_header_data(e))
      expr(esc, hole_deref(k, note_pos(esc, e), text(e), "reflect.Header.Data"), e->x->x);
    else
      discard(esc, e);
    return;
  case IR_UNARY:
    unsafe_value(esc, k, e->x);
    return;
  case IR_BINARY:
    switch (e->op) {
    case T_ADD: case T_SUB: case T_OR: case T_XOR: case T_MUL: case T_QUO: case T_REM:
    case T_AND: case T_AND_NOT:
      unsafe_value(esc, k, e->x);
      unsafe_value(esc, k, e->y);
      return;
    case T_SHL: case T_SHR:   // (the count need not be a uintptr and carries nothing)
      unsafe_value(esc, k, e->x);
      discard(esc, e->y);
      return;
    default:
      break;
    }
    break;
  default:
    break;
  }
  discard(esc, e);
}

// ---------------------------------------------------------------- calls

static Loc *site_loc_for_var(Var *v) { return var_loc(v); }

// Arguments of a direct call. A callee analysed in an earlier batch is
// summarised by its parameter tags; one in the same batch is wired directly.
static void call_args_of(Escape *esc, Hole *ks, int nks, IRExpr *e, Func *fn);

static void call(Escape *esc, Hole *ks, int nks, IRExpr *e) {
  if (e->ival == IR_CALL_DICT) {   // through gc's dictionary: an unknown callee
    for (int i = 0; i < e->nargs; i++)
      expr(esc, hole_note(heap_hole(esc->b), note_pos(esc, e), text(e), "call parameter"), e->args[i]);
    return;
  }
  call_args_of(esc, ks, nks, e, e->fn);
}

// A call through a func value (IR_CALLVALUE): the callee expression itself
// is only evaluated (gc's argument(e.discardHole(), &call.X)); a callee gc
// cannot resolve statically makes every argument leak to the heap.
static void call_value(Escape *esc, Hole *ks, int nks, IRExpr *e) {
  if (!e->fn) {
    discard(esc, e->x);
    for (int i = 0; i < e->nargs; i++)
      expr(esc, hole_note(heap_hole(esc->b), note_pos(esc, e), call_text(e), "call parameter"), e->args[i]);
    return;
  }
  call_args_of(esc, ks, nks, e, e->fn);
}

// uintptr(p) passed to a //go:uintptrescapes function: gc copies p into a
// temporary kept alive across the call, and the temporary escapes (the
// callee may hold on to the address it was given as a number). The
// variadic slice's elements are looked at one by one.
static bool uintptr_escapes(Escape *esc, IRExpr *call, IRExpr *arg) {
  if (arg->kind != IR_CONV || under(arg->type)->kind != TY_UINTPTR ||
      under(arg->x->type)->kind != TY_UNSAFEPTR)
    return false;
  if (arg->x->kind == IR_VAR && arg->x->var->escape_temp) {   // (lower/call.c made it)
    flow(esc->b, hole_note(heap_hole(esc->b), arg->pos, text(arg), "//go:uintptrescapes"),
         var_loc(arg->x->var));
    return true;
  }
  Loc *tmp = new_loc(esc, NULL, NULL, false);
  expr(esc, hole_of(tmp), arg->x);
  flow(esc->b, hole_note(heap_hole(esc->b), arg->pos, text(arg), "//go:uintptrescapes"), tmp);
  return true;
}

static bool pass_uintptrs(Escape *esc, IRExpr *call, Func *fn, IRExpr *arg) {
  if (!(fn->pragmas & PRAGMA_UINTPTRESCAPES))
    return false;
  if (arg->kind != IR_SLICELIT)
    return uintptr_escapes(esc, call, arg);
  for (int i = 0; i < arg->nargs; i++)
    uintptr_escapes(esc, call, arg->args[i]);
  return false;   // (the slice itself is passed as usual)
}

static void call_args_of(Escape *esc, Hole *ks, int nks, IRExpr *e, Func *fn) {
  EscFunc *ef = esc_func(fn);
  bool same_batch = ef->batch == esc->b->id && !ef->tagged;
  if (same_batch && nks) {
    for (int i = 0; i < fn->nresults; i++)
      flow(esc->b, ks[nks == 1 ? 0 : i], ef->result_locs[i]);
  }
  if (e->kind == IR_CALLVALUE)
    discard(esc, e->x);
  for (int i = 0; i < e->nargs; i++) {
    if (pass_uintptrs(esc, e, fn, e->args[i]))
      continue;
    Hole k;
    if (same_batch)
      k = ef->param_locs[i] ? hole_of(ef->param_locs[i]) : discard_hole(esc->b);
    else
      k = tag_hole(esc, ks, nks, &ef->tags[i]);
    expr(esc, hole_note(k, note_pos(esc, e), call_text(e), "call parameter"), e->args[i]);
  }
}

static void rtcall(Escape *esc, Hole *ks, int nks, IRExpr *e) {
  Leaks *tags = pkgfunc_tags(e->rtsym, e->nargs);
  for (int i = 0; i < e->nargs; i++)
    expr(esc, hole_note(tag_hole(esc, ks, nks, &tags[i]), note_pos(esc, e), call_text(e), "call parameter"), e->args[i]);
}

// x.M(args) through an interface: the callee is unknown, so the receiver
// and every argument flow to the heap (gc's tagHole without a callee).
static void icall(Escape *esc, IRExpr *e) {
  expr(esc, hole_note(heap_hole(esc->b), note_pos(esc, e), call_text(e), "call parameter"), e->x);
  for (int i = 0; i < e->nargs; i++)
    expr(esc, hole_note(heap_hole(esc->b), note_pos(esc, e), call_text(e), "call parameter"), e->args[i]);
}

// x.(T): the interface's data word is the value itself for pointer-shaped T
// and interfaces, else it points to the value (gc's dotType: one deref more).
static void assert_into(Escape *esc, Hole k, IRExpr *e) {
  Type *t = e->ival ? e->type->fields[0].type : e->type;
  if (!is_interface(t) && !is_pointer_shaped(t))
    k = hole_deref(k, note_pos(esc, e), text(e), "dot");
  else
    k = hole_note(k, note_pos(esc, e), text(e), "dot");
  expr(esc, k, e->x);
}

static void append(Escape *esc, Hole k, IRExpr *e) {
  Type *elem = under(e->x->type)->elem;
  // The appendee's backing array may be the result's, or be copied to a new
  // heap array along with its elements.
  Hole appendee = k;
  if (type_has_ptrs(elem)) {
    Hole ks[2] = {k, hole_deref(heap_hole(esc->b), note_pos(esc, e), text(e), "appendee slice")};
    appendee = tee_hole(esc, ks, 2);
  }
  // Every operand is a "call parameter" of append, as gc's argument() notes.
  expr(esc, hole_note(appendee, note_pos(esc, e), call_text(e), "call parameter"), e->x);
  if (e->y) {
    Hole appended = discard_hole(esc->b);
    if (under(e->y->type)->kind == TY_SLICE && type_has_ptrs(elem))
      appended = hole_deref(heap_hole(esc->b), note_pos(esc, e), text(e), "appended slice...");
    expr(esc, hole_note(appended, note_pos(esc, e), call_text(e), "call parameter"), e->y);
    return;
  }
  for (int i = 0; i < e->nargs; i++)
    expr(esc, hole_note(heap_hole(esc->b), note_pos(esc, e), call_text(e), "call parameter"), e->args[i]);
}

// ---------------------------------------------------------------- maps

// make(map) and map literals: the header may live on the stack (spilled);
// keys and values are stored into heap entries.
static void makemap(Escape *esc, Hole k, IRExpr *e) {
  spill(esc, k, e->site, e->site->pos, e->site->spell);
  discard(esc, e->x);
  for (int i = 0; i + 1 < e->nargs; i += 2) {
    expr(esc, hole_note(heap_hole(esc->b), note_pos(esc, e), text(e), "map literal key"), e->args[i]);
    expr(esc, hole_note(heap_hole(esc->b), note_pos(esc, e), text(e), "map literal value"), e->args[i + 1]);
  }
}

// Map reads, delete and the iterator's bookkeeping carry no flows: the
// entries already live on the heap. A range loop's value is *m.
static bool map_expr(Escape *esc, Hole k, IRExpr *e) {
  switch (e->kind) {
  case IR_MAKEMAP:
    makemap(esc, k, e);
    return true;
  case IR_MAPINDEX: case IR_MAPDELETE: case IR_MAPITERINIT:
    discard(esc, e->x);
    discard(esc, e->y);
    return true;
  case IR_MAPITERNEXT: case IR_MAPITERKEY:
    return true;
  case IR_MAPITERVAL:
    expr(esc, hole_deref(k, note_pos(esc, e), text(e), "range-deref"), e->x);
    return true;
  default:
    return false;
  }
}

// ---------------------------------------------------------------- closures

// The method a method value's wrapper (T.M-fm) calls: the first call in its
// body, NULL for an interface's method.
static Func *forwarded_method(IRStmt *s) {
  for (int i = 0; s && i < s->nstmts; i++) {
    Func *f = forwarded_method(s->stmts[i]);
    if (f)
      return f;
  }
  IRExpr *x = !s ? NULL : s->kind == IR_S_RETURN && s->nargs ? s->args[0] : s->x;
  return x && x->kind == IR_CALL ? x->fn : NULL;
}

// x.M as a value (gc's OMETHVALUE): the receiver flows, through a {temp},
// to the method value's context and to M's receiver parameter as M's tag
// says, M's results taken to reach the heap (how the value will be called
// is unknown). The wrapper escgo calls it through is no closure to gc:
// nothing is captured, and its body is not this function's code.
static void method_value(Escape *esc, Hole k, IRExpr *e) {
  Hole ks[2];
  ks[1] = spill(esc, k, e->site, e->site->pos, e->site->spell);
  Func *m = forwarded_method(e->fn->body);
  int nres = e->fn->type->nresults;
  Hole *results = esc_alloc(sizeof(Hole) * (nres + 1));
  for (int i = 0; i < nres; i++)
    results[i] = heap_hole(esc->b);
  EscFunc *ef = m ? esc_func(m) : NULL;
  if (!m)
    ks[0] = heap_hole(esc->b);
  else if (ef->batch == esc->b->id && !ef->tagged)
    ks[0] = ef->param_locs[0] ? hole_of(ef->param_locs[0]) : discard_hole(esc->b);
  else
    ks[0] = tag_hole(esc, results, nres, &ef->tags[0]);
  Var *t = e->nargs && e->args[0]->kind == IR_VAR ? e->args[0]->var : NULL;
  while (t && t->outer)
    t = t->outer;
  expr(esc, tee_hole(esc, ks, 2), t && t->methval_recv ? t->temp_init : e->args[0]);
}

// A func literal: its context object is an allocation; captured variables
// flow into it once the whole batch has been walked (flow_closures). The
// body is analysed here, in the enclosing function's batch, as gc walks a
// closure at its OCLOSURE.
static void closure(Escape *esc, Hole k, IRExpr *e) {
  if (e->site && e->site->kind == SITE_METHVAL) {
    method_value(esc, k, e);
    return;
  }
  ClosureFlow *cf = esc_alloc(sizeof(ClosureFlow));
  cf->k = spill(esc, k, e->site, e->site->pos, e->site->spell);
  cf->e = e;
  cf->fn = esc->curfn;
  cf->loop_depth = esc->loop_depth;
  if (analysed_alone(e->fn))   // (its body is a batch of its own)
    return;
  vec_push(&esc->b->closures, cf);
  build_func(esc->b, e->fn);   // with an Escape of its own
}

// ---------------------------------------------------------------- expressions

// A call inline/ expanded: its body is this function's code (gc's
// OINLCALL), its result variables flow on to where the call's values go.
static void inlined_call(Escape *esc, Hole *ks, int nks, IRExpr *e) {
  int depth = esc->loop_depth;
  stmt(esc, e->body);
  esc->loop_depth = depth;
  for (int i = 0; i < e->nargs; i++)
    expr(esc, nks == e->nargs ? ks[i] : discard_hole(esc->b), e->args[i]);
}

static void expr(Escape *esc, Hole k, IRExpr *e) {
  if (!e)
    return;
  // Sites gc never analyses (static data): their contents live on the heap.
  if (e->site && e->site->quiet && e->kind != IR_BOX && e->kind != IR_CONCAT) {
    Hole h = heap_hole(esc->b);
    expr(esc, h, e->x);
    for (int i = 0; i < e->nargs; i++)
      expr(esc, h, e->args[i]);
    return;
  }
  // Values without pointers cannot carry an address anywhere.
  if (k.derefs >= 0 && e->type && !type_has_ptrs(e->type))
    k = discard_hole(esc->b);
  if (map_expr(esc, k, e))
    return;
  switch (e->kind) {
  case IR_CONST: case IR_ZERO:
  case IR_MAKEMAP: case IR_MAPINDEX: case IR_MAPDELETE: case IR_MAPITERINIT: case IR_MAPITERNEXT:
  case IR_MAPITERKEY: case IR_MAPITERVAL:   // map_expr
    return;
  case IR_VAR:
    if (e->var->kind == VAR_GLOBAL)
      return; // a global's contents already live on the heap
    flow(esc->b, k, var_loc(e->var));
    return;
  case IR_DEREF:
    expr(esc, hole_deref(k, note_pos(esc, e), text(e), "indirection"), e->x);
    return;
  case IR_FIELD:
    if (e->x->kind == IR_DEREF && !e->x->src) {   // p.f with p a pointer: gc's ODOTPTR, one step
      expr(esc, hole_deref(k, note_pos(esc, e), text(e), "dot of pointer"), e->x->x);
      return;
    }
    expr(esc, hole_note(k, note_pos(esc, e), text(e), "dot"), e->x);
    return;
  case IR_INDEX:
    discard(esc, e->y);
    if (is_range_value(e) && e->x->kind == IR_DEREF && !e->x->src)   // range over a *array
      expr(esc, hole_deref(k, note_pos(esc, e), text(e), "range-deref"), e->x->x);
    else if (is_range_value(e))
      expr(esc, hole_note(k, note_pos(esc, e), text(e), "range"), e->x);
    else
      expr(esc, hole_note(k, note_pos(esc, e), text(e), "fixed-array-index-of"), e->x);
    return;
  case IR_SLICEINDEX:
    discard(esc, e->y);
    expr(esc, hole_deref(k, note_pos(esc, e), text(e), is_range_value(e) ? "range-deref" : "dot of pointer"), e->x);
    return;
  case IR_ADDR:
    expr(esc, hole_addr(k, note_pos(esc, e), text(e), "address-of"), e->x);
    return;
  case IR_STRINDEX: case IR_UNARY: case IR_BINARY: case IR_ANDAND: case IR_OROR:
  case IR_LEN: case IR_CAP: case IR_DECODERUNE: case IR_COMPLEX: case IR_REAL: case IR_IMAG:
    discard(esc, e->x);
    discard(esc, e->y);
    return;
  case IR_CONV:
    if (under(e->type)->kind == TY_UNSAFEPTR && under(e->x->type)->kind == TY_UINTPTR)
      unsafe_value(esc, k, e->x);   // unsafe.Pointer(uintptr(p) + off)
    else if (is_interface(e->type) && is_interface(e->x->type))
      expr(esc, hole_note(k, note_pos(esc, e), text(e), "interface-converted"), e->x);
    else
      expr(esc, k, e->x);
    return;
  case IR_UNSAFEADD: case IR_UNSAFESLICE:   // the pointer flows to the result (gc: a call)
    expr(esc, hole_note(k, note_pos(esc, e), call_text(e), "call parameter"), e->x);
    discard(esc, e->y);
    return;
  case IR_SLICE2ARRPTR:   // the slice's data pointer is the result
    expr(esc, k, e->x);
    return;
  case IR_BOX:
    if (e->ival == 1 || (e->site && e->site->late)) {   // (no box in gc's analysis)
      expr(esc, k, e->x);
      return;
    }
    if (e->site && e->site->quiet) {
      expr(esc, e->site->verdict == V_HEAP ? heap_hole(esc->b) : discard_hole(esc->b), e->x);
      return;
    }
    if (e->site)
      k = spill(esc, k, e->site, e->site->pos, e->site->spell);
    expr(esc, hole_note(k, note_pos(esc, e), text(e), "interface-converted"), e->x);
    return;
  case IR_CALL:
    call(esc, &k, 1, e);
    return;
  case IR_INLCALL:
    inlined_call(esc, &k, 1, e);
    return;
  case IR_RTCALL:
    rtcall(esc, &k, 1, e);
    return;
  case IR_CALLVALUE:
    call_value(esc, &k, 1, e);
    return;
  case IR_CLOSURE:
    closure(esc, k, e);
    return;
  case IR_FUNCVALUE: case IR_RECOVER: case IR_RECOVERTOKEN:   // (a token points to no Go object)
    return;
  case IR_MAKECHAN:   // gc: no location, nothing reported
    discard(esc, e->x);
    return;
  case IR_RECV:       // a value from the channel (already on the heap): flows nowhere
    if (!e->y)
      discard(esc, e->x);
    return;
  case IR_SELECT:
    for (int i = 0; i < e->nargs; i += 2) {
      discard(esc, e->args[i]);
      IRExpr *v = e->args[i + 1];
      if (e->idx[i / 2] && !(v->kind == IR_VAR && v->var->select_send))   // (else: sent at its decl)
        expr(esc, hole_note(heap_hole(esc->b), v->pos, text(e), "send"), v);
    }
    return;
  case IR_ICALL:
    icall(esc, e);
    return;
  case IR_ASSERT:
    assert_into(esc, k, e);
    return;
  case IR_EXTRACT:
    if (e->x->kind == IR_INLCALL) {
      int depth = esc->loop_depth;
      stmt(esc, e->x->body);
      esc->loop_depth = depth;
      expr(esc, k, e->x->args[e->field]);
      return;
    }
    if (e->x->kind == IR_VAR && e->x->var->esc && ((Loc *)e->x->var->esc)->parts) {
      Loc *part = ((Loc *)e->x->var->esc)->parts[e->field];
      if (k.dst != part || k.derefs != 0)   // (not the variable the result went into: see alias_results)
        flow(esc->b, k, part);
      return;
    }
    expr(esc, k, e->x);
    return;
  case IR_NEW:
    spill(esc, k, e->site, e->site->pos, e->site->spell);
    return;
  case IR_COMPLIT:
    for (int i = 0; i < e->nargs; i++)
      expr(esc, hole_note(k, note_pos(esc, e), text(e), under(e->type)->kind == TY_STRUCT ? "struct literal element"
                                                                          : "array literal element"),
           e->args[i]);
    return;
  case IR_ADDRLIT: {
    Hole inner = spill(esc, k, e->site, e->site->pos, e->site->spell);
    expr(esc, inner, e->x);
    return;
  }
  case IR_MAKESLICE:
    spill(esc, k, e->site, e->site->pos, e->site->spell);
    discard(esc, e->x);
    discard(esc, e->y);
    return;
  case IR_SLICELIT: {
    Hole inner = e->site ? spill(esc, k, e->site, e->site->pos, e->site->spell) : heap_hole(esc->b);
    for (int i = 0; i < e->nargs; i++)
      expr(esc, hole_note(inner, e->site ? e->site->pos : e->pos, text(e), "slice-literal-element"), e->args[i]);
    return;
  }
  case IR_SLICE:
    discard(esc, e->y);
    discard(esc, e->z);
    discard(esc, e->w);
    expr(esc, hole_note(k, note_pos(esc, e), text(e), "slice"), e->x);
    return;
  case IR_APPEND:
    append(esc, k, e);
    return;
  case IR_COPY: {
    discard(esc, e->x);
    Hole copied = discard_hole(esc->b);
    if (under(e->y->type)->kind == TY_SLICE && type_has_ptrs(under(e->y->type)->elem))
      copied = hole_deref(heap_hole(esc->b), note_pos(esc, e), text(e), "copied slice");
    expr(esc, hole_note(copied, note_pos(esc, e), call_text(e), "call parameter"), e->y);   // (gc's argument())
    return;
  }
  case IR_CONCAT:
    if (!e->site->quiet)
      spill(esc, k, e->site, e->site->pos, e->site->spell);
    for (int i = 0; i < e->nargs; i++)
      discard(esc, e->args[i]); // the runtime copies the operands
    return;
  case IR_STR2BYTES: case IR_BYTES2STR: case IR_STR2RUNES: case IR_RUNES2STR: case IR_RUNE2STR:
    spill(esc, k, e->site, e->site->pos, e->site->spell);
    discard(esc, e->x);
    return;
  case IR_NUM_KINDS: break;   // not a kind
  }
}

// The hole for storing into a place: a local variable, or the heap for
// anything reached through a pointer, a slice or a global.
static Hole addr(Escape *esc, IRExpr *p) {
  switch (p->kind) {
  case IR_VAR:
    if (p->var->kind == VAR_GLOBAL)
      return heap_hole(esc->b);
    return hole_of(var_loc(p->var));
  case IR_FIELD:
    return addr(esc, p->x);
  case IR_INDEX:
    discard(esc, p->y);
    return addr(esc, p->x);
  case IR_SLICEINDEX:
    discard(esc, p->x);
    discard(esc, p->y);
    return heap_hole(esc->b);
  case IR_DEREF:
    discard(esc, p->x);
    return heap_hole(esc->b);
  case IR_MAPINDEX:
    discard(esc, p->x);
    expr(esc, hole_note(heap_hole(esc->b), p->pos, text(p), "key of map put"), p->y);
    return heap_hole(esc->b);
  default:
    discard(esc, p);
    return heap_hole(esc->b);
  }
}

// gc's flowClosure: each captured variable flows into the closure's context,
// by its address when captured by reference. -m=2 also says how each one
// was captured ("f capturing by ref: n (addr=false assign=true width=8)").
static void flow_closure(Batch *b, ClosureFlow *cf) {
  IRExpr *e = cf->e;
  Escape *esc = &(Escape){.b = b, .curfn = cf->fn, .loop_depth = cf->loop_depth};
  for (int j = 0; j < e->nargs; j++) {
    int i = e->fn->capture_order && j < e->fn->ncaptures ? e->fn->capture_order[j] : j;
    IRExpr *a = e->args[i];
    Var *c = i < e->fn->ncaptures ? e->fn->captures[i] : NULL;
    IRExpr *v = a->kind == IR_ADDR ? a->x : a;
    if (!c || v->kind != IR_VAR) {   // (not a plain variable: evaluate it)
      expr(esc, hole_note(cf->k, note_pos(esc, e), text(e), "captured by a closure"), a);
      continue;
    }
    Var *n = c;
    while (n->outer)
      n = n->outer;
    Loc *loc = var_loc(n);
    if (flags.m >= 2 && n->fn)
      note_at(n->pos, "%s capturing by %s: %s (addr=%s assign=%s width=%lld)", n->fn->name,
              c->byref ? "ref" : "value", n->name, loc->addrtaken ? "true" : "false",
              n->reassigned ? "true" : "false", (long long)type_size(n->type));
    Hole k = cf->k;
    if (c->byref)
      k = hole_addr(k, c->capture_pos, c->name, "reference");
    flow(b, hole_note(k, c->capture_pos, c->name, "captured by a closure"), loc);
  }
}

void flow_closures(Batch *b) {
  for (int i = 0; i < b->closures.len; i++)
    flow_closure(b, b->closures.data[i]);
  b->closures.len = 0;
}

// ---------------------------------------------------------------- statements

static bool is_looping_label(Escape *esc, const char *name) {
  for (int i = 0; i < esc->looping_labels.len; i++)
    if (!strcmp(esc->looping_labels.data[i], name))
      return true;
  return false;
}

static void stmts(Escape *esc, IRStmt **ss, int n) {
  for (int i = 0; i < n; i++)
    stmt(esc, ss[i]);
}

// gc's block: a looping label raises the loop depth only up to the end of the
// branch or loop body that holds it (a plain { } block does not reset it).
static void block(Escape *esc, IRStmt *s) {
  int depth = esc->loop_depth;
  stmt(esc, s);
  esc->loop_depth = depth;
}

static void stmt_in_place(Escape *esc, IRStmt *s);

// gc flows a type switch's operand straight into each clause's variable
// that has pointers (through a {temp} when there are several), noted
// "switch case" at the clause, a dereference on the way unless the
// clause's type is an interface or pointer-shaped. escgo's lowering holds
// the operand in a temporary (switch_guard) that each clause asserts from:
// neither flows by itself.
static void switch_case_flows(Escape *esc, IRStmt *sw) {
  Hole *ks = esc_alloc(sizeof(Hole) * (sw->nclauses + 1));
  int n = 0;
  IRExpr *operand = NULL;
  for (int i = 0; i < sw->nclauses; i++) {
    IRStmt *body = sw->clauses[i].body;
    IRStmt *d = body && body->kind == IR_S_BLOCK && body->nstmts ? body->stmts[0] : NULL;
    if (!d || d->kind != IR_S_DECL || !d->switch_clause)
      continue;
    IRExpr *guard = d->x->kind == IR_ASSERT ? d->x->x : d->x;
    operand = guard->var->temp_init;
    Var *v = d->var;
    var_loc(v)->loop_depth = esc->loop_depth;
    if (!type_has_ptrs(v->type))
      continue;
    Hole k = hole_of(var_loc(v));
    if (!is_interface(v->type) && !is_pointer_shaped(v->type))
      k = hole_shift(k, 1);
    ks[n++] = hole_note(k, d->pos, flags.m >= 2 ? clause_spell(d->switch_clause) : "", "switch case");
  }
  if (operand)
    expr(esc, n == 0 ? discard_hole(esc->b) : n == 1 ? ks[0] : tee_hole(esc, ks, n), operand);
}

static void stmt(Escape *esc, IRStmt *s) {
  if (!s)
    return;
  Pos saved = esc->inl_at;
  if (s->inl_pos.line)
    esc->inl_at = s->inl_pos;
  stmt_in_place(esc, s);
  esc->inl_at = saved;
}

// `v, ok = x.(T)`: when the value goes straight into the variable v
// (escape.c's alias_results), gc's note of the assignment (its
// assignList with `why`) is on the way in; `var v, ok = ...` is left as is.
static Hole comma_ok_hole(Hole k, Loc *value, IRStmt *s, const char *why) {
  if (!value->var || !s->src || s->src->kind != N_ASSIGN)
    return k;
  return hole_note(k, stmt_pos(s), flags.m >= 2 ? stmt_spell(s->src) : "", why);
}

static void stmt_in_place(Escape *esc, IRStmt *s) {
  switch (s->kind) {
  case IR_S_EXPR:
    discard(esc, s->x);
    return;
  case IR_S_DECL: {
    if (s->var->switch_guard || s->switch_clause || s->var->methval_recv) {   // flowed at its use
      var_loc(s->var)->loop_depth = esc->loop_depth;
      return;
    }
    if (s->var->select_send) {   // a select's send value: gc flows it to the heap at its case
      Node *send = s->var->select_send;
      expr(esc, hole_note(heap_hole(esc->b), send->pos, flags.m >= 2 ? stmt_spell(send) : "", "send"), s->x);
      return;
    }
    Loc *l = var_loc(s->var);
    l->loop_depth = esc->loop_depth;
    for (int i = 0; i < l->nparts; i++)
      if (!l->parts[i]->var)   // (a variable's own declaration sets its depth)
        l->parts[i]->loop_depth = esc->loop_depth;
    if (l->parts && s->x && s->x->kind == IR_ASSERT) {
      assert_into(esc, comma_ok_hole(hole_of(l->parts[0]), l->parts[0], s, "assign-pair-dot-type"), s->x);
      return;
    }
    if (l->parts && s->x && (s->x->kind == IR_CALL || s->x->kind == IR_RTCALL ||
                             s->x->kind == IR_CALLVALUE || s->x->kind == IR_INLCALL)) {
      Hole *ks = esc_alloc(sizeof(Hole) * l->nparts);
      for (int i = 0; i < l->nparts; i++)
        ks[i] = hole_of(l->parts[i]);
      if (s->x->kind == IR_CALL)
        call(esc, ks, l->nparts, s->x);
      else if (s->x->kind == IR_INLCALL)
        inlined_call(esc, ks, l->nparts, s->x);
      else if (s->x->kind == IR_CALLVALUE)
        call_value(esc, ks, l->nparts, s->x);
      else
        rtcall(esc, ks, l->nparts, s->x);
      return;
    }
    if (s->x)
      expr(esc, assign_hole(hole_of(l), s), s->x);
    return;
  }
  case IR_S_ASSIGN: {
    Hole k = addr(esc, s->x);
    if (is_header_data(s->x)) {   // hdr.Data = uintptr(p): p is stored (k is the heap)
      unsafe_value(esc, assign_hole(k, s), s->y);
      return;
    }
    if (is_self_assign(s->x, s->y)) {
      if (flags.m && s->src)
        note_at(stmt_pos(s), "%s ignoring self-assignment in %s", esc->curfn->name, stmt_spell(s->src));
      k = discard_hole(esc->b);
    }
    expr(esc, assign_hole(k, s), s->y);
    return;
  }
  case IR_S_BLOCK:
    stmts(esc, s->stmts, s->nstmts);
    return;
  case IR_S_IF:
    discard(esc, s->x);
    block(esc, s->body);
    block(esc, s->els);
    return;
  case IR_S_FOR:
    esc->loop_depth++;
    discard(esc, s->x);
    stmt(esc, s->post);
    block(esc, s->body);
    esc->loop_depth--;
    return;
  case IR_S_SWITCH:
    switch_case_flows(esc, s);
    for (int i = 0; i < s->nclauses; i++) {
      for (int j = 0; j < s->clauses[i].nconds; j++)
        discard(esc, s->clauses[i].conds[j]);
      block(esc, s->clauses[i].body);
    }
    return;
  case IR_S_RETURN: {
    Func *f = esc->curfn;
    EscFunc *ef = esc_func(f);
    for (int i = 0; i < s->nargs && i < f->nresults; i++)
      expr(esc, hole_note(hole_of(ef->result_locs[i]), stmt_pos(s), stmt_text(s), "return"), s->args[i]);
    return;
  }
  case IR_S_PANIC:
    expr(esc, hole_note(heap_hole(esc->b), stmt_pos(s), stmt_text(s), "call parameter"), s->x);
    return;
  case IR_S_GO:   // the goroutine's closure outlives the statement
    expr(esc, heap_hole(esc->b), s->x);
    return;
  case IR_S_SEND:
    discard(esc, s->x);
    expr(esc, hole_note(heap_hole(esc->b), stmt_pos(s), stmt_text(s), "send"), s->y);
    return;
  case IR_S_DEFER: {
    // A top-level defer's closure lives until the function returns (gc:
    // later(discard)); one in a loop may run after many iterations: heap.
    Hole k = heap_hole(esc->b);
    if (esc->loop_depth == 1)
      k = hole_of(new_loc(esc, NULL, NULL, false));
    expr(esc, k, s->x);
    return;
  }
  case IR_S_PRINT:
    for (int i = 0; i < s->nargs; i++)
      discard(esc, s->args[i]);
    return;
  case IR_S_LABEL:
    if (is_looping_label(esc, s->label))
      esc->loop_depth++; // a backward goto makes everything after the label a loop
    return;
  case IR_S_GOTO: case IR_S_BREAK: case IR_S_CONTINUE:
    return;
  case IR_S_NUM_KINDS: break;   // not a kind
  }
}

// Labels that some later goto jumps back to (into out).
typedef struct {
  IRVisitor v;
  Vec seen;            // labels met so far
  Vec *out;
} LabelWalk;

static void find_looping_labels(IRVisitor *v, IRStmt *s, IRSlot at) {
  LabelWalk *w = (LabelWalk *)v;
  if (s->kind == IR_S_LABEL)
    vec_push(&w->seen, s->label);
  if (s->kind == IR_S_GOTO)
    for (int i = 0; i < w->seen.len; i++)
      if (!strcmp(w->seen.data[i], s->label))
        vec_push(w->out, s->label);
  ir_stmt_children(s, v);
}

// (Labels of inlined bodies: inline/'s IR_INLCALL holds statements.)
static void labels_in_expr(IRVisitor *v, IRExpr *e, IRSlot at) { ir_expr_children(e, v); }

void build_func(Batch *b, Func *f) {
  Escape *esc = &(Escape){.b = b, .curfn = f, .loop_depth = 1};
  LabelWalk w = {{labels_in_expr, find_looping_labels}, {0}, &esc->looping_labels};
  if (f->body)
    find_looping_labels(&w.v, f->body, (IRSlot){IR_F_BODY, 0});
  block(esc, f->body);
  (void)site_loc_for_var;
}
