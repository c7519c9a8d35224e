// syntax/print.c — the parser's source-like printing of expressions and
// statements (in gc's syntax-error messages), and the -d=ast dump.
#include "internal.h"

#include <string.h>

// ---------------------------------------------------------------- printing

// Source text of an expression, as gc's syntax printer writes it in the
// parser's messages (short form: literal and function bodies are {…}).
static void print_expr(Buf *b, Node *n);

static void print_list(Buf *b, Vec v) {
  for (int i = 0; i < v.len; i++) {
    if (i)
      buf_puts(b, ", ");
    print_expr(b, v.data[i]);
  }
}

static void print_fields(Buf *b, Vec v, const char *sep) {
  for (int i = 0; i < v.len; i++) {
    Node *f = v.data[i];
    if (i)
      buf_puts(b, sep);
    print_list(b, nx(f)->names);
    if (nx(f)->names.len && f->x)
      buf_putc(b, ' ');
    print_expr(b, f->x);
  }
}

static void print_signature(Buf *b, Node *ft) {
  buf_putc(b, '(');
  print_fields(b, ft->list, ", ");
  buf_putc(b, ')');
  if (ft->list2.len == 1 && !nx(((Node *)ft->list2.data[0]))->names.len) {
    buf_putc(b, ' ');
    print_fields(b, ft->list2, ", ");
  } else if (ft->list2.len) {
    buf_puts(b, " (");
    print_fields(b, ft->list2, ", ");
    buf_putc(b, ')');
  }
}

static void print_index(Buf *b, Node *n) {
  print_expr(b, n->x);
  buf_putc(b, '[');
  if (n->kind == N_INDEX) {
    if (n->list.len)
      print_list(b, n->list);
    else
      print_expr(b, n->y);
  } else {
    print_expr(b, n->y);
    buf_putc(b, ':');
    print_expr(b, nx(n)->z);
    if (n->slice3) {
      buf_putc(b, ':');
      print_expr(b, nx(n)->w);
    }
  }
  buf_putc(b, ']');
}

static void print_type(Buf *b, Node *n) {
  switch (n->kind) {
  case N_ARRAYTYPE:
    buf_putc(b, '[');
    print_expr(b, n->x);
    buf_putc(b, ']');
    print_expr(b, n->y);
    break;
  case N_ELLIPSIS: buf_puts(b, "..."); print_expr(b, n->x); break;
  case N_MAPTYPE:
    buf_puts(b, "map[");
    print_expr(b, n->x);
    buf_putc(b, ']');
    print_expr(b, n->y);
    break;
  case N_CHANTYPE:
    buf_puts(b, n->chandir == 2 ? "<-chan " : n->chandir == 1 ? "chan<- " : "chan ");
    print_expr(b, n->y);
    break;
  case N_FUNCTYPE: buf_puts(b, "func"); print_signature(b, n); break;
  case N_STRUCTTYPE:
  case N_INTERFACETYPE:
    buf_puts(b, n->kind == N_STRUCTTYPE ? "struct{" : "interface{");
    print_fields(b, n->list, "; ");
    buf_putc(b, '}');
    break;
  default: buf_puts(b, "?"); break;
  }
}

static void print_expr(Buf *b, Node *n) {
  if (!n)
    return;
  switch (n->kind) {
  case N_IDENT: buf_puts(b, n->name); break;
  case N_BASICLIT: buf_putn(b, n->tok->text, n->tok->len); break;
  case N_COMPOSITE:
    print_expr(b, n->x);
    buf_puts(b, n->list.len ? "{…}" : "{}");
    break;
  case N_KEYVALUE: print_expr(b, n->x); buf_puts(b, ": "); print_expr(b, n->y); break;
  case N_FUNCLIT:
    buf_puts(b, "func");
    print_signature(b, n->x);
    buf_puts(b, n->body && n->body->list.len ? " {…}" : " {}");
    break;
  case N_PAREN: buf_putc(b, '('); print_expr(b, n->x); buf_putc(b, ')'); break;
  case N_SELECTOR: print_expr(b, n->x); buf_printf(b, ".%s", n->name); break;
  case N_INDEX: case N_SLICEEXPR: print_index(b, n); break;
  case N_TYPEASSERT:
    print_expr(b, n->x);
    buf_puts(b, ".(");
    if (n->y)
      print_expr(b, n->y);
    else
      buf_puts(b, "type");
    buf_putc(b, ')');
    break;
  case N_CALL:
    print_expr(b, n->x);
    buf_putc(b, '(');
    print_list(b, n->list);
    buf_puts(b, n->has_ellipsis ? "...)" : ")");
    break;
  case N_STAR: buf_putc(b, '*'); print_expr(b, n->x); break;
  case N_UNARY: buf_puts(b, tok_name(n->op)); print_expr(b, n->x); break;
  case N_BINARY:
    print_expr(b, n->x);
    buf_printf(b, " %s ", tok_name(n->op));
    print_expr(b, n->y);
    break;
  default: print_type(b, n); break;
  }
}

char *p_syntax_string(Node *n) {
  Buf b = {0};
  print_expr(&b, n);
  return buf_cstr(&b);
}

char *p_stmt_string(Node *s) {
  Buf b = {0};
  switch (s->kind) {
  case N_ASSIGN:
    print_list(&b, s->list);
    buf_printf(&b, " %s ", tok_name(s->op));
    print_list(&b, s->list2);
    break;
  case N_INCDEC: print_expr(&b, s->x); buf_puts(&b, tok_name(s->op)); break;
  case N_SENDSTMT:
    print_expr(&b, s->x);
    buf_puts(&b, " <- ");
    print_expr(&b, s->y);
    break;
  default: print_expr(&b, s->x); break;
  }
  return buf_cstr(&b);
}

// ---------------------------------------------------------------- -d=ast

static const char *kind_name(NodeKind k) {
  static const char *names[] = {
    "Bad", "Ident", "BasicLit", "CompositeLit", "KeyValue", "FuncLit", "Paren",
    "Selector", "Index", "SliceExpr", "TypeAssert", "Call", "Star", "Unary", "Binary",
    "ArrayType", "StructType", "FuncType", "InterfaceType", "MapType", "ChanType",
    "Ellipsis", "Field", "Block", "ExprStmt", "SendStmt", "IncDec", "Assign", "Go",
    "Defer", "Return", "Branch", "If", "Switch", "TypeSwitch", "CaseClause", "Select",
    "CommClause", "For", "Range", "Labeled", "DeclStmt", "Empty", "ImportSpec",
    "VarSpec", "ConstSpec", "TypeSpec", "FuncDecl", "File",
  };
  return (unsigned)k < sizeof(names) / sizeof(names[0]) ? names[k] : "?";
}

static void dump_child(FILE *out, const char *label, Node *n, int indent) {
  if (!n)
    return;
  fprintf(out, "%*s%s:\n", indent * 2, "", label);
  dump_ast(out, n, indent + 1);
}

static void dump_vec(FILE *out, const char *label, Vec v, int indent) {
  if (!v.len)
    return;
  fprintf(out, "%*s%s: [%d]\n", indent * 2, "", label, v.len);
  for (int i = 0; i < v.len; i++)
    dump_ast(out, v.data[i], indent + 1);
}

// The head line of a node: kind, what it names or does, flags, position.
static void dump_head(FILE *out, Node *n) {
  fprintf(out, "%s", kind_name(n->kind));
  if (n->name)
    fprintf(out, " %s", n->name);
  if (n->kind == N_BASICLIT || n->kind == N_IMPORTSPEC)
    fprintf(out, " %.*s", n->tok ? n->tok->len : 0, n->tok && n->tok->text ? n->tok->text : "");
  else if (n->op)
    fprintf(out, " %s", tok_name(n->op));
  if (n->kind == N_CHANTYPE && n->chandir)
    fprintf(out, " %s", n->chandir == 1 ? "send-only" : "recv-only");
  if (n->kind == N_CONSTSPEC)
    fprintf(out, " iota=%d%s", nx(n)->iota, nx(n)->implicit_values ? " implicit" : "");
  if (nx(n)->pragmas)
    fprintf(out, " pragmas=%#x", nx(n)->pragmas);
  if (n->has_ellipsis || n->ellipsis_len)
    fprintf(out, " ...");
  if (n->slice3)
    fprintf(out, " 3-index");
  if (n->embedded)
    fprintf(out, " embedded");
  if (nx(n)->is_alias)
    fprintf(out, " alias");
  if (n->is_default)
    fprintf(out, " default");
  fprintf(out, " @%d:%d", n->pos.line, n->pos.col);
  if (nx(n)->endpos.line)
    fprintf(out, " end@%d:%d", nx(n)->endpos.line, nx(n)->endpos.col);
  fputc('\n', out);
}

// One line per node, then its children labelled by field, indented.
void dump_ast(FILE *out, Node *n, int indent) {
  fprintf(out, "%*s", indent * 2, "");
  if (!n) {
    fprintf(out, "nil\n");
    return;
  }
  dump_head(out, n);
  indent++;
  dump_vec(out, "tparams", nx(n)->tparams, indent);
  dump_child(out, "recv", nx(n)->recv, indent);
  dump_child(out, "label", nx(n)->label, indent);
  dump_vec(out, "names", nx(n)->names, indent);
  dump_child(out, "init", n->init, indent);
  dump_child(out, "key", nx(n)->key, indent);
  dump_child(out, "value", nx(n)->value, indent);
  dump_child(out, "x", n->x, indent);
  dump_child(out, "y", n->y, indent);
  dump_child(out, "z", nx(n)->z, indent);
  dump_child(out, "w", nx(n)->w, indent);
  dump_child(out, "post", n->post, indent);
  dump_child(out, "tag", nx(n)->tag, indent);
  dump_vec(out, "list", n->list, indent);
  dump_vec(out, "list2", n->list2, indent);
  dump_child(out, "body", n->body, indent);
  dump_child(out, "else", n->els, indent);
}
