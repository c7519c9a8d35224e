// packages.c — package loading as the go tool does it. go.mod names the
// module; the command line's patterns (".", "./cmd/x", "./...", import
// paths, or FILES.go: "command-line-arguments") name the packages to build;
// every import of a Go package is resolved to a directory under the module
// and loaded in turn; then all of them are put in dependency order, where an
// import cycle is go's error. Imports of the standard packages escgo
// implements in its runtime (docs/packages.md) are left to the checker.
#include "internal.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

// ---------------------------------------------------------------- go.mod

typedef struct {
  char *path;   // the module path ("example.com/shapes")
  char *root;   // the directory holding go.mod (absolute)
} Module;

static Module the_module;
static bool module_searched;

// The "module" directive of go.mod's text, or NULL.
static char *module_directive(const char *src) {
  for (const char *p = src; *p;) {
    const char *eol = strchr(p, '\n');
    size_t n = eol ? (size_t)(eol - p) : strlen(p);
    char *line = xstrndup(p, n);
    char *c = strstr(line, "//");
    if (c)
      *c = 0;
    char *w = line;
    while (*w == ' ' || *w == '\t')
      w++;
    if (!strncmp(w, "module", 6) && (w[6] == ' ' || w[6] == '\t')) {
      w += 7;
      while (*w == ' ' || *w == '\t')
        w++;
      char *e = w + strlen(w);
      while (e > w && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
        *--e = 0;
      if (*w == '"' && e > w + 1 && e[-1] == '"')
        w++, e[-1] = 0;
      return *w ? w : NULL;
    }
    p = eol ? eol + 1 : p + n;
  }
  return NULL;
}

// The module the working directory is in (go.mod here or in a parent), or
// NULL: then a directory is a package of its own ("_/abs/dir", GOPATH mode).
static Module *current_module(void) {
  if (module_searched)
    return the_module.root ? &the_module : NULL;
  module_searched = true;
  char *dir = abs_path(".");
  for (;;) {
    char *gomod = xfmt("%s/go.mod", !strcmp(dir, "/") ? "" : dir);
    if (access(gomod, R_OK) == 0) {
      SrcFile *f = read_source(gomod);
      char *path = module_directive(f->src);
      if (!path) {
        fprintf(stderr, "go: no module declaration in go.mod. To specify the module path:\n"
                        "\tgo mod edit -module=example.com/mod\n");
        exit(1);
      }
      the_module = (Module){path, dir};
      return &the_module;
    }
    if (!strcmp(dir, "/"))
      return NULL;
    dir = dir_name(dir);
  }
}

// ---------------------------------------------------------------- packages

static Vec loaded;   // LoadedPkg*, every package loaded so far
static bool for_tests;   // escgo test: a directory of _test.go files only is a package
static LoadedPkg *test_variant;   // escgo test: what an import of the tested package gets

static LoadedPkg *find_loaded(const char *path) {
  if (test_variant && !strcmp(test_variant->path, path))
    return test_variant;
  for (int i = 0; i < loaded.len; i++)
    if (!strcmp(((LoadedPkg *)loaded.data[i])->path, path))
      return loaded.data[i];
  return NULL;
}

// A directory's spelling for file names, relative to the working directory
// when it is below it ("internal/geom", "."), else absolute.
static char *dir_spelling(const char *abs_dir) {
  char *cwd = abs_path(".");
  size_t n = strlen(cwd);
  if (!strcmp(abs_dir, cwd))
    return ".";
  if (!strncmp(abs_dir, cwd, n) && abs_dir[n] == '/')
    return xstrdup(abs_dir + n + 1);
  return xstrdup(abs_dir);
}

// The import path of a directory: under the module, the module path and
// the directory's path below the root; elsewhere GOPATH mode's "_/abs/dir".
static char *dir_import_path(const char *abs_dir) {
  Module *m = current_module();
  if (m) {
    size_t n = strlen(m->root);
    if (!strcmp(abs_dir, m->root))
      return m->path;
    if (!strncmp(abs_dir, m->root, n) && (abs_dir[n] == '/' || !strcmp(m->root, "/")))
      return xfmt("%s/%s", m->path, abs_dir + n + (strcmp(m->root, "/") != 0));
  }
  return xfmt("_%s", abs_dir);
}

static SrcFile *timed_read(const char *path) {
  double t0 = timing_enabled() ? now_sec() : 0;
  SrcFile *f = read_source(path);
  if (timing_enabled())
    timing_file(now_sec() - t0, 0, 0);
  return f;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

// The .go file names of a directory, sorted (none starting with '.' or '_').
static Vec go_file_names(const char *dir) {
  Vec names = {0};
  DIR *d = opendir(dir);
  if (!d)
    return names;
  struct dirent *e;
  while ((e = readdir(d)))
    if (e->d_name[0] != '.' && e->d_name[0] != '_' && has_suffix(e->d_name, ".go") &&
        !is_dir(xfmt("%s/%s", dir, e->d_name)))
      vec_push(&names, xstrdup(e->d_name));
  closedir(d);
  qsort(names.data, names.len, sizeof(void *), cmp_str);
  return names;
}

static bool in_names(Vec names, const char *n) {
  for (int i = 0; i < names.len; i++)
    if (!strcmp(names.data[i], n))
      return true;
  return false;
}

// Reads the directory's files that go build compiles here (buildtags.c);
// the _test.go ones go to p->test_files. A file of the same name in
// overlay_dir (escgo's own files for a standard package: goroot.c), if
// given, replaces the directory's; the overlay's other files join them.
// Returns how many .go files there were at all.
static int read_dir_files(LoadedPkg *p, const char *abs_dir, const char *overlay_dir) {
  Vec names = go_file_names(abs_dir);
  Vec over = overlay_dir ? go_file_names(overlay_dir) : (Vec){0};
  for (int i = 0; i < over.len; i++)
    if (!in_names(names, over.data[i]))
      vec_push(&names, over.data[i]);
  qsort(names.data, names.len, sizeof(void *), cmp_str);
  char *spell = dir_spelling(abs_dir);
  for (int i = 0; i < names.len; i++) {
    const char *n = names.data[i];
    char *path = in_names(over, n)            ? xfmt("%s/%s", overlay_dir, n)
                 : !strcmp(spell, ".")        ? xstrdup(n)
                                              : xfmt("%s/%s", spell, n);
    SrcFile *f = timed_read(path);
    if (!file_is_built(path, f->src, f->len))
      continue;
    f->std = p->std;
    vec_push(has_suffix(n, "_test.go") ? &p->test_files : &p->files, f);
  }
  return names.len;
}

static LoadedPkg *new_loaded(const char *path, const char *dir) {
  LoadedPkg *p = xmalloc(sizeof(LoadedPkg));
  p->path = xstrdup(path);
  p->dir = xstrdup(dir);
  p->header = xfmt("# %s", p->path);
  vec_push(&loaded, p);
  return p;
}

// The package in directory abs_dir (arg: how the user or an import named it),
// or NULL when it has no Go files and quiet (a "./..." walk) is set.
static LoadedPkg *load_dir(const char *abs_dir, bool quiet) {
  char *path = dir_import_path(abs_dir);
  LoadedPkg *p = find_loaded(path);
  if (p)
    return p;
  p = new_loaded(path, abs_dir);
  int n = read_dir_files(p, abs_dir, NULL);
  if (!p->files.len && !(for_tests && p->test_files.len)) {
    loaded.len--;
    if (quiet)
      return NULL;
    if (p->test_files.len)
      fprintf(stderr, "no non-test Go files in %s\n", abs_dir);
    else if (n)
      fprintf(stderr, "package %s: build constraints exclude all Go files in %s\n", path, abs_dir);
    else
      fprintf(stderr, "no Go files in %s\n", abs_dir);
    exit(1);
  }
  return p;
}

// ---------------------------------------------------------------- imports

// A file's position as the go command prints it: relative, without "./".
static char *short_pos(Pos pos) {
  if (!pos.file)
    return NULL;   // a command-line argument: no position
  const char *d = pos.file->display;
  if (!strncmp(d, "./", 2))
    d += 2;
  return xfmt("%s:%d:%d", d, pos.line, pos.col);
}

// "FILE:LINE:COL: " before a loading error about an import, "" for an argument.
static char *pos_prefix(Pos pos) {
  char *p = short_pos(pos);
  return p ? xfmt("%s: ", p) : "";
}

// go's checks of an import path's shape, before looking for it: the
// loader's words, or NULL when it is well formed.
static char *malformed_import(const char *path) {
  if (path[0] == '.' && (path[1] == '/' || (path[1] == '.' && path[2] == '/')))
    return xfmt("local import \"%s\" in non-local package", path);
  if (path[0] == '/')
    return xfmt("\"%s\" is not a package path; see 'go help packages'", path);
  if (has_suffix(path, "/"))
    return xfmt("malformed import path \"%s\": trailing slash", path);
  if (strstr(path, "//"))
    return xfmt("malformed import path \"%s\": double slash", path);
  for (const char *e = path; *e;) {
    const char *end = strchr(e, '/');
    size_t n = end ? (size_t)(end - e) : strlen(e);
    if ((n == 1 && e[0] == '.') || (n == 2 && e[0] == '.' && e[1] == '.'))
      return xfmt("malformed import path \"%s\": invalid path element \"%.*s\"", path, (int)n, e);
    e += n + (end != NULL);
  }
  return NULL;
}

// types2's check, which gc reports at the path's string (one column on).
static bool valid_import_chars(const char *path) {
  if (!*path)
    return false;
  for (const unsigned char *c = (const unsigned char *)path; *c; c++)
    if (*c < 0x21 || *c == 0x7f || strchr("!\"#$%&'()*,:;<=>?[\\]^`{|}", *c))
      return false;
  return true;
}

// A standard package escgo does not implement in C: compiled from Go's own
// source, GOROOT/src/PATH, like a package of the module. An internal package
// Go does not have (internal/escgotype) is escgo's own: its overlay directory
// alone; so is package runtime, whose Go source is gc's runtime itself
// (overlay/runtime binds escgo's C runtime instead).
static LoadedPkg *load_std(const char *path, Pos at) {
  LoadedPkg *p = find_loaded(path);
  if (p)
    return p;
  const char *root = goroot();
  char *dir = xfmt("%s/src/%s", root ? root : "/usr/lib/go-1.19", path);
  const char *overlay = std_overlay(path);
  if (root && overlay && ((!is_dir(dir) && !strncmp(path, "internal/", 9)) || !strcmp(path, "runtime")))
    dir = xstrdup(overlay);   // a package of escgo's own, overlay only (overlay/README.md)
  if (!root || !is_dir(dir)) {
    fprintf(stderr, "%spackage %s is not in GOROOT (%s)\n", pos_prefix(at), path, dir);
    exit(1);
  }
  p = new_loaded(path, dir);
  p->std = true;   // before its files are read: they may use gc's std-only directives
  int n = read_dir_files(p, dir, strcmp(dir, overlay ? overlay : "") ? overlay : NULL);
  if (!p->files.len) {
    fprintf(stderr, "%spackage %s: %s in %s\n", pos_prefix(at), path,
            n ? "build constraints exclude all Go files" : "no Go files", dir);
    exit(1);
  }
  return p;
}

// The package an import names: a package of the module (loaded now if it is
// new), or NULL for a standard package (the checker knows which escgo has).
// Paths that name nothing get the go command's words and exit 1.
static LoadedPkg *resolve_import(const char *path, Pos at) {
  if (!valid_import_chars(path)) {
    at.col += at.file ? 2 : 0;   // gc points into the string literal
    fprintf(stderr, "%sinvalid import path: \"%s\"\n", pos_prefix(at), path);
    exit(1);
  }
  char *bad = malformed_import(path);
  if (bad) {
    fprintf(stderr, "%s%s\n", pos_prefix(at), bad);
    exit(1);
  }
  Module *m = current_module();
  size_t n = m ? strlen(m->path) : 0;
  if (m && !strncmp(path, m->path, n) && (!path[n] || path[n] == '/')) {
    char *dir = path[n] ? xfmt("%s%s", m->root, path + n) : m->root;
    LoadedPkg *p = find_loaded(path);
    if (p)
      return p;
    if (is_dir(dir) && go_file_names(dir).len)
      return load_dir(dir, false);
    fprintf(stderr, "%sno required module provides package %s; to add it:\n\tgo get %s\n",
            pos_prefix(at), path, path);
    exit(1);
  }
  const char *slash = strchr(path, '/');
  size_t first = slash ? (size_t)(slash - path) : strlen(path);
  if (memchr(path, '.', first)) {   // a domain: another module
    if (m)
      fprintf(stderr, "%sno required module provides package %s; to add it:\n\tgo get %s\n",
              pos_prefix(at), path, path);
    else
      fprintf(stderr, "%scannot find package \"%s\" (escgo builds one module; there is no go.mod "
                      "here)\n", pos_prefix(at), path);
    exit(1);
  }
  if (!strcmp(path, "C") || !strcmp(path, "unsafe"))
    return NULL;   // the checker's own (check/unsafe.c)
  return load_std(path, at);
}

static void add_import(LoadedPkg *p, LoadedPkg *dep) {
  for (int k = 0; k < p->imports.len; k++)
    if (p->imports.data[k] == dep)
      return;
  vec_push(&p->imports, dep);
}

// The module packages file imports join p's imports (loaded if new).
static void add_file_imports(LoadedPkg *p, Node *file) {
  for (int j = 0; j < file->list.len; j++) {
    Node *imp = file->list.data[j];
    const char *path = imp->tok && imp->tok->sval ? imp->tok->sval : "";
    LoadedPkg *dep = resolve_import(path, imp->pos);
    if (dep)
      add_import(p, dep);
  }
}

// Whether a //go:linkname directive of any of the package's files names
// the function (as gc's, it may stand in another file than the declaration:
// the overlay binds sync's runtime hooks so).
static bool has_linkname(Vec files, const char *name) {
  for (int f = 0; f < files.len; f++) {
    const Vec *lns = &nx((Node *)files.data[f])->linknames;
    for (int i = 0; i < lns->len; i++)
      if (!strcmp(((Linkname *)lns->data[i])->local, name))
        return true;
  }
  return false;
}

// The first function of a standard package declared without a body and
// without //go:linkname: Go implements it in assembly, which escgo does not
// compile (a program that links the package is refused: build.c), unless
// codegen gives it a body (sync/atomic's: codegen/atomic.c).
static Node *assembly_function(const char *path, Vec files) {
  for (int i = 0; i < files.len; i++) {
    Node *file = files.data[i];
    for (int j = 0; j < file->list2.len; j++) {
      Node *d = file->list2.data[j];
      if (d->kind != N_FUNCDECL || d->body || has_linkname(files, d->name))
        continue;
      char *lname = xfmt("%s.%s", path, d->name);
      bool defined = codegen_defines_bodyless(lname);
      free(lname);
      if (!defined)
        return d;
    }
  }
  return NULL;
}

// Parses a package's files (and, for escgo test, its tests) and loads the
// packages they import. Syntax errors stop here under the package's header.
// A standard package is read only up to its imports (which order the
// build): its code usually comes from the build cache, and parsing all of
// it at every build was most of a warm build's time (46,000 lines under
// fmt); compile_package parses the rest if it is compiled after all.
static void parse_loaded(LoadedPkg *p) {
  if (p->parsed.len)
    return;
  diag_set_header(p->header);
  gcflags_select(p);   // -d=ast and -d=tokens apply to the packages -gcflags selects
  p->imports_only = p->std && !p->with_tests && !flags.dump_ast && !flags.dump_tokens;
  Vec srcs = p->files;
  if (p->with_tests)
    for (int i = 0; i < p->test_files.len; i++)
      vec_push(&srcs, p->test_files.data[i]);
  if (p->imports_only)
    for (int i = 0; i < srcs.len; i++)
      vec_push(&p->parsed, parse_file_imports(srcs.data[i]));
  else
    p->parsed = parse_sources(srcs);
  gcflags_restore();
  // Its lexical errors wait for its turn to compile (under its header);
  // syntax errors stop the build now, as go's loader does.
  if (diag_syntax_errors)
    exit_if_errors();
  p->pending = diag_take();
  for (int i = 0; i < p->parsed.len; i++)
    add_file_imports(p, p->parsed.data[i]);
  if (p->std && !p->imports_only)
    p->asm_func = assembly_function(p->path, p->parsed);
}

// The rest of a standard package parse_loaded read up to its imports, to
// compile it (its imports are known already). Called by compile_package,
// whose package flags are selected: they stay so. A package that needs Go's
// assembly is known only now: cache_store_package keeps none, so that every
// build that links one parses it again and says so (build.c).
void full_parse(LoadedPkg *p) {
  if (!p->imports_only)
    return;
  diag_set_header(p->header);
  p->parsed = parse_sources(p->files);   // (no -d=ast or -d=tokens here: parse_loaded parsed those whole)
  p->imports_only = false;
  if (diag_syntax_errors)
    exit_if_errors();
  p->pending = diag_take();
  p->asm_func = assembly_function(p->path, p->parsed);
}

// ---------------------------------------------------------------- dependency order

// An import of a main package is go's error, at the import.
static void refuse_program_import(LoadedPkg *p, LoadedPkg *dep) {
  Node *f0 = dep->parsed.len ? dep->parsed.data[0] : NULL;
  if (!f0 || !f0->name || strcmp(f0->name, "main"))
    return;
  for (int i = 0; i < p->parsed.len; i++) {
    Node *file = p->parsed.data[i];
    for (int j = 0; j < file->list.len; j++) {
      Node *imp = file->list.data[j];
      if (imp->tok && imp->tok->sval && !strcmp(imp->tok->sval, dep->path)) {
        fprintf(stderr, "%simport \"%s\" is a program, not an importable package\n",
                pos_prefix(imp->pos), dep->path);
        exit(1);
      }
    }
  }
}

// Depth-first, imports in the order the files name them; stack holds the
// path from a target, for go's "import cycle not allowed" message.
static void visit(LoadedPkg *p, Vec *order, Vec *stack) {
  if (p->mark == 2)
    return;
  if (p->mark == 1) {
    LoadedPkg *root = stack->data[0];
    fprintf(stderr, "package %s\n", root->path);
    for (int i = 1; i < stack->len; i++)
      fprintf(stderr, "\timports %s\n", ((LoadedPkg *)stack->data[i])->path);
    fprintf(stderr, "\timports %s: import cycle not allowed\n", p->path);
    exit(1);
  }
  p->mark = 1;
  vec_push(stack, p);
  parse_loaded(p);
  for (int i = 0; i < p->imports.len; i++) {
    visit(p->imports.data[i], order, stack);
    refuse_program_import(p, p->imports.data[i]);
  }
  stack->len--;
  p->mark = 2;
  vec_push(order, p);
}

// ---------------------------------------------------------------- patterns

// Every directory under abs_dir (itself included) with Go files, as
// "./..." walks them: no testdata, no names starting with '.' or '_', no
// nested module.
static void walk_dirs(const char *abs_dir, bool top, Vec *out) {
  if (!top && access(xfmt("%s/go.mod", abs_dir), F_OK) == 0)
    return;
  LoadedPkg *p = load_dir(abs_dir, true);
  if (p)
    vec_push(out, p);
  DIR *d = opendir(abs_dir);
  if (!d)
    return;
  Vec subs = {0};
  struct dirent *e;
  while ((e = readdir(d))) {
    const char *n = e->d_name;
    if (n[0] == '.' || n[0] == '_' || !strcmp(n, "testdata") || !strcmp(n, "vendor"))
      continue;
    char *sub = xfmt("%s/%s", !strcmp(abs_dir, "/") ? "" : abs_dir, n);
    struct stat st;   // lstat: "./..." does not follow symbolic links, as go's walk
    if (lstat(sub, &st) == 0 && S_ISDIR(st.st_mode))
      vec_push(&subs, sub);
  }
  closedir(d);
  qsort(subs.data, subs.len, sizeof(void *), cmp_str);
  for (int i = 0; i < subs.len; i++)
    walk_dirs(subs.data[i], false, out);
}

// The package(s) one command-line argument names.
static void load_pattern(const char *arg, Vec *targets) {
  bool relative = arg[0] == '.' || arg[0] == '/';
  // A directory named without "./" (escgo run samples/hello): go would take
  // it for an import path; escgo takes an existing directory that is not
  // one of the module's import paths for the directory.
  Module *mod = current_module();
  bool in_module = mod && !strncmp(arg, mod->path, strlen(mod->path));
  if (!relative && !in_module && !has_suffix(arg, "...") && is_dir(arg))
    relative = true;
  if (has_suffix(arg, "/...") || !strcmp(arg, "...")) {
    char *base = xstrndup(arg, strlen(arg) - (strcmp(arg, "...") ? 4 : 3));
    char *dir = NULL;
    Module *m = current_module();
    if (relative || !*base)
      dir = *base ? abs_path(base) : abs_path(".");
    else if (m && !strncmp(base, m->path, strlen(m->path)))
      dir = xfmt("%s%s", m->root, base + strlen(m->path));
    int before = targets->len;
    if ((relative || !*base) && !is_dir(dir)) {
      fprintf(stderr, "pattern %s: lstat %s/: no such file or directory\n", arg, base);
      exit(1);
    }
    if (dir && is_dir(dir))
      walk_dirs(dir, true, targets);
    if (targets->len == before)
      fprintf(stderr, "go: warning: \"%s\" matched no packages\n", arg);
    return;
  }
  if (relative) {
    char *dir = abs_path(arg);
    if (!is_dir(dir)) {
      fprintf(stderr, "stat %s: directory not found\n", dir);
      exit(1);
    }
    vec_push(targets, load_dir(dir, false));
    return;
  }
  LoadedPkg *p = resolve_import(arg, (Pos){0});
  if (p)
    vec_push(targets, p);
  // else a standard package: escgo's runtime implements it, nothing to build
}

// FILES.go: the package "command-line-arguments" (load.c checks the list).
static LoadedPkg *load_files(Vec paths, bool with_tests) {
  LoadedPkg *p = new_loaded("command-line-arguments", abs_path(dir_name(paths.data[0])));
  for (int i = 0; i < paths.len; i++) {
    SrcFile *f = timed_read(paths.data[i]);
    vec_push(has_suffix(f->path, "_test.go") && with_tests ? &p->test_files : &p->files, f);
  }
  p->from_files = true;
  return p;
}

Vec load_packages(Vec args, bool with_tests, Vec *targets) {
  timing_start();   // -d=time: the front end starts with reading the files
  *targets = (Vec){0};
  for_tests = with_tests;
  if (!args.len)
    vec_push(&args, ".");
  if (has_suffix(args.data[0], ".go")) {
    vec_push(targets, load_files(checked_file_list(args), with_tests));
  } else {
    for (int i = 0; i < args.len; i++)
      load_pattern(args.data[i], targets);
  }
  for (int i = 0; i < targets->len; i++)
    ((LoadedPkg *)targets->data[i])->target = true;
  Vec order = {0}, stack = {0};
  for (int i = 0; i < targets->len; i++)
    visit(targets->data[i], &order, &stack);
  timing_parsed();
  return order;
}

// The executable go build would write for main package p: the last
// element of its import path (a major version suffix "/v2" skipped), the
// first file's name for FILES.go, or the directory's name in GOPATH mode.
char *executable_name(LoadedPkg *p) {
  if (p->from_files) {
    const char *b = base_name(((SrcFile *)p->files.data[0])->path);
    return xstrndup(b, strlen(b) - 3);
  }
  const char *path = p->path[0] == '_' ? p->dir : p->path;
  char *s = xstrdup(path);
  char *last = strrchr(s, '/');
  if (last && last[1] == 'v' && last[2] >= '1' && last[2] <= '9' && last != s) {
    bool digits = true;
    for (char *c = last + 2; *c; c++)
      digits &= *c >= '0' && *c <= '9';
    if (digits) {
      *last = 0;
      last = strrchr(s, '/');
    }
  }
  char *name = xstrdup(last ? last + 1 : s);
  return *name ? name : "a.out";
}

// ---------------------------------------------------------------- escgo test

// go's isXTest: a _test.go file of package NAME_test, NAME the package's
// own name (that of its first file when its other files do not say).
static void split_tests(LoadedPkg *p, Vec tests, Vec *internal, Vec *external) {
  const char *name = p->parsed.len ? ((Node *)p->parsed.data[0])->name : NULL;
  for (int i = 0; i < tests.len; i++) {
    Node *f = tests.data[i];
    bool x = f->name && has_suffix(f->name, "_test") && (!name || strcmp(name, f->name));
    if (!name)
      name = x ? xstrndup(f->name, strlen(f->name) - 5) : f->name;
    vec_push(x ? external : internal, f);
  }
}

static void append_all(Vec *dst, Vec src) {
  for (int i = 0; i < src.len; i++)
    vec_push(dst, src.data[i]);
}

static int cmp_pkg_path(const void *a, const void *b) {
  return strcmp((*(LoadedPkg *const *)a)->path, (*(LoadedPkg *const *)b)->path);
}

static Vec sorted_by_path(Vec pkgs) {
  Vec s = {0};
  append_all(&s, pkgs);
  qsort(s.data, s.len, sizeof(void *), cmp_pkg_path);
  return s;
}

// go's importCycleStack: the shortest import path from dep to target,
// breadth first over imports in path order, as "target imports ... dep"
// (NULL when there is none).
static char *import_stack(LoadedPkg *dep, LoadedPkg *target) {
  Vec queue = {0}, from = {0};   // from[i]: the index of queue[i]'s importer, -1 for dep
  vec_push(&queue, dep);
  vec_push(&from, (void *)(intptr_t)-1);
  for (int i = 0; i < queue.len; i++) {
    LoadedPkg *q = queue.data[i];
    if (q == target) {
      Buf b = {0};
      buf_puts(&b, xfmt("package %s", q->path));
      for (int k = (int)(intptr_t)from.data[i]; k >= 0; k = (int)(intptr_t)from.data[k])
        buf_puts(&b, xfmt("\n\timports %s", ((LoadedPkg *)queue.data[k])->path));
      return buf_cstr(&b);
    }
    parse_loaded(q);
    Vec imps = sorted_by_path(q->imports);
    for (int j = 0; j < imps.len; j++) {
      bool seen = false;
      for (int k = 0; k < queue.len && !seen; k++)
        seen = queue.data[k] == imps.data[j];
      if (!seen) {
        vec_push(&queue, imps.data[j]);
        vec_push(&from, (void *)(intptr_t)i);
      }
    }
  }
  return NULL;
}

// go's test import check: no package the tests of v import may lead back
// to v (the last such import, in path order, is reported).
static char *test_import_cycle(LoadedPkg *v, Vec test_files) {
  LoadedPkg probe = {0};
  for (int i = 0; i < test_files.len; i++)
    add_file_imports(&probe, test_files.data[i]);
  Vec deps = sorted_by_path(probe.imports);
  char *err = NULL;
  for (int i = 0; i < deps.len; i++) {
    char *stack = import_stack(deps.data[i], v);
    if (stack)
      err = xfmt("%s: import cycle not allowed in test", stack);
  }
  return err;
}

// The external test package "path_test": its own files, importing the
// package under test (always linked in, as go does).
static LoadedPkg *external_test_package(LoadedPkg *v, Vec files) {
  LoadedPkg *x = xmalloc(sizeof(LoadedPkg));
  *x = (LoadedPkg){.path = xfmt("%s_test", v->path), .dir = v->dir, .target = true,
                   .with_tests = true, .from_files = v->from_files, .parsed = files};
  x->header = xfmt("# %s [%s.test]", x->path, v->path);
  for (int i = 0; i < files.len; i++) {
    vec_push(&x->files, nx((Node *)files.data[i])->file);
    add_file_imports(x, files.data[i]);
  }
  add_import(x, v);
  return x;
}

// escgo test: package p compiled with its _test.go files of its own
// package, a package of its own ("path [path.test]" in go's headers) that
// every import of p now gets, as go recompiles p's importers for the test;
// the files of package NAME_test, if any, form the external test package.
// t->order is the test binary's dependency order, ending with the package
// that holds the test main (the external one when there is one).
void load_test_variant(LoadedPkg *p, TestPkgs *t) {
  *t = (TestPkgs){0};
  LoadedPkg *v = xmalloc(sizeof(LoadedPkg));
  *v = (LoadedPkg){.path = p->path, .dir = p->dir, .files = p->files, .target = true,
                   .with_tests = true, .from_files = p->from_files};
  v->header = xfmt("# %s [%s.test]", p->path, p->path);
  append_all(&v->imports, p->imports);
  t->variant = test_variant = v;
  for (int i = 0; i < loaded.len; i++) {
    LoadedPkg *q = loaded.data[i];
    for (int k = 0; k < q->imports.len; k++)
      if (q->imports.data[k] == p)
        q->imports.data[k] = v;
  }
  diag_set_header(v->header);
  Vec tests = parse_sources(p->test_files), internal = {0}, external = {0};
  if (diag_syntax_errors)
    exit_if_errors();
  diag_put(p->pending);   // the lexical errors of all its files, for its turn to compile
  v->pending = diag_take();
  split_tests(p, tests, &internal, &external);
  append_all(&v->parsed, p->parsed);
  append_all(&v->parsed, internal);
  for (int i = 0; i < internal.len; i++) {
    vec_push(&v->test_files, nx((Node *)internal.data[i])->file);
    add_file_imports(v, internal.data[i]);
  }
  t->setup_error = test_import_cycle(v, internal);
  if (t->setup_error)
    return;
  if (external.len)
    t->xtest = external_test_package(v, external);
  // What the generated test main (driver/test.c) imports, in the package
  // that holds it, as the go command's testmain package imports them.
  static const char *const testmain_imports[] = {"os", "reflect", "testing",
                                                 "testing/internal/testdeps"};
  for (size_t i = 0; i < sizeof testmain_imports / sizeof *testmain_imports; i++)
    add_import(t->xtest ? t->xtest : v, resolve_import(testmain_imports[i], (Pos){0}));
  for (int i = 0; i < loaded.len; i++)
    ((LoadedPkg *)loaded.data[i])->mark = 0;
  Vec stack = {0};
  visit(t->xtest ? t->xtest : v, &t->order, &stack);
}
