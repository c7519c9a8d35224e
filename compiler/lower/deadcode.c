// deadcode.c — gc's deadcode pass (cmd/compile/internal/deadcode), the
// rules that drop statements before inlining and escape analysis: the code
// after an `if` whose constant condition takes a branch ending in return or
// panic, and the cases of a switch on a constant that can never run. Their
// allocations are never reported, and the inliner does not count them.
#include "internal.h"

static bool is_const_bool(Node *e) {
  e = unparen(e);
  return e && e->cval && e->cval->kind == CV_BOOL;
}

bool dead_after(Node *s) {
  if (s->kind != N_IF || !is_const_bool(s->x))
    return false;
  Node *b = unparen(s->x)->cval->b ? s->body : s->els;
  if (!b || b->kind != N_BLOCK || !b->list.len)
    return false;
  Node *last = b->list.data[b->list.len - 1];
  if (last->kind == N_RETURN)
    return true;
  Node *call = last->kind == N_EXPRSTMT ? unparen(last->x) : NULL;
  Node *fn = call && call->kind == N_CALL ? unparen(call->x) : NULL;
  return fn && fn->obj && fn->obj->kind == OBJ_BUILTIN && fn->obj->builtin == BI_PANIC;
}

int last_label_index(const Vec *stmts) {
  int last = -1;
  for (int i = 0; i < stmts->len; i++)
    if (((Node *)stmts->data[i])->kind == N_LABELED)
      last = i;
  return last;
}

static bool has_fallthrough(Node *cl) {
  for (int i = 0; i < cl->list2.len; i++) {
    Node *st = cl->list2.data[i];
    if (st->kind == N_BRANCH && st->op == T_FALLTHROUGH)
      return true;
  }
  return false;
}

// Cases are looked at in order: a value that is not constant ends the
// search (nothing is dropped); the first equal to the tag is the one kept.
SwitchKeep switch_keep(Node *s) {
  SwitchKeep none = {false, -1, -1};
  Node *tag = unparen(s->x);
  if (s->kind != N_SWITCH || (tag && !tag->cval))
    return none;
  Const *x = tag ? tag->cval : const_bool(true);
  int def = -1;
  for (int i = 0; i < s->list.len; i++) {
    Node *cl = s->list.data[i];
    if (cl->is_default)
      def = i;
    for (int j = 0; j < cl->list.len; j++) {
      Node *v = unparen(cl->list.data[j]);
      if (!v->cval)
        return none;
      Const *eq = const_binary(T_EQL, x, v->cval, false);
      if (eq && eq->kind == CV_BOOL && eq->b)
        return has_fallthrough(cl) ? none : (SwitchKeep){true, i, j};
    }
  }
  if (def >= 0 && has_fallthrough(s->list.data[def]))
    return none;
  return (SwitchKeep){true, def, -1};
}

static int dropped_func_lits_in(const Vec *v) {
  int n = 0;
  for (int i = 0; i < v->len; i++)
    n += dropped_func_lits(v->data[i]);
  return n;
}

int dropped_func_lits(Node *n) {
  if (!n || n->is_type)
    return 0;
  if (n->kind == N_FUNCLIT)
    return 1;
  const NodeExt *e = nx(n);
  Node *kids[] = {n->x, n->y, n->init, n->post, n->body, n->els, e->key, e->value, e->z, e->w};
  int count = dropped_func_lits_in(&n->list);
  if (n->kind != N_SELECTOR)   // (a selector's list2 is its embedded path, not nodes)
    count += dropped_func_lits_in(&n->list2);
  for (int i = 0; i < (int)(sizeof kids / sizeof kids[0]); i++)
    count += dropped_func_lits(kids[i]);
  return count;
}
