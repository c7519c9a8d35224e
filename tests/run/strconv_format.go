package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(9876543210))
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36))
	fmt.Println(strconv.FormatUint(18446744073709551615, 10), strconv.FormatUint(8, 8))
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	fmt.Println(strconv.Quote("hello \"world\"\n\ttab"), strconv.Quote("日本\x01"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\n'))
	for _, s := range []string{"1", "t", "TRUE", "False", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	fmt.Println(string(buf))
	fmt.Println(strconv.IntSize)
}
