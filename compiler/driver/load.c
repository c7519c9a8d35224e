// load.c — which files make the package, as go build picks them, and
// reading them (with go build's checks and words).
#include "internal.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

// The .go files of a directory as go build picks them: sorted, none
// starting with '.' or '_', no _test.go unless with_tests (escgo test).
static Vec dir_files(const char *dir, const char *arg, bool with_tests) {
  Vec files = {0};
  DIR *d = opendir(dir);
  if (!d) {
    fprintf(stderr, "open %s: %s\n", dir, go_strerror(errno));
    exit(1);
  }
  struct dirent *e;
  while ((e = readdir(d))) {
    const char *n = e->d_name;
    if (n[0] == '.' || n[0] == '_' || !has_suffix(n, ".go") ||
        (has_suffix(n, "_test.go") && !with_tests))
      continue;
    char *p = !strcmp(dir, ".") ? xstrdup(n) : xfmt("%s/%s", dir, n);
    if (!is_dir(p))
      vec_push(&files, p);
  }
  closedir(d);
  if (!files.len) {
    fprintf(stderr, "package %s: no Go files in %s\n", arg, abs_path(dir));
    exit(1);
  }
  qsort(files.data, files.len, sizeof(void *), cmp_str);
  return files;
}

// Resolves the command line's inputs into a list of file paths, with go
// build's checks and words. *pkgdir gets the directory's spelling when a
// DIR was given (NULL for files). with_tests: a directory's _test.go files too.
Vec input_files(Vec inputs, const char **pkgdir, bool with_tests) {
  *pkgdir = NULL;
  if (!inputs.len)
    vec_push(&inputs, ".");
  const char *first = VEC_AT(inputs, 0);
  if (inputs.len == 1 && !has_suffix(first, ".go")) {
    if (!is_dir(first)) {
      fprintf(stderr, "cannot find package \"%s\": stat %s: %s\n", first, first,
              go_strerror(errno ? errno : ENOENT));
      exit(1);
    }
    *pkgdir = first;
    return dir_files(first, first, with_tests);
  }
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
  return f;
}
