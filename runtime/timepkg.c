// timepkg.c — package time for relative use: Now, Since, Sleep, Time's
// Sub/Add/comparisons on the monotonic clock, and Duration with Go's exact
// String() ("1.5s", "100ms", "2h3m4s", "1µs"). A Time is the wall clock
// and a monotonic reading in nanoseconds (compiler/pkgstd.c's layout);
// calendar functions are not provided.
#include "rt_std.h"
#include "rt_sched.h"

#include <time.h>

typedef struct { int64_t wall, mono; } Time;

static int64_t clock_ns(clockid_t c) {
  struct timespec ts;
  clock_gettime(c, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void escgo_time_Now(Time *out) {
  out->wall = clock_ns(CLOCK_REALTIME);
  out->mono = clock_ns(CLOCK_MONOTONIC);
}

int64_t escgo_time_Time_Sub(const Time *t, const Time *u) {
  if (t->mono && u->mono)
    return t->mono - u->mono;
  return t->wall - u->wall;
}

int64_t escgo_time_Since(const Time *t) {
  Time now;
  escgo_time_Now(&now);
  return escgo_time_Time_Sub(&now, t);
}

void escgo_time_Time_Add(Time *out, const Time *t, int64_t d) {
  out->wall = t->wall + d;
  out->mono = t->mono ? t->mono + d : 0;
}

bool escgo_time_Time_Before(const Time *t, const Time *u) { return escgo_time_Time_Sub(t, u) < 0; }
bool escgo_time_Time_After(const Time *t, const Time *u) { return escgo_time_Time_Sub(t, u) > 0; }
bool escgo_time_Time_Equal(const Time *t, const Time *u) { return escgo_time_Time_Sub(t, u) == 0; }
bool escgo_time_Time_IsZero(const Time *t) { return t->wall == 0 && t->mono == 0; }
int64_t escgo_time_Time_UnixNano(const Time *t) { return t->wall; }
int64_t escgo_time_Time_Unix(const Time *t) { return t->wall / 1000000000; }

// The goroutine parks on the scheduler's timer heap (sched.c); its worker
// runs other goroutines meanwhile.
void escgo_time_Sleep(int64_t d) {
  if (d <= 0)
    return;
  rt_sleep_until(rt_nanotime() + d);
}

// ---------------------------------------------------------------- Duration

// Go's fmtFrac: the prec low digits of v as a fraction, trailing zeros dropped.
static int fmt_frac(char *buf, int w, uint64_t *v, int prec) {
  bool print = false;
  for (int i = 0; i < prec; i++) {
    int digit = (int)(*v % 10);
    print = print || digit != 0;
    if (print)
      buf[--w] = (char)('0' + digit);
    *v /= 10;
  }
  if (print)
    buf[--w] = '.';
  return w;
}

static int fmt_int(char *buf, int w, uint64_t v) {
  if (v == 0)
    buf[--w] = '0';
  for (; v > 0; v /= 10)
    buf[--w] = (char)('0' + v % 10);
  return w;
}

GoString escgo_time_Duration_String(int64_t d) {
  char buf[32];
  int w = sizeof buf;
  uint64_t u = (uint64_t)d;
  bool neg = d < 0;
  if (neg)
    u = -u;
  if (u < 1000000000ull) {
    int prec;
    buf[--w] = 's';
    if (u == 0)
      return rt_cstr("0s");
    if (u < 1000ull) {
      prec = 0;
      buf[--w] = 'n';
    } else if (u < 1000000ull) {
      prec = 3;
      buf[--w] = (char)0xB5;   // U+00B5 'µ'
      buf[--w] = (char)0xC2;
    } else {
      prec = 6;
      buf[--w] = 'm';
    }
    w = fmt_frac(buf, w, &u, prec);
    w = fmt_int(buf, w, u);
  } else {
    buf[--w] = 's';
    w = fmt_frac(buf, w, &u, 9);
    w = fmt_int(buf, w, u % 60);
    u /= 60;
    if (u > 0) {
      buf[--w] = 'm';
      w = fmt_int(buf, w, u % 60);
      u /= 60;
      if (u > 0) {
        buf[--w] = 'h';
        w = fmt_int(buf, w, u);
      }
    }
  }
  if (neg)
    buf[--w] = '-';
  return rt_newstr(buf + w, (int64_t)sizeof buf - w);
}

int64_t escgo_time_Duration_Nanoseconds(int64_t d) { return d; }
int64_t escgo_time_Duration_Microseconds(int64_t d) { return d / 1000; }
int64_t escgo_time_Duration_Milliseconds(int64_t d) { return d / 1000000; }

double escgo_time_Duration_Seconds(int64_t d) {
  return (double)(d / 1000000000) + (double)(d % 1000000000) / 1e9;
}

double escgo_time_Duration_Minutes(int64_t d) {
  return (double)(d / 60000000000) + (double)(d % 60000000000) / (60 * 1e9);
}

double escgo_time_Duration_Hours(int64_t d) {
  return (double)(d / 3600000000000) + (double)(d % 3600000000000) / (60 * 60 * 1e9);
}

int64_t escgo_time_Duration_Truncate(int64_t d, int64_t m) { return m <= 0 ? d : d - d % m; }

static bool less_than_half(int64_t x, int64_t y) { return (uint64_t)x + (uint64_t)x < (uint64_t)y; }

int64_t escgo_time_Duration_Round(int64_t d, int64_t m) {
  if (m <= 0)
    return d;
  int64_t r = d % m;
  if (d < 0) {
    r = -r;
    if (less_than_half(r, m))
      return d + r;
    int64_t d1 = (int64_t)((uint64_t)d - (uint64_t)m + (uint64_t)r);
    return d1 < d ? d1 : INT64_MIN;
  }
  if (less_than_half(r, m))
    return d - r;
  int64_t d1 = (int64_t)((uint64_t)d + (uint64_t)m - (uint64_t)r);
  return d1 > d ? d1 : INT64_MAX;
}

int64_t escgo_time_Duration_Abs(int64_t d) {
  if (d >= 0)
    return d;
  return d == INT64_MIN ? INT64_MAX : -d;
}
