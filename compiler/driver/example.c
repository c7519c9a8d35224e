// driver/example.c — the expected output of a test file's example function,
// as the go command finds it (go/doc's exampleOutput): the last comment
// group inside the function's body, if its text starts with "Output:" or
// "Unordered output:" (any case, after spaces). escgo's parser keeps no
// comments, so the body's source is read again here, between its braces.
#include "internal.h"

#include <ctype.h>
#include <string.h>

// The offset in f of line:col (both from 1).
static size_t offset_of(SrcFile *f, Pos p) {
  size_t off = 0;
  for (int line = 1; line < p.line && off < f->len; off++)
    if (f->src[off] == '\n')
      line++;
  return off + (size_t)(p.col - 1) < f->len ? off + (size_t)(p.col - 1) : f->len;
}

// Skips the string, raw string or rune literal starting at s[i]; returns
// the offset after it.
static size_t skip_literal(const char *s, size_t i, size_t end) {
  char q = s[i++];
  while (i < end && s[i] != q) {
    if (q != '`' && s[i] == '\\')
      i++;
    if (q != '`' && s[i] == '\n')
      break;   // (not a literal the parser accepted: stop at the line)
    i++;
  }
  return i + 1;
}

// go/ast's isDirective: a line comment's text "line ", "extern ",
// "export ", or a lower-case word and a colon followed by one more
// ("go:noinline", "nolint:x").
static bool is_directive(const char *c, size_t n) {
  if ((n >= 5 && !strncmp(c, "line ", 5)) || (n >= 7 && (!strncmp(c, "extern ", 7) ||
                                                         !strncmp(c, "export ", 7))))
    return true;
  size_t i = 0;
  while (i < n && (islower((unsigned char)c[i]) || isdigit((unsigned char)c[i])))
    i++;
  return i > 0 && i + 1 < n && c[i] == ':' &&
         (islower((unsigned char)c[i + 1]) || isdigit((unsigned char)c[i + 1]));
}

// go/ast's CommentGroup.Text of the comments [from, to): markers and the
// first space of a line comment removed, directives (//go:..., //line)
// left out, trailing blanks of each line trimmed, runs of empty lines made
// one, leading and trailing empty lines dropped, newline-terminated.
static char *group_text(const char *s, size_t from, size_t to) {
  Vec lines = {0};
  for (size_t i = from; i < to;) {
    if (s[i] != '/') {
      i++;
      continue;
    }
    size_t start = i + 2, stop;
    bool line_comment = s[i + 1] == '/';
    if (line_comment) {
      for (stop = start; stop < to && s[stop] != '\n'; stop++)
        ;
      i = stop;
      if (start < stop && s[start] == ' ')
        start++;   // (then never a directive: "// go:x" is text)
      else if (is_directive(s + start, stop - start))
        continue;
    } else {
      for (stop = start; stop + 1 < to && !(s[stop] == '*' && s[stop + 1] == '/'); stop++)
        ;
      i = stop + 2;
    }
    for (size_t a = start; a <= stop;) {   // one entry per line of the comment
      size_t b = a;
      while (b < stop && s[b] != '\n')
        b++;
      size_t e = b;
      while (e > a && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
        e--;
      vec_push(&lines, xstrndup(s + a, e - a));
      a = b + 1;
    }
  }
  Buf out = {0};
  bool pending_blank = false, any = false;
  for (int k = 0; k < lines.len; k++) {
    const char *l = lines.data[k];
    if (!*l) {
      pending_blank = any;
      continue;
    }
    if (pending_blank)
      buf_puts(&out, "\n");
    buf_printf(&out, "%s\n", l);
    pending_blank = false;
    any = true;
  }
  return xstrdup(buf_cstr(&out));
}

// The text after "[unordered ]output:" (case-insensitive, after spaces),
// without the spaces that follow it and one newline; NULL if it is not one.
static char *after_output_prefix(const char *text, bool *unordered) {
  const char *p = text;
  while (isspace((unsigned char)*p))
    p++;
  *unordered = !strncasecmp(p, "unordered ", 10);
  if (*unordered)
    p += 10;
  if (strncasecmp(p, "output:", 7))
    return NULL;
  p += 7;
  while (*p == ' ')
    p++;
  if (*p == '\n')
    p++;
  return xstrdup(p);
}

char *example_output(Node *fd, SrcFile *f, bool *unordered) {
  if (!fd->body || !f || !f->src)
    return NULL;
  const char *s = f->src;
  size_t i = offset_of(f, fd->body->pos) + 1, end = offset_of(f, nx(fd)->endpos);
  size_t group_from = 0, group_to = 0, last_from = 0, last_to = 0;
  // A comment after code on its line is a group of its own (go/parser's
  // line comment); one on the next lines starts another.
  bool in_group = false, code_on_line = false, line_group = false;
  while (i < end) {
    char c = s[i];
    if (c == '/' && i + 1 < end && (s[i + 1] == '/' || s[i + 1] == '*')) {
      // A comment: it joins the group unless code, or an empty line, came between.
      size_t start = i;
      if (code_on_line && !line_group) {
        in_group = false;
        line_group = true;
      }
      if (s[i + 1] == '/') {
        while (i < end && s[i] != '\n')
          i++;
      } else {
        i += 2;
        while (i + 1 < end && !(s[i] == '*' && s[i + 1] == '/'))
          i++;
        i += 2;
      }
      if (!in_group)
        group_from = start;
      group_to = i;
      in_group = true;
      last_from = group_from, last_to = group_to;
      continue;
    }
    if (c == '\n') {   // an empty line ends the group, as does the end of a line comment's line
      size_t j = i + 1;
      while (j < end && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
        j++;
      if ((j < end && s[j] == '\n') || line_group)
        in_group = false;
      code_on_line = line_group = false;
      i++;
      continue;
    }
    if (isspace((unsigned char)c)) {
      i++;
      continue;
    }
    in_group = false;   // code
    code_on_line = true;
    i = (c == '"' || c == '\'' || c == '`') ? skip_literal(s, i, end) : i + 1;
  }
  if (last_to <= last_from)
    return NULL;
  return after_output_prefix(group_text(s, last_from, last_to), unordered);
}
