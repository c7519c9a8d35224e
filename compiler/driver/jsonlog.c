// jsonlog.c — gc's -json=0,DIR: the optimisation log as gc 1.19 writes it.
//
// For each package the -gcflags select, DIR/PKG/FILE.json per source file
// with entries: a version header line, then one LSP Diagnostic per line
// (gc's logopt: code, 1-based line and column, message, the -m=2
// explanation as relatedInformation), sorted by position, encoded as Go's
// encoding/json encodes them. escgo logs what its front end decides (escape
// and inlining); gc's back-end entries (nilcheck, isInBounds, copy) and the
// inlineLoc steps of inlined positions are not written (docs/explain.md).
#include "internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

bool explain_logging;   // escgo explain: log the named packages (explain.c)
static int given_m;     // the -m level asked for, while the log runs -m=2's analysis

// Starts the log of package lp, if wanted: -m=2's analysis runs (its text
// silenced unless -m asked for it) so every explanation is there.
bool optlog_begin(LoadedPkg *lp) {
  if (!flags.json_dir && !(explain_logging && lp->target))
    return false;
  logopt_clear();
  logopt_enabled = true;
  logopt_keep_notes = explain_logging;
  given_m = flags.m;
  if (flags.m == 0) {
    flags.m = 2;
    diag_quiet = true;
  }
  return true;
}

// Go's encoding/json string: HTML-safe, invalid UTF-8 as U+FFFD.
void json_quote(Buf *b, const char *s) {
  static const char hex[] = "0123456789abcdef";
  buf_putc(b, '"');
  for (const unsigned char *p = (const unsigned char *)s; *p;) {
    unsigned c = *p;
    if (c == '"' || c == '\\') {
      buf_putc(b, '\\'), buf_putc(b, (int)c), p++;
    } else if (c == '\n' || c == '\r' || c == '\t') {
      buf_puts(b, c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t"), p++;
    } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
      buf_printf(b, "\\u00%c%c", hex[c >> 4], hex[c & 15]), p++;
    } else if (c < 0x80) {
      buf_putc(b, (int)c), p++;
    } else {
      int32_t r;
      int n = utf8_decode(p, strlen((const char *)p), &r);
      if (n <= 1) {
        buf_puts(b, "\\ufffd"), p++;
      } else if (n == 3 && p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0xa8 || p[2] == 0xa9)) {
        buf_printf(b, "\\u202%c", p[2] == 0xa8 ? '8' : '9'), p += 3;
      } else {
        buf_putn(b, (const char *)p, (size_t)n), p += n;
      }
    }
  }
  buf_putc(b, '"');
}

// url.URL{Scheme: "file", Path: path}.String(), for an absolute path.
static void file_uri(Buf *b, const char *path) {
  buf_puts(b, "file://");
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
        strchr("-_.~$&+,/:;=@", *p))
      buf_putc(b, *p);
    else
      buf_printf(b, "%%%02X", *p);
  }
}

// url.PathEscape: one path segment ('/' escaped too).
static char *path_escape(const char *s) {
  Buf b = {0};
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
        strchr("-_.~$&+:=@", *p))
      buf_putc(&b, *p);
    else
      buf_printf(&b, "%%%02X", *p);
  }
  return buf_cstr(&b);
}

// gc keeps a column in 8 bits: 255 means "255 or beyond".
static int log_col(Pos p) { return p.col < 255 ? p.col : 255; }

static void json_range(Buf *b, Pos p) {
  buf_printf(b, "{\"start\":{\"line\":%d,\"character\":%d},\"end\":{\"line\":%d,\"character\":%d}}",
             p.line, log_col(p), p.line, log_col(p));
}

static const char *file_of(Pos p) { return p.file ? abs_path(p.file->path) : ""; }

static void json_entry(Buf *b, LogEntry *e) {
  buf_puts(b, "{\"range\":");
  json_range(b, e->pos);
  buf_puts(b, ",\"severity\":3,\"code\":");
  json_quote(b, e->code);
  buf_puts(b, ",\"source\":\"go compiler\",\"message\":");
  json_quote(b, e->msg);
  if (e->nsteps) {
    buf_puts(b, ",\"relatedInformation\":[");
    for (int i = 0; i < e->nsteps; i++) {
      buf_puts(b, i ? ",{\"location\":{\"uri\":\"" : "{\"location\":{\"uri\":\"");
      file_uri(b, file_of(e->steps[i].pos));
      buf_puts(b, "\",\"range\":");
      json_range(b, e->steps[i].pos);
      buf_puts(b, "},\"message\":");
      json_quote(b, e->steps[i].msg);
      buf_putc(b, '}');
    }
    buf_putc(b, ']');
  }
  buf_puts(b, "}\n");
}

// gc's order: by file, line, column; logged order among equals.
static int cmp_entries(const void *a, const void *b) {
  const LogEntry *x = *(LogEntry *const *)a, *y = *(LogEntry *const *)b;
  int c = strcmp(file_of(x->pos), file_of(y->pos));
  if (c)
    return c;
  if (x->pos.line != y->pos.line)
    return x->pos.line < y->pos.line ? -1 : 1;
  if (log_col(x->pos) != log_col(y->pos))
    return log_col(x->pos) < log_col(y->pos) ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

// The name gc gives FILE.go's log: its base name cut at the last ".go".
static char *log_name(const char *path) {
  const char *slash = strrchr(path, '/');
  char *base = xstrdup(slash ? slash + 1 : path);
  char *dot = NULL;
  for (char *p = strstr(base, ".go"); p; p = strstr(p + 1, ".go"))
    dot = p;
  if (dot)
    *dot = 0;
  return xfmt("%s.json", path_escape(base));
}

// gc's version: the first line of GOROOT/VERSION ("go1.19.8").
static const char *go_version(void) {
  static char v[64];
  FILE *f = fopen(xfmt("%s/VERSION", goroot()), "r");
  if (!f || !fgets(v, sizeof v, f))
    snprintf(v, sizeof v, "go1.19");
  if (f)
    fclose(f);
  v[strcspn(v, "\r\n")] = 0;
  return v;
}

static void write_log_file(const char *dir, const char *pkgpath, const char *file, Buf *body) {
  Buf out = {0};
  buf_puts(&out, "{\"version\":0,\"package\":");
  json_quote(&out, pkgpath);
  buf_puts(&out, ",\"goos\":\"linux\",\"goarch\":");
  json_quote(&out, "amd64");
  buf_puts(&out, ",\"gc_version\":");
  json_quote(&out, go_version());
  buf_puts(&out, ",\"file\":");
  json_quote(&out, file);
  buf_puts(&out, "}\n");
  buf_putn(&out, body->data, body->len);
  char *path = xfmt("%s/%s", dir, log_name(file));
  int err = write_file(path, out.data, out.len);
  if (err) {
    fprintf(stderr, "compile: Could not create file %s for logging optimizer actions, %s\n", path,
            go_strerror(err));
    exit(1);
  }
}

static void write_json_log(const char *dest, const char *pkgpath) {
  char *dir = xfmt("%s/%s", dest, path_escape(pkgpath));
  if (!mkdir_p(dir)) {
    fprintf(stderr, "compile: Could not create directory %s for logging optimizer actions, %s\n", dir,
            go_strerror(errno));
    exit(1);
  }
  Vec all = logopt_entries();
  for (int i = 0; i < all.len; i++)
    ((LogEntry *)all.data[i])->seq = i;
  qsort(all.data, (size_t)all.len, sizeof(void *), cmp_entries);
  Buf body = {0};
  const char *current = NULL;
  for (int i = 0; i < all.len; i++) {
    LogEntry *e = all.data[i];
    const char *file = file_of(e->pos);
    if (current && strcmp(current, file)) {
      write_log_file(dir, pkgpath, current, &body);
      body.len = 0;
    }
    current = file;
    json_entry(&body, e);
  }
  if (current)
    write_log_file(dir, pkgpath, current, &body);
}

// Ends package lp's log: the JSON files, the explorer's copy.
void optlog_end(LoadedPkg *lp, Package *pkg) {
  if (flags.json_dir)
    write_json_log(flags.json_dir, pkg->path);
  if (explain_logging && lp->target)
    explain_collect(lp, pkg);
  logopt_enabled = false;
  logopt_keep_notes = false;
  diag_quiet = false;
  flags.m = given_m;
}
