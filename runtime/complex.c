// complex.c — Go's runtime/complex.go: complex division. The compiler
// calls it for every complex `/` (complex64 operands widened to float64, the
// quotient narrowed back), so escgo divides exactly as gc's programs do.
//
// Smith's algorithm (Commun. ACM 5(8), 1962) scales by the larger part of
// the divisor to avoid overflow; when both results come out NaN, the
// infinities and zeros C99 (G.5.1) asks for are put back. Statement for
// statement runtime.complex128div; x86-64 has no fused multiply-add in its
// baseline, so each * and + rounds as Go's do.
#include "rt_internal.h"

#include <math.h>

// A signed 1 if f is an infinity, else a signed 0 (the sign of f).
static double inf2one(double f) { return copysign(isinf(f) ? 1.0 : 0.0, f); }

void escgo_complex128div(double a, double b, double c, double d, double out[2]) {
  double e, f;
  if (fabs(c) >= fabs(d)) {
    double ratio = d / c;
    double denom = c + ratio * d;
    e = (a + b * ratio) / denom;
    f = (b - a * ratio) / denom;
  } else {
    double ratio = c / d;
    double denom = d + ratio * c;
    e = (a * ratio + b) / denom;
    f = (b * ratio - a) / denom;
  }
  if (isnan(e) && isnan(f)) {
    if (c == 0 && d == 0 && (!isnan(a) || !isnan(b))) {
      e = copysign(INFINITY, c) * a;
      f = copysign(INFINITY, c) * b;
    } else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) {
      a = inf2one(a);
      b = inf2one(b);
      e = INFINITY * (a * c + b * d);
      f = INFINITY * (b * c - a * d);
    } else if ((isinf(c) || isinf(d)) && isfinite(a) && isfinite(b)) {
      c = inf2one(c);
      d = inf2one(d);
      e = 0 * (a * c + b * d);
      f = 0 * (b * c - a * d);
    }
  }
  out[0] = e;
  out[1] = f;
}
