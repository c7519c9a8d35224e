// rt_string.c — concatenation, comparison, conversions and UTF-8 decoding.
// Expected values are Go 1.19's (see the comment on each group).
#include "escgo_rt.h"

#include <gc/gc.h>
#include <stdio.h>
#include <string.h>

static int passed, failed;

static void expect(const char *what, bool ok) {
  if (ok) {
    passed++;
    return;
  }
  failed++;
  printf("FAIL %s\n", what);
}

static bool is(GoString s, const char *want) {
  return s.len == (int64_t)strlen(want) && !memcmp(s.ptr, want, s.len);
}

#define LIT(s) (const uint8_t *)(s), (int64_t)(sizeof(s) - 1)

static void test_concat(void) {
  uint8_t buf[32];
  GoString s = escgo_concat2(buf, LIT("ab"), LIT("cd"));
  expect("concat2", is(s, "abcd"));
  expect("concat2 result in caller's buffer", s.ptr == buf);
  s = escgo_concat2(buf, LIT("0123456789012345678901234567890123456789"), LIT("!"));
  expect("concat2 long", s.len == 41 && s.ptr != buf && s.ptr[40] == '!');
  static const char lit[] = "only";
  s = escgo_concat2(NULL, (const uint8_t *)lit, 4, LIT(""));
  expect("one non-empty operand is returned as is", s.ptr == (const uint8_t *)lit && s.len == 4);
  uint8_t stackbytes[4] = {'s', 't', 'k', '!'};
  s = escgo_concat2(NULL, LIT(""), stackbytes, 4);
  expect("one operand on the stack is copied when the result escapes",
         s.ptr != stackbytes && is(s, "stk!"));
  GoString parts[] = {{LIT("x")}, {NULL, 0}, {LIT("yz")}, {LIT("w")}};
  s = escgo_concatn(NULL, parts, 4);
  expect("concatn", is(s, "xyzw"));
  s = escgo_concatn(NULL, parts + 1, 1);
  expect("concatn of empty", s.len == 0);
  // Go: a 40-byte concatenation that escapes is one 48-byte object.
  uint64_t m0 = escgo_mallocs(), b0 = escgo_total_alloc();
  escgo_concat2(NULL, LIT("01234567890123456789"), LIT("01234567890123456789"));
  expect("concat allocation counted", escgo_mallocs() - m0 == 1 && escgo_total_alloc() - b0 == 48);
}

static void test_compare(void) {
  // Go: "a" < "b", !("ab" < "a"), "" < "a", "abc" == "abc"
  expect("a < b", escgo_strcmp(LIT("a"), LIT("b")) < 0);
  expect("ab > a", escgo_strcmp(LIT("ab"), LIT("a")) > 0);
  expect("\"\" < a", escgo_strcmp(LIT(""), LIT("a")) < 0);
  expect("abc == abc", escgo_strcmp(LIT("abc"), LIT("abc")) == 0);
  expect("\\xff > a", escgo_strcmp(LIT("\xff"), LIT("a")) > 0);   // bytes compare unsigned
  expect("streq", escgo_streq(LIT("abc"), LIT("abc")));
  expect("streq differs", !escgo_streq(LIT("abc"), LIT("abd")));
  expect("streq lengths", !escgo_streq(LIT("ab"), LIT("abc")));
}

// Go: with s from os.Args (not a constant) and the result escaping,
// []byte("hello") has cap 8, []byte("héllo") 8, []rune("héllo") cap 6;
// []rune("a\xffb") cap 4; non-escaping conversions get cap 32; []byte("")
// has cap 0.
static void test_conversions(void) {
  GoSlice b;
  escgo_str2bytes(&b, NULL, LIT("hello"));
  expect("[]byte heap cap", b.len == 5 && b.cap == 8 && !memcmp(b.ptr, "hello", 5));
  escgo_str2bytes(&b, NULL, LIT("h\xc3\xa9llo"));
  expect("[]byte heap cap 6 bytes", b.len == 6 && b.cap == 8);
  escgo_str2bytes(&b, NULL, LIT(""));
  expect("[]byte empty", b.len == 0 && b.cap == 0);
  uint8_t buf[32];
  escgo_str2bytes(&b, buf, LIT("hello"));
  expect("[]byte stack cap", b.ptr == buf && b.len == 5 && b.cap == 32);
  GoSlice r;
  escgo_str2runes(&r, NULL, LIT("h\xc3\xa9llo"));
  int32_t *rp = r.ptr;
  expect("[]rune heap", r.len == 5 && r.cap == 6 && rp[1] == 233);
  escgo_str2runes(&r, NULL, LIT("a\xff" "b"));
  rp = r.ptr;
  expect("[]rune invalid byte", r.len == 3 && r.cap == 4 && rp[0] == 97 && rp[1] == 65533 && rp[2] == 98);
  int32_t rbuf[32];
  escgo_str2runes(&r, rbuf, LIT("hello"));
  expect("[]rune stack cap", r.ptr == rbuf && r.len == 5 && r.cap == 32);
  GoString s = escgo_bytes2str(NULL, (const uint8_t *)"xyz", 3, 3);
  expect("string([]byte)", is(s, "xyz"));
  uint64_t before = escgo_mallocs();
  s = escgo_bytes2str(NULL, (const uint8_t *)"q", 1, 1);
  expect("string of one byte allocates nothing", is(s, "q") && escgo_mallocs() == before);
  s = escgo_bytes2str(NULL, NULL, 0, 0);
  expect("string of no bytes", s.len == 0 && escgo_mallocs() == before);
  // Go: string(rune(-1)), string(rune(0xD800)), string(rune(0x110000)) are "\uFFFD".
  expect("string(rune(-1))", is(escgo_rune2str(NULL, -1), "\xef\xbf\xbd"));
  expect("string(rune(0xD800))", is(escgo_rune2str(NULL, 0xD800), "\xef\xbf\xbd"));
  expect("string(rune(0x10FFFF))", is(escgo_rune2str(NULL, 0x10FFFF), "\xf4\x8f\xbf\xbf"));
  expect("string(rune(0x110000))", is(escgo_rune2str(NULL, 0x110000), "\xef\xbf\xbd"));
  expect("string(rune(1<<32 + 65))", is(escgo_rune2str(NULL, ((int64_t)1 << 32) + 65), "\xef\xbf\xbd"));
  uint8_t rb[4];
  expect("string(rune) in buffer", is(escgo_rune2str(rb, 0x4e16), "\xe4\xb8\x96"));
  // Go: string([]rune{0x41, -1, 0x4e16, 0x1F600}) == "A\uFFFD世😀"
  int32_t runes[] = {0x41, -1, 0x4e16, 0x1F600};
  expect("string([]rune)",
         is(escgo_runes2str(NULL, runes, 4, 4), "A\xef\xbf\xbd\xe4\xb8\x96\xf0\x9f\x98\x80"));
}

// Go: for i, r := range "a\xffé\xe4\xb8z\xed\xa0\x80\xf4\x90\x80\x80\xc0\x80"
static void test_decoderune(void) {
  static const char s[] = "a\xff\xc3\xa9\xe4\xb8z\xed\xa0\x80\xf4\x90\x80\x80\xc0\x80";
  const char *want = "0:97 1:65533 2:233 4:65533 5:65533 6:122 7:65533 8:65533 9:65533 "
                     "10:65533 11:65533 12:65533 13:65533 14:65533 15:65533 ";
  char got[300];
  size_t pos = 0;
  int64_t len = sizeof s - 1;
  for (int64_t i = 0, next; i < len; i = next) {
    int32_t r = escgo_decoderune((const uint8_t *)s, len, i, &next);
    pos += (size_t)snprintf(got + pos, sizeof got - pos, "%lld:%d ", (long long)i, r);
  }
  expect("range over invalid UTF-8", !strcmp(got, want));
  if (strcmp(got, want))
    printf("  got  %s\n  want %s\n", got, want);
}

int main(void) {
  GC_INIT();
  test_concat();
  test_compare();
  test_conversions();
  test_decoderune();
  printf("rt_string: %d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
