// cache.c — the build cache (GOCACHE's role): each package's object code,
// kept under a key that hashes everything the code was made from — escgo
// itself, the compiler flags the package gets, its files' names and bytes,
// and its imports' keys (so a change anywhere below recompiles everything
// above). Beside the object, KEY.x holds the package's export data
// (export/) and KEY-DKEY.d the diagnostics it printed under the flags DKEY
// hashes. A warm build of an unchanged module compiles nothing: each
// package is read from its export data, its -m lines printed again, its
// object linked (-d=cache shows which package came from where).
//
// $ESCGO_CACHE, else $XDG_CACHE_HOME/escgo, else $HOME/.cache/escgo;
// ESCGO_CACHE=off turns it off for the module's packages (the standard
// ones stay cached in the default place: cache_dir_of). Entries are written under a temporary name
// and renamed into place, so concurrent builds share the cache safely;
// entries no build used for five days are deleted (trim_cache).
#include "internal.h"

#include <limits.h>

#include <errno.h>
#include <fcntl.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <utime.h>
#include <unistd.h>

// ---------------------------------------------------------------- keys

// Two independent 64-bit FNV-1a streams: 128 bits, ample for a cache key.
typedef struct {
  uint64_t a, b;
} Key;

static void key_add(Key *k, const void *data, size_t n) {
  const unsigned char *p = data;
  for (size_t i = 0; i < n; i++) {
    k->a = (k->a ^ p[i]) * 0x100000001b3ULL;
    k->b = (k->b ^ p[i]) * 0x100000001b3ULL + 0x9e3779b97f4a7c15ULL;
  }
}

static void key_str(Key *k, const char *s) {   // length first: no two lists collide
  uint64_t n = s ? strlen(s) : UINT64_MAX;
  key_add(k, &n, sizeof n);
  if (s)
    key_add(k, s, strlen(s));
}

static Key key_new(void) { return (Key){0xcbf29ce484222325ULL, 0x84222325cbf29ce4ULL}; }

static char *key_hex(Key k) { return xfmt("%016llx%016llx", (unsigned long long)k.a, (unsigned long long)k.b); }

// A file as make knows it: where, which, how big, when written ("-": none).
char *file_identity(const char *path) {
  struct stat st;
  if (!path || stat(path, &st) != 0)
    return "-";
  return xfmt("%s %llu %llu %lld %lld.%09ld", path, (unsigned long long)st.st_dev,
              (unsigned long long)st.st_ino, (long long)st.st_size, (long long)st.st_mtim.tv_sec,
              st.st_mtim.tv_nsec);
}

// escgo's own identity: the bytes of this executable (LLVM's version and
// the target are added apart: libLLVM is a shared library). Hashing its
// megabytes is 5% of a warm build, so the hash is remembered (a memo) under
// the file's identity, which a new build of escgo changes.
static const char *self_id(void) {
  static char *id;
  if (id)
    return id;
  char exe[PATH_MAX];
  ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
  char *file = len > 0 ? file_identity((exe[len] = 0, exe)) : "-";
  if (strcmp(file, "-") && (id = cache_memo_get("self", file)))
    return id;
  Key k = key_new();
  int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
  char buf[65536];
  ssize_t n;
  while (fd >= 0 && (n = read(fd, buf, sizeof buf)) > 0)
    key_add(&k, buf, (size_t)n);
  if (fd >= 0)
    close(fd);
  id = key_hex(k);
  if (strcmp(file, "-"))
    cache_memo_put("self", file, id);
  return id;
}

// libLLVM is a shared library: its version and the host CPU, apart from self_id.
static const char *target_id(void) {
  static char *target;
  if (!target)
    target = codegen_target_id();
  return target;
}

// Every flag that changes object code or export data: the compiler flags
// in effect (a package's own, between gcflags_select and _restore), and
// the build flags that apply to every package (-O, -escape=off, -asan: an
// -asan build reuses the standard packages an earlier -asan build
// compiled, never a plain one's). -allocprof builds are not cached
// (cache_front_end), named for safety.
static char *flag_words(void) {
  return xfmt("O%d N%d l%d off%d fs=%s tm%d asan%d prof%d sf%d", flags.opt_level, flags.no_opt,
              flags.no_inline, flags.escape_off, flags.forcestack ? flags.forcestack : "",
              flags.test_main, flags.asan, flags.allocprof, flags.small_frames);
}

// The key of package p's object code (memoized in p->key).
static const char *package_key(LoadedPkg *p) {
  if (p->key)
    return p->key;
  Key k = key_new();
  key_str(&k, "escgo package object v1");
  key_str(&k, self_id());
  key_str(&k, target_id());
  gcflags_select(p);
  char *fl = flag_words();
  gcflags_restore();
  key_str(&k, fl);
  key_str(&k, p->path);
  key_str(&k, p->dir);   // the line tables name files by absolute path
  // escgo test's variant of a package has its _test.go files too: its
  // importers, compiled again against it as go does, get keys of their own.
  key_str(&k, p->with_tests ? "with tests" : "");
  for (int pass = 0; pass < 2; pass++) {
    Vec *files = pass ? &p->test_files : &p->files;
    for (int i = 0; i < files->len && (!pass || p->with_tests); i++) {
      SrcFile *f = files->data[i];
      key_str(&k, f->path);
      uint64_t n = f->len;
      key_add(&k, &n, sizeof n);
      key_add(&k, f->src, f->len);
    }
  }
  // An import's key stands for all of it (its source, its flags, its own
  // imports): whatever of it the importer's code depends on — its export
  // data's escape tags, and inline bodies once export data carries them —
  // changes with it. The export format's version goes with self_id.
  for (int i = 0; i < p->imports.len; i++)
    key_str(&k, package_key(p->imports.data[i]));
  return p->key = key_hex(k);
}

// ---------------------------------------------------------------- the directory

// The default place: $XDG_CACHE_HOME/escgo, else $HOME/.cache/escgo.
static const char *default_cache_dir(void) {
  if (getenv("XDG_CACHE_HOME") && *getenv("XDG_CACHE_HOME"))
    return xfmt("%s/escgo", getenv("XDG_CACHE_HOME"));
  if (getenv("HOME") && *getenv("HOME"))
    return xfmt("%s/.cache/escgo", getenv("HOME"));
  return NULL;
}

// mkdir -p; false, errno set, when path cannot be a directory.
bool mkdir_p(const char *path) {
  char *p = xstrdup(path);
  for (char *s = p + 1; *s; s++)
    if (*s == '/') {
      *s = 0;
      mkdir(p, 0777);
      *s = '/';
    }
  bool ok = mkdir(p, 0777) == 0 || errno == EEXIST;
  free(p);
  return ok;
}

// Can entries be written to path (made if need be)?
static bool dir_usable(const char *path) {
  return mkdir_p(path) && is_dir(path) && access(path, W_OK | X_OK) == 0;
}

static bool cache_is_off(void) {
  const char *env = getenv("ESCGO_CACHE");
  return env && !strcmp(env, "off");
}

const char *cache_dir(void) {
  static const char *dir;
  static bool done;
  if (done)
    return dir;
  done = true;
  const char *env = getenv("ESCGO_CACHE");
  if (cache_is_off())
    dir = NULL;
  else if (env && *env)
    dir = abs_path(env);
  else
    dir = default_cache_dir();
  return dir;
}

// Where package p's entries go. ESCGO_CACHE=off turns the cache off for the
// module's packages only: the standard packages compiled from Go's source
// stay in the default place, as the Go distribution's come prebuilt (go
// refuses GOCACHE=off; `escgo clean -cache` with the default place empties
// theirs). Without it every -asan or ESCGO_CACHE=off build of a program
// importing strings would compile strings and unicode again.
// The user asked for no cache: a default place that cannot be made or
// written to turns it off for these packages too, without a word.
static const char *cache_dir_of(LoadedPkg *p) {
  if (p->std && cache_is_off()) {
    static const char *std_dir;
    if (!std_dir) {
      const char *d = default_cache_dir();
      std_dir = d && dir_usable(d) ? d : "";
    }
    return *std_dir ? std_dir : NULL;
  }
  return cache_dir();
}

// Does any package of the program code generation is about to link have a
// cache (build.c: the program is generated package by package then)?
bool cache_serves(Vec pkgs) {
  for (int i = 0; i < pkgs.len; i++)
    if (cache_dir_of(pkgs.data[i]))
      return true;
  return false;
}

// mkdir -p; false (after saying why) when it cannot be made.
static bool make_dirs(const char *path) {
  if (mkdir_p(path))
    return true;
  fprintf(stderr, "escgo: cache directory %s: %s\n", path, go_strerror(errno));
  return false;
}

// An entry worth trusting: an ELF object file, not an empty or cut one (a
// crash, a full disk); anything else is compiled again and replaced.
static bool is_object_file(const char *path) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return false;
  unsigned char h[64];
  struct stat st;
  bool ok = read(fd, h, sizeof h) == (ssize_t)sizeof h && fstat(fd, &st) == 0 &&
            !memcmp(h, "\x7f" "ELF", 4) && h[4] == 2 /* 64-bit */;
  if (ok) {   // the section header table ends the file: all of it is there
    uint64_t shoff, shnum = 0, shentsize = 0;
    memcpy(&shoff, h + 0x28, 8);
    memcpy(&shentsize, h + 0x3a, 2);
    memcpy(&shnum, h + 0x3c, 2);
    ok = shoff && (uint64_t)st.st_size >= shoff + shnum * shentsize;
  }
  close(fd);
  return ok;
}

// Flushes a new entry to the disk before it is renamed into place.
static bool synced(const char *path) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  bool ok = fd >= 0 && fsync(fd) == 0;
  if (fd >= 0)
    close(fd);
  return ok;
}

static bool is_hex(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
      return false;
  return strlen(s) >= n;
}

// ---------------------------------------------------------------- trimming
// As GOCACHE: an entry's modification time says when a build last used it
// (refreshed at most hourly); at most once a day, entries unused for five
// days are deleted (DIR/trim.txt holds the time of the last trim).

enum { HOUR = 3600, DAY = 24 * HOUR, TRIM_AGE = 5 * DAY };

static void mark_used(const char *path) {
  struct stat st;
  time_t now = time(NULL);
  if (stat(path, &st) == 0 && now - st.st_mtime > HOUR)
    utime(path, NULL);
}

// KEY.o (object code), KEY.x (export data), KEY-DKEY.d (diagnostics).
static bool is_entry_name(const char *name) {
  if (!is_hex(name, 32))
    return false;
  name += 32;
  if (!strcmp(name, ".o") || !strcmp(name, ".x"))
    return true;
  return name[0] == '-' && is_hex(name + 1, 32) && !strcmp(name + 33, ".d");
}

// Calls fn for each of escgo's files in the cache directory — DIR/xx/KEY.o,
// .x and .d (entries) and the .tmp-* a crashed build left — and nothing else, since
// ESCGO_CACHE may name some other directory by mistake; then, if rm_empty,
// removes the xx directories left empty. (Trimming keeps them: a concurrent
// build may have just made one and be generating the object it will hold.)
static void each_cache_file(const char *dir, void (*fn)(const char *path, bool entry, void *arg),
                            void *arg, bool rm_empty) {
  DIR *top = opendir(dir);
  struct dirent *e;
  while (top && (e = readdir(top))) {
    if (strlen(e->d_name) != 2 || !is_hex(e->d_name, 2))
      continue;
    char *sub = xfmt("%s/%s", dir, e->d_name);
    DIR *d = opendir(sub);
    struct dirent *f;
    while (d && (f = readdir(d))) {
      bool entry = is_entry_name(f->d_name);
      if (entry || !strncmp(f->d_name, ".tmp-", 5))
        fn(xfmt("%s/%s", sub, f->d_name), entry, arg);
    }
    if (d)
      closedir(d);
    if (rm_empty)
      rmdir(sub);   // only when empty
  }
  if (top)
    closedir(top);
}

static void trim_file(const char *path, bool entry, void *now) {
  struct stat st;
  if (stat(path, &st) == 0 && *(time_t *)now - st.st_mtime > (entry ? TRIM_AGE : DAY))
    unlink(path);
}

static void trim_cache(const char *dir) {
  static const char *trimmed[2];   // the module's cache, the standard packages'
  for (int i = 0; i < 2; i++) {
    if (trimmed[i] && !strcmp(trimmed[i], dir))
      return;
    if (!trimmed[i]) {
      trimmed[i] = dir;
      break;
    }
  }
  char *stamp = xfmt("%s/trim.txt", dir);
  struct stat st;
  time_t now = time(NULL);
  if (stat(stamp, &st) == 0 && now - st.st_mtime < DAY)
    return;
  write_file(stamp, "", 0);   // first, so concurrent builds do not all trim
  each_cache_file(dir, trim_file, &now, false);
}

// DIR/xx/KEY + suffix, its directory made; NULL when there is no cache.
static char *entry_path(LoadedPkg *p, const char *suffix) {
  const char *dir = cache_dir_of(p);
  if (!dir)
    return NULL;
  trim_cache(dir);   // once per directory and process
  const char *key = package_key(p);
  char *sub = xfmt("%s/%.2s", dir, key);
  if (!make_dirs(sub))
    return NULL;
  return xfmt("%s/%s%s", sub, key, suffix);
}

// Stores a finished entry: written under a temporary name, flushed, renamed
// (another build may have stored the same meanwhile: fine). A full disk
// leaves the build going on without it.
static bool store_entry(const char *path, const char *tmp, bool (*make)(const char *tmp, void *),
                        void *arg) {
  if (!make(tmp, arg) || !synced(tmp)) {
    unlink(tmp);
    return false;
  }
  if (rename(tmp, path) != 0) {
    fprintf(stderr, "escgo: cache: rename %s: %s\n", tmp, go_strerror(errno));
    unlink(tmp);
    return false;
  }
  return true;
}

static bool make_object(const char *tmp, void *p) {
  return emit_package_object(((LoadedPkg *)p)->prog, tmp) == 0;
}

static bool make_text(const char *tmp, void *text) {
  return write_file(tmp, text, strlen(text)) == 0;
}

static char *tmp_name(const char *path) {
  const char *base = strrchr(path, '/');
  return xfmt("%.*s/.tmp-%d-%s", (int)(base - path), path, (int)getpid(), base + 1);
}

// The object code of package p, a compiled package of the program: from the
// cache when its key is there, else generated now and stored. NULL when the
// cache cannot be used (the caller generates into the build's directory).
const char *cache_object(LoadedPkg *p) {
  if (p->object)
    return p->object;
  char *path = entry_path(p, ".o");
  if (p->from_export && !(path && is_object_file(path)))   // (mark_linked said it is not linked)
    ice("package %s came from export data without its object code", p->path);
  if (!path)
    return NULL;
  if (is_object_file(path)) {
    if (flags.trace_cache)
      fprintf(stderr, "escgo: cache hit  %s (%s): object code; front end ran\n", p->path, p->key);
    mark_used(path);
    return p->object = path;
  }
  if (!store_entry(path, tmp_name(path), make_object, p))
    return NULL;
  if (flags.trace_cache)
    fprintf(stderr, "escgo: cache miss %s: compiled (%s)\n", p->path, p->key);
  return p->object = path;
}

// ---------------------------------------------------------------- the link
// gc's link action ID: an executable is a function of the keys of the
// objects it links (each stands for its package's source, flags and
// imports), the runtime library, the build's flags and the program that
// links. The link writes it as the executable's build ID (link.c), and a
// build whose output already carries it links nothing: gc's up-to-date
// target (build.c).

// The ID of linking pkgs' objects in this order with rtlib by linker; NULL
// when a package has no cache (ESCGO_CACHE=off: everything is made again)
// or is a test variant.
const char *cache_link_id(Vec pkgs, const char *rtlib, const char *linker) {
  struct stat st;
  if (stat(rtlib, &st) != 0)
    return NULL;
  Key k = key_new();
  key_str(&k, "escgo link v1");
  key_str(&k, self_id());
  key_str(&k, target_id());
  key_str(&k, flag_words());
  key_str(&k, linker);
  key_str(&k, rtlib);   // the runtime library as make knows a file: where, how big, when written
  int64_t id[5] = {(int64_t)st.st_dev, (int64_t)st.st_ino, (int64_t)st.st_size,
                   (int64_t)st.st_mtim.tv_sec, (int64_t)st.st_mtim.tv_nsec};
  key_add(&k, id, sizeof id);
  for (int i = 0; i < pkgs.len; i++) {
    LoadedPkg *p = pkgs.data[i];
    if (p->with_tests || !cache_dir_of(p))
      return NULL;
    key_str(&k, package_key(p));
  }
  return key_hex(k);
}

// ---------------------------------------------------------------- export data
// A package whose object, export data and diagnostics are all in the cache
// is not compiled at all: importers read its export data (export/), its -m
// lines are printed again as they were, its object is linked.

bool cache_front_end(LoadedPkg *p) {
  if (!cache_dir_of(p) || p->with_tests || p->pending || !p->parsed.len || flags.allocprof ||
      flags.emit_llvm || timing_enabled())
    return false;
  // A program of one package is generated whole (build.c): nothing to share.
  Node *first = p->parsed.data[0];
  if (first->name && !strcmp(first->name, "main") && !p->imports.len)
    return false;
  gcflags_select(p);
  bool dumps = flags.dump_ast || flags.dump_tokens || flags.dump_ir || flags.dump_export ||
               flags.json_dir || (explain_logging && p->target);   // (the log needs the analysis)
  gcflags_restore();
  return !dumps;
}

// The diagnostics depend on the flags -m reads too, and name files relative
// to the current directory.
static char *diag_suffix(LoadedPkg *p) {
  Key k = key_new();
  key_str(&k, package_key(p));
  gcflags_select(p);
  key_str(&k, xfmt("m%d", flags.m));
  gcflags_restore();
  char cwd[PATH_MAX];
  key_str(&k, getcwd(cwd, sizeof cwd) ? cwd : "");
  return xfmt("-%s.d", key_hex(k));
}

static char *read_entry(const char *path) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return NULL;
  Buf b = {0};
  char chunk[65536];
  ssize_t n;
  while ((n = read(fd, chunk, sizeof chunk)) > 0)
    buf_putn(&b, chunk, (size_t)n);
  close(fd);
  return n < 0 ? NULL : buf_cstr(&b);
}

// gc's up-to-date program, seen before any package is loaded: every package
// of pkgs (a program's, in link order) has its object and its diagnostics
// in the cache, and the executable out already carries the ID linking
// them would give. Then their diagnostics are printed again, as go build
// shows a cached compile's output, and nothing is loaded or linked.
bool cache_program_up_to_date(Vec pkgs, const char *rtlib, const char *out) {
  Vec entries = {0}, diags = {0};
  for (int i = 0; i < pkgs.len; i++) {
    LoadedPkg *p = pkgs.data[i];
    if (!cache_front_end(p))
      return false;
    char *obj = entry_path(p, ".o"), *dg = entry_path(p, diag_suffix(p));
    if (!obj || !is_object_file(obj))
      return false;
    // No diagnostics entry (a package that declares generics runs its front
    // end in every build and stores none): it compiled without an error
    // under this key, so it has nothing to say unless -gcflags select it.
    char *text = read_entry(dg);
    if (!text && gcflags_name(p))
      return false;
    vec_push(&entries, obj);
    if (text)
      vec_push(&entries, dg);
    vec_push(&diags, text ? text : "");
  }
  const char *id = cache_link_id(pkgs, rtlib, cc_program());
  if (!id || !has_build_id(out, id))
    return false;
  for (int i = 0; i < pkgs.len; i++) {
    diag_set_header(((LoadedPkg *)pkgs.data[i])->header);
    diag_replay(diags.data[i]);
  }
  for (int i = 0; i < entries.len; i++)
    mark_used(entries.data[i]);
  if (flags.trace_cache)
    fprintf(stderr, "escgo: cache hit  link (%s): %s is up to date, not linked\n", id, out);
  return true;
}

// ---------------------------------------------------------------- memos
// A fact a build would otherwise ask another program for at every run
// (`go env GOROOT`), kept in the cache directory's NAME.memo under the key
// it depends on: the first line is the key, the second the value. Not an
// entry: trimming and clean leave it, and its key keeps it true.

char *cache_memo_get(const char *name, const char *key) {
  const char *dir = cache_dir();
  char *text = dir ? read_entry(xfmt("%s/%s.memo", dir, name)) : NULL;
  size_t n = strlen(key);
  if (!text || strncmp(text, key, n) || text[n] != '\n')
    return NULL;
  char *value = text + n + 1;
  char *eol = strchr(value, '\n');
  if (!eol)
    return NULL;   // cut short: asked again
  *eol = 0;
  return value;
}

void cache_memo_put(const char *name, const char *key, const char *value) {
  const char *dir = cache_dir();
  if (!dir || strchr(key, '\n') || strchr(value, '\n') || !dir_usable(dir))
    return;
  char *path = xfmt("%s/%s.memo", dir, name);
  store_entry(path, tmp_name(path), make_text, xfmt("%s\n%s\n", key, value));
}

// Export data becomes code in its importers (inline bodies), so a damaged
// entry must never be read as if whole: its last line is a hash of the rest
// ("sum HEX"), checked before the reader sees the text.
static char *content_sum(const char *text, size_t n) {
  Key k = key_new();
  key_add(&k, text, n);
  return key_hex(k);
}

static char *sealed(const char *text) {
  return xfmt("%ssum %s\n", text, content_sum(text, strlen(text)));
}

// The text without its "sum" line, or NULL if the sum does not hold.
static char *unsealed(char *text) {
  size_t n = strlen(text);
  if (n < 2 || text[n - 1] != '\n')
    return NULL;
  char *last = text + n - 1;
  while (last > text && last[-1] != '\n')
    last--;
  if (strncmp(last, "sum ", 4))
    return NULL;
  char *want = content_sum(text, (size_t)(last - text));
  if (strlen(last + 4) != strlen(want) + 1 || strncmp(last + 4, want, strlen(want)))
    return NULL;
  *last = 0;
  return text;
}

bool cache_load_package(LoadedPkg *p, Vec known) {
  if (!cache_front_end(p))
    return false;
  char *obj = entry_path(p, ".o"), *exp = entry_path(p, ".x"), *dg = entry_path(p, diag_suffix(p));
  bool have_obj = obj && is_object_file(obj);
  char *data = have_obj || !p->linked ? read_entry(exp) : NULL;
  char *diags = data ? read_entry(dg) : NULL;
  if (!diags)
    return false;
  char *err = NULL;
  if (!unsealed(data)) {   // compiled again, and stored anew
    if (flags.trace_cache)
      fprintf(stderr, "escgo: cache: %s: damaged (its sum does not hold)\n", exp);
    return false;
  }
  Program *prog;
  Package *pkg = export_read(data, known, &prog, &err);
  if (pkg && strcmp(pkg->path, strcmp(pkg->name, "main") ? p->path : "main"))
    pkg = NULL, err = "export data of another package";
  if (pkg) {   // (read against the package: p's fields are set below only if they are whole)
    LoadedPkg probe = *p;
    probe.pkg = pkg, probe.prog = prog;
    if (!read_inline_bodies(&probe, data))
      pkg = NULL, err = "malformed inline bodies";
  }
  if (!pkg) {   // compiled again, and stored anew
    if (flags.trace_cache)
      fprintf(stderr, "escgo: cache: %s: %s\n", exp, err);
    return false;
  }
  p->pkg = pkg;
  p->prog = prog;
  p->from_export = true;
  p->object = have_obj ? obj : NULL;
  diag_set_header(p->header);
  diag_replay(diags);
  if (have_obj)
    mark_used(obj);
  mark_used(exp);
  mark_used(dg);
  if (flags.trace_cache)
    fprintf(stderr, "escgo: cache hit  %s (%s): export data, not compiled\n", p->path, p->key);
  return true;
}

// Object code only for the packages this build links: a package only
// checked (escgo build of a library, an errorcheck test) stores its export
// data and diagnostics; a later build that links it compiles it again.
void cache_store_package(LoadedPkg *p, Buf *diags) {
  if (!cache_front_end(p) || (p->linked && !cache_object(p)) || p->asm_func)
    return;   // (a package needing Go's assembly: parsed and refused again: packages.c's full_parse)
  char *exp = entry_path(p, ".x"), *dg = entry_path(p, diag_suffix(p));
  char *data = p->export_data ? p->export_data : export_write(p->pkg, p->prog);
  if (export_declares_generics(data))
    return;   // never read back (export.h)
  if (exp && dg && data && store_entry(exp, tmp_name(exp), make_text, sealed(data)))
    store_entry(dg, tmp_name(dg), make_text, buf_cstr(diags));
}

// ---------------------------------------------------------------- escgo clean -cache

static void clean_file(const char *path, bool entry, void *rc) {
  (void)entry;
  if (unlink(path) != 0 && errno != ENOENT) {
    fprintf(stderr, "escgo clean -cache: %s: %s\n", path, go_strerror(errno));
    *(int *)rc = 1;
  }
}

// Removes escgo's entries only, never anything else the directory holds.
int cmd_clean(int argc, char **argv) {
  if (argc != 1 || strcmp(argv[0], "-cache")) {
    fputs("usage: escgo clean -cache\n", stderr);
    return 2;
  }
  const char *dir = cache_dir();
  int rc = 0;
  if (dir)
    each_cache_file(dir, clean_file, &rc, true);
  return rc;
}
