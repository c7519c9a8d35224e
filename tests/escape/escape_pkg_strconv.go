// errorcheck -0 -m -l

// strconv: Itoa/Format* build new strings; Atoi/ParseInt/ParseFloat keep
// their argument inside the *NumError they may return (the string leaks);
// Quote only reads its argument; Append* return their dst.

package main

import (
	"fmt"
	"strconv"
)

func itoa(n int) string {
	return strconv.Itoa(n)
}

func atoiBytes(b []byte) int { // ERROR "b does not escape$"
	n, _ := strconv.Atoi(string(b)) // ERROR "string\(b\) escapes to heap$"
	return n
}

func atoiConst() int {
	n, err := strconv.Atoi("42")
	if err != nil {
		return -1
	}
	return n
}

func parseFloat(b []byte) float64 { // ERROR "b does not escape$"
	f, _ := strconv.ParseFloat(string(b), 64) // ERROR "string\(b\) escapes to heap$"
	return f
}

func quote(b []byte) string { // ERROR "b does not escape$"
	return strconv.Quote(string(b)) // ERROR "string\(b\) does not escape$"
}

func appendInt(n int64) []byte {
	buf := make([]byte, 0, 32) // ERROR "make\(\[\]byte, 0, 32\) escapes to heap$"
	buf = strconv.AppendInt(buf, n, 10)
	return buf
}

func appendLocal(n int64) int {
	buf := make([]byte, 0, 32) // ERROR "make\(\[\]byte, 0, 32\) does not escape$"
	buf = strconv.AppendInt(buf, n, 10)
	return len(buf)
}

func show(n int) {
	fmt.Println(strconv.Itoa(n), strconv.FormatFloat(1.5, 'f', 1, 64)) // ERROR "\.\.\. argument does not escape$" "strconv\.Itoa\(n\) escapes to heap$" "strconv\.FormatFloat\(1\.5, 'f', 1, 64\) escapes to heap$"
}

func main() {
	itoa(1)
	atoiBytes(nil)
	atoiConst()
	parseFloat(nil)
	quote(nil)
	appendInt(1)
	appendLocal(1)
	show(1)
}
