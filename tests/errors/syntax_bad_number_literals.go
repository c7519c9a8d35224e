package main

func main() {
	a := 08 // ERROR "invalid digit '8' in octal literal"
	b := 0b102 // ERROR "invalid digit '2' in binary literal"
	c := 0x // ERROR "hexadecimal literal has no digits"
	d := 1e+ // ERROR "exponent has no digits"
	e := 0o8 // ERROR "invalid digit '8' in octal literal"
	f := 1__0 // ERROR "'_' must separate successive digits"
	g := 0x1.5 // ERROR "hexadecimal mantissa requires a 'p' exponent"
	_, _, _, _, _, _, _ = a, b, c, d, e, f, g
}
