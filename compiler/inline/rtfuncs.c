// rtfuncs.c — standard functions escgo implements in C that gc 1.19
// inlines from their Go source (fmt.Println is `return Fprintln(os.Stdout,
// a...)`). escgo keeps calling the C function, but its inliner decides and
// reports as gc's does: `inlining call to fmt.Println`, and a caller pays
// the callee's cost instead of a call's, so whether the caller itself can
// be inlined is gc's answer too. The costs are gc's (-m=2 on the package:
// "can inline Println with cost 72").
#include "internal.h"

#include <string.h>

typedef struct {
  const char *csym;   // the C function (check/packages.c)
  const char *name;   // gc's -m spelling of the Go function
  int cost;
} RtInline;

static const RtInline rt_inlined[] = {
    {"escgo_fmt_Print", "fmt.Print", 72},
    {"escgo_fmt_Println", "fmt.Println", 72},
    {"escgo_fmt_Printf", "fmt.Printf", 73},
};

static const RtInline *lookup(const char *csym) {
  for (size_t i = 0; csym && i < sizeof rt_inlined / sizeof rt_inlined[0]; i++)
    if (!strcmp(rt_inlined[i].csym, csym))
      return &rt_inlined[i];
  return NULL;
}

int rt_inline_cost(const char *csym) {
  const RtInline *r = lookup(csym);
  return r ? r->cost : -1;
}

const char *rt_inline_name(const char *csym) {
  const RtInline *r = lookup(csym);
  return r ? r->name : NULL;
}
