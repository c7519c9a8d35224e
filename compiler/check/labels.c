// check/labels.c — labels and branch statements of a function body: a port
// of gc's syntax/branches.go (gc checks these while parsing, with its own
// words: "label L defined and not used", "break label not defined: L",
// "goto L jumps over declaration of x at POS", ...).
#include "internal.h"

#include <string.h>

typedef struct Block Block;
struct Block {
  Block *parent;
  Pos start;         // where the block starts (its '{', or its case keyword)
  Node *lstmt;       // the labeled statement this block belongs to, or NULL
};

typedef struct Label {
  Block *parent;     // the block declaring the label
  Node *lstmt;       // N_LABELED
  bool used;
} Label;

// The enclosing statements a break or continue may refer to.
typedef struct Targets {
  Node *breaks;      // for/range/switch/select, or NULL
  Node *continues;   // for/range, or NULL
  int case_index;    // index of the immediately enclosing switch case, or -1
} Targets;

static char *pos_string(Pos p) {
  return xfmt("%s:%d:%d", p.file ? p.file->display : "?", p.line, p.col);
}

static Label *find(Vec *labels, const char *name) {
  for (int i = 0; i < labels->len; i++) {
    Label *l = labels->data[i];
    if (!strcmp(nx(l->lstmt)->label->name, name))
      return l;
  }
  return NULL;
}

static Label *declare(Vec *labels, Block *b, Node *s) {
  Label *alt = find(labels, nx(s)->label->name);
  if (alt) {
    error_at(nx(s)->label->pos, "label %s already defined at %s", nx(s)->label->name,
             pos_string(nx(alt->lstmt)->label->pos));
    return alt;
  }
  Label *l = xmalloc(sizeof(Label));
  l->parent = b;
  l->lstmt = s;
  vec_push(labels, l);
  return l;
}

// The label `name` if it is declared in b or a block enclosing b.
static Node *goto_target(Vec *labels, Block *b, const char *name) {
  Label *l = find(labels, name);
  if (!l)
    return NULL;
  l->used = true; // even if it's not a valid target
  for (; b; b = b->parent)
    if (l->parent == b)
      return l->lstmt;
  return NULL;
}

static Node invalid_target;

// The innermost enclosing statement labeled `name`: NULL if there is no such
// label, &invalid_target if the label does not enclose b.
static Node *enclosing_target(Vec *labels, Block *b, const char *name) {
  Label *l = find(labels, name);
  if (!l)
    return NULL;
  l->used = true;
  for (; b; b = b->parent)
    if (l->lstmt == b->lstmt)
      return l->lstmt;
  return &invalid_target;
}

static bool is_loop(Node *s) { return s && (s->kind == N_FOR || s->kind == N_RANGE); }

typedef struct Walk {
  Block *b;
  Vec fwd;           // forward gotos not resolved yet
  Vec bad;           // forward gotos that jump over the last variable declaration
  Pos var_pos;
  char *var_name;
} Walk;

static Vec block_branches(Vec *labels, Block *parent, Targets ctx, Node *lstmt, Pos start, Vec *body);

static void inner_block(Vec *labels, Walk *w, Targets ctx, Node *lstmt, Pos start, Vec *body) {
  Vec v = block_branches(labels, w->b, ctx, lstmt, start, body);
  for (int i = 0; i < v.len; i++)
    vec_push(&w->fwd, v.data[i]);
}

static void record_var_decl(Walk *w, Pos pos, char *name) {
  w->var_pos = pos;
  w->var_name = name;
  w->bad.len = 0;
  for (int i = 0; i < w->fwd.len; i++)
    vec_push(&w->bad, w->fwd.data[i]);
}

static void resolve_forward(Walk *w, Label *l, Node *s) {
  const char *name = nx(s)->label->name;
  int keep = 0;
  for (int i = 0; i < w->fwd.len; i++) {
    Node *g = w->fwd.data[i];
    if (strcmp(nx(g)->label->name, name)) {
      w->fwd.data[keep++] = g;
      continue;
    }
    l->used = true;
    for (int j = 0; w->var_pos.line && j < w->bad.len; j++)
      if (w->bad.data[j] == g)
        error_at(nx(g)->label->pos, "goto %s jumps over declaration of %s at %s", name, w->var_name,
                 pos_string(w->var_pos));
  }
  w->fwd.len = keep;
}

static void unlabeled_branch(Node *s, Targets ctx, bool last) {
  switch (s->op) {
  case T_BREAK:
    if (!ctx.breaks)
      error_at(s->pos, "break is not in a loop, switch, or select");
    return;
  case T_CONTINUE:
    if (!ctx.continues)
      error_at(s->pos, "continue is not in a loop");
    return;
  case T_FALLTHROUGH: {
    const char *msg = "fallthrough statement out of place";
    Node *sw = ctx.breaks;
    if (sw && sw->kind == N_TYPESWITCH)
      msg = "cannot fallthrough in type switch";
    else if (sw && sw->kind == N_SWITCH && ctx.case_index >= 0 && last) {
      if (ctx.case_index + 1 != sw->list.len)
        return; // fallthrough ok
      msg = "cannot fallthrough final case in switch";
    }
    error_at(s->pos, "%s", msg);
    return;
  }
  default:
    return;
  }
}

static void labeled_branch(Vec *labels, Walk *w, Node *s) {
  const char *name = nx(s)->label->name;
  Node *t;
  switch (s->op) {
  case T_BREAK:
    t = enclosing_target(labels, w->b, name);
    if (!t)
      error_at(nx(s)->label->pos, "break label not defined: %s", name);
    else if (t == &invalid_target || !(is_loop(t->y) || t->y->kind == N_SWITCH ||
                                      t->y->kind == N_TYPESWITCH || t->y->kind == N_SELECT))
      error_at(nx(s)->label->pos, "invalid break label %s", name);
    return;
  case T_CONTINUE:
    t = enclosing_target(labels, w->b, name);
    if (!t)
      error_at(nx(s)->label->pos, "continue label not defined: %s", name);
    else if (t == &invalid_target || !is_loop(t->y))
      error_at(nx(s)->label->pos, "invalid continue label %s", name);
    return;
  case T_GOTO:
    if (!goto_target(labels, w->b, name))
      vec_push(&w->fwd, s); // the label may come later
    return;
  default:
    return;
  }
}

static char *lhs_string(Vec *lhs) {
  Buf b = {0};
  for (int i = 0; i < lhs->len; i++) {
    buf_puts(&b, i ? ", " : "");
    buf_puts(&b, expr_string(lhs->data[i]));
  }
  return buf_cstr(&b);
}

// The nested blocks of statement s.
static void stmt_branches(Vec *labels, Walk *w, Node *s, Targets ctx, Node *lstmt) {
  Targets inner = {ctx.breaks, ctx.continues, -1};
  switch (s->kind) {
  case N_BLOCK:
    inner_block(labels, w, inner, lstmt, s->pos, &s->list);
    return;
  case N_IF: {
    inner_block(labels, w, inner, lstmt, s->body->pos, &s->body->list);
    if (s->els) {
      Vec one = {0};
      vec_push(&one, s->els);
      inner_block(labels, w, inner, lstmt, s->els->pos, &one);
    }
    return;
  }
  case N_FOR: case N_RANGE:
    inner = (Targets){s, s, -1};
    inner_block(labels, w, inner, lstmt, s->body->pos, &s->body->list);
    return;
  case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
    inner = (Targets){s, ctx.continues, -1};
    for (int i = 0; i < s->list.len; i++) {
      Node *cc = s->list.data[i];
      inner.case_index = s->kind == N_SELECT ? -1 : i;
      inner_block(labels, w, inner, lstmt, cc->pos, &cc->list2);
    }
    return;
  default:
    return;
  }
}

static Vec block_branches(Vec *labels, Block *parent, Targets ctx, Node *lstmt, Pos start, Vec *body) {
  Block *b = xmalloc(sizeof(Block));
  *b = (Block){parent, start, lstmt};
  Walk w = {.b = b};
  int n = body->len; // a fallthrough is last even before trailing empty statements
  while (n > 0 && ((Node *)body->data[n - 1])->kind == N_EMPTY)
    n--;
  for (int i = 0; i < n; i++) {
    Node *s = body->data[i];
    lstmt = NULL;
    while (s->kind == N_LABELED) {
      if (strcmp(nx(s)->label->name, "_")) {
        Label *l = declare(labels, b, s);
        resolve_forward(&w, l, s);
        lstmt = s;
      }
      s = s->y;
    }
    if (s->kind == N_DECLSTMT) {
      for (int j = 0; j < s->list.len; j++) {
        Node *spec = s->list.data[j];
        if (spec->kind == N_VARSPEC && nx(spec)->names.len) {
          record_var_decl(&w, spec->pos, ((Node *)nx(spec)->names.data[0])->name);
          break;
        }
      }
    } else if (s->kind == N_ASSIGN && s->op == T_DEFINE) {
      record_var_decl(&w, s->pos, lhs_string(&s->list));
    } else if (s->kind == N_BRANCH) {
      if (nx(s)->label)
        labeled_branch(labels, &w, s);
      else
        unlabeled_branch(s, ctx, i + 1 == n);
    } else {
      stmt_branches(labels, &w, s, ctx, lstmt);
    }
  }
  return w.fwd;
}

void check_branches(Node *body) {
  Vec *labels = &(Vec){0};   // Label* of the function body
  Vec fwd = block_branches(labels, NULL, (Targets){NULL, NULL, -1}, NULL, body->pos, &body->list);
  // Gotos left over found no label: none, or one inside a block.
  for (int i = 0; i < fwd.len; i++) {
    Node *g = fwd.data[i];
    Label *l = find(labels, nx(g)->label->name);
    if (l) {
      l->used = true;
      error_at(nx(g)->label->pos, "goto %s jumps into block starting at %s", nx(g)->label->name,
               pos_string(l->parent->start));
    } else {
      error_at(nx(g)->label->pos, "label %s not defined", nx(g)->label->name);
    }
  }
  for (int i = 0; i < labels->len; i++) {
    Label *l = labels->data[i];
    l->lstmt->checked = 1; // lower.c: a label in use
    if (!l->used)
      error_at(nx(l->lstmt)->label->pos, "label %s defined and not used", nx(l->lstmt)->label->name);
  }
}
