// timing.c — -d=time: the wall and CPU time of each phase, and the memory
// it first touched, on stderr; and the front end's speed in lines per second.
#include "internal.h"

#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

// Phases are timed from the end of the previous one, so the lines add up to
// the whole build. The clock is process-wide, like gc's base.Timer.
static bool time_phases;
static double time_mark, time_cpu_mark, time_fe_start, time_fe_cpu, time_read, time_parse;
static long time_lines;

static double clock_sec(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}
double now_sec(void) { return clock_sec(CLOCK_MONOTONIC); }
static double cpu_sec(void) { return clock_sec(CLOCK_PROCESS_CPUTIME_ID); }

// Resident memory in MB (/proc/self/statm), -1 where unknown. Its growth per
// phase is the memory that phase touched first: the compiler frees almost
// nothing, and first touches (page faults, the kernel clearing pages) are a
// large part of the front end's time.
static double rss_mb(void) {
  FILE *f = fopen("/proc/self/statm", "r");
  long size, resident;
  int n = f ? fscanf(f, "%ld %ld", &size, &resident) : 0;
  if (f)
    fclose(f);
  return n == 2 ? resident * (sysconf(_SC_PAGESIZE) / 1048576.0) : -1;
}
static double time_rss_mark, time_fe_rss, time_fe_sys;

// System CPU time so far: for the front end mostly the kernel handing out
// (and clearing) fresh pages.
static double sys_sec(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_stime.tv_sec + ru.ru_stime.tv_usec * 1e-6;
}

// Wall time, and CPU time (user+sys) where known: on a loaded machine wall
// time includes waiting for a CPU, CPU time does not. One write per line:
// the processes emitting parts of the code print at the same time.
static int time_part_no = -1;

static void time_print(const char *phase, double secs, double cpu, double mb) {
  char line[256];
  int n = snprintf(line, sizeof line, "escgo: time %-10s %9.1f ms wall", phase, secs * 1e3);
  if (cpu >= 0)
    n += snprintf(line + n, sizeof line - n, " %9.1f ms cpu", cpu * 1e3);
  if (mb >= 0)
    n += snprintf(line + n, sizeof line - n, " %+8.1f MB", mb);
  if (time_part_no >= 0)
    n += snprintf(line + n, sizeof line - n, "  (part %d)", time_part_no);
  snprintf(line + n, sizeof line - n, "\n");
  fputs(line, stderr);
  fflush(stderr);
}

// Ends the current phase (named phase) and starts the next.
void time_phase(const char *phase) {
  if (!time_phases)
    return;
  double t = now_sec(), c = cpu_sec(), m = rss_mb();
  time_print(phase, t - time_mark, c - time_cpu_mark, m - time_rss_mark);
  time_mark = t;
  time_cpu_mark = c;
  time_rss_mark = m;
}

// The front end's total and speed (lex+parse+check+lower).
void time_front_end(void) {
  if (!time_phases)
    return;
  double secs = now_sec() - time_fe_start, cpu = cpu_sec() - time_fe_cpu;
  double sys = sys_sec() - time_fe_sys;
  fprintf(stderr, "escgo: time front end (lex+parse+check+lower): %ld lines in %.1f ms wall "
          "= %.0f lines/s (%.1f ms cpu = %.0f lines/s; %.0f ms of it system), %+.1f MB\n",
          time_lines, secs * 1e3, secs > 0 ? time_lines / secs : 0.0, cpu * 1e3,
          cpu > 0 ? time_lines / cpu : 0.0, sys * 1e3, rss_mb() - time_fe_rss);
}

void timing_enable(void) { time_phases = true; }
bool timing_enabled(void) { return time_phases; }

// The front end starts: its total and the first phase are timed from here.
void timing_start(void) {
  if (!time_phases)
    return;
  time_mark = time_fe_start = now_sec();
  time_cpu_mark = time_fe_cpu = cpu_sec();
  time_rss_mark = time_fe_rss = rss_mb();
  time_fe_sys = sys_sec();
}

// One file read (read seconds) and parsed (parse seconds), of lines lines.
void timing_file(double read, double parse, long lines) {
  time_read += read;
  time_parse += parse;
  time_lines += lines;
}

// Every file is parsed: reading and lex+parse are reported (they interleave
// file by file, so each is the sum over the files), and the next phase
// starts.
void timing_parsed(void) {
  if (!time_phases)
    return;
  time_print("read", time_read, -1, -1);
  double m = rss_mb();
  time_print("lex+parse", time_parse, -1, m - time_rss_mark);
  time_mark = now_sec();
  time_cpu_mark = cpu_sec();
  time_rss_mark = m;
}

// The phases from now on are one part's of the program's code (build.c
// emits it in parts, one process each); -1: the whole build's again. In a
// forked child the clocks start over: its CPU time started at zero, and
// its first phase starts now.
void timing_part(int part, bool child) {
  time_part_no = part;
  if (!time_phases || !child)
    return;
  time_mark = now_sec();
  time_cpu_mark = cpu_sec();
  time_rss_mark = rss_mb();
}
