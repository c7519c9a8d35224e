// pcln.c — the program's own frame table, written into it after the link.
//
// A running program names its Go frames (runtime.Callers and CallersFrames,
// which testing calls for every test and benchmark; FuncForPC; a panic's
// traceback) from its code addresses. gc's linker writes a table for that
// (pclntab). escgo's equivalent is made here, once per link, from what the
// linker wrote: the ELF symbol table (each function's name and extent),
// and the DWARF LLVM emitted (each address's file:line, and the calls
// LLVM inlined there, innermost first), read with elfutils' libdw. It goes
// into the executable as the section .escgo_pcln, which is not loaded: the
// runtime (runtime/pcln.c) reads only the entries it needs, with pread, so
// a program keeps no more of it in memory than the names it has asked for,
// where reading the DWARF itself at run time cost every test binary ~3 MB
// of resident memory (libdw, its maps of the file).
//
// The section's layout (native byte order; "off" is an address minus
// the header's base; strings are offsets into the string table):
//   header  PclnHeader
//   funcs   {u32 off, size, name, fv_target}   by off: every function symbol
//   scopes  {u32 parent, name, call_file, call_line}   an inlined call
//   ranges  {u32 off, scope}   by off: the innermost inlined call from off on
//   lines   {u32 off, file, line}   by off: file:line from off on (file 0: none)
//   strings NUL-terminated, offset 0 the empty string
#include "internal.h"
#include "../../runtime/escgo_pcln.h"

#include <dwarf.h>
#include <elfutils/libdw.h>
#include <fcntl.h>
#include <gelf.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
  Buf strings;
  // string -> offset (open addressing over an array of offsets into strings)
  uint32_t *slots;
  size_t cap, used;
  Vec funcs;   // PclnFunc*, then sorted
  PclnScope *scopes;
  size_t nscopes, scopes_cap;
  PclnRange *ranges;
  size_t nranges, ranges_cap;
  PclnLine *lines;
  size_t nlines;
  uint64_t base, limit;   // the lowest function address, the end of the highest
  bool overflow;   // an address more than 4 GiB above base: no table
} Pcln;

#define GROW(arr, n, cap)                                        \
  do {                                                           \
    if ((n) == (cap)) {                                          \
      (cap) = (cap) ? 2 * (cap) : 1024;                          \
      (arr) = xrealloc((arr), sizeof(*(arr)) * (cap));           \
    }                                                            \
  } while (0)

// ---------------------------------------------------------------- strings

static uint64_t hash_str(const char *s) {
  uint64_t h = 1469598103934665603ull;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 1099511628211ull;
  return h;
}

static void strings_rehash(Pcln *t) {
  size_t old_cap = t->cap;
  uint32_t *old = t->slots;
  t->cap = old_cap ? 2 * old_cap : 4096;
  t->slots = xmalloc(sizeof(uint32_t) * t->cap);   // zeroed: 0 is a free slot
  for (size_t i = 0; i < old_cap; i++) {
    if (!old[i])
      continue;
    size_t h = hash_str(t->strings.data + old[i]) & (t->cap - 1);
    while (t->slots[h])
      h = (h + 1) & (t->cap - 1);
    t->slots[h] = old[i];
  }
  free(old);
}

// The offset of s in the string table, added if new ("" and NULL: 0).
static uint32_t intern(Pcln *t, const char *s) {
  if (!s || !*s)
    return 0;
  if (2 * (t->used + 1) > t->cap)
    strings_rehash(t);
  size_t h = hash_str(s) & (t->cap - 1);
  for (; t->slots[h]; h = (h + 1) & (t->cap - 1))
    if (!strcmp(t->strings.data + t->slots[h], s))
      return t->slots[h];
  uint32_t off = (uint32_t)t->strings.len;
  buf_putn(&t->strings, s, strlen(s) + 1);
  t->slots[h] = off;
  t->used++;
  return off;
}

static uint32_t addr_off(Pcln *t, uint64_t addr) {
  if (addr < t->base || addr - t->base > UINT32_MAX) {
    t->overflow = true;
    return 0;
  }
  return (uint32_t)(addr - t->base);
}

// Whether DWARF's addr is code of the program: the linker resolves the
// addresses of functions it discarded (--gc-sections) to 0 (or to -1 or
// -2 in some sections).
static bool in_code(Pcln *t, uint64_t addr) { return addr >= t->base && addr <= t->limit; }

// ---------------------------------------------------------------- functions

typedef struct {
  uint64_t addr, size;
  const char *name;
  bool global;
  size_t order;   // in the symbol table: ties keep the first
} Sym;

static int by_addr_then_rank(const void *a, const void *b) {
  const Sym *x = a, *y = b;
  if (x->addr != y->addr)
    return x->addr < y->addr ? -1 : 1;
  if (x->global != y->global)
    return x->global ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

static int by_name(const void *a, const void *b) {
  return strcmp((*(const Sym **)a)->name, (*(const Sym **)b)->name);
}

// Every function symbol with an extent; of aliases at one address the
// first global one names it. A func value's wrapper "F$fv" records F,
// which FuncForPC reports for it (runtime/symtab.c).
static bool read_functions(Pcln *t, Elf *elf) {
  Elf_Scn *scn = NULL;
  Sym *syms = NULL;
  size_t n = 0, cap = 0;
  while ((scn = elf_nextscn(elf, scn))) {
    GElf_Shdr sh;
    if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_SYMTAB || !sh.sh_entsize)
      continue;
    Elf_Data *data = elf_getdata(scn, NULL);
    size_t count = sh.sh_size / sh.sh_entsize;
    for (size_t i = 1; data && i < count; i++) {
      GElf_Sym s;
      if (!gelf_getsym(data, (int)i, &s) || GELF_ST_TYPE(s.st_info) != STT_FUNC ||
          !s.st_size || s.st_shndx == SHN_UNDEF)
        continue;
      const char *name = elf_strptr(elf, sh.sh_link, s.st_name);
      if (!name)
        continue;
      GROW(syms, n, cap);
      syms[n] = (Sym){s.st_value, s.st_size, name, GELF_ST_BIND(s.st_info) != STB_LOCAL, n};
      n++;
    }
  }
  if (!n) {
    free(syms);
    return false;
  }
  qsort(syms, n, sizeof(Sym), by_addr_then_rank);
  t->base = syms[0].addr;
  for (size_t i = 0; i < n; i++)
    if (syms[i].addr + syms[i].size > t->limit)
      t->limit = syms[i].addr + syms[i].size;
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    if (!k || syms[i].addr != syms[k - 1].addr)
      syms[k++] = syms[i];
  n = k;
  // The $fv wrappers' targets, by name.
  Sym **named = xmalloc(sizeof(Sym *) * n);
  for (size_t i = 0; i < n; i++)
    named[i] = &syms[i];
  qsort(named, n, sizeof(Sym *), by_name);
  for (size_t i = 0; i < n; i++) {
    PclnFunc *f = xmalloc(sizeof(PclnFunc));
    f->off = addr_off(t, syms[i].addr);
    f->size = (uint32_t)(syms[i].size > UINT32_MAX ? UINT32_MAX : syms[i].size);
    f->name = intern(t, syms[i].name);
    size_t len = strlen(syms[i].name);
    if (len > 3 && !strcmp(syms[i].name + len - 3, "$fv")) {
      char *base = xstrndup(syms[i].name, len - 3);
      Sym key = {.name = base}, *keyp = &key;
      Sym **hit = bsearch(&keyp, named, n, sizeof(Sym *), by_name);
      if (hit)
        f->fv_target = addr_off(t, (*hit)->addr) + 1;
      free(base);
    }
    vec_push(&t->funcs, f);
  }
  free(named);
  free(syms);
  return true;
}

// ---------------------------------------------------------------- inlined calls

typedef struct {
  uint64_t lo, hi;
  uint32_t scope;   // index + 1
  int depth;
} Interval;

typedef struct {
  Interval *v;
  size_t n, cap;
} Intervals;

static const char *die_call_file(Dwarf_Die *die, Dwarf_Files *files, size_t nfiles) {
  Dwarf_Attribute a;
  Dwarf_Word idx;
  if (!files || !dwarf_attr(die, DW_AT_call_file, &a) || dwarf_formudata(&a, &idx) != 0 ||
      idx >= nfiles)
    return NULL;
  return dwarf_filesrc(files, idx, NULL, NULL);
}

static uint32_t die_call_line(Dwarf_Die *die) {
  Dwarf_Attribute a;
  Dwarf_Word line;
  if (!dwarf_attr(die, DW_AT_call_line, &a) || dwarf_formudata(&a, &line) != 0)
    return 0;
  return (uint32_t)line;
}

// The inlined calls under die (a function or a block), parent the scope of
// the call they are in (0: none), at depth.
static void walk_inlined(Pcln *t, Intervals *iv, Dwarf_Die *die, uint32_t parent, int depth,
                         Dwarf_Files *files, size_t nfiles) {
  Dwarf_Die child;
  if (dwarf_child(die, &child) != 0)
    return;
  do {
    int tag = dwarf_tag(&child);
    if (tag == DW_TAG_lexical_block) {
      walk_inlined(t, iv, &child, parent, depth, files, nfiles);
      continue;
    }
    if (tag != DW_TAG_inlined_subroutine)
      continue;
    GROW(t->scopes, t->nscopes, t->scopes_cap);
    const char *file = die_call_file(&child, files, nfiles);
    t->scopes[t->nscopes] =
        (PclnScope){parent, intern(t, dwarf_diename(&child)), intern(t, file), die_call_line(&child)};
    uint32_t self = (uint32_t)++t->nscopes;
    Dwarf_Addr base, lo, hi;
    ptrdiff_t off = 0;
    while ((off = dwarf_ranges(&child, off, &base, &lo, &hi)) > 0) {
      if (!in_code(t, lo))
        continue;
      GROW(iv->v, iv->n, iv->cap);
      iv->v[iv->n++] = (Interval){lo, hi, self, depth};
    }
    walk_inlined(t, iv, &child, self, depth + 1, files, nfiles);
  } while (dwarf_siblingof(&child, &child) == 0);
}

static int by_lo_then_depth(const void *a, const void *b) {
  const Interval *x = a, *y = b;
  if (x->lo != y->lo)
    return x->lo < y->lo ? -1 : 1;
  return (x->depth > y->depth) - (x->depth < y->depth);
}

static void put_range(Pcln *t, uint64_t addr, uint32_t scope) {
  uint32_t off = addr_off(t, addr);
  if (t->nranges && t->ranges[t->nranges - 1].off == off) {
    t->ranges[t->nranges - 1].scope = scope;   // an empty stretch: the later one holds
    return;
  }
  if (t->nranges && t->ranges[t->nranges - 1].scope == scope)
    return;
  GROW(t->ranges, t->nranges, t->ranges_cap);
  t->ranges[t->nranges++] = (PclnRange){off, scope};
}

// The intervals (nested: an inlined call's code lies within its caller's)
// as a sorted list of boundaries, each naming the innermost call from there.
static void flatten_ranges(Pcln *t, Intervals *iv) {
  qsort(iv->v, iv->n, sizeof(Interval), by_lo_then_depth);
  Interval **stack = xmalloc(sizeof(Interval *) * (iv->n + 1));
  size_t top = 0;
  for (size_t i = 0; i <= iv->n; i++) {
    uint64_t at = i < iv->n ? iv->v[i].lo : UINT64_MAX;
    while (top && stack[top - 1]->hi <= at) {   // calls ending before this one starts
      uint64_t end = stack[--top]->hi;
      while (top && stack[top - 1]->hi <= end)
        top--;
      put_range(t, end, top ? stack[top - 1]->scope : 0);
    }
    if (i == iv->n)
      break;
    put_range(t, iv->v[i].lo, iv->v[i].scope);
    stack[top++] = &iv->v[i];
  }
  free(stack);
}

// ---------------------------------------------------------------- lines

typedef struct {
  PclnLine row;
  size_t seq;   // in reading order: rows at one address keep it
} Row;

typedef struct {
  Row *v;
  size_t n, cap;
} Rows;

// The unit's line table: a row's file:line holds from its address to the
// next row's; a sequence's end row has no file.
static void read_lines(Pcln *t, Rows *rows, Dwarf_Die *cu) {
  Dwarf_Lines *lines;
  size_t n;
  if (dwarf_getsrclines(cu, &lines, &n) != 0)
    return;
  for (size_t i = 0; i < n; i++) {
    Dwarf_Line *l = dwarf_onesrcline(lines, i);
    Dwarf_Addr addr;
    bool end;
    int line = 0;
    if (!l || dwarf_lineaddr(l, &addr) != 0 || dwarf_lineendsequence(l, &end) != 0 ||
        !in_code(t, addr))
      continue;
    PclnLine row = {addr_off(t, addr), 0, 0};
    if (!end) {
      dwarf_lineno(l, &line);
      row.file = intern(t, dwarf_linesrc(l, NULL, NULL));
      row.line = (uint32_t)line;
    }
    GROW(rows->v, rows->n, rows->cap);
    rows->v[rows->n] = (Row){row, rows->n};
    rows->n++;
  }
}

static int by_off_then_seq(const void *a, const void *b) {
  const Row *x = a, *y = b;
  if (x->row.off != y->row.off)
    return x->row.off < y->row.off ? -1 : 1;
  return (x->seq > y->seq) - (x->seq < y->seq);
}

// Units' rows may interleave in address order. Of rows at one address the
// last with a file holds (libdw's answer: a sequence's end yields to the
// next sequence's start); repeats of one file:line are dropped.
static void finish_lines(Pcln *t, Rows *rows) {
  qsort(rows->v, rows->n, sizeof(Row), by_off_then_seq);
  t->lines = xmalloc(sizeof(PclnLine) * (rows->n + 1));
  size_t k = 0;
  for (size_t i = 0; i < rows->n; i++) {
    PclnLine l = rows->v[i].row;
    if (k && t->lines[k - 1].off == l.off) {
      if (l.file || !t->lines[k - 1].file)
        t->lines[k - 1] = l;
      continue;
    }
    if (k && t->lines[k - 1].file == l.file && t->lines[k - 1].line == l.line)
      continue;
    t->lines[k++] = l;
  }
  t->nlines = k;
}

// Every Go unit's lines and inlined calls (the runtime's C units are
// never shown as frames).
static void read_dwarf(Pcln *t, Dwarf *dbg) {
  Intervals iv = {0};
  Rows rows = {0};
  Dwarf_Off off = 0, next;
  size_t hsize;
  while (dwarf_nextcu(dbg, off, &next, &hsize, NULL, NULL, NULL) == 0) {
    Dwarf_Die cu;
    Dwarf_Word lang = 0;
    Dwarf_Attribute a;
    if (dwarf_offdie(dbg, off + hsize, &cu) && dwarf_attr(&cu, DW_AT_language, &a) &&
        dwarf_formudata(&a, &lang) == 0 && lang == DW_LANG_Go) {
      read_lines(t, &rows, &cu);
      Dwarf_Files *files = NULL;
      size_t nfiles = 0;
      if (dwarf_getsrcfiles(&cu, &files, &nfiles) != 0)
        files = NULL;
      Dwarf_Die fn;
      if (dwarf_child(&cu, &fn) == 0)
        do
          if (dwarf_tag(&fn) == DW_TAG_subprogram)
            walk_inlined(t, &iv, &fn, 0, 0, files, nfiles);
        while (dwarf_siblingof(&fn, &fn) == 0);
    }
    off = next;
  }
  flatten_ranges(t, &iv);
  free(iv.v);
  finish_lines(t, &rows);
  free(rows.v);
}

// ---------------------------------------------------------------- the section

static void put_array(Buf *b, uint32_t *at, const void *data, size_t size) {
  while (b->len % 8)
    buf_putc(b, 0);
  *at = (uint32_t)b->len;
  if (size)
    buf_putn(b, data, size);
}

static void section_bytes(Pcln *t, Buf *b) {
  PclnHeader h = {.base = t->base};
  memcpy(h.magic, PCLN_MAGIC, sizeof h.magic);
  h.nfuncs = (uint32_t)t->funcs.len;
  h.nscopes = (uint32_t)t->nscopes;
  h.nranges = (uint32_t)t->nranges;
  h.nlines = (uint32_t)t->nlines;
  h.strings_size = (uint32_t)t->strings.len;
  buf_putn(b, (const char *)&h, sizeof h);
  PclnFunc *funcs = xmalloc(sizeof(PclnFunc) * (t->funcs.len + 1));
  for (int i = 0; i < t->funcs.len; i++)
    funcs[i] = *(PclnFunc *)t->funcs.data[i];
  put_array(b, &h.funcs, funcs, sizeof(PclnFunc) * t->funcs.len);
  put_array(b, &h.scopes, t->scopes, sizeof(PclnScope) * t->nscopes);
  put_array(b, &h.ranges, t->ranges, sizeof(PclnRange) * t->nranges);
  put_array(b, &h.lines, t->lines, sizeof(PclnLine) * t->nlines);
  put_array(b, &h.strings, t->strings.data, t->strings.len);
  memcpy(b->data, &h, sizeof h);   // (now with the arrays' offsets)
  free(funcs);
}

static void pcln_free(Pcln *t) {
  for (int i = 0; i < t->funcs.len; i++)
    free(t->funcs.data[i]);
  free(t->funcs.data);
  free(t->strings.data);
  free(t->slots);
  free(t->scopes);
  free(t->ranges);
  free(t->lines);
}

// Builds exe's table into *b; false if exe has no function symbols or its
// code spans more than 4 GiB.
static bool build_table(const char *exe, Buf *b) {
  int fd = open(exe, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return false;
  elf_version(EV_CURRENT);
  Elf *elf = elf_begin(fd, ELF_C_READ_MMAP, NULL);
  Pcln t = {0};
  buf_putc(&t.strings, 0);   // offset 0: the empty string
  bool ok = elf && read_functions(&t, elf);
  if (ok) {
    Dwarf *dbg = dwarf_begin_elf(elf, DWARF_C_READ, NULL);
    if (dbg) {
      read_dwarf(&t, dbg);
      dwarf_end(dbg);
    }
    ok = !t.overflow;
  }
  if (ok)
    section_bytes(&t, b);
  pcln_free(&t);
  if (elf)
    elf_end(elf);
  close(fd);
  return ok;
}

// Adds exe's frame table to it as the section .escgo_pcln (objcopy).
// Returns 0, or 1 having said why not.
int pcln_add_section(const char *exe) {
  Buf b = {0};
  if (!build_table(exe, &b)) {
    fprintf(stderr, "escgo: %s: cannot read its symbols to write its frame table\n", exe);
    return 1;
  }
  char *table = xfmt("%s.pcln", exe);
  int rc = write_file(table, b.data, b.len);
  free(b.data);
  if (rc == 0) {
    char *arg = xfmt("%s=%s", PCLN_SECTION, table);
    char *argv[] = {"objcopy", "--add-section", arg, (char *)exe, NULL};
    ProcessResult r = process_run(&(Process){argv, .search_path = true, .out_fd = -1});
    rc = r.status == 0 ? 0 : 1;
    free(arg);
  }
  unlink(table);
  free(table);
  return rc;
}
