// print.c — the print and println builtins: gc's formats, to stderr.
//
// codegen brackets each print statement with escgo_print_lock/unlock; the
// pieces collect in a per-thread buffer and leave in one write(), so lines
// from different threads do not interleave.
#include "rt_internal.h"

static _Thread_local RtBuf pbuf;
static _Thread_local int plocked;

static RtBuf *out(void) {
  if (!pbuf.data)
    rtbuf_init(&pbuf);
  return &pbuf;
}

static void done(void) {
  if (plocked == 0 && pbuf.len > 0) {
    rt_stderr_write(pbuf.data, pbuf.len);
    pbuf.len = 0;
  }
}

// A goroutine between the two is not preempted: its pieces are in this
// thread's buffer (preempt.c).
bool rt_print_locked(void) { return plocked > 0; }

void escgo_print_lock(void) {
  plocked++;
}

void escgo_print_unlock(void) {
  if (plocked > 0)
    plocked--;
  done();
}

// gc's printfloat: 7 significant digits, a sign always, three exponent
// digits. It scales by powers of ten in floating point and rounds by adding
// half a unit of the last digit; we do the same arithmetic so the last digit
// agrees with gc even where that differs from correct rounding.
void rt_printfloat(RtBuf *b, double v) {
  enum { N = 7 };
  if (v != v) {
    rtbuf_puts(b, "NaN");
    return;
  }
  if (v + v == v && v != 0) {
    rtbuf_puts(b, v > 0 ? "+Inf" : "-Inf");
    return;
  }
  char s[N + 7];
  s[0] = '+';
  int e = 0;
  if (v == 0) {
    if (1 / v < 0)
      s[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      s[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < N; i++)
      h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < N; i++) {
    int d = (int)v;
    s[i + 2] = (char)('0' + d);
    v = (v - d) * 10;
  }
  s[1] = s[2];
  s[2] = '.';
  s[N + 2] = 'e';
  s[N + 3] = '+';
  if (e < 0) {
    e = -e;
    s[N + 3] = '-';
  }
  s[N + 4] = (char)('0' + e / 100);
  s[N + 5] = (char)('0' + e / 10 % 10);
  s[N + 6] = (char)('0' + e % 10);
  rtbuf_putn(b, s, sizeof s);
}

void rt_printcomplex(RtBuf *b, double re, double im) {
  rtbuf_putc(b, '(');
  rt_printfloat(b, re);
  rt_printfloat(b, im);
  rtbuf_puts(b, "i)");
}

void escgo_print_bool(bool v) {
  rtbuf_puts(out(), v ? "true" : "false");
  done();
}

void escgo_print_int(int64_t v) {
  rtbuf_dec(out(), v);
  done();
}

void escgo_print_uint(uint64_t v) {
  rtbuf_udec(out(), v);
  done();
}

void escgo_print_float(double v) {
  rt_printfloat(out(), v);
  done();
}

void escgo_print_complex(double re, double im) {
  rt_printcomplex(out(), re, im);
  done();
}

void escgo_print_string(const uint8_t *p, int64_t len) {
  rtbuf_putn(out(), p, (size_t)len);
  done();
}

void escgo_print_pointer(const void *p) {
  rtbuf_hex(out(), (uint64_t)(uintptr_t)p);
  done();
}

void escgo_print_slice(void *ptr, int64_t len, int64_t cap) {
  RtBuf *b = out();
  rtbuf_putc(b, '[');
  rtbuf_dec(b, len);
  rtbuf_putc(b, '/');
  rtbuf_dec(b, cap);
  rtbuf_putc(b, ']');
  rtbuf_hex(b, (uint64_t)(uintptr_t)ptr);
  done();
}

void escgo_print_eface(const GoType *t, void *data) {
  RtBuf *b = out();
  rtbuf_putc(b, '(');
  rtbuf_hex(b, (uint64_t)(uintptr_t)t);
  rtbuf_putc(b, ',');
  rtbuf_hex(b, (uint64_t)(uintptr_t)data);
  rtbuf_putc(b, ')');
  done();
}

void escgo_print_space(void) {
  rtbuf_putc(out(), ' ');
  done();
}

void escgo_print_nl(void) {
  rtbuf_putc(out(), '\n');
  done();
}
