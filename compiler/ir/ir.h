// ir.h — escgo's intermediate representation.
//
// The IR is a typed tree, like gc's own ir.Node after walk's "order" phase:
// every implicit operation of Go is explicit here (automatic dereference,
// conversion to interface, the variadic slice, zero-initialisation, bounds
// and nil checks are codegen's job but always implied by a node kind), and
// every place that may need memory is an allocation *site* (Site) whose
// verdict — stack or heap — is decided by escape analysis (escape/) and only
// read by codegen (codegen.c):
//
//    lower.c creates Site  ->  escape/ sets verdict  ->  codegen reads it:
//       V_STACK: an entry-block alloca, zeroed at the site every time it runs
//       V_HEAP:  a call to the runtime's counting allocator escgo_alloc()
//
// Every IRExpr has a Go type (`type`); places (lvalues) are IR_VAR, IR_DEREF,
// IR_FIELD, IR_INDEX (of an addressable array) and IR_SLICEINDEX.
#ifndef ESCGO_IR_H
#define ESCGO_IR_H

#include "check/check.h"

typedef struct IRExpr IRExpr;
typedef struct IRStmt IRStmt;
typedef struct Var Var;
typedef struct Func Func;
typedef struct Site Site;

typedef enum { V_UNDECIDED, V_STACK, V_HEAP } Verdict;

typedef enum {
  SITE_VAR,        // a variable that needs memory of its own (address taken): "moved to heap: x"
  SITE_NEW,        // new(T)
  SITE_ADDRLIT,    // &T{...}
  SITE_MAKESLICE,  // make([]T, n[, m])   (stack only if the size is constant and small)
  SITE_SLICELIT,   // []T{...}            backing array
  SITE_VARIADIC,   // the implicit slice of a variadic call: "... argument"
  SITE_BOX,        // conversion to interface of a non-pointer-shaped value
  SITE_CONCAT,     // a + b (strings)
  SITE_STR2BYTES,  // []byte(s)
  SITE_BYTES2STR,  // string(b)
  SITE_STR2RUNES,  // []rune(s)
  SITE_RUNES2STR,  // string(r []rune)
  SITE_RUNE2STR,   // string(rune)
  SITE_MAKEMAP,    // make(map[K]V[, hint]) or map[K]V{...}: the map header (entries are
                   // always on the heap); type: MAP_HDR_TYPE words
  SITE_CLOSURE,    // a func literal's context object {fn, captured vars}: "func literal"
  SITE_METHVAL,    // a method value's context object {fn, receiver}: "x.M"
} SiteKind;

struct Site {
  int id;              // 1.. in creation order within the program
  SiteKind kind;
  Pos pos;             // gc's position of the diagnostic for this site
  char *spell;         // gc's printable form: "&User{...}", "make([]int, n)", "... argument",
                       // "x" (variable), "(interface {})(x)" / "x" for an implicit conversion
  char *verdict_spell; // -m=2, when the verdict line spells it otherwise (NULL: spell): a
                       // devirtualized call is v.(T).M() in the explanations, T.M(v.(T)) after
  Type *type;          // type of the object stored at the site (T for new(T), [n]T for slices)
  int64_t count;       // SITE_MAKESLICE with constant size: number of elements; else -1
  Var *var;            // SITE_VAR: the variable
  Func *fn;            // enclosing function
  int loop_depth;      // loop nesting at the site (gc's loopDepth: 1 = function body)
  bool quiet;          // a temporary gc does not report (interface comparisons): always stack
  bool unreported;     // analysed as usual but never printed by -m (gc's go/defer wrappers)
  bool wrapper_closure; // a go/defer wrapper's closure: no verdict line, but -m=2 explains
                        // its flows like any other location's (as gc does)
  bool late;           // a conversion gc's walk makes after escape analysis (v, ok = x.(T) into
                       // an interface): never analysed nor printed, always heap; its operand
                       // flows on as if unconverted
  Verdict verdict;
  const char *reason;  // why heap: "escapes", "too large for stack", "non-constant size", "-escape=off"
  void *esc;           // escape/: its graph location
  Site *inlined_from;  // inline/: the callee's site this copy stands for (where a profile
                       // places it: gc's profiles show the inlined function and line)
};

// gc's stack limits (ir.MaxStackVarSize, ir.MaxImplicitStackVarSize): a
// variable, or an object of new/&T{}/make/a closure, bigger than this is on
// the heap whatever flows; -smallframes makes them smaller.
static inline int64_t max_stack_var_size(void) { return flags.small_frames ? 128 << 10 : 10 << 20; }
static inline int64_t max_implicit_stack_var_size(void) {
  return flags.small_frames ? 16 << 10 : 64 << 10;
}

typedef enum { VAR_LOCAL, VAR_PARAM, VAR_RESULT, VAR_GLOBAL, VAR_TEMP } VarKind;

struct Var {
  int id;
  VarKind kind;
  char *name;          // Go name; temps: ".autotmp_N"; unnamed results "~r0"
  Type *type;
  Pos pos;
  Func *fn;            // NULL for globals
  char *lname;         // globals: link name "path.name", or the symbol //go:linkname gave it
  Site *site;          // non-NULL: the variable lives in this site's memory (its address is
                       // taken). Params/results with a site are copied into it at entry.
  int loop_depth;
  bool addrtaken;
  // A closure's copy of a variable of an enclosing function (Func.captures):
  // `outer` is that variable; byref: the context holds its address, else its value.
  Var *outer;
  bool byref;
  int cap_index;       // field of the closure context (1..; 0 is the code pointer)
  Pos capture_pos;     // ... where the closure first refers to it (gc's closure variable)
  bool reassigned;     // assigned after its declaration (gc's location.reassigned; capture_prepass)
  bool range_temp;     // a range statement's copy of its operand: gc's unnamed {temp} in -m=2
  bool pair_temp;      // holds one value of a parallel assignment until all are evaluated
  bool switch_guard;   // holds a type switch's operand for clauses that bind a variable:
                       // escape/ flows the operand into those at the switch, as gc does
  bool escape_temp;    // one of the temporaries gc's escape analysis makes (a pointer kept
                       // alive across a //go:uintptrescapes call): -m=2 spells its
                       // declaration `.autotmp_N = x`, at its position
  bool methval_recv;   // holds a method value's receiver: escape/ flows it at the method
                       // value, as gc's OMETHVALUE (not as a closure's capture)
  bool read;           // codegen: a global some expression reads (see emit_globals)
  IRExpr *temp_init;   // VAR_TEMP: the value it was declared with (escape/ looks through
                       // temporaries for self-assignments: gc's analysis runs before they exist)
  Node *select_send;   // holds the value a select's send case sends: that N_SENDSTMT
  Func *static_fn;     // never reassigned and initialised with a known function (gc's StaticValue)
  Type *static_dyn;    // ... an interface initialised by boxing this concrete type (devirtualization)
  bool defined_once;   // declared with a value, never assigned again nor address-taken: gc's
                       // Defn, through which its StaticValue looks (an inlined call's result)
  void *cg;            // codegen: LLVMValueRef of the storage pointer (alloca or global)
  void *esc;           // escape/: its graph location
};

typedef enum {
  // values
  IR_CONST,        // type is a typed basic type: ival (ints, bool as 0/1), fval, fval+fimag
                   // (complex), sval/slen (string)
  IR_ZERO,         // the zero value of `type` (nil for pointers, slices, interfaces, maps, funcs)
  IR_VAR,          // var (a place)
  IR_DEREF,        // *x (a place); x is a pointer; nil check
  IR_FIELD,        // x.fields[field] (a place if x is); x has struct type
  IR_INDEX,        // x[y], x of array type (a place if x is); bounds-checked against len
  IR_SLICEINDEX,   // x[y], x a slice value; a place; bounds-checked
  IR_STRINDEX,     // x[y], x a string; yields a byte; bounds-checked
  IR_ADDR,         // &x of a place x -> *T
  IR_UNARY,        // op x: op is T_SUB (negate), T_NOT, T_XOR (complement)
  IR_BINARY,       // x op y: T_ADD T_SUB T_MUL T_QUO T_REM T_AND T_OR T_XOR T_AND_NOT T_SHL T_SHR
                   //         T_EQL T_NEQ T_LSS T_LEQ T_GTR T_GEQ.  x and y have the same type,
                   //         except shifts (y any integer type). Comparisons yield `type`
                   //         (bool or a named bool). Operand type may be string, interface,
                   //         pointer, struct, array (==, !=). Division checks zero and
                   //         MinInt/-1; shifts follow Go (count >= width, negative panics).
  IR_ANDAND, IR_OROR,
  IR_CONV,         // numeric/bool/string/pointer conversion between types with no allocation
                   // (int widths, int<->float, float32<->float64, complex64<->complex128,
                   // named<->underlying)
  IR_COMPLEX,      // complex(x, y): x and y floats of the same type -> complex `type`
  IR_REAL, IR_IMAG,  // real(x), imag(x): x complex -> its float part
  IR_BOX,          // x -> interface `type`; site NULL when x is pointer-shaped (data word = x)
                   // ival 1: a conversion gc's walk makes after escape analysis (late_box)
  IR_CALL,         // fn(args...), direct call to a Go function; type: result, TY_TUPLE, or NULL;
                   // ival 1: made by devirtualizing (lower/method.c, inline/devirt.c), which gc
                   // does after inlining: never inlined itself; ival IR_CALL_DICT: a method
                   // called on a type parameter's value, which gc's shape body calls through
                   // its dictionary (escape: an unknown callee; never inlined)
  IR_RTCALL,       // rtsym(args...) a runtime/package function (C); see "RTCALL ABI" below
  IR_EXTRACT,      // field `field` of a TY_TUPLE value x
  IR_LEN, IR_CAP,  // of string, slice (arrays are constants)
  IR_NEW,          // site: pointer to fresh zeroed memory of site->type (new(T))
  IR_COMPLIT,      // value of struct/array `type`: args[i] stored at element/field idx[i]; rest zero
  IR_ADDRLIT,      // site + x (an IR_COMPLIT or IR_ZERO of the elem type): allocate, store, -> *T
  IR_MAKESLICE,    // site; x = len, y = cap (NULL: same as len) -> []T; panics as gc
  IR_SLICELIT,     // site (backing array [n]T); args at idx -> []T with len = cap = n
  IR_SLICE,        // x[y:z:w]: x is a slice, a string, or a *array (lower takes &a for arrays)
  IR_APPEND,       // append(x, args...) ; or, when y != NULL, append(x, y...) (y slice or string)
  IR_COPY,         // copy(x, y) -> int ; y slice or string
  IR_CONCAT,       // site; args (strings) -> string
  IR_STR2BYTES, IR_BYTES2STR, IR_STR2RUNES, IR_RUNES2STR, IR_RUNE2STR,  // site; x
  IR_DECODERUNE,   // x string, y int index -> TY_TUPLE (rune, next index); for range over strings
  // maps (lower/map.c, codegen/map.c, runtime/map.c). A map value is a pointer to its header.
  IR_MAKEMAP,      // site; x = hint or NULL; a literal's entries in args: key0, value0, key1, ...
  IR_MAPINDEX,     // x[y], x a map: value (zero if missing), or with a TY_TUPLE type (value,
                   // bool) the comma-ok form; as the place of IR_S_ASSIGN, a store (m[k] = v)
  IR_MAPDELETE,    // delete(x, y); no value
  IR_MAPITERINIT,  // var (a MAP_ITER_TYPE temp) starts a range loop over map x; no value
  IR_MAPITERNEXT,  // var: advance; bool (false: done)
  IR_MAPITERKEY,   // var: the current key (type K)
  IR_MAPITERVAL,   // var: the current value (type V); x = the map (for escape analysis)
  // methods and interfaces (lower/method.c)
  IR_ICALL,        // x.M(args...): x an interface value, field = M's index in under(x->type)->methods
                   // (sorted by name); dispatch through the itable of x's dynamic type
  IR_ASSERT,       // x.(T): x an interface value, T = `type`; ival = 1: the comma-ok form,
                   // `type` is then TY_TUPLE (T, bool). Panics with gc's text otherwise.
  // func values (lower/closure.c). A func value is a pointer to a context
  // object whose word 0 is the code pointer; the code takes the context as a
  // hidden first argument.
  IR_FUNCVALUE,    // the top-level function fn as a value (a static context: no allocation)
  IR_CLOSURE,      // func literal fn: site (SITE_CLOSURE) + args = captured values / addresses
                   // in fn->captures order
  IR_CALLVALUE,    // call of the func value x with args; fn: the callee if known statically
                   // (gc's StaticValue), for escape analysis and a direct call
  IR_RECOVER,      // recover() -> interface{}; x: the recover token to use (`defer recover()`:
                   // the deferring function's, captured by the wrapper), NULL: this function's
  IR_RECOVERTOKEN, // this function's recover token (unsafe.Pointer): what recover() checks,
                   // set when the function is called directly by a panic as a deferred call
  // channels (lower/chan.c, codegen/chan.c, runtime/chan.c). A chan value is a GoChan*.
  IR_MAKECHAN,     // make(chan T[, x]): x = size (int) or NULL; always the heap, never reported
  IR_RECV,         // <-x: the element (zero if closed), or with a TY_TUPLE type (value, ok).
                   // In a select case y is set: x and y are then the temps (value, ok) the
                   // IR_SELECT filled, and the node just reads them.
  IR_SELECT,       // the select of a statement: case i is args[2i] (channel) and args[2i+1]
                   // (send: the value; receive: an IR_VAR temp receiving it); idx[i] = 1 send,
                   // 0 receive; ival = has default; y = IR_VAR bool temp for the receive's ok.
                   // Value: the index of the case that ran, -1 for default (type int)
  // package unsafe, and Go 1.17's conversion of a slice to an array pointer
  IR_UNSAFEADD,    // unsafe.Add(x, y): x an unsafe.Pointer, y an int offset (gc's OUNSAFEADD)
  IR_UNSAFESLICE,  // unsafe.Slice(x, y): x a *T, y an int length -> []T, with gc's panics
  IR_SLICE2ARRPTR, // (*[N]T)(x), x a []T: x's data pointer; panics if len(x) < N
  // inline/: a call of fn expanded in place (gc's OINLCALL): run `body`, a
  // block of three statements: a block declaring the parameters from the
  // arguments and the results; the callee's statements, its returns turned
  // into assignments to the result variables and a jump to the end; the end
  // label. The value is then args[0] (one result) or the tuple of args
  // (several; type TY_TUPLE); no args: no value.
  IR_INLCALL,
  IR_NUM_KINDS
} IRKind;

enum { IR_CALL_DICT = 2 };   // IR_CALL's ival (above)

// 144 bytes (a 20,000-line program has about 100,000): what only one
// group of kinds uses shares a union, read only after a test of kind.
struct IRExpr {
  IRKind kind : 16;
  TokKind op : 16;
  int field;           // IR_FIELD, IR_EXTRACT
  Pos pos;
  Type *type;
  IRExpr *x, *y, *z, *w;
  IRExpr **args;
  int nargs;
  Var *var;
  Func *fn;
  Site *site;
  int64_t ival;
  Node *src;           // the source expression (for -m=2 explanations), or NULL
  union {
    struct {           // IR_CONST
      double fval;     // floats; a complex number's real part
      union {
        char *sval;    // strings (slen bytes)
        double fimag;  // a complex number's imaginary part
      };
      int64_t slen;
    };
    struct {
      const char *rtsym;   // IR_RTCALL: C symbol
      int64_t *idx;        // IR_COMPLIT / IR_SLICELIT / IR_SELECT: element index (or field number) of args[i]
    };
    IRStmt *body;          // IR_INLCALL: the inlined statements
  };
};
_Static_assert(sizeof(IRExpr) == 144, "IRExpr grew (see above)");

typedef enum {
  IR_S_EXPR,       // x
  IR_S_DECL,       // var declared here (fresh storage each execution if var->site); x = init or NULL (zero)
  IR_S_ASSIGN,     // x (place) = y
  IR_S_BLOCK,      // stmts
  IR_S_IF,         // if x { body } else { els }
  IR_S_FOR,        // for ; x ; post { body }   x NULL = forever; continue goes to post
  IR_S_BREAK,      // target: the IR_S_FOR or IR_S_SWITCH it leaves
  IR_S_CONTINUE,   // target: the IR_S_FOR
  IR_S_RETURN,     // args: values, one per result (lower fills named results)
  IR_S_SWITCH,     // clauses: each has conds (bool exprs, evaluated in order), body, fallthrough;
                   //          default clause: nconds == 0, tried last but placed in order
  IR_S_PANIC,      // panic(x): x is an interface value
  IR_S_PRINT,      // print/println builtin: args (typed), newline = println (spaces between)
  IR_S_GOTO, IR_S_LABEL,  // label name in `label`
  IR_S_DEFER,      // defer x(): x is a func value (IR_FUNCVALUE, IR_CLOSURE or a value) called
                   // with no arguments at function exit; lower wraps defer f(a) as gc 1.19 does:
                   // t := a; defer func() { f(t) }()
  IR_S_GO,         // go x(): x a func value as for IR_S_DEFER, run on a new goroutine
  IR_S_SEND,       // x <- y
  IR_S_NUM_KINDS
} IRStmtKind;

// A range loop gc's walk replaces by a clear once escape analysis is done
// (lower/rangeclear.c): the analyses see the loop, codegen emits the clear
// (codegen/rangeclear.c) unless -N or -asan keep it, as gc's do.
typedef enum {
  CLEAR_NONE,
  CLEAR_MAP,     // for k := range m { delete(m, k) }: one mapclear call
  CLEAR_ARRAY,   // for i := range a { a[i] = zero }: a memclr of a's elements
} RangeClear;

typedef struct SwitchClause {
  IRExpr **conds;
  int nconds;
  IRStmt *body;
  bool fallthrough;
  Pos pos;
} SwitchClause;

struct IRStmt {
  IRStmtKind kind;
  Pos pos;
  IRExpr *x, *y;
  Var *var;
  IRStmt **stmts;
  int nstmts;
  IRStmt *body, *els, *post;
  IRStmt *target;
  IRExpr **args;
  int nargs;
  SwitchClause *clauses;
  int nclauses;
  bool newline;
  char *label;
  Node *src;           // the source statement (for -m=2 explanations), or NULL
  Pos inl_pos;         // inline/: a statement of an inlined body: where gc reports it
                       // (the outermost call); line 0 otherwise
  bool inl_pair;       // inline/: an inlined call's parameters declared from its
                       // arguments, or its return assigning the results: gc's OAS2,
                       // which -m=2 notes "assign-pair"
  Node *switch_clause; // IR_S_DECL of a type switch clause's variable from the guard: that
                       // clause (escape/ flows the operand at the switch: "switch case")
  RangeClear clear;    // IR_S_BLOCK holding a whole range loop (its declarations, then
                       // the IR_S_FOR): the clear gc's walk makes of it, or CLEAR_NONE
  void *cg;            // codegen scratch (break/continue blocks)
};

struct Func {
  char *name;          // Go name: "main", "dummy"; methods "T.M" / "(*T).M"
  char *lname;         // link name: "main.main"
  Pos pos;             // position of the name in the declaration
  Type *type;          // TY_FUNC
  Var **params; int nparams;
  Var **results; int nresults;
  bool named_results;
  Vec vars;            // every Var of the function (params, results, locals, temps)
  Vec sites;           // every Site created in the function
  IRStmt *body;
  int pragmas;
  Node *decl;
  // closures (lower/closure.c)
  Func *outer;         // the enclosing function of a func literal, else NULL
  Var **captures; int ncaptures;   // its captured variables (Var.outer set)
  int *capture_order;  // the captures in gc's order (first use, right-hand sides first), or NULL
  Type *ctx_type;      // its context object: struct { F uintptr; captures... }
  Vec closures;        // Func*: func literals directly inside this function
  bool closure_called; // called directly where it is written: func(){...}()
  bool is_wrapper;     // a go/defer wrapper gc does not report
  bool has_defer;      // contains defer statements: needs a defer frame
  bool has_recover;    // calls recover()
  int nclosures;       // counter for the names of nested func literals (f.func1)
  int nwrappers;       // ... and of its go/defer wrappers (f.deferwrap1)
  bool mtab_wrapper;   // a method-table wrapper (lower/method.c): no -m diagnostics
  bool autogenerated;  // gc's method wrapper, rebuilt only for -m=2 to explain its flows
                       // (lower/gcwrapper.c): never compiled, no parameter summary
  const Instance *instance;  // an instance of a generic function (check/generic.c): -m speaks
                       // of gc's shape body (name, types), params untold (escape/shape.c)
  bool no_static;      // a method expression gc cannot resolve statically ((*T).M of a value
                       // method: its autogenerated wrapper has no escape summary yet)
  const char *foreign_pkg;  // an instance of another package's generic: that package's
                       // name. Every importer that needs it compiles it (gc's DUPOK):
                       // weak linkage, spelled as an imported body, no leaking params
  bool from_export;    // read from export data (export/): no body here, its code is in the
                       // package's cached object
  void *cg;            // codegen: LLVMValueRef
  void *esc;           // escape/ scratch
  struct InlInfo *inl; // inline/: its cost and whether calls to it may be inlined
  Func *snapshot_of;   // inline/: a func literal's body saved for inlining: the literal
                       // (whose variables the saved body uses); never compiled
};

// The method set of a concrete type that is converted to an interface: what
// codegen puts in its GoType's method table. fns[i] takes the interface's
// data word (a *T, or T itself when pointer-shaped) then the arguments.
typedef struct MethodTable {
  Type *type;
  int n;
  Method **methods;    // sorted by name
  Func **fns;          // wrappers
} MethodTable;

typedef struct Program {
  char *pkgname;       // "main"
  Vec funcs;           // Func*, source order; includes "init" glue (package var initialisation)
  Vec globals;         // Var* (kind VAR_GLOBAL)
  Vec sites;           // Site*, all of them, by id
  Func *init;          // runs package-level initialisers before main.main
  Vec inits;           // Func*: every package's init, dependencies first (the program
                       // entry "main..init" calls them in this order)
  Func *main;          // NULL for a non-main package
  Vec mtabs;           // MethodTable* of every concrete type boxed into an interface
  Vec bounded_indexes; // Pos*: index expressions kept in range by their shape (lower/bounds.c)
} Program;

// Sizes the runtime's GoMap header and GoMapIter need (runtime/escgo_rt.h
// ESCGO_MAP_HDR_SIZE, ESCGO_MAPITER_SIZE), in 8-byte words.
enum { MAP_HDR_WORDS = 6, MAP_ITER_WORDS = 12 };

// spell.c: gc's -m spelling of an expression (an allocation site's), of a
// statement ("x := f()") and of the assignment a declaration of name stands
// for ("a = x" for a of `var a, b = x, y`).
char *site_spell(Node *n);
// ... of n's value of type from boxed into an interface: in a generic's
// shape body gc converts a shape-typed value through its dictionary and
// spells unsafe.Pointer(x) (for x and any(x) alike).
char *box_spell(Node *n);   // a box's spelling (unsafe.Pointer(x) for a shape-typed value)
// Set (to a package's name) while export/ spells that package's inlinable
// bodies as their importers print them; NULL otherwise.
extern const char *spell_imported_from;
// Set while a body is spelled as it was before devirtualization (-m=2's
// "can inline F ... as:" shows the body CanInline saw: v.Get()), its
// variadic calls' arguments not yet packed (f(a, b), not f(... argument...)).
extern bool spell_before_devirt;
// With -m=2, gc explains flows through a devirtualized call v.(T).M() but
// prints the verdict after rewriting it to T.M(v.(T)): the verdict's
// spelling of a site spelled `spell` (by site_spell, box_spell or
// self_spell, just before), or NULL when it is the same.
char *verdict_spelling(const char *spell);
// The package whose body f's statements are spelled as imported from (its
// own or its enclosing function's foreign_pkg), or NULL.
const char *imported_spelling(const Func *f);
char *self_spell(Node *n);   // n's spelling, not the .autotmp_N holding its value
char *stmt_spell(Node *s);
char *clause_spell(Node *cc);   // a type switch clause: "case *T: sink = v" 
char *decl_spell(Node *decl, const char *name);
Var *ir_declared_var(IRStmt *s);   // what a statement lowered from `var a = x` declares
char *ir_stmt_spell(IRStmt *s);    // its source statement's spelling, "" without one
// An expression's spelling: its source's, else made from the IR (what gc's
// generated code holds: T.M(.this.S), .this.Get(), ~R0); "?" where unknown.
char *ir_expr_spell(IRExpr *e);
char *ir_exprs_spell(IRExpr **args, int n, bool ddd);   // "a, b" ("xs..." when ddd)
// walk.c: the children of a node, in the order of their fields above (gc's
// ir.DoChildren / ir.EditChildren). A visitor is embedded as the first
// member of the walk's own state, which the callbacks get back by a cast:
//   typedef struct { IRVisitor v; int depth; } Dumper;
// Each callback gets the child and where it hangs (slot.field, and slot.index
// for args, statements and clauses); either callback may be NULL. The walker
// does not recurse: a callback that wants the grandchildren calls
// ir_expr_children / ir_stmt_children itself.
typedef enum {
  IR_F_X, IR_F_Y, IR_F_Z, IR_F_W, IR_F_ARG,      // operands
  IR_F_STMT, IR_F_CASE_COND, IR_F_CASE_BODY,     // a block's statements; switch clause i
  IR_F_BODY, IR_F_ELSE, IR_F_POST,
  IR_NUM_FIELDS
} IRField;
typedef struct { IRField field; int index; } IRSlot;
typedef struct IRVisitor IRVisitor;
struct IRVisitor {
  void (*expr)(IRVisitor *v, IRExpr *e, IRSlot at);
  void (*stmt)(IRVisitor *v, IRStmt *s, IRSlot at);
};
void ir_expr_children(IRExpr *e, IRVisitor *v);
void ir_stmt_children(IRStmt *s, IRVisitor *v);   // expressions first, then statements
// Replaces each child expression c with fn(c, ctx) (statements: the
// expressions they hold directly, not those of nested statements).
typedef IRExpr *IREditFn(IRExpr *child, void *ctx);
void ir_edit_expr_children(IRExpr *e, IREditFn *fn, void *ctx);
void ir_edit_stmt_exprs(IRStmt *s, IREditFn *fn, void *ctx);
const char *ir_field_name(IRField f);   // "x", "arg", "else", ...

// dump.c: -d=ir (every node of every function, with sites and verdicts)
void dump_ir(FILE *out, Program *prog);
// program.c: the packages' programs (dependencies first) as one program
// whose main is main_prog's; their sites renumbered.
Program *program_link(Vec progs, Program *main_prog);

/* RTCALL ABI — how codegen passes Go values to C runtime functions (x86-64 SysV):
 *   bool, ints     -> the C integer type of that width (bool: uint8 0/1)
 *   floats         -> double / float
 *   pointers, maps -> void*
 *   string         -> two args (const uint8_t *ptr, int64_t len)
 *   slice          -> three args (void *ptr, int64_t len, int64_t cap)
 *   interface      -> two args (const GoType *type, void *data)
 *   struct/array   -> a pointer to a copy in memory
 * Results: void, a scalar, or one string / interface returned as the C struct
 * GoString / GoEface (two words, returned in registers). Anything wider is
 * written through an out pointer passed as the first argument.
 */

#endif
