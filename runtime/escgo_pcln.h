// escgo_pcln.h — the frame table escgo writes into every executable it
// links (compiler/driver/pcln.c) and the runtime reads (runtime/pcln.c):
// the section .escgo_pcln, not loaded at run time. gc's pclntab answers
// the same questions: which function is at an address, its file:line, and
// the calls inlined there.
//
// Native byte order. Addresses are stored as offsets from the header's
// base; names and paths as offsets into the string table (0: none).
// Every array is sorted by its off field.
#ifndef ESCGO_PCLN_H
#define ESCGO_PCLN_H

#include <stdint.h>

#define PCLN_SECTION ".escgo_pcln"
#define PCLN_MAGIC "escgopc1"

typedef struct {
  char magic[8];
  uint64_t base;              // the lowest function address
  uint32_t nfuncs, nscopes, nranges, nlines;
  uint32_t funcs, scopes, ranges, lines, strings;   // byte offsets in the section
  uint32_t strings_size;
} PclnHeader;

typedef struct {
  uint32_t off, size;   // the function's code: [base+off, base+off+size)
  uint32_t name;        // its symbol
  uint32_t fv_target;   // a func value's wrapper F$fv: F's off + 1 (0: none)
} PclnFunc;

typedef struct {
  uint32_t parent;      // the inlined call this one is in: scope index + 1 (0: none)
  uint32_t name;        // the function inlined
  uint32_t call_file;   // where it was called
  uint32_t call_line;
} PclnScope;

typedef struct {
  uint32_t off;
  uint32_t scope;   // the innermost inlined call from off on: index + 1 (0: none)
} PclnRange;

typedef struct {
  uint32_t off;
  uint32_t file;   // file:line from off on (file 0: no line)
  uint32_t line;
} PclnLine;

#endif
