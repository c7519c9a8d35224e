#include "internal.h"
void explain_collect(LoadedPkg *lp, Package *pkg) { (void)lp; (void)pkg; }
