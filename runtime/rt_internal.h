// rt_internal.h — what the runtime's own files share with each other.
// Generated code never sees this header; escgo_rt.h is its contract.
#ifndef ESCGO_RT_INTERNAL_H
#define ESCGO_RT_INTERNAL_H

#include "escgo_rt.h"
#include <stddef.h>

// ---- out.c: output streams.
// stdout is buffered (Go's is not, but one write() per Println is too slow);
// the buffer is flushed at exit, on os.Exit, before a panic or a print
// builtin writes to stderr, and whenever stdout is a terminal.
// Whoever adds reading from stdin must flush stdout first.
void rt_stdout_write(const void *p, size_t n);
void rt_stdout_flush(void);
void rt_stderr_write(const void *p, size_t n);   // flushes stdout first

// A growable byte buffer on malloc (never holds GC pointers).
typedef struct {
  char *data;
  size_t len, cap;
  char small[128];        // the first bytes live here: most outputs are short
} RtBuf;
void rtbuf_init(RtBuf *b);
void rtbuf_free(RtBuf *b);
void rtbuf_putc(RtBuf *b, int c);
void rtbuf_putn(RtBuf *b, const void *p, size_t n);
void rtbuf_puts(RtBuf *b, const char *s);
void rtbuf_hex(RtBuf *b, uint64_t v);    // 0x1f, as Go's print builtin writes hex
void rtbuf_udec(RtBuf *b, uint64_t v);
void rtbuf_dec(RtBuf *b, int64_t v);

// ---- panic.c
// Each prints "panic: <text>" plus gc's goroutine trace and exits 2 unless a
// deferred call recovers; they differ in the panic value's type, which is
// the one Go's runtime or library panics with:
//   runtime.plainError: "close of closed channel", "assignment to entry in nil map"
_Noreturn void rt_panic_plain(const char *msg, size_t len);
//   *runtime.TypeAssertionError: "interface conversion: ..."
_Noreturn void rt_panic_type_assertion(const char *msg, size_t len);
//   string: panic("invalid argument to Intn") in math/rand, sync, testing
_Noreturn void rt_panic_string(const char *msg, size_t len);
//   runtime.errorString: "panic: runtime error: <msg>"; extra (may be NULL) is
//   a line printed right after, like the [signal ...] line of a nil dereference.
_Noreturn void rt_panic_runtime(const char *msg, const char *extra);
// "fatal error: <msg>" and exit 2 (out of memory, stack overflow).
_Noreturn void rt_fatal(const char *msg);
bool rt_is_zerobase(const void *p);   // alloc.c: the address of every zero-size object
// finalizer.c: once a finalizer is registered, allocations and runtime.GC
// poll, with no lock held, to start the finalizer goroutine when some are ready.
extern bool rt_fin_active;
extern bool rt_fin_recheck;   // set at the end of each collection, cleared by rt_fin_poll
bool rt_fin_poll(void);

// ---- print.c: the print builtin's formats, into a buffer (panics reuse them).
void rt_printfloat(RtBuf *b, double v);            // +1.500000e+000
void rt_printcomplex(RtBuf *b, double re, double im);
bool rt_print_locked(void);   // inside a print statement's lock/unlock (preempt.c)

// ---- os.c: os.Args as a []string, set by escgo_set_args.
extern GoSlice rt_os_args;

// ---- start.c: every thread that runs Go code needs its own signal stack.
void rt_thread_sigaltstack(void);        // signals.c: this thread's alternate signal stack
void rt_thread_sigaltstack_free(void);
void rt_install_fault_handlers(void);   // signals.c: SIGSEGV/SIGBUS/SIGFPE -> Go panics
// signals.c: "goroutine stack exceeds 1000000000-byte limit", sp, the stack, exit 2.
_Noreturn void rt_report_stack_overflow(uintptr_t sp);
// ---- goroutine.c: goroutines alive (main included), read without the lock.
int64_t rt_live_goroutines(void);

// ---- utf8 (string.c)
enum { RUNE_ERROR = 0xFFFD, RUNE_MAX = 0x10FFFF };
int rt_encoderune(uint8_t out[4], int64_t r);      // invalid runes as U+FFFD; returns width
int32_t rt_decoderune(const uint8_t *p, int64_t len, int *width);  // len > 0
int64_t rt_runecount(const uint8_t *p, int64_t len);

// ---- slice.c
// Go's allocator size classes: the byte size the allocator really hands out.
uint64_t rt_roundupsize(uint64_t size);
void rt_gc_env_init(void);                         // gcenv.c: GOGC, GOMEMLIMIT, gctrace
void rt_memstats_gc_end(void);
extern uint64_t rt_gc_epoch;   // alloc.c: collections so far (gcenv.c counts them)
extern unsigned long rt_memstats_gc_base;     // memstats.c: collections before the program started
extern volatile bool rt_gc_forced;             // memstats.c: runtime.GC() is collecting
// pprof.c: the -allocprof profile as pprof's gzipped profile.proto; 0 or -1.
typedef struct {
  const char *func, *file;
  int64_t line;
  const char *spell, *reason;
  uint64_t objects, bytes;
} RtProfRow;
int rt_pprof_write(const char *path, const RtProfRow *rows, int n);
// prof.c: -allocprof (escgo_prof_site names the site of the next allocation)
extern bool rt_prof_on;
void rt_prof_init(void);
bool rt_prof_site_pending(void);    // a site named, its allocation not yet made (preempt.c)
void rt_prof_record(uint64_t bytes);
// memprof.c: runtime.MemProfileRate's sampled heap profile, one bucket per
// allocating call stack (memprofile.c hands it to Go as MemProfileRecords)
enum { RT_MEMPROF_DEPTH = 32 };   // MemProfileRecord.Stack0's length
typedef struct RtMemBucket {
  struct RtMemBucket *next, *hash_next;
  int nstk;
  uintptr_t stk[RT_MEMPROF_DEPTH];   // return addresses, escgo_alloc's caller first
  int64_t alloc_objects, alloc_bytes, free_objects, free_bytes;
} RtMemBucket;
extern int64_t escgo_runtime_MemProfileRate;
void rt_memprof_alloc(uint64_t bytes, uintptr_t fp, int64_t rate);   // fp: escgo_alloc's frame
void rt_memprof_each(void (*fn)(void *ctx, const RtMemBucket *b), void *ctx);   // newest first
void rt_prof_report(void);                     // memstats.c: a collection just ended
extern int64_t rt_gcstress;                        // ESCGO_GCSTRESS: collect every N allocations

// ---- map.c
uint64_t rt_fastrand(void);
uint64_t rt_hash_value(const GoType *t, const void *v, uint64_t seed);
// The live entries of m (keys[i], vals[i] point into the map), malloc'd arrays.
int64_t rt_map_entries(const GoType *mt, GoMap *m, const void ***keys, const void ***vals);

// ---- defer.c / panic.c: panics, defer, recover
// Go's run-time error types (their values point to a GoString: the text).
extern const GoType rt_error_string_type, rt_plain_error_type, rt_bounds_error_type,
    rt_type_assertion_error_type;
bool rt_is_runtime_error_type(const GoType *t);
GoEface rt_runtime_error(const GoType *t, const char *msg, size_t len);   // boxed (text copied)
GoEface rt_string_value(const char *msg, size_t len);                     // a Go string, boxed
// Runs deferred calls (a recover longjmps back into its frame); if none
// recovers, prints the panic chain as gc does and exits 2. extra: a line
// printed after it (the nil dereference's "[signal SIGSEGV ...]").
_Noreturn void rt_gopanic(GoEface v, const char *extra);
void rt_format_panicval(RtBuf *b, const GoType *t, void *data);
_Noreturn void rt_panic_die(uintptr_t fault_pc, uintptr_t fault_fp);
void rt_wait_for_panics(void);   // defer.c: main's return waits for another goroutine's panic
// traceback.c: the dying goroutine's stack, as gc prints it, from the fault
// at pc/fp (0: from the caller). The signal handler records a fault first.
void rt_traceback(uintptr_t pc, uintptr_t fp);
void rt_traceback_fault(uintptr_t pc, uintptr_t fp);
// signals.c: a fault that is a panic resumes the goroutine at
// rt_sigpanic_entry (ctxswitch.S), which calls rt_sigpanic on its stack.
void rt_sigpanic_entry(void);
_Noreturn void rt_sigpanic(void);
void rt_traceback_fault_take(uintptr_t *pc, uintptr_t *fp);
void rt_stack_bounds(uintptr_t *lo, uintptr_t *hi);   // the running goroutine's stack
void rt_clear_dead_stack(size_t max);   // stack.c: zeroes what lies below the caller's frame
// ... and for symtab.c, between rt_symtab_begin (false: no frame table) and
// rt_symtab_end: the Go frames at a code address, innermost inlined call
// first, and the ELF symbol holding it with its first address.
typedef void RtFrameFn(void *ctx, const char *name, bool inlined, const char *file, int line,
                       long off);
bool rt_symtab_begin(void);
void rt_symtab_end(void);
int rt_symtab_frames(uintptr_t pc, RtFrameFn *fn, void *ctx);
const char *rt_symtab_symbol(uintptr_t pc, uintptr_t *entry);
// ---- pcln.c: the frame table escgo wrote into the program (escgo_pcln.h).
bool rt_pcln_ready(void);   // false: the program has none (stripped)
const char *rt_pcln_symbol(uintptr_t pc, uintptr_t *off);   // the function holding pc
uintptr_t rt_pcln_fv_target(uintptr_t entry);   // F$fv's F (0: entry is no F$fv)
bool rt_pcln_line(uintptr_t pc, const char **file, int *line);
uint32_t rt_pcln_scope_at(uintptr_t pc);   // the innermost call inlined at pc (0: none)
uint32_t rt_pcln_scope(uint32_t scope, const char **name, const char **call_file, int *call_line);
size_t rt_clean_path(const char *p, char *buf, size_t size);   // "/a/./b" is "/a/b"; returns the length
void rt_thread_stack_bounds(uintptr_t *lo, uintptr_t *hi);   // this thread's own (pthread) stack

// ---- defer.c: runtime.Goexit's unwinding.
void rt_defer_unwind(void *mark);   // runs deferred calls of frames newer than mark (NULL: all)

// runtime.Callers' words (traceback.c): a return address with, in the top
// byte, which of the Go frames at it (inlined calls share it) the word
// stands for, plus one; 0 there is a plain address (all its frames).
enum { RT_CALLERS_DEPTH_SHIFT = 56 };
static inline uintptr_t rt_callers_addr(uintptr_t word, int *depth) {
  *depth = (int)(word >> RT_CALLERS_DEPTH_SHIFT) - 1;
  return word & (((uintptr_t)1 << RT_CALLERS_DEPTH_SHIFT) - 1);
}

#endif
