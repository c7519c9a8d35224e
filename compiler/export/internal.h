// internal.h — export data's two halves and what they share:
//   write.c   a checked, lowered, analysed package -> text (export_write)
//   read.c    text -> a Package and a Program of bodiless, tagged functions
//   values.c  the spelling of names, strings and exact constants both use
//   body_write.c, body_read.c   inlinable functions' bodies (their IR), after
//             the records read.c reads: an importer's inliner copies them
#ifndef ESCGO_EXPORT_INTERNAL_H
#define ESCGO_EXPORT_INTERNAL_H

#include "export.h"

enum { EXPORT_VERSION = 5 };

// write.c: the writer's state — types numbered as they are met.
typedef struct Writer {
  Package *pkg;
  Vec table;        // Type*, numbered from 1
  Type **slots;     // open addressing: Type* -> its number (table index + 1)
  int *numbers;
  int nslots;
  bool failed;      // a type export data cannot name (a local type): no export data
  Vec files;        // SrcFile*: the files of the parameters' positions, numbered from 1
} Writer;
void put_type(Writer *w, Buf *b, Type *t);   // " REF"
void put_word(Buf *b, const char *s);        // " WORD", "-" for none
bool exported_func(Func *f);                 // a function importers may call
// read.c: the reader's state and the helpers body_read.c shares.
typedef struct Reader {
  Package *pkg;
  Program *prog;
  Vec known;        // Package*: those loaded before, for `ext` types
  char **type_text; // type N's entry, by N (1..ntypes)
  Type **types;
  int ntypes;
  Vec funcs;        // Func*, in the order of their records
  const char *err;
  bool named_in_scope;  // the package is loaded: its named types are its scope's
  Vec pkg_vars;     // Var*: the known packages' variables, gathered at the first `@` (body_read.c)
  bool pkg_vars_made;
  SrcFile **files;  // the `files` table, by number (1..nfiles)
  int nfiles;
} Reader;
void bad(Reader *r, const char *what);        // the first error is kept
char *word(Reader *r, char **p);             // the next token ("-" at the end, an error)
long number(Reader *r, char **p);
char *name_or_null(Reader *r, char **p);     // "-" is NULL
Type *type_ref(Reader *r, char **p);
char **split_lines(char *text, int *n);      // in place; NULL-terminated
bool read_header(Reader *r, char **lines, int n, int *at);   // up to the records

// body_write.c: the inline bodies' section (after "end"): each function
// importers may inline, with its variables, sites and statements.
void put_inline_bodies(Writer *w, Buf *b, Program *prog);

// The predeclared types export data names instead of numbering (byte and
// rune keep their names, as messages print them); NULL-terminated.
typedef struct {
  const char *name;
  Type **type;
} Predeclared;
extern const Predeclared export_predeclared[];

// values.c
void put_quoted(Buf *b, const char *s, int64_t len);   // "..." with \xNN for the rest
void put_const(Buf *b, const Const *c);                // b:1 i:-12 f:1/3 s:"x" c:(re im)
// A line's next token (a quoted string unquoted; its length in *len), or
// NULL at the end of the line. *p advances past it.
char *next_token(char **p, int64_t *len);
Const *parse_const(char **p);                          // NULL if malformed

#endif
