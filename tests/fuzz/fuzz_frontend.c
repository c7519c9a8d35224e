// fuzz_frontend.c — the front end (lex, parse, check) as a libFuzzer target.
//
// GUIDE §1: no input, however broken, makes escgo crash, assert or hang.
// Compile errors are the expected outcome for most inputs, so diag.c's
// diag_jmp hook turns exit_if_errors() into a longjmp back here instead of
// exit(1). An internal compiler error (ice, exit 3), a crash or a sanitizer
// report is a finding. scripts/fuzz.sh builds this with
// clang -fsanitize=fuzzer,address; tests/fuzz/replay.c runs the same
// function on corpus files in `make test`.
#include "check/check.h"

#include <string.h>

int escgo_fuzz_one(const uint8_t *data, size_t size);

// Runs one input through the front end. Returns 0 if it type-checks, 1 if
// it has compile errors.
int escgo_fuzz_one(const uint8_t *data, size_t size) {
  SrcFile *f = xmalloc(sizeof *f);
  f->path = "fuzz.go";
  f->display = "./fuzz.go";
  f->src = xmalloc(size + 1);  // NUL-terminated as read_source makes it
  memcpy(f->src, data, size);
  f->len = size;

  jmp_buf on_errors;
  diag_jmp = &on_errors;
  if (setjmp(on_errors)) {
    diag_jmp = NULL;
    return 1;
  }
  lex_file(f);   // the lexer alone, then again as the parser pulls tokens
  Node *file = parse_file(f);
  exit_if_errors();
  if (file) {
    Package pkg = {.name = file->name ? file->name : "main"};
    vec_push(&pkg.files, file);
    check_package(&pkg);
    exit_if_errors();
  }
  diag_jmp = NULL;
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  escgo_fuzz_one(data, size);
  return 0;
}
