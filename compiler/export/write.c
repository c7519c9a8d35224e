// write.c — a compiled package's export data (export.h has the format).
// Types are numbered as they are met, so a type refers to itself by number;
// functions carry their parameters and escape tags.
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static unsigned type_hash(Type *t) { return (unsigned)((uintptr_t)t >> 4) * 2654435761u; }

static int *number_slot(Writer *w, Type *t) {
  unsigned i = type_hash(t) & (w->nslots - 1);
  while (w->slots[i] && w->slots[i] != t)
    i = (i + 1) & (w->nslots - 1);
  w->slots[i] = t;
  return &w->numbers[i];
}

static void grow(Writer *w) {
  Type **old = w->slots;
  int *oldn = w->numbers, n = w->nslots;
  w->nslots = n ? n * 2 : 256;
  w->slots = xmalloc(sizeof(Type *) * w->nslots);
  w->numbers = xmalloc(sizeof(int) * w->nslots);
  for (int i = 0; i < n; i++)
    if (old[i])
      *number_slot(w, old[i]) = oldn[i];
  free(old);
  free(oldn);
}

// " REF": a predeclared type's name, or the type's number in the table.
void put_type(Writer *w, Buf *b, Type *t) {
  if (!t) {
    buf_puts(b, " -");
    return;
  }
  for (const Predeclared *p = export_predeclared; p->name; p++)
    if (*p->type == t) {
      buf_printf(b, " %s", p->name);
      return;
    }
  if ((w->table.len + 1) * 2 > w->nslots)
    grow(w);
  int *n = number_slot(w, t);
  if (!*n) {
    vec_push(&w->table, t);
    *n = w->table.len;
  }
  buf_printf(b, " %d", *n);
}

void put_word(Buf *b, const char *s) { buf_printf(b, " %s", s && *s ? s : "-"); }

// " FILE:LINE:COL" (FILE numbers the files table), " -" for none: where a
// parameter is declared, which -m=2 prints for a wrapper an importer's
// type makes of the method (gc's $GOROOT/src/io/io.go:84:7: parameter p).
static void put_pos(Writer *w, Buf *b, Pos pos) {
  if (!pos.file || !pos.file->dir) {
    buf_puts(b, " -");
    return;
  }
  int n = 0;
  while (n < w->files.len && w->files.data[n] != pos.file)
    n++;
  if (n == w->files.len)
    vec_push(&w->files, pos.file);
  buf_printf(b, " %d:%d:%d", n + 1, pos.line, pos.col);
}

static void put_fields(Writer *w, Buf *b, Field *fs, int n, bool with_struct_info, bool with_pos) {
  buf_printf(b, " %d", n);
  for (int i = 0; i < n; i++) {
    put_word(b, fs[i].name);
    put_type(w, b, fs[i].type);
    if (with_pos)
      put_pos(w, b, fs[i].pos);
    if (with_struct_info) {
      buf_printf(b, " %d", fs[i].embedded);
      put_word(b, fs[i].pkgpath);
    }
  }
}

static const char *func_lname(Obj *o) {
  Func *f = o ? o->ir : NULL;
  return f ? f->lname : NULL;
}

static void put_named(Writer *w, Buf *b, Type *t) {
  const Instance *in = t->obj ? t->obj->instance : NULL;
  if (in && in->type == t && t->pkgpath) {   // Stack[int]: its generic and type arguments
    buf_puts(b, " inst");
    put_word(b, t->pkgpath);
    put_word(b, t->name);
    buf_printf(b, " %d", in->ntargs);
    for (int i = 0; i < in->ntargs; i++)
      put_type(w, b, in->targs[i]);
    return;
  }
  if (t->pkgpath && strcmp(t->pkgpath, w->pkg->path)) {
    buf_puts(b, " ext");
    put_word(b, t->pkgpath);
    put_word(b, t->name);
    return;
  }
  w->failed |= !t->pkgpath;   // (every named type but the predeclared ones has a package)
  // Declared here. A type declared in a function has no name importers
  // could use: such a package is simply never read from export data.
  w->failed |= !t->obj || !t->obj->global;
  buf_puts(b, " named");
  put_word(b, t->pkg);
  put_word(b, t->name);
  put_type(w, b, t->underlying);
  buf_printf(b, " %d", t->nmethods);
  for (int i = 0; i < t->nmethods; i++) {
    Method *m = &t->methods[i];
    put_word(b, m->name);
    buf_printf(b, " %d", m->ptr_recv);
    put_type(w, b, m->sig);
    put_word(b, m->pkgpath);
    put_word(b, func_lname(m->func));
    w->failed |= !func_lname(m->func);
  }
}

static void put_type_entry(Writer *w, Buf *b, Type *t, int n) {
  buf_printf(b, "type %d", n);
  switch (t->kind) {
  case TY_PTR: buf_puts(b, " ptr"); put_type(w, b, t->elem); break;
  case TY_SLICE: buf_puts(b, " slice"); put_type(w, b, t->elem); break;
  case TY_ARRAY: buf_printf(b, " array %lld", (long long)t->len); put_type(w, b, t->elem); break;
  case TY_MAP: buf_puts(b, " map"); put_type(w, b, t->key); put_type(w, b, t->elem); break;
  case TY_CHAN: buf_printf(b, " chan %lld", (long long)t->len); put_type(w, b, t->elem); break;
  case TY_FUNC:
    buf_printf(b, " func %d", t->variadic);
    put_fields(w, b, t->fields, t->nfields, false, true);
    put_fields(w, b, t->results, t->nresults, false, true);
    break;
  case TY_STRUCT: buf_puts(b, " struct"); put_fields(w, b, t->fields, t->nfields, true, false); break;
  case TY_TUPLE: buf_puts(b, " tuple"); put_fields(w, b, t->fields, t->nfields, false, false); break;
  case TY_INTERFACE:
    buf_printf(b, " iface %d", t->nmethods);
    for (int i = 0; i < t->nmethods; i++) {
      put_word(b, t->methods[i].name);
      put_type(w, b, t->methods[i].sig);
      put_word(b, t->methods[i].pkgpath);
    }
    break;
  case TY_NAMED: put_named(w, b, t); break;
  default: w->failed = true; break;   // a basic type is always predeclared
  }
  buf_putc(b, '\n');
}

// func LNAME NAME PRAGMAS FLAGS TYPE NPARAMS NRESULTS INLINECOST (-1: not
// inlinable), then a line per parameter (with its escape tag) and per result.
static void put_func(Writer *w, Buf *b, Func *f) {
  buf_puts(b, "func");
  put_word(b, f->lname);
  put_word(b, f->name);
  buf_printf(b, " %d %d", f->pragmas, f->named_results | f->no_static << 1);
  put_type(w, b, f->type);
  buf_printf(b, " %d %d %d\n", f->nparams, f->nresults, inline_exported_cost(f));
  for (int i = 0; i < f->nparams; i++) {
    buf_puts(b, "param");
    put_word(b, f->params[i]->name);
    put_type(w, b, f->params[i]->type);
    const Leaks *tag = escape_param_tag(f, i);
    buf_printf(b, " %d", tag ? tag->heap : 0);   // never analysed: assume it leaks
    for (int r = 0; r < NUM_ESC_RESULTS; r++)
      buf_printf(b, " %d", tag ? tag->result[r] : -1);
    buf_putc(b, '\n');
  }
  for (int i = 0; i < f->nresults; i++) {
    buf_puts(b, "result");
    put_word(b, f->results[i]->name);
    put_type(w, b, f->results[i]->type);
    buf_putc(b, '\n');
  }
}

static void put_obj(Writer *w, Buf *b, Obj *o) {
  static const char *kinds[] = {[OBJ_CONST] = "const", [OBJ_VAR] = "var", [OBJ_TYPE] = "type",
                                [OBJ_FUNC] = "func"};
  if (o->kind != OBJ_CONST && o->kind != OBJ_VAR && o->kind != OBJ_TYPE && o->kind != OBJ_FUNC)
    return;
  // Generic declarations do not travel in export data yet: importers
  // instantiate them from the package compiled in their own process, so a
  // package that has them is never read back (export_read refuses it).
  if (is_generic_obj(o)) {
    buf_printf(b, "generic %s\n", o->name);
    return;
  }
  buf_printf(b, "obj %s %s", kinds[o->kind], o->name);
  put_type(w, b, o->type);
  if (o->kind == OBJ_CONST) {
    buf_putc(b, ' ');
    put_const(b, o->cval);
  } else if (o->kind == OBJ_VAR) {
    Var *v = o->ir;
    put_word(b, v ? v->lname : NULL);
    w->failed |= !v;
  } else if (o->kind == OBJ_FUNC) {
    put_word(b, func_lname(o));
    w->failed |= !func_lname(o);
  }
  buf_putc(b, '\n');
}

// The functions importers may call: those declared at package level.
bool exported_func(Func *f) {
  return f->decl && f->decl->kind == N_FUNCDECL && !f->outer && !f->is_wrapper && !f->mtab_wrapper;
}

char *export_write(Package *pkg, Program *prog) {
  Writer *w = &(Writer){.pkg = pkg};
  Buf body = {0};
  for (int i = 0; i < prog->funcs.len; i++)
    if (exported_func(prog->funcs.data[i]))
      put_func(w, &body, prog->funcs.data[i]);
  Vec objs = package_objects(pkg);
  for (int i = 0; i < objs.len; i++)
    put_obj(w, &body, objs.data[i]);
  if (prog->init)
    buf_printf(&body, "init %s\n", prog->init->lname);
  if (prog->main)
    buf_printf(&body, "main %s\n", prog->main->lname);
  Buf bodies = {0};   // (numbering the types they use before the table is written)
  put_inline_bodies(w, &bodies, prog);
  // The types, numbered as the lines above met them (and as they meet more).
  Buf types = {0};
  for (int i = 0; i < w->table.len; i++)
    put_type_entry(w, &types, w->table.data[i], i + 1);
  free(w->slots);
  free(w->numbers);
  if (w->failed)
    return NULL;
  Buf out = {0};
  buf_printf(&out, "escgo export %d\npackage %s %s\n", EXPORT_VERSION, pkg->name, pkg->path);
  buf_printf(&out, "files %d\n", w->files.len);
  for (int i = 0; i < w->files.len; i++) {
    SrcFile *f = w->files.data[i];
    const char *base = strrchr(f->path, '/') ? strrchr(f->path, '/') + 1 : f->path;
    char *abs = xfmt("%s/%s", f->dir, base);
    buf_puts(&out, "file ");
    put_quoted(&out, abs, (int64_t)strlen(abs));
    buf_putc(&out, ' ');
    put_quoted(&out, f->display, (int64_t)strlen(f->display));
    buf_putc(&out, '\n');
    free(abs);
  }
  free(w->files.data);
  buf_printf(&out, "types %d\n", w->table.len);
  buf_putn(&out, types.data, types.len);
  buf_putn(&out, body.data, body.len);
  buf_puts(&out, "end\n");
  buf_putn(&out, bodies.data, bodies.len);
  buf_puts(&out, "end\n");
  free(types.data);
  free(body.data);
  free(bodies.data);
  return buf_cstr(&out);
}

bool export_declares_generics(const char *data) {
  return data && strstr(data, "\ngeneric ") != NULL;
}
