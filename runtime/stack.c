// stack.c — goroutine stacks.
//
// Linux allows a process about 65,000 memory mappings (vm.max_map_count),
// and a guard page per stack costs two: with guard pages 100,000 parked
// goroutines could not exist. So the stacks of goroutines other than main
// are slots of STACK_SLOT bytes cut from big mappings of many slots, read
// and write, committed only as pages are touched (MAP_NORESERVE), with no
// guard page between them. Overflow is caught before it happens instead:
// codegen gives every Go function LLVM's split-stack prologue, which
// compares the new frame's bottom with the limit at %fs:0x70 (a word of
// the thread control block that glibc reserves for split stacks) and calls
// __morestack (ctxswitch.S) when it would go below; sched.c keeps that word
// at the running goroutine's limit.
//
// main's goroutine keeps gc's 1 GB: its own mapping with a guard page, the
// limit word 0 (never reached), and the fault handler reports its overflow.
//
// Freed slots are reused newest first: their top pages are still committed,
// and a new goroutine on a warm slot costs no page fault. The pages stay
// committed (as gc keeps its stack pools): returning them with
// madvise(MADV_DONTNEED) at every exit cost 15% of a 100,000-goroutine
// program's time.
#define _GNU_SOURCE
#include "rt_internal.h"
#include "rt_sched.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

enum {
  CHUNK_SLOTS = 64,            // slots per mapping: 4 GiB of address space
  MAIN_STACK = 1 << 30,
};

extern void rt_ctx_entry(void);   // ctxswitch.S

static pthread_mutex_t stack_lock = PTHREAD_MUTEX_INITIALIZER;
static uintptr_t *free_slots;     // a stack of slot bases (malloc)
static size_t nfree, free_cap;

static void refill(void) {
  size_t size = (size_t)CHUNK_SLOTS * STACK_SLOT;
  char *m = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (m == MAP_FAILED) {
    rt_stdout_flush();
    const char *msg = "runtime: cannot allocate memory for goroutine stacks\n";
    rt_stderr_write(msg, strlen(msg));
    rt_fatal("out of memory");
  }
  if (nfree + CHUNK_SLOTS > free_cap) {
    free_cap = (nfree + CHUNK_SLOTS) * 2;
    free_slots = realloc(free_slots, free_cap * sizeof *free_slots);
    if (!free_slots)
      rt_fatal("out of memory");
  }
  for (int i = CHUNK_SLOTS - 1; i >= 0; i--)   // the lowest slot is used first
    free_slots[nfree++] = (uintptr_t)m + (size_t)i * STACK_SLOT;
}

void rt_stack_alloc(RtG *g) {
  pthread_mutex_lock(&stack_lock);
  if (!nfree)
    refill();
  uintptr_t lo = free_slots[--nfree];
  pthread_mutex_unlock(&stack_lock);
  g->stack_lo = lo;
  g->stack_hi = lo + STACK_SLOT;
  g->stack_limit = lo + STACK_SLACK;
}

void rt_stack_free(RtG *g) {
  pthread_mutex_lock(&stack_lock);
  if (nfree == free_cap) {
    free_cap = free_cap ? 2 * free_cap : 1024;
    free_slots = realloc(free_slots, free_cap * sizeof *free_slots);
    if (!free_slots)
      rt_fatal("out of memory");
  }
  free_slots[nfree++] = g->stack_lo;
  pthread_mutex_unlock(&stack_lock);
}

void rt_stack_main(RtG *g) {
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  char *m = mmap(NULL, MAIN_STACK + page, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  if (m == MAP_FAILED)
    rt_fatal("out of memory");
  mprotect(m, page, PROT_NONE);
  g->stack_lo = (uintptr_t)m + page;
  g->stack_hi = g->stack_lo + MAIN_STACK;
  g->stack_limit = 0;
}

// The first context of a goroutine, laid out as rt_ctx_switch leaves a
// suspended one: six callee-saved registers (r15 lowest ... rbp) and the
// return address, rt_ctx_entry, which calls rt_goroutine_main(rbx, r12).
// The two words at the top are zero: a frame-pointer walk ends there.
// fv sits in rbx's slot, inside [sp, stack_hi), where the collector's scan
// of parked stacks finds it until the goroutine runs.
void rt_stack_init_ctx(RtG *g, void *fv) {
  uintptr_t *top = (uintptr_t *)(g->stack_hi & ~(uintptr_t)15);
  uintptr_t *sp = top - 3 - 6;     // rsp is 16-byte aligned after the ret pops the entry
  sp[0] = 0;                       // r15
  sp[1] = 0;                       // r14
  sp[2] = 0;                       // r13
  sp[3] = (uintptr_t)g;            // r12
  sp[4] = (uintptr_t)fv;           // rbx
  sp[5] = 0;                       // rbp
  sp[6] = (uintptr_t)rt_ctx_entry; // return address
  sp[7] = 0;
  sp[8] = 0;
  g->sp = (uintptr_t)sp;
}

void rt_set_stack_limit(uintptr_t limit) {
  __asm__ volatile("movq %0, %%fs:0x70" : : "r"(limit) : "memory");
}

// __morestack (ctxswitch.S): a goroutine's frame would pass its limit.
_Noreturn void rt_stack_overflow(uintptr_t sp) {
  rt_set_stack_limit(0);   // the report runs Go code no more, but C may call back
  rt_report_stack_overflow(sp);
}

// ---------------------------------------------------------------- dead words

// Clears up to max bytes of the running goroutine's stack below the
// caller's frame. bdwgc reads every word of a live frame as a possible
// pointer, and a new frame's slots start out as whatever the calls made
// there before left: a pointer the program has dropped since, or a stale
// word that happens to equal the address of an object allocated later,
// can keep that object alive (tests/run/heapobjects_release). Whole pages
// are given back (MADV_DONTNEED: zero when touched again, and no longer
// resident), the rest written. (A signal arriving meanwhile writes below
// the stack pointer too: only dead words are overwritten either way. Not
// instrumented under -asan, whose shadow may still mark old frames' red
// zones there.)
__attribute__((noinline, no_sanitize_address)) void rt_clear_dead_stack(size_t max) {
  uintptr_t sp, lo, hi, page = 4096;
#if defined(__x86_64__)
  __asm__ volatile("mov %%rsp, %0" : "=r"(sp));
#else
  __asm__ volatile("mov %0, sp" : "=r"(sp));
#endif
  sp -= 256;   // (below the red zone and whatever this call's own calls use)
  rt_stack_bounds(&lo, &hi);
  if (sp < lo + page || sp > hi)
    return;
  uintptr_t from = sp - max < lo + page || sp - max > sp ? lo + page : sp - max;
  uintptr_t pages_from = (from + page - 1) & ~(page - 1), pages_to = sp & ~(page - 1);
  uintptr_t words_from = from;
  if (pages_from < pages_to) {
    madvise((void *)pages_from, pages_to - pages_from, MADV_DONTNEED);
    words_from = pages_to;
  }
  for (volatile uintptr_t *p = (volatile uintptr_t *)(words_from & ~(uintptr_t)7);
       (uintptr_t)p < sp; p++)
    *p = 0;
}
