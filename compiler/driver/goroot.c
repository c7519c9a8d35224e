// goroot.c — where Go 1.19's own source is: the standard packages (all but
// unsafe, which the checker knows; runtime is the overlay's) compile from GOROOT/src, as
// gc compiles them (docs/packages.md). GOROOT is $ESCGO_GOROOT, else what
// `go env GOROOT` says when a go command is on PATH, else the Debian package's
// place (golang-1.19-src). Asked once per process, and only when a program
// imports such a package.
//
// Where a package's Go file leans on assembly escgo cannot compile, escgo's
// own file of the same name in its overlay (overlay/PATH/ in the escgo
// directory) replaces it: see overlay/README.md.
#include "internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef ESCGO_SOURCE_DIR   // the Makefile defines it: the checkout escgo was built from
#define ESCGO_SOURCE_DIR NULL
#endif

// The executable file prog in one of PATH's directories, or NULL.
static char *path_lookup(const char *prog) {
  const char *path = getenv("PATH");
  if (!path)
    return NULL;
  for (const char *p = path; *p;) {
    const char *end = strchr(p, ':');
    size_t n = end ? (size_t)(end - p) : strlen(p);
    char *cand = xfmt("%.*s/%s", (int)n, n ? p : ".", prog);
    if (access(cand, X_OK) == 0 && !is_dir(cand))
      return cand;
    p += n + (end != NULL);
  }
  return NULL;
}

// The first line `go env GOROOT` prints, or NULL if it could not say.
static char *ask_go_env_goroot(void) {
  int fds[2];
  if (pipe(fds) != 0)
    return NULL;
  char *argv[] = {"go", "env", "GOROOT", NULL};
  Process p = {.argv = argv, .search_path = true, .out_fd = fds[1]};
  ProcessResult r = process_run(&p);   // a line: the pipe's buffer holds it
  close(fds[1]);
  char buf[4096];
  ssize_t n = r.status == 0 ? read(fds[0], buf, sizeof buf - 1) : -1;
  close(fds[0]);
  if (n <= 0)
    return NULL;
  buf[n] = 0;
  buf[strcspn(buf, "\r\n")] = 0;
  return buf[0] == '/' ? xstrdup(buf) : NULL;
}

// go's configuration file, where `go env -w GOROOT=...` writes: $GOENV, else
// go/env in the user's configuration directory.
static char *go_env_file(void) {
  const char *env = getenv("GOENV"), *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
  if (env && *env)
    return strcmp(env, "off") ? xstrdup(env) : NULL;
  if (xdg && *xdg)
    return xfmt("%s/go/env", xdg);
  return home && *home ? xfmt("%s/.config/go/env", home) : NULL;
}

// `go env GOROOT`, when a go command is on PATH. Its answer depends only on
// that go (the file PATH finds, and the file a link there leads to), on
// $GOROOT and on go's configuration file, so the cache remembers it under
// those: asking costs a process, 5-10 ms of a warm build.
static char *go_env_goroot(void) {
  char *go = path_lookup("go");
  if (!go)
    return NULL;
  const char *env = getenv("GOROOT");
  char *key = xfmt("go %s GOROOT=%s env %s", file_identity(go), env ? env : "",
                   file_identity(go_env_file()));
  char *root = cache_memo_get("goroot", key);
  if (root)
    return root;
  root = ask_go_env_goroot();
  if (root)
    cache_memo_put("goroot", key, root);
  return root;
}

// A GOROOT holds the standard library's source.
static bool has_std_source(const char *root) {
  return root && *root && is_dir(xfmt("%s/src/container/list", root));
}

// The escgo directory: $ESCGO_ROOT, else the parent of this executable's
// directory (bin/escgo), as for the runtime library (build.c).
static const char *escgo_root(void) {
  const char *root = getenv("ESCGO_ROOT");
  if (root && *root)
    return abs_path(root);
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n < 0)
    return NULL;
  exe[n] = 0;
  return dir_name(dir_name(exe));
}

// REL (a directory or file) under the escgo directory, else under the source
// tree escgo was built from (make BINDIR=elsewhere leaves overlay/ and labs/
// there); NULL if neither has it.
const char *escgo_tree_path(const char *rel) {
  const char *roots[] = {escgo_root(), ESCGO_SOURCE_DIR};
  for (int i = 0; i < 2; i++) {
    char *path = roots[i] ? xfmt("%s/%s", roots[i], rel) : NULL;
    if (path && access(path, F_OK) == 0)
      return abs_path(path);
  }
  return NULL;
}

// overlay/PATH: the standard library's files of our own.
const char *std_overlay(const char *path) {
  const char *dir = escgo_tree_path(xfmt("overlay/%s", path));
  return dir && is_dir(dir) ? dir : NULL;
}

const char *goroot(void) {
  static const char *root;
  if (root)
    return *root ? root : NULL;
  root = "";
  const char *env = getenv("ESCGO_GOROOT");
  if (env && *env) {
    root = abs_path(env);   // as given, even without source: the loader then says so
    return root;
  }
  char *go = go_env_goroot();
  if (has_std_source(go))
    root = go;
  else if (has_std_source("/usr/lib/go-1.19"))
    root = "/usr/lib/go-1.19";
  return *root ? root : NULL;
}
