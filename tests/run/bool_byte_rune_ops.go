package main

import "fmt"

type Bit bool

func xor(a, b bool) bool { return a != b }

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 }

func rot13(s string) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+13)%26
		}
	}
	return string(b)
}

func main() {
	for _, a := range []bool{false, true} {
		for _, b := range []bool{false, true} {
			fmt.Println(a, b, a && b, a || b, !a, xor(a, b), a == b)
		}
	}
	var bit Bit = true
	fmt.Printf("%v %T %t\n", !bit, bit, bit)
	digits, letters, other := 0, 0, 0
	for _, r := range "abc 123 ÄÖ!?" {
		switch {
		case r < 128 && isDigit(byte(r)):
			digits++
		case isLetter(r):
			letters++
		default:
			other++
		}
	}
	fmt.Println(digits, letters, other)
	fmt.Println(rot13("Hello, World!"), rot13(rot13("Hello, World!")))
	var c byte = 'a'
	c -= 'a' - 'A'
	fmt.Println(c, string(rune(c)))
	var r rune = 'z'
	r -= 25
	fmt.Println(r, string(r), r+1, string(r+1))
	fmt.Println('a' < 'b', 'Z' < 'a', byte(300%256), rune(-1))
	var parsed int
	for _, ch := range []byte("12345") {
		parsed = parsed*10 + int(ch-'0')
	}
	fmt.Println(parsed, parsed*2)
	hex := "0123456789abcdef"
	v := 0xBEEF
	out := ""
	for v > 0 {
		out = string(hex[v%16]) + out
		v /= 16
	}
	fmt.Println(out)
	t := true
	t = !t || t && !t
	fmt.Println(t)
}
