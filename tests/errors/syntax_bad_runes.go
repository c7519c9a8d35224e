package main

func main() {
	a := 'ab' // ERROR "more than one character in rune literal"
	b := '' // ERROR "empty rune literal or unescaped '"
	c := '\q' // ERROR "unknown escape"
	d := "\z" // ERROR "unknown escape"
	e := '\400' // ERROR "octal escape value 256 > 255"
	f := "\uD800" // ERROR "escape is invalid Unicode code point U\+D800"
	g := '\x4' // ERROR "invalid character '\\'' in hexadecimal escape"
	_, _, _, _, _, _, _ = a, b, c, d, e, f, g
}
