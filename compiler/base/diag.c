// diag.c — compile diagnostics in gc's format: "./file.go:LINE:COL: message".
//
// Errors are collected and printed sorted by position when the pass ends, as
// gc does; after the 10th, "too many errors" (at the 10th's position) and exit 1.
// -m notes are printed at once, in the order the analysis emits them.
#include "base.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

int diag_errors;
int diag_syntax_errors;
jmp_buf *diag_jmp;
jmp_buf *diag_recover;
Flags flags = {.opt_level = 2};
const char *diag_header = "# command-line-arguments";

typedef struct {
  Pos pos;
  char *msg;
  int seq;
} Diag;

static Diag *errs;
static int nerrs, caperrs;
static bool header_done;

static void print_header(void) {
  if (!header_done && diag_header) {
    fprintf(stderr, "%s\n", diag_header);
    header_done = true;
  }
}

void diag_set_header(const char *h) {
  diag_header = h;
  header_done = false;
}

Buf *diag_capture;

// Every diagnostic line goes out here: to stderr, and to the build cache's
// copy while one is being taken.
static void emit(const char *text) {
  fputs(text, stderr);
  if (diag_capture)
    buf_puts(diag_capture, text);
}

// gc keeps a column in 8 bits (cmd/internal/src): 255 and beyond mean
// "unknown", and its positions then print without one.
enum { COL_MAX = 255 };

static int gc_col(Pos p) { return p.col < COL_MAX ? p.col : COL_MAX; }

static const char *pkg_dir_abs, *pkg_dir_shown, *goroot_src;

void diag_set_package_dir(const char *abs, const char *shown, const char *goroot) {
  pkg_dir_abs = abs;
  pkg_dir_shown = shown;
  goroot_src = goroot ? xfmt("%s/src/", goroot) : NULL;
}

// The go command shows a compiler's output with the package's directory
// written short (/work/m/stack/stack.go, seen compiling /work/m, is
// ./stack/stack.go) and Go's tree as $GOROOT. Other absolute paths stay.
static const char *file_shown(SrcFile *f) {
  if (!f->dir || !pkg_dir_abs || !strcmp(f->dir, pkg_dir_abs))
    return f->display;
  const char *base = strrchr(f->path, '/') ? strrchr(f->path, '/') + 1 : f->path;
  char *abs = xfmt("%s/%s", f->dir, base);
  size_t n = strlen(pkg_dir_abs);
  if (!strncmp(abs, pkg_dir_abs, n) && abs[n] == '/')
    return xfmt("%s%s", pkg_dir_shown, abs + n);
  if (goroot_src && !strncmp(abs, goroot_src, strlen(goroot_src)))
    return xfmt("$GOROOT/src/%s", abs + strlen(goroot_src));
  return abs;
}

char *pos_text(Pos p) {
  if (p.col > 0 && p.col < COL_MAX)
    return xfmt("%s:%d:%d", file_shown(p.file), p.line, p.col);
  return xfmt("%s:%d", file_shown(p.file), p.line);
}

static void print_at(Pos pos, const char *msg) {
  char *where = pos.file ? pos_text(pos) : NULL;
  char *line = where ? xfmt("%s: %s\n", where, msg) : xfmt("%s\n", msg);
  free(where);
  emit(line);
  free(line);
}

void diag_replay(const char *text) {
  if (!*text)
    return;
  print_header();
  emit(text);
}

void error_at(Pos pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *msg = NULL;
  if (vasprintf(&msg, fmt, ap) < 0)
    msg = "out of memory";
  va_end(ap);
  // Identical duplicates (same place, same words) are reported once, as gc does.
  for (int i = nerrs - 1; i >= 0 && i >= nerrs - 4; i--)
    if (errs[i].pos.file == pos.file && errs[i].pos.line == pos.line &&
        errs[i].pos.col == pos.col && !strcmp(errs[i].msg, msg))
      return;
  if (nerrs == caperrs) {
    caperrs = caperrs ? caperrs * 2 : 16;
    errs = xrealloc(errs, sizeof(Diag) * caperrs);
  }
  if (!strncmp(msg, "syntax error", 12))
    diag_syntax_errors++;
  errs[nerrs] = (Diag){pos, msg, nerrs};
  nerrs++;
  diag_errors++;
  if (nerrs >= 10000) // a pathological input: stop collecting
    exit_if_errors();
}

static int file_order(SrcFile *f) {
  // Files are compared by display name; NULL (no position) sorts first.
  return f ? 1 : 0;
}

static int cmp_diag(const void *a, const void *b) {
  const Diag *x = a, *y = b;
  int fx = file_order(x->pos.file), fy = file_order(y->pos.file);
  if (fx != fy)
    return fx - fy;
  if (x->pos.file && y->pos.file && x->pos.file != y->pos.file) {
    int c = strcmp(x->pos.file->display, y->pos.file->display);
    if (c)
      return c;
  }
  if (x->pos.line != y->pos.line)
    return x->pos.line - y->pos.line;
  if (gc_col(x->pos) != gc_col(y->pos))
    return gc_col(x->pos) - gc_col(y->pos);
  return x->seq - y->seq;
}

bool diag_quiet;

bool note_hidden_at(Pos pos) { return pos.file && pos.file->generated; }

void note_at(Pos pos, const char *fmt, ...) {
  if (note_hidden_at(pos))
    return;
  va_list ap;
  va_start(ap, fmt);
  char *msg = NULL;
  if (vasprintf(&msg, fmt, ap) < 0)
    msg = xstrdup("out of memory");
  va_end(ap);
  logopt_note(pos, msg);
  if (!diag_quiet) {
    print_header();
    print_at(pos, msg);
  }
  free(msg);
}

typedef struct {
  const void *owner;
  Pos pos;
  char *msg;
} LaterNote;

static LaterNote *later;
static int nlater, caplater;

void note_later(const void *owner, Pos pos, const char *fmt, ...) {
  if (note_hidden_at(pos))
    return;
  va_list ap;
  va_start(ap, fmt);
  char *msg = NULL;
  int ok = vasprintf(&msg, fmt, ap) >= 0;
  va_end(ap);
  if (!ok)
    return;
  if (nlater == caplater) {
    caplater = caplater ? caplater * 2 : 16;
    later = xrealloc(later, sizeof(LaterNote) * caplater);
  }
  later[nlater++] = (LaterNote){owner, pos, msg};
}

static void print_later(int i) {
  print_header();
  print_at(later[i].pos, later[i].msg);
  free(later[i].msg);
  later[i].msg = NULL;
}

void notes_flush(void *const *owners, int nowners) {
  for (int k = 0; k < nowners; k++)
    for (int i = 0; i < nlater; i++)
      if (later[i].msg && later[i].owner == owners[k])
        print_later(i);
  for (int i = 0; i < nlater; i++)
    if (later[i].msg)
      print_later(i);
  nlater = 0;
}

void exit_if_errors(void) {
  if (!nerrs)
    return;
  if (diag_jmp) {  // fuzzing: forget the errors and unwind to the fuzz target
    nerrs = 0;
    diag_errors = 0;
    diag_syntax_errors = 0;
    longjmp(*diag_jmp, 1);
  }
  qsort(errs, nerrs, sizeof(Diag), cmp_diag);
  print_header();
  for (int i = 0; i < nerrs && i < 10; i++)
    print_at(errs[i].pos, errs[i].msg);
  if (nerrs >= 10) { // gc says so once the 10th error arrives
    Pos p = errs[9].pos;
    print_at(p, "too many errors");
  }
  fflush(stderr);
  if (diag_recover) {
    nerrs = 0;
    diag_errors = 0;
    diag_syntax_errors = 0;
    longjmp(*diag_recover, 1);
  }
  exit(1);
}

struct DiagList {
  Diag *errs;
  int n, syntax;
};

DiagList *diag_take(void) {
  if (!nerrs)
    return NULL;
  DiagList *l = xmalloc(sizeof *l);
  *l = (DiagList){errs, nerrs, diag_syntax_errors};
  errs = NULL;
  nerrs = caperrs = 0;
  diag_errors = 0;
  diag_syntax_errors = 0;
  return l;
}

void diag_put(DiagList *l) {
  if (!l)
    return;
  for (int i = 0; i < l->n; i++) {
    if (nerrs == caperrs) {
      caperrs = caperrs ? caperrs * 2 : 16;
      errs = xrealloc(errs, sizeof(Diag) * caperrs);
    }
    errs[nerrs] = l->errs[i];
    errs[nerrs].seq = nerrs;
    nerrs++;
    diag_errors++;
  }
  diag_syntax_errors += l->syntax;
}

void ice(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "escgo: internal compiler error: ");
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  exit(3);
}

// ---------------------------------------------------------------- test hooks
// Unit tests inspect the collected errors instead of exiting.
int diag_count(void) { return nerrs; }
const char *diag_message(int i) { return i >= 0 && i < nerrs ? errs[i].msg : NULL; }
Pos diag_pos(int i) { return i >= 0 && i < nerrs ? errs[i].pos : (Pos){0}; }
void diag_reset(void) {
  nerrs = 0;
  diag_errors = 0;
}

// A raw line of -m=2 explanation (gc prints those without going through its
// error list), after the package header like every diagnostic.
void diag_raw(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *text = NULL;
  if (vasprintf(&text, fmt, ap) < 0)
    text = NULL;
  va_end(ap);
  if (!diag_quiet) {
    print_header();
    emit(text ? text : "out of memory\n");
  }
  free(text);
}
