// bounds.c — gc's "index bounds check elided" (-m): an index into an array
// (or a pointer to one) or a constant string whose value the index
// expression's own shape keeps in range, such as a[i&3] on a [4]int. gc's
// walk finds these after escape analysis, so the notes print after its
// lines: lowering records the positions, the driver prints them
// (note_bounded_indexes) once escape analysis has printed its own.
#include "internal.h"

#include <stdlib.h>
#include <string.h>

// gc's small integer constant: one that fits in 32 bits.
static bool small_int_const(Node *n, int64_t *v) {
  n = unparen(n);
  if (!n->cval || n->cval->kind != CV_INT || !const_fits_int(n->cval, 32, false))
    return false;
  *v = const_to_int64(n->cval);
  return true;
}

// Is n, an integer expression, in [0, max) whatever its operands' values?
// gc's rules (walk's bounded): a constant in range; x&c or c&x, x&^c with
// c in range; unsigned x%c with c <= max; unsigned x/c and x>>c narrow the
// bits x can have; an unsigned value of few enough bits.
bool index_in_range(Node *n, int64_t max) {
  n = unparen(n);
  if (!n->type || !is_integer(n->type))
    return false;
  bool sign = !is_unsigned(n->type);
  int bits = int_bits(n->type);
  int64_t v;
  if (small_int_const(n, &v))
    return 0 <= v && v < max;
  if (n->kind == N_BINARY) {
    switch (n->op) {
    case T_AND: case T_AND_NOT:
      v = -1;
      if (small_int_const(n->x, &v))
        ;
      else if (small_int_const(n->y, &v) && n->op == T_AND_NOT) {
        v = ~v;
        if (!sign && bits < 64)
          v &= ((int64_t)1 << bits) - 1;
      } else if (!small_int_const(n->y, &v))
        v = -1;
      if (0 <= v && v < max)
        return true;
      break;
    case T_REM:
      if (!sign && small_int_const(n->y, &v) && 0 <= v && v <= max)
        return true;
      break;
    case T_QUO:
      if (!sign && small_int_const(n->y, &v))
        for (; bits > 0 && v >= 2; v >>= 1)
          bits--;
      break;
    case T_SHR:
      if (!sign && small_int_const(n->y, &v)) {
        if (v > bits)
          return true;
        bits -= (int)v;
      }
      break;
    default:
      break;
    }
  }
  return !sign && bits <= 62 && ((int64_t)1 << bits) <= max;
}

// A name or a constant: what gc's walk (safeExpr) leaves in place.
static bool name_or_const(Node *n) {
  n = unparen(n);
  return n->cval || n->kind == N_IDENT ||
         (n->kind == N_SELECTOR && n->x->kind == N_IDENT && n->x->obj && n->x->obj->imported);
}

static bool is_len_or_cap(Node *n) {
  Node *f = unparen(n->x);
  return f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_BUILTIN && n->list.len == 1 &&
         (!strcmp(f->name, "len") || !strcmp(f->name, "cap"));
}

static void forget_note(Program *prog, Pos pos) {
  Vec *v = &prog->bounded_indexes;
  for (int i = 0; i < v->len; i++) {
    Pos *p = v->data[i];
    if (p->file == pos.file && p->line == pos.line && p->col == pos.col) {
      v->data[i] = v->data[--v->len];
      return;
    }
  }
}

// An argument of append after the slice: gc's walk makes it safe to
// evaluate twice first (safeExpr), following field selections,
// dereferences, len, cap and indexes, and copying any other index
// expression into a temporary, which nothing bounds: a[i&3] appended says
// nothing, where x := a[i&3] is noted. (Any other expression is copied
// whole, the original walked as before: its notes stay.)
void unnote_append_arg(Program *prog, Node *n) {
  n = unparen(n);
  if (name_or_const(n) || n->is_type)
    return;
  if (n->kind == N_SELECTOR && !nx(n)->method) {
    unnote_append_arg(prog, n->x);
  } else if (n->kind == N_STAR) {
    unnote_append_arg(prog, n->x);
  } else if (n->kind == N_CALL && is_len_or_cap(n)) {
    unnote_append_arg(prog, n->list.data[0]);
  } else if (n->kind == N_INDEX && n->list.len <= 1) {
    unnote_append_arg(prog, n->x);
    Node *idx = unparen(n->y);
    if (name_or_const(idx))
      return;
    if (idx->kind == N_INDEX || idx->kind == N_STAR || (idx->kind == N_SELECTOR && !nx(idx)->method) ||
        (idx->kind == N_CALL && is_len_or_cap(idx)))
      unnote_append_arg(prog, idx);
    else
      forget_note(prog, n->pos);
  }
}

// gc's order for what it prints at once: by file name, line, column.
static int cmp_pos(const void *a, const void *b) {
  const Pos *p = *(Pos *const *)a, *q = *(Pos *const *)b;
  int c = p->file == q->file ? 0 : strcmp(p->file->display, q->file->display);
  if (c)
    return c;
  return p->line != q->line ? p->line - q->line : p->col - q->col;
}

static int bounds_noted;   // prog->bounded_indexes[0..bounds_noted) are out

void note_bounded_indexes_before(Program *prog, Pos pos) {
  if (!flags.m || !prog->bounded_indexes.len)
    return;
  Vec *v = &prog->bounded_indexes;
  if (!bounds_noted)
    qsort(v->data, v->len, sizeof(void *), cmp_pos);
  Pos *until = &pos;
  for (; bounds_noted < v->len; bounds_noted++) {
    int i = bounds_noted;
    if (pos.file && cmp_pos(&v->data[i], (void *const *)&until) >= 0)
      return;
    if (i == 0 || cmp_pos(&v->data[i], &v->data[i - 1]) != 0)   // a generic body lowered per
      note_at(*(Pos *)v->data[i], "index bounds check elided"); // shape: once each
  }
}

void note_bounded_indexes(Program *prog) {
  note_bounded_indexes_before(prog, (Pos){0});
  bounds_noted = 0;   // (the next package's)
}
