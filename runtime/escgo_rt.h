// escgo_rt.h — the contract between generated code and the C runtime.
//
// codegen.c emits calls to exactly these functions, with the RTCALL ABI of
// compiler/ir.h: strings pass as (ptr, len), slices as (ptr, len, cap),
// interfaces as (type, data), and two-word results come back in registers as
// GoString / GoEface. Nothing wider than two words is ever returned.
#ifndef ESCGO_RT_H
#define ESCGO_RT_H

#include <stdint.h>
#include <stdbool.h>

typedef struct GoType GoType;

typedef struct { const uint8_t *ptr; int64_t len; } GoString;
typedef struct { void *ptr; int64_t len, cap; } GoSlice;
typedef struct { const GoType *type; void *data; } GoEface;

// Kinds, numbered like Go's reflect.Kind.
enum {
  GK_INVALID, GK_BOOL, GK_INT, GK_INT8, GK_INT16, GK_INT32, GK_INT64,
  GK_UINT, GK_UINT8, GK_UINT16, GK_UINT32, GK_UINT64, GK_UINTPTR,
  GK_FLOAT32, GK_FLOAT64, GK_COMPLEX64, GK_COMPLEX128, GK_ARRAY, GK_CHAN,
  GK_FUNC, GK_INTERFACE, GK_MAP, GK_POINTER, GK_SLICE, GK_STRING, GK_STRUCT,
  GK_UNSAFEPOINTER,
};

typedef struct GoField {
  const char *name;       // field name ("" never: embedded fields carry the type's name)
  const GoType *type;
  int64_t offset;
  uint8_t embedded;
  uint8_t exported;
  const char *tag;        // the field's tag, unquoted ("" or NULL: none)
} GoField;

// One method of a type's method set (or of an interface type): name, gc's
// spelling of its signature ("func(int) string"), and for concrete types the
// code: a function taking the interface's data word first, then the arguments.
typedef struct GoMethod {
  const char *name;
  const char *sig;
  void *fn;               // NULL in an interface type's list
  // For reflect (NULL in the runtime's own tables): the method's func type
  // without receiver, the func type with the receiver first (Method.Func's),
  // and that func's code: (ctx, receiver, args...), ctx unused.
  const GoType *mtyp;
  const GoType *ftyp;
  void *tfn;
} GoMethod;

// A run-time type descriptor. codegen emits one constant global per Go type
// that reaches an interface or fmt; the layout here must match codegen's.
struct GoType {
  int64_t size;
  uint8_t kind;           // GK_*
  uint8_t direct;         // pointer-shaped: the interface data word is the value itself
  uint8_t has_ptrs;       // the collector must scan values of this type
  uint8_t named;          // a declared type (printing %v of a named string etc. is unchanged)
  int32_t nfields;        // GK_STRUCT
  const char *str;        // gc's string: "int", "main.User", "[]int", "*main.User", "interface {}"
  const GoType *elem;     // pointer, slice, array, map value, chan
  const GoType *key;      // map
  int64_t len;            // array
  const GoField *fields;  // struct
  const GoMethod *methods;  // method set sorted by name (interfaces: their methods)
  int64_t nmethods;
  const GoType *ptrto;    // *T of a declared type with methods (gc's ptrToThis), or NULL
  const GoType *const *io;  // func: the parameters' types, then the results'
  int32_t nin;            // func: parameters (a variadic one counts as its slice)
  int16_t nout;           // func: results
  uint8_t variadic;       // func
  uint8_t pad;
  // func: reflect's call stub, call(self, code, ctx, args, results), code of
  // a func value whose context is this field: calls code(ctx, *args[0], ...)
  // and stores the results at results[0], ... (codegen/reflect.c)
  void (*call)(void *self, void *code, void *ctx, void **args, void **results);
  // func: the code of a method value made by reflect, bound(ctx, args...)
  // with ctx = {bound, method code, receiver word}: calls code(word, args...)
  void *bound;
};

// ---- memory (alloc.c). The one allocation entry point: counts objects and bytes.
// has_ptrs != 0: GC_malloc (scanned, zeroed); else GC_malloc_atomic + memset.
void *escgo_alloc(int64_t size, int32_t has_ptrs);
// Counters behind runtime.MemStats.Mallocs / TotalAlloc (summed over threads).
uint64_t escgo_mallocs(void);
uint64_t escgo_total_alloc(void);

// ---- program start (start.c). C main(): GC_INIT, install signal handlers for
// nil dereference (SIGSEGV/SIGBUS -> Go's nil pointer panic), run main..init
// then main.main, exit 0.
void escgo_set_args(int argc, char **argv);

// ---- panics (panic.c). Each prints gc's text to stderr as an uncaught Go
// panic does: "panic: <msg>\n\ngoroutine 1 [running]:\nmain.main()\n..." and
// exits with status 2. Runtime errors read "panic: runtime error: <msg>";
// the nil dereference adds gc's "[signal SIGSEGV: segmentation violation ...]" line.
_Noreturn void escgo_panic_index(int64_t i, int64_t len);                // index out of range [5] with length 3
_Noreturn void escgo_panic_slice_alen(int64_t hi, int64_t len);          // slice bounds out of range [:7] with length 5 (string/array)
_Noreturn void escgo_panic_slice_acap(int64_t hi, int64_t cap);          // slice bounds out of range [:7] with capacity 5
_Noreturn void escgo_panic_slice_b(int64_t lo, int64_t hi);              // slice bounds out of range [3:2]
_Noreturn void escgo_panic_slice3_c(int64_t max, int64_t cap);           // slice bounds out of range [::7] with capacity 5
_Noreturn void escgo_panic_slice3_alen(int64_t max, int64_t len);       // slice bounds out of range [::9] with length 8 (arrays)
_Noreturn void escgo_panic_slice3_b(int64_t hi, int64_t max);            // slice bounds out of range [:5:4]
_Noreturn void escgo_panic_slice3_a(int64_t lo, int64_t hi);             // slice bounds out of range [3:2:]
_Noreturn void escgo_panic_divide(void);                                 // integer divide by zero
_Noreturn void escgo_panic_nil(void);                                    // invalid memory address or nil pointer dereference
_Noreturn void escgo_panic_shift(void);                                  // negative shift amount
_Noreturn void escgo_panic_makeslice_len(void);                          // makeslice: len out of range
_Noreturn void escgo_panic_slice_convert(int64_t len, int64_t alen);     // cannot convert slice with length 2 to pointer to array with length 4
// unsafe.Slice(ptr, len)'s checks (gc's unsafeslice): "unsafe.Slice: len out
// of range" when len < 0 or the bytes would pass the end of the address
// space, "unsafe.Slice: ptr is nil and len is not zero".
void escgo_unsafe_slice_check(const void *ptr, int64_t len, int64_t elem_size);
_Noreturn void escgo_panic_makeslice_cap(void);                          // makeslice: cap out of range
// panic(v): "panic: " + v printed as gc 1.19's printpanicval does: strings and
// basic kinds plainly (panic("boom") -> "panic: boom"), named basic kinds as
// main.T(5), other types as "(main.T) 0xADDR"; panic(nil) -> "panic: nil".
_Noreturn void escgo_panic_value(const GoType *t, void *data);
// ---- defer, panic, recover (defer.c). A function with defer statements
// reserves ESCGO_DEFER_FRAME_SIZE bytes (16-aligned) on its stack: a jmp_buf
// first. A func value is a pointer to a context whose word 0 is the code,
// called as code(ctx).
enum { ESCGO_DEFER_FRAME_SIZE = 256 };
void escgo_defer_enter(void *frame);           // links the frame (then the caller _setjmp's it)
void escgo_defer_push(void *frame, void *fv);  // defer fv()
void escgo_defer_return(void *frame);          // runs the frame's deferred calls LIFO, unlinks it
// At entry of a function that calls recover, given its frame address: the
// panic whose deferred call it is, if it is one (recover works only when
// called by the deferred function itself), else NULL.
void *escgo_defer_token(void *fp);
// At entry of a wrapper while escgo_panic_defers is not 0: if the wrapper is
// the panic's deferred call, the function it calls gets the right to recover.
extern int32_t escgo_panic_defers;
void escgo_defer_wrapper(void *fp);
GoEface escgo_recover(void *token);            // recover(): the panic value, or nil
// os.Exit
_Noreturn void escgo_os_Exit(int64_t code);

// ---- strings (string.c)
// buf: NULL, or a 32-byte stack buffer the result may use if it fits (gc's tmpBuf).
GoString escgo_concat2(uint8_t *buf, const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen);
// n strings given as an array of GoString in memory.
GoString escgo_concatn(uint8_t *buf, const GoString *parts, int64_t n);
int64_t escgo_strcmp(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen);  // <0, 0, >0
bool escgo_streq(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen);
// Conversions. buf as above (32 bytes) or NULL for a heap result.
GoString escgo_bytes2str(uint8_t *buf, const uint8_t *p, int64_t len, int64_t cap);
void escgo_str2bytes(GoSlice *out, uint8_t *buf, const uint8_t *p, int64_t len);
void escgo_str2runes(GoSlice *out, int32_t *buf, const uint8_t *p, int64_t len);     // buf: 32 runes or NULL
GoString escgo_runes2str(uint8_t *buf, const int32_t *p, int64_t len, int64_t cap);
GoString escgo_rune2str(uint8_t *buf, int64_t r);                                 // buf: 4 bytes or NULL
// Decodes the rune at s[i]; returns it (RuneError 0xFFFD for invalid UTF-8) and
// stores the index just past it in *next.
int32_t escgo_decoderune(const uint8_t *p, int64_t len, int64_t i, int64_t *next);

// ---- slices (slice.c)
// append: grows old (ptr,len,cap) to hold at least newlen elements with Go
// 1.19's growth rule (double below 256 elements, then (n + 3*256)/4 steps,
// rounded up to the allocator's size classes as gc does), copies the old
// elements, and writes the new header (len = old len; caller stores elements
// and sets len). elem_has_ptrs selects scanned memory.
void escgo_growslice(GoSlice *out, void *ptr, int64_t len, int64_t cap, int64_t newlen,
                     int64_t elem_size, int32_t elem_has_ptrs);
// makeslice on the heap: checks len/cap as gc ("makeslice: len out of range").
void *escgo_makeslice(int64_t len, int64_t cap, int64_t elem_size, int32_t elem_has_ptrs);
// copy(): returns number of elements copied (memmove semantics).

// ---- interfaces (iface.c)
// == on two interface values: same dynamic type and equal values; panics
// "runtime error: comparing uncomparable type []int" for uncomparable types.
bool escgo_efaceeq(const GoType *t1, void *d1, const GoType *t2, void *d2);
// Equality of two values of type t stored in memory (structs/arrays with strings etc.).
bool escgo_memequal(const GoType *t, const void *a, const void *b);

// ---- maps (map.c). A map value is a GoMap* (nil: NULL). mt is the map
// type's descriptor (key, elem). Keys and values pass by address. Codegen
// reserves ESCGO_MAP_HDR_SIZE bytes for a stack header (a map that does not
// escape) and ESCGO_MAPITER_SIZE bytes for a range loop's iterator.
enum { ESCGO_MAP_HDR_SIZE = 48, ESCGO_MAPITER_SIZE = 96 };
typedef struct GoMap GoMap;
typedef struct GoMapIter {
  void *key, *val;        // the current entry, after escgo_mapiternext returned true
  const GoType *mt;
  GoMap *m;
  void *buckets;          // the bucket array when the loop started
  void *bptr;             // the bucket being read
  void *overflow, *oldoverflow;   // keep overflow buckets alive (map.c)
  uintptr_t start_bucket;
  uint8_t offset, wrapped, B, i;
  uintptr_t bucket, check_bucket;
} GoMapIter;
// A bucket holds ESCGO_MAP_BUCKET_CNT entries; keys and values larger than
// ESCGO_MAP_MAX_INLINE bytes are stored as pointers. Its size is gc's:
// tophash bytes, the keys, the values, the overflow pointer.
enum { ESCGO_MAP_BUCKET_CNT = 8, ESCGO_MAP_MAX_INLINE = 128 };
static inline int64_t escgo_map_bucket_size(int64_t key_size, int64_t val_size) {
  int64_t k = key_size > ESCGO_MAP_MAX_INLINE ? 8 : key_size;
  int64_t v = val_size > ESCGO_MAP_MAX_INLINE ? 8 : val_size;
  return ESCGO_MAP_BUCKET_CNT * (1 + k + v) + 8;
}
// make(map[K]V, hint): hdr is stack memory for the header, or NULL (heap);
// bucket is zeroed stack memory of escgo_map_bucket_size bytes for the
// first bucket, or NULL (used only if hint <= ESCGO_MAP_BUCKET_CNT).
GoMap *escgo_makemap(const GoType *mt, int64_t hint, GoMap *hdr, void *bucket);
// v, ok := m[k]: copies the value (or zero) into out; nil maps read as empty.
// Interface keys of uncomparable dynamic types panic "hash of unhashable type T".
bool escgo_mapaccess(const GoType *mt, GoMap *m, const void *key, void *out);
// m[k] = ...: the value slot for k (created zeroed if new); panics
// "assignment to entry in nil map".
void *escgo_mapassign(const GoType *mt, GoMap *m, const void *key);
void escgo_mapdelete(const GoType *mt, GoMap *m, const void *key);
// for k := range m { delete(m, k) } (gc's mapclear): every entry gone, the
// bucket array kept and zeroed.
void escgo_mapclear(const GoType *mt, GoMap *m);
int64_t escgo_maplen(GoMap *m);
GoMap *escgo_reflect_makemap(const GoType *mt, int64_t hint);   // reflect.MakeMapWithSize
void escgo_reflect_mapassign(const GoType *mt, GoMap *m, const void *key, const void *val);
// for k, v := range m: a random starting bucket and slot per loop.
void escgo_mapiterinit(const GoType *mt, GoMap *m, GoMapIter *it);
bool escgo_mapiternext(GoMapIter *it);   // sets it->key / it->val

// ---- methods and interfaces (itab.c)
// The itable of dynamic type t for interface type iface: iface->nmethods code
// pointers in iface's method order, built once per (iface, t) and cached.
// t must implement iface (the compiler proved it, or an assertion checked it).
void **escgo_itab(const GoType *iface, const GoType *t);
// Does dynamic type t (non-nil) implement interface iface?
bool escgo_implements(const GoType *iface, const GoType *t);
// x.(T) failed: "interface conversion: <iface> is <have>, not <want>" (have nil:
// "is nil"); to an interface: "interface conversion: <have> is not <want>:
// missing method M", or with a nil value "interface conversion: interface is nil, not <want>".
_Noreturn void escgo_panic_assert(const GoType *iface, const GoType *have, const GoType *want);
// The method `name` with signature "func() string" of t, or NULL (fmt's Error/String).
void *escgo_string_method(const GoType *t, const char *name);

// ---- complex.c: n/m for complex numbers (complex64 operands widened), as gc's
// runtime.complex128div: never panics; Inf and NaN as C99 Annex G says.
void escgo_complex128div(double nre, double nim, double mre, double mim, double out[2]);

// ---- print/println builtins (print.c): to stderr, gc's exact formatting.
void escgo_print_bool(bool v);
void escgo_print_int(int64_t v);
void escgo_print_uint(uint64_t v);
void escgo_print_float(double v);          // +1.500000e+000
void escgo_print_complex(double re, double im);
void escgo_print_string(const uint8_t *p, int64_t len);
void escgo_print_pointer(const void *p);   // 0xc000012345
void escgo_print_slice(void *ptr, int64_t len, int64_t cap);   // [3/4]0xc000...
void escgo_print_eface(const GoType *t, void *data);          // (0x4a1b20,0xc000...)
void escgo_print_space(void);
void escgo_print_nl(void);
void escgo_print_lock(void);               // brackets one print statement (threads later)
void escgo_print_unlock(void);

// ---- runtime (memstats.c): runtime.GC and runtime.ReadMemStats; the struct
// is Go 1.19's runtime.MemStats (overlay/runtime/mem.go), passed by pointer.
void escgo_runtime_GC(void);
void escgo_runtime_Breakpoint(void);
void escgo_install_methods(GoType *t, const GoMethod *methods, int64_t n, const GoType *ptrto);   // itab.c   // start.c: SIGTRAP, as gc's runtime.Breakpoint
void escgo_runtime_ReadMemStats(void *m);

// ---- goroutines (goroutine.c): `go fv()` starts fv (a func value) on a
// new thread with a 1 GiB lazily committed stack.
void escgo_go(void *fv);
int64_t escgo_runtime_NumGoroutine(void);
int64_t escgo_runtime_GOMAXPROCS(int64_t n);
void escgo_runtime_Gosched(void);
void escgo_runtime_KeepAlive(const GoType *t, void *data);

// ---- runtime.SetFinalizer (finalizer.c): Go's two interface arguments.
void escgo_runtime_SetFinalizer(const GoType *ot, void *obj, const GoType *ft, void *fv);

// ---- channels and select (chan.c). A chan value is a GoChan* (nil: NULL).
// Elements pass by address; blocking operations detect deadlock like gc.
typedef struct GoChan GoChan;
GoChan *escgo_makechan(int64_t elemsize, int32_t elem_has_ptrs, int64_t size);
void escgo_chansend(GoChan *c, const void *elem);
bool escgo_chanrecv(GoChan *c, void *out);      // false: closed and empty (out zeroed)
void escgo_closechan(GoChan *c);
int64_t escgo_chanlen(GoChan *c);
int64_t escgo_chancap(GoChan *c);
// select: one case per entry (dir 1 send from elem, 0 receive into elem);
// returns the index of the case that ran, or -1 for default.
typedef struct { GoChan *c; void *elem; int64_t dir; } GoSelectCase;
int64_t escgo_select(GoSelectCase *cases, int64_t n, bool has_default, bool *recv_ok);

// ---- package sync's runtime hooks (sema.c, syncrt.c). sync compiles from
// Go's source; its bodyless functions are bound to these by //go:linkname
// in overlay/sync/escgo_runtime.go, so they take Go's arguments: a bool is
// one byte, a string (ptr, len), a func value its closure pointer.
void escgo_sync_Semacquire(uint32_t *addr);
void escgo_sync_SemacquireMutex(uint32_t *addr, uint8_t lifo, int64_t skipframes);
void escgo_sync_Semrelease(uint32_t *addr, uint8_t handoff, int64_t skipframes);
uint32_t escgo_sync_notifyListAdd(void *l);
void escgo_sync_notifyListWait(void *l, uint32_t t);
void escgo_sync_notifyListNotifyAll(void *l);
void escgo_sync_notifyListNotifyOne(void *l);
void escgo_sync_notifyListCheck(uintptr_t size);
bool escgo_sync_canSpin(int64_t i);
void escgo_sync_doSpin(void);
int64_t escgo_sync_nanotime(void);
void escgo_sync_throw(const uint8_t *s, int64_t len);
void escgo_sync_fatal(const uint8_t *s, int64_t len);
uint32_t escgo_sync_fastrandn(uint32_t n);
void escgo_sync_registerPoolCleanup(void *fv);
int64_t escgo_procPin(void);     // sync's and sync/atomic's runtime_procPin
void escgo_procUnpin(void);
void rt_pool_cleanup_before_gc(bool collection_follows);   // runtime.GC: gc clears the pools first
void rt_pool_gc_started(void);          // gcenv.c: a collection begins
bool rt_pinned(void);                   // between procPin and procUnpin

// ---- prof.c: -allocprof — the site of the next heap allocation.
void escgo_prof_site(int32_t id);

// ---- the standard packages' runtime side (errors.c, gcenv.c, ...): called
// by name from Go code, package runtime's bodyless functions
// (overlay/runtime) and the other packages' linknames; runtime/rt_std.h has
// what those files share. docs/packages.md lists them.

// The Go program's entry points, emitted by codegen.
extern void escgo_main_init(void) __asm__("main..init");
extern void escgo_main_main(void) __asm__("main.main");

#endif
