// unit.h — the unit tests' one checking macro: CHECK(cond, fmt, ...) counts
// a pass, or prints "FAIL file:line: message" and counts a failure; main
// prints the two counts and exits 1 if anything failed.
#ifndef ESCGO_UNIT_H
#define ESCGO_UNIT_H

#include <stdio.h>

static int passed, failed;

#define CHECK(cond, ...)                                  \
  do {                                                    \
    if (cond) {                                           \
      passed++;                                           \
    } else {                                              \
      failed++;                                           \
      printf("FAIL %s:%d: ", __FILE__, __LINE__);         \
      printf(__VA_ARGS__);                                \
      printf("\n");                                       \
    }                                                     \
  } while (0)

#endif
