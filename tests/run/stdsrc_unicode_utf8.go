// unicode/utf8 compiled from Go 1.19's source (no longer a C table).
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界\xff"
	fmt.Println(utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s), utf8.Valid([]byte("ok")))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		fmt.Print(r, ":", n, " ")
		i += n
	}
	fmt.Println()
	r, n := utf8.DecodeLastRuneInString("ab世")
	fmt.Println(r, n, utf8.RuneLen('世'), utf8.RuneLen(-1), utf8.ValidRune(0xD800), utf8.FullRune([]byte{0xe4, 0xb8}))
	b := make([]byte, 0, 8)
	b = utf8.AppendRune(b, 'é')
	var buf [4]byte
	k := utf8.EncodeRune(buf[:], '界')
	fmt.Println(b, buf[:k], utf8.RuneError, utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune, utf8.RuneStart(0x80))
	r2, n2 := utf8.DecodeRune([]byte{0xc3})
	fmt.Println(r2, n2)
	r3, n3 := utf8.DecodeLastRune([]byte("x€"))
	fmt.Println(r3, n3, utf8.FullRuneInString("€"))
}
