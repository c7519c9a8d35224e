// internal.h — private interface of the driver (the escgo command):
//   main.c      dispatch: build, run, test, version, help
//   pipeline.c  compile(): the passes over one package, in order
//   build.c     escgo build and run: code generation, linking, the temporary directory
//   test.c      escgo test: the test main, go test's output
//   flags.c     build flags and -gcflags
//   load.c      a FILES.go list's checks; reading a file
//   packages.c  package loading: go.mod, patterns, imports, dependency order
//   goroot.c    where Go's standard library source is
//   buildtags.c which files a directory builds for linux/amd64
//   output.c    writing -o safely
//   paths.c     file paths as the go tool spells them
//   process.c   running another program (the linker, the built program)
//   link.c      the system C compiler as linker
//   pcln.c      the frame table written into the linked program
//   timing.c    -d=time
//   help.c      escgo help, escgo version, usage lines
// The driver is the only place that sees every pass's public header.
#ifndef ESCGO_DRIVER_INTERNAL_H
#define ESCGO_DRIVER_INTERNAL_H

#include "driver.h"

#include <sys/types.h>
#include "syntax/syntax.h"
#include "check/check.h"
#include "ir/ir.h"
#include "lower/lower.h"
#include "inline/inline.h"
#include "escape/escape.h"
#include "export/export.h"
#include "codegen/codegen.h"

// packages.c: a package as the go command loads it.
typedef struct LoadedPkg {
  char *path;          // import path ("example.com/m/geom", "command-line-arguments", "_/abs/dir")
  char *dir;           // its directory, absolute
  char *header;        // "# path": printed before its diagnostics
  Vec files;           // SrcFile*: the files go build compiles here
  Vec test_files;      // SrcFile*: its _test.go files
  Vec parsed;          // N_FILE of files (and test_files when with_tests)
  Vec imports;         // LoadedPkg*: the Go packages it imports (not the runtime's)
  bool target;         // named on the command line
  bool with_tests;     // escgo test: compiled with its _test.go files
  bool from_files;     // FILES.go on the command line
  bool std;            // a standard package compiled from GOROOT/src (goroot.c)
  Node *asm_func;      // std: a function it leaves to Go's assembly (none: NULL)
  bool imports_only;   // std: parsed up to its imports (parse_loaded); full_parse before compiling
  int mark;            // dependency order: 0 new, 1 on the current path, 2 placed
  DiagList *pending;   // errors found while parsing, reported when it compiles
  const char *key;     // cache.c: the build cache's key of its object code
  bool failed;         // did not compile (escgo build ./... goes on with the others)
  Package *pkg;        // check's package, once compiled
  Program *prog;       // lowered and analysed (or read from export data: bodiless)
  const char *object;  // cache.c: its object file in the cache, once known
  bool linked;         // part of a program this build links: it needs object code
  bool from_export;    // read from the cache's export data (prog has no bodies)
  char *export_data;   // what export_write wrote for it (NULL: not written)
} LoadedPkg;
// The packages the arguments (patterns or FILES.go) name, in *targets, and
// the return value: those and every package they import, dependencies
// first. with_tests: FILES named _test.go are test files (escgo test).
Vec load_packages(Vec args, bool with_tests, Vec *targets);
void full_parse(LoadedPkg *p);   // a package parse_loaded read up to its imports: all of it
// escgo test: p with its _test.go files of its own package as a package of
// its own (variant), those of package NAME_test as the external test package
// (xtest, or NULL), and the dependency order of the test binary (ending with
// xtest, else variant) — or go's "import cycle not allowed in test" error.
typedef struct {
  LoadedPkg *variant, *xtest;
  Vec order;
  char *setup_error;
} TestPkgs;
void load_test_variant(LoadedPkg *p, TestPkgs *t);
char *executable_name(LoadedPkg *p);          // go build's default output name
// goroot.c: Go's own tree (GOROOT), whose src/ holds the standard packages
// escgo compiles from source; NULL if there is none.
const char *goroot(void);
// escgo's own files for standard package path (overlay/PATH), or NULL.
const char *std_overlay(const char *path);
const char *escgo_tree_path(const char *rel);   // REL under the escgo directory, or NULL
// cache.c: the build cache of packages' object code.
const char *cache_dir(void);                  // NULL: ESCGO_CACHE=off, or no home
bool cache_serves(Vec pkgs);                  // LoadedPkg*: has any of them a cache?
const char *cache_object(LoadedPkg *p);       // p's object file, from the cache or made now
const char *cache_link_id(Vec pkgs, const char *rtlib, const char *linker);   // gc's link action ID
bool cache_program_up_to_date(Vec pkgs, const char *rtlib, const char *out);   // (replays -m)
char *cache_memo_get(const char *name, const char *key);   // a remembered fact, or NULL
char *file_identity(const char *path);         // path, device, inode, size, mtime: a memo's key
void cache_memo_put(const char *name, const char *key, const char *value);
// Whether p's front end may be skipped: all of it (object, export data, the
// diagnostics its flags print) kept in the cache. cache_load_package loads it
// from there (known: the packages loaded so far), printing its diagnostics
// again; cache_store_package stores it after compile_package (diags: what it
// printed).
bool cache_front_end(LoadedPkg *p);
bool cache_load_package(LoadedPkg *p, Vec known);
void cache_store_package(LoadedPkg *p, Buf *diags);
int cmd_clean(int argc, char **argv);         // escgo clean -cache
int cmd_lab(int argc, char **argv);           // lab.c: escgo lab check
// buildtags.c: does go build compile this file for linux/amd64?
bool file_is_built(const char *path, const char *src, size_t len);
// pipeline.c: the passes over one package up to code generation, its
// diagnostics under its header; exits on errors. after_parse (may be NULL)
// sees the parsed files first (escgo test adds its test main there).
Vec parse_sources(Vec srcs);                  // SrcFile* -> N_FILE
void compile_package(LoadedPkg *p, bool must_be_main, void (*after_parse)(Vec *files));

// jsonlog.c: gc's -json=0,DIR optimisation log of the packages -gcflags select
extern bool explain_logging;    // escgo explain: log the named packages too
bool optlog_begin(LoadedPkg *lp);
void json_quote(Buf *b, const char *s);   // as Go's encoding/json writes a string
void optlog_end(LoadedPkg *lp, Package *pkg);
// explain.c: escgo explain (the explorer page)
void explain_collect(LoadedPkg *lp, Package *pkg);
int cmd_explain(int argc, char **argv);
extern const char help_explain[];
bool mkdir_p(const char *path);   // cache.c
// The inline bodies in p's export data given to the inliner (export_read_inline);
// false if they are malformed.
bool read_inline_bodies(LoadedPkg *p, const char *data);
// One program of main package p: every package it needs, in dependency
// order, as one Program for code generation.
Program *program_of(LoadedPkg *p, Vec order);

// build.c
int cmd_build(int argc, char **argv);
int cmd_run(int argc, char **argv);
// Loads and compiles what the command line names (see load_packages), in
// dependency order, which it returns; must_be_main and after_parse concern
// the targets only.
Vec compile_packages(Vec inputs, bool with_tests, Vec *targets, bool must_be_main,
                     void (*after_parse)(Vec *files));
// A private temporary directory for this build, removed at exit or on a
// fatal signal; generate() writes the program (or .ll) there.
void make_tmp_dir(const char *prog_name);
void remove_tmp(void);
// Package pkg's object code written to out, in parts (one process each)
// when its module is big enough to gain from it; 0 on success.
int emit_package_object(Program *pkg, const char *out);
// Codegen and link of main package p: the file's path; NULL when reuse (the
// output's path, or NULL) already holds this very program (gc's up-to-date target).
const char *generate(LoadedPkg *p, Vec order, const char *reuse);
const char *tmp_program(void);                 // ... that path, known before generate runs

// output.c: -o, safely (a temporary file renamed into place; write errors
// reported; a Go source file is never overwritten).
void check_output_path(const char *out, Vec inputs);
void install_output(const char *from, const char *out, bool executable);
bool has_build_id(const char *path, const char *id);   // an executable whose GNU build ID is id (hex)
void touch_output(const char *out);                    // its time set to now, as go's reused target

// test.c
int cmd_test(int argc, char **argv);
// example.c: an example function's expected output (go/doc's "Output:"
// comment, the last in its body), NULL when it has none; unordered set for
// "Unordered output:".
char *example_output(Node *fd, SrcFile *f, bool *unordered);
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
// -gcflags apply to the packages their pattern selects: gcflags_select
// sets p's compiler flags, gcflags_restore the command line's again.
void gcflags_select(LoadedPkg *p);
bool gcflags_name(LoadedPkg *p);   // does some -gcflags pattern select p?
void gcflags_restore(void);

// load.c
Vec checked_file_list(Vec inputs);            // FILES.go: go build's checks, then the list
SrcFile *read_source(const char *path);

// paths.c
char *clean_abs(const char *p);
char *abs_path(const char *p);
const char *base_name(const char *p);
char *short_dir(const char *absdir);             // as go shows it: "." or "stack" or absolute
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
ProcessResult process_wait(pid_t pid);
pid_t process_fork(void);                     // 0 in the child; the child ends with _exit
void process_forward_signal(int sig);         // to the foreground program, if any

// link.c: links objs with the runtime archive rtlib and -lgc into the
// executable out. asan: link with -fsanitize=address. Returns 0 on success
// (else has printed why).
const char *cc_program(void);   // the C compiler that links: $CC or cc
int link_program(const char *obj, const char *out, const char *rtlib, bool asan);   // one object
int link_objects(Vec objs, const char *out, const char *rtlib, bool asan, const char *build_id);
int join_objects(Vec objs, const char *out, Vec locals);   // into one relocatable object

// pcln.c: the executable's frame table, as its section .escgo_pcln
int pcln_add_section(const char *exe);
void check_link_targets(Program *prog);   // gc's "relocation target X not defined"

// timing.c: -d=time (process-wide, like gc's base.Timer)
void timing_enable(void);
bool timing_enabled(void);
void timing_start(void);                      // the front end starts
void timing_file(double read, double parse, long lines);
void timing_parsed(void);                     // every file is parsed
void time_phase(const char *phase);           // the phase named ends, the next starts
void time_front_end(void);                    // prints the front end's total and speed
void timing_part(int part, bool child);       // phases of one part of the code (-1: all)
double now_sec(void);
extern void (*codegen_phase_hook)(const char *phase);   // codegen/: called between its phases

// help.c
extern const char build_usage[], run_usage[], help_main[];
_Noreturn void usage_exit(const char *usage);
int cmd_version(void);
int cmd_help(int argc, char **argv);

#endif
