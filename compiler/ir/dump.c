// ir/dump.c — -gcflags=-d=ir: the IR printed as indented text, one node a
// line, with every allocation site's id, spelling and verdict.
#include "ir.h"

static const char *expr_names[] = {
    "CONST", "ZERO", "VAR", "DEREF", "FIELD", "INDEX", "SLICEINDEX", "STRINDEX", "ADDR",
    "UNARY", "BINARY", "ANDAND", "OROR", "CONV", "BOX", "CALL", "RTCALL", "EXTRACT", "LEN",
    "CAP", "NEW", "COMPLIT", "ADDRLIT", "MAKESLICE", "SLICELIT", "SLICE", "APPEND", "COPY",
    "CONCAT", "STR2BYTES", "BYTES2STR", "STR2RUNES", "RUNES2STR", "RUNE2STR", "DECODERUNE",
    [IR_MAKEMAP] = "MAKEMAP", "MAPINDEX", "MAPDELETE", "MAPITERINIT", "MAPITERNEXT", "MAPITERKEY",
    "MAPITERVAL",
};

static const char *stmt_names[] = {
    "EXPR", "DECL", "ASSIGN", "BLOCK", "IF", "FOR", "BREAK", "CONTINUE", "RETURN",
    "SWITCH", "PANIC", "PRINT", "GOTO", "LABEL",
};

static const char *verdict_name(Verdict v) {
  return v == V_STACK ? "stack" : v == V_HEAP ? "heap" : "undecided";
}

static void indent(FILE *out, int n) {
  for (int i = 0; i < n; i++)
    fputs("  ", out);
}

static void dump_site(FILE *out, Site *s) {
  if (s)
    fprintf(out, " site#%d{%s @%d:%d %s}", s->id, s->spell, s->pos.line, s->pos.col,
            verdict_name(s->verdict));
}

static void dump_expr(FILE *out, IRExpr *e, int depth) {
  if (!e)
    return;
  indent(out, depth);
  fprintf(out, "%s", expr_names[e->kind]);
  if (e->type)
    fprintf(out, " <%s>", type_string(e->type, true));
  switch (e->kind) {
  case IR_CONST:
    if (is_string(e->type))
      fprintf(out, " %.*s", (int)(e->slen > 40 ? 40 : e->slen), e->sval);
    else if (is_float(e->type))
      fprintf(out, " %g", e->fval);
    else
      fprintf(out, " %lld", (long long)e->ival);
    break;
  case IR_VAR:
    fprintf(out, " %s", e->var->name);
    if (e->var->site)
      fprintf(out, " (in site#%d)", e->var->site->id);
    break;
  case IR_UNARY: case IR_BINARY:
    fprintf(out, " %s", tok_name(e->op));
    break;
  case IR_FIELD: case IR_EXTRACT:
    fprintf(out, " .%d", e->field);
    break;
  case IR_CALL:
    fprintf(out, " %s", e->fn->lname);
    break;
  case IR_RTCALL:
    fprintf(out, " %s", e->rtsym);
    break;
  default:
    break;
  }
  dump_site(out, e->site);
  fputc('\n', out);
  IRExpr *kids[] = {e->x, e->y, e->z, e->w};
  for (int i = 0; i < 4; i++)
    dump_expr(out, kids[i], depth + 1);
  for (int i = 0; i < e->nargs; i++)
    dump_expr(out, e->args[i], depth + 1);
}

static void dump_stmt(FILE *out, IRStmt *s, int depth) {
  if (!s)
    return;
  indent(out, depth);
  fprintf(out, "%s", stmt_names[s->kind]);
  if (s->var) {
    fprintf(out, " %s <%s>", s->var->name, type_string(s->var->type, true));
    dump_site(out, s->var->site);
  }
  if (s->label)
    fprintf(out, " %s", s->label);
  fprintf(out, "  @%d:%d\n", s->pos.line, s->pos.col);
  dump_expr(out, s->x, depth + 1);
  dump_expr(out, s->y, depth + 1);
  for (int i = 0; i < s->nargs; i++)
    dump_expr(out, s->args[i], depth + 1);
  for (int i = 0; i < s->nstmts; i++)
    dump_stmt(out, s->stmts[i], depth + 1);
  for (int i = 0; i < s->nclauses; i++) {
    indent(out, depth + 1);
    fprintf(out, "CASE%s\n", s->clauses[i].fallthrough ? " fallthrough" : "");
    for (int j = 0; j < s->clauses[i].nconds; j++)
      dump_expr(out, s->clauses[i].conds[j], depth + 2);
    dump_stmt(out, s->clauses[i].body, depth + 2);
  }
  if (s->kind == IR_S_FOR && s->post) {
    indent(out, depth + 1);
    fputs("POST\n", out);
    dump_stmt(out, s->post, depth + 2);
  }
  dump_stmt(out, s->body, depth + 1);
  if (s->els) {
    indent(out, depth);
    fputs("ELSE\n", out);
    dump_stmt(out, s->els, depth + 1);
  }
}

void dump_ir(FILE *out, Program *prog) {
  for (int i = 0; i < prog->globals.len; i++) {
    Var *v = prog->globals.data[i];
    fprintf(out, "var %s <%s>\n", v->name, type_string(v->type, true));
  }
  for (int i = 0; i < prog->funcs.len; i++) {
    Func *f = prog->funcs.data[i];
    fprintf(out, "func %s", f->lname);
    if (f->type)
      fprintf(out, " <%s>", type_string(f->type, true));
    fputc('\n', out);
    for (int j = 0; j < f->nparams; j++) {
      Var *v = f->params[j];
      fprintf(out, "  param %s <%s>", v->name, type_string(v->type, true));
      dump_site(out, v->site);
      fputc('\n', out);
    }
    dump_stmt(out, f->body, 1);
  }
}
