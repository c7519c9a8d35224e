// fmtbasic.c — one basic value under a verb's flags, width and precision:
// the rules of Go's fmt for padding, integers, floats, strings and runes.
#include "rt_internal.h"

#include <stdlib.h>
#include <string.h>

void fmt_clearflags(Fmt *f) {
  RtBuf *b = f->buf;
  memset(f, 0, sizeof *f);
  f->buf = b;
}

// Padding is '0' only when the zero flag survives: callers clear it where
// Go pads with spaces (after a sign, for NaN, for %c...).
void fmt_padding(Fmt *f, int n) {
  for (int i = 0; i < n; i++)
    rtbuf_putc(f->buf, f->zero ? '0' : ' ');
}

void fmt_pad(Fmt *f, const void *s, size_t n) {
  if (!f->wid_present || f->wid == 0) {
    rtbuf_putn(f->buf, s, n);
    return;
  }
  int width = f->wid - (int)rt_runecount(s, (int64_t)n);
  if (!f->minus)
    fmt_padding(f, width);
  rtbuf_putn(f->buf, s, n);
  if (f->minus)
    fmt_padding(f, width);
}

static void pad_nozero(Fmt *f, const void *s, size_t n) {
  bool zero = f->zero;
  f->zero = false;
  fmt_pad(f, s, n);
  f->zero = zero;
}

void fmt_bool(Fmt *f, bool v) {
  fmt_pad(f, v ? "true" : "false", v ? 4 : 5);
}

// Digits right to left into a buffer sized for width and precision; a
// precision (or the zero flag with a width) sets the minimum digit count.
void fmt_integer(Fmt *f, uint64_t u, int base, bool is_signed, int verb, bool upper) {
  const char *digits = upper ? "0123456789ABCDEFX" : "0123456789abcdefx";
  bool negative = is_signed && (int64_t)u < 0;
  if (negative)
    u = -u;
  char small[68];
  char *buf = small;
  int size = sizeof small;
  if ((f->wid_present || f->prec_present) && 3 + f->wid + f->prec > size) {
    size = 3 + f->wid + f->prec;
    buf = malloc((size_t)size);
  }
  int prec = 0;
  if (f->prec_present) {
    prec = f->prec;
    if (prec == 0 && u == 0) {   // %.0d of 0 prints no digits
      bool zero = f->zero;
      f->zero = false;
      fmt_padding(f, f->wid);
      f->zero = zero;
      goto out;
    }
  } else if (f->zero && f->wid_present) {
    prec = f->wid;
    if (negative || f->plus || f->space)
      prec--;   // the sign takes one column of the width
  }
  int i = size;
  do {
    buf[--i] = digits[u % (uint64_t)base];
    u /= (uint64_t)base;
  } while (u);
  while (i > 0 && prec > size - i)
    buf[--i] = '0';
  if (f->sharp) {
    if (base == 2) {
      buf[--i] = 'b';
      buf[--i] = '0';
    } else if (base == 8 && buf[i] != '0') {
      buf[--i] = '0';
    } else if (base == 16) {
      buf[--i] = digits[16];
      buf[--i] = '0';
    }
  }
  if (verb == 'O') {
    buf[--i] = 'o';
    buf[--i] = '0';
  }
  if (negative)
    buf[--i] = '-';
  else if (f->plus)
    buf[--i] = '+';
  else if (f->space)
    buf[--i] = ' ';
  pad_nozero(f, buf + i, (size_t)(size - i));
out:
  if (buf != small)
    free(buf);
}

void fmt_0x64(Fmt *f, uint64_t v, bool leading0x) {
  bool sharp = f->sharp;
  f->sharp = leading0x;
  fmt_integer(f, v, 16, false, 'v', false);
  f->sharp = sharp;
}

// %U: U+0041, at least four (or prec) hex digits; %#U adds " 'A'".
void fmt_unicode(Fmt *f, uint64_t u) {
  RtBuf b;
  rtbuf_init(&b);
  int prec = f->prec_present && f->prec > 4 ? f->prec : 4;
  char hex[20];
  int n = 0;
  uint64_t v = u;
  do {
    hex[n++] = "0123456789ABCDEF"[v & 15];
    v >>= 4;
  } while (v);
  rtbuf_puts(&b, "U+");
  for (int i = n; i < prec; i++)
    rtbuf_putc(&b, '0');
  while (n > 0)
    rtbuf_putc(&b, hex[--n]);
  if (f->sharp && u <= RUNE_MAX && rt_isprint((int32_t)u)) {
    uint8_t enc[4];
    rtbuf_puts(&b, " '");
    rtbuf_putn(&b, enc, (size_t)rt_encoderune(enc, (int64_t)u));
    rtbuf_putc(&b, '\'');
  }
  pad_nozero(f, b.data, b.len);
  rtbuf_free(&b);
}

void fmt_c(Fmt *f, uint64_t c) {
  uint8_t enc[4];
  int64_t r = c > RUNE_MAX ? RUNE_ERROR : (int64_t)c;
  fmt_pad(f, enc, (size_t)rt_encoderune(enc, r));
}

void fmt_qc(Fmt *f, uint64_t c) {
  int32_t r = c > RUNE_MAX ? RUNE_ERROR : (int32_t)c;
  RtBuf b;
  rtbuf_init(&b);
  if (f->sharp && rt_isprint(r)) {
    uint8_t enc[4];
    rtbuf_putc(&b, '\'');
    rtbuf_putn(&b, enc, (size_t)rt_encoderune(enc, r));
    rtbuf_putc(&b, '\'');
  } else {
    rt_quote_rune(&b, r, f->plus);
  }
  fmt_pad(f, b.data, b.len);
  rtbuf_free(&b);
}

// ---- floats

// The # flag: keep the decimal point, and for %g/%v keep trailing zeros up
// to the precision (6 when none is given).
static void sharp_float(RtBuf *num, int verb, int prec) {
  int digits = 0;
  if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x')
    digits = prec < 0 ? 6 : prec;
  char tail[8];
  size_t ntail = 0;
  bool has_point = false, nonzero = false;
  for (size_t i = 1; i < num->len; i++) {
    char c = num->data[i];
    bool is_exp = c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X');
    if (is_exp) {
      ntail = num->len - i;
      memcpy(tail, num->data + i, ntail);
      num->len = i;
      break;
    }
    if (c == '.') {
      has_point = true;
      continue;
    }
    if (c != '0')
      nonzero = true;
    if (nonzero)
      digits--;   // significant digits already present
  }
  if (!has_point) {
    if (num->len == 2 && num->data[1] == '0')
      digits--;   // a lone 0 counts as one digit
    rtbuf_putc(num, '.');
  }
  for (; digits > 0; digits--)
    rtbuf_putc(num, '0');
  rtbuf_putn(num, tail, ntail);
}

// The sign is always computed (num[0] is '+' or '-') and printed when it is
// '-' or the plus flag asks; zero padding goes between sign and digits.
void fmt_float(Fmt *f, double v, int size, int verb, int prec) {
  if (f->prec_present)
    prec = f->prec;
  RtBuf num;
  rtbuf_init(&num);
  rtbuf_putc(&num, '+');
  rt_fmt_float(&num, v, verb, prec, size);
  char *s = num.data;
  size_t n = num.len;
  if (s[1] == '-' || s[1] == '+') {
    memmove(s, s + 1, n - 1);
    num.len = --n;
  }
  if (f->space && s[0] == '+' && !f->plus)
    s[0] = ' ';
  if (s[1] == 'I' || s[1] == 'N') {   // never zero-padded; NaN has no sign unless asked
    if (s[1] == 'N' && !f->space && !f->plus)
      pad_nozero(f, s + 1, n - 1);
    else
      pad_nozero(f, s, n);
    rtbuf_free(&num);
    return;
  }
  if (f->sharp && verb != 'b') {
    sharp_float(&num, verb, prec);
    s = num.data;
    n = num.len;
  }
  if (f->plus || s[0] != '+') {
    if (f->zero && f->wid_present && f->wid > (int)n) {
      rtbuf_putc(f->buf, s[0]);
      fmt_padding(f, f->wid - (int)n);
      rtbuf_putn(f->buf, s + 1, n - 1);
    } else {
      fmt_pad(f, s, n);
    }
  } else {
    fmt_pad(f, s + 1, n - 1);
  }
  rtbuf_free(&num);
}

// ---- strings

// A precision limits a string to that many runes.
static int64_t truncated(Fmt *f, const uint8_t *s, int64_t len) {
  if (!f->prec_present)
    return len;
  int64_t i = 0;
  for (int n = 0; i < len && n < f->prec; n++) {
    int w = 1;
    if (s[i] >= 0x80)
      rt_decoderune(s + i, len - i, &w);
    i += w;
  }
  return i;
}

void fmt_s(Fmt *f, const uint8_t *s, int64_t len) {
  fmt_pad(f, s, (size_t)truncated(f, s, len));
}

// %x on strings and byte slices: two digits a byte; the precision counts
// bytes; ' ' separates bytes and then # prefixes each one with 0x.
void fmt_sx(Fmt *f, const uint8_t *s, int64_t len, bool upper) {
  const char *digits = upper ? "0123456789ABCDEFX" : "0123456789abcdefx";
  if (f->prec_present && f->prec < len)
    len = f->prec;
  int64_t width = 2 * len;
  if (width == 0) {
    if (f->wid_present)
      fmt_padding(f, f->wid);
    return;
  }
  if (f->space) {
    if (f->sharp)
      width *= 2;
    width += len - 1;
  } else if (f->sharp) {
    width += 2;
  }
  if (f->wid_present && f->wid > width && !f->minus)
    fmt_padding(f, (int)(f->wid - width));
  RtBuf *b = f->buf;
  if (f->sharp) {
    rtbuf_putc(b, '0');
    rtbuf_putc(b, digits[16]);
  }
  for (int64_t i = 0; i < len; i++) {
    if (f->space && i > 0) {
      rtbuf_putc(b, ' ');
      if (f->sharp) {
        rtbuf_putc(b, '0');
        rtbuf_putc(b, digits[16]);
      }
    }
    rtbuf_putc(b, digits[s[i] >> 4]);
    rtbuf_putc(b, digits[s[i] & 15]);
  }
  if (f->wid_present && f->wid > width && f->minus)
    fmt_padding(f, (int)(f->wid - width));
}

// %q: a double-quoted Go string (ASCII only with +), or with # a raw
// string when one can hold it.
void fmt_q(Fmt *f, const uint8_t *s, int64_t len) {
  len = truncated(f, s, len);
  RtBuf b;
  rtbuf_init(&b);
  if (f->sharp && rt_canbackquote(s, len)) {
    rtbuf_putc(&b, '`');
    rtbuf_putn(&b, s, (size_t)len);
    rtbuf_putc(&b, '`');
  } else {
    rt_quote(&b, s, len, '"', f->plus);
  }
  fmt_pad(f, b.data, b.len);
  rtbuf_free(&b);
}
