// flags.c — the command line: build flags (-o, -O, -gcflags, -escape=off,
// -asan, ...) and gc's compiler flags inside -gcflags (-m, -l, -N, -d=...),
// with gc's and the go tool's complaints about bad ones.
#include "internal.h"

#include <stdlib.h>
#include <string.h>

// Splits a -gcflags value into words; quotes group words as in Go's
// quoted.Split ('-d=forcestack=my file.go:3' keeps its space).
static Vec split_words(const char *s) {
  Vec words = {0};
  while (*s) {
    while (*s == ' ' || *s == '\t' || *s == '\n')
      s++;
    if (!*s)
      break;
    Buf w = {0};
    while (*s && *s != ' ' && *s != '\t' && *s != '\n') {
      if (*s == '\'' || *s == '"') {
        char q = *s++;
        while (*s && *s != q)
          buf_putc(&w, *s++);
        if (*s)
          s++;
      } else {
        buf_putc(&w, *s++);
      }
    }
    vec_push(&words, buf_cstr(&w));
  }
  return words;
}

// gc's complaint about its own flags, after go build's package header.
_Noreturn static void gcflag_error(const char *msg) {
  fprintf(stderr, "%s\n%s", diag_header, msg);
  fputs("\nusage: compile [options] file.go...\nRun 'escgo help gcflags' for the flags escgo knows.\n",
        stderr);
  exit(2);
}

// -d=parts=N: 1 to 64, else 0 (invalid).
static int parts_value(const char *v) {
  char *end;
  long n = strtol(v, &end, 10);
  return *end || end == v || n < 1 || n > 64 ? 0 : (int)n;
}

// -d=inlfuncswithclosures=N: 0 keeps functions holding func literals from
// being inlined; gc 1.19's default, 1, lets them.
static void set_inl_closures(const char *v) {
  char *end;
  long n = strtol(v, &end, 10);
  if (*end || end == v)
    gcflag_error("invalid debug value inlfuncswithclosures");
  else
    flags.no_inline_closures = n == 0;
}

// -d=ir[=lower|escape],ast,tokens,export,time,cache,forcestack=FILE:LINE,parts=N,
// inlfuncswithclosures=N
static void set_debug_keys(const char *list) {
  char *copy = xstrdup(list);
  for (char *key = strtok(copy, ","); key; key = strtok(NULL, ",")) {
    if (!strcmp(key, "ir") || !strcmp(key, "ir=escape"))
      flags.dump_ir |= DUMP_AFTER_ESCAPE;
    else if (!strcmp(key, "ir=lower"))
      flags.dump_ir |= DUMP_AFTER_LOWER;
    else if (!strcmp(key, "ir=inline"))
      flags.dump_ir |= DUMP_AFTER_INLINE;
    else if (!strcmp(key, "ast"))
      flags.dump_ast = true;
    else if (!strcmp(key, "tokens"))
      flags.dump_tokens = true;
    else if (!strcmp(key, "export"))
      flags.dump_export = true;
    else if (!strcmp(key, "time"))
      timing_enable();
    else if (!strcmp(key, "cache"))
      flags.trace_cache = true;
    else if (!strncmp(key, "inlfuncswithclosures=", 21))
      set_inl_closures(key + 21);
    else if (!strncmp(key, "forcestack=", 11) && strchr(key + 11, ':'))
      flags.forcestack = xstrdup(key + 11);
    else if (!strncmp(key, "parts=", 6)) {
      if (!(flags.cg_parts = parts_value(key + 6)))
        gcflag_error(xfmt("invalid value \"%s\" for flag -d: parts must be 1 to 64", key));
    } else
      gcflag_error(xfmt("invalid value \"%s\" for flag -d: unknown debug key %s", key, key));
  }
}

// The value of "-m" / "-m=N": gc's -m is a counter that -m=N sets.
static void set_m(const char *w) {
  if (!strcmp(w, "-m")) {
    flags.m++;
    return;
  }
  char *end;
  long n = strtol(w + 3, &end, 10);
  if (*end || end == w + 3 || n < 0 || n > 9)
    gcflag_error(xfmt("invalid value \"%s\" for flag -m: parse error", w + 3));
  flags.m = (int)n;
}

// -json=VERSION,DIR: gc's optimisation log (driver/jsonlog.c), checked as
// gc's logopt checks it: version 0, an absolute directory or a file:// URI.
static void set_json(const char *v) {
  const char *comma = strchr(v, ',');
  const char *form = "-json option should be '<version>,<destination>' where <version> is a number";
  if (!comma || comma == v)
    gcflag_error(form);
  char *end;
  long version = strtol(v, &end, 10);
  if (end != comma)
    gcflag_error(xfmt("%s: err=strconv.Atoi: parsing \"%.*s\": invalid syntax", form, (int)(comma - v), v));
  if (version != 0)
    gcflag_error("-json version must be 0");
  const char *dir = comma + 1;
  if (!strncmp(dir, "file://", 7))
    dir += 7;
  else if (dir[0] != '/')
    gcflag_error(xfmt("optimizer logging destination %s was neither /-prefixed directory nor "
                      "file://-prefixed file URI", comma + 1));
  flags.json_dir = xstrdup(dir);
}

// Each -gcflags=[PATTERN=]FLAGS on the command line, in order: a package
// gets the FLAGS of the last one whose PATTERN matches it (no PATTERN: the
// packages named on the command line), as go does; the others gc's defaults.
typedef struct {
  char *pattern;   // NULL: the named packages
  char *value;     // the compiler flags
} GcflagsEntry;
static Vec gcflags_entries;

static void apply_gcflags(const char *value);

static void parse_gcflags(const char *value) {
  while (*value == ' ')
    value++;
  const char *eq = strchr(value, '=');
  GcflagsEntry *e = xmalloc(sizeof *e);
  if (*value && *value != '-' && eq) {
    e->pattern = xstrndup(value, (size_t)(eq - value));
    value = eq + 1;
  }
  e->value = xstrdup(value);
  vec_push(&gcflags_entries, e);
  apply_gcflags(value);   // reports bad flags now, before any package loads
}

static void apply_gcflags(const char *value) {
  Vec words = split_words(value);
  for (int i = 0; i < words.len; i++) {
    char *w = VEC_AT(words, i);
    if (w[0] == '-' && w[1] == '-')
      w++;  // Go's flag package accepts --flag too
    if (!strcmp(w, "-m") || !strncmp(w, "-m=", 3))
      set_m(w);
    else if (!strcmp(w, "-l"))
      flags.no_inline = true;
    else if (!strncmp(w, "-l=", 3))
      flags.no_inline = !strcmp(w + 3, "1");   // gc: -l=1 is -l; -l=4 (more inlining) inlines
                                              // as escgo's default does
    else if (!strcmp(w, "-N"))
      flags.no_opt = true;
    else if (!strcmp(w, "-smallframes"))
      flags.small_frames = true;
    else if (!strncmp(w, "-json=", 6))
      set_json(w + 6);
    else if (!strcmp(w, "-json") && i + 1 < words.len)
      set_json(VEC_AT(words, ++i));
    else if (!strncmp(w, "-d=", 3))
      set_debug_keys(w + 3);
    else if (!strcmp(w, "-d") && i + 1 < words.len)
      set_debug_keys(VEC_AT(words, ++i));
    else if (!strcmp(w, "-d"))
      gcflag_error("flag needs an argument: -d");
    else if (w[0] == '-')
      gcflag_error(xfmt("flag provided but not defined: %s", w));
    else
      gcflag_error(xfmt("unexpected argument in -gcflags: %s", w));
  }
}

// ---------------------------------------------------------------- build flags

// The value of "-name=value" or "-name value"; NULL if arg is not -name.
static const char *flag_value(const char *name, int argc, char **argv, int *i,
                              const char *usage) {
  const char *a = argv[*i];
  if (a[0] == '-' && a[1] == '-')
    a++;
  size_t n = strlen(name);
  if (strncmp(a, name, n))
    return NULL;
  if (a[n] == '=')
    return a + n + 1;
  if (a[n] != 0)
    return NULL;
  if (*i + 1 >= argc) {
    fprintf(stderr, "flag needs an argument: %s\n", name);
    usage_exit(usage);
  }
  return argv[++*i];
}

// Parses one build flag at argv[*i]; returns false if it is not one.
bool parse_build_flag(int argc, char **argv, int *i, Options *o, bool is_run,
                             const char *usage) {
  const char *a = argv[*i];
  const char *plain = (a[1] == '-') ? a + 1 : a;
  const char *v;
  if (!strcmp(plain, "-O0") || !strcmp(plain, "-O1") || !strcmp(plain, "-O2"))
    flags.opt_level = plain[2] - '0';
  else if (!strcmp(plain, "-escape=off"))
    flags.escape_off = true;
  else if (!strcmp(plain, "-escape=on"))
    flags.escape_off = false;
  else if (!strcmp(plain, "-asan"))
    flags.asan = true;
  else if (!strcmp(plain, "-allocprof"))
    flags.allocprof = true;
  else if (!strncmp(plain, "-allocprof=", 11) && plain[11]) {
    flags.allocprof = true;   // the table, and the profile in pprof's format (runtime/pprof.c)
    flags.allocprof_file = abs_path(plain + 11);
  }
  else if (!strcmp(plain, "-emit-llvm"))
    flags.emit_llvm = true;
  else if ((v = flag_value("-gcflags", argc, argv, i, usage)))
    parse_gcflags(v);
  else if (!is_run && (v = flag_value("-o", argc, argv, i, usage)))
    o->out = v;
  else
    return false;
  return true;
}

// Fills o from argv (after the subcommand). run's arguments: the .go files
// (or one DIR), then an optional "--", then the program's arguments.
void parse_command_line(int argc, char **argv, Options *o, bool is_run,
                               const char *usage) {
  int i = 0;
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--")) {
      i++;
      break;
    }
    if (a[0] != '-' || !a[1])
      break;
    if (!parse_build_flag(argc, argv, &i, o, is_run, usage)) {
      fprintf(stderr, "flag provided but not defined: %s\n", a);
      usage_exit(usage);
    }
  }
  if (!is_run) {
    for (; i < argc; i++)
      vec_push(&o->inputs, argv[i]);
    return;
  }
  // run: files end in .go; a lone first argument that does not may be a DIR.
  if (i < argc && !has_suffix(argv[i], ".go"))
    vec_push(&o->inputs, argv[i++]);
  else
    while (i < argc && has_suffix(argv[i], ".go"))
      vec_push(&o->inputs, argv[i++]);
  if (i < argc && !strcmp(argv[i], "--"))
    i++;
  o->prog_args = argv + i;
  o->nprog_args = argc - i;
  if (!o->inputs.len) {
    fputs("escgo: no go files listed\n", stderr);
    exit(1);
  }
}

// ---------------------------------------------------------------- per package

// go's pattern match of an import path: "..." matches any string.
static bool path_match(const char *pat, const char *path) {
  const char *dots = strstr(pat, "...");
  if (!dots)
    return !strcmp(pat, path);
  size_t n = (size_t)(dots - pat);
  if (strncmp(pat, path, n))
    return false;
  for (const char *p = path + n;; p++) {
    if (path_match(dots + 3, p))
      return true;
    if (!*p)
      return false;
  }
}

// Does a -gcflags pattern select p? As go matches it: "all", a relative
// directory pattern ("./...", "./internal/geom"), an import path pattern;
// no pattern: the packages named on the command line.
static bool gcflags_match(const char *pat, LoadedPkg *p) {
  if (!pat)
    return p->target;
  if (!strcmp(pat, "all"))
    return true;
  if (pat[0] == '.' || pat[0] == '/') {
    bool wild = has_suffix(pat, "/...") || !strcmp(pat, "...");
    char *dir = wild ? xstrndup(pat, strlen(pat) - 4) : xstrdup(pat);
    dir = abs_path(*dir ? dir : ".");
    size_t n = strlen(dir);
    return !strcmp(p->dir, dir) || (wild && !strncmp(p->dir, dir, n) && p->dir[n] == '/');
  }
  return path_match(pat, p->path);
}

static Flags given_flags;

// The compiler flags of package p: those of the last -gcflags that selects
// it, or gc's defaults (no -m output for dependencies).
void gcflags_select(LoadedPkg *p) {
  given_flags = flags;
  flags.m = 0;
  flags.no_inline = flags.no_opt = false;
  flags.dump_ast = flags.dump_tokens = flags.dump_export = false;
  flags.dump_ir = 0;
  flags.forcestack = NULL;
  flags.small_frames = false;   // gc's -smallframes, too, holds for the packages it names
  flags.json_dir = NULL;
  for (int i = gcflags_entries.len - 1; i >= 0; i--) {
    GcflagsEntry *e = gcflags_entries.data[i];
    if (gcflags_match(e->pattern, p)) {
      apply_gcflags(e->value);
      return;
    }
  }
}

void gcflags_restore(void) { flags = given_flags; }

bool gcflags_name(LoadedPkg *p) {
  for (int i = 0; i < gcflags_entries.len; i++)
    if (gcflags_match(((GcflagsEntry *)gcflags_entries.data[i])->pattern, p))
      return true;
  return false;
}
