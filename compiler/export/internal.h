// internal.h — export data's two halves and what they share:
//   write.c   a checked, lowered, analysed package -> text (export_write)
//   read.c    text -> a Package and a Program of bodiless, tagged functions
//   values.c  the spelling of names, strings and exact constants both use
#ifndef ESCGO_EXPORT_INTERNAL_H
#define ESCGO_EXPORT_INTERNAL_H

#include "export.h"

enum { EXPORT_VERSION = 2 };

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
