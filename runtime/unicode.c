// unicode.c — the character classes and case mappings the C
// bytes and strconv use (programs' unicode and unicode/utf8 compile from
// Go 1.19's source: docs/packages.md).
//
// The classes and case mappings cover ASCII, Latin-1,
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
