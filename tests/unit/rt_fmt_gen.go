//go:build ignore

// rt_fmt_gen.go prints the expected-output table of rt_fmt.c from real Go:
//
//	go run tests/unit/rt_fmt_gen.go   (then paste the rows into rt_fmt.c)
//
// Each case is a line: a format (PRINTLN for Sprintln), then
// TAB-separated operands written "kind:value" or as the name of a composite
// value that rt_fmt.c builds the same way. Formats and strings use Go escapes.
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

type MyInt int
type MyStr string
type MyBytes []byte
type S struct {
	X int
	Y string
}
type Inner struct{ A, B int }
type Outer struct {
	I  Inner
	P  *Inner
	E  interface{}
	F  float64
	Sl []int
}

var composites = map[string]interface{}{
	"S":       S{1, "a"},
	"PS":      &S{2, "b"},
	"SL":      []int{1, 2, 3},
	"NILSL":   []int(nil),
	"EMPTYSL": []int{},
	"BYTES":   []byte("hi\x00"),
	"ARR":     [3]int{7, 8, 9},
	"MYINT":   MyInt(7),
	"MYSTR":   MyStr("named"),
	"MYBYTES": MyBytes("ab"),
	"STRS":    []string{"a", "b c"},
	"OUTER":   Outer{Inner{1, 2}, nil, 5, 2.5, []int{4}},
	"OUTERN":  Outer{},
	"IFACES":  []interface{}{1, "x", nil, 2.5, true},
	"PARR":    &[2]int{1, 2},
	"PSL":     &[]string{"z"},
	"FLOATS":  []float64{0.1, 1e21, -3},
	"NILPTR":  (*int)(nil),
	"BOOLS":   [2]bool{true, false},
	"U8S":     []uint8{1, 255},
}

func parse(spec string) interface{} {
	if spec == "nil" {
		return nil
	}
	if v, ok := composites[spec]; ok {
		return v
	}
	i := strings.IndexByte(spec, ':')
	kind, val := spec[:i], spec[i+1:]
	f := func(bits int) float64 {
		switch val {
		case "inf":
			return math.Inf(1)
		case "-inf":
			return math.Inf(-1)
		case "nan":
			return math.NaN()
		}
		x, err := strconv.ParseFloat(val, bits)
		if err != nil {
			panic(err)
		}
		return x
	}
	n, _ := strconv.ParseInt(val, 0, 64)
	u, _ := strconv.ParseUint(val, 0, 64)
	switch kind {
	case "int":
		return int(n)
	case "int8":
		return int8(n)
	case "int16":
		return int16(n)
	case "int32":
		return int32(n)
	case "int64":
		return n
	case "uint":
		return uint(u)
	case "uint8":
		return uint8(u)
	case "uint16":
		return uint16(u)
	case "uint32":
		return uint32(u)
	case "uint64":
		return u
	case "uintptr":
		return uintptr(u)
	case "float64":
		return f(64)
	case "float32":
		return float32(f(32))
	case "complex128":
		parts := strings.Split(val, ",")
		re, _ := strconv.ParseFloat(parts[0], 64)
		im, _ := strconv.ParseFloat(parts[1], 64)
		return complex(re, im)
	case "bool":
		return val == "true"
	case "string":
		s, err := strconv.Unquote(`"` + val + `"`)
		if err != nil {
			panic(err)
		}
		return s
	}
	panic("bad spec " + spec)
}

// cstr writes s as a C string literal: octal escapes for anything unusual.
func cstr(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c >= 0x20 && c < 0x7f && c != '?':
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "\\%03o", c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func main() {
	for _, line := range strings.Split(cases, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		// format<TAB>arg<TAB>arg...
		fields := strings.Split(line, "\t")
		format, err := strconv.Unquote(`"` + fields[0] + `"`)
		if err != nil {
			panic(line)
		}
		var args []interface{}
		for _, a := range fields[1:] {
			args = append(args, parse(a))
		}
		var out string
		switch format {
		case "PRINTLN":
			out = fmt.Sprintln(args...)
		default:
			out = fmt.Sprintf(format, args...)
		}
		fmt.Printf("  C(%s, %s, %s),\n", cstr(format), cstr(strings.Join(fields[1:], "\t")), cstr(out))
	}
}

const cases = `
%d	int:5
%d	int:-5
%5d|%-5d|%05d	int:42	int:42	int:42
%+d % d %+d	int:3	int:3	int:-3
%x %X %o %O %b	int:255	int:255	int:8	int:8	int:5
%#x %#X %#o %#b	int:255	int:255	int:8	int:5
%#o	int:0
%08.3d|%.0d|%.0d|%5.0d|	int:-7	int:0	int:1	int:0
%-08d|	int:5
%x	int:-255
%d %d %d %d	int8:-128	int16:-32768	int32:-2147483648	int64:-9223372036854775808
%d %d %d %d %d	uint8:255	uint16:65535	uint32:4294967295	uint64:18446744073709551615	uint:7
%v %v	uintptr:4096	uint64:18446744073709551615
%#v %#v %#v	uint:10	int:-10	uint8:255
%c %c %c|%3c|%-3c|	int:65	int32:0x4e16	int:-1	int:97	int:98
%q %q %+q %#q %#q	int32:97	int32:0x4e16	int32:0x4e16	int32:0x4e16	int32:10
%q	int:0x110000
%U %#U %#U %.6U %10U|%-10U|	int32:65	int32:65	int32:0x4e16	int32:65	int32:65	int32:65
%#U	int:10
%t %v %5t|%-6t|	bool:true	bool:false	bool:true	bool:false
%d	bool:true
%s	int:5
%v %v %v %v %v %v %v	float64:0.1	float64:1e6	float64:1e21	float64:33.333333333333336	float64:123456789	float64:1e20	float32:0.1
%v %v %v %v %v	float64:100000	float64:0.0001	float64:0.00001	float64:-0	float64:0
%v %v %v %v	float64:inf	float64:-inf	float64:nan	float64:5e-324
%v %v	float64:1.7976931348623157e308	float32:3.4028235e38
%v %v %v %v	float64:5.623642243178996e+160	float64:7.120236347223045e-307	float32:1.2379401e+27	float64:6.189700196426902e+26
%v %v %v	float32:16777216	float32:1e-7	float32:0.3
%f %.2f %8.3f|%-8.3f|%08.3f|%+.1f	float64:3.14159	float64:3.14159	float64:3.14159	float64:3.14159	float64:-3.14159	float64:2.25
%e %E %.3e %.0e %#.0e	float64:123456.789	float64:123456.789	float64:0.000123456	float64:5.5	float64:5.5
%g %G %.3g %.10g %g %g	float64:123456.789	float64:1e-7	float64:123456.789	float64:0.1	float64:1e21	float64:100000
%#g %#g %#.3g %#v	float64:1	float64:123456	float64:1	float64:2
%#.0f %#f %#e	float64:3	float64:3	float64:3
%.3g %.3g %.1g %.0g %.5g	float64:0	float64:100	float64:0.5	float64:2.5	float64:1e-5
%b %b	float64:1	float32:1
%x %X %.2x %#x	float64:1	float64:-3.75	float64:1.99	float64:0.5
%x	float64:0
%6.2f|%-8v|%08v|%+v|% v	float64:inf	float64:nan	float64:-inf	float64:nan	float64:2
%08.2f|%+08.2f|% 8.2f|%-+8.2f|	float64:-1.5	float64:1.5	float64:1.5	float64:1.5
%.30f	float64:0.1
%.20e	float64:1e-300
%f	float64:1e300
%v %.2f %+.1e	complex128:1.5,-2	complex128:1,2	complex128:-1,0
%s|%10s|%-10s|%.2s|%5.1s|	string:hello	string:hi	string:hi	string:héllo	string:héllo
%05s|%-05s|	string:ab	string:ab
%q %+q %#q %#q	string:hi\n\"x\"	string:héllo	string:back\x60tick	string:raw
%q	string:\x00\x07\x7f\xff\u00ad\u2028\U0001F600é
%x %X % x %#x %# x % X	string:hello	string:hello	string:hi	string:hi	string:hi	string:hi
%.2x|%8x|%-8x|%x|%8x|	string:hello	string:hi	string:hi	string:	string:
%v %d %s %x %q	BYTES	BYTES	BYTES	BYTES	BYTES
%v %s %x %X	MYBYTES	MYBYTES	MYBYTES	MYBYTES
%v %d %x %o	U8S	U8S	U8S	U8S
%v %+v %d	S	S	S
%v %+v %s	PS	PS	PS
%v %d %x %5d	SL	SL	SL	SL
%v %d %s	NILSL	EMPTYSL	NILSL
%v %v %s %q	ARR	STRS	STRS	STRS
%d	STRS
%v %d %s %q %x	MYINT	MYINT	MYSTR	MYSTR	MYSTR
%v	OUTER
%+v	OUTER
%v	OUTERN
%+v	OUTERN
%v %d	IFACES	IFACES
%v %v %v	PARR	PSL	FLOATS
%v %d %+v	NILPTR	NILPTR	NILPTR
%v %t	BOOLS	BOOLS
%#v %#v %#v	S	PS	SL
%#v %#v %#v %#v	NILSL	STRS	ARR	BYTES
%#v %#v %#v %#v	MYINT	MYSTR	string:q\"	int:5
%#v %#v %#v %#v %#v	float64:1	float64:1e6	float64:0.5	float32:2.5	bool:true
%#v	OUTER
%#v	IFACES
%T %T %T %T %T %T	int:1	string:s	S	PS	SL	nil
%T %T %T %10T|	MYINT	IFACES	float32:1	int:1
%v %d %s	nil	nil	nil
%d %d	int:1
%d	int:1	int:2	string:x
%d	int:1	nil
%!	int:1
%z %-5z	int:1	string:x
%	int:1
%%|%5%|%-%|	int:1
abc
%[2]d %[1]d	int:1	int:2
%[3]d	int:1	int:2
%[1]d %d %d	int:1	int:2
%[x]d|%[0]d|%[]d|%[	int:1
%[2]*[1]d|	int:12	int:5
%*d|%-*d|%*d|	int:5	int:42	int:5	int:42	int:-5	int:42
%.*f|%*.*f|	int:2	float64:3.14159	int:8	int:3	float64:3.14159
%*d	string:x	int:5
%.*d	string:x	int:5
%.*d	int:-1	int:5
%*d	int:10000000	int:5
%*d	uint8:3	int:5
%3.2d|%3.2x|%-3.5d|	int:5	int:5	int:5
%.1000d	int:0
%10.3v|%-10v|	string:abcdef	S
%010v	S
%5v	SL
%x	float32:0.1
%e	float32:0.1
%v	complex128:0,-0
%v	int64:-1
%s	BOOLS
%08b	int:5
%+q	string:日本
%#+q	string:日本
%c|%c	int:0x1F600	int:0xD800
%6.2q|%-8q|	string:abc	string:a
%x	int:-9223372036854775808
%d	uint64:0x8000000000000000
%v%v	string:a	string:b
%010.4f|%-010.4f|	float64:-3.14159	float64:3.14159
%.3f %.3f %.0f %.0f %.0f	float64:2.0005	float64:1.0005	float64:0.5	float64:1.5	float64:2.5
%5.1f%%	float64:99.5
PRINTLN	int:1	string:a	string:b	float64:2.5	nil	bool:true
PRINTLN
PRINTLN	S	PS	SL	NILSL	ARR	MYINT	MYSTR	BYTES
PRINTLN	float64:0.1	float64:1e6	float64:1e21	float64:33.333333333333336	float64:123456789.0	float64:1e20	float32:0.1
PRINTLN	OUTER	IFACES	NILPTR
PRINTLN	complex128:1,2	float32:1e10	float64:1e-5
`
