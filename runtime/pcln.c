// pcln.c — the program's frame table (escgo_pcln.h), read from its own file.
//
// escgo writes the table into the executable after linking
// (compiler/driver/pcln.c) as a section that is not loaded. It is read
// here with pread from /proc/self/exe, one binary search at a time: a
// lookup costs a few system calls and no resident memory, so a test binary
// (testing asks runtime.Callers for every test and benchmark) stays as
// small as the program. traceback.c remembers each address's answer.
#define _GNU_SOURCE
#include "escgo_pcln.h"
#include "rt_internal.h"

#include <elf.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static struct {
  int fd;
  uint64_t at;   // the section's offset in the file
  PclnHeader h;
  bool ok;
} table = {.fd = -1};

static bool read_at(void *dst, size_t size, uint64_t off) {
  size_t done = 0;
  while (done < size) {
    ssize_t n = pread(table.fd, (char *)dst + done, size - done, (off_t)(off + done));
    if (n <= 0)
      return false;
    done += (size_t)n;
  }
  return true;
}

// The file offset of the section named name in the open ELF file (0: none).
static uint64_t find_section(const char *name, uint64_t *size) {
  Elf64_Ehdr eh;
  if (!read_at(&eh, sizeof eh, 0) || memcmp(eh.e_ident, ELFMAG, SELFMAG) ||
      eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_shentsize != sizeof(Elf64_Shdr) ||
      eh.e_shstrndx >= eh.e_shnum)
    return 0;
  Elf64_Shdr *sh = malloc(sizeof(Elf64_Shdr) * eh.e_shnum);
  char *names = NULL;
  uint64_t found = 0;
  if (sh && read_at(sh, sizeof(Elf64_Shdr) * eh.e_shnum, eh.e_shoff)) {
    Elf64_Shdr *strs = &sh[eh.e_shstrndx];
    names = malloc(strs->sh_size + 1);
    if (names && read_at(names, strs->sh_size, strs->sh_offset)) {
      names[strs->sh_size] = 0;
      for (int i = 0; i < eh.e_shnum && !found; i++)
        if (sh[i].sh_name < strs->sh_size && !strcmp(names + sh[i].sh_name, name))
          found = sh[i].sh_offset, *size = sh[i].sh_size;
    }
  }
  free(names);
  free(sh);
  return found;
}

// Whether every array the header names lies within the section.
static bool header_fits(const PclnHeader *h, uint64_t size) {
  struct {
    uint32_t at, n, size;
  } arrays[] = {
      {h->funcs, h->nfuncs, sizeof(PclnFunc)},   {h->scopes, h->nscopes, sizeof(PclnScope)},
      {h->ranges, h->nranges, sizeof(PclnRange)}, {h->lines, h->nlines, sizeof(PclnLine)},
      {h->strings, h->strings_size, 1},
  };
  for (size_t i = 0; i < sizeof arrays / sizeof arrays[0]; i++)
    if ((uint64_t)arrays[i].at + (uint64_t)arrays[i].n * arrays[i].size > size)
      return false;
  return true;
}

static void open_table(void) {
  table.fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
  if (table.fd < 0)
    return;
  uint64_t size = 0;
  table.at = find_section(PCLN_SECTION, &size);
  table.ok = table.at && size >= sizeof(PclnHeader) &&
             read_at(&table.h, sizeof table.h, table.at) &&
             !memcmp(table.h.magic, PCLN_MAGIC, sizeof table.h.magic) &&
             header_fits(&table.h, size);
}

// Whether the program has its table (a stripped one has not).
bool rt_pcln_ready(void) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, open_table);
  return table.ok;
}

// ---------------------------------------------------------------- searching

enum { BLOCK = 128 };   // entries read at once when the search has narrowed to them

// Of the n entries of size es at array (each starting with its u32 off),
// the last one whose off is at most off, copied into out; false if none.
static bool search(uint32_t array, uint32_t n, size_t es, uint32_t off, void *out) {
  uint64_t base = table.at + array;
  size_t lo = 0, hi = n;   // the answer is below hi; entry lo's off is <= off unless lo is 0
  while (hi - lo > BLOCK) {
    size_t mid = lo + (hi - lo) / 2;
    uint32_t key;
    if (!read_at(&key, sizeof key, base + mid * es))
      return false;
    if (key <= off)
      lo = mid;
    else
      hi = mid;
  }
  char block[BLOCK * 16];
  if (hi == lo || es > 16 || !read_at(block, (hi - lo) * es, base + lo * es))
    return false;
  size_t i = hi - lo;
  while (i > 0 && *(uint32_t *)(block + (i - 1) * es) > off)
    i--;
  if (!i)
    return false;
  memcpy(out, block + (i - 1) * es, es);
  return true;
}

static bool off_of(uintptr_t pc, uint32_t *off) {
  if (pc < table.h.base || pc - table.h.base > UINT32_MAX)
    return false;
  *off = (uint32_t)(pc - table.h.base);
  return true;
}

// ---------------------------------------------------------------- strings

// The string at off, read once and kept (the answers traceback.c keeps
// point at them). A lookup that finds the cache busy (a fault's traceback
// racing another) reads its own copy rather than wait.
typedef struct {
  uint32_t off;
  char *s;
} KeptString;
static KeptString *kept;   // open addressing on off, under kept_mu
static size_t kept_cap, kept_len;
static pthread_mutex_t kept_mu = PTHREAD_MUTEX_INITIALIZER;

static KeptString *kept_slot(uint32_t off) {
  size_t h = (off * 2654435761u) & (kept_cap - 1);
  while (kept[h].off && kept[h].off != off)
    h = (h + 1) & (kept_cap - 1);
  return &kept[h];
}

// Room for one more (false: out of memory).
static bool kept_grow(void) {
  if (2 * (kept_len + 1) <= kept_cap)
    return true;
  KeptString *old = kept;
  size_t old_cap = kept_cap;
  KeptString *fresh = calloc(old_cap ? 2 * old_cap : 256, sizeof(KeptString));
  if (!fresh)
    return false;
  kept = fresh;
  kept_cap = old_cap ? 2 * old_cap : 256;
  for (size_t i = 0; i < old_cap; i++)
    if (old[i].off)
      *kept_slot(old[i].off) = old[i];
  free(old);
  return true;
}

static char *read_string(uint32_t off) {
  if (off >= table.h.strings_size)
    return NULL;
  size_t cap = 64, len = 0;
  char *s = malloc(cap);
  while (s) {
    size_t want = cap - len;
    if (off + len + want > table.h.strings_size)
      want = table.h.strings_size - off - len;
    if (!want || !read_at(s + len, want, table.at + table.h.strings + off + len))
      break;
    char *nul = memchr(s + len, 0, want);
    if (nul)
      return s;
    len += want;
    char *bigger = realloc(s, cap *= 2);
    if (!bigger)
      break;
    s = bigger;
  }
  free(s);
  return NULL;
}

static const char *string_at(uint32_t off) {
  if (!off)
    return NULL;
  if (pthread_mutex_trylock(&kept_mu) != 0)
    return read_string(off);
  const char *s = NULL;
  if (kept_grow()) {
    KeptString *slot = kept_slot(off);
    if (!slot->off && (slot->s = read_string(off)))
      slot->off = off, kept_len++;
    s = slot->s;
  }
  pthread_mutex_unlock(&kept_mu);
  return s;
}

// ---------------------------------------------------------------- answers

// The function symbol holding pc: its name, and pc's offset from its entry.
const char *rt_pcln_symbol(uintptr_t pc, uintptr_t *off) {
  uint32_t at;
  PclnFunc f;
  *off = 0;
  if (!rt_pcln_ready() || !off_of(pc, &at) ||
      !search(table.h.funcs, table.h.nfuncs, sizeof f, at, &f) || at - f.off >= f.size)
    return NULL;
  *off = at - f.off;
  return string_at(f.name);
}

// A func value's wrapper F$fv at entry: F's entry (0 if entry is none).
uintptr_t rt_pcln_fv_target(uintptr_t entry) {
  uint32_t at;
  PclnFunc f;
  if (!rt_pcln_ready() || !off_of(entry, &at) ||
      !search(table.h.funcs, table.h.nfuncs, sizeof f, at, &f) || f.off != at || !f.fv_target)
    return 0;
  return table.h.base + f.fv_target - 1;
}

// pc's source line (false if the table has none).
bool rt_pcln_line(uintptr_t pc, const char **file, int *line) {
  uint32_t at;
  PclnLine l;
  if (!rt_pcln_ready() || !off_of(pc, &at) ||
      !search(table.h.lines, table.h.nlines, sizeof l, at, &l) || !l.file)
    return false;
  *file = string_at(l.file);
  *line = (int)l.line;
  return *file != NULL;
}

// The innermost call inlined at pc (a scope number, 0: none).
uint32_t rt_pcln_scope_at(uintptr_t pc) {
  uint32_t at;
  PclnRange r;
  if (!rt_pcln_ready() || !off_of(pc, &at) ||
      !search(table.h.ranges, table.h.nranges, sizeof r, at, &r))
    return 0;
  return r.scope <= table.h.nscopes ? r.scope : 0;
}

// Scope number scope (not 0): the function inlined and where it was
// called; returns the scope it is inlined in (0: the function itself).
uint32_t rt_pcln_scope(uint32_t scope, const char **name, const char **call_file, int *call_line) {
  PclnScope s;
  if (!scope || scope > table.h.nscopes ||
      !read_at(&s, sizeof s, table.at + table.h.scopes + (uint64_t)(scope - 1) * sizeof s)) {
    *name = *call_file = NULL;
    *call_line = 0;
    return 0;
  }
  *name = string_at(s.name);
  *call_file = string_at(s.call_file);
  *call_line = (int)s.call_line;
  return s.parent < scope ? s.parent : 0;   // (parents come first: no cycle)
}
