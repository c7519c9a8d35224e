// slice.c — append's growth, make and copy for slices.
//
// cap() after append is visible to programs, so growth reproduces gc 1.19:
// double below 256 elements, then grow by (cap + 3*256)/4 until big enough,
// then round the byte size up to the allocator's size class and give the
// slice all of it.
#include "rt_internal.h"

#include <string.h>

enum { PAGE_SIZE = 8192, MAX_SMALL = 32768 };

// Go 1.19's malloc size classes (runtime/sizeclasses.go), in bytes.
static const uint16_t size_classes[] = {
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
    288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
    1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
    6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432,
    19072, 20480, 21760, 24576, 27264, 28672, 32768,
};

// Every allocation asks for its class (escgo_alloc counts bytes as gc
// would), so the classes are looked up, not searched, as gc's
// size_to_class8/size_to_class128 do: classes up to 1024 bytes are
// multiples of 8, those above multiples of 128.
enum { SMALL_LIMIT = 1024 };
static uint16_t class_by8[SMALL_LIMIT / 8 + 1], class_by128[(MAX_SMALL - SMALL_LIMIT) / 128 + 1];

static uint16_t class_at_least(uint64_t size) {
  size_t i = 0;
  while (size_classes[i] < size)
    i++;
  return size_classes[i];
}

__attribute__((constructor)) static void fill_class_tables(void) {
  for (size_t i = 0; i < sizeof class_by8 / sizeof class_by8[0]; i++)
    class_by8[i] = class_at_least(i * 8);
  for (size_t i = 0; i < sizeof class_by128 / sizeof class_by128[0]; i++)
    class_by128[i] = class_at_least(SMALL_LIMIT + i * 128);
}

// The smallest class >= size; large objects take whole pages.
uint64_t rt_roundupsize(uint64_t size) {
  if (size == 0)
    return 0;
  if (size <= SMALL_LIMIT)
    return class_by8[(size + 7) / 8];
  if (size <= MAX_SMALL)
    return class_by128[(size - SMALL_LIMIT + 127) / 128];
  if (size + PAGE_SIZE < size)
    return size;
  return (size + PAGE_SIZE - 1) & ~(uint64_t)(PAGE_SIZE - 1);
}

// Go's maxAlloc on linux/amd64: 48-bit addresses.
static const uint64_t MAX_ALLOC = (uint64_t)1 << 48;

static int64_t grow_cap(int64_t old, int64_t need) {
  int64_t doubled = old + old;
  if (need > doubled)
    return need;
  if (old < 256)
    return doubled;
  int64_t c = old;
  while (0 < c && c < need)
    c += (c + 3 * 256) / 4;
  return c <= 0 ? need : c;
}

void escgo_growslice(GoSlice *out, void *ptr, int64_t len, int64_t cap, int64_t newlen,
                     int64_t elem_size, int32_t elem_has_ptrs) {
  if (newlen < 0)   // len + n overflowed in the caller
    rt_panic_runtime("growslice: cap out of range", NULL);
  if (elem_size == 0) {   // zero-size elements need no memory
    *out = (GoSlice){escgo_alloc(0, 0), len, newlen};
    return;
  }
  int64_t newcap = grow_cap(cap, newlen);
  // For overflow checks the multiplication is done unsigned.
  unsigned __int128 want = (unsigned __int128)(uint64_t)newcap * (uint64_t)elem_size;
  if (want > MAX_ALLOC)
    rt_panic_runtime("growslice: cap out of range", NULL);
  uint64_t mem = rt_roundupsize((uint64_t)want);
  newcap = (int64_t)(mem / (uint64_t)elem_size);
  void *p = escgo_alloc(newcap * elem_size, elem_has_ptrs);
  if (len > 0)
    memmove(p, ptr, (size_t)(len * elem_size));
  *out = (GoSlice){p, len, newcap};
}

void *escgo_makeslice(int64_t len, int64_t cap, int64_t elem_size, int32_t elem_has_ptrs) {
  unsigned __int128 mem = (unsigned __int128)(uint64_t)cap * (uint64_t)elem_size;
  if (cap < 0 || mem > MAX_ALLOC || len < 0 || len > cap) {
    unsigned __int128 lmem = (unsigned __int128)(uint64_t)len * (uint64_t)elem_size;
    if (len < 0 || lmem > MAX_ALLOC)
      escgo_panic_makeslice_len();
    escgo_panic_makeslice_cap();
  }
  return escgo_alloc((int64_t)mem, elem_has_ptrs);
}

void escgo_unsafe_slice_check(const void *ptr, int64_t len, int64_t elem_size) {
  if (len < 0)
    rt_panic_runtime("unsafe.Slice: len out of range", NULL);
  // The slice may not run past the end of the address space (gc compares
  // with -uintptr(ptr), so a nil ptr allows only zero bytes).
  unsigned __int128 mem = (unsigned __int128)(uint64_t)len * (uint64_t)elem_size;
  if (mem > (uint64_t)-(uintptr_t)ptr) {
    if (!ptr)
      rt_panic_runtime("unsafe.Slice: ptr is nil and len is not zero", NULL);
    rt_panic_runtime("unsafe.Slice: len out of range", NULL);
  }
}

