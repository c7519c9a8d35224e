// lex.c — source bytes to tokens, following the Go 1.19 lexical grammar.
//
// One linear pass over the file. The reader (nextch) decodes UTF-8 and, like
// gc, reports and skips NUL bytes, invalid UTF-8 and misplaced BOMs, so the
// scanner proper never sees them; skipped bytes still count in columns,
// because gc counts columns in bytes of the file.
//
// Error words and positions are gc 1.19's, checked against `go tool compile`.
// After an error lexing continues, so the parser sees a plausible token stream.
#include "syntax.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// ---------------------------------------------------------------- Unicode
//
// unicode.IsLetter and unicode.IsDigit above ASCII (Unicode 13, as in Go 1.19),
// as sorted closed ranges. The data are Unicode's, generated once.
static const uint32_t letter_ranges[][2] = {
  {0xAA,0xAA}, {0xB5,0xB5}, {0xBA,0xBA}, {0xC0,0xD6}, {0xD8,0xF6}, {0xF8,0x2C1}, {0x2C6,0x2D1},
  {0x2E0,0x2E4}, {0x2EC,0x2EC}, {0x2EE,0x2EE}, {0x370,0x374}, {0x376,0x377}, {0x37A,0x37D},
  {0x37F,0x37F}, {0x386,0x386}, {0x388,0x38A}, {0x38C,0x38C}, {0x38E,0x3A1}, {0x3A3,0x3F5},
  {0x3F7,0x481}, {0x48A,0x52F}, {0x531,0x556}, {0x559,0x559}, {0x560,0x588}, {0x5D0,0x5EA},
  {0x5EF,0x5F2}, {0x620,0x64A}, {0x66E,0x66F}, {0x671,0x6D3}, {0x6D5,0x6D5}, {0x6E5,0x6E6},
  {0x6EE,0x6EF}, {0x6FA,0x6FC}, {0x6FF,0x6FF}, {0x710,0x710}, {0x712,0x72F}, {0x74D,0x7A5},
  {0x7B1,0x7B1}, {0x7CA,0x7EA}, {0x7F4,0x7F5}, {0x7FA,0x7FA}, {0x800,0x815}, {0x81A,0x81A},
  {0x824,0x824}, {0x828,0x828}, {0x840,0x858}, {0x860,0x86A}, {0x8A0,0x8B4}, {0x8B6,0x8C7},
  {0x904,0x939}, {0x93D,0x93D}, {0x950,0x950}, {0x958,0x961}, {0x971,0x980}, {0x985,0x98C},
  {0x98F,0x990}, {0x993,0x9A8}, {0x9AA,0x9B0}, {0x9B2,0x9B2}, {0x9B6,0x9B9}, {0x9BD,0x9BD},
  {0x9CE,0x9CE}, {0x9DC,0x9DD}, {0x9DF,0x9E1}, {0x9F0,0x9F1}, {0x9FC,0x9FC}, {0xA05,0xA0A},
  {0xA0F,0xA10}, {0xA13,0xA28}, {0xA2A,0xA30}, {0xA32,0xA33}, {0xA35,0xA36}, {0xA38,0xA39},
  {0xA59,0xA5C}, {0xA5E,0xA5E}, {0xA72,0xA74}, {0xA85,0xA8D}, {0xA8F,0xA91}, {0xA93,0xAA8},
  {0xAAA,0xAB0}, {0xAB2,0xAB3}, {0xAB5,0xAB9}, {0xABD,0xABD}, {0xAD0,0xAD0}, {0xAE0,0xAE1},
  {0xAF9,0xAF9}, {0xB05,0xB0C}, {0xB0F,0xB10}, {0xB13,0xB28}, {0xB2A,0xB30}, {0xB32,0xB33},
  {0xB35,0xB39}, {0xB3D,0xB3D}, {0xB5C,0xB5D}, {0xB5F,0xB61}, {0xB71,0xB71}, {0xB83,0xB83},
  {0xB85,0xB8A}, {0xB8E,0xB90}, {0xB92,0xB95}, {0xB99,0xB9A}, {0xB9C,0xB9C}, {0xB9E,0xB9F},
  {0xBA3,0xBA4}, {0xBA8,0xBAA}, {0xBAE,0xBB9}, {0xBD0,0xBD0}, {0xC05,0xC0C}, {0xC0E,0xC10},
  {0xC12,0xC28}, {0xC2A,0xC39}, {0xC3D,0xC3D}, {0xC58,0xC5A}, {0xC60,0xC61}, {0xC80,0xC80},
  {0xC85,0xC8C}, {0xC8E,0xC90}, {0xC92,0xCA8}, {0xCAA,0xCB3}, {0xCB5,0xCB9}, {0xCBD,0xCBD},
  {0xCDE,0xCDE}, {0xCE0,0xCE1}, {0xCF1,0xCF2}, {0xD04,0xD0C}, {0xD0E,0xD10}, {0xD12,0xD3A},
  {0xD3D,0xD3D}, {0xD4E,0xD4E}, {0xD54,0xD56}, {0xD5F,0xD61}, {0xD7A,0xD7F}, {0xD85,0xD96},
  {0xD9A,0xDB1}, {0xDB3,0xDBB}, {0xDBD,0xDBD}, {0xDC0,0xDC6}, {0xE01,0xE30}, {0xE32,0xE33},
  {0xE40,0xE46}, {0xE81,0xE82}, {0xE84,0xE84}, {0xE86,0xE8A}, {0xE8C,0xEA3}, {0xEA5,0xEA5},
  {0xEA7,0xEB0}, {0xEB2,0xEB3}, {0xEBD,0xEBD}, {0xEC0,0xEC4}, {0xEC6,0xEC6}, {0xEDC,0xEDF},
  {0xF00,0xF00}, {0xF40,0xF47}, {0xF49,0xF6C}, {0xF88,0xF8C}, {0x1000,0x102A}, {0x103F,0x103F},
  {0x1050,0x1055}, {0x105A,0x105D}, {0x1061,0x1061}, {0x1065,0x1066}, {0x106E,0x1070},
  {0x1075,0x1081}, {0x108E,0x108E}, {0x10A0,0x10C5}, {0x10C7,0x10C7}, {0x10CD,0x10CD},
  {0x10D0,0x10FA}, {0x10FC,0x1248}, {0x124A,0x124D}, {0x1250,0x1256}, {0x1258,0x1258},
  {0x125A,0x125D}, {0x1260,0x1288}, {0x128A,0x128D}, {0x1290,0x12B0}, {0x12B2,0x12B5},
  {0x12B8,0x12BE}, {0x12C0,0x12C0}, {0x12C2,0x12C5}, {0x12C8,0x12D6}, {0x12D8,0x1310},
  {0x1312,0x1315}, {0x1318,0x135A}, {0x1380,0x138F}, {0x13A0,0x13F5}, {0x13F8,0x13FD},
  {0x1401,0x166C}, {0x166F,0x167F}, {0x1681,0x169A}, {0x16A0,0x16EA}, {0x16F1,0x16F8},
  {0x1700,0x170C}, {0x170E,0x1711}, {0x1720,0x1731}, {0x1740,0x1751}, {0x1760,0x176C},
  {0x176E,0x1770}, {0x1780,0x17B3}, {0x17D7,0x17D7}, {0x17DC,0x17DC}, {0x1820,0x1878},
  {0x1880,0x1884}, {0x1887,0x18A8}, {0x18AA,0x18AA}, {0x18B0,0x18F5}, {0x1900,0x191E},
  {0x1950,0x196D}, {0x1970,0x1974}, {0x1980,0x19AB}, {0x19B0,0x19C9}, {0x1A00,0x1A16},
  {0x1A20,0x1A54}, {0x1AA7,0x1AA7}, {0x1B05,0x1B33}, {0x1B45,0x1B4B}, {0x1B83,0x1BA0},
  {0x1BAE,0x1BAF}, {0x1BBA,0x1BE5}, {0x1C00,0x1C23}, {0x1C4D,0x1C4F}, {0x1C5A,0x1C7D},
  {0x1C80,0x1C88}, {0x1C90,0x1CBA}, {0x1CBD,0x1CBF}, {0x1CE9,0x1CEC}, {0x1CEE,0x1CF3},
  {0x1CF5,0x1CF6}, {0x1CFA,0x1CFA}, {0x1D00,0x1DBF}, {0x1E00,0x1F15}, {0x1F18,0x1F1D},
  {0x1F20,0x1F45}, {0x1F48,0x1F4D}, {0x1F50,0x1F57}, {0x1F59,0x1F59}, {0x1F5B,0x1F5B},
  {0x1F5D,0x1F5D}, {0x1F5F,0x1F7D}, {0x1F80,0x1FB4}, {0x1FB6,0x1FBC}, {0x1FBE,0x1FBE},
  {0x1FC2,0x1FC4}, {0x1FC6,0x1FCC}, {0x1FD0,0x1FD3}, {0x1FD6,0x1FDB}, {0x1FE0,0x1FEC},
  {0x1FF2,0x1FF4}, {0x1FF6,0x1FFC}, {0x2071,0x2071}, {0x207F,0x207F}, {0x2090,0x209C},
  {0x2102,0x2102}, {0x2107,0x2107}, {0x210A,0x2113}, {0x2115,0x2115}, {0x2119,0x211D},
  {0x2124,0x2124}, {0x2126,0x2126}, {0x2128,0x2128}, {0x212A,0x212D}, {0x212F,0x2139},
  {0x213C,0x213F}, {0x2145,0x2149}, {0x214E,0x214E}, {0x2183,0x2184}, {0x2C00,0x2C2E},
  {0x2C30,0x2C5E}, {0x2C60,0x2CE4}, {0x2CEB,0x2CEE}, {0x2CF2,0x2CF3}, {0x2D00,0x2D25},
  {0x2D27,0x2D27}, {0x2D2D,0x2D2D}, {0x2D30,0x2D67}, {0x2D6F,0x2D6F}, {0x2D80,0x2D96},
  {0x2DA0,0x2DA6}, {0x2DA8,0x2DAE}, {0x2DB0,0x2DB6}, {0x2DB8,0x2DBE}, {0x2DC0,0x2DC6},
  {0x2DC8,0x2DCE}, {0x2DD0,0x2DD6}, {0x2DD8,0x2DDE}, {0x2E2F,0x2E2F}, {0x3005,0x3006},
  {0x3031,0x3035}, {0x303B,0x303C}, {0x3041,0x3096}, {0x309D,0x309F}, {0x30A1,0x30FA},
  {0x30FC,0x30FF}, {0x3105,0x312F}, {0x3131,0x318E}, {0x31A0,0x31BF}, {0x31F0,0x31FF},
  {0x3400,0x4DBF}, {0x4E00,0x9FFC}, {0xA000,0xA48C}, {0xA4D0,0xA4FD}, {0xA500,0xA60C},
  {0xA610,0xA61F}, {0xA62A,0xA62B}, {0xA640,0xA66E}, {0xA67F,0xA69D}, {0xA6A0,0xA6E5},
  {0xA717,0xA71F}, {0xA722,0xA788}, {0xA78B,0xA7BF}, {0xA7C2,0xA7CA}, {0xA7F5,0xA801},
  {0xA803,0xA805}, {0xA807,0xA80A}, {0xA80C,0xA822}, {0xA840,0xA873}, {0xA882,0xA8B3},
  {0xA8F2,0xA8F7}, {0xA8FB,0xA8FB}, {0xA8FD,0xA8FE}, {0xA90A,0xA925}, {0xA930,0xA946},
  {0xA960,0xA97C}, {0xA984,0xA9B2}, {0xA9CF,0xA9CF}, {0xA9E0,0xA9E4}, {0xA9E6,0xA9EF},
  {0xA9FA,0xA9FE}, {0xAA00,0xAA28}, {0xAA40,0xAA42}, {0xAA44,0xAA4B}, {0xAA60,0xAA76},
  {0xAA7A,0xAA7A}, {0xAA7E,0xAAAF}, {0xAAB1,0xAAB1}, {0xAAB5,0xAAB6}, {0xAAB9,0xAABD},
  {0xAAC0,0xAAC0}, {0xAAC2,0xAAC2}, {0xAADB,0xAADD}, {0xAAE0,0xAAEA}, {0xAAF2,0xAAF4},
  {0xAB01,0xAB06}, {0xAB09,0xAB0E}, {0xAB11,0xAB16}, {0xAB20,0xAB26}, {0xAB28,0xAB2E},
  {0xAB30,0xAB5A}, {0xAB5C,0xAB69}, {0xAB70,0xABE2}, {0xAC00,0xD7A3}, {0xD7B0,0xD7C6},
  {0xD7CB,0xD7FB}, {0xF900,0xFA6D}, {0xFA70,0xFAD9}, {0xFB00,0xFB06}, {0xFB13,0xFB17},
  {0xFB1D,0xFB1D}, {0xFB1F,0xFB28}, {0xFB2A,0xFB36}, {0xFB38,0xFB3C}, {0xFB3E,0xFB3E},
  {0xFB40,0xFB41}, {0xFB43,0xFB44}, {0xFB46,0xFBB1}, {0xFBD3,0xFD3D}, {0xFD50,0xFD8F},
  {0xFD92,0xFDC7}, {0xFDF0,0xFDFB}, {0xFE70,0xFE74}, {0xFE76,0xFEFC}, {0xFF21,0xFF3A},
  {0xFF41,0xFF5A}, {0xFF66,0xFFBE}, {0xFFC2,0xFFC7}, {0xFFCA,0xFFCF}, {0xFFD2,0xFFD7},
  {0xFFDA,0xFFDC}, {0x10000,0x1000B}, {0x1000D,0x10026}, {0x10028,0x1003A}, {0x1003C,0x1003D},
  {0x1003F,0x1004D}, {0x10050,0x1005D}, {0x10080,0x100FA}, {0x10280,0x1029C}, {0x102A0,0x102D0},
  {0x10300,0x1031F}, {0x1032D,0x10340}, {0x10342,0x10349}, {0x10350,0x10375}, {0x10380,0x1039D},
  {0x103A0,0x103C3}, {0x103C8,0x103CF}, {0x10400,0x1049D}, {0x104B0,0x104D3}, {0x104D8,0x104FB},
  {0x10500,0x10527}, {0x10530,0x10563}, {0x10600,0x10736}, {0x10740,0x10755}, {0x10760,0x10767},
  {0x10800,0x10805}, {0x10808,0x10808}, {0x1080A,0x10835}, {0x10837,0x10838}, {0x1083C,0x1083C},
  {0x1083F,0x10855}, {0x10860,0x10876}, {0x10880,0x1089E}, {0x108E0,0x108F2}, {0x108F4,0x108F5},
  {0x10900,0x10915}, {0x10920,0x10939}, {0x10980,0x109B7}, {0x109BE,0x109BF}, {0x10A00,0x10A00},
  {0x10A10,0x10A13}, {0x10A15,0x10A17}, {0x10A19,0x10A35}, {0x10A60,0x10A7C}, {0x10A80,0x10A9C},
  {0x10AC0,0x10AC7}, {0x10AC9,0x10AE4}, {0x10B00,0x10B35}, {0x10B40,0x10B55}, {0x10B60,0x10B72},
  {0x10B80,0x10B91}, {0x10C00,0x10C48}, {0x10C80,0x10CB2}, {0x10CC0,0x10CF2}, {0x10D00,0x10D23},
  {0x10E80,0x10EA9}, {0x10EB0,0x10EB1}, {0x10F00,0x10F1C}, {0x10F27,0x10F27}, {0x10F30,0x10F45},
  {0x10FB0,0x10FC4}, {0x10FE0,0x10FF6}, {0x11003,0x11037}, {0x11083,0x110AF}, {0x110D0,0x110E8},
  {0x11103,0x11126}, {0x11144,0x11144}, {0x11147,0x11147}, {0x11150,0x11172}, {0x11176,0x11176},
  {0x11183,0x111B2}, {0x111C1,0x111C4}, {0x111DA,0x111DA}, {0x111DC,0x111DC}, {0x11200,0x11211},
  {0x11213,0x1122B}, {0x11280,0x11286}, {0x11288,0x11288}, {0x1128A,0x1128D}, {0x1128F,0x1129D},
  {0x1129F,0x112A8}, {0x112B0,0x112DE}, {0x11305,0x1130C}, {0x1130F,0x11310}, {0x11313,0x11328},
  {0x1132A,0x11330}, {0x11332,0x11333}, {0x11335,0x11339}, {0x1133D,0x1133D}, {0x11350,0x11350},
  {0x1135D,0x11361}, {0x11400,0x11434}, {0x11447,0x1144A}, {0x1145F,0x11461}, {0x11480,0x114AF},
  {0x114C4,0x114C5}, {0x114C7,0x114C7}, {0x11580,0x115AE}, {0x115D8,0x115DB}, {0x11600,0x1162F},
  {0x11644,0x11644}, {0x11680,0x116AA}, {0x116B8,0x116B8}, {0x11700,0x1171A}, {0x11800,0x1182B},
  {0x118A0,0x118DF}, {0x118FF,0x11906}, {0x11909,0x11909}, {0x1190C,0x11913}, {0x11915,0x11916},
  {0x11918,0x1192F}, {0x1193F,0x1193F}, {0x11941,0x11941}, {0x119A0,0x119A7}, {0x119AA,0x119D0},
  {0x119E1,0x119E1}, {0x119E3,0x119E3}, {0x11A00,0x11A00}, {0x11A0B,0x11A32}, {0x11A3A,0x11A3A},
  {0x11A50,0x11A50}, {0x11A5C,0x11A89}, {0x11A9D,0x11A9D}, {0x11AC0,0x11AF8}, {0x11C00,0x11C08},
  {0x11C0A,0x11C2E}, {0x11C40,0x11C40}, {0x11C72,0x11C8F}, {0x11D00,0x11D06}, {0x11D08,0x11D09},
  {0x11D0B,0x11D30}, {0x11D46,0x11D46}, {0x11D60,0x11D65}, {0x11D67,0x11D68}, {0x11D6A,0x11D89},
  {0x11D98,0x11D98}, {0x11EE0,0x11EF2}, {0x11FB0,0x11FB0}, {0x12000,0x12399}, {0x12480,0x12543},
  {0x13000,0x1342E}, {0x14400,0x14646}, {0x16800,0x16A38}, {0x16A40,0x16A5E}, {0x16AD0,0x16AED},
  {0x16B00,0x16B2F}, {0x16B40,0x16B43}, {0x16B63,0x16B77}, {0x16B7D,0x16B8F}, {0x16E40,0x16E7F},
  {0x16F00,0x16F4A}, {0x16F50,0x16F50}, {0x16F93,0x16F9F}, {0x16FE0,0x16FE1}, {0x16FE3,0x16FE3},
  {0x17000,0x187F7}, {0x18800,0x18CD5}, {0x18D00,0x18D08}, {0x1B000,0x1B11E}, {0x1B150,0x1B152},
  {0x1B164,0x1B167}, {0x1B170,0x1B2FB}, {0x1BC00,0x1BC6A}, {0x1BC70,0x1BC7C}, {0x1BC80,0x1BC88},
  {0x1BC90,0x1BC99}, {0x1D400,0x1D454}, {0x1D456,0x1D49C}, {0x1D49E,0x1D49F}, {0x1D4A2,0x1D4A2},
  {0x1D4A5,0x1D4A6}, {0x1D4A9,0x1D4AC}, {0x1D4AE,0x1D4B9}, {0x1D4BB,0x1D4BB}, {0x1D4BD,0x1D4C3},
  {0x1D4C5,0x1D505}, {0x1D507,0x1D50A}, {0x1D50D,0x1D514}, {0x1D516,0x1D51C}, {0x1D51E,0x1D539},
  {0x1D53B,0x1D53E}, {0x1D540,0x1D544}, {0x1D546,0x1D546}, {0x1D54A,0x1D550}, {0x1D552,0x1D6A5},
  {0x1D6A8,0x1D6C0}, {0x1D6C2,0x1D6DA}, {0x1D6DC,0x1D6FA}, {0x1D6FC,0x1D714}, {0x1D716,0x1D734},
  {0x1D736,0x1D74E}, {0x1D750,0x1D76E}, {0x1D770,0x1D788}, {0x1D78A,0x1D7A8}, {0x1D7AA,0x1D7C2},
  {0x1D7C4,0x1D7CB}, {0x1E100,0x1E12C}, {0x1E137,0x1E13D}, {0x1E14E,0x1E14E}, {0x1E2C0,0x1E2EB},
  {0x1E800,0x1E8C4}, {0x1E900,0x1E943}, {0x1E94B,0x1E94B}, {0x1EE00,0x1EE03}, {0x1EE05,0x1EE1F},
  {0x1EE21,0x1EE22}, {0x1EE24,0x1EE24}, {0x1EE27,0x1EE27}, {0x1EE29,0x1EE32}, {0x1EE34,0x1EE37},
  {0x1EE39,0x1EE39}, {0x1EE3B,0x1EE3B}, {0x1EE42,0x1EE42}, {0x1EE47,0x1EE47}, {0x1EE49,0x1EE49},
  {0x1EE4B,0x1EE4B}, {0x1EE4D,0x1EE4F}, {0x1EE51,0x1EE52}, {0x1EE54,0x1EE54}, {0x1EE57,0x1EE57},
  {0x1EE59,0x1EE59}, {0x1EE5B,0x1EE5B}, {0x1EE5D,0x1EE5D}, {0x1EE5F,0x1EE5F}, {0x1EE61,0x1EE62},
  {0x1EE64,0x1EE64}, {0x1EE67,0x1EE6A}, {0x1EE6C,0x1EE72}, {0x1EE74,0x1EE77}, {0x1EE79,0x1EE7C},
  {0x1EE7E,0x1EE7E}, {0x1EE80,0x1EE89}, {0x1EE8B,0x1EE9B}, {0x1EEA1,0x1EEA3}, {0x1EEA5,0x1EEA9},
  {0x1EEAB,0x1EEBB}, {0x20000,0x2A6DD}, {0x2A700,0x2B734}, {0x2B740,0x2B81D}, {0x2B820,0x2CEA1},
  {0x2CEB0,0x2EBE0}, {0x2F800,0x2FA1D}, {0x30000,0x3134A},
};
static const uint32_t digit_ranges[][2] = {
  {0x660,0x669}, {0x6F0,0x6F9}, {0x7C0,0x7C9}, {0x966,0x96F}, {0x9E6,0x9EF}, {0xA66,0xA6F},
  {0xAE6,0xAEF}, {0xB66,0xB6F}, {0xBE6,0xBEF}, {0xC66,0xC6F}, {0xCE6,0xCEF}, {0xD66,0xD6F},
  {0xDE6,0xDEF}, {0xE50,0xE59}, {0xED0,0xED9}, {0xF20,0xF29}, {0x1040,0x1049}, {0x1090,0x1099},
  {0x17E0,0x17E9}, {0x1810,0x1819}, {0x1946,0x194F}, {0x19D0,0x19D9}, {0x1A80,0x1A89},
  {0x1A90,0x1A99}, {0x1B50,0x1B59}, {0x1BB0,0x1BB9}, {0x1C40,0x1C49}, {0x1C50,0x1C59},
  {0xA620,0xA629}, {0xA8D0,0xA8D9}, {0xA900,0xA909}, {0xA9D0,0xA9D9}, {0xA9F0,0xA9F9},
  {0xAA50,0xAA59}, {0xABF0,0xABF9}, {0xFF10,0xFF19}, {0x104A0,0x104A9}, {0x10D30,0x10D39},
  {0x11066,0x1106F}, {0x110F0,0x110F9}, {0x11136,0x1113F}, {0x111D0,0x111D9}, {0x112F0,0x112F9},
  {0x11450,0x11459}, {0x114D0,0x114D9}, {0x11650,0x11659}, {0x116C0,0x116C9}, {0x11730,0x11739},
  {0x118E0,0x118E9}, {0x11950,0x11959}, {0x11C50,0x11C59}, {0x11D50,0x11D59}, {0x11DA0,0x11DA9},
  {0x16A60,0x16A69}, {0x16B50,0x16B59}, {0x1D7CE,0x1D7FF}, {0x1E140,0x1E149}, {0x1E2F0,0x1E2F9},
  {0x1E950,0x1E959}, {0x1FBF0,0x1FBF9},
};

// Assigned code points that strconv.IsPrint rejects (controls, format
// characters, separators other than ' ', surrogates, private use). Unassigned
// code points are treated as printable: close enough for error messages.
static const uint32_t nonprint_ranges[][2] = {
  {0x80,0xA0}, {0xAD,0xAD}, {0x600,0x605}, {0x61C,0x61C}, {0x6DD,0x6DD}, {0x70F,0x70F},
  {0x8E2,0x8E2}, {0x1680,0x1680}, {0x180E,0x180E}, {0x2000,0x200F}, {0x2028,0x202F},
  {0x205F,0x2064}, {0x2066,0x206F}, {0x3000,0x3000}, {0xD800,0xF8FF}, {0xFEFF,0xFEFF},
  {0xFFF9,0xFFFB}, {0xFFFE,0xFFFF}, {0x110BD,0x110BD}, {0x110CD,0x110CD},
  {0x13430,0x13438}, {0x1BCA0,0x1BCA3}, {0x1D173,0x1D17A}, {0xE0001,0xE0001},
  {0xE0020,0xE007F}, {0xF0000,0x10FFFF},
};

static bool in_ranges(const uint32_t (*r)[2], int n, int32_t c) {
  int lo = 0, hi = n - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    if ((uint32_t)c < r[mid][0])
      hi = mid - 1;
    else if ((uint32_t)c > r[mid][1])
      lo = mid + 1;
    else
      return true;
  }
  return false;
}

#define NRANGES(a) ((int)(sizeof(a) / sizeof((a)[0])))

bool uni_is_letter(int32_t r) {
  if (r < 0x80)
    return (r | 0x20) >= 'a' && (r | 0x20) <= 'z';
  return in_ranges(letter_ranges, NRANGES(letter_ranges), r);
}

bool uni_is_digit(int32_t r) {
  if (r < 0x80)
    return r >= '0' && r <= '9';
  return in_ranges(digit_ranges, NRANGES(digit_ranges), r);
}

bool uni_is_print(int32_t r) {
  if (r < 0x80)
    return r >= 0x20 && r < 0x7f;
  if (r > 0x10FFFF)
    return false;
  return !in_ranges(nonprint_ranges, NRANGES(nonprint_ranges), r);
}

// Decodes one UTF-8 sequence with Go's rules (no overlongs, no surrogates,
// nothing above U+10FFFF). Invalid: *r = 0xFFFD and width 1.
int utf8_decode(const unsigned char *s, size_t n, int32_t *r) {
  if (n == 0) {
    *r = 0xFFFD;
    return 0;
  }
  unsigned c = s[0];
  if (c < 0x80) {
    *r = c;
    return 1;
  }
  int w;
  int32_t v, min;
  if (c >= 0xC2 && c <= 0xDF)
    w = 2, v = c & 0x1F, min = 0x80;
  else if (c >= 0xE0 && c <= 0xEF)
    w = 3, v = c & 0x0F, min = 0x800;
  else if (c >= 0xF0 && c <= 0xF4)
    w = 4, v = c & 0x07, min = 0x10000;
  else
    goto bad;
  if ((size_t)w > n)
    goto bad;
  for (int i = 1; i < w; i++) {
    if ((s[i] & 0xC0) != 0x80)
      goto bad;
    v = (v << 6) | (s[i] & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))
    goto bad;
  *r = v;
  return w;
bad:
  *r = 0xFFFD;
  return 1;
}

// Encodes r as UTF-8 into out (4 bytes room); invalid runes become U+FFFD,
// as Go's string(rune) does.
int utf8_encode(char *out, int32_t r) {
  unsigned char *o = (unsigned char *)out;
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))
    r = 0xFFFD;
  if (r < 0x80) {
    o[0] = r;
    return 1;
  }
  if (r < 0x800) {
    o[0] = 0xC0 | (r >> 6);
    o[1] = 0x80 | (r & 0x3F);
    return 2;
  }
  if (r < 0x10000) {
    o[0] = 0xE0 | (r >> 12);
    o[1] = 0x80 | ((r >> 6) & 0x3F);
    o[2] = 0x80 | (r & 0x3F);
    return 3;
  }
  o[0] = 0xF0 | (r >> 18);
  o[1] = 0x80 | ((r >> 12) & 0x3F);
  o[2] = 0x80 | ((r >> 6) & 0x3F);
  o[3] = 0x80 | (r & 0x3F);
  return 4;
}

// Appends r the way strconv.Quote / QuoteRune escape it inside `quote`.
void buf_quote_rune(Buf *b, int32_t r, char quote) {
  if (r == quote || r == '\\') {
    buf_putc(b, '\\');
    buf_putc(b, r);
    return;
  }
  if (uni_is_print(r)) {
    char u[4];
    buf_putn(b, u, utf8_encode(u, r));
    return;
  }
  switch (r) {
  case '\a': buf_puts(b, "\\a"); return;
  case '\b': buf_puts(b, "\\b"); return;
  case '\f': buf_puts(b, "\\f"); return;
  case '\n': buf_puts(b, "\\n"); return;
  case '\r': buf_puts(b, "\\r"); return;
  case '\t': buf_puts(b, "\\t"); return;
  case '\v': buf_puts(b, "\\v"); return;
  }
  if (r < ' ' || r == 0x7f)
    buf_printf(b, "\\x%02x", r);
  else if (r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))
    buf_puts(b, "\\ufffd");
  else if (r < 0x10000)
    buf_printf(b, "\\u%04x", r);
  else
    buf_printf(b, "\\U%08x", r);
}

// ---------------------------------------------------------------- tokens

static const char *tok_names[T_NUM_TOKENS] = {
  [T_EOF] = "EOF", [T_IDENT] = "name", [T_INT] = "literal", [T_FLOAT] = "literal",
  [T_IMAG] = "literal", [T_CHAR] = "literal", [T_STRING] = "literal",
  [T_BREAK] = "break", [T_CASE] = "case", [T_CHAN] = "chan", [T_CONST] = "const",
  [T_CONTINUE] = "continue", [T_DEFAULT] = "default", [T_DEFER] = "defer",
  [T_ELSE] = "else", [T_FALLTHROUGH] = "fallthrough", [T_FOR] = "for",
  [T_FUNC] = "func", [T_GO] = "go", [T_GOTO] = "goto", [T_IF] = "if",
  [T_IMPORT] = "import", [T_INTERFACE] = "interface", [T_MAP] = "map",
  [T_PACKAGE] = "package", [T_RANGE] = "range", [T_RETURN] = "return",
  [T_SELECT] = "select", [T_STRUCT] = "struct", [T_SWITCH] = "switch",
  [T_TYPE] = "type", [T_VAR] = "var",
  [T_ADD] = "+", [T_SUB] = "-", [T_MUL] = "*", [T_QUO] = "/", [T_REM] = "%",
  [T_AND] = "&", [T_OR] = "|", [T_XOR] = "^", [T_SHL] = "<<", [T_SHR] = ">>",
  [T_AND_NOT] = "&^", [T_ADD_ASSIGN] = "+=", [T_SUB_ASSIGN] = "-=",
  [T_MUL_ASSIGN] = "*=", [T_QUO_ASSIGN] = "/=", [T_REM_ASSIGN] = "%=",
  [T_AND_ASSIGN] = "&=", [T_OR_ASSIGN] = "|=", [T_XOR_ASSIGN] = "^=",
  [T_SHL_ASSIGN] = "<<=", [T_SHR_ASSIGN] = ">>=", [T_AND_NOT_ASSIGN] = "&^=",
  [T_LAND] = "&&", [T_LOR] = "||", [T_ARROW] = "<-", [T_INC] = "++", [T_DEC] = "--",
  [T_EQL] = "==", [T_LSS] = "<", [T_GTR] = ">", [T_ASSIGN] = "=", [T_NOT] = "!",
  [T_NEQ] = "!=", [T_LEQ] = "<=", [T_GEQ] = ">=", [T_DEFINE] = ":=",
  [T_ELLIPSIS] = "...", [T_LPAREN] = "(", [T_LBRACK] = "[", [T_LBRACE] = "{",
  [T_COMMA] = ",", [T_PERIOD] = ".", [T_RPAREN] = ")", [T_RBRACK] = "]",
  [T_RBRACE] = "}", [T_SEMICOLON] = ";", [T_COLON] = ":", [T_TILDE] = "~",
};

const char *tok_name(TokKind k) {
  if (k < 0 || k >= T_NUM_TOKENS || !tok_names[k])
    return "?";
  return tok_names[k];
}

// Keywords by length: an identifier is compared with the few keywords of
// its length whose first letter matches (this runs for every identifier).
static const TokKind keywords_of_len[12][7] = {
  [2] = {T_GO, T_IF},
  [3] = {T_FOR, T_MAP, T_VAR},
  [4] = {T_CASE, T_CHAN, T_ELSE, T_FUNC, T_GOTO, T_TYPE},
  [5] = {T_BREAK, T_CONST, T_DEFER, T_RANGE},
  [6] = {T_IMPORT, T_RETURN, T_SELECT, T_STRUCT, T_SWITCH},
  [7] = {T_DEFAULT, T_PACKAGE},
  [8] = {T_CONTINUE},
  [9] = {T_INTERFACE},
  [11] = {T_FALLTHROUGH},
};

static TokKind keyword(const char *s, int len) {
  if (len < 2 || len > 11)
    return T_IDENT;
  for (const TokKind *k = keywords_of_len[len]; *k; k++) {   // (T_EOF == 0 ends a row)
    const char *kw = tok_names[*k];
    if (kw[0] == s[0] && !memcmp(kw, s, len))
      return *k;
  }
  return T_IDENT;
}

// ---------------------------------------------------------------- reader

struct Lexer {
  SrcFile *file;
  const unsigned char *src, *end;
  const unsigned char *cur;         // first byte of the current char
  int32_t ch;                       // current char; -1 at end of file
  int chw;                          // its width in bytes
  int line;                         // line of cur
  const unsigned char *line_start;  // first byte of that line
  bool nlsemi;                      // a newline here would end a statement
  Token *tok;                       // the token being scanned (the caller's: see lex_next)
  Token before_first;               // what tok points to before the first token
  Buf val;                          // decoded literal value (reused)
  int err_line;                     // line and words of the last error
  char *err_msg;
  TokenList out;
  int cap_toks, cap_dirs;
};

// Reports a lexical error. Like gc, an error with the same words as the
// previous one on the same line is not repeated ("@@" gives one error).
static void lex_error(Lexer *L, Pos pos, const char *fmt, ...) {
  char msg[256]; // lexical messages are short
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (L->err_msg && L->err_line == pos.line && !strcmp(L->err_msg, msg))
    return;
  error_at(pos, "%s", msg);
  L->tok->bad = true; // the checker stays quiet about a malformed literal
  free(L->err_msg);
  L->err_msg = xstrdup(msg);
  L->err_line = pos.line;
}

static Pos pos_here(Lexer *L) {
  return (Pos){L->file, L->line, (int)(L->cur - L->line_start) + 1};
}

// The position `off` bytes after the current token's start (gc's errorAtf).
static Pos pos_in_tok(Lexer *L, int off) {
  Pos p = L->tok->pos;
  p.col += off;
  return p;
}

// Decodes the char at L->cur, skipping (after reporting) what gc's reader
// skips. The common case, a plain ASCII byte, is handled inline in nextch.
static void decode_slow(Lexer *L) {
  for (;;) {
    if (L->cur >= L->end) {
      L->ch = -1;
      L->chw = 0;
      return;
    }
    if (*L->cur == 0) {
      lex_error(L, pos_here(L), "invalid NUL character");
      L->cur++;
      continue;
    }
    int32_t r;
    int w = utf8_decode(L->cur, L->end - L->cur, &r);
    if (r == 0xFFFD && w == 1) {
      lex_error(L, pos_here(L), "invalid UTF-8 encoding");
      L->cur++;
      continue;
    }
    if (r == 0xFEFF) {
      if (L->cur != L->src)
        lex_error(L, pos_here(L), "invalid BOM in the middle of the file");
      L->cur += w;
      continue;
    }
    L->ch = r;
    L->chw = w;
    return;
  }
}

static inline void nextch(Lexer *L) {
  if (L->ch == '\n') {
    L->line++;
    L->line_start = L->cur + 1;
  }
  L->cur += L->chw;
  if (L->cur < L->end && (unsigned)(*L->cur - 1) < 0x7f) {
    L->ch = *L->cur;
    L->chw = 1;
    return;
  }
  decode_slow(L);
}

// "U+0040 '@'" as Go's %#U prints it (the char only when printable).
static char *fmt_U(int32_t r) {
  if (!uni_is_print(r))
    return xfmt("U+%04X", (unsigned)r);
  char u[5] = {0};
  utf8_encode(u, r);
  return xfmt("U+%04X '%s'", (unsigned)r, u);
}

// "'g'" as Go's %q prints a rune.
static char *fmt_q(int32_t r) {
  Buf b = {0};
  buf_putc(&b, '\'');
  buf_quote_rune(&b, r, '\'');
  buf_putc(&b, '\'');
  return buf_cstr(&b);
}

static bool is_ascii_letter(int32_t c) {
  return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
}

static bool is_decimal(int32_t c) { return c >= '0' && c <= '9'; }

static bool is_hex(int32_t c) {
  return is_decimal(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

// ---------------------------------------------------------------- identifiers

// Whether the current char may continue (or, first, start) an identifier.
// Like gc, every non-ASCII char is taken into the identifier, with an error
// when it is not a letter, so one stray char gives one error.
static bool ident_char(Lexer *L, bool first) {
  int32_t c = L->ch;
  if (is_ascii_letter(c) || (c >= 0x80 && uni_is_letter(c)))
    return true;
  if (uni_is_digit(c)) {
    if (first)
      lex_error(L, pos_here(L), "identifier cannot begin with digit %s", fmt_U(c));
    return true;
  }
  if (c >= 0x80) {
    lex_error(L, pos_here(L), "invalid character %s in identifier", fmt_U(c));
    return true;
  }
  return false;
}

static void scan_ident(Lexer *L) {
  while (is_ascii_letter(L->ch) || is_decimal(L->ch))
    nextch(L);
  if (L->ch >= 0x80)
    while (ident_char(L, false))
      nextch(L);
  const char *s = L->tok->text;
  int len = (int)((const char *)L->cur - s);
  TokKind k = keyword(s, len);
  L->tok->kind = k;
  if (k == T_IDENT || k == T_BREAK || k == T_CONTINUE || k == T_FALLTHROUGH ||
      k == T_RETURN)
    L->nlsemi = true;
}

// ---------------------------------------------------------------- numbers

static const char *base_name(int base) {
  switch (base) {
  case 2: return "binary";
  case 8: return "octal";
  case 10: return "decimal";
  }
  return "hexadecimal";
}

// Accepts { digit | '_' }. For base <= 10 any decimal digit is accepted, but
// the offset of the first one >= base is recorded in *invalid. Returns bit 0
// if a digit was seen, bit 1 if a '_' was.
static int scan_digits(Lexer *L, int base, int *invalid) {
  int digsep = 0;
  if (base <= 10) {
    int max = '0' + base;
    while (is_decimal(L->ch) || L->ch == '_') {
      if (L->ch == '_') {
        digsep |= 2;
      } else {
        digsep |= 1;
        if (L->ch >= max && invalid && *invalid < 0)
          *invalid = (int)((const char *)L->cur - L->tok->text);
      }
      nextch(L);
    }
  } else {
    while (is_hex(L->ch) || L->ch == '_') {
      digsep |= L->ch == '_' ? 2 : 1;
      nextch(L);
    }
  }
  return digsep;
}

// The offset of the first '_' in a number literal that does not separate
// two digits (a base prefix counts as a digit), or -1.
static int invalid_sep(const char *x, int n) {
  int x1 = ' ';  // the prefix letter, if any
  int d = '.';   // previous: '_', '0' (a digit) or '.' (anything else)
  int i = 0;
  if (n >= 2 && x[0] == '0') {
    x1 = x[1] | 0x20;
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < n; i++) {
    int p = d;
    d = x[i];
    if (d == '_') {
      if (p != '0')
        return i;
    } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
      d = '0';
    } else {
      if (p == '_')
        return i - 1;
      d = '.';
    }
  }
  return d == '_' ? n - 1 : -1;
}

// Scans a number; seen_point: the '.' of ".5" is already consumed.
static void scan_number(Lexer *L, bool seen_point) {
  bool ok = true;
  TokKind kind = T_INT;
  int base = 10, prefix = 0, digsep = 0, invalid = -1;

  if (!seen_point) {
    if (L->ch == '0') {
      nextch(L);
      switch (L->ch | 0x20) {
      case 'x': nextch(L); base = 16, prefix = 'x'; break;
      case 'o': nextch(L); base = 8, prefix = 'o'; break;
      case 'b': nextch(L); base = 2, prefix = 'b'; break;
      default: base = 8, prefix = '0', digsep = 1; // the leading 0 is a digit
      }
    }
    digsep |= scan_digits(L, base, &invalid);
    if (L->ch == '.') {
      if (prefix == 'o' || prefix == 'b') {
        lex_error(L, pos_here(L), "invalid radix point in %s literal", base_name(base));
        ok = false;
      }
      nextch(L);
      seen_point = true;
    }
  }
  if (seen_point) {
    kind = T_FLOAT;
    digsep |= scan_digits(L, base, &invalid);
  }
  if (!(digsep & 1) && ok) {
    lex_error(L, pos_here(L), "%s literal has no digits", base_name(base));
    ok = false;
  }

  int e = L->ch | 0x20;
  if (L->ch < 0x80 && (e == 'e' || e == 'p')) {
    if (ok && e == 'e' && prefix != 0 && prefix != '0') {
      lex_error(L, pos_here(L), "'%c' exponent requires decimal mantissa", (char)L->ch);
      ok = false;
    } else if (ok && e == 'p' && prefix != 'x') {
      lex_error(L, pos_here(L), "'%c' exponent requires hexadecimal mantissa", (char)L->ch);
      ok = false;
    }
    nextch(L);
    kind = T_FLOAT;
    if (L->ch == '+' || L->ch == '-')
      nextch(L);
    digsep = scan_digits(L, 10, NULL) | (digsep & 2);
    if (!(digsep & 1) && ok) {
      lex_error(L, pos_here(L), "exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == T_FLOAT && ok) {
    lex_error(L, pos_here(L), "hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }

  if (L->ch == 'i') {
    kind = T_IMAG;
    nextch(L);
  }
  L->tok->kind = kind;
  L->nlsemi = true;
  const char *text = L->tok->text;
  int len = (int)((const char *)L->cur - text);
  if (kind == T_INT && invalid >= 0 && ok) {
    lex_error(L, pos_in_tok(L, invalid), "invalid digit %s in %s literal",
             fmt_q((unsigned char)text[invalid]), base_name(base));
    ok = false;
  }
  if ((digsep & 2) && ok) {
    int i = invalid_sep(text, len);
    if (i >= 0)
      lex_error(L, pos_in_tok(L, i), "'_' must separate successive digits");
  }
}

// ---------------------------------------------------------------- strings and runes

static void put_rune(Buf *b, int32_t r) {
  char u[4];
  buf_putn(b, u, utf8_encode(u, r));
}

// Scans the escape after a '\\' inside a literal quoted by `quote` and
// appends its value to L->val. Returns false after reporting a bad escape.
// At end of file it returns true: the caller reports the unterminated literal.
static bool scan_escape(Lexer *L, int32_t quote, int32_t *rune) {
  int n, base;
  uint32_t max;
  int32_t c = L->ch;
  static const char simple[] = "abfnrtv\\";
  static const char values[] = "\a\b\f\n\r\t\v\\";
  if (c == quote || (c > 0 && c < 0x80 && strchr(simple, c))) {
    int32_t v = c == quote ? quote : values[strchr(simple, c) - simple];
    buf_putc(&L->val, v);
    *rune = v;
    nextch(L);
    return true;
  }
  if (c >= '0' && c <= '7') {
    n = 3, base = 8, max = 255;
  } else if (c == 'x') {
    nextch(L);
    n = 2, base = 16, max = 255;
  } else if (c == 'u' || c == 'U') {
    nextch(L);
    n = c == 'u' ? 4 : 8, base = 16, max = 0x10FFFF;
  } else {
    if (c < 0)
      return true;
    lex_error(L, pos_here(L), "unknown escape");
    return false;
  }

  uint32_t x = 0;
  for (int i = n; i > 0; i--) {
    if (L->ch < 0)
      return true;
    int d = base;
    if (is_decimal(L->ch))
      d = L->ch - '0';
    else if (is_hex(L->ch))
      d = (L->ch | 0x20) - 'a' + 10;
    if (d >= base) {
      lex_error(L, pos_here(L), "invalid character %s in %s escape", fmt_q(L->ch),
               base_name(base));
      return false;
    }
    x = x * base + d;
    nextch(L);
  }
  if (x > max && base == 8) {
    lex_error(L, pos_here(L), "octal escape value %u > 255", x);
    return false;
  }
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    lex_error(L, pos_here(L), "escape is invalid Unicode code point %s", fmt_U((int32_t)x));
    return false;
  }
  if (max == 255)
    buf_putc(&L->val, (int)x); // \xhh and \ooo are bytes, not runes
  else
    put_rune(&L->val, (int32_t)x);
  *rune = (int32_t)x;
  return true;
}

// Appends the current char's bytes as they are in the source.
static void put_cur(Lexer *L) {
  buf_putn(&L->val, (const char *)L->cur, L->chw);
}

static void finish_literal(Lexer *L) {
  L->tok->sval = xstrndup(L->val.data ? L->val.data : "", L->val.len);
  L->tok->slen = (int64_t)L->val.len;
  L->nlsemi = true;
}

static void scan_string(Lexer *L) {
  int32_t r;
  L->tok->kind = T_STRING;
  nextch(L);
  for (;;) {
    if (L->ch == '"') {
      nextch(L);
      break;
    }
    if (L->ch == '\\') {
      nextch(L);
      scan_escape(L, '"', &r);
      continue;
    }
    if (L->ch == '\n') {
      lex_error(L, pos_here(L), "newline in string");
      break;
    }
    if (L->ch < 0) {
      lex_error(L, L->tok->pos, "string not terminated");
      break;
    }
    put_cur(L);
    nextch(L);
  }
  finish_literal(L);
}

// Raw strings keep everything but carriage returns (the spec removes them).
static void scan_raw_string(Lexer *L) {
  L->tok->kind = T_STRING;
  nextch(L);
  for (;;) {
    if (L->ch == '`') {
      nextch(L);
      break;
    }
    if (L->ch < 0) {
      lex_error(L, L->tok->pos, "string not terminated");
      break;
    }
    if (L->ch != '\r')
      put_cur(L);
    nextch(L);
  }
  finish_literal(L);
}

static void scan_rune(Lexer *L) {
  bool ok = true;
  int32_t r = 0;
  L->tok->kind = T_CHAR;
  nextch(L);
  for (int n = 0;; n++) {
    if (L->ch == '\'') {
      if (ok && n == 0) {
        lex_error(L, pos_here(L), "empty rune literal or unescaped '");
        ok = false;
      } else if (ok && n != 1) {
        lex_error(L, L->tok->pos, "more than one character in rune literal");
        ok = false;
      }
      nextch(L);
      break;
    }
    if (L->ch == '\\') {
      nextch(L);
      int32_t v = 0;
      if (!scan_escape(L, '\'', &v))
        ok = false;
      else if (n == 0)
        r = v;
      continue;
    }
    if (L->ch == '\n') {
      if (ok)
        lex_error(L, pos_here(L), "newline in rune literal");
      break;
    }
    if (L->ch < 0) {
      if (ok)
        lex_error(L, L->tok->pos, "rune literal not terminated");
      break;
    }
    if (n == 0)
      r = L->ch;
    nextch(L);
  }
  L->tok->rune = r;
  L->val.len = 0;
  put_rune(&L->val, r);
  finish_literal(L);
}

// ---------------------------------------------------------------- comments

static void add_directive(Lexer *L, const char *text, int len) {
  TokenList *o = &L->out;
  if (o->ndirs == L->cap_dirs) {
    L->cap_dirs = L->cap_dirs ? L->cap_dirs * 2 : 8;
    o->dirs = xrealloc(o->dirs, sizeof(*o->dirs) * L->cap_dirs);
  }
  while (len > 0 && (text[len - 1] == '\r' || text[len - 1] == ' ' || text[len - 1] == '\t'))
    len--;
  o->dirs[o->ndirs].line = L->tok->pos.line;
  o->dirs[o->ndirs].text = xstrndup(text, len);
  o->ndirs++;
}

// After "//": skips to the end of the line (not past the newline, which may
// become a semicolon). `//go:` comments are kept as directives.
static void line_comment(Lexer *L) {
  const char *start = L->tok->text;
  bool directive = L->ch == 'g';
  for (const char *m = "go:"; *m && directive; m++) {
    if (L->ch != *m)
      directive = false;
    else
      nextch(L);
  }
  while (L->ch != '\n' && L->ch >= 0)
    nextch(L);
  if (directive)
    add_directive(L, start, (int)((const char *)L->cur - start));
}

// After "/*": skips past "*/".
static void general_comment(Lexer *L) {
  for (;;) {
    if (L->ch == '*') {
      nextch(L);
      if (L->ch == '/') {
        nextch(L);
        return;
      }
      continue;
    }
    if (L->ch < 0) {
      lex_error(L, L->tok->pos, "comment not terminated");
      return;
    }
    nextch(L);
  }
}

// ---------------------------------------------------------------- operators

// An operator that may be followed by '=' (op=): sets the token's kind.
static void assign_op(Lexer *L, TokKind op, TokKind op_assign) {
  if (L->ch == '=') {
    nextch(L);
    L->tok->kind = op_assign;
  } else {
    L->tok->kind = op;
  }
}

// Scans the operator or punctuation at the current char. Returns false if
// the char starts no token (after reporting it).
static bool scan_operator(Lexer *L) {
  int32_t c = L->ch;
  if (c <= 0 || c >= 0x80 || !strchr("()[]{},;~:=!*/%^+-&|<>", c)) {
    // Report before reading on, so errors come in gc's order.
    lex_error(L, L->tok->pos, "invalid character %s", fmt_U(c));
    nextch(L);
    return false;
  }
  nextch(L);
  switch (c) {
  case '(': L->tok->kind = T_LPAREN; return true;
  case '[': L->tok->kind = T_LBRACK; return true;
  case '{': L->tok->kind = T_LBRACE; return true;
  case ',': L->tok->kind = T_COMMA; return true;
  case ';': L->tok->kind = T_SEMICOLON; return true;
  case ')': L->tok->kind = T_RPAREN; L->nlsemi = true; return true;
  case ']': L->tok->kind = T_RBRACK; L->nlsemi = true; return true;
  case '}': L->tok->kind = T_RBRACE; L->nlsemi = true; return true;
  case '~': L->tok->kind = T_TILDE; return true;
  case ':': assign_op(L, T_COLON, T_DEFINE); return true;
  case '=': assign_op(L, T_ASSIGN, T_EQL); return true;
  case '!': assign_op(L, T_NOT, T_NEQ); return true;
  case '*': assign_op(L, T_MUL, T_MUL_ASSIGN); return true;
  case '/': assign_op(L, T_QUO, T_QUO_ASSIGN); return true;
  case '%': assign_op(L, T_REM, T_REM_ASSIGN); return true;
  case '^': assign_op(L, T_XOR, T_XOR_ASSIGN); return true;
  case '+':
  case '-':
    if (L->ch == c) {
      nextch(L);
      L->tok->kind = c == '+' ? T_INC : T_DEC;
      L->nlsemi = true;
    } else if (c == '+') {
      assign_op(L, T_ADD, T_ADD_ASSIGN);
    } else {
      assign_op(L, T_SUB, T_SUB_ASSIGN);
    }
    return true;
  case '&':
    if (L->ch == '&') {
      nextch(L);
      L->tok->kind = T_LAND;
    } else if (L->ch == '^') {
      nextch(L);
      assign_op(L, T_AND_NOT, T_AND_NOT_ASSIGN);
    } else {
      assign_op(L, T_AND, T_AND_ASSIGN);
    }
    return true;
  case '|':
    if (L->ch == '|') {
      nextch(L);
      L->tok->kind = T_LOR;
    } else {
      assign_op(L, T_OR, T_OR_ASSIGN);
    }
    return true;
  case '<':
    if (L->ch == '=') {
      nextch(L);
      L->tok->kind = T_LEQ;
    } else if (L->ch == '<') {
      nextch(L);
      assign_op(L, T_SHL, T_SHL_ASSIGN);
    } else if (L->ch == '-') {
      nextch(L);
      L->tok->kind = T_ARROW;
    } else {
      L->tok->kind = T_LSS;
    }
    return true;
  case '>':
    if (L->ch == '=') {
      nextch(L);
      L->tok->kind = T_GEQ;
    } else if (L->ch == '>') {
      nextch(L);
      assign_op(L, T_SHR, T_SHR_ASSIGN);
    } else {
      L->tok->kind = T_GTR;
    }
    return true;
  }
  return false; // not reached: c was checked above
}

// ---------------------------------------------------------------- scanner

static void start_token(Lexer *L) {
  memset(L->tok, 0, sizeof(*L->tok));
  L->tok->pos = pos_here(L);
  L->tok->text = (const char *)L->cur;
  L->val.len = 0;
}

static void auto_semi(Lexer *L, const char *text, int len) {
  L->tok->kind = T_SEMICOLON;
  L->tok->auto_semi = true;
  L->tok->text = text;
  L->tok->len = len;
}

// Scans the next token into L->tok->
static void next_token(Lexer *L) {
  bool nlsemi = L->nlsemi;
  L->nlsemi = false;
  for (;;) {
    while (L->ch == ' ' || L->ch == '\t' || L->ch == '\r' || (L->ch == '\n' && !nlsemi))
      nextch(L);
    start_token(L);
    int32_t c = L->ch;
    if (is_ascii_letter(c) || (c >= 0x80 && ident_char(L, true))) {
      nextch(L);
      scan_ident(L);
      break;
    }
    if (c < 0) {
      if (nlsemi)
        auto_semi(L, "EOF", 3);
      else
        L->tok->kind = T_EOF;
      return;
    }
    if (c == '\n') {
      nextch(L);
      auto_semi(L, L->tok->text, 1);
      return;
    }
    if (is_decimal(c)) {
      scan_number(L, false);
      break;
    }
    if (c == '"') {
      scan_string(L);
      break;
    }
    if (c == '`') {
      scan_raw_string(L);
      break;
    }
    if (c == '\'') {
      scan_rune(L);
      break;
    }
    if (c == '.') {
      nextch(L);
      if (is_decimal(L->ch)) {
        scan_number(L, true);
      } else if (L->ch == '.' && L->cur + 1 < L->end && L->cur[1] == '.') {
        nextch(L);
        nextch(L);
        L->tok->kind = T_ELLIPSIS;
      } else {
        L->tok->kind = T_PERIOD;
      }
      break;
    }
    if (c == '/') {
      nextch(L);
      if (L->ch == '/') {
        nextch(L);
        line_comment(L);
        continue;
      }
      if (L->ch == '*') {
        int line = L->line;
        nextch(L);
        general_comment(L);
        // A comment spanning lines acts like a newline.
        if (L->line != line && nlsemi) {
          auto_semi(L, "\n", 1);
          return;
        }
        continue;
      }
      assign_op(L, T_QUO, T_QUO_ASSIGN);
      break;
    }
    if (scan_operator(L))
      break;
  }
  L->tok->len = (int)((const char *)L->cur - L->tok->text);
}

// Scans the next token into the list's next slot.
static void push_token(Lexer *L) {
  TokenList *o = &L->out;
  if (o->ntoks == L->cap_toks) {
    L->cap_toks = L->cap_toks ? L->cap_toks * 2 : 1024;
    o->toks = xrealloc(o->toks, sizeof(Token) * L->cap_toks);
  }
  L->tok = &o->toks[o->ntoks++];
  next_token(L);
}

Lexer *lex_open(SrcFile *f) {
  Lexer *L = xmalloc(sizeof *L);
  L->file = f;
  L->src = (const unsigned char *)(f->src ? f->src : "");
  L->end = L->src + (f->src ? f->len : 0);
  L->cur = L->line_start = L->src;
  L->line = 1;
  L->tok = &L->before_first;   // (reading the first char may report an error)
  nextch(L);
  return L;
}

// After T_EOF, every call gives T_EOF again. The token is scanned in place
// (copying a just-written token costs more than one would think: its
// fields were stored piecemeal and the copy reads them back in wide loads).
void lex_next(Lexer *L, Token *out) {
  L->tok = out;
  next_token(L);
}

const TokenList *lex_directives(Lexer *L) { return &L->out; }

TokenList lex_file(SrcFile *f) {
  Lexer *L = lex_open(f);
  // Go source averages ~2.5 bytes a token: len/2 rarely needs to grow (and
  // growing copies). Not zeroed: every token is written whole before use;
  // untouched capacity costs address space only.
  L->cap_toks = (int)(f->len / 2 < 1 << 24 ? f->len / 2 : 1 << 24) + 16;
  L->out.toks = xrealloc(NULL, sizeof(Token) * L->cap_toks);
  do
    push_token(L);
  while (L->tok->kind != T_EOF);
  TokenList out = L->out;
  free(L->val.data);
  free(L->err_msg);
  free(L);
  return out;
}
