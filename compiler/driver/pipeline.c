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
static Vec parse_files(Vec paths) {
  Vec files = {0};
  for (int i = 0; i < paths.len; i++) {
    bool timed = timing_enabled();
    double t0 = timed ? now_sec() : 0;
    SrcFile *f = read_source(VEC_AT(paths, i));
    double t1 = timed ? now_sec() : 0;
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
      timing_file(t1 - t0, now_sec() - t2, lines);
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
    fprintf(stderr, "package %s is not a main package\n", diag_header + 2);
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
// after_parse (escgo test: adds the test main) may be NULL.
Program *compile(Vec paths, bool must_be_main, void (*after_parse)(Vec *files)) {
  configure_asan();
  timing_start();
  Vec files = parse_files(paths);                       // syntax/
  if (after_parse)
    after_parse(&files);
  timing_parsed();
  Package pkg = {.name = package_of(files, must_be_main), .files = files};
  check_package(&pkg);                                  // check/
  exit_if_errors();
  time_phase("check");
  Program *prog = lower_package(&pkg);                  // lower/
  exit_if_errors();
  time_phase("lower");
  dump_after(DUMP_AFTER_LOWER, "lower", prog);
  time_front_end();
  escape_analyze(prog);                                 // escape/
  exit_if_errors();
  time_phase("escape");
  dump_after(DUMP_AFTER_ESCAPE, "escape", prog);
  return prog;
}
