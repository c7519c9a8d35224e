// test_codegen.c — builds small IR programs by hand, compiles them with
// codegen_program, links them with link_program against the runtime, runs
// them and compares their output (stdout and stderr together) and exit
// status with the expectation written next to each program.
//
// Run from the repository root (the runtime is lib/libescgo_rt.a, or
// $ESCGO_RTLIB). Prints `test_codegen: N passed, M failed`; exits 1 on failure.
#include "driver/internal.h"   // every pass, and link_program

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int passed, failed;
static Program *P;   // the program being built
static Func *F;      // the function being built

// ---------------------------------------------------------------- IR builders

static IRExpr *ex(IRKind k, Type *t) {
  IRExpr *e = xmalloc(sizeof(IRExpr));
  e->kind = k;
  e->type = t;
  return e;
}

static IRExpr *ival(Type *t, int64_t v) {
  IRExpr *e = ex(IR_CONST, t);
  e->ival = v;
  return e;
}

static IRExpr *num(int64_t v) { return ival(ty_int, v); }

static IRExpr *fval(Type *t, double v) {
  IRExpr *e = ex(IR_CONST, t);
  e->fval = v;
  return e;
}

static IRExpr *str(const char *s) {
  IRExpr *e = ex(IR_CONST, ty_string);
  e->sval = xstrdup(s);
  e->slen = strlen(s);
  return e;
}

static IRExpr *ref(Var *v) {
  IRExpr *e = ex(IR_VAR, v->type);
  e->var = v;
  return e;
}

static IRExpr *bin(TokKind op, IRExpr *x, IRExpr *y) {
  bool cmp = op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ || op == T_GTR || op == T_GEQ;
  IRExpr *e = ex(IR_BINARY, cmp ? ty_bool : x->type);
  e->op = op;
  e->x = x;
  e->y = y;
  return e;
}

static IRExpr *un(IRKind k, Type *t, IRExpr *x) {
  IRExpr *e = ex(k, t);
  e->x = x;
  return e;
}

static IRExpr *conv(Type *t, IRExpr *x) { return un(IR_CONV, t, x); }

static IRExpr *deref(IRExpr *p) { return un(IR_DEREF, p->type->elem, p); }

static IRExpr *addr(IRExpr *place) { return un(IR_ADDR, ptr_to(place->type), place); }

static IRExpr *field(IRExpr *x, int i) {
  IRExpr *e = un(IR_FIELD, under(x->type)->fields[i].type, x);
  e->field = i;
  return e;
}

static IRExpr *sindex(IRExpr *s, IRExpr *i) {
  IRExpr *e = un(IR_SLICEINDEX, under(s->type)->elem, s);
  e->y = i;
  return e;
}

static IRExpr **list(int n, va_list ap) {
  IRExpr **a = xmalloc(sizeof(IRExpr *) * (n + 1));
  for (int i = 0; i < n; i++)
    a[i] = va_arg(ap, IRExpr *);
  return a;
}

static IRExpr *rtcall(const char *sym, Type *t, int n, ...) {
  IRExpr *e = ex(IR_RTCALL, t);
  e->rtsym = sym;
  va_list ap;
  va_start(ap, n);
  e->args = list(n, ap);
  va_end(ap);
  e->nargs = n;
  return e;
}

static IRExpr *call(Func *f, Type *t, int n, ...) {
  IRExpr *e = ex(IR_CALL, t);
  e->fn = f;
  va_list ap;
  va_start(ap, n);
  e->args = list(n, ap);
  va_end(ap);
  e->nargs = n;
  return e;
}

static Site *site(SiteKind k, Type *t, Verdict v) {
  Site *s = xmalloc(sizeof(Site));
  s->id = P->sites.len + 1;
  s->kind = k;
  s->type = t;
  s->verdict = v;
  s->count = -1;
  s->fn = F;
  vec_push(&P->sites, s);
  vec_push(&F->sites, s);
  return s;
}

static IRExpr *box(IRExpr *x, Verdict v) {
  IRExpr *e = un(IR_BOX, ty_any, x);
  if (!is_pointer_shaped(x->type))
    e->site = site(SITE_BOX, x->type, v);
  return e;
}

// []T{args...} with a backing-array site of the given verdict.
static IRExpr *slicelit(Type *elem, Verdict v, int n, ...) {
  IRExpr *e = ex(IR_SLICELIT, slice_of(elem));
  e->site = site(SITE_SLICELIT, array_of(elem, n), v);
  va_list ap;
  va_start(ap, n);
  e->args = list(n, ap);
  va_end(ap);
  e->nargs = n;
  e->idx = xmalloc(sizeof(int64_t) * (n + 1));
  for (int i = 0; i < n; i++)
    e->idx[i] = i;
  return e;
}

static IRStmt *st(IRStmtKind k) {
  IRStmt *s = xmalloc(sizeof(IRStmt));
  s->kind = k;
  return s;
}

static IRStmt *block(int n, ...) {
  IRStmt *s = st(IR_S_BLOCK);
  s->stmts = xmalloc(sizeof(IRStmt *) * (n + 1));
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++)
    s->stmts[i] = va_arg(ap, IRStmt *);
  va_end(ap);
  s->nstmts = n;
  return s;
}

static IRStmt *exprstmt(IRExpr *x) {
  IRStmt *s = st(IR_S_EXPR);
  s->x = x;
  return s;
}

static IRStmt *assign(IRExpr *x, IRExpr *y) {
  IRStmt *s = st(IR_S_ASSIGN);
  s->x = x;
  s->y = y;
  return s;
}

static IRStmt *decl(Var *v, IRExpr *init) {
  IRStmt *s = st(IR_S_DECL);
  s->var = v;
  s->x = init;
  return s;
}

static IRStmt *println(int n, ...) {
  IRStmt *s = st(IR_S_PRINT);
  s->newline = true;
  va_list ap;
  va_start(ap, n);
  s->args = list(n, ap);
  va_end(ap);
  s->nargs = n;
  return s;
}

static IRStmt *ifs(IRExpr *c, IRStmt *then, IRStmt *els) {
  IRStmt *s = st(IR_S_IF);
  s->x = c;
  s->body = then;
  s->els = els;
  return s;
}

static IRStmt *ret(int n, ...) {
  IRStmt *s = st(IR_S_RETURN);
  va_list ap;
  va_start(ap, n);
  s->args = list(n, ap);
  va_end(ap);
  s->nargs = n;
  return s;
}

static Var *var(const char *name, Type *t, VarKind k) {
  Var *v = xmalloc(sizeof(Var));
  v->name = xstrdup(name);
  v->type = t;
  v->kind = k;
  v->fn = F;
  v->id = F->vars.len + 1;
  vec_push(&F->vars, v);
  return v;
}

static Var *local(const char *name, Type *t) { return var(name, t, VAR_LOCAL); }

static Var *param(const char *name, Type *t) {
  Var *v = var(name, t, VAR_PARAM);
  F->params = xrealloc(F->params, sizeof(Var *) * (F->nparams + 1));
  F->params[F->nparams++] = v;
  return v;
}

static Var *result(const char *name, Type *t) {
  Var *v = var(name, t, VAR_RESULT);
  F->results = xrealloc(F->results, sizeof(Var *) * (F->nresults + 1));
  F->results[F->nresults++] = v;
  return v;
}

static Func *func(const char *name) {
  Func *f = xmalloc(sizeof(Func));
  f->name = xstrdup(name);
  f->lname = xfmt("main.%s", name);
  f->type = new_type(TY_FUNC);
  vec_push(&P->funcs, f);
  F = f;
  if (!strcmp(name, "main"))
    P->main = f;
  return f;
}

static void new_program(void) {
  P = xmalloc(sizeof(Program));
  P->pkgname = "main";
}

// ---------------------------------------------------------------- running

static const char *rtlib(void) {
  const char *p = getenv("ESCGO_RTLIB");
  return p ? p : "lib/libescgo_rt.a";
}

// Compiles P, links, runs; compares output and exit status.
static void expect(const char *name, const char *want, int want_status) {
  char obj[256], exe[256], cmd[600];
  snprintf(obj, sizeof obj, "/tmp/test_codegen_%d_%s.o", (int)getpid(), name);
  snprintf(exe, sizeof exe, "/tmp/test_codegen_%d_%s", (int)getpid(), name);
  if (getenv("TEST_CODEGEN_LL")) {   // keep the textual IR for inspection
    char ll[300];
    snprintf(ll, sizeof ll, "/tmp/test_codegen_%s_O%d.ll", name, flags.opt_level);
    flags.emit_llvm = true;
    codegen_program(P, ll);
    flags.emit_llvm = false;
  }
  if (codegen_program(P, obj) != 0 || link_program(obj, exe, rtlib(), false) != 0) {
    printf("FAIL %s: did not compile/link\n", name);
    failed++;
    return;
  }
  snprintf(cmd, sizeof cmd, "%s 2>&1", exe);
  FILE *f = popen(cmd, "r");
  Buf out = {0};
  char chunk[4096];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    buf_putn(&out, chunk, n);
  int status = pclose(f);
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  char *got = buf_cstr(&out);
  // A panic's goroutine trace follows a blank line: compare up to it.
  char *trace = strstr(got, "\n\ngoroutine ");
  if (trace)
    trace[1] = 0;
  // A want ending in "..." only has to be a prefix (addresses vary).
  size_t wl = strlen(want);
  bool prefix = wl >= 3 && !strcmp(want + wl - 3, "...");
  bool same = prefix ? !strncmp(got, want, wl - 3) : !strcmp(got, want);
  if (!same || code != want_status) {
    printf("FAIL %s: status %d (want %d)\n--- got:\n%s--- want:\n%s---\n", name, code,
           want_status, got, want);
    failed++;
  } else {
    passed++;
  }
  unlink(obj);
  if (!getenv("TEST_CODEGEN_KEEP"))   // keep binaries for gdb
    unlink(exe);
}

// ---------------------------------------------------------------- programs

// println("hello", 42, true, -7, 2.5)
static void test_hello(void) {
  new_program();
  func("main");
  F->body = block(1, println(5, str("hello"), num(42), ival(ty_bool, 1), num(-7),
                             fval(ty_float64, 2.5)));
  expect("hello", "hello 42 true -7 +2.500000e+000\n", 0);
}

// s := 0; for i := 0; i < 10; i++ { if i == 7 { break }; if i%2 == 0 { continue }; s += i }
static void test_loop(void) {
  new_program();
  func("main");
  Var *s = local("s", ty_int), *i = local("i", ty_int);
  IRStmt *loop = st(IR_S_FOR);
  IRStmt *brk = st(IR_S_BREAK), *cont = st(IR_S_CONTINUE);
  brk->target = cont->target = loop;
  loop->x = bin(T_LSS, ref(i), num(10));
  loop->post = assign(ref(i), bin(T_ADD, ref(i), num(1)));
  loop->body = block(3, ifs(bin(T_EQL, ref(i), num(7)), brk, NULL),
                     ifs(bin(T_EQL, bin(T_REM, ref(i), num(2)), num(0)), cont, NULL),
                     assign(ref(s), bin(T_ADD, ref(s), ref(i))));
  F->body = block(4, decl(s, num(0)), decl(i, num(0)), loop, println(2, ref(s), ref(i)));
  // Positions, so the line-table (DWARF) path is exercised too.
  static SrcFile file = {.path = "loop.go", .display = "./loop.go"};
  F->pos = (Pos){&file, 3, 6};
  for (int k = 0; k < F->body->nstmts; k++)
    F->body->stmts[k]->pos = (Pos){&file, 4 + k, 2};
  loop->body->stmts[2]->pos = (Pos){&file, 9, 3};
  expect("loop", "9 7\n", 0);   // 1+3+5
}

// Go's integer semantics: wrap-around, MinInt/-1, shifts past the width.
static void test_intops(void) {
  new_program();
  func("main");
  Var *m = local("m", ty_int64), *k = local("k", ty_int64), *b = local("b", ty_int8);
  Var *c = local("c", ty_uint), *u = local("u", ty_uint8);
  F->body = block(
      11, decl(m, ival(ty_int64, INT64_MIN)), decl(k, ival(ty_int64, -1)),
      decl(b, ival(ty_int8, 127)), decl(c, ival(ty_uint, 70)), decl(u, ival(ty_uint8, 250)),
      println(2, bin(T_QUO, ref(m), ref(k)), bin(T_REM, ref(m), ref(k))),
      println(2, bin(T_ADD, ref(b), ival(ty_int8, 1)), bin(T_ADD, ref(u), ival(ty_uint8, 10))),
      println(3, bin(T_SHL, num(1), ref(c)), bin(T_SHR, num(-8), ref(c)),
              bin(T_SHR, ref(u), ival(ty_uint, 4))),
      println(3, bin(T_QUO, num(-7), num(2)), bin(T_REM, num(-7), num(2)),
              bin(T_AND_NOT, num(0xff), num(0x0f))),
      println(3, conv(ty_int, fval(ty_float64, -3.9)), conv(ty_uint8, num(300)),
              conv(ty_float64, ref(b))),
      println(2, conv(ty_int64, conv(ty_int32, ival(ty_int64, 0x1ffffffffLL))),
              conv(ty_uint64, ival(ty_int8, -1))));
  expect("intops",
         "-9223372036854775808 0\n-128 4\n0 -1 15\n-3 -1 240\n-3 44 +1.270000e+002\n"
         "-1 18446744073709551615\n",
         0);
}

// A zero divisor panics with gc's message and exit status 2.
static void test_divzero(void) {
  new_program();
  func("main");
  Var *z = local("z", ty_int);
  F->body = block(2, decl(z, num(0)), println(1, bin(T_QUO, num(1), ref(z))));
  expect("divzero", "panic: runtime error: integer divide by zero\n", 2);
}

// s := make([]int, 3); s[1] = 5; println(s[1], len(s)); s[5] = 1 -> panic
static void test_bounds(void) {
  new_program();
  func("main");
  Var *s = local("s", slice_of(ty_int)), *i = local("i", ty_int);
  IRExpr *mk = un(IR_MAKESLICE, slice_of(ty_int), num(3));
  mk->site = site(SITE_MAKESLICE, slice_of(ty_int), V_HEAP);
  F->body = block(5, decl(s, mk), decl(i, num(5)), assign(sindex(ref(s), num(1)), num(5)),
                  println(2, sindex(ref(s), num(1)), un(IR_LEN, ty_int, ref(s))),
                  assign(sindex(ref(s), ref(i)), num(1)));
  expect("bounds", "5 3\npanic: runtime error: index out of range [5] with length 3\n", 2);
}

// var p *int; println(*p) -> nil dereference panic, caught before the load.
static void test_nil(void) {
  new_program();
  func("main");
  Var *p = local("p", ptr_to(ty_int));
  F->body = block(2, decl(p, NULL), println(1, deref(ref(p))));
  expect("nil",
         "panic: runtime error: invalid memory address or nil pointer dereference\n"
         "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=...",
         2);
}

static Type *point_type(void) {
  Type *st = new_type(TY_STRUCT);
  st->nfields = 3;
  st->fields = xmalloc(sizeof(Field) * 3);
  st->fields[0] = (Field){.name = "X", .type = ty_int};
  st->fields[1] = (Field){.name = "On", .type = ty_bool};
  st->fields[2] = (Field){.name = "Y", .type = ty_int32};
  Type *t = new_type(TY_NAMED);
  t->name = "Point";
  t->pkg = "main";
  t->underlying = st;
  return t;
}

// Stack sites cost no allocation and are zeroed on every execution; heap
// sites call escgo_alloc once per execution.
static void test_sites(void) {
  new_program();
  func("main");
  Type *pt = point_type();
  Var *before = local("before", ty_uint64), *sum = local("sum", ty_int), *i = local("i", ty_int);
  Var *p = local("p", ptr_to(ty_int)), *q = local("q", ptr_to(pt)), *x = local("x", ty_int);
  x->site = site(SITE_VAR, ty_int, V_STACK);
  IRExpr *n1 = ex(IR_NEW, ptr_to(ty_int));
  n1->site = site(SITE_NEW, ty_int, V_STACK);
  IRExpr *lit = ex(IR_COMPLIT, pt);
  lit->nargs = 2;
  lit->args = xmalloc(sizeof(IRExpr *) * 2);
  lit->args[0] = ref(i), lit->args[1] = ival(ty_int32, 9);
  lit->idx = xmalloc(sizeof(int64_t) * 2);
  lit->idx[0] = 0, lit->idx[1] = 2;
  IRExpr *al = un(IR_ADDRLIT, ptr_to(pt), lit);
  al->site = site(SITE_ADDRLIT, pt, V_HEAP);
  IRStmt *loop = st(IR_S_FOR);
  loop->x = bin(T_LSS, ref(i), num(10));
  loop->post = assign(ref(i), bin(T_ADD, ref(i), num(1)));
  loop->body = block(6, decl(p, n1), assign(deref(ref(p)), bin(T_ADD, deref(ref(p)), ref(i))),
                     assign(ref(sum), bin(T_ADD, ref(sum), deref(ref(p)))), decl(q, al),
                     decl(x, NULL),
                     assign(ref(sum), bin(T_ADD, ref(sum),
                                          bin(T_ADD, ref(x), conv(ty_int, field(deref(ref(q)), 2))))));
  IRExpr *mallocs = rtcall("escgo_mallocs", ty_uint64, 0);
  F->body = block(5, decl(before, mallocs), decl(sum, num(0)), decl(i, num(0)), loop,
                  println(2, ref(sum), bin(T_SUB, rtcall("escgo_mallocs", ty_uint64, 0), ref(before))));
  expect("sites", "135 10\n", 0);   // 45 + 10*9; one heap object per iteration
}

// Multiple results, IR_EXTRACT, a parameter whose address is taken (site).
static void test_calls(void) {
  new_program();
  Func *divmod = func("divmod");
  Var *a = param("a", ty_int), *b = param("b", ty_int);
  a->site = site(SITE_VAR, ty_int, V_HEAP);
  result("q", ty_int);
  result("r", ty_int);
  Type *pair[] = {ty_int, ty_int};
  Type *tup = tuple_of(pair, 2);
  divmod->body = block(1, ret(2, bin(T_QUO, deref(addr(ref(a))), ref(b)), bin(T_REM, ref(a), ref(b))));
  func("main");
  Var *t = local("t", tup);
  IRExpr *x0 = un(IR_EXTRACT, ty_int, ref(t)), *x1 = un(IR_EXTRACT, ty_int, ref(t));
  x1->field = 1;
  F->body = block(2, decl(t, call(divmod, tup, 2, num(17), num(5))), println(2, x0, x1));
  expect("calls", "3 2\n", 0);
}

// Strings: concat (2 and n parts, stack and heap), compare, index, slice.
static void test_strings(void) {
  new_program();
  func("main");
  Var *s = local("s", ty_string);
  IRExpr *c2 = ex(IR_CONCAT, ty_string);
  c2->site = site(SITE_CONCAT, ty_string, V_STACK);
  c2->nargs = 2;
  c2->args = xmalloc(sizeof(IRExpr *) * 2);
  c2->args[0] = str("ab"), c2->args[1] = str("cd");
  IRExpr *c3 = ex(IR_CONCAT, ty_string);
  c3->site = site(SITE_CONCAT, ty_string, V_HEAP);
  c3->nargs = 3;
  c3->args = xmalloc(sizeof(IRExpr *) * 3);
  c3->args[0] = ref(s), c3->args[1] = str("-"), c3->args[2] = ref(s);
  IRExpr *sl = ex(IR_SLICE, ty_string);
  sl->x = ref(s), sl->y = num(1), sl->z = num(3);
  IRExpr *idx = ex(IR_STRINDEX, ty_uint8);
  idx->x = ref(s), idx->y = num(2);
  F->body = block(4, decl(s, c2), println(3, ref(s), sl, idx),
                  println(3, bin(T_EQL, ref(s), str("abcd")), bin(T_LSS, ref(s), str("abd")),
                          bin(T_NEQ, ref(s), str("abcd"))),
                  println(1, c3));
  expect("strings", "abcd bc 99\ntrue true false\nabcd-abcd\n", 0);
}

// append (inline and growing), copy, 3-index slicing, a slice bounds panic.
static void test_append(void) {
  new_program();
  func("main");
  Type *is = slice_of(ty_int);
  Var *s = local("s", is), *i = local("i", ty_int), *t = local("t", is);
  IRExpr *app = ex(IR_APPEND, is);
  app->x = ref(s);
  app->nargs = 1;
  app->args = xmalloc(sizeof(IRExpr *));
  app->args[0] = bin(T_MUL, ref(i), ref(i));
  IRStmt *loop = st(IR_S_FOR);
  loop->x = bin(T_LSS, ref(i), num(100));
  loop->post = assign(ref(i), bin(T_ADD, ref(i), num(1)));
  loop->body = assign(ref(s), app);
  IRExpr *sl = ex(IR_SLICE, is);
  sl->x = ref(s), sl->y = num(2), sl->z = num(4), sl->w = num(5);
  IRExpr *app2 = ex(IR_APPEND, is);
  app2->x = ref(t), app2->y = ref(t);
  IRExpr *cp = ex(IR_COPY, ty_int);
  cp->x = ref(t), cp->y = ref(s);
  IRExpr *bad = ex(IR_SLICE, is);
  bad->x = ref(t), bad->y = num(3), bad->z = ref(i);
  F->body = block(7, decl(s, NULL), decl(i, num(0)), loop,
                  println(3, un(IR_LEN, ty_int, ref(s)), sindex(ref(s), num(99)),
                          bin(T_GEQ, un(IR_CAP, ty_int, ref(s)), num(100))),
                  decl(t, sl),
                  println(4, un(IR_LEN, ty_int, app2), un(IR_CAP, ty_int, ref(t)),
                          cp, sindex(ref(t), num(1))),
                  exprstmt(bad));
  expect("append",
         "100 9801 true\n4 3 2 1\npanic: runtime error: slice bounds out of range [:100] with capacity 3\n",
         2);
}

// switch with fallthrough and default, &&, ||, struct and interface ==.
static void test_switch(void) {
  new_program();
  func("main");
  Type *pt = point_type();
  Var *x = local("x", ty_int), *p = local("p", pt), *q = local("q", pt);
  IRStmt *sw = st(IR_S_SWITCH);
  sw->nclauses = 3;
  sw->clauses = xmalloc(sizeof(SwitchClause) * 3);
  sw->clauses[0].nconds = 0;   // default, placed first, tried last
  sw->clauses[0].body = println(1, str("default"));
  sw->clauses[1].nconds = 2;
  sw->clauses[1].conds = xmalloc(sizeof(IRExpr *) * 2);
  sw->clauses[1].conds[0] = bin(T_EQL, ref(x), num(1));
  sw->clauses[1].conds[1] = bin(T_EQL, ref(x), num(2));
  sw->clauses[1].body = println(1, str("one or two"));
  sw->clauses[1].fallthrough = true;
  sw->clauses[2].nconds = 1;
  sw->clauses[2].conds = xmalloc(sizeof(IRExpr *));
  sw->clauses[2].conds[0] = bin(T_EQL, ref(x), num(3));
  sw->clauses[2].body = println(1, str("three"));
  IRExpr *land = ex(IR_ANDAND, ty_bool), *lor = ex(IR_OROR, ty_bool);
  land->x = bin(T_GTR, ref(x), num(0)), land->y = bin(T_EQL, bin(T_QUO, num(10), ref(x)), num(5));
  lor->x = bin(T_NEQ, ref(x), num(2)), lor->y = bin(T_EQL, bin(T_QUO, num(1), num(0)), num(0));
  F->body = block(7, decl(x, num(2)), sw, assign(ref(x), num(7)), sw, println(2, land, lor),
                  decl(p, NULL), decl(q, NULL));
  IRStmt *more = block(3, assign(field(ref(q), 2), ival(ty_int32, 4)),
                       println(2, bin(T_EQL, ref(p), ref(q)), bin(T_NEQ, box(ref(p), V_STACK), box(ref(q), V_HEAP))),
                       println(2, bin(T_EQL, box(num(3), V_HEAP), box(num(3), V_HEAP)),
                               bin(T_EQL, box(str("a"), V_HEAP), box(num(3), V_HEAP))));
  F->body->stmts = xrealloc(F->body->stmts, sizeof(IRStmt *) * 8);
  F->body->stmts[F->body->nstmts++] = more;
  expect("switch", "one or two\nthree\ndefault\nfalse true\nfalse true\ntrue false\n", 0);
}

// A []any of boxes, on the stack or the heap as their sites say, read back
// through type assertions: args := []any{"ab"+"cd", 7, p, &p};
// println(args[0].(string), args[1].(int), args[2].(Point).X, args[3].(*Point).X).
static IRExpr *unbox(IRExpr *args, int i, Type *t) {
  IRExpr *e = ex(IR_ASSERT, t);
  e->x = sindex(args, num(i));
  return e;
}

static void test_boxes(void) {
  new_program();
  func("main");
  Type *pt = point_type();
  Var *p = local("p", pt), *args = local("args", slice_of(ty_any));
  IRExpr *c2 = ex(IR_CONCAT, ty_string);
  c2->site = site(SITE_CONCAT, ty_string, V_HEAP);
  c2->nargs = 2;
  c2->args = xmalloc(sizeof(IRExpr *) * 2);
  c2->args[0] = str("ab"), c2->args[1] = str("cd");
  p->site = site(SITE_VAR, pt, V_HEAP);
  IRExpr *lit = slicelit(ty_any, V_STACK, 4, box(c2, V_HEAP), box(num(7), V_HEAP),
                         box(ref(p), V_STACK), box(addr(ref(p)), V_HEAP));
  F->body = block(4, decl(p, NULL), assign(field(ref(p), 0), num(3)), decl(args, lit),
                  println(4, unbox(ref(args), 0, ty_string), unbox(ref(args), 1, ty_int),
                          field(unbox(ref(args), 2, pt), 0),
                          field(deref(unbox(ref(args), 3, ptr_to(pt))), 0)));
  expect("boxes", "abcd 7 3 3\n", 0);
}

int main(void) {
  types_init();
  flags.opt_level = 2;
  test_hello();
  test_loop();
  test_intops();
  test_divzero();
  test_bounds();
  test_nil();
  test_sites();
  test_calls();
  test_strings();
  test_append();
  test_switch();
  test_boxes();
  flags.opt_level = 0;   // the unoptimised pipeline too
  test_loop();
  test_sites();
  test_append();
  printf("test_codegen: %d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
