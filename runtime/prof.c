// prof.c — the exact allocation profile of programs built with -allocprof.
//
// Such programs carry escgo_prof_sites (one row per allocation site: function,
// file:line, gc's spelling, why it is on the heap) and call escgo_prof_site(id)
// just before each heap allocation of a site. escgo_alloc charges the
// allocation (objects, and bytes as Go's MemStats counts them) to that site,
// or to "(runtime)" — append growth, map entries, fmt's buffers — when no
// site was named. At exit the table is printed to stderr like pprof's `top`,
// sorted by bytes. No sampling: every allocation is counted.
#include "rt_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  const char *func, *file;
  int64_t line;
  const char *spell, *reason;
} ProfSite;

extern const ProfSite escgo_prof_sites[] __attribute__((weak));
extern const int64_t escgo_prof_nsites __attribute__((weak));
// -allocprof=FILE: where the program writes the profile in pprof's format
// (pprof.c); ESCGO_ALLOCPROF=FILE in the environment overrides it.
extern const char *const escgo_prof_file __attribute__((weak));

typedef struct {
  uint64_t objects, bytes;
} ProfCount;

bool rt_prof_on;
static ProfCount *counts;          // [nsites]; [0] is "(runtime)"
static int64_t nsites;
static _Thread_local int32_t current;

void rt_prof_init(void) {
  if (!escgo_prof_sites || !&escgo_prof_nsites)
    return;
  nsites = escgo_prof_nsites;
  counts = calloc((size_t)nsites, sizeof(ProfCount));
  rt_prof_on = counts != NULL;
}

void escgo_prof_site(int32_t id) { current = id; }

// A site named and its allocation not yet made: this thread's record is the
// goroutine's, so it is not preempted here (preempt.c).
bool rt_prof_site_pending(void) { return current != 0; }

void rt_prof_record(uint64_t bytes) {
  int32_t id = current;
  current = 0;
  if (id < 0 || id >= nsites)
    id = 0;
  __atomic_add_fetch(&counts[id].objects, 1, __ATOMIC_RELAXED);
  __atomic_add_fetch(&counts[id].bytes, bytes, __ATOMIC_RELAXED);
}

static int by_bytes(const void *a, const void *b) {
  uint64_t x = counts[*(const int64_t *)a].bytes, y = counts[*(const int64_t *)b].bytes;
  return x < y ? 1 : x > y ? -1 : 0;
}

static void fmt_bytes(char *buf, size_t n, uint64_t b) {
  if (b >= 1u << 20)
    snprintf(buf, n, "%.2fMB", b / 1048576.0);
  else if (b >= 1024)
    snprintf(buf, n, "%.2fkB", b / 1024.0);
  else
    snprintf(buf, n, "%lluB", (unsigned long long)b);
}

// The table's rows for pprof.c: row 0 is "(runtime)".
static void write_pprof(void) {
  const char *path = getenv("ESCGO_ALLOCPROF");
  if ((!path || !*path) && &escgo_prof_file)
    path = escgo_prof_file;
  if (!path || !*path)
    return;
  RtProfRow *rows = calloc((size_t)nsites, sizeof(RtProfRow));
  if (!rows)
    return;
  for (int64_t i = 0; i < nsites; i++) {
    const ProfSite *s = &escgo_prof_sites[i];
    rows[i] = i ? (RtProfRow){s->func, s->file, s->line, s->spell, s->reason, 0, 0}
                : (RtProfRow){"(runtime)", "", 0, "append growth, maps, strings, fmt", "", 0, 0};
    rows[i].objects = counts[i].objects;
    rows[i].bytes = counts[i].bytes;
  }
  if (rt_pprof_write(path, rows, (int)nsites) != 0)
    fprintf(stderr, "escgo: cannot write the allocation profile %s\n", path);
  free(rows);
}

void rt_prof_report(void) {
  if (!rt_prof_on)
    return;
  rt_prof_on = false;
  write_pprof();
  uint64_t total = 0, objects = 0;
  int64_t *order = malloc(sizeof(int64_t) * (size_t)nsites);
  int64_t rows = 0;
  for (int64_t i = 0; i < nsites; i++) {
    total += counts[i].bytes;
    objects += counts[i].objects;
    if (counts[i].objects)
      order[rows++] = i;
  }
  qsort(order, (size_t)rows, sizeof(int64_t), by_bytes);
  char tb[32];
  fmt_bytes(tb, sizeof tb, total);
  fprintf(stderr, "escgo allocation profile: %s in %llu objects (every heap allocation, no sampling)\n",
          tb, (unsigned long long)objects);
  fprintf(stderr, "%10s %6s %10s  %-24s %-20s %s\n", "flat", "flat%", "objects", "function", "where",
          "site (why on the heap)");
  for (int64_t r = 0; r < rows; r++) {
    int64_t i = order[r];
    char fb[32], where[256];
    fmt_bytes(fb, sizeof fb, counts[i].bytes);
    double pct = total ? 100.0 * counts[i].bytes / total : 0;
    if (i == 0) {
      fprintf(stderr, "%10s %5.1f%% %10llu  %-24s %-20s %s\n", fb, pct,
              (unsigned long long)counts[i].objects, "(runtime)", "-",
              "append growth, maps, strings, fmt");
      continue;
    }
    const ProfSite *s = &escgo_prof_sites[i];
    snprintf(where, sizeof where, "%s:%lld", s->file, (long long)s->line);
    fprintf(stderr, "%10s %5.1f%% %10llu  %-24s %-20s %s (%s)\n", fb, pct,
            (unsigned long long)counts[i].objects, s->func, where, s->spell, s->reason);
  }
  free(order);
}
