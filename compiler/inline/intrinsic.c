// intrinsic.c — the functions gc 1.19 compiles as intrinsics on amd64
// (ssagen's intrinsics table, including its aliases): math/bits, the
// atomics, a few of math and the runtime. gc's inliner treats a call to one
// as an ordinary node — no extra call cost, and never inlined — because
// the backend replaces it with an instruction or two. escgo compiles them as
// calls, but the inliner's cost and decisions must be gc's.
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static const char *const intrinsics[] = {
    "math.Ceil", "math.FMA", "math.Floor", "math.RoundToEven", "math.Sqrt", "math.Trunc",
    "math/big.mulWW",
    "math/bits.Add", "math/bits.Add64", "math/bits.Div", "math/bits.Div64",
    "math/bits.Len", "math/bits.Len8", "math/bits.Len16", "math/bits.Len32", "math/bits.Len64",
    "math/bits.Mul", "math/bits.Mul64",
    "math/bits.OnesCount", "math/bits.OnesCount16", "math/bits.OnesCount32",
    "math/bits.OnesCount64",
    "math/bits.ReverseBytes32", "math/bits.ReverseBytes64",
    "math/bits.RotateLeft", "math/bits.RotateLeft8", "math/bits.RotateLeft16",
    "math/bits.RotateLeft32", "math/bits.RotateLeft64",
    "math/bits.Sub", "math/bits.Sub64",
    "math/bits.TrailingZeros8", "math/bits.TrailingZeros16", "math/bits.TrailingZeros32",
    "math/bits.TrailingZeros64",
    "runtime.KeepAlive", "runtime.getcallerpc", "runtime.getcallersp", "runtime.getclosureptr",
    "runtime.mulUintptr", "runtime.slicebytetostringtmp",
    "runtime/internal/math.Mul64", "runtime/internal/math.MulUintptr",
    "runtime/internal/sys.Bswap32", "runtime/internal/sys.Bswap64", "runtime/internal/sys.Ctz8",
    "runtime/internal/sys.Ctz32", "runtime/internal/sys.Ctz64", "runtime/internal/sys.Len8",
    "runtime/internal/sys.Len64", "runtime/internal/sys.OnesCount64",
    "runtime/internal/sys.Prefetch", "runtime/internal/sys.PrefetchStreamed",
    "runtime/internal/sys.TrailingZeros8", "runtime/internal/sys.TrailingZeros64",
    "sync.runtime_LoadAcquintptr", "sync.runtime_StoreReluintptr",
    "sync/atomic.AddInt32", "sync/atomic.AddInt64", "sync/atomic.AddUint32",
    "sync/atomic.AddUint64", "sync/atomic.AddUintptr",
    "sync/atomic.CompareAndSwapInt32", "sync/atomic.CompareAndSwapInt64",
    "sync/atomic.CompareAndSwapUint32", "sync/atomic.CompareAndSwapUint64",
    "sync/atomic.CompareAndSwapUintptr",
    "sync/atomic.LoadInt32", "sync/atomic.LoadInt64", "sync/atomic.LoadPointer",
    "sync/atomic.LoadUint32", "sync/atomic.LoadUint64", "sync/atomic.LoadUintptr",
    "sync/atomic.StoreInt32", "sync/atomic.StoreInt64", "sync/atomic.StoreUint32",
    "sync/atomic.StoreUint64", "sync/atomic.StoreUintptr",
    "sync/atomic.SwapInt32", "sync/atomic.SwapInt64", "sync/atomic.SwapUint32",
    "sync/atomic.SwapUint64", "sync/atomic.SwapUintptr",
};

// runtime/internal/atomic's, named by the Go function (all of them have
// bodies in assembly that gc never calls on amd64).
static const char *const runtime_atomics[] = {
    "And", "And8", "Cas", "Cas64", "CasRel", "Casint32", "Casint64", "Casp1", "Casuintptr",
    "Load", "Load64", "Load8", "LoadAcq", "LoadAcq64", "LoadAcquintptr", "Loadint32",
    "Loadint64", "Loadp", "Loaduint", "Loaduintptr", "Or", "Or8", "Store", "Store64",
    "Store8", "StoreRel", "StoreRel64", "StoreReluintptr", "Storeint32", "Storeint64",
    "StorepNoWB", "Storeuintptr", "Xadd", "Xadd64", "Xaddint32", "Xaddint64", "Xadduintptr",
    "Xchg", "Xchg64", "Xchgint32", "Xchgint64", "Xchguintptr",
};

static bool listed(const char *name, const char *const *list, int n) {
  for (int i = 0; i < n; i++)
    if (!strcmp(name, list[i]))
      return true;
  return false;
}

// pkg.name, with pkg an import path ("math/bits", "RotateLeft64").
bool is_intrinsic_name(const char *pkg, const char *name) {
  if (!pkg || !name)
    return false;
  if (!strcmp(pkg, "runtime/internal/atomic"))
    return listed(name, runtime_atomics, sizeof runtime_atomics / sizeof *runtime_atomics);
  size_t n = strlen(pkg);
  for (size_t i = 0; i < sizeof intrinsics / sizeof *intrinsics; i++)
    if (!strncmp(intrinsics[i], pkg, n) && intrinsics[i][n] == '.' &&
        !strcmp(intrinsics[i] + n + 1, name))
      return true;
  return false;
}

// A Go function compiled from source: its link name is "path.name" (a
// method's "path.T.M" or a func literal never is one).
bool is_intrinsic(Func *f) {
  if (!f || !f->lname || f->outer)
    return false;
  const char *slash = strrchr(f->lname, '/');
  const char *dot = strchr(slash ? slash : f->lname, '.');
  if (!dot)
    return false;
  char *pkg = xstrndup(f->lname, dot - f->lname);
  bool r = is_intrinsic_name(pkg, dot + 1);
  free(pkg);
  return r;
}

// encoding/binary's byte-order methods that gc's inliner charges as one
// ordinary node when called as a method (OMETHEXPR): on amd64, which merges
// the loads and stores, they compile to one instruction (gc's issue 42958).
static const char *const binary_cheap[] = {
    "littleEndian.Uint16", "littleEndian.Uint32", "littleEndian.Uint64",
    "bigEndian.Uint16", "bigEndian.Uint32", "bigEndian.Uint64",
    "littleEndian.PutUint16", "littleEndian.PutUint32", "littleEndian.PutUint64",
    "bigEndian.PutUint16", "bigEndian.PutUint32", "bigEndian.PutUint64",
};

bool is_cheap_method(Func *f) {
  static const char prefix[] = "encoding/binary.";
  if (!f || !f->lname || strncmp(f->lname, prefix, sizeof prefix - 1))
    return false;
  return listed(f->lname + sizeof prefix - 1, binary_cheap,
                sizeof binary_cheap / sizeof *binary_cheap);
}
