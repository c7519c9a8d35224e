// replay.c — runs files through the fuzz target's front-end function, without
// libFuzzer: `make test` replays tests/fuzz/corpus/* with it, and a crash
// found by scripts/fuzz.sh can be debugged with it under gdb.
//
//   replay FILE...   exit 0: all type-check; 1: compile errors; anything
//                    else (a signal, ice's 3) is a bug.
#include "check/check.h"

#include <errno.h>
#include <string.h>

int escgo_fuzz_one(const uint8_t *data, size_t size);

int main(int argc, char **argv) {
  int status = 0;
  for (int i = 1; i < argc; i++) {
    FILE *fp = fopen(argv[i], "rb");
    if (!fp) {
      fprintf(stderr, "replay: %s: %s\n", argv[i], strerror(errno));
      return 2;
    }
    Buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
      buf_putn(&b, chunk, n);
    fclose(fp);
    if (escgo_fuzz_one((const uint8_t *)buf_cstr(&b), b.len))
      status = 1;
  }
  return status;
}
