// ir/dump.c — -gcflags=-d=ir (and -d=ir=lower, -d=ir=escape: the IR as that
// pass left it): every node of every function, one a line, indented under
// its parent, with its type, position, and the allocation site it owns —
// id, gc's spelling, and the verdict (undecided before escape analysis).
// A child that is not simply the next operand is labelled by its field
// ("else:", "post:", "case 0:"), so the tree reads like the source.
#include "ir.h"

static const char *expr_names[] = {
    [IR_CONST] = "CONST", [IR_ZERO] = "ZERO", [IR_VAR] = "VAR", [IR_DEREF] = "DEREF",
    [IR_FIELD] = "FIELD", [IR_INDEX] = "INDEX", [IR_SLICEINDEX] = "SLICEINDEX",
    [IR_STRINDEX] = "STRINDEX", [IR_ADDR] = "ADDR", [IR_UNARY] = "UNARY",
    [IR_BINARY] = "BINARY", [IR_ANDAND] = "ANDAND", [IR_OROR] = "OROR", [IR_CONV] = "CONV",
    [IR_COMPLEX] = "COMPLEX", [IR_REAL] = "REAL", [IR_IMAG] = "IMAG",
    [IR_BOX] = "BOX", [IR_CALL] = "CALL", [IR_RTCALL] = "RTCALL", [IR_EXTRACT] = "EXTRACT",
    [IR_LEN] = "LEN", [IR_CAP] = "CAP", [IR_NEW] = "NEW", [IR_COMPLIT] = "COMPLIT",
    [IR_ADDRLIT] = "ADDRLIT", [IR_MAKESLICE] = "MAKESLICE", [IR_SLICELIT] = "SLICELIT",
    [IR_SLICE] = "SLICE", [IR_APPEND] = "APPEND", [IR_COPY] = "COPY", [IR_CONCAT] = "CONCAT",
    [IR_STR2BYTES] = "STR2BYTES", [IR_BYTES2STR] = "BYTES2STR", [IR_STR2RUNES] = "STR2RUNES",
    [IR_RUNES2STR] = "RUNES2STR", [IR_RUNE2STR] = "RUNE2STR", [IR_DECODERUNE] = "DECODERUNE",
    [IR_MAKEMAP] = "MAKEMAP", [IR_MAPINDEX] = "MAPINDEX", [IR_MAPDELETE] = "MAPDELETE",
    [IR_MAPITERINIT] = "MAPITERINIT", [IR_MAPITERNEXT] = "MAPITERNEXT",
    [IR_MAPITERKEY] = "MAPITERKEY", [IR_MAPITERVAL] = "MAPITERVAL", [IR_ICALL] = "ICALL",
    [IR_ASSERT] = "ASSERT", [IR_FUNCVALUE] = "FUNCVALUE", [IR_CLOSURE] = "CLOSURE",
    [IR_CALLVALUE] = "CALLVALUE", [IR_RECOVER] = "RECOVER", [IR_RECOVERTOKEN] = "RECOVERTOKEN", [IR_MAKECHAN] = "MAKECHAN",
    [IR_RECV] = "RECV", [IR_SELECT] = "SELECT", [IR_UNSAFEADD] = "UNSAFEADD",
    [IR_UNSAFESLICE] = "UNSAFESLICE", [IR_SLICE2ARRPTR] = "SLICE2ARRPTR",
    [IR_INLCALL] = "INLCALL",
};
_Static_assert(sizeof expr_names / sizeof *expr_names == IR_NUM_KINDS,
               "a name for every IRKind (the last one at least)");

static const char *stmt_names[] = {
    [IR_S_EXPR] = "EXPR", [IR_S_DECL] = "DECL", [IR_S_ASSIGN] = "ASSIGN",
    [IR_S_BLOCK] = "BLOCK", [IR_S_IF] = "IF", [IR_S_FOR] = "FOR", [IR_S_BREAK] = "BREAK",
    [IR_S_CONTINUE] = "CONTINUE", [IR_S_RETURN] = "RETURN", [IR_S_SWITCH] = "SWITCH",
    [IR_S_PANIC] = "PANIC", [IR_S_PRINT] = "PRINT", [IR_S_GOTO] = "GOTO",
    [IR_S_LABEL] = "LABEL", [IR_S_DEFER] = "DEFER", [IR_S_GO] = "GO", [IR_S_SEND] = "SEND",
};
_Static_assert(sizeof stmt_names / sizeof *stmt_names == IR_S_NUM_KINDS,
               "a name for every IRStmtKind (the last one at least)");

// A name for every kind in between, too: a gap in the designated
// initialisers above would be a NULL found only when that kind is dumped.
static const char *kind_name(const char **names, int n, int k) {
  if (k < 0 || k >= n || !names[k])
    ice("-d=ir: IR kind %d has no name", k);
  return names[k];
}

static const char *verdict_name(Verdict v) {
  return v == V_STACK ? "stack" : v == V_HEAP ? "heap" : "undecided";
}

typedef struct {
  IRVisitor v;
  FILE *out;
  int depth;
} Dumper;

static void line_start(Dumper *d, IRSlot at) {
  for (int i = 0; i < d->depth; i++)
    fputs("  ", d->out);
  switch (at.field) {
  case IR_F_ELSE: case IR_F_POST:
    fprintf(d->out, "%s: ", ir_field_name(at.field));
    break;
  case IR_F_CASE_COND:
    fprintf(d->out, "case %d: ", at.index);
    break;
  case IR_F_CASE_BODY:
    fprintf(d->out, "case %d body: ", at.index);
    break;
  default:
    break;
  }
}

static void dump_site(FILE *out, Site *s) {
  if (!s)
    return;
  fprintf(out, " site#%d{%s @%d:%d %s", s->id, s->spell, s->pos.line, s->pos.col,
          verdict_name(s->verdict));
  if (s->verdict == V_HEAP && s->reason)
    fprintf(out, ": %s", s->reason);
  fputc('}', out);
}

static void dump_string(FILE *out, const char *s, int64_t len) {
  Buf b = {0};
  buf_puts(&b, " \"");
  for (int64_t i = 0; i < len && i < 60;) {
    int32_t r;
    int w = utf8_decode((const unsigned char *)s + i, (size_t)(len - i), &r);
    buf_quote_rune(&b, r, '"');
    i += w;
  }
  buf_puts(&b, len > 60 ? "\"..." : "\"");
  fputs(buf_cstr(&b), out);
}

// What a node of kind e->kind holds besides its children.
static void expr_details(FILE *out, IRExpr *e) {
  switch (e->kind) {
  case IR_CONST:
    if (is_string(e->type))
      dump_string(out, e->sval, e->slen);
    else if (is_float(e->type))
      fprintf(out, " %g", e->fval);
    else if (is_complex(e->type))
      fprintf(out, " (%g%+gi)", e->fval, e->fimag);
    else
      fprintf(out, " %lld", (long long)e->ival);
    break;
  case IR_VAR: case IR_MAPITERINIT: case IR_MAPITERNEXT: case IR_MAPITERKEY: case IR_MAPITERVAL:
    if (e->var)
      fprintf(out, " %s", e->var->name);
    if (e->var && e->var->site)
      fprintf(out, " (in site#%d)", e->var->site->id);
    break;
  case IR_UNARY: case IR_BINARY:
    fprintf(out, " %s", tok_name(e->op));
    break;
  case IR_FIELD: case IR_EXTRACT:
    fprintf(out, " .%d", e->field);
    break;
  case IR_ICALL:
    fprintf(out, " method %d", e->field);
    break;
  case IR_CALL: case IR_FUNCVALUE: case IR_CLOSURE: case IR_CALLVALUE: case IR_INLCALL:
    if (e->fn)
      fprintf(out, " %s", e->fn->lname);
    break;
  case IR_RTCALL:
    fprintf(out, " %s", e->rtsym);
    break;
  case IR_ASSERT:
    if (e->ival)
      fputs(" comma-ok", out);
    break;
  case IR_SELECT:
    for (int i = 0; e->idx && i < e->nargs / 2; i++)
      fprintf(out, " %s", e->idx[i] ? "send" : "recv");
    if (e->ival)
      fputs(" default", out);
    break;
  case IR_COMPLIT: case IR_SLICELIT:
    fputs(" at", out);
    for (int i = 0; e->idx && i < e->nargs; i++)
      fprintf(out, " %lld", (long long)e->idx[i]);
    break;
  default:
    break;
  }
}

static void dump_expr(IRVisitor *v, IRExpr *e, IRSlot at) {
  Dumper *d = (Dumper *)v;
  line_start(d, at);
  fputs(kind_name(expr_names, IR_NUM_KINDS, e->kind), d->out);
  if (e->type)
    fprintf(d->out, " <%s>", type_string(e->type, true));
  expr_details(d->out, e);
  dump_site(d->out, e->site);
  if (e->pos.line)
    fprintf(d->out, "  @%d:%d", e->pos.line, e->pos.col);
  fputc('\n', d->out);
  d->depth++;
  ir_expr_children(e, v);
  d->depth--;
}

static void dump_stmt(IRVisitor *v, IRStmt *s, IRSlot at) {
  Dumper *d = (Dumper *)v;
  line_start(d, at);
  fputs(kind_name(stmt_names, IR_S_NUM_KINDS, s->kind), d->out);
  if (s->var) {
    fprintf(d->out, " %s <%s>", s->var->name, type_string(s->var->type, true));
    dump_site(d->out, s->var->site);
  }
  if (s->label)
    fprintf(d->out, " %s", s->label);
  if (s->kind == IR_S_PRINT && s->newline)
    fputs(" newline", d->out);
  if (s->clear != CLEAR_NONE)   // codegen emits the clear instead of the loop
    fputs(s->clear == CLEAR_MAP ? " (clear: mapclear)" : " (clear: memclr)", d->out);
  for (int i = 0; i < s->nclauses; i++)
    if (s->clauses[i].fallthrough)
      fprintf(d->out, " (case %d falls through)", i);
  fprintf(d->out, "  @%d:%d\n", s->pos.line, s->pos.col);
  d->depth++;
  ir_stmt_children(s, v);
  d->depth--;
}

static void dump_var(FILE *out, const char *what, Var *v) {
  fprintf(out, "  %s %s <%s>", what, v->name, type_string(v->type, true));
  dump_site(out, v->site);
  if (v->outer)
    fprintf(out, " (captured %s)", v->byref ? "by reference" : "by value");
  fputc('\n', out);
}

void dump_ir(FILE *out, Program *prog) {
  for (int i = 0; i < prog->globals.len; i++) {
    Var *v = prog->globals.data[i];
    fprintf(out, "var %s <%s>\n", v->name, type_string(v->type, true));
  }
  Dumper d = {{dump_expr, dump_stmt}, out, 1};
  for (int i = 0; i < prog->funcs.len; i++) {
    Func *f = prog->funcs.data[i];
    fprintf(out, "func %s", f->lname);
    if (f->type)
      fprintf(out, " <%s>", type_string(f->type, true));
    fputc('\n', out);
    for (int j = 0; j < f->nparams; j++)
      dump_var(out, "param", f->params[j]);
    for (int j = 0; j < f->nresults; j++)
      dump_var(out, "result", f->results[j]);
    for (int j = 0; j < f->ncaptures; j++)
      dump_var(out, "capture", f->captures[j]);
    if (f->body)
      dump_stmt(&d.v, f->body, (IRSlot){IR_F_BODY, 0});
  }
}
