// shape.c — gc's GC shapes of type arguments. gc 1.19 compiles one body per
// shape: a type argument's underlying type, with every pointer type as
// *uint8; -m then speaks of that body, spelling a type parameter as the
// shape type go.shape.int_0 (the underlying type's link spelling, then the
// parameter's index) and the function as Max[go.shape.int_0]. escgo
// compiles a body per type argument list and lets the first instance of
// each shape report (escape/ reads Instance.shape_first).
#include "generic.h"

#include <string.h>

static char *shape_of(Type *t) {
  Type *u = under(t);
  if (u->kind == TY_PTR)
    return "*uint8";
  return type_link_string(u);
}

void set_shapes(Instance *in, void **earlier, int nearlier) {
  Buf key = {0};
  in->shape_names = xmalloc(sizeof(char *) * (in->ntargs + 1));
  for (int i = 0; i < in->ntargs; i++) {
    char *s = shape_of(in->targs[i]);
    in->shape_names[i] = xfmt("go.shape.%s_%d", s, i);
    buf_printf(&key, "%s;", s);
  }
  in->shape_key = buf_cstr(&key);
  in->shape_first = true;
  for (int i = 0; i < nearlier; i++)
    if (!strcmp(((Instance *)earlier[i])->shape_key, in->shape_key))
      in->shape_first = false;
}

// Type arguments as gc's symbols spell them: "Pair[int,main.P]".
char *instance_name(const char *name, Instance *in) {
  Buf b = {0};
  buf_printf(&b, "%s[", name);
  for (int i = 0; i < in->ntargs; i++)
    buf_printf(&b, "%s%s", i ? "," : "", type_string(in->targs[i], true));
  buf_putc(&b, ']');
  in->dict_name = xfmt(".dict.%s", buf_cstr(&b));
  return buf_cstr(&b);
}

char *shape_func_name(const char *name, Instance *in) {
  Buf b = {0};
  buf_printf(&b, "%s[", name);
  for (int i = 0; i < in->ntargs; i++)
    buf_printf(&b, "%s%s", i ? "," : "", in->shape_names[i]);
  buf_putc(&b, ']');
  return buf_cstr(&b);
}
