// explain.c — escgo explain: the escape explorer, one static HTML page.
//
// The named packages are compiled with the optimisation log on (jsonlog.c's
// optlog_begin: -m=2's analysis, its text kept, not printed). The page shows
// each source file with every -m decision marked where gc reports it: heap
// (escapes, moved to heap), stack (does not escape), leaking parameters,
// inlining. Hovering a mark shows its -m lines; clicking it opens the -m=2
// flow chain (gc's escflow steps) in the side panel. A table lists the heap
// sites; with -allocprof (the program is run), each with the objects and
// bytes it allocated. No network: the style and the script are inline.
#include "internal.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
  const char *path;   // the import path ("main")
  Vec files;          // SrcFile *
  Vec entries;        // LogEntry *: explained decisions
  Vec notes;          // LogEntry *: the -m lines
} ExplainedPkg;

static Vec explained;   // ExplainedPkg *

void explain_collect(LoadedPkg *lp, Package *pkg) {
  ExplainedPkg *e = xmalloc(sizeof *e);
  e->path = pkg->path;
  e->files = lp->files;
  e->entries = logopt_entries();
  e->notes = logopt_notes();
  vec_push(&explained, e);
}

// ---------------------------------------------------------------- marks

enum { K_STACK, K_INLINE, K_LEAK, K_HEAP };   // the worst wins a shared mark
static const char *kind_class[] = {"stack", "inline", "leak", "heap"};

typedef struct {
  SrcFile *file;
  int line, col;
  int kind;
  Vec notes;     // LogEntry *: the -m lines at this position
  Vec flows;     // LogEntry *: the explained decisions at this position
  int id;
} Mark;

static int note_kind(const char *m) {
  size_t n = strlen(m);
  if (!strncmp(m, "moved to heap:", 14) || (n > 15 && !strcmp(m + n - 15, "escapes to heap")))
    return K_HEAP;
  if (!strncmp(m, "leaking param", 13))
    return K_LEAK;
  if (!strncmp(m, "can inline", 10) || !strncmp(m, "cannot inline", 13) ||
      !strncmp(m, "inlining call to", 16))
    return K_INLINE;
  return K_STACK;   // "does not escape", "x does not escape"
}

static Mark *mark_at(Vec *marks, Pos p) {
  for (int i = 0; i < marks->len; i++) {
    Mark *m = marks->data[i];
    if (m->file == p.file && m->line == p.line && m->col == p.col)
      return m;
  }
  Mark *m = xmalloc(sizeof *m);
  *m = (Mark){.file = p.file, .line = p.line, .col = p.col, .kind = -1};
  vec_push(marks, m);
  return m;
}

static bool in_files(Vec files, SrcFile *f) {
  for (int i = 0; i < files.len; i++)
    if (files.data[i] == f)
      return true;
  return false;
}

static int cmp_marks(const void *a, const void *b) {
  const Mark *x = *(Mark *const *)a, *y = *(Mark *const *)b;
  if (x->file != y->file)
    return strcmp(x->file->path, y->file->path);
  if (x->line != y->line)
    return x->line - y->line;
  return x->col - y->col;
}

static Vec collect_marks(ExplainedPkg *pkg) {
  Vec marks = {0};
  for (int i = 0; i < pkg->notes.len; i++) {
    LogEntry *n = pkg->notes.data[i];
    if (!n->pos.file || !in_files(pkg->files, n->pos.file) || n->pos.col <= 0)
      continue;
    Mark *m = mark_at(&marks, n->pos);
    vec_push(&m->notes, n);
    int k = note_kind(n->msg);
    if (k > m->kind)
      m->kind = k;
  }
  for (int i = 0; i < pkg->entries.len; i++) {
    LogEntry *e = pkg->entries.data[i];
    if (!e->nsteps || !e->pos.file || !in_files(pkg->files, e->pos.file))
      continue;
    Mark *m = mark_at(&marks, e->pos);
    vec_push(&m->flows, e);
    if (m->kind < 0)
      m->kind = strcmp(e->code, "leak") ? K_HEAP : K_LEAK;
  }
  qsort(marks.data, (size_t)marks.len, sizeof(void *), cmp_marks);
  for (int i = 0; i < marks.len; i++)
    ((Mark *)marks.data[i])->id = i;
  return marks;
}

// ---------------------------------------------------------------- the profile

// -allocprof: the table the program printed (runtime/prof.c): a row per
// site, "FLAT PCT OBJECTS FUNCTION FILE:LINE SPELLING (REASON)".
typedef struct {
  char *where;   // "main.go:19"
  char *site;    // "&Small{...} (escapes)"
  char *objects, *bytes;
  double nbytes;
} ProfRow;
static Vec prof_rows;

static double bytes_value(const char *s) {
  double v = atof(s);
  return strstr(s, "MB") ? v * 1048576 : strstr(s, "kB") ? v * 1024 : v;
}

static void read_profile_table(const char *text) {
  for (const char *l = text; l && *l;) {
    const char *end = strchr(l, '\n');
    char *line = end ? xstrndup(l, (size_t)(end - l)) : xstrdup(l);
    char flat[64], pct[32], objs[32], fn[512], where[512];
    int rest = 0;
    if (sscanf(line, "%63s %31s %31s %511s %511s %n", flat, pct, objs, fn, where, &rest) == 5 &&
        strchr(where, ':') && strchr(pct, '%') && rest > 0) {
      ProfRow *r = xmalloc(sizeof *r);
      *r = (ProfRow){xstrdup(where), xstrdup(line + rest), xstrdup(objs), xstrdup(flat),
                     bytes_value(flat)};
      vec_push(&prof_rows, r);
    }
    free(line);
    l = end ? end + 1 : NULL;
  }
}

// The spelling a heap mark's -m line gives its site: "X escapes to heap",
// "moved to heap: X".
static const char *heap_spelling(Mark *m) {
  for (int k = 0; k < m->notes.len; k++) {
    const char *msg = ((LogEntry *)m->notes.data[k])->msg;
    size_t n = strlen(msg);
    if (!strncmp(msg, "moved to heap: ", 15))
      return msg + 15;
    if (n > 16 && !strcmp(msg + n - 16, " escapes to heap"))
      return xstrndup(msg, n - 16);
  }
  return NULL;
}

// The profile's row of a heap mark: same file:line, same spelling (the
// profile places an inlined copy's allocations at the callee's line, as gc's
// profiles do).
static ProfRow *profile_of(Mark *m) {
  const char *slash = strrchr(m->file->path, '/');
  char *where = xfmt("%s:%d", slash ? slash + 1 : m->file->path, m->line);
  const char *spell = heap_spelling(m);
  for (int i = 0; i < prof_rows.len; i++) {
    ProfRow *r = prof_rows.data[i];
    size_t n = spell ? strlen(spell) : 0;
    if (!strcmp(r->where, where) && spell && !strncmp(r->site, spell, n) && !strncmp(r->site + n, " (", 2))
      return r;
  }
  return NULL;
}

static double mark_bytes(Mark *m) {
  ProfRow *r = profile_of(m);
  return r ? r->nbytes : 0;
}

static int cmp_by_bytes(const void *a, const void *b) {
  double x = mark_bytes(*(Mark *const *)a), y = mark_bytes(*(Mark *const *)b);
  return x < y ? 1 : x > y ? -1 : 0;
}

// ---------------------------------------------------------------- HTML

static void html_text(Buf *b, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == '<')
      buf_puts(b, "&lt;");
    else if (c == '>')
      buf_puts(b, "&gt;");
    else if (c == '&')
      buf_puts(b, "&amp;");
    else if (c == '"')
      buf_puts(b, "&quot;");
    else
      buf_putc(b, c);
  }
}

static void html_str(Buf *b, const char *s) { html_text(b, s, strlen(s)); }

static bool ident_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         (unsigned char)c >= 0x80;
}

// The part of the line a mark at byte col highlights: gc reports a selector
// at its '.', a call at its '(' and an operation at its operator, so the
// operand before them is taken in ("m.NumGC", "makeSmall()").
static void mark_span(const char *line, size_t len, size_t col, size_t *from, size_t *to) {
  size_t a = col, z = col;
  if (col < len && (line[col] == '.' || line[col] == '('))
    while (a > 0 && (ident_byte(line[a - 1]) || line[a - 1] == '.'))
      a--;
  while (z < len && strchr("&*[]", line[z]) && z - col < 3)
    z++;
  while (z < len && (ident_byte(line[z]) || line[z] == '.'))
    z++;
  if (z < len && line[z] == '(' && z + 1 < len && line[z + 1] == ')')
    z += 2;
  else if (z == col && z < len)
    z++;
  *from = a, *to = z;
}

static void mark_title(Buf *b, Mark *m) {
  for (int i = 0; i < m->notes.len; i++) {
    LogEntry *n = m->notes.data[i];
    if (i)
      buf_puts(b, "&#10;");
    buf_printf(b, "%d:%d: ", n->pos.line, n->pos.col);
    html_str(b, n->msg);
  }
  if (!m->notes.len && m->flows.len)
    html_str(b, ((LogEntry *)m->flows.data[0])->msg);
}

// One source line, its marks (sorted by column) wrapped in spans.
static void source_line(Buf *b, const char *line, size_t len, int lineno, Vec *marks, int *next) {
  int worst = -1;
  for (int k = *next; k < marks->len && ((Mark *)marks->data[k])->line == lineno; k++)
    if (((Mark *)marks->data[k])->kind > worst)
      worst = ((Mark *)marks->data[k])->kind;
  buf_printf(b, "<div class=\"line%s%s\" id=\"L%d\"><span class=\"ln\">%d</span><span class=\"code\">",
             worst >= 0 ? " has-" : "", worst >= 0 ? kind_class[worst] : "", lineno, lineno);
  size_t at = 0;
  while (*next < marks->len && ((Mark *)marks->data[*next])->line == lineno) {
    Mark *m = marks->data[(*next)++];
    size_t from, to;
    mark_span(line, len, (size_t)m->col - 1, &from, &to);
    if (from < at)
      from = at;   // (marks side by side: the first keeps what they share)
    if ((size_t)m->col - 1 > len || to <= from)
      continue;
    html_text(b, line + at, from - at);
    buf_printf(b, "<span class=\"site %s\" data-site=\"%d\" title=\"", kind_class[m->kind], m->id);
    mark_title(b, m);
    buf_puts(b, "\">");
    html_text(b, line + from, to - from);
    buf_puts(b, "</span>");
    at = to;
  }
  html_text(b, line + at, len - at);
  buf_puts(b, "</span></div>\n");
}

static void source_file(Buf *b, SrcFile *f, Vec *marks, int *next) {
  const char *slash = strrchr(f->path, '/');
  buf_puts(b, "<h2 class=\"file\">");
  html_str(b, slash ? slash + 1 : f->path);
  buf_puts(b, "</h2>\n<div class=\"src\">\n");
  int lineno = 1;
  for (const char *l = f->src; l < f->src + f->len;) {
    const char *end = memchr(l, '\n', (size_t)(f->src + f->len - l));
    size_t n = end ? (size_t)(end - l) : (size_t)(f->src + f->len - l);
    while (*next < marks->len && ((Mark *)marks->data[*next])->line < lineno)
      (*next)++;
    source_line(b, l, n, lineno++, marks, next);
    l += n + 1;
  }
  buf_puts(b, "</div>\n");
}

// The heap sites, by bytes allocated when there is a profile.
static void heap_table(Buf *b, Vec *marks) {
  Vec heap = {0};
  for (int i = 0; i < marks->len; i++)
    if (((Mark *)marks->data[i])->kind == K_HEAP)
      vec_push(&heap, marks->data[i]);
  if (prof_rows.len)
    qsort(heap.data, (size_t)heap.len, sizeof(void *), cmp_by_bytes);   // (ties: stable enough)
  buf_puts(b, "<table id=\"heap-sites\"><thead><tr><th>where</th><th>-m</th>");
  if (prof_rows.len)
    buf_puts(b, "<th>bytes</th><th>objects</th>");
  buf_puts(b, "</tr></thead><tbody>\n");
  for (int i = 0; i < heap.len; i++) {
    Mark *m = heap.data[i];
    const char *slash = strrchr(m->file->path, '/');
    buf_printf(b, "<tr class=\"heap-site\" data-site=\"%d\"><td><a href=\"#L%d\">", m->id, m->line);
    html_str(b, slash ? slash + 1 : m->file->path);
    buf_printf(b, ":%d:%d</a></td><td>", m->line, m->col);
    const char *spell = heap_spelling(m);
    html_str(b, spell ? spell : m->flows.len ? ((LogEntry *)m->flows.data[0])->msg : "");
    buf_puts(b, "</td>");
    if (prof_rows.len) {
      ProfRow *r = profile_of(m);
      buf_printf(b, "<td class=\"num\">%s</td><td class=\"num\">%s</td>", r ? r->bytes : "-",
                 r ? r->objects : "-");
    }
    buf_puts(b, "</tr>\n");
  }
  buf_puts(b, "</tbody></table>\n");
  free(heap.data);
}

// The marks' -m lines and flow chains, for the script: SITES[id] =
// {where, kind, m: [...], flows: [{msg, steps: [[where, text], ...]}]}.
static void site_data(Buf *b, Vec *marks) {
  buf_puts(b, "const SITES = [\n");
  for (int i = 0; i < marks->len; i++) {
    Mark *m = marks->data[i];
    const char *slash = strrchr(m->file->path, '/');
    buf_puts(b, "{where:");
    json_quote(b, xfmt("%s:%d:%d", slash ? slash + 1 : m->file->path, m->line, m->col));
    buf_printf(b, ",kind:\"%s\",m:[", kind_class[m->kind]);
    for (int k = 0; k < m->notes.len; k++) {
      if (k)
        buf_putc(b, ',');
      json_quote(b, ((LogEntry *)m->notes.data[k])->msg);
    }
    buf_puts(b, "],flows:[");
    for (int k = 0; k < m->flows.len; k++) {
      LogEntry *e = m->flows.data[k];
      buf_puts(b, k ? ",{msg:" : "{msg:");
      json_quote(b, e->msg);
      buf_puts(b, ",steps:[");
      for (int s = 0; s < e->nsteps; s++) {
        const char *text = e->steps[s].msg;
        if (!strncmp(text, "escflow:", 8))
          text += 8;
        buf_puts(b, s ? ",[" : "[");
        json_quote(b, xfmt("%d:%d", e->steps[s].pos.line, e->steps[s].pos.col));
        buf_putc(b, ',');
        json_quote(b, text);
        buf_putc(b, ']');
      }
      buf_puts(b, "]}");
    }
    buf_puts(b, "]},\n");
  }
  buf_puts(b, "];\n");
}

static const char page_style[] =
    "body{font:14px/1.4 sans-serif;margin:0;display:flex}\n"
    "main{flex:1;padding:0 1em 2em 1em;min-width:0}\n"
    "aside{width:34em;padding:1em;background:#f6f6f0;border-left:1px solid #ccc;position:sticky;"
    "top:0;height:100vh;overflow:auto;box-sizing:border-box}\n"
    ".src{font:13px/1.45 monospace;border:1px solid #ddd;overflow-x:auto}.code{white-space:pre}\n"
    ".line{padding-right:1em}.ln{display:inline-block;width:3.5em;color:#999;text-align:right;"
    "margin-right:1em;border-right:4px solid transparent;padding-right:.3em}\n"
    ".has-heap .ln{border-right-color:#d33}.has-leak .ln{border-right-color:#e90}"
    ".has-stack .ln{border-right-color:#3a3}.has-inline .ln{border-right-color:#58c}\n"
    ".site{cursor:pointer;border-radius:2px}\n"
    ".site.heap{background:#fbb;outline:1px solid #d33}.site.leak{background:#fe9}"
    ".site.stack{background:#cfc}.site.inline{background:#dde8ff}\n"
    ".site.open{box-shadow:0 0 0 2px #000}\n"
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}"
    ".num{text-align:right}\n"
    ".key{padding:0 .4em;margin-right:.5em;border-radius:2px}.key.heap{background:#fbb}"
    ".key.leak{background:#fe9}.key.stack{background:#cfc}.key.inline{background:#dde8ff}\n"
    ".flow{font:12px/1.4 monospace;white-space:pre-wrap;background:#fff;border:1px solid #ccc;"
    "padding:.5em;margin:.5em 0}\n";

static const char page_script[] =
    "function show(id,scroll){\n"
    "  const s=SITES[id]; if(!s) return;\n"
    "  document.querySelectorAll('.site.open').forEach(e=>e.classList.remove('open'));\n"
    "  const mark=document.querySelector('.site[data-site=\"'+id+'\"]');\n"
    "  if(mark){mark.classList.add('open'); if(scroll) mark.scrollIntoView({block:'center'});}\n"
    "  const p=document.getElementById('panel'); p.textContent='';\n"
    "  const h=document.createElement('h3'); h.textContent=s.where+' ('+s.kind+')'; p.appendChild(h);\n"
    "  for(const m of s.m){const d=document.createElement('div'); d.className='mline';"
    " d.textContent=m; p.appendChild(d);}\n"
    "  for(const f of s.flows){\n"
    "    const d=document.createElement('div'); d.className='flow';\n"
    "    d.textContent=f.msg+':\\n'+f.steps.map(x=>x[0]+':'+x[1]).join('\\n');\n"
    "    p.appendChild(d);\n"
    "  }\n"
    "  if(!s.flows.length&&s.kind==='heap'){const d=document.createElement('div');"
    " d.textContent='(the flow that decided it is told where the value first escaped)';"
    " p.appendChild(d);}\n"
    "}\n"
    "document.addEventListener('click',ev=>{const t=ev.target.closest('[data-site]');"
    " if(t) show(+t.dataset.site,true);});\n"
    "function fromHash(){const m=/site=(\\d+)/.exec(location.hash); if(m) show(+m[1]);}\n"
    "window.addEventListener('hashchange',fromHash);\n"
    "document.getElementById('counts').textContent=['heap','leak','stack','inline'].map(k=>"
    "document.querySelectorAll('.site.'+k).length+' '+k).join(', ');\n"
    "document.body.dataset.ready='1';\n"
    "fromHash();\n";

static void explain_page(Buf *b, ExplainedPkg *pkg) {
  Vec marks = collect_marks(pkg);
  buf_puts(b, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>escgo explain: ");
  html_str(b, pkg->path);
  buf_printf(b, "</title>\n<style>\n%s</style></head>\n<body>\n<main>\n<h1>escgo explain: package ",
             page_style);
  html_str(b, pkg->path);
  buf_puts(b, "</h1>\n<p class=\"legend\"><span class=\"key heap\">heap</span>"
              "<span class=\"key leak\">leaking parameter</span>"
              "<span class=\"key stack\">stack</span><span class=\"key inline\">inlining</span>"
              " Hover a mark for gc's -m lines, click it for the -m=2 flow. Marks: "
              "<span id=\"counts\">(the page's script did not run)</span></p>\n"
              "<h2>Heap sites</h2>\n");
  heap_table(b, &marks);
  int next = 0;
  for (int i = 0; i < pkg->files.len; i++)
    source_file(b, pkg->files.data[i], &marks, &next);
  buf_puts(b, "</main>\n<aside><h2>Explanation</h2><div id=\"panel\">Click a marked site.</div></aside>\n"
              "<script>\n");
  site_data(b, &marks);
  buf_puts(b, page_script);
  buf_puts(b, "</script>\n</body></html>\n");
}

// ---------------------------------------------------------------- the command

const char help_explain[] =
    "usage: escgo explain [-o page.html] [-allocprof] [build flags] [package | FILES.go]\n"
    "\n"
    "Explain writes the escape explorer: a self-contained HTML page (no network)\n"
    "showing the package's source with every allocation site marked heap or\n"
    "stack where gc's -m reports it, leaking parameters and inlining decisions;\n"
    "hovering a mark shows its -m lines, clicking it the -m=2 flow that\n"
    "decided it. A table lists the heap sites. With -allocprof the program is\n"
    "built with -allocprof and run, and the table gets each heap site's bytes\n"
    "and objects. The page is written to -o (default explain.html); several\n"
    "packages get one page each (explain.html, explain-2.html, ...).\n"
    "See docs/teaching.md.\n";

// -allocprof: build and run the program (escgo run -allocprof, this escgo),
// keep the table it prints at exit.
static void run_for_profile(Options *o) {
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0)
    return;
  exe[n] = 0;
  char **argv = xmalloc(sizeof(char *) * (size_t)(o->inputs.len + 4));
  int k = 0;
  argv[k++] = exe;
  argv[k++] = "run";
  argv[k++] = "-allocprof";
  for (int i = 0; i < o->inputs.len; i++)
    argv[k++] = o->inputs.data[i];
  argv[k] = NULL;
  char path[] = "/tmp/escgo-explain-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0)
    return;
  process_run(&(Process){argv, .out_fd = fd});
  close(fd);
  FILE *f = fopen(path, "r");
  Buf out = {0};
  char chunk[4096];
  size_t got;
  while (f && (got = fread(chunk, 1, sizeof chunk, f)) > 0)
    buf_putn(&out, chunk, got);
  if (f)
    fclose(f);
  unlink(path);
  read_profile_table(buf_cstr(&out));
}

// The page of the i-th package: -o's name, then NAME-2.html, NAME-3.html...
static char *page_path(const char *out, int i) {
  if (i == 0)
    return (char *)out;
  size_t n = strlen(out);
  if (has_suffix(out, ".html"))
    n -= 5;
  return xfmt("%.*s-%d.html", (int)n, out, i + 1);
}

int cmd_explain(int argc, char **argv) {
  Options o = {0};
  bool profile = false;
  Vec args = {0};
  for (int i = 0; i < argc; i++) {
    if (!strcmp(argv[i], "-allocprof") || !strcmp(argv[i], "--allocprof"))
      profile = true;
    else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "-help") || !strcmp(argv[i], "--help")) {
      fputs(help_explain, stdout);
      return 0;
    } else
      vec_push(&args, argv[i]);
  }
  parse_command_line(args.len, (char **)args.data, &o, false, help_explain);
  explain_logging = true;
  if (o.out)
    check_output_path(o.out, o.inputs);   // never a source file, before anything is built
  Vec targets;
  compile_packages(o.inputs, false, &targets, false, NULL);
  if (profile)
    run_for_profile(&o);
  const char *out = o.out ? o.out : "explain.html";
  for (int i = 0; i < explained.len; i++) {
    ExplainedPkg *pkg = explained.data[i];
    Buf page = {0};
    explain_page(&page, pkg);
    char *path = page_path(out, i);
    int err = write_file(path, page.data, page.len);
    if (err) {
      fprintf(stderr, "escgo explain: %s: %s\n", path, go_strerror(err));
      return 1;
    }
    fprintf(stderr, "escgo explain: wrote %s (package %s)\n", path, pkg->path);
  }
  return 0;
}
