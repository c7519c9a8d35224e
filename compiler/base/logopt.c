// logopt.c — the optimisation log: gc's logopt entries, collected while a
// package compiles.
//
// gc's -json=0,DIR (and escgo explain) want the analysis's decisions as data,
// not as -m text: each entry is a code ("escape", "leak", "escapes",
// "canInlineFunction", "cannotInlineFunction"), a position, a message and, for
// escape decisions, the explanation steps -m=2 prints (each a position and
// "escflow: ..." text). The passes call logopt_entry/logopt_step where they
// would print; driver/jsonlog.c writes gc's files, driver/explain.c the page.
// The -m lines themselves are kept too (logopt_note) for the explorer.
#include "base.h"

#include <stdlib.h>
#include <string.h>

bool logopt_enabled;
bool logopt_keep_notes;

static Vec entries;   // LogEntry *, in the order the passes logged them
static Vec notes;     // LogEntry * with code NULL: the -m lines, in print order

static LogEntry *new_entry(const char *code, Pos pos, const char *msg) {
  LogEntry *e = xmalloc(sizeof *e);
  e->code = code;
  e->pos = pos;
  e->msg = xstrdup(msg ? msg : "");
  return e;
}

void logopt_entry(const char *code, Pos pos, const char *msg) {
  if (logopt_enabled)
    vec_push(&entries, new_entry(code, pos, msg));
}

// A step of the explanation of the entry logged last.
void logopt_step(Pos pos, const char *msg) {
  if (!logopt_enabled || !entries.len)
    return;
  LogEntry *e = entries.data[entries.len - 1];
  e->steps = xrealloc(e->steps, sizeof(LogStep) * (size_t)(e->nsteps + 1));
  e->steps[e->nsteps++] = (LogStep){pos, xstrdup(msg)};
}

void logopt_note(Pos pos, const char *msg) {
  if (logopt_keep_notes)
    vec_push(&notes, new_entry(NULL, pos, msg));
}

Vec logopt_entries(void) { return entries; }
Vec logopt_notes(void) { return notes; }

void logopt_clear(void) {
  entries = (Vec){0};
  notes = (Vec){0};
}
