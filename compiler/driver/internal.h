// internal.h — private interface of the driver (the escgo command):
//   main.c    the command line, build and run, the pipeline
//   test.c    escgo test: the test main, go test's output
//   link.c    the system C compiler as linker
// The driver is the only place that sees every pass's public header.
#ifndef ESCGO_DRIVER_INTERNAL_H
#define ESCGO_DRIVER_INTERNAL_H

#include "driver.h"
#include "syntax/syntax.h"
#include "check/check.h"
#include "ir/ir.h"
#include "lower/lower.h"
#include "escape/escape.h"
#include "codegen/codegen.h"

// link.c: links obj with the runtime archive rtlib and -lgc into the
// executable out, running the system C compiler with an argv (never a
// shell). asan: link with -fsanitize=address. Returns 0 on success (else
// has printed why).
int link_program(const char *obj, const char *out, const char *rtlib, bool asan);

// One build flag at argv[*i] (-O2, -gcflags, -escape=off, ...): parsed, or false.
bool cmd_build_flag(int argc, char **argv, int *i, const char *usage);
// FILES or one DIR as go test reads them: a directory's _test.go files included.
Vec cmd_input_files(Vec inputs, const char **pkgdir);
void cmd_set_header(const char *pkgdir);
char *cmd_abs_path(const char *p);
char *cmd_display_path(const char *p);
// The front end and analysis; hook (may be NULL) sees the parsed files first.
Program *cmd_compile(Vec paths, void (*hook)(Vec *files));
// Links prog into a private temporary directory; returns the executable.
const char *cmd_build_tmp(Program *prog, const char *name);
void cmd_remove_tmp(void);

int cmd_test(int argc, char **argv);
extern const char help_test[];

#endif
