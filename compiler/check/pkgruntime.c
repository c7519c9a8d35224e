// check/pkgruntime.c — runtime's symbol-table and heap-profile API:
// FuncForPC and *Func (runtime/symtab.c), CallersFrames, *Frames and Frame
// (the same), MemProfile and MemProfileRecord (runtime/memprof.c). The types
// are Go 1.19's, field for field where Go code can see the fields; methods
// are C functions taking the receiver (a pointer) first, as testing's are
// (check/packages.c). Escape summaries are gc 1.19's for the real functions
// (`go build -gcflags=runtime=-m runtime`), in escape/leaks.c's letters.
//
// Signature letters beyond check/packages.c's basic ones: w uintptr,
// F *Func, S *Frames, Q Frame, P []uintptr, R []MemProfileRecord.
#include "internal.h"

#include <string.h>

typedef struct RuntimeFunc {
  const char *recv;   // the receiver's type name (a pointer receiver), or NULL
  PkgFunc f;          // pkg, name, csym, sig
  const char *tags;   // escape summary, receiver first
} RuntimeFunc;

static const RuntimeFunc funcs[] = {
    {NULL, {"runtime", "FuncForPC", "escgo_runtime_FuncForPC", "w>F"}, ""},
    {NULL, {"runtime", "CallersFrames", "escgo_runtime_CallersFrames", "P>S"}, "h"},
    {NULL, {"runtime", "MemProfile", "escgo_runtime_MemProfile", "Rb>ib"}, "nn"},
    {"Func", {"runtime", "Name", "escgo_runtime_Func_Name", ">s"}, "q"},
    {"Func", {"runtime", "Entry", "escgo_runtime_Func_Entry", ">w"}, "n"},
    {"Func", {"runtime", "FileLine", "escgo_runtime_Func_FileLine", "w>si"}, "cn"},
    {"Frames", {"runtime", "Next", "escgo_runtime_Frames_Next", ">Qb"}, "h"},
    {"MemProfileRecord", {"runtime", "InUseBytes", "escgo_runtime_MemProfileRecord_InUseBytes", ">I"}, "n"},
    {"MemProfileRecord", {"runtime", "InUseObjects", "escgo_runtime_MemProfileRecord_InUseObjects", ">I"}, "n"},
    {"MemProfileRecord", {"runtime", "Stack", "escgo_runtime_MemProfileRecord_Stack", ">P"}, "r"},
};

static Type *named(const char *name, Type *underlying) {
  Type *t = new_type(TY_NAMED);
  t->name = (char *)name;
  t->pkg = "runtime";
  t->underlying = underlying;
  return t;
}

static Type *struct_of(const Field *fields, int n) {
  Type *st = new_type(TY_STRUCT);
  st->fields = xmalloc(sizeof(Field) * n);
  for (int i = 0; i < n; i++) {
    st->fields[i] = fields[i];
    if (!(fields[i].name[0] >= 'A' && fields[i].name[0] <= 'Z'))
      st->fields[i].pkgpath = "runtime";   // unexported: runtime's own
  }
  st->nfields = n;
  return st;
}

static Type *runtime_sig(const char *sig);

// The methods of funcs declared on t (pointer receivers).
static void attach(Type *t) {
  for (size_t i = 0; i < sizeof(funcs) / sizeof(funcs[0]); i++) {
    const RuntimeFunc *rf = &funcs[i];
    if (!rf->recv || strcmp(rf->recv, t->name))
      continue;
    add_table_method(t, &rf->f, runtime_sig(rf->f.sig));
  }
}

// Func: opaque (runtime/symtab.c's record: the entry and the name).
static Type *runtime_func_type(void) {
  static Type *t;
  if (!t) {
    Field fs[] = {{.name = "opaque", .type = ty_uintptr}};
    t = named("Func", struct_of(fs, 1));
    attach(t);
  }
  return t;
}

static Type *frame_type(void) {
  static Type *t;
  if (!t) {
    Field fs[] = {
        {.name = "PC", .type = ty_uintptr},       {.name = "Func", .type = ptr_to(runtime_func_type())},
        {.name = "Function", .type = ty_string},  {.name = "File", .type = ty_string},
        {.name = "Line", .type = ty_int},         {.name = "Entry", .type = ty_uintptr},
        {.name = "funcInfo", .type = array_of(ty_uintptr, 2)},
    };
    t = named("Frame", struct_of(fs, sizeof fs / sizeof fs[0]));
  }
  return t;
}

// Frames: the PCs left to expand and the frames found but not yet returned
// (runtime/symtab.c's layout).
static Type *frames_type(void) {
  static Type *t;
  if (!t) {
    Field fs[] = {
        {.name = "callers", .type = slice_of(ty_uintptr)},
        {.name = "frames", .type = slice_of(frame_type())},
    };
    t = named("Frames", struct_of(fs, 2));
    attach(t);
  }
  return t;
}

static Type *memprofilerecord_type(void) {
  static Type *t;
  if (!t) {
    Field fs[] = {
        {.name = "AllocBytes", .type = ty_int64},   {.name = "FreeBytes", .type = ty_int64},
        {.name = "AllocObjects", .type = ty_int64}, {.name = "FreeObjects", .type = ty_int64},
        {.name = "Stack0", .type = array_of(ty_uintptr, 32)},
    };
    t = named("MemProfileRecord", struct_of(fs, 5));
    attach(t);
  }
  return t;
}

static Type *runtime_letter(char c) {
  Type *basic = sig_basic_letter(c);
  if (basic)
    return basic;
  switch (c) {
  case 'w': return ty_uintptr;
  case 'F': return ptr_to(runtime_func_type());
  case 'S': return ptr_to(frames_type());
  case 'Q': return frame_type();
  case 'P': return slice_of(ty_uintptr);
  case 'R': return slice_of(memprofilerecord_type());
  default: ice("bad signature letter %c", c);
  }
}

static Type *runtime_sig(const char *sig) { return sig_parse(sig, runtime_letter); }

static const struct {
  const char *name;
  Type *(*make)(void);
} types[] = {
    {"Func", runtime_func_type},
    {"Frame", frame_type},
    {"Frames", frames_type},
    {"MemProfileRecord", memprofilerecord_type},
};

Obj *runtime_profile_member(const char *path, const char *name) {
  if (strcmp(path, "runtime"))
    return NULL;
  for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
    if (strcmp(types[i].name, name))
      continue;
    Obj *o = new_obj(OBJ_TYPE, xstrdup(name), types[i].make(), (Pos){0});
    o->global = true;
    o->state = 2;
    return o;
  }
  for (size_t i = 0; i < sizeof(funcs) / sizeof(funcs[0]); i++) {
    const RuntimeFunc *rf = &funcs[i];
    if (rf->recv || strcmp(rf->f.name, name))
      continue;
    Obj *o = new_obj(OBJ_FUNC, xstrdup(name), runtime_sig(rf->f.sig), (Pos){0});
    o->pkgfunc = &rf->f;
    o->global = true;
    o->state = 2;
    return o;
  }
  return NULL;
}

const char *runtime_profile_tags(const char *csym) {
  for (size_t i = 0; i < sizeof(funcs) / sizeof(funcs[0]); i++)
    if (!strcmp(funcs[i].f.csym, csym))
      return funcs[i].tags;
  return NULL;
}
