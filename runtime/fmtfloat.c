// fmtfloat.c — strconv.AppendFloat: the digits behind fmt's float verbs.
//
// Digits come from the C library, which rounds correctly like strconv:
//  - with a precision, snprintf("%.*e") gives the correctly rounded digits;
//  - for the shortest form (precision -1) we take the fewest significant
//    digits that read back (strtod, or strtof for float32) as the same
//    value, and among those the closest to it, as strconv does.
// %b and %x are built from the bits directly.
#include "rt_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// A decimal d[0..nd) * 10^(dp-nd): "0.d0d1d2..." times 10^dp. Zero has nd = 0.
typedef struct {
  char d[800];          // a double has at most 767 significant digits
  int nd, dp;
} Digits;

// ndig significant digits, correctly rounded.
static void rounded(Digits *g, double v, int ndig) {
  char s[830];
  if (ndig > 780)
    ndig = 780;
  snprintf(s, sizeof s, "%.*e", ndig - 1, v);   // "d.ddde+XX", v >= 0
  g->nd = 0;
  char *p = s;
  for (; *p && *p != 'e'; p++)
    if (*p != '.')
      g->d[g->nd++] = *p;
  g->dp = atoi(p + 1) + 1;
  while (g->nd > 0 && g->d[g->nd - 1] == '0')
    g->nd--;
  if (g->nd == 0)
    g->dp = 0;
}

static double value_of(const Digits *g, int bitsize) {
  char s[830];
  snprintf(s, sizeof s, "0.%.*se%d", g->nd, g->d, g->dp);
  return bitsize == 32 ? (double)strtof(s, NULL) : strtod(s, NULL);
}

// The ndig-digit decimal next to g, one unit of the last digit up or down.
static void neighbor(Digits *g, int ndig, int dir) {
  while (g->nd < ndig)
    g->d[g->nd++] = '0';   // restore the stripped zeros
  int i = ndig - 1;
  if (dir > 0) {
    while (i >= 0 && g->d[i] == '9')
      g->d[i--] = '0';
    if (i < 0) {   // 99.9 -> 100.0: one more digit before the point
      memmove(g->d + 1, g->d, (size_t)ndig - 1);
      g->d[0] = '1';
      g->dp++;
    } else {
      g->d[i]++;
    }
  } else {
    while (g->d[i] == '0')
      g->d[i--] = '9';
    g->d[i]--;
    if (g->d[0] == '0') {   // 100 -> 099: drop the leading zero
      memmove(g->d, g->d + 1, (size_t)ndig - 1);
      g->d[ndig - 1] = '9';
      g->dp--;
    }
  }
  while (g->nd > 0 && g->d[g->nd - 1] == '0')
    g->nd--;
}

// Whether some ndig-digit decimal reads back as v; g gets the closest one.
// Usually that is the correctly rounded one; at a power of two the gap
// below v is half the gap above, so the rounded decimal may fall outside
// while its neighbour on the other side of v still reads back.
static bool fits(Digits *g, double v, int ndig, int bitsize) {
  rounded(g, v, ndig);
  double back = value_of(g, bitsize);
  if (back == v)
    return true;
  neighbor(g, ndig, back < v ? 1 : -1);
  return value_of(g, bitsize) == v;
}

// The fewest digits that read back: monotone in the digit count, so a
// binary search works.
static void shortest(Digits *g, double v, int bitsize) {
  if (v == 0) {
    g->nd = g->dp = 0;
    return;
  }
  int lo = 1, hi = bitsize == 32 ? 9 : 17;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (fits(g, v, mid, bitsize))
      hi = mid;
    else
      lo = mid + 1;
  }
  fits(g, v, lo, bitsize);
}

static void exponent(RtBuf *b, int e, int min_digits) {
  rtbuf_putc(b, e < 0 ? '-' : '+');
  if (e < 0)
    e = -e;
  char tmp[8];
  int n = snprintf(tmp, sizeof tmp, "%0*d", min_digits, e);
  rtbuf_putn(b, tmp, (size_t)n);
}

// %e: d.ddddde±dd with prec digits after the point.
static void fmt_e(RtBuf *b, const Digits *g, int prec, int echar) {
  rtbuf_putc(b, g->nd == 0 ? '0' : g->d[0]);
  if (prec > 0) {
    rtbuf_putc(b, '.');
    for (int i = 1; i <= prec; i++)
      rtbuf_putc(b, i < g->nd ? g->d[i] : '0');
  }
  rtbuf_putc(b, echar);
  exponent(b, g->nd == 0 ? 0 : g->dp - 1, 2);
}

// %f: ddd.ddd with prec digits after the point.
static void fmt_f(RtBuf *b, const Digits *g, int prec) {
  if (g->dp > 0) {
    for (int i = 0; i < g->dp; i++)
      rtbuf_putc(b, i < g->nd ? g->d[i] : '0');
  } else {
    rtbuf_putc(b, '0');
  }
  if (prec > 0) {
    rtbuf_putc(b, '.');
    for (int i = 1; i <= prec; i++) {
      int j = g->dp + i - 1;
      rtbuf_putc(b, j >= 0 && j < g->nd ? g->d[j] : '0');
    }
  }
}

// %g: %e for large and small exponents, else %f, as strconv decides. The
// shortest form (%v) switches to %e from exponent 6 on ("1e+06"), as an
// explicit precision of 6 would.
static void fmt_g(RtBuf *b, double v, int verb, int prec, int bitsize) {
  Digits g;
  bool is_shortest = prec < 0;
  if (is_shortest) {
    shortest(&g, v, bitsize);
    prec = g.nd;
  } else {
    if (prec == 0)
      prec = 1;
    rounded(&g, v, prec);
  }
  int eprec = prec;
  if (eprec > g.nd && g.nd >= g.dp)
    eprec = g.nd;
  if (is_shortest)
    eprec = 6;
  int exp = g.dp - 1;
  if (exp < -4 || exp >= eprec) {
    if (prec > g.nd)
      prec = g.nd;
    fmt_e(b, &g, prec - 1, verb == 'G' ? 'E' : 'e');
    return;
  }
  if (prec > g.dp)
    prec = g.nd;
  fmt_f(b, &g, prec - g.dp > 0 ? prec - g.dp : 0);
}

// Mantissa and binary exponent, value = mant * 2^exp, as strconv splits them.
static void split(double v, int bitsize, uint64_t *mant, int *exp, int *mantbits) {
  if (bitsize == 32) {
    float f = (float)v;
    uint32_t bits;
    memcpy(&bits, &f, 4);
    *mantbits = 23;
    *exp = (int)(bits >> 23 & 0xFF);
    *mant = bits & ((1u << 23) - 1);
    if (*exp == 0)
      (*exp)++;
    else
      *mant |= 1u << 23;
    *exp -= 127;
  } else {
    uint64_t bits;
    memcpy(&bits, &v, 8);
    *mantbits = 52;
    *exp = (int)(bits >> 52 & 0x7FF);
    *mant = bits & (((uint64_t)1 << 52) - 1);
    if (*exp == 0)
      (*exp)++;
    else
      *mant |= (uint64_t)1 << 52;
    *exp -= 1023;
  }
}

// %b: decimal mantissa, 'p', binary exponent ("4503599627370496p-52").
static void fmt_b(RtBuf *b, double v, int bitsize) {
  uint64_t mant;
  int exp, mantbits;
  split(v, bitsize, &mant, &exp, &mantbits);
  rtbuf_udec(b, mant);
  rtbuf_putc(b, 'p');
  if (exp - mantbits >= 0)
    rtbuf_putc(b, '+');
  rtbuf_dec(b, exp - mantbits);
}

// %x: 0x1.8p+01 — the leading 1 then hex fraction digits, rounded to prec
// digits (half to even) when prec >= 0; exponent at least two digits.
static void fmt_x(RtBuf *b, double v, int verb, int prec, int bitsize) {
  uint64_t mant;
  int exp, mantbits;
  split(v, bitsize, &mant, &exp, &mantbits);
  if (mant == 0)
    exp = 0;
  const uint64_t top = (uint64_t)1 << 60;
  mant <<= 60 - mantbits;
  while (mant != 0 && (mant & top) == 0) {
    mant <<= 1;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    unsigned shift = (unsigned)prec * 4;
    uint64_t extra = (mant << shift) & (top - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > top / 2)
      mant++;
    mant <<= 60 - shift;
    if (mant & (top << 1)) {
      mant >>= 1;
      exp++;
    }
  }
  const char *hex = verb == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  rtbuf_putc(b, '0');
  rtbuf_putc(b, verb);
  rtbuf_putc(b, '0' + (int)(mant >> 60 & 1));
  mant <<= 4;
  if ((prec < 0 && mant != 0) || prec > 0) {
    rtbuf_putc(b, '.');
    for (int i = 0; prec < 0 ? mant != 0 : i < prec; i++) {
      rtbuf_putc(b, hex[mant >> 60 & 15]);
      mant <<= 4;
    }
  }
  rtbuf_putc(b, verb == 'X' ? 'P' : 'p');
  int digits = exp <= -1000 || exp >= 1000 ? 4 : exp <= -100 || exp >= 100 ? 3 : 2;
  exponent(b, exp, digits);
}

void rt_fmt_float(RtBuf *b, double v, int verb, int prec, int bitsize) {
  if (bitsize == 32)
    v = (float)v;
  if (isnan(v)) {
    rtbuf_puts(b, "NaN");
    return;
  }
  if (isinf(v)) {
    rtbuf_puts(b, v > 0 ? "+Inf" : "-Inf");
    return;
  }
  if (signbit(v)) {
    rtbuf_putc(b, '-');
    v = -v;
  }
  Digits g;
  switch (verb) {
  case 'b':
    fmt_b(b, v, bitsize);
    return;
  case 'x': case 'X':
    fmt_x(b, v, verb, prec, bitsize);
    return;
  case 'g': case 'G':
    fmt_g(b, v, verb, prec, bitsize);
    return;
  case 'e': case 'E':
    if (prec < 0) {
      shortest(&g, v, bitsize);
      fmt_e(b, &g, g.nd > 0 ? g.nd - 1 : 0, verb);
      return;
    }
    break;
  default:   // 'f', 'F'
    if (prec < 0) {
      shortest(&g, v, bitsize);
      fmt_f(b, &g, g.nd - g.dp > 0 ? g.nd - g.dp : 0);
      return;
    }
    verb = 'f';
  }
  // With a precision, C's %e and %f print exactly what strconv prints.
  char fmt[6] = {'%', '.', '*', (char)verb, 0};
  char s[400];
  int n = snprintf(s, sizeof s, fmt, prec, v);
  if ((size_t)n < sizeof s) {
    rtbuf_putn(b, s, (size_t)n);
    return;
  }
  char *big = malloc((size_t)n + 1);
  snprintf(big, (size_t)n + 1, fmt, prec, v);
  rtbuf_putn(b, big, (size_t)n);
  free(big);
}

