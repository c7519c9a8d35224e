// shape.c — instances of generic functions in -m. gc analyses one body per
// GC shape of the type arguments (check/shape.c) and marks it DUPOK, so it
// reports the sites of that body once per shape and never its parameters'
// tags ("leaking param: x" stays unsaid, "moved to heap: v" is said). escgo
// analyses every instance; only the first of each shape speaks.
#include "internal.h"

static const Instance *instance_of(Func *f) {
  while (f->outer)
    f = f->outer;
  return f->instance;
}

const Instance *shape_instance(Func *f) { return instance_of(f); }

bool params_untold(Func *f) { return instance_of(f) != NULL; }

bool batch_untold(Vec *funcs) {
  for (int i = 0; i < funcs->len; i++) {
    const Instance *in = instance_of(funcs->data[i]);
    if (!in || in->shape_first)
      return false;
  }
  return funcs->len > 0;
}
