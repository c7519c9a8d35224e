// fmt compiled from Go's source: what the C fmt lacked or approximated.
// Fprint returns its writer's error, Sscan/Sscanf/Fscan parse into typed
// variables, Formatter and GoStringer are honoured, %q uses strconv's
// printable tables, Errorf's %w wraps for errors.Is/As/Unwrap, maps print
// in internal/fmtsort's order (NaN keys, arrays, interface keys).
package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
)

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	w.n += len(p)
	return 0, errors.New("disk full")
}

type money int

func (m money) Format(f fmt.State, verb rune) {
	w, ok := f.Width()
	fmt.Fprintf(f, "$%d.%02d[%c %v %d %v]", int(m)/100, int(m)%100, verb, f.Flag('+'), w, ok)
}

type id string

func (i id) GoString() string { return "ID(" + string(i) + ")" }

type pair struct {
	K string
	V *int
}

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	n, err := fmt.Fprintf(&failWriter{}, "hello %d", 42)
	fmt.Println(n, err)

	var a, b int
	var s string
	var f float64
	c, err := fmt.Sscan("10 20 word 2.5", &a, &b, &s, &f)
	fmt.Println(c, err, a, b, s, f)
	c, err = fmt.Sscanf("x=7 y=0x1f name:go", "x=%d y=%v name:%s", &a, &b, &s)
	fmt.Println(c, err, a, b, s)
	c, err = fmt.Sscan("12 nope", &a, &b)
	fmt.Println(c, err, a)
	var r1, r2 rune
	c, err = fmt.Fscanf(strings.NewReader("ab"), "%c%c", &r1, &r2)
	fmt.Println(c, err, string(r1), string(r2))
	c, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(c, err, a, b)
	_, err = fmt.Sscan("", &a)
	fmt.Println(err == io.EOF, err)

	fmt.Printf("%v|%+8v|%s\n", money(1234), money(5), money(99))
	fmt.Printf("%#v %v %#v\n", id("x"), id("y"), []id{"a", "b"})
	fmt.Printf("%q %+q %x % X %#q\n", "héllo\u2028\x01", "日本", "hi", []byte{1, 171}, "back`tick")
	fmt.Printf("%08.3f|%-8d|%+d|%x|%o|%#o|%b|%e|%G|%U|%#U\n", -3.14159, 42, 7, -255, 8, 8, 5, 123456.789, 1e-7, 0x1F600, 'x')
	fmt.Printf("%v %.2f %g %v\n", 1+2i, complex64(-1.5-0.25i), math.Inf(-1), float32(0.1))
	fmt.Printf("%d %s %v\n", "str", 5, nil)
	fmt.Printf("%!%z %d\n", 1)
	fmt.Printf("%[2]d %[1]d %*d %.*f\n", 1, 2, 5, 3, 2, 3.14159)
	fmt.Printf("%t %v %p\n", true, struct{}{}, nil)

	x := 3
	// (Interface keys of one dynamic type: keys of different types sort by
	// descriptor address, docs/packages.md.)
	m := map[any]int{"b": 1, "c": 2, "a": 3, "": 4}
	fmt.Println(m, map[float64]string{math.NaN(): "nan", -1: "neg", math.Inf(1): "inf"})
	fmt.Printf("%v %+v\n", pair{"k", nil}, []pair{{"z", nil}})
	fmt.Println(fmt.Sprint(&x == &x), fmt.Sprintf("%T %T %T", m, &x, pair{}))
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 2}: false})

	base := &myErr{404}
	e1 := fmt.Errorf("fetch: %w", base)
	e2 := fmt.Errorf("retry: %w", e1)
	var me *myErr
	fmt.Println(e2, errors.Is(e2, base), errors.As(e2, &me), me.code, errors.Unwrap(e2) == e1)
	fmt.Println(fmt.Errorf("two %w %w", base, base), fmt.Errorf("bad %w", 5), errors.Unwrap(fmt.Errorf("plain %v", base)) == nil)
	fmt.Fprintln(os.Stderr, "to stderr", 1)
	var sb strings.Builder
	fmt.Fprint(&sb, "a", 1, 2, "b", "c", 3.0, nil)
	fmt.Println(sb.String(), sb.Len())
}
