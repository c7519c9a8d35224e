// paths.c — file paths as the go tool spells them. Go spells a file in a
// diagnostic as its directory made relative to the working directory when
// that is shorter ("./x.go", "sub/x.go", "../x.go"), else absolute. These
// helpers do that lexically, as Go's filepath does.
#include "internal.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>


// Lexical cleaning of an absolute path: removes ".", "..", repeated '/'.
char *clean_abs(const char *p) {
  char *out = xmalloc(strlen(p) + 2);
  size_t n = 0;
  out[n++] = '/';
  while (*p) {
    while (*p == '/')
      p++;
    const char *s = p;
    while (*p && *p != '/')
      p++;
    size_t len = p - s;
    if (len == 0 || (len == 1 && s[0] == '.'))
      continue;
    if (len == 2 && s[0] == '.' && s[1] == '.') {
      while (n > 1 && out[n - 1] != '/')
        n--;
      if (n > 1)
        n--;  // the '/' before the dropped component
      continue;
    }
    if (n > 1)
      out[n++] = '/';
    memcpy(out + n, s, len);
    n += len;
  }
  out[n] = 0;
  return out;
}

// The working directory the way Go's os.Getwd sees it: $PWD when it names
// the same directory (it keeps symlinks as the user typed them).
static char *working_dir(void) {
  static char *cwd;
  if (cwd)
    return cwd;
  const char *pwd = getenv("PWD");
  struct stat a, b;
  if (pwd && pwd[0] == '/' && stat(pwd, &a) == 0 && stat(".", &b) == 0 &&
      a.st_dev == b.st_dev && a.st_ino == b.st_ino)
    return cwd = clean_abs(pwd);
  char buf[PATH_MAX];
  if (!getcwd(buf, sizeof buf)) {
    fprintf(stderr, "escgo: cannot determine the current directory: %s\n", strerror(errno));
    exit(1);
  }
  return cwd = clean_abs(buf);
}

char *abs_path(const char *p) {
  if (p[0] == '/')
    return clean_abs(p);
  return clean_abs(xfmt("%s/%s", working_dir(), p));
}

// Go's filepath.Rel for two clean absolute paths.
static char *rel_path(const char *base, const char *target) {
  // common: the last offset where both paths end a component.
  size_t common = 0;
  for (size_t i = 0;; i++) {
    bool base_end = base[i] == '/' || !base[i];
    bool target_end = target[i] == '/' || !target[i];
    if (base_end && target_end)
      common = i;
    if (!base[i] || !target[i] || base[i] != target[i])
      break;
  }
  Buf b = {0};
  // One ".." per component of base below the common part.
  for (const char *p = base + common; *p;) {
    while (*p == '/')
      p++;
    if (!*p)
      break;
    buf_puts(&b, b.len ? "/.." : "..");
    while (*p && *p != '/')
      p++;
  }
  const char *rest = target + common;
  while (*rest == '/')
    rest++;
  if (*rest) {
    if (b.len)
      buf_putc(&b, '/');
    buf_puts(&b, rest);
  }
  if (!b.len)
    buf_puts(&b, ".");
  return buf_cstr(&b);
}

const char *base_name(const char *p) {
  const char *s = strrchr(p, '/');
  return s ? s + 1 : p;
}

// The directory part of p as Go's filepath.Dir spells it ("." for none).
char *dir_name(const char *p) {
  const char *s = strrchr(p, '/');
  if (!s)
    return xstrdup(".");
  if (s == p)
    return xstrdup("/");
  char *d = xstrndup(p, s - p);
  if (!strcmp(d, "./") || !strcmp(d, "."))
    return xstrdup(".");
  return d;
}

// gc's spelling of a source file in diagnostics.
// A directory as the go command shows it: relative to the working
// directory when that is shorter (base.ShortPath), "." for that directory.
char *short_dir(const char *absdir) {
  char *rel = rel_path(working_dir(), absdir);
  return strlen(rel) < strlen(absdir) ? rel : xstrdup(absdir);
}

char *display_path(const char *path) {
  const char *shortdir = short_dir(abs_path(dir_name(path)));
  const char *base = base_name(path);
  if (!strcmp(shortdir, "."))
    return xfmt("./%s", base);
  if (!strcmp(shortdir, "/"))
    return xfmt("/%s", base);
  return xfmt("%s/%s", shortdir, base);
}

bool has_suffix(const char *s, const char *suf) {
  size_t n = strlen(s), m = strlen(suf);
  return n >= m && !strcmp(s + n - m, suf);
}

bool is_dir(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

