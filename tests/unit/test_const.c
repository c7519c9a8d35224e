// test_const.c — exact constants: literals, arithmetic, ranges, rounding and
// gc's printed spelling (expectations checked with Go 1.19).
#include "check/check.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"

static Const *I(const char *lit) { return const_from_int_lit(lit, (int)strlen(lit)); }
static Const *F(const char *lit) { return const_from_float_lit(lit, (int)strlen(lit)); }
static Const *S(const char *s) { return const_string(s, (int64_t)strlen(s)); }
static char *repr(const Const *c) { return c ? const_string_repr(c) : "NULL"; }

static Const *neg(Const *c) { return const_unary(T_SUB, c, 0, false); }

static Const *bin(TokKind op, Const *x, Const *y) { return const_binary(op, x, y, true); }

static bool is_true(Const *c) { return c && c->kind == CV_BOOL && c->b; }

static void check_repr(Const *c, const char *want, int line) {
  char *got = repr(c);
  CHECK(!strcmp(got, want), "line %d: repr %s, want %s", line, got, want);
}
#define REPR(c, want) check_repr(c, want, __LINE__)

// ---------------------------------------------------------------- literals

static void test_literals(void) {
  REPR(I("0"), "0");
  REPR(I("123"), "123");
  REPR(I("1_000_000"), "1000000");
  REPR(I("0x1F"), "31");
  REPR(I("0XaB_cd"), "43981");
  REPR(I("0o17"), "15");
  REPR(I("0O7"), "7");
  REPR(I("017"), "15");
  REPR(I("0_17"), "15");
  REPR(I("0b101"), "5");
  REPR(I("0B_1"), "1");
  REPR(I("0xFFFFFFFFFFFFFFFFFFFF"), "1208925819614629174706175");
  CHECK(I("08") == NULL && I("0x") == NULL && I("0b2") == NULL && I("1.5") == NULL &&
            I("") == NULL && I("0o8") == NULL,
        "malformed int literals");

  REPR(F("1.5"), "1.5");
  REPR(F(".5"), "0.5");
  REPR(F("1."), "1");
  REPR(F("1e10"), "1e+10");
  REPR(F("1E+5"), "100000");
  REPR(F("1e-5"), "1e-05");
  REPR(F("0x1p-2"), "0.25");
  REPR(F("0x1.8p1"), "3");
  REPR(F("0X.8P0"), "0.5");
  REPR(F("0x_1p4"), "16");
  REPR(F("09.5"), "9.5");
  REPR(F("09e1"), "90");
  REPR(F("1_0.2_5"), "10.25");
  REPR(F("017"), "15"); // an integer literal used as a float keeps its base
  CHECK(F("0x1.5") == NULL && F("1e") == NULL && F("1e+") == NULL && F("0b1.0") == NULL &&
            F(".") == NULL && F("1p3") == NULL,
        "malformed float literals");
  // Absurd exponents are refused rather than computed.
  CHECK(F("1e100001") == NULL && F("1e-100001") == NULL && F("1e999999999999999999999") == NULL &&
            F("0x1p100001") == NULL,
        "huge exponents rejected");
  CHECK(F("1e100000") != NULL && F("1e-100000") != NULL, "exponent 100000 accepted");
  // A 1 MB literal is parsed, not choked on.
  size_t big = 1 << 20;
  char *lit = malloc(big + 1);
  memset(lit, '7', big);
  lit[big] = 0;
  Const *bi = const_from_int_lit(lit, (int)big);
  CHECK(bi && mpz_sizeinbase(bi->i, 10) == big, "1MB int literal");
  lit[big / 2] = '.';
  Const *bf = const_from_float_lit(lit, (int)big);
  CHECK(bf && !const_fits_float64(bf) && !strcmp(repr(bf), "7.77778e+524287"), "1MB float literal: %s",
        repr(bf));
  free(lit);
  // 0.1 is exactly 1/10.
  Const *tenth = F("0.1");
  CHECK(mpz_cmp_ui(mpq_numref(tenth->f), 1) == 0 && mpz_cmp_ui(mpq_denref(tenth->f), 10) == 0,
        "0.1 exact");
}

// ---------------------------------------------------------------- arithmetic

static void test_arith(void) {
  // 0.1 + 0.2 == 0.3 exactly.
  CHECK(is_true(bin(T_EQL, bin(T_ADD, F("0.1"), F("0.2")), F("0.3"))), "0.1+0.2 == 0.3");
  CHECK(is_true(bin(T_NEQ, F("0.1"), F("0.3"))), "0.1 != 0.3");
  // Integer division truncates toward zero; % has the dividend's sign.
  REPR(bin(T_QUO, I("7"), I("2")), "3");
  REPR(bin(T_QUO, const_int64(-7), I("2")), "-3");
  REPR(bin(T_QUO, I("7"), const_int64(-2)), "-3");
  REPR(bin(T_REM, const_int64(-7), I("2")), "-1");
  REPR(bin(T_REM, I("7"), const_int64(-2)), "1");
  REPR(const_binary(T_QUO, I("7"), I("2"), false), "3.5");
  REPR(bin(T_QUO, I("7"), F("2.0")), "3"); // int_div with an integral float
  REPR(const_binary(T_QUO, I("1"), F("3.0"), false), "0.333333");
  CHECK(bin(T_QUO, I("1"), I("0")) == NULL && bin(T_REM, I("1"), I("0")) == NULL &&
            const_binary(T_QUO, F("1.5"), F("0.0"), false) == NULL,
        "division by zero");
  // Bitwise operations on unbounded two's complement.
  REPR(bin(T_AND, I("12"), I("10")), "8");
  REPR(bin(T_OR, I("12"), I("10")), "14");
  REPR(bin(T_XOR, I("12"), I("10")), "6");
  REPR(bin(T_AND_NOT, I("12"), I("10")), "4");
  REPR(bin(T_AND, const_int64(-1), I("255")), "255");
  CHECK(bin(T_REM, F("1.5"), I("1")) == NULL && bin(T_AND, F("1.5"), I("1")) == NULL,
        "int-only ops reject non-integral floats");
  // Shifts.
  REPR(bin(T_SHL, I("1"), I("62")), "4611686018427387904");
  REPR(bin(T_SHL, I("1"), I("64")), "18446744073709551616");
  REPR(bin(T_SHR, const_int64(-7), I("1")), "-4");
  REPR(bin(T_SHR, I("7"), I("10")), "0");
  REPR(bin(T_SHL, F("1.0"), I("3")), "8");
  CHECK(bin(T_SHL, I("1"), I("1074")) != NULL, "shift by 1074");
  CHECK(bin(T_SHL, I("1"), I("1075")) == NULL && bin(T_SHL, I("1"), const_int64(-1)) == NULL &&
            bin(T_SHL, F("1.5"), I("3")) == NULL && bin(T_SHL, I("1"), F("1.5")) == NULL,
        "bad shifts rejected");
  // Comparisons of every kind.
  CHECK(is_true(bin(T_LSS, I("1"), I("2"))) && is_true(bin(T_GEQ, I("2"), I("2"))) &&
            is_true(bin(T_GTR, F("2.5"), I("2"))) && is_true(bin(T_LEQ, const_int64(-1), neg(F("0.5")))),
        "numeric comparisons");
  CHECK(is_true(bin(T_EQL, const_bool(true), const_bool(true))) &&
            is_true(bin(T_NEQ, const_bool(true), const_bool(false))),
        "bool comparisons");
  CHECK(is_true(bin(T_LAND, const_bool(true), const_bool(true))) &&
            !is_true(bin(T_LAND, const_bool(true), const_bool(false))) &&
            is_true(bin(T_LOR, const_bool(false), const_bool(true))),
        "&& ||");
  // Strings: concatenation (bytes, NULs included) and byte-wise comparison.
  Const *ab = bin(T_ADD, S("ab"), const_string("c\0d", 3));
  CHECK(ab->kind == CV_STRING && ab->slen == 5 && !memcmp(ab->s, "abc\0d", 5), "concat");
  CHECK(is_true(bin(T_LSS, S("ab"), S("abc"))) && is_true(bin(T_LSS, S("abc"), S("abd"))) &&
            is_true(bin(T_EQL, S("x"), S("x"))) && is_true(bin(T_GTR, S("\xff"), S("a"))) &&
            is_true(bin(T_NEQ, S(""), S("a"))),
        "string comparisons");
  CHECK(bin(T_ADD, S("a"), I("1")) == NULL && bin(T_SUB, S("a"), S("b")) == NULL, "string misuse");
  // Unary.
  REPR(const_unary(T_SUB, I("5"), 0, false), "-5");
  REPR(const_unary(T_SUB, F("2.5"), 0, false), "-2.5");
  REPR(const_unary(T_ADD, F("2.5"), 0, false), "2.5");
  REPR(const_unary(T_XOR, I("5"), 0, false), "-6");
  REPR(const_unary(T_XOR, I("5"), 8, true), "250");
  REPR(const_unary(T_XOR, I("0"), 64, true), "18446744073709551615");
  REPR(const_unary(T_XOR, I("0"), 32, false), "-1");
  CHECK(is_true(const_unary(T_NOT, const_bool(false), 0, false)), "!false");
  CHECK(const_unary(T_NOT, I("1"), 0, false) == NULL && const_unary(T_XOR, F("1.5"), 0, false) == NULL,
        "bad unary");
  // Runaway growth is refused, not computed forever.
  Const *c = bin(T_SHL, I("1"), I("1000"));
  for (int i = 0; i < 12 && c; i++)
    c = bin(T_MUL, c, c);
  CHECK(c == NULL, "repeated squaring refused");
  Const *q = F("0.3");
  for (int i = 0; i < 40 && q; i++)
    q = const_binary(T_MUL, q, F("1.7"), false);
  CHECK(q && fabs(const_float64(q) - 0.3 * pow(1.7, 40)) < 1e-3 * 0.3 * pow(1.7, 40), "long product");
}

// ---------------------------------------------------------------- ranges

static void test_ranges(void) {
  Const *p62 = bin(T_SHL, I("1"), I("62")), *p63 = bin(T_SHL, I("1"), I("63"));
  Const *p64 = bin(T_SHL, I("1"), I("64"));
  Const *m63 = const_unary(T_SUB, p63, 0, false);
  CHECK(const_fits_int(p62, 64, false), "1<<62 fits int64");
  CHECK(!const_fits_int(p63, 64, false) && const_fits_int(p63, 64, true), "1<<63: uint64 only");
  CHECK(!const_fits_int(p64, 64, false) && !const_fits_int(p64, 64, true), "1<<64 fits nothing");
  CHECK(const_fits_int(m63, 64, false), "-1<<63 fits int64");
  CHECK(!const_fits_int(bin(T_SUB, m63, I("1")), 64, false), "-1<<63-1 overflows");
  CHECK(const_fits_int(I("127"), 8, false) && !const_fits_int(I("128"), 8, false) &&
            const_fits_int(const_int64(-128), 8, false) && !const_fits_int(const_int64(-129), 8, false),
        "int8 range");
  CHECK(const_fits_int(I("255"), 8, true) && !const_fits_int(I("256"), 8, true) &&
            !const_fits_int(const_int64(-1), 8, true),
        "uint8 range");
  CHECK(const_fits_int(F("3.0"), 8, false) && !const_fits_int(F("3.5"), 8, false), "floats as ints");
  CHECK(const_to_int64(p63) == INT64_MIN && const_to_int64(const_int64(-1)) == -1 &&
            const_to_int64(p64) == 0 && const_to_int64(neg(F("2.7"))) == -2,
        "to_int64 two's complement");
  REPR(const_uint64(UINT64_MAX), "18446744073709551615");
  REPR(const_int64(INT64_MIN), "-9223372036854775808");
  CHECK(const_sign(const_int64(-3)) < 0 && const_sign(F("0.0")) == 0 && const_sign(F("1e-300")) > 0,
        "sign");
  Const *i = const_to_int(F("1e3"));
  CHECK(i && i->kind == CV_INT && !strcmp(repr(i), "1000") && const_to_int(F("0.5")) == NULL,
        "to_int");
  Const *f = const_to_float(I("7"));
  CHECK(f && f->kind == CV_FLOAT && const_float64(f) == 7.0, "to_float");
}

// ---------------------------------------------------------------- rounding

static void check_f64(const char *lit) {
  double want = strtod(lit, NULL); // glibc's strtod is correctly rounded
  Const *c = F(lit);
  double got = c ? const_float64(c) : NAN;
  CHECK(c && (got == want || (isnan(got) && isnan(want))) && signbit(got) == signbit(want),
        "float64(%s) = %.17g want %.17g", lit, got, want);
  CHECK(c && const_fits_float64(c) == isfinite(want), "fits_float64(%s)", lit);
}

static void check_f32(const char *lit) {
  float want = strtof(lit, NULL);
  Const *c = F(lit);
  float got = c ? const_float32(c) : NAN;
  CHECK(c && got == want, "float32(%s) = %.9g want %.9g", lit, got, want);
  CHECK(c && const_fits_float32(c) == isfinite(want), "fits_float32(%s)", lit);
}

static void test_rounding(void) {
  const char *cases[] = {
    "1e23", "8.98846567431158e307", "1.7976931348623157e308", "1.7976931348623158e308",
    "1.7976931348623159e308", "1e309", "4.9406564584124654e-324", "2.4703282292062328e-324",
    "2.4703282292062327e-324", "2.2250738585072011e-308", "2.2250738585072014e-308",
    "1e-400", "0.1", "0.3", "9007199254740993", "9007199254740995", "0x1p-1074", "0x1p-1075",
    "0x1.8p-1075", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "123456789e-20",
    "3.4028234663852886e38", "3.4028235677973366e38", "3.4028235677973367e38", "1.4e-45",
    "7.006492321624085e-46", "1e-46", "16777217", "1.1754943508222875e-38", "0.0",
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    check_f64(cases[i]);
    check_f32(cases[i]);
  }
  CHECK(const_float64(F("0x1p-2")) == 0.25, "0x1p-2");
  CHECK(const_float64(F("1e23")) == 1e23, "1e23");
  CHECK(const_float64(neg(F("1e23"))) == -1e23, "-1e23");
  CHECK(const_float64(I("123")) == 123.0 && const_float32(I("16777217")) == 16777216.0f, "ints");
  // Random decimal literals against strtod/strtof.
  srand(7);
  char buf[64];
  for (int i = 0; i < 3000; i++) {
    int nd = 1 + rand() % 19, e = rand() % 700 - 350;
    int n = 0;
    for (int d = 0; d < nd; d++)
      n += sprintf(buf + n, "%d", d == 0 ? 1 + rand() % 9 : rand() % 10);
    sprintf(buf + n, "e%d", e);
    check_f64(buf);
    if (e > -60 && e < 60)
      check_f32(buf);
  }
  // Random doubles survive the round trip through an exact constant.
  for (int i = 0; i < 2000; i++) {
    uint64_t bits = ((uint64_t)rand() << 42) ^ ((uint64_t)rand() << 21) ^ (uint64_t)rand();
    double d;
    memcpy(&d, &bits, sizeof d);
    if (!isfinite(d))
      continue;
    CHECK(const_float64(const_float(d)) == d, "round trip %a", d);
  }
  CHECK(!const_fits_float64(F("1e400")) && const_fits_float64(F("1e-400")), "float64 range");
  CHECK(!const_fits_float32(F("1e39")) && const_fits_float32(F("1e38")), "float32 range");
}

// ---------------------------------------------------------------- printing

static void test_repr(void) {
  // As gc 1.19 prints them in "(untyped float constant ...)".
  REPR(F("1e100"), "1e+100");
  REPR(F("1.5"), "1.5");
  REPR(F("1.0000001"), "1");
  REPR(F("1e-7"), "1e-07");
  REPR(F("1234567.5"), "1.23457e+06");
  REPR(F("1e400"), "1e+400");
  REPR(F("1e-400"), "1e-400");
  REPR(neg(F("1.5e-300")), "-1.5e-300");
  REPR(F("100000.5"), "100000");
  REPR(bin(T_ADD, F("2.5e10"), F("0.5")), "2.5e+10");
  REPR(F("1e100000"), "1e+100000");
  REPR(F("9.9999999e400"), "1e+401");
  REPR(F("5e-324"), "4.94066e-324");
  REPR(bin(T_MUL, F("1e308"), I("10")), "1e+309");
  REPR(F("123456.7e-500"), "1.23457e-495");
  REPR(F("0x1p-1080"), "0.771978e-325"); // sic: gc normalizes only once
  REPR(F("7.77e777"), "7.77e+777");
  REPR(neg(F("0.000001234")), "-1.234e-06");
  REPR(neg(F("2.5e-99999")), "-2.5e-99999");
  REPR(bin(T_SHL, I("1"), I("100")), "1267650600228229401496703205376");
  REPR(const_bool(true), "true");
  REPR(const_bool(false), "false");
  REPR(S("hello"), "\"hello\"");
  REPR(const_string("a\tb\0\xff\xe2\x98\xba\"\\", 10), "\"a\\tb\\x00\\xff☺\\\"\\\\\"");
  REPR(S("\xc2\xa0\x7f"), "\"\\u00a0\\x7f\"");
  // Long strings are cut to 69 runes and "...".
  char longs[101];
  memset(longs, 'a', 100);
  longs[100] = 0;
  char want[80] = "\"";
  memset(want + 1, 'a', 68);
  strcpy(want + 69, "...");
  REPR(S(longs), want);
  longs[70] = 0; // 72 runes with the quotes: not cut
  char want2[80] = "\"";
  memcpy(want2 + 1, longs, 70);
  strcpy(want2 + 71, "\"");
  REPR(S(longs), want2);
}

int main(void) {
  test_literals();
  test_arith();
  test_ranges();
  test_rounding();
  test_repr();
  printf("test_const: %d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
