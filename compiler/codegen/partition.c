// codegen/partition.c — one finished module cut into parts, so that LLVM's
// passes and object emission (most of a big program's build time) run in
// parallel, one process per part (driver/build.c forks them).
//
// Every process holds the whole module and keeps its own part: the
// functions assigned to other parts become declarations. The assignment is
// computed from the module alone, so every process computes the same one.
// What crosses a part boundary gets hidden external linkage; what each part
// may need is kept as it is:
//   - constant local globals (strings, boxed constants, tables) are copied
//     into every part: only their contents matter;
//   - linkonce_odr globals and functions (type descriptors) are left alone:
//     the linker keeps one copy of each;
//   - every other global (package variables) lives in part 0, declared in
//     the others, so there is one copy of each variable.
// An internal function is kept with the functions that use it (when few
// do), so LLVM can still inline it wherever it could before; the others
// are balanced by instruction count.
#include "internal.h"

#include <string.h>

// An internal function used by more functions than this is not worth
// tying them together: it becomes hidden external where needed instead.
enum { GROUP_MAX_USERS = 8 };
// Below this many instructions per part, splitting saves less than the
// extra process and the lost cross-part optimisation cost.
enum { PART_MIN_INSTRS = 20000 };

typedef struct {
  LLVMValueRef fn;
  int index;
} FnKey;

typedef struct {
  LLVMModuleRef mod;
  int n;            // defined functions, in module order
  LLVMValueRef *fns;
  FnKey *byptr;     // the same, sorted by pointer (fn_index)
  int *parent;      // union-find over functions
  long *size;       // instructions of each function
  int *part;        // the part each function belongs to
} Split;

static int cmp_key(const void *a, const void *b) {
  uintptr_t x = (uintptr_t)((const FnKey *)a)->fn, y = (uintptr_t)((const FnKey *)b)->fn;
  return x < y ? -1 : x > y;
}

// The index of a defined function, -1 for anything else.
static int fn_index(Split *s, LLVMValueRef fn) {
  FnKey k = {fn, 0};
  FnKey *hit = bsearch(&k, s->byptr, s->n, sizeof k, cmp_key);
  return hit ? hit->index : -1;
}

static long count_instrs(LLVMValueRef fn) {
  long n = 0;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in; in = LLVMGetNextInstruction(in))
      n++;
  return n;
}

static void collect(Split *s, LLVMModuleRef mod) {
  *s = (Split){.mod = mod};
  for (LLVMValueRef f = LLVMGetFirstFunction(mod); f; f = LLVMGetNextFunction(f))
    s->n += LLVMCountBasicBlocks(f) > 0;
  s->fns = xmalloc(sizeof(LLVMValueRef) * (s->n + 1));
  s->byptr = xmalloc(sizeof(FnKey) * (s->n + 1));
  s->parent = xmalloc(sizeof(int) * (s->n + 1));
  s->size = xmalloc(sizeof(long) * (s->n + 1));
  s->part = xmalloc(sizeof(int) * (s->n + 1));
  int i = 0;
  for (LLVMValueRef f = LLVMGetFirstFunction(mod); f; f = LLVMGetNextFunction(f)) {
    if (!LLVMCountBasicBlocks(f))
      continue;
    s->fns[i] = f;
    s->byptr[i] = (FnKey){f, i};
    s->parent[i] = i;
    s->size[i] = count_instrs(f);
    i++;
  }
  qsort(s->byptr, s->n, sizeof(FnKey), cmp_key);
}

static void free_split(Split *s) {
  free(s->fns);
  free(s->byptr);
  free(s->parent);
  free(s->size);
  free(s->part);
}

static int find(Split *s, int i) {
  while (s->parent[i] != i)
    i = s->parent[i] = s->parent[s->parent[i]];
  return i;
}

static void unite(Split *s, int a, int b) {
  a = find(s, a);
  b = find(s, b);
  if (a != b)   // the smaller index is the root: the result does not depend on order
    s->parent[a > b ? a : b] = a < b ? a : b;
}

// ---- who uses a value
//
// The users of v that count for partitioning: the defined functions whose
// instructions use it (through constant casts too), up to max of them in
// out; *global is set when a global's initializer (or anything else that
// is not an instruction) uses it. Returns how many functions were found,
// max + 1 when there were more.
static int users(Split *s, LLVMValueRef v, int *out, int max, bool *global) {
  int n = 0;
  for (LLVMUseRef u = LLVMGetFirstUse(v); u && n <= max; u = LLVMGetNextUse(u)) {
    LLVMValueRef user = LLVMGetUser(u);
    if (LLVMIsAInstruction(user)) {
      int fi = fn_index(s, LLVMGetBasicBlockParent(LLVMGetInstructionParent(user)));
      bool seen = fi < 0;
      for (int k = 0; k < n && !seen; k++)
        seen = out[k] == fi;
      if (!seen) {
        if (n < max)
          out[n] = fi;
        n++;
      }
    } else if (LLVMIsAConstantExpr(user)) {
      int more = users(s, user, out + n, max - n, global);
      n += more;   // (a function counted twice through two casts only makes n larger)
    } else {
      *global = true;
    }
  }
  return n;
}

// True when something outside part `home` uses v: a function of another
// part, or a global (copied into every part, or living in part 0).
static bool used_elsewhere(Split *s, LLVMValueRef v, int home) {
  for (LLVMUseRef u = LLVMGetFirstUse(v); u; u = LLVMGetNextUse(u)) {
    LLVMValueRef user = LLVMGetUser(u);
    if (LLVMIsAInstruction(user)) {
      int fi = fn_index(s, LLVMGetBasicBlockParent(LLVMGetInstructionParent(user)));
      if (fi < 0 || s->part[fi] != home)
        return true;
    } else if (LLVMIsAConstantExpr(user)) {
      if (used_elsewhere(s, user, home))
        return true;
    } else {
      return true;
    }
  }
  return false;
}

static bool is_local(LLVMLinkage l) { return l == LLVMInternalLinkage || l == LLVMPrivateLinkage; }

// Definitions partitioning may move or declare: external or local ones.
// linkonce_odr and the like stay in every part that has them.
static bool movable(LLVMValueRef g) {
  LLVMLinkage l = LLVMGetLinkage(g);
  return l == LLVMExternalLinkage || is_local(l);
}

// ---- the assignment

// Ties each internal function to the few functions that use it.
static void group_internal(Split *s) {
  int found[GROUP_MAX_USERS];
  for (int i = 0; i < s->n; i++) {
    if (!is_local(LLVMGetLinkage(s->fns[i])))
      continue;
    bool global = false;
    int n = users(s, s->fns[i], found, GROUP_MAX_USERS, &global);
    for (int k = 0; k < n && n <= GROUP_MAX_USERS; k++)
      unite(s, i, found[k]);
  }
}

typedef struct {
  int root;
  long size;
} Group;

static int cmp_group(const void *a, const void *b) {
  const Group *x = a, *y = b;
  if (x->size != y->size)
    return x->size > y->size ? -1 : 1;
  return x->root - y->root;
}

// Biggest groups first, each into the part with the fewest instructions so
// far (ties: the lowest part).
static void assign(Split *s, int nparts) {
  group_internal(s);
  Group *g = xmalloc(sizeof(Group) * (s->n + 1));
  long *gsize = xmalloc(sizeof(long) * (s->n + 1));
  for (int i = 0; i < s->n; i++)
    gsize[i] = 0;
  for (int i = 0; i < s->n; i++)
    gsize[find(s, i)] += s->size[i];
  int ng = 0;
  for (int i = 0; i < s->n; i++)
    if (find(s, i) == i)
      g[ng++] = (Group){i, gsize[i]};
  qsort(g, ng, sizeof(Group), cmp_group);
  long *load = xmalloc(sizeof(long) * nparts);
  int *gpart = xmalloc(sizeof(int) * (s->n + 1));   // the part of each group root
  for (int p = 0; p < nparts; p++)
    load[p] = 0;
  for (int k = 0; k < ng; k++) {
    int best = 0;
    for (int p = 1; p < nparts; p++)
      if (load[p] < load[best])
        best = p;
    load[best] += g[k].size;
    gpart[g[k].root] = best;
  }
  for (int i = 0; i < s->n; i++)
    s->part[i] = gpart[find(s, i)];
  free(g);
  free(gsize);
  free(gpart);
  free(load);
}

int cg_partition_count(LLVMModuleRef mod, int ncpu) {
  long total = 0;
  for (LLVMValueRef f = LLVMGetFirstFunction(mod); f; f = LLVMGetNextFunction(f))
    total += count_instrs(f);
  long n = total / PART_MIN_INSTRS;
  return n < 1 ? 1 : n < ncpu ? (int)n : ncpu;
}

// ---- cutting

// A symbol that crosses parts needs a name the linker can match.
static void ensure_name(LLVMValueRef g, const char *kind, int i) {
  size_t len;
  LLVMGetValueName2(g, &len);
  if (!len) {
    char *name = xfmt("escgo.part.%s%d", kind, i);
    LLVMSetValueName2(g, name, strlen(name));
    free(name);
  }
}

static void make_hidden_external(LLVMValueRef g, const char *kind, int i) {
  ensure_name(g, kind, i);
  LLVMSetLinkage(g, LLVMExternalLinkage);
  LLVMSetVisibility(g, LLVMHiddenVisibility);
}

// Replaces fn (defined in another part) by a declaration of the same name,
// type and attributes (optnone is about the body, which is gone).
static void declare_instead(LLVMModuleRef mod, LLVMValueRef fn) {
  bool local = is_local(LLVMGetLinkage(fn));
  LLVMVisibility vis = LLVMGetVisibility(fn);
  LLVMValueRef decl = LLVMAddFunction(mod, "", LLVMGlobalGetValueType(fn));
  LLVMSetFunctionCallConv(decl, LLVMGetFunctionCallConv(fn));
  unsigned idx = (unsigned)LLVMAttributeFunctionIndex;
  unsigned na = LLVMGetAttributeCountAtIndex(fn, idx);
  LLVMAttributeRef *attrs = xmalloc(sizeof(LLVMAttributeRef) * (na + 1));
  LLVMGetAttributesAtIndex(fn, idx, attrs);
  unsigned optnone = LLVMGetEnumAttributeKindForName("optnone", 7);
  for (unsigned k = 0; k < na; k++)
    if (LLVMIsStringAttribute(attrs[k]) || LLVMGetEnumAttributeKind(attrs[k]) != optnone)
      LLVMAddAttributeAtIndex(decl, idx, attrs[k]);
  free(attrs);
  LLVMReplaceAllUsesWith(fn, decl);
  size_t len;
  char *name = xstrdup(LLVMGetValueName2(fn, &len));
  LLVMDeleteFunction(fn);   // the body goes with it, its references dropped first
  LLVMSetValueName2(decl, name, len);
  free(name);
  LLVMSetVisibility(decl, local ? LLVMHiddenVisibility : vis);
}

// Functions: this part's stay (exported if another part uses them), the
// others' become declarations. Decided before anything changes, since
// declaring one function changes who uses the others.
static void cut_functions(Split *s, int part) {
  bool *export = xmalloc(sizeof(bool) * (s->n + 1));
  for (int i = 0; i < s->n; i++)
    export[i] = s->part[i] == part && movable(s->fns[i]) && is_local(LLVMGetLinkage(s->fns[i])) &&
                used_elsewhere(s, s->fns[i], part);
  for (int i = 0; i < s->n; i++) {
    if (!movable(s->fns[i]))
      continue;
    if (export[i])
      make_hidden_external(s->fns[i], "f", i);
    else if (s->part[i] != part) {
      ensure_name(s->fns[i], "f", i);
      declare_instead(s->mod, s->fns[i]);
    }
  }
  free(export);
}

// Globals: constant local ones are copied into every part; the others
// live in part 0 and are declared elsewhere; llvm.* (constructors, used
// lists) belong to part 0 alone.
static void cut_globals(Split *s, int part) {
  int i = 0;
  for (LLVMValueRef g = LLVMGetFirstGlobal(s->mod), next; g; g = next, i++) {
    next = LLVMGetNextGlobal(g);
    if (LLVMIsDeclaration(g))
      continue;
    size_t len;
    const char *name = LLVMGetValueName2(g, &len);
    if (len > 5 && !strncmp(name, "llvm.", 5)) {
      if (part != 0)
        LLVMDeleteGlobal(g);
      continue;
    }
    bool local = is_local(LLVMGetLinkage(g));
    if (!movable(g) || (local && LLVMIsGlobalConstant(g)))
      continue;
    if (part == 0) {
      if (local && used_elsewhere(s, g, 0))
        make_hidden_external(g, "g", i);
      continue;
    }
    LLVMVisibility vis = LLVMGetVisibility(g);
    ensure_name(g, "g", i);
    LLVMSetInitializer(g, NULL);
    LLVMSetComdat(g, NULL);
    LLVMSetLinkage(g, LLVMExternalLinkage);
    LLVMSetVisibility(g, local ? LLVMHiddenVisibility : vis);
  }
}

// True when v has a use that matters: LLVM keeps a constant expression
// (a cast of a global) alive after its last user is gone.
static bool live_uses(LLVMValueRef v) {
  for (LLVMUseRef u = LLVMGetFirstUse(v); u; u = LLVMGetNextUse(u)) {
    LLVMValueRef user = LLVMGetUser(u);
    if (!LLVMIsAConstantExpr(user) || live_uses(user))
      return true;
  }
  return false;
}

// Declarations nothing uses any more (the other parts' functions and
// variables that only other parts used): a hidden declaration is written
// to the object as an undefined symbol even unused, which the linker
// refuses when no pass (-O0) has deleted it. With default visibility an
// unused declaration writes nothing.
static void unhide_unused_declarations(LLVMModuleRef mod) {
  for (LLVMValueRef f = LLVMGetFirstFunction(mod); f; f = LLVMGetNextFunction(f))
    if (LLVMIsDeclaration(f) && !live_uses(f))
      LLVMSetVisibility(f, LLVMDefaultVisibility);
  for (LLVMValueRef g = LLVMGetFirstGlobal(mod); g; g = LLVMGetNextGlobal(g))
    if (LLVMIsDeclaration(g) && !live_uses(g))
      LLVMSetVisibility(g, LLVMDefaultVisibility);
}

// The names of the module's own definitions that only it may see (local
// linkage), each unnamed one named first as every part will name it.
// Splitting makes those a part boundary crosses hidden external: unique in
// a program's one module, but two packages' modules may both have, say,
// escgo.install_methods. The driver makes them local again once a
// package's parts are joined (driver/build.c).
void cg_partition_local_names(LLVMModuleRef mod, Vec *names) {
  Split s;
  collect(&s, mod);
  for (int i = 0; i < s.n; i++)
    if (is_local(LLVMGetLinkage(s.fns[i]))) {
      ensure_name(s.fns[i], "f", i);
      vec_push(names, xstrdup(LLVMGetValueName(s.fns[i])));
    }
  int i = 0;
  for (LLVMValueRef g = LLVMGetFirstGlobal(mod); g; g = LLVMGetNextGlobal(g), i++)
    if (!LLVMIsDeclaration(g) && is_local(LLVMGetLinkage(g))) {
      ensure_name(g, "g", i);
      vec_push(names, xstrdup(LLVMGetValueName(g)));
    }
  free_split(&s);
}

void cg_partition_keep(LLVMModuleRef mod, int part, int nparts) {
  Split s;
  collect(&s, mod);
  assign(&s, nparts);
  // Globals first: their uses are counted by the functions that still exist.
  cut_globals(&s, part);
  cut_functions(&s, part);
  unhide_unused_declarations(mod);
  free_split(&s);
}
