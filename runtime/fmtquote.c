// fmtquote.c — strconv's quoting for %q and %#U: Quote, QuoteToASCII,
// QuoteRune, CanBackquote, IsPrint.
//
// IsPrint is approximated without Unicode tables: controls, non-ASCII
// spaces, format characters, surrogates, private use and non-characters
// are not printable; everything else is. Unassigned code points therefore
// print as themselves where Go would escape them as \uXXXX.
#include "rt_internal.h"

static bool in(int32_t r, int32_t lo, int32_t hi) {
  return r >= lo && r <= hi;
}

bool rt_isprint(int32_t r) {
  if (r < 0x80)
    return r >= 0x20 && r < 0x7F;
  if (r < 0xA0 || r == 0xA0 || r == 0xAD || r > RUNE_MAX)
    return false;
  if ((r & 0xFFFE) == 0xFFFE || in(r, 0xFDD0, 0xFDEF))   // non-characters
    return false;
  if (in(r, 0xD800, 0xF8FF) || r >= 0xF0000)   // surrogates, private use
    return false;
  if (r == 0x1680 || in(r, 0x2000, 0x200F) || in(r, 0x2028, 0x202F) || in(r, 0x205F, 0x206F) ||
      r == 0x3000 || r == 0xFEFF || in(r, 0xFFF9, 0xFFFB))
    return false;   // spaces other than ' ', and format characters
  if (in(r, 0x600, 0x605) || r == 0x61C || r == 0x6DD || r == 0x70F || r == 0x180E ||
      r == 0x110BD || in(r, 0x1D173, 0x1D17A) || in(r, 0xE0000, 0xE007F))
    return false;
  return true;
}

static void hexn(RtBuf *b, uint32_t v, int n) {
  for (int i = n - 1; i >= 0; i--)
    rtbuf_putc(b, "0123456789abcdef"[(v >> (4 * i)) & 15]);
}

static void escaped_rune(RtBuf *b, int32_t r, int quote, bool ascii_only) {
  uint8_t enc[4];
  if (r == quote || r == '\\') {
    rtbuf_putc(b, '\\');
    rtbuf_putc(b, r);
    return;
  }
  if (ascii_only ? (r < 0x80 && rt_isprint(r)) : rt_isprint(r)) {
    rtbuf_putn(b, enc, (size_t)rt_encoderune(enc, r));
    return;
  }
  switch (r) {
  case '\a': rtbuf_puts(b, "\\a"); return;
  case '\b': rtbuf_puts(b, "\\b"); return;
  case '\f': rtbuf_puts(b, "\\f"); return;
  case '\n': rtbuf_puts(b, "\\n"); return;
  case '\r': rtbuf_puts(b, "\\r"); return;
  case '\t': rtbuf_puts(b, "\\t"); return;
  case '\v': rtbuf_puts(b, "\\v"); return;
  }
  if (r < ' ' || r == 0x7F) {
    rtbuf_puts(b, "\\x");
    hexn(b, (uint32_t)r, 2);
    return;
  }
  if (r > RUNE_MAX || in(r, 0xD800, 0xDFFF))
    r = RUNE_ERROR;
  if (r < 0x10000) {
    rtbuf_puts(b, "\\u");
    hexn(b, (uint32_t)r, 4);
  } else {
    rtbuf_puts(b, "\\U");
    hexn(b, (uint32_t)r, 8);
  }
}

// Bytes that are not UTF-8 print as \xNN, everything else as escaped_rune.
void rt_quote(RtBuf *b, const uint8_t *s, int64_t len, int quote, bool ascii_only) {
  rtbuf_putc(b, quote);
  for (int64_t i = 0; i < len;) {
    int w = 1;
    int32_t r = s[i];
    if (r >= 0x80)
      r = rt_decoderune(s + i, len - i, &w);
    if (w == 1 && r == RUNE_ERROR) {   // a byte that is not UTF-8
      rtbuf_puts(b, "\\x");
      hexn(b, s[i], 2);
    } else {
      escaped_rune(b, r, quote, ascii_only);
    }
    i += w;
  }
  rtbuf_putc(b, quote);
}

void rt_quote_rune(RtBuf *b, int32_t r, bool ascii_only) {
  if (r < 0 || r > RUNE_MAX || in(r, 0xD800, 0xDFFF))
    r = RUNE_ERROR;
  rtbuf_putc(b, '\'');
  escaped_rune(b, r, '\'', ascii_only);
  rtbuf_putc(b, '\'');
}

bool rt_canbackquote(const uint8_t *s, int64_t len) {
  for (int64_t i = 0; i < len;) {
    int w = 1;
    int32_t r = s[i];
    if (r >= 0x80)
      r = rt_decoderune(s + i, len - i, &w);
    i += w;
    if (w > 1) {
      if (r == 0xFEFF)
        return false;
      continue;
    }
    if (r == RUNE_ERROR || (r < ' ' && r != '\t') || r == '`' || r == 0x7F)
      return false;
  }
  return true;
}
