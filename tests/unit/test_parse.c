// test_parse.c — the parser on tiny programs with inline expectations:
// tree shapes as s-expressions, gc's positions of key nodes, gc 1.19's syntax
// error words and positions (each checked once with `go build`), robustness.
#include "syntax/syntax.h"

#include <stdlib.h>
#include <string.h>

static int passed, failed;

static void check(bool ok, const char *what, const char *got, const char *want) {
  if (ok) {
    passed++;
    return;
  }
  failed++;
  printf("FAIL %s\n  got:  %s\n  want: %s\n", what, got, want);
}

static Node *parse_src(const char *src) {
  SrcFile *f = xmalloc(sizeof(SrcFile));
  f->path = f->display = "x.go";
  f->src = xstrdup(src);
  f->len = strlen(src);
  return parse_file(f);
}

// ---------------------------------------------------------------- s-expressions

static void sx(Buf *b, Node *n);

static void sx_vec(Buf *b, Vec v) {
  for (int i = 0; i < v.len; i++) {
    buf_putc(b, ' ');
    sx(b, v.data[i]);
  }
}

// " (a b c)": a parenthesized group of a list.
static void sx_group(Buf *b, Vec v) {
  buf_puts(b, " (");
  for (int i = 0; i < v.len; i++) {
    if (i)
      buf_putc(b, ' ');
    sx(b, v.data[i]);
  }
  buf_putc(b, ')');
}

static void sx_opt(Buf *b, Node *n) {
  buf_putc(b, ' ');
  if (n)
    sx(b, n);
  else
    buf_putc(b, '_');
}

static const char *op_name(TokKind k) {
  static const char *ops[T_NUM_TOKENS] = {
    [T_ADD] = "+", [T_SUB] = "-", [T_MUL] = "*", [T_QUO] = "/", [T_REM] = "%",
    [T_AND] = "&", [T_OR] = "|", [T_XOR] = "^", [T_SHL] = "<<", [T_SHR] = ">>",
    [T_AND_NOT] = "&^", [T_ADD_ASSIGN] = "+=", [T_SUB_ASSIGN] = "-=", [T_MUL_ASSIGN] = "*=",
    [T_SHL_ASSIGN] = "<<=", [T_LAND] = "&&", [T_LOR] = "||", [T_ARROW] = "<-",
    [T_INC] = "++", [T_DEC] = "--", [T_EQL] = "==", [T_LSS] = "<", [T_GTR] = ">",
    [T_ASSIGN] = "=", [T_NOT] = "!", [T_NEQ] = "!=", [T_LEQ] = "<=", [T_GEQ] = ">=",
    [T_DEFINE] = ":=", [T_BREAK] = "break", [T_CONTINUE] = "continue", [T_GOTO] = "goto",
    [T_FALLTHROUGH] = "fallthrough", [T_TILDE] = "~",
  };
  return ops[k] ? ops[k] : "?";
}

static void sx_field(Buf *b, Node *n) {
  buf_puts(b, "(field");
  if (n->embedded)
    buf_puts(b, " embedded");
  sx_vec(b, nx(n)->names);
  sx_opt(b, n->x);
  if (nx(n)->tag)
    sx_opt(b, nx(n)->tag);
  buf_putc(b, ')');
}

static void sx_type(Buf *b, Node *n) {
  switch (n->kind) {
  case N_ARRAYTYPE:
    if (!n->x) {
      buf_puts(b, "(slice");
    } else {
      buf_puts(b, "(array");
      if (n->ellipsis_len)
        buf_puts(b, " ...");
      else
        sx_opt(b, n->x);
    }
    break;
  case N_MAPTYPE: buf_puts(b, "(map"); sx_opt(b, n->x); break;
  case N_CHANTYPE:
    buf_puts(b, n->chandir == 0 ? "(chan" : n->chandir == 1 ? "(chan-send" : "(chan-recv");
    break;
  case N_ELLIPSIS: buf_puts(b, "(dots"); sx_opt(b, n->x); buf_putc(b, ')'); return;
  case N_STRUCTTYPE: buf_puts(b, "(struct"); sx_vec(b, n->list); buf_putc(b, ')'); return;
  case N_INTERFACETYPE: buf_puts(b, "(interface"); sx_vec(b, n->list); buf_putc(b, ')'); return;
  case N_FUNCTYPE:
    buf_puts(b, "(functype");
    sx_group(b, n->list);
    sx_group(b, n->list2);
    buf_putc(b, ')');
    return;
  default: buf_puts(b, "(?"); break;
  }
  sx_opt(b, n->y);
  buf_putc(b, ')');
}

static void sx_expr(Buf *b, Node *n) {
  switch (n->kind) {
  case N_IDENT: buf_puts(b, n->name); return;
  case N_BASICLIT: buf_putn(b, n->tok->text, n->tok->len); return;
  case N_BAD: buf_puts(b, "BAD"); return;
  case N_COMPOSITE: buf_puts(b, "(lit"); sx_opt(b, n->x); sx_vec(b, n->list); break;
  case N_KEYVALUE: buf_puts(b, "(kv"); sx_opt(b, n->x); sx_opt(b, n->y); break;
  case N_FUNCLIT: buf_puts(b, "(funclit"); sx_opt(b, n->x); sx_vec(b, n->body->list); break;
  case N_PAREN: buf_puts(b, "(paren"); sx_opt(b, n->x); break;
  case N_SELECTOR: buf_printf(b, "(sel"); sx_opt(b, n->x); buf_printf(b, " %s", n->name); break;
  case N_INDEX:
    buf_puts(b, "(index");
    sx_opt(b, n->x);
    if (n->list.len)
      sx_vec(b, n->list);
    else
      sx_opt(b, n->y);
    break;
  case N_SLICEEXPR:
    buf_puts(b, n->slice3 ? "(slice3" : "(slice");
    sx_opt(b, n->x);
    sx_opt(b, n->y);
    sx_opt(b, nx(n)->z);
    if (n->slice3)
      sx_opt(b, nx(n)->w);
    break;
  case N_TYPEASSERT:
    buf_puts(b, "(assert");
    sx_opt(b, n->x);
    if (n->y)
      sx_opt(b, n->y);
    else
      buf_puts(b, " type");
    break;
  case N_CALL:
    buf_puts(b, "(call");
    sx_opt(b, n->x);
    sx_vec(b, n->list);
    if (n->has_ellipsis)
      buf_puts(b, " ...");
    break;
  case N_STAR: buf_puts(b, "(star"); sx_opt(b, n->x); break;
  case N_UNARY: buf_printf(b, "(u%s", op_name(n->op)); sx_opt(b, n->x); break;
  case N_BINARY: buf_printf(b, "(%s", op_name(n->op)); sx_opt(b, n->x); sx_opt(b, n->y); break;
  case N_FIELD: sx_field(b, n); return;
  default: sx_type(b, n); return;
  }
  buf_putc(b, ')');
}

static void sx_stmt(Buf *b, Node *n) {
  switch (n->kind) {
  case N_BLOCK: buf_puts(b, "(block"); sx_vec(b, n->list); break;
  case N_EXPRSTMT: buf_puts(b, "(expr"); sx_opt(b, n->x); break;
  case N_SENDSTMT: buf_puts(b, "(send"); sx_opt(b, n->x); sx_opt(b, n->y); break;
  case N_INCDEC: buf_printf(b, "(%s", op_name(n->op)); sx_opt(b, n->x); break;
  case N_ASSIGN:
    buf_printf(b, "(%s", op_name(n->op));
    sx_group(b, n->list);
    sx_group(b, n->list2);
    break;
  case N_GOSTMT: buf_puts(b, "(go"); sx_opt(b, n->x); break;
  case N_DEFERSTMT: buf_puts(b, "(defer"); sx_opt(b, n->x); break;
  case N_RETURN: buf_puts(b, "(return"); sx_vec(b, n->list); break;
  case N_BRANCH: buf_printf(b, "(%s", op_name(n->op)); if (nx(n)->label) sx_opt(b, nx(n)->label); break;
  case N_IF:
    buf_puts(b, "(if");
    sx_opt(b, n->init);
    sx_opt(b, n->x);
    sx_opt(b, n->body);
    if (n->els)
      sx_opt(b, n->els);
    break;
  case N_SWITCH: case N_TYPESWITCH:
    buf_puts(b, n->kind == N_SWITCH ? "(switch" : "(typeswitch");
    sx_opt(b, n->init);
    sx_opt(b, n->kind == N_SWITCH ? n->x : n->y);
    sx_vec(b, n->list);
    break;
  case N_CASECLAUSE:
    buf_puts(b, n->is_default ? "(default" : "(case");
    if (!n->is_default)
      sx_group(b, n->list);
    sx_vec(b, n->list2);
    break;
  case N_SELECT: buf_puts(b, "(select"); sx_vec(b, n->list); break;
  case N_COMMCLAUSE: buf_puts(b, "(comm"); sx_opt(b, n->x); sx_vec(b, n->list2); break;
  case N_FOR:
    buf_puts(b, "(for");
    sx_opt(b, n->init);
    sx_opt(b, n->x);
    sx_opt(b, n->post);
    sx_opt(b, n->body);
    break;
  case N_RANGE:
    buf_printf(b, "(range %s", n->op ? op_name(n->op) : "none");
    sx_opt(b, nx(n)->key);
    sx_opt(b, nx(n)->value);
    sx_opt(b, n->x);
    sx_opt(b, n->body);
    break;
  case N_LABELED: buf_puts(b, "(label"); sx_opt(b, nx(n)->label); sx_opt(b, n->y); break;
  case N_DECLSTMT: buf_puts(b, "(decl"); sx_vec(b, n->list); break;
  case N_EMPTY: buf_puts(b, "(empty"); break;
  case N_IMPORTSPEC: buf_printf(b, "(import %s %s", n->name ? n->name : "_", n->tok->sval); break;
  case N_VARSPEC: case N_CONSTSPEC:
    buf_puts(b, n->kind == N_VARSPEC ? "(var" : "(const");
    sx_group(b, nx(n)->names);
    sx_opt(b, n->x);
    if (n->kind == N_CONSTSPEC)
      buf_printf(b, " iota=%d%s", nx(n)->iota, nx(n)->implicit_values ? " implicit" : "");
    sx_vec(b, n->list);
    break;
  case N_TYPESPEC:
    buf_printf(b, "(type %s%s", n->name, nx(n)->is_alias ? " =" : "");
    if (nx(n)->tparams.len) {
      buf_puts(b, " [");
      sx_vec(b, nx(n)->tparams);
      buf_puts(b, "]");
    }
    sx_opt(b, n->x);
    break;
  case N_FUNCDECL:
    buf_printf(b, "(func %s", n->name);
    if (nx(n)->recv)
      sx_opt(b, nx(n)->recv);
    if (nx(n)->pragmas)
      buf_printf(b, " pragmas=%d", nx(n)->pragmas);
    if (nx(n)->tparams.len) {
      buf_puts(b, " [");
      sx_vec(b, nx(n)->tparams);
      buf_puts(b, "]");
    }
    sx_opt(b, n->x);
    sx_opt(b, n->body);
    break;
  default: sx_expr(b, n); return;
  }
  buf_putc(b, ')');
}

static void sx(Buf *b, Node *n) { sx_stmt(b, n); }

static char *sexp(Node *n) {
  Buf b = {0};
  sx(&b, n);
  return buf_cstr(&b);
}

// All errors as "L:C: msg" lines, sorted by position like gc prints them.
static int cmp_err(const void *a, const void *b) {
  int i = *(const int *)a, j = *(const int *)b;
  Pos p = diag_pos(i), q = diag_pos(j);
  if (p.line != q.line)
    return p.line - q.line;
  if (p.col != q.col)
    return p.col - q.col;
  return i - j;
}

static char *errors(void) {
  int n = diag_count();
  int *idx = xmalloc(sizeof(int) * (n + 1));
  for (int i = 0; i < n; i++)
    idx[i] = i;
  qsort(idx, n, sizeof(int), cmp_err);
  Buf b = {0};
  for (int i = 0; i < n; i++)
    buf_printf(&b, "%s%d:%d: %s", i ? "\n" : "", diag_pos(idx[i]).line, diag_pos(idx[i]).col,
               diag_message(idx[i]));
  return buf_cstr(&b);
}

// ---------------------------------------------------------------- shapes

static void expect_expr(const char *src, const char *want) {
  diag_reset();
  char *text = xfmt("package p\nvar _ = %s\n", src);
  Node *f = parse_src(text);
  char *got = "(no tree)";
  if (f->list2.len) {
    Node *spec = f->list2.data[0];
    if (spec->list.len)
      got = sexp(spec->list.data[0]);
  }
  if (diag_count())
    got = xfmt("%s [errors: %s]", got, errors());
  check(!strcmp(got, want), src, got, want);
}

static Node *func_body_of(const char *stmts) {
  Node *f = parse_src(xfmt("package p\nfunc f() {\n%s\n}\n", stmts));
  if (!f->list2.len)
    return NULL;
  Node *fn = f->list2.data[0];
  return fn->kind == N_FUNCDECL ? fn->body : NULL;
}

static void expect_stmts(const char *src, const char *want) {
  diag_reset();
  Node *body = func_body_of(src);
  Buf b = {0};
  for (int i = 0; body && i < body->list.len; i++) {
    if (i)
      buf_putc(&b, ' ');
    sx(&b, body->list.data[i]);
  }
  char *got = buf_cstr(&b);
  if (diag_count())
    got = xfmt("%s [errors: %s]", got, errors());
  check(!strcmp(got, want), src, got, want);
}

static void expect_decls(const char *src, const char *want) {
  diag_reset();
  Node *f = parse_src(src);
  Buf b = {0};
  buf_printf(&b, "(package %s", f->name);
  sx_vec(&b, f->list);
  sx_vec(&b, f->list2);
  buf_putc(&b, ')');
  char *got = buf_cstr(&b);
  if (diag_count())
    got = xfmt("%s [errors: %s]", got, errors());
  check(!strcmp(got, want), src, got, want);
}

static void test_exprs(void) {
  expect_expr("a + b * c", "(+ a (* b c))");
  expect_expr("a * b + c", "(+ (* a b) c)");
  expect_expr("a - b - c", "(- (- a b) c)");
  expect_expr("a || b && c == d + e * f", "(|| a (&& b (== c (+ d (* e f)))))");
  expect_expr("a << 1 | b &^ c", "(| (<< a 1) (&^ b c))");
  expect_expr("-x * ^y", "(* (u- x) (u^ y))");
  expect_expr("!*p", "(u! (star p))");
  expect_expr("<-ch + 1", "(+ (u<- ch) 1)");
  expect_expr("&T{1, 2}", "(u& (lit T 1 2))");
  expect_expr("&(T{})", "(u& (lit T))");
  expect_expr("(a + b) * c", "(* (paren (+ a b)) c)");
  expect_expr("f(a, b...)", "(call f a b ...)");
  expect_expr("f()(x)", "(call (call f) x)");
  expect_expr("a.b.c(1)[2]", "(index (call (sel (sel a b) c) 1) 2)");
  expect_expr("s[1:]", "(slice s 1 _)");
  expect_expr("s[:2]", "(slice s _ 2)");
  expect_expr("s[1:2:3]", "(slice3 s 1 2 3)");
  expect_expr("x.(T)", "(assert x T)");
  expect_expr("x.(*pkg.T)", "(assert x (star (sel pkg T)))");
  expect_expr("[]int{1, 2}", "(lit (slice int) 1 2)");
  expect_expr("[...]string{\"a\"}", "(lit (array ... string) \"a\")");
  expect_expr("[2][3]int{}", "(lit (array 2 (array 3 int)))");
  expect_expr("[]Point{{1, 2}, {X: 3}}", "(lit (slice Point) (lit _ 1 2) (lit _ (kv X 3)))");
  expect_expr("map[string][]int{\"a\": {1}}", "(lit (map string (slice int)) (kv \"a\" (lit _ 1)))");
  expect_expr("[]*T{{}}", "(lit (slice (star T)) (lit _))");
  expect_expr("struct{ a, b int }{1, 2}",
              "(lit (struct (field a b int)) 1 2)");
  expect_expr("func(x int) int { return x }",
              "(funclit (functype ((field x int)) ((field int))) (return x))");
  expect_expr("func() {}()", "(call (funclit (functype () ())))");
  expect_expr("[]byte(s)", "(call (slice byte) s)");
  expect_expr("(*T)(p)", "(call (paren (star T)) p)");
  expect_expr("interface{}(x)", "(call (interface) x)");
  expect_expr("make(chan<- int, 1)", "(call make (chan-send int) 1)");
  expect_expr("make(<-chan int)", "(call make (chan-recv int))");
  expect_expr("make(chan (<-chan int))", "(call make (chan (chan-recv int)))");
  expect_expr("<-chan int(nil)", "(u<- (call (chan int) nil))"); // a receive, as in gc
  expect_expr("<-(<-chan int)(nil)", "(u<- (call (paren (chan-recv int)) nil))");
  expect_expr("new(map[string]func(int) error)",
              "(call new (map string (functype ((field int)) ((field error)))))");
  expect_expr("pkg.T{A: 1}", "(lit (sel pkg T) (kv A 1))");
  expect_expr("x[i]{}", "(lit (index x i))");
  expect_expr("'a' + 1.5i", "(+ 'a' 1.5i)");
  expect_expr("List[int, string]{}", "(lit (index List int string))");
}

static void test_stmts(void) {
  expect_stmts("x := 1", "(:= (x) (1))");
  expect_stmts("a, b = b, a", "(= (a b) (b a))");
  expect_stmts("x += 2; y <<= 1", "(+= (x) (2)) (<<= (y) (1))");
  expect_stmts("i++; j--", "(++ i) (-- j)");
  expect_stmts("ch <- v", "(send ch v)");
  expect_stmts("<-ch", "(expr (u<- ch))");
  expect_stmts("f(x)", "(expr (call f x))");
  expect_stmts("*p = 1", "(= ((star p)) (1))");
  expect_stmts("go f(1); defer g()", "(go (call f 1)) (defer (call g))");
  expect_stmts("return", "(return)");
  expect_stmts("return a, b", "(return a b)");
  expect_stmts("L: for { break L; continue L }",
               "(label L (for _ _ _ (block (break L) (continue L))))");
  expect_stmts("goto L; L: ;", "(goto L) (label L (empty))");
  expect_stmts("L:\n}\nfunc g() {", "(label L (empty))");
  expect_stmts("{ x := 1; _ = x }", "(block (:= (x) (1)) (= (_) (x)))");
  expect_stmts("if x {}", "(if _ x (block))");
  expect_stmts("if x := f(); x > 0 { } else if y { } else { z() }",
               "(if (:= (x) ((call f))) (> x 0) (block) "
               "(if _ y (block) (block (expr (call z)))))");
  expect_stmts("if p == (T{}) {}", "(if _ (== p (paren (lit T))) (block))");
  expect_stmts("if p == T {}", "(if _ (== p T) (block))");
  expect_stmts("for {}", "(for _ _ _ (block))");
  expect_stmts("for x < 3 {}", "(for _ (< x 3) _ (block))");
  expect_stmts("for i := 0; i < n; i++ {}", "(for (:= (i) (0)) (< i n) (++ i) (block))");
  expect_stmts("for ;; {}", "(for _ _ _ (block))");
  expect_stmts("for range x {}", "(range none _ _ x (block))");
  expect_stmts("for k := range m {}", "(range := k _ m (block))");
  expect_stmts("for k, v := range m {}", "(range := k v m (block))");
  expect_stmts("for k, v = range m {}", "(range = k v m (block))");
  expect_stmts("for _, p := range []T{{1}} {}", "(range := _ p (lit (slice T) (lit _ 1)) (block))");
  expect_stmts("switch {}", "(switch _ _)");
  expect_stmts("switch x := f(); x {\ncase 1, 2:\n\tg()\n\tfallthrough\ndefault:\n}",
               "(switch (:= (x) ((call f))) x (case (1 2) (expr (call g)) (fallthrough)) (default))");
  expect_stmts("switch t := v.(type) {\ncase int, *T:\ncase nil:\n}",
               "(typeswitch _ (:= (t) ((assert v type))) (case (int (star T))) (case (nil)))");
  expect_stmts("switch x.(type) {}", "(typeswitch _ (expr (assert x type)))");
  expect_stmts("switch y := 1; t := y.(type) {}",
               "(typeswitch (:= (y) (1)) (:= (t) ((assert y type))))");
  expect_stmts("select {\ncase v := <-c:\n\t_ = v\ncase c <- 1:\ncase <-d:\ndefault:\n}",
               "(select (comm (:= (v) ((u<- c))) (= (_) (v))) (comm (send c 1)) "
               "(comm (expr (u<- d))) (comm _))");
  expect_stmts("var a, b int = 1, 2", "(decl (var (a b) int 1 2))");
  expect_stmts("var (x = 1; y []T)", "(decl (var (x) _ 1) (var (y) (slice T)))");
  expect_stmts("const c = iota", "(decl (const (c) _ iota=0 iota))");
  expect_stmts("type T struct{}", "(decl (type T (struct)))");
  expect_stmts("f := func() { return }", "(:= (f) ((funclit (functype () ()) (return))))");
}

static void test_decls(void) {
  expect_decls("package main\nimport \"fmt\"\nimport (\n\tm \"math\"\n\t. \"os\"\n\t_ \"io\"\n)\n",
               "(package main (import _ fmt) (import m math) (import . os) (import _ io))");
  expect_decls("package p\nconst (\n\tA = iota * 10\n\tB\n\tC, D = 1, 2\n\tE, F\n)\n",
               "(package p (const (A) _ iota=0 (* iota 10)) (const (B) _ iota=1 implicit (* iota 10)) "
               "(const (C D) _ iota=2 1 2) (const (E F) _ iota=3 implicit 1 2))");
  expect_decls("package p\nconst (\n\tX int8 = 1 << iota\n\tY\n)\nconst Z = iota\n",
               "(package p (const (X) int8 iota=0 (<< 1 iota)) (const (Y) int8 iota=1 implicit "
               "(<< 1 iota)) (const (Z) _ iota=0 iota))");
  expect_decls("package p\ntype (\n\tA = int\n\tB [4]int\n\tC []B\n\tD [N * 2]int\n)\n",
               "(package p (type A = int) (type B (array 4 int)) (type C (slice B)) "
               "(type D (array (* N 2) int)))");
  expect_decls("package p\ntype T struct {\n\tA, B int `json:\"a\"`\n\t*E\n\tpkg.F\n\tG\n\tc chan<- *T\n}\n",
               "(package p (type T (struct (field A B int `json:\"a\"`) (field embedded (star E)) "
               "(field embedded (sel pkg F)) (field embedded G) (field c (chan-send (star T))))))");
  expect_decls("package p\ntype I interface {\n\tM(int) (string, error)\n\tio.Reader\n\tJ\n}\n",
               "(package p (type I (interface (field M (functype ((field int)) ((field string) "
               "(field error)))) (field embedded (sel io Reader)) (field embedded J))))");
  expect_decls("package p\nfunc (p *T) M(a, b int, c ...string) (n int, err error) {}\n",
               "(package p (func M (field p (star T)) (functype ((field a b int) (field c (dots "
               "string))) ((field n int) (field err error))) (block)))");
  expect_decls("package p\nfunc f(int, []string, ...T)\n",
               "(package p (func f (functype ((field int) (field (slice string)) (field (dots T))) ()) _))");
  expect_decls("package p\nfunc f(func(int) bool, map[K]V) func() error { return nil }\n",
               "(package p (func f (functype ((field (functype ((field int)) ((field bool)))) "
               "(field (map K V))) ((field (functype () ((field error)))))) (block (return nil))))");
  // directives apply to the next function only
  expect_decls("package p\n//go:noinline\nfunc f() {}\nfunc g() {}\n//go:noescape\n//go:nosplit\n\n"
               "func h()\n//go:noinline\nvar x int\nfunc k() {}\n",
               "(package p (func f pragmas=1 (functype () ()) (block)) (func g (functype () ()) "
               "(block)) (func h pragmas=22 (functype () ()) _) (var (x) int) (func k (functype () ()) "
               "(block))) [errors: 9:3: misplaced compiler directive]");
  // generics: parsed and recorded, rejected later by check.c
  expect_decls("package p\nfunc F[T any, U comparable](x T) {}\ntype L[T any] struct{ v T }\n"
               "type C interface{ ~int | string }\n",
               "(package p (func F [ (field T any) (field U comparable)] (functype ((field x T)) ()) "
               "(block)) (type L [ (field T any)] (struct (field v T))) (type C (interface "
               "(field embedded (| (u~ int) string)))))");
}

// ---------------------------------------------------------------- positions

// The first node of kind k in a depth-first walk (statement order).
static Node *find(Node *n, NodeKind k) {
  if (!n)
    return NULL;
  if (n->kind == k)
    return n;
  Node *kids[] = {nx(n)->recv, n->init, nx(n)->key, nx(n)->value, n->x, n->y, nx(n)->z, nx(n)->w, n->post,
                  n->body, n->els, nx(n)->label};
  for (size_t i = 0; i < sizeof(kids) / sizeof(kids[0]); i++) {
    Node *r = find(kids[i], k);
    if (r)
      return r;
  }
  const Vec *vs[] = {&n->list, &n->list2, &nx(n)->names};
  for (int v = 0; v < 3; v++)
    for (int i = 0; i < vs[v]->len; i++) {
      Node *r = find(vs[v]->data[i], k);
      if (r)
        return r;
    }
  return NULL;
}

static void expect_pos(const char *src, NodeKind k, const char *want) {
  diag_reset();
  Node *f = parse_src(src);
  Node *n = find(f, k);
  char *got = n ? xfmt("%d:%d", n->pos.line, n->pos.col) : "(none)";
  if (n && n->kind == N_CALL)
    got = xfmt("%s lparen %d:%d", got, nx(n)->lparen.line, nx(n)->lparen.col);
  if (n && (n->kind == N_BLOCK || n->kind == N_FUNCDECL || n->kind == N_COMPOSITE))
    got = xfmt("%s end %d:%d", got, nx(n)->endpos.line, nx(n)->endpos.col);
  check(!strcmp(got, want), xfmt("pos of kind %d in %s", k, src), got, want);
}

// Columns cross-checked with `go build -gcflags=-m -l` (escape messages) and
// gc's type errors on the same lines.
static void test_positions(void) {
  const char *p = "package p\nfunc f() {\n\tx := []int{1, 2}\n\tp := &T{1, 2}\n\tq := make([]int, n)\n"
                  "\tg := func() int { return n }\n\tsink = n + 1\n\tsink = s.f\n\tx, y := 1, 2\n"
                  "\tz := a[1]\n\tw := v.(T)\n\tch <- 1\n\ti++\n}\n";
  expect_pos(p, N_COMPOSITE, "3:12 end 3:17"); // []int{...} at '{'
  expect_pos(p, N_UNARY, "4:7");               // &T{...} at '&'
  expect_pos(p, N_CALL, "5:11 lparen 5:11");   // make(...) at '('
  expect_pos(p, N_FUNCLIT, "6:7");             // func literal at 'func'
  expect_pos(p, N_BINARY, "7:11");             // n + 1 at '+'
  expect_pos(p, N_SELECTOR, "8:10");           // s.f at '.'
  expect_pos(p, N_ASSIGN, "3:4");              // at ':='
  expect_pos(p, N_INDEX, "10:8");              // a[1] at '['
  expect_pos(p, N_TYPEASSERT, "11:8");         // v.(T) at '.'
  expect_pos(p, N_SENDSTMT, "12:5");           // at '<-'
  expect_pos(p, N_INCDEC, "13:3");             // at '++'
  expect_pos(p, N_BLOCK, "2:10 end 14:1");     // body: '{' .. '}' (missing return)
  expect_pos(p, N_FUNCDECL, "2:6 end 14:1");   // at the name
  expect_pos("package p\nfunc f() {\n\tfor k, v := range m {\n\t}\n}\n", N_RANGE, "3:2");
  expect_pos("package p\nfunc f() {\n\tif x {\n\t}\n}\n", N_IF, "3:2");
  expect_pos("package p\nfunc f() {\nL:\n\tfor {\n\t}\n}\n", N_LABELED, "3:2");
  expect_pos("package p\nfunc f() {\n\tg(1)\n}\n", N_EXPRSTMT, "3:3");
  expect_pos("package p\nvar x = y\n", N_VARSPEC, "2:5");
  expect_pos("package p\nvar x = T{A: 1}\n", N_KEYVALUE, "2:12");
  expect_pos("package p\ntype T struct{ a int }\n", N_FIELD, "2:16");
  expect_pos("package p\nvar x = (1)\n", N_PAREN, "2:9");
  expect_pos("package p\nvar x = *p\n", N_STAR, "2:9");
  expect_pos("package p\nvar x []int\n", N_ARRAYTYPE, "2:7");
}

// ---------------------------------------------------------------- syntax errors

// Each expectation is what `go build` (1.19) prints for the file, minus the
// "./x.go:" prefix. gc reports at most one syntax error per line.
static const struct { const char *src, *want; } error_cases[] = {
  {"package main\nfunc main() {\n\tx := []int{1, 2\n\t}\n}\n",
   "3:17: syntax error: unexpected newline in composite literal; possibly missing comma or }"},
  {"package main\nfunc main() {\n\ty := 1 +\n}\n",
   "4:1: syntax error: unexpected }, expecting expression"},
  {"package main\nx := 1\n",
   "2:1: syntax error: non-declaration statement outside function body"},
  {"package main\nfunc main()\n{\n}\n",
   "3:1: syntax error: unexpected semicolon or newline before {"},
  {"package main\nfunc main() {\n\tif x := 1 {\n\t}\n}\n",
   "3:7: syntax error: cannot use x := 1 as value"},
  {"package main\nfunc main() {\n\tif true\n\t{\n\t}\n}\n",
   "3:9: syntax error: unexpected newline, expecting { after if clause"},
  {"package main\nfunc main() {\n\tif true {\n\t} else for {\n\t}\n}\n",
   "4:9: syntax error: else must be followed by if or statement block"},
  {"package main\nfunc main() {\n\tx := 1 2\n}\n",
   "3:9: syntax error: unexpected literal 2 at end of statement"},
  {"func main() {}\n", "1:1: syntax error: package statement must be first"},
  {"package main\nfunc f() {}\nimport \"fmt\"\n",
   "3:1: syntax error: non-declaration statement outside function body"},
  {"package main\nimport fmt\n", "2:11: syntax error: missing import path"},
  {"package main\nimport \"fmt\"; import 1\nfunc main(){}\n",
   "2:23: syntax error: import path must be a string"},
  {"package main\nfunc main() {\n\tfor i := 0; i < 10; i := i + 1 {\n\t}\n}\n",
   "3:24: syntax error: cannot declare in post statement of for loop"},
  {"package main\nfunc main() {\n\tx.(type)\n}\n",
   "3:2: invalid AST: use of .(type) outside type switch"},
  {"package main\nfunc main() {\n\ta[1:2:]\n}\n", "3:8: final index required in 3-index slice"},
  {"package main\nfunc main() {\n\ta[1::3]\n}\n", "3:6: middle index required in 3-index slice"},
  {"package main\nfunc main() {\n\tvar x = T{1}\n\tif x == T{1} {\n\t}\n}\n",
   "4:15: syntax error: unexpected { at end of statement\n"
   "6:1: syntax error: non-declaration statement outside function body"},
  {"package main\nfunc main() {\n\t) \n}\n",
   "3:2: syntax error: unexpected ), expecting }\n"
   "4:1: syntax error: non-declaration statement outside function body"},
  {"package main\nfunc main() {\n\tfoo(1, 2\n}\n",
   "3:10: syntax error: unexpected newline in argument list; possibly missing comma or )"},
  {"package main\nfunc (a, b T) m() {}\n", "2:15: method has multiple receivers"},
  {"package main\nfunc () m() {}\n", "2:9: method has no receiver"},
  {"package main\nfunc 1() {}\n", "2:6: syntax error: unexpected literal 1, expecting name or ("},
  {"package main\ntype T struct { a int b int }\n",
   "2:23: syntax error: unexpected b in struct type; possibly missing semicolon or newline or }"},
  {"package main\nfunc f(a int, b) {}\n", "2:15: syntax error: mixed named and unnamed parameters"},
  {"package main\nfunc main() { x := \"a\n}\n", "2:22: newline in string"},
  {"package main\nfunc main() {\n\tswitch x {\n\tfoo\n\t}\n}\n",
   "4:2: syntax error: unexpected foo, expecting case or default or }\n"
   "5:2: syntax error: unexpected }, expecting :"},
  {"package main\nfunc main() {\n\tgo (f())\n}\n", "3:5: expression in go must not be parenthesized"},
  {"package main\nfunc main() {\n\tgo f\n}\n", "3:5: expression in go must be function call"},
  {"package main\nfunc main() {\n\tf(\n", "4:1: syntax error: unexpected EOF, expecting )"},
  {"package main\nvar x int =\n", "3:1: syntax error: unexpected EOF, expecting expression"},
  {"package main\nconst c := 1\n", "2:9: syntax error: unexpected :=, expecting ="},
  {"package main\nfunc main() {\n\tswitch x := 1 {\n\t}\n}\n",
   "3:11: syntax error: cannot use x := 1 as value"},
  {"package main\nfunc main() {\n\tfor x := range {\n\t}\n}\n",
   "3:17: syntax error: unexpected {, expecting expression\n"
   "4:2: syntax error: unexpected }, expecting { after for clause"},
  {"package main\nfunc main() {\n\tvar a [3]int\n\ta[]\n}\n",
   "4:4: syntax error: unexpected ], expecting operand"},
  {"package main\nfunc main() {\n\tif {\n\t}\n}\n",
   "3:5: syntax error: missing condition in if statement"},
  {"package main\nfunc main() {\n\tif ; {\n\t}\n}\n",
   "3:5: syntax error: missing condition in if statement"},
  {"package main\nfunc main() {\n\tif x; {\n\t}\n}\n",
   "3:6: syntax error: missing condition in if statement"},
  {"package main\nfunc main() {\n\tx :=\n", "4:1: syntax error: unexpected EOF, expecting expression"},
  {"package main\nfunc main() {\n\ta, b\n}\n",
   "3:6: syntax error: unexpected newline, expecting := or = or comma"},
  {"package main\nfunc main() {\n\ta.1\n}\n",
   "3:3: syntax error: unexpected literal .1 at end of statement"},
  {"package main\ntype T interface { a, b() }\n",
   "2:21: syntax error: unexpected comma in interface type; possibly missing semicolon or newline or }"},
  {"package main\nfunc main() {\n\tfor i := 0; i < 3 {\n\t}\n}\n",
   "3:20: syntax error: unexpected {, expecting semicolon or newline\n"
   "4:2: syntax error: unexpected }, expecting expression"},
  {"package main\nfunc main() {\n\tx := (int){1}\n\t_ = x\n}\n",
   "3:12: syntax error: cannot parenthesize type in composite literal"},
  {"package main\nfunc main() {\n\tx := struct{a int}{1} +\n\t}\n}\n",
   "4:2: syntax error: unexpected }, expecting expression\n"
   "5:1: syntax error: non-declaration statement outside function body"},
  {"package main\nfunc main() {\n\tfor i := 0; {\n\t}\n}\n",
   "3:14: syntax error: unexpected {, expecting for loop condition"},
  {"package main\ntype T [1,]int\n", "2:10: syntax error: unexpected comma; expecting ]"},
  {"package main\nfunc main() {\n\tL:\n\t/ 2\n}\n",
   "3:3: syntax error: missing statement after label\n"
   "4:2: syntax error: unexpected /, expecting }"},
  // A third range variable parses; check.c reports it as types2 does.
  {"package main\nfunc main() {\n\tvar s []int\n\tfor a, b, c := range s {\n\t}\n}\n",
   ""},
  {"package main\nfunc main() {\n\tfor {\n", "4:1: syntax error: unexpected EOF, expecting }"},
  {"package main\nvar x = struct{\n", "3:1: syntax error: unexpected EOF, expecting }"},
  {"package\n", "2:1: syntax error: unexpected EOF, expecting name"},
  {"package main\nfunc main() {\n\tx := 1;;\n\tvar = 2\n}\n",
   "4:6: syntax error: unexpected =, expecting name"},
  {"package main\nfunc main() {\n\tif x {\n\t} else {\n\t} else {\n\t}\n}\n",
   "5:4: syntax error: unexpected else at end of statement\n"
   "7:1: syntax error: non-declaration statement outside function body"},
  {"package main\nfunc f() (a int, string) {}\n",
   "2:18: syntax error: mixed named and unnamed parameters"},
  {"package main\nvar x = map[string]int{\"a\": 1 \"b\": 2}\n",
   "2:31: syntax error: unexpected literal \"b\" in composite literal; possibly missing comma or }"},
  {"package main\nfunc main() {\n\tfor var i = 0; i < 3; i++ {\n\t}\n}\n",
   "3:10: syntax error: var declaration not allowed in for initializer"},
  {"package main\nfunc main() {\n\tswitch {\n\tcase 1\n\t}\n}\n",
   "4:8: syntax error: unexpected newline, expecting :"},
  {"package main\nfunc main() {\n\tx := [...]int{1}[0:\n}\n",
   "4:1: syntax error: unexpected }, expecting expression"},
  {"package main\nfunc main() {\n\tvar c chan\n}\n",
   "4:1: syntax error: missing channel element type"},
  {"package main\nfunc main() {\n\t_ = x.\n}\n", "4:1: syntax error: unexpected }, expecting name or ("},
  {"package main\nvar f = func[T any]() {}\n",
   "2:13: syntax error: function type must have no type parameters"},
  {"package main\n\n//go:noinline\n\nfunc f() {}\n\n//go:noinline\nvar x = 1\n",
   "7:3: misplaced compiler directive"},
  {"package main\nfunc h() { //go:noinline\n}\nfunc k() {} //go:nosplit\nfunc k2() {}\n  //go:noescape\n",
   "2:14: misplaced compiler directive\n4:15: misplaced compiler directive\n"
   "6:5: misplaced compiler directive"},
  {"package main\nfunc main() {\n\tdefer\n}\n", "4:1: syntax error: unexpected }, expecting expression\n"
   "4:1: expression in defer must be function call"},
};

static void test_errors(void) {
  for (size_t i = 0; i < sizeof(error_cases) / sizeof(error_cases[0]); i++) {
    diag_reset();
    parse_src(error_cases[i].src);
    check(!strcmp(errors(), error_cases[i].want), error_cases[i].src, errors(),
          error_cases[i].want);
  }
}

// ---------------------------------------------------------------- robustness

static char *repeat(const char *s, int n) {
  Buf b = {0};
  for (int i = 0; i < n; i++)
    buf_puts(&b, s);
  return buf_cstr(&b);
}

// Exactly one error, the nesting bound's (gc accepts any depth; we stop at
// 10000 levels with one clear error rather than overflow the C stack).
static void expect_too_deep(const char *what, const char *src) {
  diag_reset();
  parse_src(src);
  bool ok = diag_count() == 1 && !strcmp(diag_message(0), "syntax error: nesting too deep");
  check(ok, what, errors(), "L:C: syntax error: nesting too deep");
}

static void expect_clean(const char *what, const char *src) {
  diag_reset();
  parse_src(src);
  check(diag_count() == 0, what, errors(), "");
}

static char *in_func(const char *open, const char *mid, const char *close, int n) {
  return xfmt("package p\nfunc f() {\n\t_ = %s%s%s\n}\n", repeat(open, n), mid,
              repeat(close, n));
}

static void test_deep_nesting(void) {
  // The parser's depth budget is half the stack it is told it has: a 1 MiB
  // budget makes the limit independent of frame sizes (compiler, -O level),
  // so 100,000 levels always hit it here. The escgo command runs on a 1 GiB
  // stack and parses such inputs (see tests/run/lex_deep_parens.go).
  size_t saved = escgo_stack_size;
  escgo_stack_size = 1u << 20;
  expect_too_deep("100000 parens", in_func("(", "1", ")", 100000));
  expect_clean("1000 parens", in_func("(", "1", ")", 1000));
  expect_too_deep("100000 unary minus", in_func("- ", "1", "", 100000));
  expect_too_deep("100000 receives", in_func("<-", "c", "", 100000));
  expect_too_deep("100000 slice types", in_func("[]", "int{}", "", 100000));
  expect_too_deep("100000 pointer types", xfmt("package p\ntype T %sint\n", repeat("*", 100000)));
  expect_too_deep("100000 literals", in_func("[]any{", "", "}", 100000));
  expect_too_deep("100000 elided literals", in_func("[]any{", repeat("{", 100000), "}", 100001));
  expect_too_deep("100000 func literals", in_func("func() {", "", "}()", 100000));
  expect_too_deep("100000 blocks",
                  xfmt("package p\nfunc f() {\n%s%s\n}\n", repeat("{", 100000), repeat("}", 100000)));
  expect_too_deep("100000 labels", xfmt("package p\nfunc f() {\n%s\n}\n", repeat("L: ", 100000)));
  // long flat chains are loops, not recursion: fine at any length
  expect_clean("100000 terms", in_func("1", repeat(" + 1", 100000), "", 1));
  expect_clean("100000 selectors", in_func("a", repeat(".b", 100000), "", 1));
  expect_clean("100000 calls", in_func("f", repeat("()", 100000), "", 1));
  expect_clean("100000 else-ifs", xfmt("package p\nfunc f() {\n\tif x {\n\t}%s\n}\n",
                                       repeat(" else if x {\n\t}", 100000)));
  expect_clean("package clause only", "package p\n");
  diag_reset();
  parse_src("");
  check(!strcmp(errors(), "1:1: syntax error: package statement must be first"), "empty file",
        errors(), "1:1: syntax error: package statement must be first");
  escgo_stack_size = saved;
}

// Every prefix of a real program, and random token soup: errors, no crash.
static void test_truncated_and_random(void) {
  const char *prog =
      "package main\n\nimport (\n\t\"fmt\"\n)\n\ntype P struct{ X, Y int }\n\n"
      "//go:noinline\nfunc (p *P) Sum(xs ...int) (n int) {\n\tfor _, x := range xs {\n"
      "\t\tn += x * p.X\n\t}\n\tswitch t := interface{}(p).(type) {\n\tcase *P:\n\t\t_ = t\n"
      "\t}\n\tselect {\n\tcase v := <-make(chan int):\n\t\t_ = v\n\tdefault:\n\t}\n"
      "\tm := map[string][]P{\"a\": {{1, 2}}}\n\tdefer func() { recover() }()\n"
      "\tif q := &m; q != nil && len(m[\"a\"][0:1:1]) > 0 {\n\t\tgoto end\n\t}\n"
      "end:\n\treturn\n}\n\nfunc main() { fmt.Println((&P{1, 2}).Sum(1, 2, 3)) }\n";
  size_t len = strlen(prog);
  int crashes = 0;
  for (size_t i = 0; i <= len; i++) {
    diag_reset();
    char *src = xstrndup(prog, i);
    Node *f = parse_src(src);
    crashes += f == NULL;
  }
  check(crashes == 0, "all prefixes parse", "", "");
  diag_reset();
  parse_src(prog);
  check(diag_count() == 0, "whole program parses cleanly", errors(), "");

  static const char *frags[] = {
    "package", "p", "func", "(", ")", "{", "}", "[", "]", ",", ";", "\n", ":=", "=", "x",
    "1", "\"s\"", "if", "else", "for", "range", "switch", "case", "default", ":", "go",
    "defer", "select", "chan", "<-", "map", "struct", "interface", "type", "var", "const",
    "*", "&", "+", "...", ".", "return", "break", "goto", "L", "import", "`", "'", "@",
    "/*", "//go:noinline\n", "~", "|", ".(type)", "fallthrough",
  };
  uint32_t seed = 12345;
  for (int iter = 0; iter < 3000; iter++) {
    Buf b = {0};
    if (iter % 2)
      buf_puts(&b, "package p\n");
    int n = 1 + iter % 200;
    for (int i = 0; i < n; i++) {
      seed = seed * 1103515245u + 12345u;
      buf_puts(&b, frags[(seed >> 16) % (sizeof(frags) / sizeof(frags[0]))]);
      buf_putc(&b, (seed >> 8) & 1 ? ' ' : '\n');
    }
    diag_reset();
    parse_src(buf_cstr(&b));
  }
  check(true, "random token soup", "", "");
  for (int iter = 0; iter < 500; iter++) { // random bytes
    char src[400];
    int n = iter % 399;
    for (int i = 0; i < n; i++) {
      seed = seed * 1103515245u + 12345u;
      src[i] = (char)(seed >> 16);
      if (!src[i])
        src[i] = ' ';
    }
    src[n] = 0;
    diag_reset();
    parse_src(iter % 3 ? xfmt("package p\nfunc f() {\n%s", src) : src);
  }
  check(true, "random bytes", "", "");
}

int main(void) {
  diag_header = NULL;
  test_exprs();
  test_stmts();
  test_decls();
  test_positions();
  test_errors();
  test_deep_nesting();
  test_truncated_and_random();
  printf("test_parse: %d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
