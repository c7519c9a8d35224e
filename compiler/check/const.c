// const.c — exact constants as the Go spec defines them, on GMP.
//
// Integers are unbounded (mpz). Floats are exact rationals (mpq), so
// 0.1+0.2 == 0.3 holds as in gc. Complex constants are pairs of those, with
// go/constant's arithmetic (so their division is exact too). To keep hostile programs from exhausting
// memory, literal exponents are bounded (|exp| <= 100000), rationals that
// grow too long are rounded to a 512-bit mantissa (gc's constant precision),
// and results beyond a hard size limit are refused (NULL: the caller reports).
#include "check.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum {
  MAX_LIT_EXP = 100000,     // literal exponents beyond this are refused
  MAX_SHIFT = 1074,         // gc's bound on constant shift counts
  MAX_INT_BITS = 1 << 17,   // results larger than this are refused
  RAT_ROUND_BITS = 4096,    // longer rationals are rounded to ...
  RAT_PREC = 512,           // ... this many mantissa bits
};

// Constants are never freed (the compiler is one-shot): they come from the
// arena. The rational is set up only for CV_FLOAT, the one kind that uses
// it (mpq_init allocates; mpz_init does not).
static Const *new_const(ConstKind k) {
  Const *c = arena_alloc(sizeof(Const));
  c->kind = k;
  mpz_init(c->i);
  if (k == CV_FLOAT)
    mpq_init(c->f);
  return c;
}

Const *const_bool(bool b) {
  Const *c = new_const(CV_BOOL);
  c->b = b;
  return c;
}

Const *const_int64(int64_t v) {
  Const *c = new_const(CV_INT);
  mpz_set_si(c->i, v);
  return c;
}

Const *const_uint64(uint64_t v) {
  Const *c = new_const(CV_INT);
  mpz_import(c->i, 1, -1, sizeof v, 0, 0, &v);
  return c;
}

Const *const_float(double d) {
  Const *c = new_const(CV_FLOAT);
  if (isfinite(d))
    mpq_set_d(c->f, d);
  return c;
}

Const *const_string(const char *s, int64_t len) {
  Const *c = new_const(CV_STRING);
  c->s = xmalloc(len + 1);
  memcpy(c->s, s, len);
  c->slen = len;
  return c;
}

// ---------------------------------------------------------------- literals

static int digit_val(int c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  c |= 0x20;
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return 99;
}

// Copies the digits of text[0..len) valid in `base` into a NUL-terminated
// buffer, dropping '_'. Stops at the first other char; *end gets its index.
static char *take_digits(const char *text, int len, int base, int *end, int *ndigits) {
  char *out = xmalloc(len + 1);
  int n = 0, i = 0;
  for (; i < len; i++) {
    if (text[i] == '_')
      continue;
    if (digit_val((unsigned char)text[i]) >= base)
      break;
    out[n++] = text[i];
  }
  *end = i;
  *ndigits = n;
  return out;
}

// Base and prefix length of a number literal: 0x, 0o, 0b; legacy octal 0777.
static int lit_base(const char *text, int len, int *skip) {
  *skip = 0;
  if (len >= 2 && text[0] == '0') {
    switch (text[1] | 0x20) {
    case 'x': *skip = 2; return 16;
    case 'o': *skip = 2; return 8;
    case 'b': *skip = 2; return 2;
    }
    return 8;
  }
  return 10;
}

Const *const_from_int_lit(const char *text, int len) {
  // The usual literal: a few decimal digits, no '_', fits in 63 bits.
  if (len >= 1 && len <= 18 && text[0] != '0') {
    int64_t v = 0;
    int i = 0;
    while (i < len && text[i] >= '0' && text[i] <= '9')
      v = v * 10 + (text[i++] - '0');
    if (i == len)
      return const_int64(v);
  } else if (len == 1 && text[0] == '0') {
    return const_int64(0);
  }
  int skip, end, n;
  int base = lit_base(text, len, &skip);
  char *digits = take_digits(text + skip, len - skip, base, &end, &n);
  Const *c = NULL;
  if (end == len - skip && n > 0) {
    c = new_const(CV_INT);
    mpz_set_str(c->i, digits, base);
  }
  free(digits);
  return c;
}

// Parses an exponent "[+-]digits" (with '_'); false if malformed or absurd.
static bool parse_exp(const char *s, int len, long *exp) {
  int i = 0, sign = 1, nd = 0;
  long v = 0;
  if (i < len && (s[i] == '+' || s[i] == '-'))
    sign = s[i++] == '-' ? -1 : 1;
  for (; i < len; i++) {
    if (s[i] == '_')
      continue;
    if (s[i] < '0' || s[i] > '9')
      return false;
    nd++;
    if (v <= 10L * MAX_LIT_EXP)
      v = v * 10 + (s[i] - '0');
  }
  if (nd == 0 || v > MAX_LIT_EXP)
    return false;
  *exp = sign * v;
  return true;
}

// Sets q = m * radix^e exactly.
static void scale_pow(mpq_ptr q, mpz_srcptr m, int radix, long e) {
  mpz_t p;
  mpz_init(p);
  mpz_ui_pow_ui(p, radix, labs(e));
  mpq_set_z(q, m);
  if (e >= 0)
    mpz_mul(mpq_numref(q), mpq_numref(q), p);
  else
    mpz_mul(mpq_denref(q), mpq_denref(q), p);
  mpq_canonicalize(q);
  mpz_clear(p);
}

Const *const_from_float_lit(const char *text, int len) {
  int skip;
  int base = lit_base(text, len, &skip);
  bool has_point = memchr(text, '.', len) != NULL;
  bool hex = base == 16;
  bool has_exp = false;
  for (int i = skip; i < len; i++)
    if ((!hex && (text[i] | 0x20) == 'e') || (text[i] | 0x20) == 'p')
      has_exp = true;
  if (!has_point && !has_exp) { // an integer literal used as a float
    Const *c = const_from_int_lit(text, len);
    return c ? const_to_float(c) : NULL;
  }
  if (skip && !hex)
    return NULL; // 0b and 0o literals have no fraction or exponent
  if (!hex)
    base = 10; // 09.5 is decimal: a leading 0 is no prefix in floats

  // mantissa: int digits, optional '.', fraction digits
  int end1, n1, end2 = 0, n2 = 0;
  const char *s = text + skip;
  int slen = len - skip;
  char *ipart = take_digits(s, slen, base, &end1, &n1);
  char *fpart = NULL;
  int pos = end1;
  if (pos < slen && s[pos] == '.') {
    fpart = take_digits(s + pos + 1, slen - pos - 1, base, &end2, &n2);
    pos += 1 + end2;
  }
  long exp = 0;
  bool ok = n1 + n2 > 0;
  if (ok && pos < slen) {
    int e = s[pos] | 0x20;
    ok = (hex ? e == 'p' : e == 'e') && parse_exp(s + pos + 1, slen - pos - 1, &exp);
  } else if (hex) {
    ok = false; // a hex mantissa requires a 'p' exponent
  }
  Const *c = NULL;
  if (ok) {
    char *all = xmalloc(n1 + n2 + 2);
    memcpy(all, ipart, n1);
    memcpy(all + n1, fpart ? fpart : "", n2);
    all[n1 + n2] = 0;
    mpz_t m;
    mpz_init_set_str(m, all, base);
    c = new_const(CV_FLOAT);
    if (hex)
      scale_pow(c->f, m, 2, exp - 4L * n2);
    else
      scale_pow(c->f, m, 10, exp - n2);
    mpz_clear(m);
    free(all);
  }
  free(ipart);
  free(fpart);
  return c;
}

// The spec: an imaginary literal's digits are decimal even after a leading
// 0 (0789i is 789i) unless a 0x/0o/0b prefix says otherwise; its value is
// 0 + float*i, go/constant's MakeFromLiteral.
Const *const_from_imag_lit(const char *text, int len) {
  if (len < 2 || text[len - 1] != 'i')
    return NULL;
  len--;
  int skip;
  bool legacy_octal = lit_base(text, len, &skip) == 8 && !skip;
  bool int_digits = !memchr(text, '.', len) && !memchr(text, 'e', len) && !memchr(text, 'E', len);
  Const *im = NULL;
  if (legacy_octal && int_digits) {
    int end, n;
    char *digits = take_digits(text, len, 10, &end, &n);
    if (end == len && n > 0) {
      im = new_const(CV_FLOAT);
      mpz_set_str(mpq_numref(im->f), digits, 10);
    }
    free(digits);
  } else {
    im = const_from_float_lit(text, len);
  }
  return im ? const_complex(const_int64(0), const_to_float(im)) : NULL;
}

// ---------------------------------------------------------------- conversions

// A complex constant's parts are shared, never changed (no constant is).
Const *const_complex(const Const *re, const Const *im) {
  Const *c = new_const(CV_COMPLEX);
  c->re = (Const *)re;
  c->im = (Const *)im;
  return c;
}

Const *const_real(const Const *c) {
  return c && c->kind == CV_COMPLEX ? c->re : (Const *)c;
}

Const *const_imag(const Const *c) {
  return c && c->kind == CV_COMPLEX ? c->im : const_int64(0);
}

Const *const_to_complex(const Const *c) {
  if (!c || (c->kind != CV_INT && c->kind != CV_FLOAT && c->kind != CV_COMPLEX))
    return NULL;
  return c->kind == CV_COMPLEX ? (Const *)c : const_complex(c, const_int64(0));
}

// A complex constant is a real number when its imaginary part is zero.
static const Const *real_value(const Const *c) {
  if (c && c->kind == CV_COMPLEX)
    return const_sign(c->im) == 0 ? c->re : NULL;
  return c;
}

Const *const_to_float(const Const *c) {
  c = real_value(c);
  if (!c || (c->kind != CV_INT && c->kind != CV_FLOAT))
    return NULL;
  Const *r = new_const(CV_FLOAT);
  if (c->kind == CV_INT)
    mpq_set_z(r->f, c->i);
  else
    mpq_set(r->f, c->f);
  return r;
}

Const *const_to_int(const Const *c) {
  c = real_value(c);
  if (!c)
    return NULL;
  if (c->kind == CV_INT) {
    Const *r = new_const(CV_INT);
    mpz_set(r->i, c->i);
    return r;
  }
  if (c->kind != CV_FLOAT || mpz_cmp_ui(mpq_denref(c->f), 1) != 0)
    return NULL;
  Const *r = new_const(CV_INT);
  mpz_set(r->i, mpq_numref(c->f));
  return r;
}

int const_sign(const Const *c) {
  if (!c)
    return 0;
  if (c->kind == CV_INT)
    return mpz_sgn(c->i);
  if (c->kind == CV_FLOAT)
    return mpq_sgn(c->f);
  if (c->kind == CV_COMPLEX)
    return const_sign(c->re) | const_sign(c->im);   // go/constant's Sign
  return 0;
}

// m = floor(a * 2^k / b), with the remainder in r and the divisor in d.
static void div_pow2(mpz_ptr m, mpz_ptr r, mpz_ptr d, mpz_srcptr a, mpz_srcptr b, long k) {
  if (k >= 0) {
    mpz_mul_2exp(r, a, k);
    mpz_set(d, b);
  } else {
    mpz_set(r, a);
    mpz_mul_2exp(d, b, -k);
  }
  mpz_fdiv_qr(m, r, r, d);
}

// Rounds |q| (q != 0) to the nearest binary float with `prec` mantissa bits
// and minimum normal exponent `emin`, ties to even, subnormals included:
// the result is *m * 2^-*k with *m <= 2^prec. Exact integer arithmetic.
static void round_binary(mpq_srcptr q, int prec, long emin, mpz_ptr m, long *k) {
  mpz_t a, d, r;
  mpz_inits(a, d, r, NULL);
  mpz_abs(a, mpq_numref(q));
  mpz_srcptr b = mpq_denref(q);
  // a/b lies in (2^(e-1), 2^(e+1)), so m gets prec or prec+1 bits here.
  long e = (long)mpz_sizeinbase(a, 2) - (long)mpz_sizeinbase(b, 2);
  long kk = prec - e;
  div_pow2(m, r, d, a, b, kk);
  if ((long)mpz_sizeinbase(m, 2) > prec)
    div_pow2(m, r, d, a, b, --kk);
  // Below the normal range the quantum is fixed at 2^(emin-prec+1).
  if (prec - 1 - kk < emin) {
    kk = prec - 1 - emin;
    div_pow2(m, r, d, a, b, kk);
  }
  mpz_mul_2exp(r, r, 1);
  int cmp = mpz_cmp(r, d);
  if (cmp > 0 || (cmp == 0 && mpz_odd_p(m)))
    mpz_add_ui(m, m, 1);
  *k = kk;
  mpz_clears(a, d, r, NULL);
}

// The nearest binary float to c's value: prec/emin/emax as in IEEE formats.
static double round_to(const Const *c, int prec, long emin, long emax) {
  if (c && c->kind == CV_INT && mpz_fits_slong_p(c->i)) {   // exact when it has <= prec bits
    long v = mpz_get_si(c->i);
    if (v > -((long)1 << prec) && v < ((long)1 << prec))
      return (double)v;
  }
  const Const *f = c && c->kind == CV_FLOAT ? c : const_to_float(c);
  if (!f || mpq_sgn(f->f) == 0)
    return 0;
  int sign = mpq_sgn(f->f);
  long e = (long)mpz_sizeinbase(mpq_numref(f->f), 2) -
           (long)mpz_sizeinbase(mpq_denref(f->f), 2);
  if (e > emax + 2) // far beyond the largest finite value
    return sign * INFINITY;
  if (e < emin - prec - 2) // far below half the smallest subnormal
    return sign * 0.0;
  mpz_t m;
  mpz_init(m);
  long k;
  round_binary(f->f, prec, emin, m, &k);
  double v = ldexp(mpz_get_d(m), (int)-k); // exact: m has <= prec+1 bits
  mpz_clear(m);
  if (v >= ldexp(1.0, (int)emax + 1))
    v = INFINITY;
  return sign * v;
}

double const_float64(const Const *c) { return round_to(c, 53, -1022, 1023); }

float const_float32(const Const *c) { return (float)round_to(c, 24, -126, 127); }

bool const_fits_float64(const Const *c) { return isfinite(const_float64(c)); }

bool const_fits_float32(const Const *c) { return isfinite(const_float32(c)); }

bool const_fits_int(const Const *c, int bits, bool is_unsigned) {
  if (c && c->kind == CV_INT && mpz_fits_slong_p(c->i) && bits <= 64) {   // the usual case
    long x = mpz_get_si(c->i);
    if (is_unsigned)
      return x >= 0 && (bits == 64 || (uint64_t)x < (uint64_t)1 << bits);
    return bits == 64 || (x >= -((int64_t)1 << (bits - 1)) && x < ((int64_t)1 << (bits - 1)));
  }
  const Const *v = c && c->kind == CV_INT ? c : const_to_int(c);
  if (!v)
    return false;
  if (is_unsigned)
    return mpz_sgn(v->i) >= 0 && mpz_sizeinbase(v->i, 2) <= (size_t)bits;
  // -2^(bits-1) <= v < 2^(bits-1)
  mpz_t lim;
  mpz_init(lim);
  mpz_setbit(lim, bits - 1);
  bool ok = mpz_cmp(v->i, lim) < 0;
  mpz_neg(lim, lim);
  ok = ok && mpz_cmp(v->i, lim) >= 0;
  mpz_clear(lim);
  return ok;
}

int64_t const_to_int64(const Const *c) {
  c = c ? const_real(c) : NULL;
  if (!c)
    return 0;
  if (c->kind == CV_INT && mpz_fits_slong_p(c->i))
    return mpz_get_si(c->i);
  mpz_t t;
  mpz_init(t);
  if (c->kind == CV_INT)
    mpz_set(t, c->i);
  else if (c->kind == CV_FLOAT)
    mpz_set_q(t, c->f); // truncates
  mpz_fdiv_r_2exp(t, t, 64); // two's complement low 64 bits
  uint64_t u = 0;
  mpz_export(&u, NULL, -1, sizeof u, 0, 0, t);
  mpz_clear(t);
  return (int64_t)u;
}

// ---------------------------------------------------------------- arithmetic

// Keeps rationals bounded: long ones become the nearest 512-bit-mantissa
// value; absurdly large or small magnitudes are refused.
static Const *bound_float(Const *c) {
  size_t nb = mpz_sizeinbase(mpq_numref(c->f), 2), db = mpz_sizeinbase(mpq_denref(c->f), 2);
  if (mpq_sgn(c->f) == 0 || nb + db <= RAT_ROUND_BITS)
    return c;
  long e = (long)nb - (long)db;
  if (labs(e) > MAX_INT_BITS)
    return NULL;
  int sign = mpq_sgn(c->f);
  mpz_t m;
  mpz_init(m);
  long k;
  round_binary(c->f, RAT_PREC, -(long)MAX_INT_BITS * 2, m, &k);
  if (sign < 0)
    mpz_neg(m, m);
  scale_pow(c->f, m, 2, -k);
  mpz_clear(m);
  return c;
}

static Const *bound_int(Const *c) {
  return mpz_sizeinbase(c->i, 2) > MAX_INT_BITS ? NULL : c;
}

static bool is_cmp(TokKind op) {
  return op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ || op == T_GTR ||
         op == T_GEQ;
}

static Const *cmp_result(TokKind op, int cmp) {
  switch (op) {
  case T_EQL: return const_bool(cmp == 0);
  case T_NEQ: return const_bool(cmp != 0);
  case T_LSS: return const_bool(cmp < 0);
  case T_LEQ: return const_bool(cmp <= 0);
  case T_GTR: return const_bool(cmp > 0);
  case T_GEQ: return const_bool(cmp >= 0);
  default: return NULL;
  }
}

static Const *string_binary(TokKind op, const Const *x, const Const *y) {
  if (op == T_ADD) {
    Const *c = new_const(CV_STRING);
    c->slen = x->slen + y->slen;
    c->s = xmalloc(c->slen + 1);
    memcpy(c->s, x->s, x->slen);
    memcpy(c->s + x->slen, y->s, y->slen);
    return c;
  }
  int64_t n = x->slen < y->slen ? x->slen : y->slen;
  int cmp = memcmp(x->s, y->s, n);
  if (cmp == 0)
    cmp = (x->slen > y->slen) - (x->slen < y->slen);
  return cmp_result(op, cmp);
}

static Const *bool_binary(TokKind op, const Const *x, const Const *y) {
  switch (op) {
  case T_LAND: return const_bool(x->b && y->b);
  case T_LOR: return const_bool(x->b || y->b);
  case T_EQL: return const_bool(x->b == y->b);
  case T_NEQ: return const_bool(x->b != y->b);
  default: return NULL;
  }
}

static Const *float_binary(TokKind op, const Const *x, const Const *y) {
  Const *a = const_to_float(x), *b = const_to_float(y);
  if (is_cmp(op))
    return cmp_result(op, mpq_cmp(a->f, b->f));
  Const *c = new_const(CV_FLOAT);
  switch (op) {
  case T_ADD: mpq_add(c->f, a->f, b->f); break;
  case T_SUB: mpq_sub(c->f, a->f, b->f); break;
  case T_MUL: mpq_mul(c->f, a->f, b->f); break;
  case T_QUO:
    if (mpq_sgn(b->f) == 0)
      return NULL;
    mpq_div(c->f, a->f, b->f);
    break;
  default: return NULL;
  }
  return bound_float(c);
}

// go/constant's complex arithmetic on the parts, so integer parts stay
// integers; division is exact: (ac+bd)/s + (bc-ad)/s i, s = c²+d².
static Const *complex_binary(TokKind op, const Const *x, const Const *y) {
  const Const *a = const_real(x), *b = const_imag(x), *c = const_real(y), *d = const_imag(y);
  Const *re, *im;
  switch (op) {
  case T_EQL: case T_NEQ: {
    Const *req = const_binary(T_EQL, a, c, false), *ieq = const_binary(T_EQL, b, d, false);
    return const_bool((req->b && ieq->b) == (op == T_EQL));
  }
  case T_ADD: case T_SUB:
    re = const_binary(op, a, c, false);
    im = const_binary(op, b, d, false);
    break;
  case T_MUL:
    re = const_binary(T_SUB, const_binary(T_MUL, a, c, false), const_binary(T_MUL, b, d, false), false);
    im = const_binary(T_ADD, const_binary(T_MUL, b, c, false), const_binary(T_MUL, a, d, false), false);
    break;
  case T_QUO: {
    Const *s = const_binary(T_ADD, const_binary(T_MUL, c, c, false), const_binary(T_MUL, d, d, false), false);
    if (const_sign(s) == 0)
      return NULL;
    re = const_binary(T_ADD, const_binary(T_MUL, a, c, false), const_binary(T_MUL, b, d, false), false);
    im = const_binary(T_SUB, const_binary(T_MUL, b, c, false), const_binary(T_MUL, a, d, false), false);
    re = const_binary(T_QUO, re, s, false);
    im = const_binary(T_QUO, im, s, false);
    break;
  }
  default:
    return NULL;
  }
  return re && im ? const_complex(re, im) : NULL;
}

static Const *shift(TokKind op, const Const *x, const Const *y) {
  Const *a = const_to_int(x), *n = const_to_int(y);
  if (!a || !n || mpz_sgn(n->i) < 0 || mpz_cmp_ui(n->i, MAX_SHIFT) > 0)
    return NULL;
  Const *c = new_const(CV_INT);
  unsigned long s = mpz_get_ui(n->i);
  if (op == T_SHL)
    mpz_mul_2exp(c->i, a->i, s);
  else
    mpz_fdiv_q_2exp(c->i, a->i, s); // arithmetic: -7 >> 1 == -4
  return bound_int(c);
}

static Const *int_binary(TokKind op, const Const *x, const Const *y) {
  Const *a = const_to_int(x), *b = const_to_int(y);
  if (!a || !b)
    return NULL;
  if (is_cmp(op))
    return cmp_result(op, mpz_cmp(a->i, b->i));
  Const *c = new_const(CV_INT);
  switch (op) {
  case T_ADD: mpz_add(c->i, a->i, b->i); break;
  case T_SUB: mpz_sub(c->i, a->i, b->i); break;
  case T_MUL: mpz_mul(c->i, a->i, b->i); break;
  case T_QUO:
  case T_REM:
    if (mpz_sgn(b->i) == 0)
      return NULL;
    if (op == T_QUO)
      mpz_tdiv_q(c->i, a->i, b->i); // truncated toward zero
    else
      mpz_tdiv_r(c->i, a->i, b->i); // sign of the dividend
    break;
  case T_AND: mpz_and(c->i, a->i, b->i); break;
  case T_OR: mpz_ior(c->i, a->i, b->i); break;
  case T_XOR: mpz_xor(c->i, a->i, b->i); break;
  case T_AND_NOT:
    mpz_com(c->i, b->i);
    mpz_and(c->i, a->i, c->i);
    break;
  default: return NULL;
  }
  return bound_int(c);
}

Const *const_binary(TokKind op, const Const *x, const Const *y, bool int_div) {
  if (!x || !y)
    return NULL;
  if (op == T_SHL || op == T_SHR)
    return shift(op, x, y);
  if (x->kind == CV_STRING && y->kind == CV_STRING)
    return string_binary(op, x, y);
  if (x->kind == CV_BOOL && y->kind == CV_BOOL)
    return bool_binary(op, x, y);
  if (x->kind == CV_STRING || y->kind == CV_STRING || x->kind == CV_BOOL ||
      y->kind == CV_BOOL)
    return NULL;
  if (x->kind == CV_COMPLEX || y->kind == CV_COMPLEX)
    return op == T_REM || op == T_AND || op == T_OR || op == T_XOR || op == T_AND_NOT
               ? NULL : complex_binary(op, x, y);
  bool both_int = x->kind == CV_INT && y->kind == CV_INT;
  bool int_only = op == T_REM || op == T_AND || op == T_OR || op == T_XOR || op == T_AND_NOT;
  if (int_only || (both_int && (op != T_QUO || int_div)) || (op == T_QUO && int_div))
    return int_binary(op, x, y);
  return float_binary(op, x, y);
}

Const *const_unary(TokKind op, const Const *x, int bits_for_compl, bool is_unsigned) {
  if (!x)
    return NULL;
  Const *c;
  switch (op) {
  case T_ADD:
    if (x->kind == CV_INT)
      return const_to_int(x);
    if (x->kind == CV_COMPLEX)
      return (Const *)x;
    return x->kind == CV_FLOAT ? const_to_float(x) : NULL;
  case T_SUB:
    if (x->kind == CV_COMPLEX) {
      Const *re = const_unary(T_SUB, x->re, 0, false), *im = const_unary(T_SUB, x->im, 0, false);
      return re && im ? const_complex(re, im) : NULL;
    }
    if (x->kind == CV_INT) {
      c = const_to_int(x);
      mpz_neg(c->i, c->i);
      return c;
    }
    if (x->kind != CV_FLOAT)
      return NULL;
    c = const_to_float(x);
    mpq_neg(c->f, c->f);
    return c;
  case T_NOT:
    return x->kind == CV_BOOL ? const_bool(!x->b) : NULL;
  case T_XOR:
    c = const_to_int(x);
    if (!c)
      return NULL;
    if (is_unsigned && bits_for_compl > 0) { // ^x == x XOR all ones of the type
      mpz_t mask;
      mpz_init(mask);
      mpz_setbit(mask, bits_for_compl);
      mpz_sub_ui(mask, mask, 1);
      mpz_xor(c->i, c->i, mask);
      mpz_clear(mask);
    } else {
      mpz_com(c->i, c->i); // -x-1
    }
    return c;
  default:
    return NULL;
  }
}

// ---------------------------------------------------------------- printing

// Go's %.6g of an in-range float, or for values outside float64's range the
// same shape computed from mantissa and exponent (as gc prints 1e+400).
static char *float_repr(const Const *c) {
  double x = const_float64(c);
  int sign = mpq_sgn(c->f);
  if ((sign == 0) == (x == 0) && isfinite(x))
    return xfmt("%.6g", x);
  // |c| = mant * 2^exp with 0.5 <= mant < 1
  long exp = (long)mpz_sizeinbase(mpq_numref(c->f), 2) -
             (long)mpz_sizeinbase(mpq_denref(c->f), 2);
  Const *mant = new_const(CV_FLOAT);
  mpq_abs(mant->f, c->f);
  if (exp >= 0)
    mpq_div_2exp(mant->f, mant->f, exp);
  else
    mpq_mul_2exp(mant->f, mant->f, -exp);
  if (mpq_cmp_ui(mant->f, 1, 1) >= 0) {
    mpq_div_2exp(mant->f, mant->f, 1);
    exp++;
  }
  double m = const_float64(mant) * sign;
  double d = (double)exp * 0.30102999566398119521373889472449302676818988146211; // log10(2)
  long long e = (long long)d;
  m *= pow(10, d - (double)e);
  double am = fabs(m);
  if (am < 1 - 0.5e-6) {
    m *= 10;
    e--;
  } else if (am >= 10) {
    m /= 10;
    e++;
  }
  return xfmt("%.6ge%+lld", m, e);
}

// strconv.Quote, shortened to 72 runes ("...") as go/constant prints strings.
static char *string_repr(const Const *c) {
  Buf b = {0};
  buf_putc(&b, '"');
  const unsigned char *s = (const unsigned char *)c->s;
  for (int64_t i = 0; i < c->slen;) {
    int32_t r;
    int w = utf8_decode(s + i, c->slen - i, &r);
    if (r == 0xFFFD && w == 1)
      buf_printf(&b, "\\x%02x", s[i]);
    else
      buf_quote_rune(&b, r, '"');
    i += w;
  }
  buf_putc(&b, '"');
  // Count runes; cut after 69 of them if there are more than 72.
  size_t cut = 0;
  int runes = 0;
  for (size_t i = 0; i < b.len; runes++) {
    int32_t r;
    if (runes == 69)
      cut = i;
    i += utf8_decode((const unsigned char *)b.data + i, b.len - i, &r);
  }
  if (runes > 72) {
    b.len = cut;
    buf_puts(&b, "...");
  }
  return buf_cstr(&b);
}

char *const_string_repr(const Const *c) {
  if (!c)
    return xstrdup("?");
  switch (c->kind) {
  case CV_BOOL: return xstrdup(c->b ? "true" : "false");
  case CV_INT: return mpz_get_str(NULL, 10, c->i);
  case CV_FLOAT: return float_repr(c);
  case CV_STRING: return string_repr(c);
  case CV_COMPLEX: return xfmt("(%s + %si)", const_string_repr(c->re), const_string_repr(c->im));
  }
  return xstrdup("?");
}
