// lower.h — the lowering pass's public interface: a checked package becomes
// IR (ir/ir.h). Every implicit operation of Go is made explicit, and every
// place that may need memory becomes an allocation site (Site) with gc's
// spelling and position, for escape analysis to give a verdict.
// internal.h lists the files and their private interface.
#ifndef ESCGO_LOWER_H
#define ESCGO_LOWER_H

#include "ir/ir.h"

Program *lower_package(Package *pkg);

#endif
