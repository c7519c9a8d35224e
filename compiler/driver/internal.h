// internal.h — private interface of the driver (the escgo command):
//   main.c      dispatch: build, run, test, version, help
//   pipeline.c  compile(): the passes over one package, in order
//   build.c     escgo build and run: code generation, linking, the temporary directory
//   test.c      escgo test: the test main, go test's output
//   flags.c     build flags and -gcflags
//   load.c      which files make the package; reading them
//   output.c    writing -o safely
//   paths.c     file paths as the go tool spells them
//   process.c   running another program (the linker, the built program)
//   link.c      the system C compiler as linker
//   timing.c    -d=time
//   help.c      escgo help, escgo version, usage lines
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

// pipeline.c: the passes over the package made of paths, up to code
// generation; exits on errors. after_parse (may be NULL) sees the parsed
// files first (escgo test adds its test main there).
Program *compile(Vec paths, bool must_be_main, void (*after_parse)(Vec *files));

// build.c
int cmd_build(int argc, char **argv);
int cmd_run(int argc, char **argv);
void set_header(const char *pkgdir);          // "# _/abs/dir" for a package given as a DIR
char *default_output(Vec paths, const char *pkgdir);
// A private temporary directory for this build, removed at exit or on a
// fatal signal; generate() writes the program (or .ll) there.
void make_tmp_dir(const char *prog_name);
void remove_tmp(void);
const char *generate(Program *prog);           // codegen and link: the file's path

// output.c: -o, safely (a temporary file renamed into place; write errors
// reported; a Go source file is never overwritten).
void check_output_path(const char *out, Vec inputs);
void install_output(const char *from, const char *out, bool executable);

// test.c
int cmd_test(int argc, char **argv);
extern const char help_test[];

// flags.c: the command line after the subcommand.
typedef struct {
  const char *out;     // -o
  Vec inputs;          // FILES.go or one DIR
  char **prog_args;    // run: the program's arguments
  int nprog_args;
} Options;
// One build flag at argv[*i] (-O2, -gcflags, -escape=off, ...): parsed into
// o and flags, or false if argv[*i] is not one.
bool parse_build_flag(int argc, char **argv, int *i, Options *o, bool is_run, const char *usage);
void parse_command_line(int argc, char **argv, Options *o, bool is_run, const char *usage);

// load.c
// FILES or one DIR as go build reads them (with_tests: and go test).
Vec input_files(Vec inputs, const char **pkgdir, bool with_tests);
SrcFile *read_source(const char *path);

// paths.c
char *clean_abs(const char *p);
char *abs_path(const char *p);
const char *base_name(const char *p);
char *dir_name(const char *p);                // Go's filepath.Dir ("." for none)
char *display_path(const char *path);         // gc's spelling of a file in diagnostics
bool has_suffix(const char *s, const char *suf);
bool is_dir(const char *p);

// process.c: runs argv (never through a shell) and waits for it.
typedef struct {
  char **argv;         // NULL-terminated; argv[0] is the program
  bool search_path;    // a tool found in PATH (execvp); else argv[0] is run as given
  int out_fd;          // >= 0: the program's stdout and stderr go there; -1: inherited
  bool foreground;     // the user's program: ^C and ^\ go to it, SIGTERM is passed on
} Process;
typedef struct {
  int status;          // its exit status; -1 if it did not exit (signal) or did not start
  int signal;          // the signal that ended it, or 0
} ProcessResult;
ProcessResult process_run(const Process *p);
void process_forward_signal(int sig);         // to the foreground program, if any

// link.c: links obj with the runtime archive rtlib and -lgc into the
// executable out. asan: link with -fsanitize=address. Returns 0 on success
// (else has printed why).
int link_program(const char *obj, const char *out, const char *rtlib, bool asan);
void check_link_targets(Program *prog);   // gc's "relocation target X not defined"

// timing.c: -d=time (process-wide, like gc's base.Timer)
void timing_enable(void);
bool timing_enabled(void);
void timing_start(void);                      // the front end starts
void timing_file(double read, double parse, long lines);
void timing_parsed(void);                     // every file is parsed
void time_phase(const char *phase);           // the phase named ends, the next starts
void time_front_end(void);                    // prints the front end's total and speed
double now_sec(void);
extern void (*codegen_phase_hook)(const char *phase);   // codegen/: called between its phases

// help.c
extern const char build_usage[], run_usage[], help_main[];
_Noreturn void usage_exit(const char *usage);
int cmd_version(void);
int cmd_help(int argc, char **argv);

#endif
