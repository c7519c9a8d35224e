// cmd.h — what main.c (build, run) shares with cmd_test.c (escgo test).
#ifndef ESCGO_CMD_H
#define ESCGO_CMD_H

#include "escgo.h"
#include "ir.h"

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
