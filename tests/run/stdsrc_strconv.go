// strconv compiled from Go 1.19's source (no longer a C table): its own
// *NumError values (type assertions, errors.Is/As through Unwrap), range
// and syntax errors, every float format and precision (Ryū and the
// shortest-digits path, Eisel-Lemire parsing), quoting and appending.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func ints() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-1234567), strconv.Itoa(math.MaxInt64), strconv.Itoa(math.MinInt64))
	for _, s := range []string{"42", "-0", "x", "", "99999999999999999999", "1_000", "0x10"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"-128", 10, 8}, {"-129", 10, 8}, {"7fffffff", 16, 32}, {"0b1011", 0, 64}, {"0o777", 0, 16}, {"z", 36, 64}, {"12", 37, 64}, {"1", 10, 65}, {"1__0", 0, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(n, err)
	}
	for _, s := range []string{"255", "256", "-1", "0xff", "18446744073709551616"} {
		u, err := strconv.ParseUint(s, 0, 8)
		fmt.Println(u, err)
	}
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36), strconv.FormatUint(math.MaxUint64, 2), strconv.IntSize)
}

func errorValues() {
	_, err := strconv.Atoi("x")
	fmt.Println(err)
	ne, ok := err.(*strconv.NumError)
	fmt.Println(ok, ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax), errors.Unwrap(err))
	var target *strconv.NumError
	fmt.Println(errors.As(err, &target), target.Func, target.Num)
	switch e := err.(type) {
	case *strconv.NumError:
		fmt.Println("NumError", e.Err)
	default:
		fmt.Println("other")
	}
	_, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
}

func parseOthers() {
	for _, s := range []string{"1", "t", "TRUE", "True", "0", "f", "False", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	for _, s := range []string{"3.25", "-0", "1e-320", "1e400", "-1e400", "0x1.8p3", "inf", "-Infinity", "NaN", "1_0.5", ".5", "5.", "e5", "1e", "3.4028236e38", "123456789012345678901234567890"} {
		f64, err := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(f64, err, f32, err32)
	}
}

func formatFloats() {
	vals := []float64{0, 1, -2.5, 1.0 / 3, 123456789.125, 1e21, 1e-7, 5e-324, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 100, 0.000123}
	for _, v := range vals {
		for _, f := range []byte{'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X'} {
			for _, p := range []int{-1, 0, 3, 17} {
				fmt.Print(strconv.FormatFloat(v, f, p, 64), " ")
			}
		}
		fmt.Println()
		fmt.Println(strconv.FormatFloat(v, 'g', -1, 32), strconv.FormatFloat(v, 'e', 5, 32), strconv.FormatFloat(v, 'f', -1, 32))
	}
	fmt.Println(strconv.FormatFloat(1.5, 'z', -1, 64), strconv.FormatComplex(complex(1.5, -2), 'g', -1, 128))
	fmt.Printf("%s\n", strconv.AppendFloat([]byte("f="), 0.1, 'f', -1, 64))
}

func quoting() {
	fmt.Println(strconv.Quote("hello\n\"wörld\"\x00\u2028☺"), strconv.QuoteToASCII("wörld☺"), strconv.QuoteRune('☺'), strconv.QuoteRune('\''), strconv.QuoteRuneToASCII('ö'))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `"\u00e9\x41"`, `'ab'`, `abc`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	b := strconv.AppendInt([]byte("n="), -42, 10)
	b = strconv.AppendQuote(b, "q\"t")
	b = strconv.AppendBool(append(b, ' '), true)
	b = strconv.AppendUint(append(b, ' '), 255, 16)
	b = strconv.AppendQuoteRune(append(b, ' '), 'é')
	fmt.Println(string(b), strconv.IsPrint('\u00ad'), strconv.IsPrint('a'), strconv.CanBackquote("a`b"), strconv.FormatBool(false))
}

func main() {
	ints()
	errorValues()
	parseOthers()
	formatFloats()
	quoting()
}
