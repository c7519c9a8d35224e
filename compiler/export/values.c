// values.c — how export data spells what is not a plain word: quoted
// strings (any bytes), and exact constants, kept exact (GMP's decimal
// integers and fractions), as gc's export data keeps them.
#include "internal.h"

#include <stdlib.h>
#include <string.h>

const Predeclared export_predeclared[] = {
    {"bool", &ty_bool}, {"int", &ty_int}, {"int8", &ty_int8}, {"int16", &ty_int16},
    {"int32", &ty_int32}, {"int64", &ty_int64}, {"uint", &ty_uint}, {"uint8", &ty_uint8},
    {"uint16", &ty_uint16}, {"uint32", &ty_uint32}, {"uint64", &ty_uint64},
    {"uintptr", &ty_uintptr}, {"float32", &ty_float32}, {"float64", &ty_float64},
    {"complex64", &ty_complex64}, {"complex128", &ty_complex128}, {"string", &ty_string},
    {"unsafe.Pointer", &ty_unsafeptr}, {"byte", &ty_byte}, {"rune", &ty_rune},
    {"error", &ty_error}, {"any", &ty_any}, {"invalid", &ty_invalid},
    {"untyped-bool", &ty_untyped_bool}, {"untyped-int", &ty_untyped_int},
    {"untyped-rune", &ty_untyped_rune}, {"untyped-float", &ty_untyped_float},
    {"untyped-complex", &ty_untyped_complex}, {"untyped-string", &ty_untyped_string},
    {"untyped-nil", &ty_untyped_nil}, {NULL, NULL},
};

void put_quoted(Buf *b, const char *s, int64_t len) {
  buf_putc(b, '"');
  for (int64_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\')
      buf_putc(b, c);
    else
      buf_printf(b, "\\x%02x", c);
  }
  buf_putc(b, '"');
}

static void put_number(Buf *b, const Const *c) {
  char *text = c->kind == CV_INT ? mpz_get_str(NULL, 10, c->i) : mpq_get_str(NULL, 10, c->f);
  buf_printf(b, "%s:%s", c->kind == CV_INT ? "i" : "f", text);
  free(text);
}

void put_const(Buf *b, const Const *c) {
  switch (c->kind) {
  case CV_BOOL: buf_printf(b, "b:%d", c->b); break;
  case CV_INT: case CV_FLOAT: put_number(b, c); break;
  case CV_STRING: buf_puts(b, "s:"); put_quoted(b, c->s, c->slen); break;
  case CV_COMPLEX:
    buf_puts(b, "c: ");
    put_number(b, c->re);
    buf_putc(b, ' ');
    put_number(b, c->im);
    break;
  }
}

static int hex(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return -1;
}

// Unquotes in place: the result is never longer than the text.
static char *unquote(char **p, int64_t *len) {
  char *s = *p + 1, *out = s, *w = s;
  while (*s && *s != '"') {
    if (*s == '\\' && s[1] == 'x' && hex(s[2]) >= 0 && hex(s[3]) >= 0) {
      *w++ = (char)(hex(s[2]) * 16 + hex(s[3]));
      s += 4;
    } else {
      *w++ = *s++;
    }
  }
  if (*s != '"')
    return NULL;
  *p = s + 1;
  if (len)
    *len = w - out;
  *w = 0;
  return out;
}

char *next_token(char **p, int64_t *len) {
  char *s = *p;
  while (*s == ' ')
    s++;
  if (!*s)
    return NULL;
  if (*s == '"' || (s[0] == 's' && s[1] == ':' && s[2] == '"')) {
    *p = s + (*s == '"' ? 0 : 2);
    return unquote(p, len);
  }
  char *start = s;
  while (*s && *s != ' ')
    s++;
  if (*s)
    *s++ = 0;
  *p = s;
  if (len)
    *len = (int64_t)strlen(start);
  return start;
}

static Const *parse_number(char *t) {
  if (!t || (t[0] != 'i' && t[0] != 'f') || t[1] != ':')
    return NULL;
  Const *c = t[0] == 'i' ? const_int64(0) : const_float(0);
  int bad = t[0] == 'i' ? mpz_set_str(c->i, t + 2, 10) : mpq_set_str(c->f, t + 2, 10);
  if (bad)
    return NULL;
  if (t[0] == 'f') {
    if (!mpz_sgn(mpq_denref(c->f)))
      return NULL;
    mpq_canonicalize(c->f);
  }
  return c;
}

Const *parse_const(char **p) {
  char *s = *p;
  while (*s == ' ')
    s++;
  if (!strncmp(s, "s:\"", 3)) {
    int64_t len;
    char *t = next_token(p, &len);
    return t ? const_string(t, len) : NULL;
  }
  char *t = next_token(p, NULL);
  if (!t)
    return NULL;
  if (!strcmp(t, "b:0") || !strcmp(t, "b:1"))
    return const_bool(t[2] == '1');
  if (!strcmp(t, "c:")) {
    Const *re = parse_number(next_token(p, NULL));
    Const *im = re ? parse_number(next_token(p, NULL)) : NULL;
    return im ? const_complex(re, im) : NULL;
  }
  return parse_number(t);
}
