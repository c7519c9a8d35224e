// mathpkg.c — package math where libm's answer differs from Go's (or is a
// macro): Pow's special cases, Max/Min with Go's NaN and signed-zero rules,
// Inf, NaN, the classification functions and the bit conversions. The rest
// of package math calls libm directly (compiler/pkgstd.c): Sqrt, Floor,
// Ceil, Trunc and Abs are exact either way; Sin, Log, Exp... are correctly
// rounded in glibc and may differ from Go's pure-Go versions in the last
// bit (docs/packages.md).
#include "rt_std.h"

#include <math.h>
#include <string.h>

double escgo_math_Pow(double x, double y) { return pow(x, y); }

// Max: +Inf wins, then NaN, then +0 over -0.
double escgo_math_Max(double x, double y) {
  if (isinf(x) && x > 0) return x;
  if (isinf(y) && y > 0) return y;
  if (isnan(x) || isnan(y)) return NAN;
  if (x == 0 && x == y) return signbit(x) ? y : x;
  return x > y ? x : y;
}

double escgo_math_Min(double x, double y) {
  if (isinf(x) && x < 0) return x;
  if (isinf(y) && y < 0) return y;
  if (isnan(x) || isnan(y)) return NAN;
  if (x == 0 && x == y) return signbit(x) ? x : y;
  return x < y ? x : y;
}

double escgo_math_Inf(int64_t sign) { return sign >= 0 ? INFINITY : -INFINITY; }
double escgo_math_NaN(void) { return NAN; }

// Ldexp: frac * 2**exp; C's ldexp takes an int, Go's exponent is an int64
// (past ±2^31 the result is already 0 or ±Inf, or frac for 0, Inf, NaN).
double escgo_math_Ldexp(double frac, int64_t exp) {
  if (exp > 1 << 20)
    exp = 1 << 20;
  if (exp < -(1 << 20))
    exp = -(1 << 20);
  return ldexp(frac, (int)exp);
}
bool escgo_math_IsNaN(double x) { return x != x; }
bool escgo_math_Signbit(double x) { return signbit(x) != 0; }
// math.Sincos's two results come back through out (the RTCALL ABI's rule for tuples).
void escgo_math_Sincos(double out[2], double x) {
  out[0] = sin(x);
  out[1] = cos(x);
}

bool escgo_math_IsInf(double x, int64_t sign) {
  return (sign >= 0 && x == INFINITY) || (sign <= 0 && x == -INFINITY);
}

uint64_t escgo_math_Float64bits(double x) {
  uint64_t u;
  memcpy(&u, &x, 8);
  return u;
}

uint32_t escgo_math_Float32bits(float x) {
  uint32_t u;
  memcpy(&u, &x, 4);
  return u;
}

float escgo_math_Float32frombits(uint32_t u) {
  float x;
  memcpy(&x, &u, 4);
  return x;
}

double escgo_math_Float64frombits(uint64_t u) {
  double x;
  memcpy(&x, &u, 8);
  return x;
}
