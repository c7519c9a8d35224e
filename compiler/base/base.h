// base.h — what every pass of the compiler shares, like gc's cmd/compile/internal/base:
// memory (arenas, growable arrays and buffers), positions and diagnostics
// (gc's "file:line:col: message", sorted, at most 10), and the flags.
// Nothing here knows about Go syntax, types or the IR.
#ifndef ESCGO_BASE_H
#define ESCGO_BASE_H

#include <setjmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

// ---------------------------------------------------------------- util.c
void *xmalloc(size_t n);             // zeroed; exits on OOM
void *xrealloc(void *p, size_t n);
// Zeroed memory that is never freed (AST/IR nodes, types, objects): cheap.
void *arena_alloc(size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xfmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

// A growable array of pointers: Vec v = {0}; vec_push(&v, p);
typedef struct {
  void **data;
  int len, cap;
} Vec;
void vec_push(Vec *v, void *p);
#define VEC_AT(v, i) ((v).data[i])

// A growable byte buffer.
typedef struct {
  char *data;
  size_t len, cap;
} Buf;
void buf_putc(Buf *b, int c);
void buf_puts(Buf *b, const char *s);
void buf_putn(Buf *b, const char *s, size_t n);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *buf_cstr(Buf *b);              // NUL-terminates and returns data

// Files: 0 or an errno. Every write and the close are checked.
int write_all(int fd, const void *data, size_t n);
int write_file(const char *path, const void *data, size_t n);
char *go_strerror(int err);          // strerror in Go's words: "no space left on device"

// The C stack the compiler runs on (driver/main.c starts a thread with a large one);
// 0 means the process's ordinary stack (see RLIMIT_STACK).
extern size_t escgo_stack_size;

// ---------------------------------------------------------------- diag.c
// A source position: 1-based line, 1-based byte column (gc's rules).
typedef struct SrcFile {
  char *path;        // as given on the command line
  char *display;     // as gc prints it: "./main.go" for a relative "main.go"
  char *dir;         // its directory, absolute (NULL: not a package's file)
  char *src;         // contents, NUL-terminated (may contain NULs inside: use len)
  size_t len;
  bool std;          // a standard package's file (GOROOT or overlay): gc's std-only directives allowed
  // escgo test's generated test main: go test's is a package of its own,
  // compiled without the tested package's -gcflags, so no -m note is
  // printed at its positions (errors still are).
  bool generated;
} SrcFile;

typedef struct {
  SrcFile *file;
  int line, col;
} Pos;

char *pos_text(Pos p);             // "file:line:col" as gc prints it (no column past 254)
extern int diag_errors;              // number of errors reported so far
extern int diag_syntax_errors;       // of which "syntax error: ..." (they stop compilation)
extern const char *diag_header;      // "# command-line-arguments", printed before the first line
// The directory of the package being compiled, absolute and as gc prints it
// ("." or "stack"), and GOROOT: a position in another package's file (an
// instance of its generic) prints as the go command prints it.
void diag_set_package_dir(const char *abs, const char *shown, const char *goroot);
void diag_set_header(const char *h);  // the next package's "# import/path" (printed once, when needed)
// Records an error "FILE:LINE:COL: message". Errors are printed sorted by
// position by exit_if_errors(), at most 10, then "too many errors" (gc's behaviour).
void error_at(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
// Whether -m notes at pos are left out: escgo test's generated test main
// (SrcFile.generated). note_at and note_later ask; so does -m=2's report.
bool note_hidden_at(Pos pos);
// Prints an informational line (used by -m) "FILE:LINE:COL: message" to stderr.
void note_at(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
// gc prints some -m lines in a later pass than escgo finds them (devirtualizing
// runs after inlining): note_later keeps such a line, tagged with what it
// belongs to (a Func); notes_flush prints the kept lines, those of owners[0]
// first, then owners[1]'s..., each owner's in the order they came, then any
// whose owner is not listed.
void note_later(const void *owner, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void notes_flush(void *const *owners, int nowners);
// Prints a raw line (no position prefix added) after the package header.
void diag_raw(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
// While set, note_at and diag_raw print nothing (the -m=2 analysis runs for
// the optimisation log or the explorer, not for the terminal).
extern bool diag_quiet;

// ---------------------------------------------------------------- logopt.c
// The optimisation log (gc's logopt): decisions as data, for -json=0,DIR
// and escgo explain. An entry is gc's code, position and message, with the
// explanation steps -m=2 prints ("escflow:    flow: ...") for escape decisions.
typedef struct {
  Pos pos;
  char *msg;
} LogStep;
typedef struct {
  const char *code;   // "escape", "leak", ...; NULL for a kept -m line
  Pos pos;
  char *msg;
  LogStep *steps;
  int nsteps;
  int seq;            // (sorting scratch)
} LogEntry;
extern bool logopt_enabled;      // collect entries (logopt_entry, logopt_step)
extern bool logopt_keep_notes;   // also keep every -m line note_at prints
void logopt_entry(const char *code, Pos pos, const char *msg);
void logopt_step(Pos pos, const char *msg);   // a step of the last entry's explanation
void logopt_note(Pos pos, const char *msg);
Vec logopt_entries(void);   // LogEntry *, in the order logged
Vec logopt_notes(void);     // the kept -m lines, in print order
void logopt_clear(void);

// The build cache keeps a package's diagnostics: while diag_capture is set,
// every line printed after the header is appended to it too; diag_replay
// prints such a copy again (header first, when there is anything).
extern Buf *diag_capture;
void diag_replay(const char *text);
// Prints the collected errors and exits 1 if there were any. Call after each pass.
void exit_if_errors(void);
// Internal compiler error: prints and exits 3. Never for user input.
_Noreturn void ice(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
// Fuzzing hook (tests/fuzz): when set, exit_if_errors() discards the errors
// and longjmps here with value 1 instead of printing and exiting.
extern jmp_buf *diag_jmp;
// Several packages (escgo build ./...): when set, exit_if_errors() prints
// the errors as usual, then longjmps here with value 1 so that the packages
// that do not depend on the broken one still compile.
extern jmp_buf *diag_recover;
// One package's errors kept aside while others compile (the loader parses
// every package first): diag_take moves the pending errors out, diag_put
// brings them back.
typedef struct DiagList DiagList;
DiagList *diag_take(void);
void diag_put(DiagList *l);
// Test hooks (unit tests): the errors collected so far, in report order.
int diag_count(void);
const char *diag_message(int i);
Pos diag_pos(int i);
void diag_reset(void);

// ---------------------------------------------------------------- flags (set by driver/, read by every pass)
// -d=ir=lower, -d=ir=inline, -d=ir=escape (plain -d=ir: after escape, what codegen reads).
enum { DUMP_AFTER_LOWER = 1, DUMP_AFTER_ESCAPE = 2, DUMP_AFTER_INLINE = 4 };

typedef struct Flags {
  int m;                 // -m level
  bool no_inline;        // -l
  bool no_inline_closures;   // -d=inlfuncswithclosures=0: a func literal makes its function not inlinable
  bool no_opt;           // -N
  bool small_frames;     // -smallframes: gc's smaller stack limits for variables
  bool dump_ast, dump_tokens;   // -d=ast, -d=tokens
  bool dump_export;             // -d=export: the package's export data (export/export.h)
  unsigned dump_ir;             // -d=ir=PASS: the DUMP_AFTER_* passes to dump the IR after
  bool escape_off;       // -escape=off
  int opt_level;         // -O0/-O1/-O2 (default 2)
  bool emit_llvm;
  bool asan;
  bool allocprof;        // -allocprof: count every heap allocation per site
  char *allocprof_file;  // -allocprof=FILE: the program also writes a pprof profile there
  char *forcestack;      // -d=forcestack=FILE:LINE
  bool test_main;        // escgo test: any package's func main is the entry (cmd_test.c)
  bool trace_cache;      // -d=cache: say where each package's object code comes from
  int cg_parts;          // -d=parts=N: optimise and emit a program's module in N parts (0: as worth)
  char *json_dir;        // -json=0,DIR: write gc's optimisation log under DIR (driver/jsonlog.c)
} Flags;
extern Flags flags;


#endif
