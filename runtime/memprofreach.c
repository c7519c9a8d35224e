// memprofreach.c — the marker that a program can read the heap profile.
//
// Every package that calls runtime.MemProfile refers to this symbol
// (codegen), so the linker takes this file from the runtime's archive
// exactly then; package runtime's MemProfileRate starts at gc's 512 KiB
// when it is there, else at 0 (memstats.c), as gc's linker decides by
// whether MemProfile is reachable.
#include <stdint.h>

const uint8_t escgo_memprofile_reachable = 1;
