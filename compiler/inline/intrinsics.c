// intrinsics.c — the functions gc 1.19 compiles to machine instructions on
// amd64 instead of calls (ssagen's intrinsics table): its inliner treats a
// call of one as an ordinary node (no call cost, never inlined), so
// bits.RotateLeft64 costs a caller 1, not its body's cost.
#include "internal.h"

#include <string.h>

static const char *const amd64_intrinsics[] = {
    "math.Sqrt", "math.FMA", "math.RoundToEven", "math.Floor", "math.Ceil", "math.Trunc",
    "math/bits.TrailingZeros64", "math/bits.TrailingZeros32", "math/bits.TrailingZeros16",
    "math/bits.TrailingZeros8", "math/bits.ReverseBytes64", "math/bits.ReverseBytes32",
    "math/bits.Len64", "math/bits.Len32", "math/bits.Len16", "math/bits.Len8",
    "math/bits.Len", "math/bits.RotateLeft8", "math/bits.RotateLeft16",
    "math/bits.RotateLeft32", "math/bits.RotateLeft64", "math/bits.RotateLeft",
    "math/bits.OnesCount64", "math/bits.OnesCount32", "math/bits.OnesCount16",
    "math/bits.OnesCount", "math/bits.Mul64", "math/bits.Mul", "math/bits.Add64",
    "math/bits.Add", "math/bits.Sub64", "math/bits.Sub", "math/bits.Div64", "math/bits.Div",
    NULL,
};

bool is_intrinsic(Func *f) {
  if (!f || !f->lname)
    return false;
  for (int i = 0; amd64_intrinsics[i]; i++)
    if (!strcmp(f->lname, amd64_intrinsics[i]))
      return true;
  return false;
}
