// lower.h — the lowering pass's public interface: a checked package becomes
// IR (ir/ir.h). Every implicit operation of Go is made explicit, and every
// place that may need memory becomes an allocation site (Site) with gc's
// spelling and position, for escape analysis to give a verdict.
// internal.h lists the files and their private interface.
#ifndef ESCGO_LOWER_H
#define ESCGO_LOWER_H

#include "ir/ir.h"

Program *lower_package(Package *pkg);
// bounds.c: gc's "index bounds check elided" lines (-m), printed after
// escape analysis's as gc's walk prints them.
void note_bounded_indexes(Program *prog);
// ... only those before pos (gc's walk meets them before a conversion there);
// a later call goes on from there.
void note_bounded_indexes_before(Program *prog, Pos pos);
// gcwrapper.c: the method wrappers gc makes as it writes type descriptors,
// in its order, for escape/ to explain (-m=2); never compiled. Its walk
// writes the itabs of conversions to interfaces (gc_walk_wrappers), then
// the package's descriptors are written (gc_type_wrappers, once escape
// analysis has decided what is on the heap); each call returns the
// wrappers made since the last.
typedef struct TypeWriter TypeWriter;
TypeWriter *gc_type_writer(Program *prog, Package *pkg);
Vec gc_walk_wrappers(TypeWriter *tw, Vec *at);   // at: Pos* of each one's conversion
Vec gc_type_wrappers(TypeWriter *tw);

// deadcode.c: gc's deadcode rules, on the checked syntax tree (lowering
// leaves out what they drop; the inliner does not count it).
// Does the list end after s (an if with a constant condition whose branch
// taken ends in return or panic)? Only when no label follows: see
// last_label_index.
bool dead_after(Node *s);
int last_label_index(const Vec *stmts);
// A switch on a constant (no tag: true) with constant cases: only the case
// that matches remains, with only the value that matched (value -1: the
// default), else none (clause -1). pruned false: all remain.
typedef struct {
  bool pruned;
  int clause;
  int value;
} SwitchKeep;
SwitchKeep switch_keep(Node *s);
// The func literals in code the rules drop (not those inside another
// literal): gc names literals before it drops code, so a dropped F.func1
// still takes its number and the next literal is F.func2.
int dropped_func_lits(Node *n);

#endif
