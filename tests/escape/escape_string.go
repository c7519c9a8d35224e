// errorcheck -0 -m -l

// Strings: concatenation and []byte/string conversions allocate; the result
// does not escape when it stays local (gc then uses a 32-byte stack buffer).

package escape

var gstr string
var gbytes []byte

func concatLocal(a, b string) int { // ERROR "a does not escape$" "b does not escape$"
	s := a + b // ERROR "a \+ b does not escape$"
	return len(s)
}

func concatReturned(a, b string) string { // ERROR "a does not escape$" "b does not escape$"
	return a + b // ERROR "a \+ b escapes to heap$"
}

func concatToGlobal(a string) { // ERROR "a does not escape$"
	gstr = a + "!" // ERROR "a \+ .!. escapes to heap$"
}

func concatThree(a, b, c string) string { // ERROR "a does not escape$" "b does not escape$" "c does not escape$"
	s := a + b + c // ERROR "a \+ b \+ c escapes to heap$"
	return s
}

// gc 1.19 prints nothing for "s += a": the concatenation node is only built
// after escape analysis (by walk); compare concatLocal's "a + b".
func concatAssignOp(a string) int { // ERROR "a does not escape$"
	s := "x"
	s += a
	return len(s)
}

func bytesLocal(s string) int { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$"
	return len(b)
}

func bytesReturned(s string) []byte { // ERROR "s does not escape$"
	return []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}

func bytesToGlobal(s string) { // ERROR "s does not escape$"
	gbytes = []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}

func stringLocal(b []byte) int { // ERROR "b does not escape$"
	s := string(b) // ERROR "string\(b\) does not escape$"
	return len(s)
}

func stringReturned(b []byte) string { // ERROR "b does not escape$"
	return string(b) // ERROR "string\(b\) escapes to heap$"
}

func stringCompare(b []byte) bool { // ERROR "b does not escape$"
	return string(b) == "abc" // ERROR "string\(b\) does not escape$"
}

func bytesConst() int {
	b := []byte("constant") // ERROR "\(\[\]byte\)\(.constant.\) does not escape$"
	return len(b)
}

func stringIndex(s string) byte { // ERROR "s does not escape$"
	return s[0]
}

func substring(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[1:]
}

func stringFromByte(c byte) string {
	return string(rune(c)) // ERROR "string\(rune\(c\)\) escapes to heap$"
}

func loopConcat(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += "a"
	}
	return s
}
