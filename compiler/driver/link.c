// link.c — links the object file with the runtime by running the system C
// compiler (process.c: an argv, never a shell, so no path is ever
// reinterpreted): cc -static OBJ RTLIB -lgc -lpthread -lm -o OUT (dynamic
// under -asan), then driver/pcln.c adds the program's frame table.
#include "internal.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

// The compiler driver: $CC when it names a single program, else "cc".
const char *cc_program(void) {
  const char *cc = getenv("CC");
  if (cc && *cc && !strpbrk(cc, " \t"))
    return cc;
  return "cc";
}

// Links into out, a path in the build's private temporary directory (the
// linker deletes its output when it fails; output.c installs the result).
int link_program(const char *obj, const char *out, const char *rtlib, bool asan) {
  Vec objs = {0};
  vec_push(&objs, (void *)obj);
  return link_objects(objs, out, rtlib, asan, NULL);
}

// build_id (hex; NULL: the linker's own) becomes the executable's GNU build
// ID note, where build.c looks for cache_link_id's value.
int link_objects(Vec objs, const char *out, const char *rtlib, bool asan, const char *build_id) {
  const char **argv = xmalloc(sizeof(char *) * (objs.len + 16));
  int n = 0;
  argv[n++] = cc_program();
  if (asan)
    argv[n++] = "-fsanitize=address";
  argv[n++] = "-o";
  argv[n++] = out;
  for (int i = 0; i < objs.len; i++)
    argv[n++] = objs.data[i];
  argv[n++] = rtlib;
  argv[n++] = "-no-pie";   // gc links at fixed addresses too (Go's test/nilptr.go relies on it)
  argv[n++] = "-Wl,--gc-sections";   // no function nothing calls (codegen.c's place_go_code)
  // Statically linked, as gc links a Go program without cgo: the program
  // maps the part of the C library it uses, not all of it (a test binary
  // peaks ~0.9 MB lower). AddressSanitizer's runtime needs the dynamic link.
  if (!asan)
    argv[n++] = "-static";
  argv[n++] = "-lgc";
  argv[n++] = "-lpthread";
  argv[n++] = "-lm";
  if (build_id)
    argv[n++] = xfmt("-Wl,--build-id=0x%s", build_id);
  argv[n] = NULL;

  ProcessResult r = process_run(&(Process){(char **)argv, .search_path = true, .out_fd = -1});
  free(argv);
  if (r.status == 0)
    return pcln_add_section(out);
  if (r.status > 0)
    return r.status;
  return r.signal ? 128 + r.signal : 1;
}

// Joins objects into one relocatable object, out (cc -r: ld's partial
// link), so a package emitted in parts is still one object in the cache;
// then the symbols in locals, local to the package's module before it was
// split, are made local again (objcopy), so no other package's can clash.
int join_objects(Vec objs, const char *out, Vec locals) {
  const char **argv = xmalloc(sizeof(char *) * (objs.len + 8));
  int n = 0;
  argv[n++] = cc_program();
  argv[n++] = "-nostdlib";
  argv[n++] = "-r";
  argv[n++] = "-o";
  argv[n++] = out;
  for (int i = 0; i < objs.len; i++)
    argv[n++] = objs.data[i];
  argv[n] = NULL;
  ProcessResult r = process_run(&(Process){(char **)argv, .search_path = true, .out_fd = -1});
  free(argv);
  if (r.status != 0 || !locals.len)
    return r.status == 0 ? 0 : 1;
  Buf list = {0};
  for (int i = 0; i < locals.len; i++)
    buf_printf(&list, "%s\n", (char *)locals.data[i]);
  char *list_path = xfmt("%s.locals", out);
  int rc = write_file(list_path, list.data, list.len);
  char *opt = xfmt("--localize-symbols=%s", list_path);
  char *cp[] = {"objcopy", opt, (char *)out, NULL};
  if (rc == 0) {
    r = process_run(&(Process){cp, .search_path = true, .out_fd = -1});
    rc = r.status == 0 ? 0 : 1;
  }
  unlink(list_path);
  free(list.data);
  return rc;
}

// ---------------------------------------------------------------- link targets

// gc's linker refuses a program that calls a function declared without a
// body when nothing defines the symbol //go:linkname names for it. (A name
// without a dot is a C symbol: the runtime's, left to the system linker.)
typedef struct {
  IRVisitor v;
  Program *prog;
  Func *caller;
  Vec reported;   // "caller target" pairs already reported
} TargetWalk;

// gc's runtime functions that Go's library links by name and the C runtime
// defines under that name (runtime/gohooks.c).
static const char *const c_runtime_names[] = {"runtime.entersyscall", "runtime.exitsyscall",
                                              "runtime.nanotime"};

static bool defined_in(Program *prog, const char *lname) {
  for (size_t i = 0; i < sizeof c_runtime_names / sizeof c_runtime_names[0]; i++)
    if (!strcmp(c_runtime_names[i], lname))
      return true;
  for (int i = 0; i < prog->funcs.len; i++) {
    Func *f = prog->funcs.data[i];
    if ((f->body || f->from_export) && f->lname && !strcmp(f->lname, lname))
      return true;
  }
  return false;
}

static void target_stmt(IRVisitor *v, IRStmt *s, IRSlot at) { ir_stmt_children(s, v); }

static void target_expr(IRVisitor *v, IRExpr *e, IRSlot at) {
  TargetWalk *w = (TargetWalk *)v;
  Func *f = (e->kind == IR_CALL || e->kind == IR_FUNCVALUE || e->kind == IR_CALLVALUE) ? e->fn : NULL;
  if (f && !f->body && !f->from_export && f->lname && strchr(f->lname, '.') &&
      !defined_in(w->prog, f->lname) && !codegen_defines_bodyless(f->lname)) {
    char *pair = xfmt("%s %s", w->caller->lname, f->lname);
    bool seen = false;
    for (int i = 0; i < w->reported.len && !seen; i++)
      seen = !strcmp(w->reported.data[i], pair);
    if (!seen) {
      vec_push(&w->reported, pair);
      error_at((Pos){0}, "%s: relocation target %s not defined", w->caller->lname, f->lname);
    }
  }
  ir_expr_children(e, v);
}

void check_link_targets(Program *prog) {
  TargetWalk w = {{target_expr, target_stmt}, prog, NULL, {0}};
  for (int i = 0; i < prog->funcs.len; i++) {
    w.caller = prog->funcs.data[i];
    if (w.caller->body)
      target_stmt(&w.v, w.caller->body, (IRSlot){IR_F_BODY, 0});
  }
  exit_if_errors();
}
