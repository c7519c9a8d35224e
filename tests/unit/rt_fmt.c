// rt_fmt.c — the C runtime's formatter (runtime/fmt.c: what testing's t.Log
// and t.Errorf print) against fmt.Sprintf's and Sprintln's outputs in real Go.
//
// The rows between the CASES markers come from `go run rt_fmt_gen.go`:
// a format (or PRINTLN), the operands as "kind:value" or the name
// of a composite value built below exactly as the generator builds it, and
// what Go 1.19 printed. Never edit the expected strings by hand.
#include "escgo_rt.h"
#include "rt_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int passed, failed;

// ---- type descriptors, as codegen would emit them

#define BASIC(name, k, sz, s) static const GoType name = {.size = sz, .kind = k, .str = s}
BASIC(t_int, GK_INT, 8, "int");
BASIC(t_int8, GK_INT8, 1, "int8");
BASIC(t_int16, GK_INT16, 2, "int16");
BASIC(t_int32, GK_INT32, 4, "int32");
BASIC(t_int64, GK_INT64, 8, "int64");
BASIC(t_uint, GK_UINT, 8, "uint");
BASIC(t_uint8, GK_UINT8, 1, "uint8");
BASIC(t_uint16, GK_UINT16, 2, "uint16");
BASIC(t_uint32, GK_UINT32, 4, "uint32");
BASIC(t_uint64, GK_UINT64, 8, "uint64");
BASIC(t_uintptr, GK_UINTPTR, 8, "uintptr");
BASIC(t_float32, GK_FLOAT32, 4, "float32");
BASIC(t_float64, GK_FLOAT64, 8, "float64");
BASIC(t_complex128, GK_COMPLEX128, 16, "complex128");
BASIC(t_bool, GK_BOOL, 1, "bool");
static const GoType t_string = {.size = 16, .kind = GK_STRING, .has_ptrs = 1, .str = "string"};
static const GoType t_myint = {.size = 8, .kind = GK_INT, .named = 1, .str = "main.MyInt"};
static const GoType t_mystr = {.size = 16, .kind = GK_STRING, .has_ptrs = 1, .named = 1, .str = "main.MyStr"};
static const GoType t_eface = {.size = 16, .kind = GK_INTERFACE, .has_ptrs = 1, .str = "interface {}"};

#define SLICE(name, e, s) static const GoType name = {.size = 24, .kind = GK_SLICE, .has_ptrs = 1, .str = s, .elem = e}
SLICE(t_ints, &t_int, "[]int");
SLICE(t_bytes, &t_uint8, "[]uint8");
SLICE(t_strings, &t_string, "[]string");
SLICE(t_efaces, &t_eface, "[]interface {}");
SLICE(t_float64s, &t_float64, "[]float64");
static const GoType t_mybytes = {.size = 24, .kind = GK_SLICE, .has_ptrs = 1, .named = 1,
                                 .str = "main.MyBytes", .elem = &t_uint8};
static const GoType t_arr3 = {.size = 24, .kind = GK_ARRAY, .str = "[3]int", .elem = &t_int, .len = 3};
static const GoType t_arr2 = {.size = 16, .kind = GK_ARRAY, .str = "[2]int", .elem = &t_int, .len = 2};
static const GoType t_bools2 = {.size = 2, .kind = GK_ARRAY, .str = "[2]bool", .elem = &t_bool, .len = 2};

#define PTR(name, e, s) static const GoType name = {.size = 8, .kind = GK_POINTER, .direct = 1, .has_ptrs = 1, .str = s, .elem = e}
static const GoField s_fields[] = {{"X", &t_int, 0, 0, 1}, {"Y", &t_string, 8, 0, 1}};
static const GoType t_S = {.size = 24, .kind = GK_STRUCT, .has_ptrs = 1, .named = 1, .nfields = 2,
                           .str = "main.S", .fields = s_fields};
static const GoField inner_fields[] = {{"A", &t_int, 0, 0, 1}, {"B", &t_int, 8, 0, 1}};
static const GoType t_inner = {.size = 16, .kind = GK_STRUCT, .named = 1, .nfields = 2,
                               .str = "main.Inner", .fields = inner_fields};
PTR(t_pS, &t_S, "*main.S");
PTR(t_pinner, &t_inner, "*main.Inner");
PTR(t_parr2, &t_arr2, "*[2]int");
PTR(t_pstrings, &t_strings, "*[]string");
PTR(t_pint, &t_int, "*int");
static const GoField outer_fields[] = {
    {"I", &t_inner, 0, 0, 1}, {"P", &t_pinner, 16, 0, 1}, {"E", &t_eface, 24, 0, 1},
    {"F", &t_float64, 40, 0, 1}, {"Sl", &t_ints, 48, 0, 1}};
static const GoType t_outer = {.size = 72, .kind = GK_STRUCT, .has_ptrs = 1, .named = 1, .nfields = 5,
                               .str = "main.Outer", .fields = outer_fields};

// ---- the composite values of rt_fmt_gen.go

typedef struct { int64_t x; GoString y; } S;
typedef struct { int64_t a, b; } Inner;
typedef struct { Inner i; Inner *p; GoEface e; double f; GoSlice sl; } Outer;

#define GS(s) ((GoString){(const uint8_t *)(s), sizeof(s) - 1})
static S v_S = {1, GS("a")}, v_S2 = {2, GS("b")};
static int64_t ints123[] = {1, 2, 3}, ints4[] = {4}, ints789[] = {7, 8, 9}, ints12[] = {1, 2};
static int64_t empty_ints[1];
static uint8_t hi0[] = {'h', 'i', 0}, ab[] = {'a', 'b'}, u8s[] = {1, 255};
static GoString strs[] = {GS("a"), GS("b c")}, strz[] = {GS("z")};
static double floats[] = {0.1, 1e21, -3};
static int64_t five = 5, one = 1;
static double twofive = 2.5;
static uint8_t yes = 1;
static GoEface ifaces[5];
static Outer v_outer, v_outern;
static GoSlice sl123 = {ints123, 3, 3}, slnil, slempty = {empty_ints, 0, 0}, slbytes = {hi0, 3, 3};
static GoSlice slmybytes = {ab, 2, 2}, slstrs = {strs, 2, 2}, slifaces = {ifaces, 5, 5};
static GoSlice slstrz = {strz, 1, 1}, slfloats = {floats, 3, 3}, slu8s = {u8s, 2, 2};
static int64_t myint = 7;
static GoString mystr = GS("named");
static uint8_t bools2[] = {1, 0};
static GoString str_x = GS("x");

static void init_composites(void) {
  ifaces[0] = (GoEface){&t_int, &one};
  ifaces[1] = (GoEface){&t_string, &str_x};
  ifaces[3] = (GoEface){&t_float64, &twofive};
  ifaces[4] = (GoEface){&t_bool, &yes};
  v_outer = (Outer){{1, 2}, NULL, {&t_int, &five}, 2.5, {ints4, 1, 1}};
}

typedef struct { const char *name; const GoType *t; void *v; } Composite;
static Composite composites[] = {
    {"S", &t_S, &v_S}, {"PS", &t_pS, &v_S2}, {"SL", &t_ints, &sl123}, {"NILSL", &t_ints, &slnil},
    {"EMPTYSL", &t_ints, &slempty}, {"BYTES", &t_bytes, &slbytes}, {"ARR", &t_arr3, ints789},
    {"MYINT", &t_myint, &myint}, {"MYSTR", &t_mystr, &mystr}, {"MYBYTES", &t_mybytes, &slmybytes},
    {"STRS", &t_strings, &slstrs}, {"OUTER", &t_outer, &v_outer}, {"OUTERN", &t_outer, &v_outern},
    {"IFACES", &t_efaces, &slifaces}, {"PARR", &t_parr2, ints12}, {"PSL", &t_pstrings, &slstrz},
    {"FLOATS", &t_float64s, &slfloats}, {"NILPTR", &t_pint, NULL}, {"BOOLS", &t_bools2, bools2},
    {"U8S", &t_bytes, &slu8s},
};

// ---- operand specs

// Go escapes in a spec string: \n \t \" \\ \xHH \uHHHH \UHHHHHHHH.
static GoString unescape(const char *s) {
  uint8_t *out = malloc(strlen(s) + 1);
  int64_t n = 0;
  while (*s) {
    if (*s != '\\') {
      out[n++] = (uint8_t)*s++;
      continue;
    }
    s++;
    char c = *s++;
    int digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
    if (digits) {
      char hex[9] = {0};
      memcpy(hex, s, digits);
      s += digits;
      long v = strtol(hex, NULL, 16);
      if (c == 'x') {
        out[n++] = (uint8_t)v;
      } else {
        GoString r = escgo_rune2str(NULL, v);
        memcpy(out + n, r.ptr, r.len);
        n += r.len;
      }
      continue;
    }
    out[n++] = c == 'n' ? '\n' : c == 't' ? '\t' : c == 'a' ? '\a' : (uint8_t)c;
  }
  return (GoString){out, n};
}

static double parse_float(const char *s) {
  if (!strcmp(s, "inf")) return INFINITY;
  if (!strcmp(s, "-inf")) return -INFINITY;
  if (!strcmp(s, "nan")) return NAN;
  return strtod(s, NULL);
}

static const GoType *basic_types[] = {
    &t_int, &t_int8, &t_int16, &t_int32, &t_int64, &t_uint, &t_uint8, &t_uint16, &t_uint32,
    &t_uint64, &t_uintptr, &t_float32, &t_float64, &t_complex128, &t_bool, &t_string,
};

// Fills *e from one spec; the value lives in fresh malloc memory.
static void parse_arg(const char *spec, GoEface *e) {
  *e = (GoEface){NULL, NULL};
  if (!strcmp(spec, "nil"))
    return;
  for (size_t i = 0; i < sizeof composites / sizeof composites[0]; i++) {
    if (!strcmp(spec, composites[i].name)) {
      e->type = composites[i].t;
      e->data = composites[i].v;
      return;
    }
  }
  const char *colon = strchr(spec, ':');
  size_t klen = (size_t)(colon - spec);
  const char *val = colon + 1;
  const GoType *t = NULL;
  for (size_t i = 0; i < sizeof basic_types / sizeof basic_types[0]; i++)
    if (strlen(basic_types[i]->str) == klen && !strncmp(basic_types[i]->str, spec, klen))
      t = basic_types[i];
  if (!t) {
    printf("bad spec %s\n", spec);
    exit(1);
  }
  void *p = calloc(1, 16);
  switch (t->kind) {
  case GK_FLOAT32: *(float *)p = strtof(val, NULL); if (!strcmp(val, "nan")) *(float *)p = NAN; break;
  case GK_FLOAT64: *(double *)p = parse_float(val); break;
  case GK_COMPLEX128: {
    char *end;
    ((double *)p)[0] = strtod(val, &end);
    ((double *)p)[1] = strtod(end + 1, NULL);
    break;
  }
  case GK_BOOL: *(uint8_t *)p = !strcmp(val, "true"); break;
  case GK_STRING: *(GoString *)p = unescape(val); break;
  default: {   // integers, little-endian: the low bytes are the narrow value
    uint64_t u = val[0] == '-' ? (uint64_t)strtoll(val, NULL, 0) : strtoull(val, NULL, 0);
    memcpy(p, &u, 8);
  }
  }
  e->type = t;
  e->data = p;
}

// ---- running the table

typedef struct { const char *format, *args, *want; size_t wantlen; } Case;
#define C(format, args, want) {format, args, want, sizeof(want) - 1}

static Case cases[] = {
// CASES BEGIN
  C("%d", "int:5", "5"),
  C("%d", "int:-5", "-5"),
  C("%5d|%-5d|%05d", "int:42\011int:42\011int:42", "   42|42   |00042"),
  C("%+d % d %+d", "int:3\011int:3\011int:-3", "+3  3 -3"),
  C("%x %X %o %O %b", "int:255\011int:255\011int:8\011int:8\011int:5", "ff FF 10 0o10 101"),
  C("%#x %#X %#o %#b", "int:255\011int:255\011int:8\011int:5", "0xff 0XFF 010 0b101"),
  C("%#o", "int:0", "0"),
  C("%08.3d|%.0d|%.0d|%5.0d|", "int:-7\011int:0\011int:1\011int:0", "    -007||1|     |"),
  C("%-08d|", "int:5", "5       |"),
  C("%x", "int:-255", "-ff"),
  C("%d %d %d %d", "int8:-128\011int16:-32768\011int32:-2147483648\011int64:-9223372036854775808", "-128 -32768 -2147483648 -9223372036854775808"),
  C("%d %d %d %d %d", "uint8:255\011uint16:65535\011uint32:4294967295\011uint64:18446744073709551615\011uint:7", "255 65535 4294967295 18446744073709551615 7"),
  C("%v %v", "uintptr:4096\011uint64:18446744073709551615", "4096 18446744073709551615"),
  C("%#v %#v %#v", "uint:10\011int:-10\011uint8:255", "0xa -10 0xff"),
  C("%c %c %c|%3c|%-3c|", "int:65\011int32:0x4e16\011int:-1\011int:97\011int:98", "A \344\270\226 \357\277\275|  a|b  |"),
  C("%q %q %+q %#q %#q", "int32:97\011int32:0x4e16\011int32:0x4e16\011int32:0x4e16\011int32:10", "'a' '\344\270\226' '\\u4e16' '\344\270\226' '\\n'"),
  C("%q", "int:0x110000", "'\357\277\275'"),
  C("%U %#U %#U %.6U %10U|%-10U|", "int32:65\011int32:65\011int32:0x4e16\011int32:65\011int32:65\011int32:65", "U+0041 U+0041 'A' U+4E16 '\344\270\226' U+000041     U+0041|U+0041    |"),
  C("%#U", "int:10", "U+000A"),
  C("%t %v %5t|%-6t|", "bool:true\011bool:false\011bool:true\011bool:false", "true false  true|false |"),
  C("%d", "bool:true", "%!d(bool=true)"),
  C("%s", "int:5", "%!s(int=5)"),
  C("%v %v %v %v %v %v %v", "float64:0.1\011float64:1e6\011float64:1e21\011float64:33.333333333333336\011float64:123456789\011float64:1e20\011float32:0.1", "0.1 1e+06 1e+21 33.333333333333336 1.23456789e+08 1e+20 0.1"),
  C("%v %v %v %v %v", "float64:100000\011float64:0.0001\011float64:0.00001\011float64:-0\011float64:0", "100000 0.0001 1e-05 -0 0"),
  C("%v %v %v %v", "float64:inf\011float64:-inf\011float64:nan\011float64:5e-324", "+Inf -Inf NaN 5e-324"),
  C("%v %v", "float64:1.7976931348623157e308\011float32:3.4028235e38", "1.7976931348623157e+308 3.4028235e+38"),
  C("%v %v %v %v", "float64:5.623642243178996e+160\011float64:7.120236347223045e-307\011float32:1.2379401e+27\011float64:6.189700196426902e+26", "5.623642243178996e+160 7.120236347223045e-307 1.2379401e+27 6.189700196426902e+26"),
  C("%v %v %v", "float32:16777216\011float32:1e-7\011float32:0.3", "1.6777216e+07 1e-07 0.3"),
  C("%f %.2f %8.3f|%-8.3f|%08.3f|%+.1f", "float64:3.14159\011float64:3.14159\011float64:3.14159\011float64:3.14159\011float64:-3.14159\011float64:2.25", "3.141590 3.14    3.142|3.142   |-003.142|+2.2"),
  C("%e %E %.3e %.0e %#.0e", "float64:123456.789\011float64:123456.789\011float64:0.000123456\011float64:5.5\011float64:5.5", "1.234568e+05 1.234568E+05 1.235e-04 6e+00 6.e+00"),
  C("%g %G %.3g %.10g %g %g", "float64:123456.789\011float64:1e-7\011float64:123456.789\011float64:0.1\011float64:1e21\011float64:100000", "123456.789 1E-07 1.23e+05 0.1 1e+21 100000"),
  C("%#g %#g %#.3g %#v", "float64:1\011float64:123456\011float64:1\011float64:2", "1.00000 123456. 1.00 2"),
  C("%#.0f %#f %#e", "float64:3\011float64:3\011float64:3", "3. 3.000000 3.000000e+00"),
  C("%.3g %.3g %.1g %.0g %.5g", "float64:0\011float64:100\011float64:0.5\011float64:2.5\011float64:1e-5", "0 100 0.5 2 1e-05"),
  C("%b %b", "float64:1\011float32:1", "4503599627370496p-52 8388608p-23"),
  C("%x %X %.2x %#x", "float64:1\011float64:-3.75\011float64:1.99\011float64:0.5", "0x1p+00 -0X1.EP+01 0x1.fdp+00 0x1.0000p-01"),
  C("%x", "float64:0", "0x0p+00"),
  C("%6.2f|%-8v|%08v|%+v|% v", "float64:inf\011float64:nan\011float64:-inf\011float64:nan\011float64:2", "  +Inf|NaN     |    -Inf|NaN| 2"),
  C("%08.2f|%+08.2f|% 8.2f|%-+8.2f|", "float64:-1.5\011float64:1.5\011float64:1.5\011float64:1.5", "-0001.50|+0001.50|    1.50|+1.50   |"),
  C("%.30f", "float64:0.1", "0.100000000000000005551115123126"),
  C("%.20e", "float64:1e-300", "1.00000000000000002506e-300"),
  C("%f", "float64:1e300", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"),
  C("%v %.2f %+.1e", "complex128:1.5,-2\011complex128:1,2\011complex128:-1,0", "(1.5-2i) (1.00+2.00i) (-1.0e+00+0.0e+00i)"),
  C("%s|%10s|%-10s|%.2s|%5.1s|", "string:hello\011string:hi\011string:hi\011string:h\303\251llo\011string:h\303\251llo", "hello|        hi|hi        |h\303\251|    h|"),
  C("%05s|%-05s|", "string:ab\011string:ab", "000ab|ab   |"),
  C("%q %+q %#q %#q", "string:hi\\n\\\"x\\\"\011string:h\303\251llo\011string:back\\x60tick\011string:raw", "\"hi\\n\\\"x\\\"\" \"h\\u00e9llo\" \"back`tick\" `raw`"),
  C("%q", "string:\\x00\\x07\\x7f\\xff\\u00ad\\u2028\\U0001F600\303\251", "\"\\x00\\a\\x7f\\xff\\u00ad\\u2028\360\237\230\200\303\251\""),
  C("%x %X % x %#x %# x % X", "string:hello\011string:hello\011string:hi\011string:hi\011string:hi\011string:hi", "68656c6c6f 68656C6C6F 68 69 0x6869 0x68 0x69 68 69"),
  C("%.2x|%8x|%-8x|%x|%8x|", "string:hello\011string:hi\011string:hi\011string:\011string:", "6865|    6869|6869    ||        |"),
  C("%v %d %s %x %q", "BYTES\011BYTES\011BYTES\011BYTES\011BYTES", "[104 105 0] [104 105 0] hi\000 686900 \"hi\\x00\""),
  C("%v %s %x %X", "MYBYTES\011MYBYTES\011MYBYTES\011MYBYTES", "[97 98] ab 6162 6162"),
  C("%v %d %x %o", "U8S\011U8S\011U8S\011U8S", "[1 255] [1 255] 01ff [1 377]"),
  C("%v %+v %d", "S\011S\011S", "{1 a} {X:1 Y:a} {1 %!d(string=a)}"),
  C("%v %+v %s", "PS\011PS\011PS", "&{2 b} &{X:2 Y:b} &{%!s(int=2) b}"),
  C("%v %d %x %5d", "SL\011SL\011SL\011SL", "[1 2 3] [1 2 3] [1 2 3] [    1     2     3]"),
  C("%v %d %s", "NILSL\011EMPTYSL\011NILSL", "[] [] []"),
  C("%v %v %s %q", "ARR\011STRS\011STRS\011STRS", "[7 8 9] [a b c] [a b c] [\"a\" \"b c\"]"),
  C("%d", "STRS", "[%!d(string=a) %!d(string=b c)]"),
  C("%v %d %s %q %x", "MYINT\011MYINT\011MYSTR\011MYSTR\011MYSTR", "7 7 named \"named\" 6e616d6564"),
  C("%v", "OUTER", "{{1 2} <nil> 5 2.5 [4]}"),
  C("%+v", "OUTER", "{I:{A:1 B:2} P:<nil> E:5 F:2.5 Sl:[4]}"),
  C("%v", "OUTERN", "{{0 0} <nil> <nil> 0 []}"),
  C("%+v", "OUTERN", "{I:{A:0 B:0} P:<nil> E:<nil> F:0 Sl:[]}"),
  C("%v %d", "IFACES\011IFACES", "[1 x <nil> 2.5 true] [1 %!d(string=x) <nil> %!d(float64=2.5) %!d(bool=true)]"),
  C("%v %v %v", "PARR\011PSL\011FLOATS", "&[1 2] &[z] [0.1 1e+21 -3]"),
  C("%v %d %+v", "NILPTR\011NILPTR\011NILPTR", "<nil> 0 <nil>"),
  C("%v %t", "BOOLS\011BOOLS", "[true false] [true false]"),
  C("%#v %#v %#v", "S\011PS\011SL", "main.S{X:1, Y:\"a\"} &main.S{X:2, Y:\"b\"} []int{1, 2, 3}"),
  C("%#v %#v %#v %#v", "NILSL\011STRS\011ARR\011BYTES", "[]int(nil) []string{\"a\", \"b c\"} [3]int{7, 8, 9} []byte{0x68, 0x69, 0x0}"),
  C("%#v %#v %#v %#v", "MYINT\011MYSTR\011string:q\\\"\011int:5", "7 \"named\" \"q\\\"\" 5"),
  C("%#v %#v %#v %#v %#v", "float64:1\011float64:1e6\011float64:0.5\011float32:2.5\011bool:true", "1 1e+06 0.5 2.5 true"),
  C("%#v", "OUTER", "main.Outer{I:main.Inner{A:1, B:2}, P:(*main.Inner)(nil), E:5, F:2.5, Sl:[]int{4}}"),
  C("%#v", "IFACES", "[]interface {}{1, \"x\", interface {}(nil), 2.5, true}"),
  C("%T %T %T %T %T %T", "int:1\011string:s\011S\011PS\011SL\011nil", "int string main.S *main.S []int <nil>"),
  C("%T %T %T %10T|", "MYINT\011IFACES\011float32:1\011int:1", "main.MyInt []interface {} float32        int|"),
  C("%v %d %s", "nil\011nil\011nil", "<nil> %!d(<nil>) %!s(<nil>)"),
  C("%d %d", "int:1", "1 %!d(MISSING)"),
  C("%d", "int:1\011int:2\011string:x", "1%!(EXTRA int=2, string=x)"),
  C("%d", "int:1\011nil", "1%!(EXTRA <nil>)"),
  C("%!", "int:1", "%!!(int=1)"),
  C("%z %-5z", "int:1\011string:x", "%!z(int=1) %!z(string=x    )"),
  C("%", "int:1", "%!(NOVERB)%!(EXTRA int=1)"),
  C("%%|%5%|%-%|", "int:1", "%|%|%|%!(EXTRA int=1)"),
  C("abc", "", "abc"),
  C("%[2]d %[1]d", "int:1\011int:2", "2 1"),
  C("%[3]d", "int:1\011int:2", "%!d(BADINDEX)"),
  C("%[1]d %d %d", "int:1\011int:2", "1 2 %!d(MISSING)"),
  C("%[x]d|%[0]d|%[]d|%[", "int:1", "%!d(BADINDEX)|%!d(BADINDEX)|%!d(BADINDEX)|%!(NOVERB)"),
  C("%[2]*[1]d|", "int:12\011int:5", "   12|"),
  C("%*d|%-*d|%*d|", "int:5\011int:42\011int:5\011int:42\011int:-5\011int:42", "   42|42   |42   |"),
  C("%.*f|%*.*f|", "int:2\011float64:3.14159\011int:8\011int:3\011float64:3.14159", "3.14|   3.142|"),
  C("%*d", "string:x\011int:5", "%!(BADWIDTH)5"),
  C("%.*d", "string:x\011int:5", "%!(BADPREC)5"),
  C("%.*d", "int:-1\011int:5", "%!(BADPREC)5"),
  C("%*d", "int:10000000\011int:5", "%!(BADWIDTH)5"),
  C("%*d", "uint8:3\011int:5", "  5"),
  C("%3.2d|%3.2x|%-3.5d|", "int:5\011int:5\011int:5", " 05| 05|00005|"),
  C("%.1000d", "int:0", "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
  C("%10.3v|%-10v|", "string:abcdef\011S", "       abc|{1          a         }|"),
  C("%010v", "S", "{0000000001 000000000a}"),
  C("%5v", "SL", "[    1     2     3]"),
  C("%x", "float32:0.1", "0x1.99999ap-04"),
  C("%e", "float32:0.1", "1.000000e-01"),
  C("%v", "complex128:0,-0", "(0-0i)"),
  C("%v", "int64:-1", "-1"),
  C("%s", "BOOLS", "[%!s(bool=true) %!s(bool=false)]"),
  C("%08b", "int:5", "00000101"),
  C("%+q", "string:\346\227\245\346\234\254", "\"\\u65e5\\u672c\""),
  C("%#+q", "string:\346\227\245\346\234\254", "`\346\227\245\346\234\254`"),
  C("%c|%c", "int:0x1F600\011int:0xD800", "\360\237\230\200|\357\277\275"),
  C("%6.2q|%-8q|", "string:abc\011string:a", "  \"ab\"|\"a\"     |"),
  C("%x", "int:-9223372036854775808", "-8000000000000000"),
  C("%d", "uint64:0x8000000000000000", "9223372036854775808"),
  C("%v%v", "string:a\011string:b", "ab"),
  C("%010.4f|%-010.4f|", "float64:-3.14159\011float64:3.14159", "-0003.1416|3.1416    |"),
  C("%.3f %.3f %.0f %.0f %.0f", "float64:2.0005\011float64:1.0005\011float64:0.5\011float64:1.5\011float64:2.5", "2.001 1.000 0 2 2"),
  C("%5.1f%%", "float64:99.5", " 99.5%"),
  C("PRINTLN", "int:1\011string:a\011string:b\011float64:2.5\011nil\011bool:true", "1 a b 2.5 <nil> true\012"),
  C("PRINTLN", "", "\012"),
  C("PRINTLN", "S\011PS\011SL\011NILSL\011ARR\011MYINT\011MYSTR\011BYTES", "{1 a} &{2 b} [1 2 3] [] [7 8 9] 7 named [104 105 0]\012"),
  C("PRINTLN", "float64:0.1\011float64:1e6\011float64:1e21\011float64:33.333333333333336\011float64:123456789.0\011float64:1e20\011float32:0.1", "0.1 1e+06 1e+21 33.333333333333336 1.23456789e+08 1e+20 0.1\012"),
  C("PRINTLN", "OUTER\011IFACES\011NILPTR", "{{1 2} <nil> 5 2.5 [4]} [1 x <nil> 2.5 true] <nil>\012"),
  C("PRINTLN", "complex128:1,2\011float32:1e10\011float64:1e-5", "(1+2i) 1e+10 1e-05\012"),
// CASES END
};

static void show(const char *label, const uint8_t *s, int64_t n) {
  printf("  %s \"", label);
  for (int64_t i = 0; i < n; i++) {
    if (s[i] >= 0x20 && s[i] < 0x7f && s[i] != '"' && s[i] != '\\')
      putchar(s[i]);
    else
      printf("\\x%02x", s[i]);
  }
  printf("\"\n");
}

static void check(const char *what, GoString got, const char *want, size_t wantlen) {
  if (got.len == (int64_t)wantlen && (wantlen == 0 || !memcmp(got.ptr, want, wantlen))) {
    passed++;
    return;
  }
  failed++;
  printf("FAIL %s\n", what);
  show("got ", got.ptr, got.len);
  show("want", (const uint8_t *)want, (int64_t)wantlen);
}

static void run_case(const Case *c) {
  GoEface args[16];
  int64_t n = 0;
  char *copy = strdup(c->args);
  for (char *tok = strtok(copy, "\t"); tok; tok = strtok(NULL, "\t"))
    parse_arg(tok, &args[n++]);
  GoString got;
  if (!strcmp(c->format, "PRINTLN"))
    got = rt_sprintln(args, n, n);
  else
    got = rt_sprintf((const uint8_t *)c->format, (int64_t)strlen(c->format), args, n, n);
  char what[300];
  snprintf(what, sizeof what, "%s | %s", c->format, c->args);
  check(what, got, c->want, c->wantlen);
  free(copy);
}

// Addresses differ from run to run, so pointers are checked against the
// address itself: %p and nested pointers print 0x + lowercase hex.
static void test_pointers(void) {
  char want[64];
  GoEface a = {&t_pS, &v_S};
  snprintf(want, sizeof want, "%p", (void *)&v_S);
  check("%p", rt_sprintf((const uint8_t *)"%p", 2, &a, 1, 1), want, strlen(want));
  snprintf(want, sizeof want, "%lx", (unsigned long)(uintptr_t)&v_S);
  check("%#p", rt_sprintf((const uint8_t *)"%#p", 3, &a, 1, 1), want, strlen(want));
  Inner in = {3, 4};
  Outer o = {{1, 2}, &in, {NULL, NULL}, 0, {NULL, 0, 0}};
  GoEface b = {&t_outer, &o};
  snprintf(want, sizeof want, "{{1 2} %p <nil> 0 []}", (void *)&in);
  check("nested pointer", rt_sprintf((const uint8_t *)"%v", 2, &b, 1, 1), want, strlen(want));
  GoEface s = {&t_ints, &sl123};
  snprintf(want, sizeof want, "%p", (void *)ints123);
  check("%p slice", rt_sprintf((const uint8_t *)"%p", 2, &s, 1, 1), want, strlen(want));
}

int main(void) {
  init_composites();
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    run_case(&cases[i]);
  test_pointers();
  printf("rt_fmt: %d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
