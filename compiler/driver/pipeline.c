// pipeline.c — the passes, in order, over one package: compile() is the
// whole front end and analysis; build.c adds code generation and linking.
#include "internal.h"

#include <llvm-c/Support.h>
#include <stdlib.h>
#include <string.h>

static void dump_tokens(FILE *out, SrcFile *f, TokenList *toks) {
  for (int i = 0; i < toks->ntoks; i++) {
    Token *t = &toks->toks[i];
    fprintf(out, "%s:%d:%d\t%s\t", f->display, t->pos.line, t->pos.col, tok_name(t->kind));
    if (t->kind == T_SEMICOLON && t->auto_semi)
      fputs(t->text ? (t->text[0] == '\n' ? "newline" : t->text) : "", out);
    else if (t->text)
      fwrite(t->text, 1, t->len, out);
    fputc('\n', out);
  }
}

// Lexes and parses every file; returns the N_FILE nodes.
Vec parse_sources(Vec srcs) {
  Vec files = {0};
  for (int i = 0; i < srcs.len; i++) {
    bool timed = timing_enabled();
    SrcFile *f = VEC_AT(srcs, i);
    if (flags.dump_tokens) {
      TokenList toks = lex_file(f);
      dump_tokens(stdout, f, &toks);
    }
    double t2 = timed ? now_sec() : 0;
    Node *file = parse_file(f);   // the parser pulls tokens from the lexer
    if (timed) {
      long lines = 0;
      for (size_t k = 0; k < f->len; k++)
        lines += f->src[k] == '\n';
      timing_file(0, now_sec() - t2, lines);
    }
    if (flags.dump_ast && file)
      dump_ast(stdout, file, 0);
    if (file)
      vec_push(&files, file);
  }
  fflush(stdout);
  return files;
}

// go build's check that the files form one package:
// "found packages main (a.go) and foo (b.go) in DIR".
static char *package_name(Vec files) {
  Node *first = NULL;
  for (int i = 0; i < files.len; i++) {
    Node *f = VEC_AT(files, i);
    if (!f->name)
      continue;
    if (!first) {
      first = f;
    } else if (strcmp(first->name, f->name)) {
      fprintf(stderr, "found packages %s (%s) and %s (%s) in %s\n", first->name,
              base_name(nx(first)->file->path), f->name, base_name(nx(f)->file->path),
              abs_path(dir_name(nx(f)->file->path)));
      exit(1);
    }
  }
  return first ? first->name : NULL;
}

// -asan: AddressSanitizer with stack-use-after-return detection always on,
// so a stack object used after its function returned is reported at once
// (the soundness check for escape analysis; see -d=forcestack).
static void configure_asan(void) {
  static bool done;
  if (!flags.asan || done)
    return;
  done = true;
  const char *argv[] = {"escgo", "-asan-use-after-return=always"};
  LLVMParseCommandLineOptions(2, argv, NULL);
}

// The package the parsed files declare, checked as go build checks it.
static char *package_of(Vec files, bool must_be_main) {
  char *name = package_name(files);
  // Like gc: syntax errors stop here; other lexical errors ("comment not
  // terminated", "invalid NUL character") still let the checker run.
  if (diag_syntax_errors || !files.len)
    exit_if_errors();
  if (must_be_main && name && strcmp(name, "main")) {
    fprintf(stderr, "package %s is not a main package\n", diag_header + 2);   // "# path"
    exit(1);
  }
  return name ? name : "main";
}

// -d=ir=PASS: the IR as PASS left it, headed by the pass's name when more
// than one pass is dumped.
static void dump_after(unsigned pass, const char *name, Program *prog) {
  if (!(flags.dump_ir & pass))
    return;
  if (flags.dump_ir & ~pass)
    printf("# -d=ir=%s\n", name);
  dump_ir(stdout, prog);
  fflush(stdout);
}

// The passes over one package, in order, up to (not including) code
// generation, which build.c's generate() adds: codegen_program, then
// link_program. Each pass stops the build on errors; -d=time times each.
// The packages it imports were compiled before it (packages.c's order).
void compile_package(LoadedPkg *lp, bool must_be_main, void (*after_parse)(Vec *files)) {
  configure_asan();
  gcflags_select(lp);
  bool logging = optlog_begin(lp);   // -json=0,DIR, escgo explain
  diag_set_header(lp->header);
  diag_set_package_dir(lp->dir, lp->dir ? short_dir(lp->dir) : NULL, goroot());
  full_parse(lp);                                       // (a standard package's past its imports)
  diag_put(lp->pending);
  Vec files = lp->parsed;                               // syntax/ (packages.c parsed them)
  if (after_parse)
    after_parse(&files);
  Package *pkg = xmalloc(sizeof(Package));
  *pkg = (Package){.name = package_of(files, must_be_main), .files = files, .path = lp->path};
  if (!strcmp(pkg->name, "main"))
    pkg->path = "main";   // gc's symbol prefix of package main, whatever its import path
  for (int i = 0; i < lp->imports.len; i++)
    vec_push(&pkg->imports, ((LoadedPkg *)lp->imports.data[i])->pkg);
  check_package(pkg);                                   // check/
  exit_if_errors();
  time_phase("check");
  Program *prog = lower_package(pkg);                   // lower/
  exit_if_errors();
  time_phase("lower");
  dump_after(DUMP_AFTER_LOWER, "lower", prog);
  time_front_end();
  inline_package(prog);                                 // inline/
  notes_flush(prog->funcs.data, prog->funcs.len);       // devirtualizing lines, gc's next pass
  dump_after(DUMP_AFTER_INLINE, "inline", prog);
  escape_analyze(prog);                                 // escape/
  exit_if_errors();
  note_bounded_indexes(prog);                           // lower/bounds.c: gc's walk's -m lines
  time_phase("escape");
  if (logging)
    optlog_end(lp, pkg);
  dump_after(DUMP_AFTER_ESCAPE, "escape", prog);
  if (flags.dump_export) {   // what importers will read of it (build cache: KEY.x)
    char *data = export_write(pkg, prog);
    fputs(data ? data : "(no export data: its API uses a type declared in a function)\n", stdout);
    fflush(stdout);
  }
  lp->pkg = pkg;
  lp->prog = prog;
  if (!flags.no_inline && strcmp(pkg->name, "main")) {
    lp->export_data = export_write(pkg, prog);
    if (lp->export_data)
      read_inline_bodies(lp, lp->export_data);
  }
  gcflags_restore();
}

static void add_imports(LoadedPkg *p, Vec *out) {
  for (int i = 0; i < p->imports.len; i++) {
    LoadedPkg *q = p->imports.data[i];
    bool seen = false;
    for (int k = 0; k < out->len && !seen; k++)
      seen = out->data[k] == q->pkg;
    if (!seen && q->pkg) {
      add_imports(q, out);
      vec_push(out, q->pkg);
    }
  }
}

// The inline bodies of p's export data, read back as its importers see
// them, whether p was compiled here or read from the build cache (so what
// an importer inlines cannot depend on which). false: malformed.
bool read_inline_bodies(LoadedPkg *p, const char *data) {
  Vec known = {0};
  add_imports(p, &known);
  char *err = NULL;
  bool ok = export_read_inline(data, p->pkg, p->prog, known, &err);
  free(known.data);
  if (!ok && flags.trace_cache)
    fprintf(stderr, "escgo: inline bodies of %s: %s\n", p->path, err);
  return ok;
}

// Marks the packages p needs (p itself included).
static void mark_needed(LoadedPkg *p) {
  if (p->mark == 3)
    return;
  p->mark = 3;
  for (int i = 0; i < p->imports.len; i++)
    mark_needed(p->imports.data[i]);
}

Program *program_of(LoadedPkg *p, Vec order) {
  for (int i = 0; i < order.len; i++)
    ((LoadedPkg *)order.data[i])->mark = 2;
  mark_needed(p);
  Vec progs = {0};
  for (int i = 0; i < order.len; i++) {
    LoadedPkg *q = order.data[i];
    if (q->mark == 3)
      vec_push(&progs, q->prog);
  }
  return program_link(progs, p->prog);
}
