// print.c — the "as: SIG { BODY }" of -m=2's "can inline F with cost N as:
// ...": the signature without parameter names and the body's statements as
// gc's IR printer shows them, joined by "; " (loops and switches print as
// "for loop" and "switch statement", as gc abbreviates them).
#include "internal.h"
#include "lower/lower.h"

#include <string.h>

static void print_stmt(Buf *b, Node *s);

// As gc's deadcode left the list: nothing after an if whose constant
// condition takes a branch that returns (unless a label follows).
static void print_list(Buf *b, const Vec *l) {
  int last_label = -1;
  for (int i = 0; i < l->len; i++)
    if (((Node *)l->data[i])->kind == N_LABELED)
      last_label = i;
  for (int i = 0; i < l->len; i++) {
    Node *s = l->data[i];
    if (s->kind == N_EMPTY)
      continue;
    if (b->len && b->data[b->len - 1] != ' ' && b->data[b->len - 1] != '{')
      buf_puts(b, "; ");
    print_stmt(b, s);
    if (i > last_label && dead_after(s))
      break;
  }
}

static void print_block(Buf *b, Node *blk) {
  buf_puts(b, "{ ");
  if (blk)
    print_list(b, &blk->list);
  buf_puts(b, " }");
}

// var a int: gc declares then zeroes it ("var a int; a = <nil>"); var a,
// b T = x, y is a declaration and an assignment each ("var a T; a = x;
// var b T; b = y"); var a, b = f() declares both, then assigns.
static void print_var_spec(Buf *b, Node *spec) {
  const Vec *names = &nx(spec)->names;
  bool pairs = spec->list.len == names->len;
  for (int i = 0; i < names->len; i++) {
    Node *id = names->data[i];
    if (i)
      buf_puts(b, "; ");
    buf_printf(b, "var %s %s", id->name, id->obj ? type_string(id->obj->type, false) : "");
    if (!spec->list.len)
      buf_printf(b, "; %s = <nil>", id->name);
    else if (pairs)
      buf_printf(b, "; %s = %s", id->name, site_spell(spec->list.data[i]));
  }
  if (spec->list.len && !pairs) {
    buf_puts(b, "; ");
    for (int i = 0; i < names->len; i++)
      buf_printf(b, "%s%s", i ? ", " : "", ((Node *)names->data[i])->name);
    buf_puts(b, " = ");
    for (int i = 0; i < spec->list.len; i++)
      buf_printf(b, "%s%s", i ? ", " : "", site_spell(spec->list.data[i]));
  }
}

static void print_decl(Buf *b, Node *s) {
  for (int i = 0; i < s->list.len; i++) {
    Node *spec = s->list.data[i];
    if (i)
      buf_puts(b, "; ");
    if (spec->kind == N_VARSPEC)
      print_var_spec(b, spec);
    else if (spec->kind == N_CONSTSPEC)
      buf_puts(b, "<node DCLCONST>");
  }
}

static void print_if(Buf *b, Node *s) {
  // The condition as gc's deadcode left it; when constant, the branch not
  // taken is empty. (gc prints no init statement: if ok { ... }.)
  int value = inl_cond_value(s->x);
  buf_printf(b, "if %s ", site_spell(inl_cond_reduced(s->x)));
  print_block(b, value == 0 ? NULL : s->body);
  if (s->els && value != 1) {
    buf_puts(b, " else ");
    if (s->els->kind == N_IF) {   // gc's else holds a list: else { if ... }
      buf_puts(b, "{ ");
      print_if(b, s->els);
      buf_puts(b, " }");
    } else {
      print_block(b, s->els);
    }
  }
}

static void print_stmt(Buf *b, Node *s) {
  switch (s->kind) {
  case N_ASSIGN: case N_RETURN: case N_EXPRSTMT: case N_SENDSTMT:
    buf_puts(b, stmt_spell(s));
    if (s->kind == N_RETURN && !s->list.len)
      buf_putc(b, ' ');   // gc prints the empty result list after a space
    return;
  case N_INCDEC:
    buf_printf(b, "%s %s 1", site_spell(s->x), s->op == T_INC ? "+=" : "-=");
    return;
  case N_DECLSTMT: print_decl(b, s); return;
  case N_BLOCK: print_list(b, &s->list); return;
  case N_IF: print_if(b, s); return;
  case N_FOR: case N_RANGE: buf_puts(b, "for loop"); return;
  case N_SWITCH: case N_TYPESWITCH: buf_puts(b, "switch statement"); return;
  case N_SELECT: buf_puts(b, "select statement"); return;
  case N_BRANCH:
    buf_puts(b, tok_name(s->op));
    if (nx(s)->label)
      buf_printf(b, " %s", nx(s)->label->name);
    return;
  case N_LABELED:   // gc's label is a statement of its own: "outer: ; for loop"
    buf_printf(b, "%s: ", nx(s)->label->name);
    if (s->y && s->y->kind != N_EMPTY) {
      buf_puts(b, "; ");
      print_stmt(b, s->y);
    }
    return;
  default:
    return;
  }
}

// "func(int, int) int" or, for a method, "method(*T) func() int".
static char *signature(Func *f) {
  Node *fd = f->decl;
  char *sig = type_string(f->type, false);
  if (fd->kind == N_FUNCDECL && nx(fd)->recv)
    return xfmt("method(%s) %s", type_string(method_recv_type(fd), false), sig);
  return sig;
}

char *inl_body_string(Func *f) {
  Buf b = {0};
  spell_before_devirt = true;
  print_list(&b, &f->decl->body->list);
  spell_before_devirt = false;
  return xfmt("%s { %s }", signature(f), buf_cstr(&b));
}
