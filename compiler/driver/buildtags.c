// buildtags.c — which files of a directory go build compiles for
// linux/amd64: file name suffixes (_windows.go, _arm64.go, _linux_amd64.go)
// and build constraints (//go:build EXPR, else the older // +build lines)
// in the comments before the package clause. Files named on the command line
// are compiled whatever their constraints say, as go does.
#include "internal.h"

#include <string.h>

static const char *known_os[] = {"aix", "android", "darwin", "dragonfly", "freebsd", "hurd",
                                 "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd",
                                 "plan9", "solaris", "windows", "zos", NULL};
static const char *known_arch[] = {"386", "amd64", "amd64p32", "arm", "armbe", "arm64",
                                   "arm64be", "loong64", "mips", "mipsle", "mips64",
                                   "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64",
                                   "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc",
                                   "sparc64", "wasm", NULL};

static bool in_list(const char **list, const char *s, size_t n) {
  for (int i = 0; list[i]; i++)
    if (strlen(list[i]) == n && !strncmp(list[i], s, n))
      return true;
  return false;
}

// A build tag that holds here: the target (linux, unix, amd64), the
// compiler (gc: escgo compiles what gc would) and every release tag up to go1.19.
static bool tag_holds(const char *s, size_t n) {
  static const char *on[] = {"linux", "unix", "amd64", "gc", "escgo", NULL};
  if (in_list(on, s, n))
    return true;
  if (n >= 4 && !strncmp(s, "go1.", 4)) {
    int minor = 0;
    for (size_t i = 4; i < n; i++) {
      if (s[i] < '0' || s[i] > '9')
        return false;
      minor = minor * 10 + (s[i] - '0');
    }
    return minor <= 19;
  }
  return false;
}

// ---------------------------------------------------------------- //go:build expressions

typedef struct {
  const char *p;
  bool bad;
} Expr;

static void skip_space(Expr *e) {
  while (*e->p == ' ' || *e->p == '\t')
    e->p++;
}

static bool parse_or(Expr *e);

static bool parse_atom(Expr *e) {
  skip_space(e);
  if (*e->p == '!') {
    e->p++;
    return !parse_atom(e);
  }
  if (*e->p == '(') {
    e->p++;
    bool v = parse_or(e);
    skip_space(e);
    if (*e->p != ')')
      e->bad = true;
    else
      e->p++;
    return v;
  }
  const char *start = e->p;
  while ((*e->p >= 'a' && *e->p <= 'z') || (*e->p >= 'A' && *e->p <= 'Z') ||
         (*e->p >= '0' && *e->p <= '9') || *e->p == '_' || *e->p == '.')
    e->p++;
  if (e->p == start) {
    e->bad = true;
    return false;
  }
  return tag_holds(start, (size_t)(e->p - start));
}

static bool parse_and(Expr *e) {
  bool v = parse_atom(e);
  for (skip_space(e); e->p[0] == '&' && e->p[1] == '&'; skip_space(e)) {
    e->p += 2;
    v = parse_atom(e) && v;   // both sides are parsed whatever the left says
  }
  return v;
}

static bool parse_or(Expr *e) {
  bool v = parse_and(e);
  for (skip_space(e); e->p[0] == '|' && e->p[1] == '|'; skip_space(e)) {
    e->p += 2;
    v = parse_and(e) || v;
  }
  return v;
}

// "// +build a,!b c": OR of space-separated terms, each an AND of commas.
static bool plus_build_holds(const char *line, size_t n) {
  bool any = false;
  size_t i = 0;
  while (i < n) {
    while (i < n && (line[i] == ' ' || line[i] == '\t'))
      i++;
    if (i >= n)
      break;
    bool all = true;
    while (i < n && line[i] != ' ' && line[i] != '\t') {
      bool neg = line[i] == '!';
      i += neg;
      size_t s = i;
      while (i < n && line[i] != ',' && line[i] != ' ' && line[i] != '\t')
        i++;
      if (tag_holds(line + s, i - s) == neg)
        all = false;
      if (i < n && line[i] == ',')
        i++;
    }
    any |= all;
  }
  return any;
}

// The constraints in the file's header (the lines before the package clause).
static bool constraints_hold(const char *src, size_t len) {
  bool have_plus = false, plus_ok = true;
  const char *p = src, *end = src + len;
  while (p < end) {
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    if (!eol)
      eol = end;
    const char *q = p;
    while (q < eol && (*q == ' ' || *q == '\t' || *q == '\r'))
      q++;
    size_t n = (size_t)(eol - q);
    if (n >= 2 && q[0] == '/' && q[1] == '*')
      break;   // a block comment: go stops reading constraints too
    if (n && !(n >= 2 && q[0] == '/' && q[1] == '/'))
      break;   // the package clause (or any code) ends the header
    if (n > 10 && !strncmp(q, "//go:build", 10) && (q[10] == ' ' || q[10] == '\t')) {
      char *text = xstrndup(q + 11, n - 11);
      Expr e = {text};
      bool v = parse_or(&e);
      skip_space(&e);
      return (e.bad || (*e.p && *e.p != '\r')) ? false : v;
    }
    if (n > 9 && !strncmp(q, "// +build", 9) && (q[9] == ' ' || q[9] == '\t')) {
      have_plus = true;
      plus_ok = plus_ok && plus_build_holds(q + 9, n - 9);
    }
    p = eol + 1;
  }
  return !have_plus || plus_ok;
}

// name_GOOS_GOARCH.go, name_GOOS.go, name_GOARCH.go (a _test suffix first
// comes off) for another target: not compiled here.
static bool name_matches(const char *base) {
  char *n = xstrndup(base, strlen(base) - 3);
  size_t len = strlen(n);
  if (len > 5 && !strcmp(n + len - 5, "_test"))
    n[len - 5] = 0;
  char *parts[3] = {0};
  int np = 0;
  for (char *u = strrchr(n, '_'); u && np < 2; u = strrchr(n, '_')) {
    parts[np++] = u + 1;
    *u = 0;
    if (!*n)
      break;   // "_linux.go" is all suffix: go keeps it
  }
  if (np >= 1 && in_list(known_arch, parts[0], strlen(parts[0]))) {
    if (strcmp(parts[0], "amd64"))
      return false;
    if (np == 2 && in_list(known_os, parts[1], strlen(parts[1])))
      return !strcmp(parts[1], "linux");
    return true;
  }
  if (np >= 1 && in_list(known_os, parts[0], strlen(parts[0])))
    return !strcmp(parts[0], "linux");
  return true;
}

bool file_is_built(const char *path, const char *src, size_t len) {
  return name_matches(base_name(path)) && constraints_hold(src, len);
}
