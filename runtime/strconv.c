// strconv.c — package strconv: integer and float parsing and formatting,
// Quote, bools. Errors are *strconv.NumError values whose Error() reads
// exactly as Go's: `strconv.Atoi: parsing "x": invalid syntax`.
#include "rt_std.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

// ---------------------------------------------------------------- *strconv.NumError

typedef struct { GoString func, num; GoEface err; } NumError;

static GoEface err_syntax, err_range;   // ErrSyntax, ErrRange (roots: in .bss)

static GoEface sentinel(GoEface *e, const char *msg) {
  if (!e->type)
    *e = rt_error_new((const uint8_t *)msg, (int64_t)strlen(msg));
  return *e;
}

GoEface escgo_strconv_ErrSyntax(void) { return sentinel(&err_syntax, "invalid syntax"); }
GoEface escgo_strconv_ErrRange(void) { return sentinel(&err_range, "value out of range"); }

static GoString numerror_Error(void *data) {
  NumError *e = data;
  RtBuf b;
  rtbuf_init(&b);
  rtbuf_puts(&b, "strconv.");
  rtbuf_putn(&b, e->func.ptr, (size_t)e->func.len);
  rtbuf_puts(&b, ": parsing ");
  rt_quote(&b, e->num.ptr, e->num.len, '"', false);
  rtbuf_puts(&b, ": ");
  void *fn = rt_method(e->err.type, "Error", "func() string");
  GoString m = fn ? ((GoString(*)(void *))fn)(e->err.data) : (GoString){NULL, 0};
  rtbuf_putn(&b, m.ptr, (size_t)m.len);
  return rt_bufstr(&b);
}

static GoEface numerror_Unwrap(void *data) { return ((NumError *)data)->err; }

GoString escgo_strconv_NumError_Error(NumError *e) { return numerror_Error(e); }
GoEface escgo_strconv_NumError_Unwrap(NumError *e) { return numerror_Unwrap(e); }

static const GoType str_t = {.size = 16, .kind = GK_STRING, .has_ptrs = 1, .str = "string"};
static const GoType err_t = {.size = 16, .kind = GK_INTERFACE, .has_ptrs = 1, .str = "error"};
static const GoField numerror_fields[] = {
    {"Func", &str_t, 0, 0, 1}, {"Num", &str_t, 16, 0, 1}, {"Err", &err_t, 32, 0, 1}};
static const GoType numerror_type = {
    .size = 48, .kind = GK_STRUCT, .has_ptrs = 1, .named = 1, .nfields = 3,
    .str = "strconv.NumError", .fields = numerror_fields};
static const GoMethod numerror_methods[] = {{"Error", "func() string", (void *)numerror_Error},
                                            {"Unwrap", "func() error", (void *)numerror_Unwrap}};
static const GoType numerror_ptr = {
    .size = 8, .kind = GK_POINTER, .direct = 1, .has_ptrs = 1, .str = "*strconv.NumError",
    .elem = &numerror_type, .methods = numerror_methods, .nmethods = 2};

// The program's own descriptor of *strconv.NumError (compiler/cg_types.c),
// when it has one with the methods: then err.(*strconv.NumError) holds.
extern const GoType escgo_type_strconv_NumError_ptr __attribute__((weak));

static const GoType *numerror_desc(void) {
  const GoType *t = &escgo_type_strconv_NumError_ptr;
  return t && t->nmethods == 2 ? t : &numerror_ptr;
}

static GoEface num_error(const char *fn, const uint8_t *s, int64_t n, GoEface err) {
  NumError *e = escgo_alloc(sizeof(NumError), 1);
  e->func = rt_cstr(fn);
  e->num = (GoString){s, n};
  e->err = err;
  return (GoEface){numerror_desc(), e};
}

static GoEface syntax_error(const char *fn, const uint8_t *s, int64_t n) {
  return num_error(fn, s, n, escgo_strconv_ErrSyntax());
}

static GoEface range_error(const char *fn, const uint8_t *s, int64_t n) {
  return num_error(fn, s, n, escgo_strconv_ErrRange());
}

static GoEface text_error(const char *fn, const uint8_t *s, int64_t n, const char *what, int64_t v) {
  RtBuf b;
  rtbuf_init(&b);
  rtbuf_puts(&b, what);
  rtbuf_dec(&b, v);
  GoString m = rt_bufstr(&b);
  return num_error(fn, s, n, rt_error_new(m.ptr, m.len));
}

// ---------------------------------------------------------------- integers

// Go's ParseUint core: base 0 reads a prefix and allows underscores.
// Returns 0 ok, 1 syntax, 2 range, 3 bad base, 4 bad bit size.
static int parse_uint(const uint8_t *s, int64_t n, int base, int bits, uint64_t *out) {
  *out = 0;
  if (n == 0)
    return 1;
  bool base0 = base == 0;
  int64_t i = 0;
  if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      if (n >= 3 && (s[1] | 0x20) == 'b') base = 2, i = 2;
      else if (n >= 3 && (s[1] | 0x20) == 'o') base = 8, i = 2;
      else if (n >= 3 && (s[1] | 0x20) == 'x') base = 16, i = 2;
      else base = 8, i = 1;
    }
  } else if (base < 2 || base > 36) {
    return 3;
  }
  if (bits == 0)
    bits = 64;
  else if (bits < 0 || bits > 64)
    return 4;
  uint64_t max = bits == 64 ? UINT64_MAX : (1ull << bits) - 1, v = 0;
  bool range = false, under = false;
  for (; i < n; i++) {
    int c = s[i], d;
    if (c == '_' && base0) {
      under = true;
      continue;
    }
    if (c >= '0' && c <= '9') d = c - '0';
    else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') d = (c | 0x20) - 'a' + 10;
    else return 1;
    if (d >= base)
      return 1;
    if (range)
      continue;
    if (v > (max - d) / base) {
      range = true;
      v = max;
      continue;
    }
    v = v * base + d;
  }
  if (under) {   // Go's underscoreOK: only between digits, after a prefix
    for (int64_t k = 1; k < n; k++)
      if (s[k] == '_' && (s[k - 1] == '_' || k == n - 1))
        return 1;
    if (s[0] == '_' || (n > 1 && s[n - 1] == '_'))
      return 1;
  }
  *out = v;
  return range ? 2 : 0;
}

static GoEface int_error(int code, const char *fn, const uint8_t *s, int64_t n, int base, int bits) {
  switch (code) {
  case 1: return syntax_error(fn, s, n);
  case 2: return range_error(fn, s, n);
  case 3: return text_error(fn, s, n, "invalid base ", base);
  default: return text_error(fn, s, n, "invalid bit size ", bits);
  }
}

void escgo_strconv_ParseUint(GoIntErr *out, const uint8_t *s, int64_t n, int64_t base, int64_t bits) {
  uint64_t v;
  int code = parse_uint(s, n, (int)base, (int)bits, &v);
  out->v = (int64_t)v;
  out->err = code ? int_error(code, "ParseUint", s, n, (int)base, (int)bits) : (GoEface){NULL, NULL};
}

static void parse_int(GoIntErr *out, const char *fn, const uint8_t *s, int64_t n, int base, int bits) {
  *out = (GoIntErr){0, {NULL, NULL}};
  if (n == 0) {
    out->err = syntax_error(fn, s, n);
    return;
  }
  bool neg = s[0] == '-';
  int64_t skip = (s[0] == '+' || s[0] == '-');
  uint64_t u;
  int code = parse_uint(s + skip, n - skip, base, bits, &u);
  if (code && code != 2) {
    out->err = int_error(code, fn, s, n, base, bits);
    return;
  }
  if (bits == 0)
    bits = 64;
  uint64_t cutoff = 1ull << (bits - 1);
  if (code == 2 || (!neg && u >= cutoff) || (neg && u > cutoff)) {
    out->v = neg ? -(int64_t)(cutoff - 1) - 1 : (int64_t)(cutoff - 1);
    out->err = range_error(fn, s, n);
    return;
  }
  out->v = neg ? (int64_t)(0 - u) : (int64_t)u;
}

void escgo_strconv_ParseInt(GoIntErr *out, const uint8_t *s, int64_t n, int64_t base, int64_t bits) {
  parse_int(out, "ParseInt", s, n, (int)base, (int)bits);
}

void escgo_strconv_Atoi(GoIntErr *out, const uint8_t *s, int64_t n) {
  parse_int(out, "Atoi", s, n, 10, 0);
}

static void put_uint(RtBuf *b, uint64_t u, int base) {
  char tmp[65];
  int i = 65;
  do {
    tmp[--i] = "0123456789abcdefghijklmnopqrstuvwxyz"[u % base];
    u /= base;
  } while (u);
  rtbuf_putn(b, tmp + i, (size_t)(65 - i));
}

static void format_bits(RtBuf *b, uint64_t u, int64_t base, bool neg) {
  if (base < 2 || base > 36)
    rt_panic_str("strconv: illegal AppendInt/FormatInt base");
  if (neg) {
    rtbuf_putc(b, '-');
    u = 0 - u;
  }
  put_uint(b, u, (int)base);
}

GoString escgo_strconv_FormatInt(int64_t i, int64_t base) {
  RtBuf b;
  rtbuf_init(&b);
  format_bits(&b, (uint64_t)i, base, i < 0);
  return rt_bufstr(&b);
}

GoString escgo_strconv_FormatUint(uint64_t u, int64_t base) {
  RtBuf b;
  rtbuf_init(&b);
  format_bits(&b, u, base, false);
  return rt_bufstr(&b);
}

GoString escgo_strconv_Itoa(int64_t i) { return escgo_strconv_FormatInt(i, 10); }

void escgo_strconv_AppendInt(GoSlice *out, uint8_t *p, int64_t n, int64_t cap, int64_t i, int64_t base) {
  RtBuf b;
  rtbuf_init(&b);
  format_bits(&b, (uint64_t)i, base, i < 0);
  GoSlice s = {p, n, cap};
  rt_append_bytes(&s, b.data, (int64_t)b.len);
  rtbuf_free(&b);
  *out = s;
}

// ---------------------------------------------------------------- floats

static bool match_fold(const uint8_t *s, int64_t n, const char *w) {
  int64_t m = (int64_t)strlen(w);
  if (n != m)
    return false;
  for (int64_t i = 0; i < n; i++)
    if ((s[i] | 0x20) != w[i])
      return false;
  return true;
}

// Go's float syntax (decimal or hex, no underscores), checked before strtod.
static bool float_syntax(const uint8_t *s, int64_t n) {
  int64_t i = 0, digits = 0;
  if (i < n && (s[i] == '+' || s[i] == '-'))
    i++;
  bool hex = n - i > 2 && s[i] == '0' && (s[i + 1] | 0x20) == 'x';
  if (hex)
    i += 2;
  for (bool dot = false; i < n; i++) {
    bool dig = hex ? (s[i] >= '0' && s[i] <= '9') || ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'f')
                   : s[i] >= '0' && s[i] <= '9';
    if (dig)
      digits++;
    else if (s[i] == '.' && !dot)
      dot = true;
    else
      break;
  }
  if (!digits)
    return false;
  if (i < n && (s[i] | 0x20) == (hex ? 'p' : 'e')) {
    i++;
    if (i < n && (s[i] == '+' || s[i] == '-'))
      i++;
    int64_t start = i;
    while (i < n && s[i] >= '0' && s[i] <= '9')
      i++;
    if (i == start)
      return false;
  } else if (hex) {
    return false;   // hex mantissa needs a 'p' exponent
  }
  return i == n;
}

void escgo_strconv_ParseFloat(GoFloatErr *out, const uint8_t *s, int64_t n, int64_t bits) {
  *out = (GoFloatErr){0, {NULL, NULL}};
  int64_t k = (n > 0 && (s[0] == '+' || s[0] == '-'));
  bool neg = n > 0 && s[0] == '-';
  if (match_fold(s + k, n - k, "inf") || match_fold(s + k, n - k, "infinity")) {
    out->v = neg ? -INFINITY : INFINITY;
    return;
  }
  if (match_fold(s, n, "nan")) {
    out->v = NAN;
    return;
  }
  if (!float_syntax(s, n) || n > 4000) {
    out->err = syntax_error("ParseFloat", s, n);
    return;
  }
  char tmp[4001];
  memcpy(tmp, s, (size_t)n);
  tmp[n] = 0;
  errno = 0;
  double v = bits == 32 ? (double)strtof(tmp, NULL) : strtod(tmp, NULL);
  out->v = v;
  if (isinf(v))
    out->err = range_error("ParseFloat", s, n);
}

GoString escgo_strconv_FormatFloat(double f, uint8_t verb, int64_t prec, int64_t bits) {
  RtBuf b;
  rtbuf_init(&b);
  rt_fmt_float(&b, bits == 32 ? (double)(float)f : f, verb, (int)prec, (int)bits);
  return rt_bufstr(&b);
}

// "(re+imi)": both parts as FormatFloat spells them at half the bit size,
// the imaginary one always signed (Go's FormatComplex).
GoString escgo_strconv_FormatComplex(const double c[2], uint8_t verb, int64_t prec, int64_t bits) {
  if (bits != 64 && bits != 128)
    rt_panic_string("invalid bitSize", 15);
  int fbits = (int)bits / 2;
  RtBuf b;
  rtbuf_init(&b);
  rtbuf_putc(&b, '(');
  rt_fmt_float(&b, fbits == 32 ? (double)(float)c[0] : c[0], verb, (int)prec, fbits);
  size_t im = b.len;
  rt_fmt_float(&b, fbits == 32 ? (double)(float)c[1] : c[1], verb, (int)prec, fbits);
  if (b.data[im] != '+' && b.data[im] != '-') {   // insert the sign
    rtbuf_putc(&b, ' ');
    memmove(b.data + im + 1, b.data + im, b.len - im - 1);
    b.data[im] = '+';
  }
  rtbuf_puts(&b, "i)");
  return rt_bufstr(&b);
}

// ---------------------------------------------------------------- quoting, bools

GoString escgo_strconv_Quote(const uint8_t *s, int64_t n) {
  RtBuf b;
  rtbuf_init(&b);
  rt_quote(&b, s, n, '"', false);
  return rt_bufstr(&b);
}

GoString escgo_strconv_QuoteRune(int32_t r) {
  RtBuf b;
  rtbuf_init(&b);
  rt_quote_rune(&b, r, false);
  return rt_bufstr(&b);
}

void escgo_strconv_AppendQuote(GoSlice *out, uint8_t *p, int64_t n, int64_t cap, const uint8_t *s,
                               int64_t sn) {
  RtBuf b;
  rtbuf_init(&b);
  rt_quote(&b, s, sn, '"', false);
  GoSlice r = {p, n, cap};
  rt_append_bytes(&r, b.data, (int64_t)b.len);
  rtbuf_free(&b);
  *out = r;
}

void escgo_strconv_ParseBool(GoBoolErr *out, const uint8_t *s, int64_t n) {
  static const char *yes[] = {"1", "t", "T", "TRUE", "true", "True"};
  static const char *no[] = {"0", "f", "F", "FALSE", "false", "False"};
  *out = (GoBoolErr){0, {NULL, NULL}};
  for (int i = 0; i < 6; i++) {
    if ((int64_t)strlen(yes[i]) == n && !memcmp(yes[i], s, (size_t)n)) {
      out->v = 1;
      return;
    }
    if ((int64_t)strlen(no[i]) == n && !memcmp(no[i], s, (size_t)n))
      return;
  }
  out->err = syntax_error("ParseBool", s, n);
}

GoString escgo_strconv_FormatBool(bool v) { return rt_cstr(v ? "true" : "false"); }
