// program.c — the programs of several packages as one, for code generation.
// Each package is lowered and analysed on its own, dependencies first, so
// its sites' verdicts are final before the next package starts; the linker's
// view concatenates them in that order.
#include "ir.h"

static void append_all(Vec *to, Vec *from) {
  for (int i = 0; i < from->len; i++)
    vec_push(to, from->data[i]);
}

Program *program_link(Vec progs, Program *main_prog) {
  if (progs.len == 1)
    return progs.data[0];
  Program *all = xmalloc(sizeof(Program));
  all->pkgname = main_prog->pkgname;
  all->main = main_prog->main;
  for (int i = 0; i < progs.len; i++) {
    Program *p = progs.data[i];
    append_all(&all->funcs, &p->funcs);
    append_all(&all->globals, &p->globals);
    append_all(&all->inits, &p->inits);
    append_all(&all->mtabs, &p->mtabs);
    append_all(&all->sites, &p->sites);
  }
  // Site ids number the program's sites for codegen's tables (-allocprof):
  // each package counted from 1, so they are renumbered in the whole.
  for (int i = 0; i < all->sites.len; i++)
    ((Site *)all->sites.data[i])->id = i + 1;
  return all;
}
