// load.c — a FILES.go command line as go build checks it, and reading a
// file (with go build's words).
#include "internal.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

// FILES.go as go build checks them: all .go files, in one directory, no
// name twice. Returns the list.
Vec checked_file_list(Vec inputs) {
  const char *first = VEC_AT(inputs, 0);
  char *dir0 = dir_name(first);
  for (int i = 0; i < inputs.len; i++) {
    const char *p = VEC_AT(inputs, i);
    if (!has_suffix(p, ".go") || is_dir(p)) {
      fprintf(stderr, "named files must be .go files: %s\n", p);
      exit(1);
    }
    char *d = dir_name(p);
    if (strcmp(abs_path(d), abs_path(dir0))) {
      fprintf(stderr, "named files must all be in one directory; have %s and %s\n", dir0, d);
      exit(1);
    }
    for (int j = 0; j < i; j++)
      if (!strcmp(base_name(VEC_AT(inputs, j)), base_name(p))) {
        fprintf(stderr, "package command-line-arguments: duplicate file name \"%s\"\n",
                base_name(p));
        exit(1);
      }
  }
  return inputs;
}

// Reads a whole file; Go's words on failure ("open x.go: no such file or directory").
SrcFile *read_source(const char *path) {
  FILE *fp = fopen(path, "rb");
  if (!fp) {
    fprintf(stderr, "open %s: %s\n", path, go_strerror(errno));
    exit(1);
  }
  Buf b = {0};
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
    buf_putn(&b, chunk, n);
  if (ferror(fp)) {
    fprintf(stderr, "read %s: %s\n", path, go_strerror(errno));
    exit(1);
  }
  fclose(fp);
  SrcFile *f = xmalloc(sizeof *f);
  f->len = b.len;
  f->src = buf_cstr(&b);  // NUL-terminated even when the file is empty
  f->path = xstrdup(path);
  f->display = display_path(path);
  f->dir = abs_path(dir_name(path));
  return f;
}
