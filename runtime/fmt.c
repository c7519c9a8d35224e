// fmt.c — the C runtime's own formatter, Go's fmt rules over GoType
// descriptors: Sprintln and Sprintf for testing's t.Log, t.Errorf and the
// rest (runtime/testing.c, which is C). Programs use fmt compiled from Go's
// source (docs/packages.md).
//
// A value is a descriptor plus the address of its bytes. print_value walks
// it by kind the way Go's fmt walks a reflect.Value: structs as {1 2},
// slices and arrays as [1 2], a pointer to a struct/array/slice as &{...}
// only at the top level, nested pointers as 0xc...; the verb and its flags
// apply to every element. fmtbasic.c formats the leaves.
#include "rt_std.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  Fmt f;
  RtBuf buf;
  int hidden;     // > 0 inside an unexported field: no Error/String calls (reflect's CanInterface)
} Printer;

static void print_value(Printer *p, const GoType *t, const void *v, int verb, int depth);
static void print_string(Printer *p, const GoString *s, int verb, const GoType *t);

// fmt's handleMethods: for %v %s %q %x %X (not %#v) a value whose type has
// Error() string (first) or String() string is printed as that string.
// v points to the value; the method takes the interface data word.
static bool handle_methods(Printer *p, const GoType *t, const void *v, int verb) {
  if (p->hidden || p->f.sharpV || !t->nmethods)
    return false;
  if (verb != 'v' && verb != 's' && verb != 'q' && verb != 'x' && verb != 'X')
    return false;
  void *fn = escgo_string_method(t, "Error");
  if (!fn)
    fn = escgo_string_method(t, "String");
  if (!fn)
    return false;
  void *data = t->direct ? *(void *const *)v : (void *)v;
  if (t->kind == GK_POINTER && !data) {   // Go catches the nil dereference and prints <nil>
    fmt_pad(&p->f, "<nil>", 5);
    return true;
  }
  GoString s = ((GoString(*)(void *))fn)(data);
  print_string(p, &s, verb, t);
  return true;
}

static int64_t load_int(const GoType *t, const void *v) {
  switch (t->size) {
  case 1: return *(const int8_t *)v;
  case 2: return *(const int16_t *)v;
  case 4: return *(const int32_t *)v;
  default: return *(const int64_t *)v;
  }
}

static uint64_t load_uint(const GoType *t, const void *v) {
  switch (t->size) {
  case 1: return *(const uint8_t *)v;
  case 2: return *(const uint16_t *)v;
  case 4: return *(const uint32_t *)v;
  default: return *(const uint64_t *)v;
  }
}

static void put_rune(RtBuf *b, int32_t r) {
  uint8_t enc[4];
  rtbuf_putn(b, enc, (size_t)rt_encoderune(enc, r));
}

// %!d(string=hi): the verb does not apply to this value.
static void bad_verb(Printer *p, int verb, const GoType *t, const void *v) {
  rtbuf_puts(&p->buf, "%!");
  put_rune(&p->buf, verb);
  rtbuf_putc(&p->buf, '(');
  if (t) {
    rtbuf_puts(&p->buf, t->str);
    rtbuf_putc(&p->buf, '=');
    p->hidden++;   // Go's p.erroring: no Error/String methods inside %!verb(...)
    print_value(p, t, v, 'v', 0);
    p->hidden--;
  } else {
    rtbuf_puts(&p->buf, "<nil>");
  }
  rtbuf_putc(&p->buf, ')');
}

static void print_integer(Printer *p, uint64_t u, bool is_signed, int verb, const GoType *t,
                          const void *v) {
  Fmt *f = &p->f;
  switch (verb) {
  case 'v':
    if (f->sharpV && !is_signed)
      fmt_0x64(f, u, true);
    else
      fmt_integer(f, u, 10, is_signed, verb, false);
    return;
  case 'd': fmt_integer(f, u, 10, is_signed, verb, false); return;
  case 'b': fmt_integer(f, u, 2, is_signed, verb, false); return;
  case 'o': case 'O': fmt_integer(f, u, 8, is_signed, verb, false); return;
  case 'x': fmt_integer(f, u, 16, is_signed, verb, false); return;
  case 'X': fmt_integer(f, u, 16, is_signed, verb, true); return;
  case 'c': fmt_c(f, u); return;
  case 'q': fmt_qc(f, u); return;
  case 'U': fmt_unicode(f, u); return;
  }
  bad_verb(p, verb, t, v);
}

static void print_float(Printer *p, double x, int size, int verb, const GoType *t, const void *v) {
  switch (verb) {
  case 'v':
    fmt_float(&p->f, x, size, 'g', -1);
    return;
  case 'b': case 'g': case 'G': case 'x': case 'X':
    fmt_float(&p->f, x, size, verb, -1);
    return;
  case 'f': case 'e': case 'E': case 'F':
    fmt_float(&p->f, x, size, verb, 6);
    return;
  }
  bad_verb(p, verb, t, v);
}

// (1+2i): the imaginary part always carries its sign.
static void print_complex(Printer *p, double re, double im, int size, int verb, const GoType *t,
                          const void *v) {
  switch (verb) {
  case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E': {
    bool plus = p->f.plus;
    rtbuf_putc(&p->buf, '(');
    print_float(p, re, size / 2, verb, t, v);
    p->f.plus = true;
    print_float(p, im, size / 2, verb, t, v);
    rtbuf_puts(&p->buf, "i)");
    p->f.plus = plus;
    return;
  }
  }
  bad_verb(p, verb, t, v);
}

static void print_string(Printer *p, const GoString *s, int verb, const GoType *t) {
  Fmt *f = &p->f;
  switch (verb) {
  case 'v':
    if (f->sharpV)
      fmt_q(f, s->ptr, s->len);
    else
      fmt_s(f, s->ptr, s->len);
    return;
  case 's': fmt_s(f, s->ptr, s->len); return;
  case 'x': fmt_sx(f, s->ptr, s->len, false); return;
  case 'X': fmt_sx(f, s->ptr, s->len, true); return;
  case 'q': fmt_q(f, s->ptr, s->len); return;
  }
  bad_verb(p, verb, t, s);
}

// %p, and %v of chans, funcs and pointers that are not printed as &{...}.
static void print_pointer(Printer *p, const GoType *t, const void *v, int verb) {
  uint64_t u;
  if (t->kind == GK_SLICE)
    u = (uint64_t)(uintptr_t)((const GoSlice *)v)->ptr;
  else if (t->kind == GK_POINTER || t->kind == GK_CHAN || t->kind == GK_FUNC ||
           t->kind == GK_MAP || t->kind == GK_UNSAFEPOINTER)
    u = (uint64_t)*(const uintptr_t *)v;
  else {
    bad_verb(p, verb, t, v);
    return;
  }
  Fmt *f = &p->f;
  switch (verb) {
  case 'v':
    if (f->sharpV) {
      rtbuf_putc(&p->buf, '(');
      rtbuf_puts(&p->buf, t->str);
      rtbuf_puts(&p->buf, ")(");
      if (u == 0)
        rtbuf_puts(&p->buf, "nil");
      else
        fmt_0x64(f, u, true);
      rtbuf_putc(&p->buf, ')');
    } else if (u == 0) {
      fmt_pad(f, "<nil>", 5);
    } else {
      fmt_0x64(f, u, !f->sharp);
    }
    return;
  case 'p':
    fmt_0x64(f, u, !f->sharp);
    return;
  case 'b': case 'o': case 'd': case 'x': case 'X':
    print_integer(p, u, false, verb, t, v);
    return;
  }
  bad_verb(p, verb, t, v);
}

// %s %q %x %X of []byte and [N]byte print the bytes as a string.
static bool print_bytes(Printer *p, const GoType *t, const uint8_t *s, int64_t len, int verb) {
  switch (verb) {
  case 's': fmt_s(&p->f, s, len); return true;
  case 'x': fmt_sx(&p->f, s, len, false); return true;
  case 'X': fmt_sx(&p->f, s, len, true); return true;
  case 'q': fmt_q(&p->f, s, len); return true;
  }
  return false;
}

static void print_elems(Printer *p, const GoType *elem, const char *base, int64_t n, int verb,
                        int depth) {
  rtbuf_putc(&p->buf, p->f.sharpV ? '{' : '[');
  for (int64_t i = 0; i < n; i++) {
    if (i > 0)
      rtbuf_puts(&p->buf, p->f.sharpV ? ", " : " ");
    print_value(p, elem, base + i * elem->size, verb, depth + 1);
  }
  rtbuf_putc(&p->buf, p->f.sharpV ? '}' : ']');
}

static void print_struct(Printer *p, const GoType *t, const char *v, int verb, int depth) {
  if (p->f.sharpV)
    rtbuf_puts(&p->buf, t->str);
  rtbuf_putc(&p->buf, '{');
  for (int i = 0; i < t->nfields; i++) {
    const GoField *fd = &t->fields[i];
    if (i > 0)
      rtbuf_puts(&p->buf, p->f.sharpV ? ", " : " ");
    if (p->f.plusV || p->f.sharpV) {
      rtbuf_puts(&p->buf, fd->name);
      rtbuf_putc(&p->buf, ':');
    }
    p->hidden += !fd->exported;
    print_value(p, fd->type, v + fd->offset, verb, depth + 1);
    p->hidden -= !fd->exported;
  }
  rtbuf_putc(&p->buf, '}');
}

// An interface stored inside another value: print what it holds.
static void print_iface(Printer *p, const GoType *t, const GoEface *e, int verb, int depth) {
  if (!e->type) {
    if (p->f.sharpV) {
      rtbuf_puts(&p->buf, t->str);
      rtbuf_puts(&p->buf, "(nil)");
    } else {
      fmt_pad(&p->f, "<nil>", 5);
    }
    return;
  }
  const void *v = e->type->direct ? (const void *)&e->data : e->data;
  print_value(p, e->type, v, verb, depth + 1);
}

// map[k:v k:v] (%#v: main.M{k:v, k:v}), entries sorted as Go's fmtsort does.
static void print_map(Printer *p, const GoType *t, GoMap *m, int verb, int depth) {
  if (p->f.sharpV) {
    rtbuf_puts(&p->buf, t->str);
    if (!m) {
      rtbuf_puts(&p->buf, "(nil)");
      return;
    }
    rtbuf_putc(&p->buf, '{');
  } else {
    rtbuf_puts(&p->buf, "map[");
  }
  const void **keys, **vals;
  int64_t n = rt_map_entries(t, m, &keys, &vals);
  rt_fmtsort(t->key, keys, vals, n);
  for (int64_t i = 0; i < n; i++) {
    if (i > 0)
      rtbuf_puts(&p->buf, p->f.sharpV ? ", " : " ");
    print_value(p, t->key, keys[i], verb, depth + 1);
    rtbuf_putc(&p->buf, ':');
    print_value(p, t->elem, vals[i], verb, depth + 1);
  }
  free(keys);
  free(vals);
  rtbuf_putc(&p->buf, p->f.sharpV ? '}' : ']');
}

static void print_value(Printer *p, const GoType *t, const void *v, int verb, int depth) {
  if (handle_methods(p, t, v, verb))
    return;
  switch (t->kind) {
  case GK_BOOL:
    if (verb == 't' || verb == 'v')
      fmt_bool(&p->f, *(const uint8_t *)v);
    else
      bad_verb(p, verb, t, v);
    return;
  case GK_INT: case GK_INT8: case GK_INT16: case GK_INT32: case GK_INT64:
    print_integer(p, (uint64_t)load_int(t, v), true, verb, t, v);
    return;
  case GK_UINT: case GK_UINT8: case GK_UINT16: case GK_UINT32: case GK_UINT64: case GK_UINTPTR:
    print_integer(p, load_uint(t, v), false, verb, t, v);
    return;
  case GK_FLOAT32:
    print_float(p, *(const float *)v, 32, verb, t, v);
    return;
  case GK_FLOAT64:
    print_float(p, *(const double *)v, 64, verb, t, v);
    return;
  case GK_COMPLEX64:
    print_complex(p, ((const float *)v)[0], ((const float *)v)[1], 64, verb, t, v);
    return;
  case GK_COMPLEX128:
    print_complex(p, ((const double *)v)[0], ((const double *)v)[1], 128, verb, t, v);
    return;
  case GK_STRING:
    print_string(p, v, verb, t);
    return;
  case GK_STRUCT:
    print_struct(p, t, v, verb, depth);
    return;
  case GK_INTERFACE:
    print_iface(p, t, v, verb, depth);
    return;
  case GK_ARRAY: case GK_SLICE: {
    const char *base = v;
    int64_t n = t->len;
    if (t->kind == GK_SLICE) {
      const GoSlice *s = v;
      base = s->ptr;
      n = s->len;
    }
    if (t->elem->kind == GK_UINT8 && print_bytes(p, t, (const uint8_t *)base, n, verb))
      return;
    if (p->f.sharpV) {
      // Go's fmt special-cases an operand of type []byte, spelling it so.
      bool bytes = depth == 0 && t->kind == GK_SLICE && !t->named && t->elem->kind == GK_UINT8;
      rtbuf_puts(&p->buf, bytes ? "[]byte" : t->str);
      if (t->kind == GK_SLICE && !base) {
        rtbuf_puts(&p->buf, "(nil)");
        return;
      }
    }
    print_elems(p, t->elem, base, n, verb, depth);
    return;
  }
  case GK_POINTER: {
    const void *target = *(const void *const *)v;
    int ek = t->elem ? t->elem->kind : GK_INVALID;
    if (depth == 0 && target && (ek == GK_ARRAY || ek == GK_SLICE || ek == GK_STRUCT || ek == GK_MAP)) {
      rtbuf_putc(&p->buf, '&');
      print_value(p, t->elem, target, verb, depth + 1);
      return;
    }
    print_pointer(p, t, v, verb);
    return;
  }
  case GK_MAP:
    print_map(p, t, *(GoMap *const *)v, verb, depth);
    return;
  case GK_CHAN: case GK_FUNC: case GK_UNSAFEPOINTER:
    print_pointer(p, t, v, verb);
    return;
  }
  rtbuf_puts(&p->buf, "?");
}

// One operand of Print/Printf: nil, %T and %p first, then the value.
static void print_arg(Printer *p, const GoEface *a, int verb) {
  if (!a->type) {
    if (verb == 'T' || verb == 'v')
      fmt_pad(&p->f, "<nil>", 5);
    else
      bad_verb(p, verb, NULL, NULL);
    return;
  }
  const void *v = a->type->direct ? (const void *)&a->data : a->data;
  if (verb == 'T') {
    fmt_s(&p->f, (const uint8_t *)a->type->str, (int64_t)strlen(a->type->str));
    return;
  }
  if (verb == 'p') {
    print_pointer(p, a->type, v, 'p');
    return;
  }
  if (verb == 'w') {   // only fmt.Errorf wraps: elsewhere %w is a bad verb, as in Go
    bad_verb(p, verb, a->type, v);
    return;
  }
  print_value(p, a->type, v, verb, 0);
}

static void printer_init(Printer *p) {
  p->hidden = 0;
  rtbuf_init(&p->buf);
  p->f.buf = &p->buf;
  fmt_clearflags(&p->f);
}

// ---- Println

static void do_println(Printer *p, const GoEface *args, int64_t n) {
  for (int64_t i = 0; i < n; i++) {
    if (i > 0)
      rtbuf_putc(&p->buf, ' ');
    print_arg(p, &args[i], 'v');
  }
  rtbuf_putc(&p->buf, '\n');
}

// ---- Printf

typedef struct {
  const uint8_t *s;
  int64_t end;
  const GoEface *args;
  int64_t nargs;
  int64_t argnum;
  bool reordered, good_argnum;
} Scan;

static bool too_large(int64_t x) {
  return x > 1000000 || x < -1000000;
}

// A decimal number at s[*i]; false if there is none or it is absurdly big.
static bool parse_num(const uint8_t *s, int64_t *i, int64_t end, int *out) {
  int64_t num = 0;
  bool isnum = false;
  if (*i >= end)
    return false;
  for (; *i < end && s[*i] >= '0' && s[*i] <= '9'; (*i)++) {
    if (too_large(num)) {
      *i = end;   // Go gives up on the rest of the format
      return false;
    }
    num = num * 10 + (s[*i] - '0');
    isnum = true;
  }
  *out = (int)num;
  return isnum;
}

// An explicit argument index "[n]" (1-based). Returns whether one was
// there and valid; a bad one makes the verb print %!v(BADINDEX).
static bool arg_index(Scan *sc, int64_t *i) {
  if (*i >= sc->end || sc->s[*i] != '[')
    return false;
  sc->reordered = true;
  int64_t start = *i;
  if (sc->end - start < 3) {   // no room for "[n]"
    *i = start + 1;
    sc->good_argnum = false;
    return false;
  }
  for (int64_t j = start + 1; j < sc->end; j++) {
    if (sc->s[j] != ']')
      continue;
    int64_t k = start + 1;
    int n;
    bool ok = parse_num(sc->s, &k, j, &n) && k == j;
    *i = j + 1;
    if (ok && n - 1 >= 0 && n - 1 < sc->nargs) {
      sc->argnum = n - 1;
      return true;
    }
    sc->good_argnum = false;
    return ok;
  }
  *i = start + 1;   // no closing bracket
  sc->good_argnum = false;
  return false;
}

// The operand of a '*': an integer of any kind within +-1e6.
static bool int_arg(Scan *sc, int *out) {
  if (sc->argnum >= sc->nargs)
    return false;
  const GoEface *a = &sc->args[sc->argnum++];
  if (!a->type)
    return false;
  const GoType *t = a->type;
  const void *v = t->direct ? (const void *)&a->data : a->data;
  int64_t n;
  if (t->kind >= GK_INT && t->kind <= GK_INT64) {
    n = load_int(t, v);
  } else if (t->kind >= GK_UINT && t->kind <= GK_UINTPTR) {
    uint64_t u = load_uint(t, v);
    if (u > INT64_MAX)
      return false;
    n = (int64_t)u;
  } else {
    return false;
  }
  if (too_large(n))
    return false;
  *out = (int)n;
  return true;
}

// Flags, then [index] width .precision [index] verb; "*" takes an operand.
static void do_printf(Printer *p, const uint8_t *s, int64_t end, const GoEface *args, int64_t n) {
  Fmt *f = &p->f;
  Scan sc = {s, end, args, n, 0, false, true};
  for (int64_t i = 0; i < end;) {
    sc.good_argnum = true;
    int64_t last = i;
    while (i < end && s[i] != '%')
      i++;
    rtbuf_putn(&p->buf, s + last, (size_t)(i - last));
    if (i >= end)
      break;
    i++;
    fmt_clearflags(f);
    for (; i < end; i++) {
      uint8_t c = s[i];
      if (c == '#') f->sharp = true;
      else if (c == '0') f->zero = !f->minus;   // never pad with zeros on the right
      else if (c == '+') f->plus = true;
      else if (c == '-') { f->minus = true; f->zero = false; }
      else if (c == ' ') f->space = true;
      else break;
    }
    bool after_index = arg_index(&sc, &i);
    if (i < end && s[i] == '*') {
      i++;
      f->wid_present = int_arg(&sc, &f->wid);
      if (!f->wid_present)
        rtbuf_puts(&p->buf, "%!(BADWIDTH)");
      if (f->wid < 0) {
        f->wid = -f->wid;
        f->minus = true;
        f->zero = false;
      }
      after_index = false;
    } else {
      f->wid_present = parse_num(s, &i, end, &f->wid);
      if (after_index && f->wid_present)   // "%[3]2d"
        sc.good_argnum = false;
    }
    if (i + 1 < end && s[i] == '.') {
      i++;
      if (after_index)   // "%[3].2d"
        sc.good_argnum = false;
      after_index = arg_index(&sc, &i);
      if (i < end && s[i] == '*') {
        i++;
        f->prec_present = int_arg(&sc, &f->prec);
        if (f->prec < 0) {
          f->prec = 0;
          f->prec_present = false;
        }
        if (!f->prec_present)
          rtbuf_puts(&p->buf, "%!(BADPREC)");
        after_index = false;
      } else {
        f->prec_present = parse_num(s, &i, end, &f->prec);
        if (!f->prec_present) {
          f->prec = 0;
          f->prec_present = true;
        }
      }
    }
    if (!after_index)
      after_index = arg_index(&sc, &i);
    if (i >= end) {
      rtbuf_puts(&p->buf, "%!(NOVERB)");
      break;
    }
    int w = 1;
    int32_t verb = s[i];
    if (verb >= 0x80)
      verb = rt_decoderune(s + i, end - i, &w);
    i += w;
    if (verb == '%') {   // takes no operand; width and flags are ignored
      rtbuf_putc(&p->buf, '%');
    } else if (!sc.good_argnum) {
      rtbuf_puts(&p->buf, "%!");
      put_rune(&p->buf, verb);
      rtbuf_puts(&p->buf, "(BADINDEX)");
    } else if (sc.argnum >= n) {
      rtbuf_puts(&p->buf, "%!");
      put_rune(&p->buf, verb);
      rtbuf_puts(&p->buf, "(MISSING)");
    } else {
      if (verb == 'v') {   // # and + mean Go syntax and field names for %v
        f->sharpV = f->sharp;
        f->sharp = false;
        f->plusV = f->plus;
        f->plus = false;
      }
      print_arg(p, &args[sc.argnum++], verb);
    }
  }
  // Leftover operands are reported unless indexes reordered them.
  if (!sc.reordered && sc.argnum < n) {
    fmt_clearflags(f);
    rtbuf_puts(&p->buf, "%!(EXTRA ");
    for (int64_t k = sc.argnum; k < n; k++) {
      if (k > sc.argnum)
        rtbuf_puts(&p->buf, ", ");
      if (!args[k].type) {
        rtbuf_puts(&p->buf, "<nil>");
      } else {
        rtbuf_puts(&p->buf, args[k].type->str);
        rtbuf_putc(&p->buf, '=');
        print_arg(p, &args[k], 'v');
      }
    }
    rtbuf_putc(&p->buf, ')');
  }
}

// The result string is allocated like gc's string(buf): one object, none
// for "" or a single byte.
static GoString to_string(Printer *p) {
  GoString s = escgo_bytes2str(NULL, (const uint8_t *)p->buf.data, (int64_t)p->buf.len,
                               (int64_t)p->buf.len);
  rtbuf_free(&p->buf);
  return s;
}

GoString rt_sprintln(GoEface *args, int64_t n, int64_t cap) {
  Printer p;
  printer_init(&p);
  do_println(&p, args, n);
  return to_string(&p);
}

GoString rt_sprintf(const uint8_t *f, int64_t flen, GoEface *args, int64_t n, int64_t cap) {
  Printer p;
  printer_init(&p);
  do_printf(&p, f, flen, args, n);
  return to_string(&p);
}
