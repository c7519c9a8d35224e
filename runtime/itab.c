// itab.c — interface method dispatch: itables built from the method tables
// codegen puts in every GoType (sorted by name, like gc's uncommon type),
// cached per (interface, dynamic type) pair; type assertion failures.
#include "rt_internal.h"

#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

typedef struct Itab {
  const GoType *iface, *type;
  struct Itab *next;
  void *fun[];            // iface->nmethods code pointers
} Itab;

enum { ITAB_BUCKETS = 1024 };
static Itab *_Atomic itab_table[ITAB_BUCKETS];
static pthread_mutex_t itab_lock = PTHREAD_MUTEX_INITIALIZER;

// The method of t matching m (name and signature), or NULL. Both lists are
// sorted by name: a merge would do, a scan keeps it simple.
static const GoMethod *find_method(const GoType *t, const GoMethod *m) {
  for (int64_t i = 0; i < t->nmethods; i++)
    if (strcmp(t->methods[i].name, m->name) == 0)
      return strcmp(t->methods[i].sig, m->sig) == 0 ? &t->methods[i] : NULL;
  return NULL;
}

// The first method of iface that t lacks, or NULL.
static const char *missing(const GoType *iface, const GoType *t) {
  for (int64_t i = 0; i < iface->nmethods; i++)
    if (!find_method(t, &iface->methods[i]))
      return iface->methods[i].name;
  return NULL;
}

bool escgo_implements(const GoType *iface, const GoType *t) { return t && missing(iface, t) == NULL; }

static size_t bucket(const GoType *iface, const GoType *t) {
  uintptr_t h = (uintptr_t)iface * 31 + (uintptr_t)t;
  return (h >> 4) % ITAB_BUCKETS;
}

static Itab *lookup(size_t b, const GoType *iface, const GoType *t) {
  for (Itab *it = itab_table[b]; it; it = it->next)
    if (it->iface == iface && it->type == t)
      return it;
  return NULL;
}

void **escgo_itab(const GoType *iface, const GoType *t) {
  size_t b = bucket(iface, t);
  Itab *it = lookup(b, iface, t);
  if (it)
    return it->fun;
  pthread_mutex_lock(&itab_lock);
  it = lookup(b, iface, t);
  if (!it) {
    // Itables live as long as the program: plain malloc, never collected
    // (they hold only pointers to static code and descriptors).
    it = malloc(sizeof(Itab) + sizeof(void *) * (size_t)(iface->nmethods + 1));
    if (!it)
      rt_fatal("out of memory");
    it->iface = iface;
    it->type = t;
    for (int64_t i = 0; i < iface->nmethods; i++) {
      const GoMethod *m = find_method(t, &iface->methods[i]);
      it->fun[i] = m ? m->fn : NULL;
    }
    it->next = itab_table[b];
    itab_table[b] = it;   // published after it is complete
  }
  pthread_mutex_unlock(&itab_lock);
  return it->fun;
}

// A call site's inline cache (codegen/iface.c) starts here: no dynamic type
// is NULL, so the first call asks escgo_itab_site, which remembers the
// site's itable. Codegen reads an Itab's second word (type) and its code
// pointers from the fourth: keep the layout.
const Itab escgo_itab_none;

void **escgo_itab_site(const GoType *iface, const GoType *t, const Itab **site) {
  void **fun = escgo_itab(iface, t);
  const Itab *it = (const Itab *)((char *)fun - offsetof(Itab, fun));
  __atomic_store_n(site, it, __ATOMIC_RELEASE);
  return fun;
}

void *escgo_string_method(const GoType *t, const char *name) {
  if (!t)
    return NULL;
  for (int64_t i = 0; i < t->nmethods; i++)
    if (strcmp(t->methods[i].name, name) == 0)
      return strcmp(t->methods[i].sig, "func() string") == 0 ? t->methods[i].fn : NULL;
  return NULL;
}

_Noreturn void escgo_panic_assert(const GoType *iface, const GoType *have, const GoType *want) {
  RtBuf b;
  rtbuf_init(&b);
  rtbuf_puts(&b, "interface conversion: ");
  if (want->kind == GK_INTERFACE) {
    if (!have) {
      rtbuf_puts(&b, "interface is nil, not ");
      rtbuf_puts(&b, want->str);
    } else {
      rtbuf_puts(&b, have->str);
      rtbuf_puts(&b, " is not ");
      rtbuf_puts(&b, want->str);
      rtbuf_puts(&b, ": missing method ");
      const char *name = missing(want, have);   // "path.m" for an unexported m
      const char *dot = strrchr(name, '.');
      rtbuf_puts(&b, dot ? dot + 1 : name);
    }
  } else {
    rtbuf_puts(&b, iface->str);
    rtbuf_puts(&b, " is ");
    rtbuf_puts(&b, have ? have->str : "nil");
    rtbuf_puts(&b, ", not ");
    rtbuf_puts(&b, want->str);
  }
  rt_panic_type_assertion(b.data, b.len);
}

// A package's module calls this before main for each type descriptor it
// has a method table for (codegen/types.c): descriptors are shared by name
// across modules and the linker keeps one copy, perhaps one emitted where
// the type was never converted to an interface, without the table.
void escgo_install_methods(GoType *t, const GoMethod *methods, int64_t n, const GoType *ptrto) {
  if (!t->nmethods) {
    t->methods = methods;
    t->nmethods = n;
  }
  if (!t->ptrto)
    t->ptrto = ptrto;
}
