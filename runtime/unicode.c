// unicode.c — packages unicode and unicode/utf8.
//
// utf8 is exact. unicode's classes and case mappings cover ASCII, Latin-1,
// Latin Extended-A, Greek and Cyrillic exactly, and the big letter blocks
// (CJK, kana, Hangul) as letters; other scripts are an approximation of
// Go's tables (documented in docs/packages.md).
#include "rt_std.h"

static bool in(int32_t r, int32_t lo, int32_t hi) { return r >= lo && r <= hi; }

// ---------------------------------------------------------------- unicode

bool rt_isspace(int32_t r) {
  if (r < 0x100)
    return r == ' ' || in(r, '\t', '\r') || r == 0x85 || r == 0xA0;
  return r == 0x1680 || in(r, 0x2000, 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x202F ||
         r == 0x205F || r == 0x3000;
}

bool rt_isupper(int32_t r) {
  if (r < 0x80)
    return in(r, 'A', 'Z');
  if (r < 0x100)
    return in(r, 0xC0, 0xDE) && r != 0xD7;
  if (in(r, 0x100, 0x137) || in(r, 0x14A, 0x177))
    return r % 2 == 0;
  if (in(r, 0x139, 0x148) || in(r, 0x179, 0x17E))
    return r % 2 == 1;
  if (r == 0x178)
    return true;
  return in(r, 0x391, 0x3A9) || in(r, 0x400, 0x42F);
}

bool rt_islower(int32_t r) {
  if (r < 0x80)
    return in(r, 'a', 'z');
  if (r < 0x100)
    return (in(r, 0xDF, 0xFF) && r != 0xF7) || r == 0xB5 || r == 0xAA || r == 0xBA;
  if (in(r, 0x100, 0x137) || in(r, 0x14A, 0x177))
    return r % 2 == 1;
  if (in(r, 0x139, 0x148) || in(r, 0x179, 0x17E))
    return r % 2 == 0;
  return in(r, 0x3B1, 0x3C9) || in(r, 0x3AC, 0x3AF) || in(r, 0x430, 0x45F);
}

bool rt_isletter(int32_t r) {
  if (r < 0x80)
    return in(r | 0x20, 'a', 'z');
  if (rt_isupper(r) || rt_islower(r))
    return true;
  return in(r, 0x180, 0x24F) || in(r, 0x370, 0x3FF) || in(r, 0x460, 0x52F) ||
         in(r, 0x5D0, 0x5EA) || in(r, 0x620, 0x64A) || in(r, 0x3041, 0x3096) ||
         in(r, 0x30A1, 0x30FA) || in(r, 0x4E00, 0x9FFF) || in(r, 0xAC00, 0xD7A3);
}

bool rt_isdigit(int32_t r) {
  return in(r, '0', '9') || in(r, 0x660, 0x669) || in(r, 0x6F0, 0x6F9) || in(r, 0x966, 0x96F) ||
         in(r, 0xFF10, 0xFF19);
}

bool rt_ispunct(int32_t r) {
  if (r < 0x80)
    return (in(r, '!', '/') || in(r, ':', '@') || in(r, '[', '`') || in(r, '{', '~')) &&
           r != '$' && r != '+' && r != '<' && r != '=' && r != '>' && r != '^' && r != '`' &&
           r != '|' && r != '~';
  return r == 0xA1 || r == 0xA7 || r == 0xAB || r == 0xB6 || r == 0xB7 || r == 0xBB ||
         r == 0xBF || in(r, 0x2010, 0x2027) || in(r, 0x3001, 0x3003);
}

int32_t rt_toupper(int32_t r) {
  if (r < 0x80)
    return in(r, 'a', 'z') ? r - 32 : r;
  if (r == 0xB5)
    return 0x39C;
  if (r == 0xFF)
    return 0x178;
  if (in(r, 0xE0, 0xFE) && r != 0xF7)
    return r - 32;
  if ((in(r, 0x100, 0x137) || in(r, 0x14A, 0x177)) && r % 2 == 1)
    return r - 1;
  if ((in(r, 0x139, 0x148) || in(r, 0x179, 0x17E)) && r % 2 == 0)
    return r - 1;
  if (r == 0x3C2)
    return 0x3A3;
  if (in(r, 0x3B1, 0x3C9) || in(r, 0x430, 0x44F))
    return r - 32;
  if (in(r, 0x450, 0x45F))
    return r - 80;
  return r;
}

int32_t rt_tolower(int32_t r) {
  if (r < 0x80)
    return in(r, 'A', 'Z') ? r + 32 : r;
  if (r == 0x178)
    return 0xFF;
  if (in(r, 0xC0, 0xDE) && r != 0xD7)
    return r + 32;
  if ((in(r, 0x100, 0x137) || in(r, 0x14A, 0x177)) && r % 2 == 0)
    return r + 1;
  if ((in(r, 0x139, 0x148) || in(r, 0x179, 0x17E)) && r % 2 == 1)
    return r + 1;
  if ((in(r, 0x391, 0x3A9) && r != 0x3A2) || in(r, 0x410, 0x42F))
    return r + 32;
  if (in(r, 0x400, 0x40F))
    return r + 80;
  return r;
}

bool escgo_unicode_IsSpace(int32_t r) { return rt_isspace(r); }
bool escgo_unicode_IsUpper(int32_t r) { return rt_isupper(r); }
bool escgo_unicode_IsLower(int32_t r) { return rt_islower(r); }
bool escgo_unicode_IsLetter(int32_t r) { return rt_isletter(r); }
bool escgo_unicode_IsDigit(int32_t r) { return rt_isdigit(r); }
bool escgo_unicode_IsPunct(int32_t r) { return rt_ispunct(r); }
int32_t escgo_unicode_ToUpper(int32_t r) { return rt_toupper(r); }
int32_t escgo_unicode_ToLower(int32_t r) { return rt_tolower(r); }

// ---------------------------------------------------------------- unicode/utf8

int64_t escgo_utf8_RuneCountInString(const uint8_t *s, int64_t n) { return rt_runecount(s, n); }
int64_t escgo_utf8_RuneCount(const uint8_t *p, int64_t n, int64_t cap) { return rt_runecount(p, n); }

bool escgo_utf8_ValidRune(int32_t r) { return in(r, 0, RUNE_MAX) && !in(r, 0xD800, 0xDFFF); }

int64_t escgo_utf8_RuneLen(int32_t r) {
  if (r < 0)
    return -1;
  if (r < 0x80)
    return 1;
  if (r < 0x800)
    return 2;
  if (in(r, 0xD800, 0xDFFF))
    return -1;
  if (r < 0x10000)
    return 3;
  return r <= RUNE_MAX ? 4 : -1;
}

void escgo_utf8_DecodeRuneInString(GoRuneSize *out, const uint8_t *s, int64_t n) {
  if (n == 0) {
    *out = (GoRuneSize){RUNE_ERROR, 0};
    return;
  }
  int w;
  int32_t r = rt_decoderune(s, n, &w);
  *out = (GoRuneSize){r, w};
}

void escgo_utf8_DecodeRune(GoRuneSize *out, const uint8_t *p, int64_t n, int64_t cap) {
  escgo_utf8_DecodeRuneInString(out, p, n);
}

void escgo_utf8_DecodeLastRuneInString(GoRuneSize *out, const uint8_t *s, int64_t n) {
  if (n == 0) {
    *out = (GoRuneSize){RUNE_ERROR, 0};
    return;
  }
  int64_t start = n - 1;
  while (start > 0 && n - start < 4 && (s[start] & 0xC0) == 0x80)
    start--;
  int w;
  int32_t r = rt_decoderune(s + start, n - start, &w);
  if (start + w != n)
    *out = (GoRuneSize){RUNE_ERROR, 1};
  else
    *out = (GoRuneSize){r, w};
}

// EncodeRune panics (index out of range) when p is too short, as Go's does.
int64_t escgo_utf8_EncodeRune(uint8_t *p, int64_t n, int64_t cap, int32_t r) {
  uint8_t enc[4];
  int w = rt_encoderune(enc, r);
  if (w > n)
    escgo_panic_index(n, n);
  for (int i = 0; i < w; i++)
    p[i] = enc[i];
  return w;
}

void escgo_utf8_AppendRune(GoSlice *out, uint8_t *p, int64_t n, int64_t cap, int32_t r) {
  uint8_t enc[4];
  GoSlice s = {p, n, cap};
  rt_append_bytes(&s, enc, rt_encoderune(enc, r));
  *out = s;
}

bool escgo_utf8_ValidString(const uint8_t *s, int64_t n) {
  for (int64_t i = 0; i < n;) {
    int w;
    int32_t r = rt_decoderune(s + i, n - i, &w);
    if (r == RUNE_ERROR && w == 1)
      return false;
    i += w;
  }
  return true;
}

bool escgo_utf8_Valid(const uint8_t *p, int64_t n, int64_t cap) { return escgo_utf8_ValidString(p, n); }
