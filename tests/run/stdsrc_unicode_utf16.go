// unicode/utf16 and math/bits compiled from Go 1.19's source.
package main

import (
	"fmt"
	"math/bits"
	"unicode/utf16"
)

func main() {
	s := "héllo, 世界 𝄞 😀"
	u := utf16.Encode([]rune(s))
	fmt.Println(len([]rune(s)), len(u))
	fmt.Printf("%04x\n", u)
	fmt.Println(string(utf16.Decode(u)))
	r1, r2 := utf16.EncodeRune('😀')
	fmt.Printf("%x %x %c\n", r1, r2, utf16.DecodeRune(r1, r2))
	fmt.Println(utf16.IsSurrogate(r1), utf16.IsSurrogate('a'), utf16.DecodeRune('a', 'b'))
	for _, x := range []uint64{0, 1, 0x80, 0xF0F0, 1 << 63} {
		fmt.Println(bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x),
			bits.Len64(x), bits.Reverse64(x), bits.RotateLeft64(x, 3))
	}
	hi, lo := bits.Mul64(0xFFFFFFFFFFFFFFFF, 3)
	q, r := bits.Div64(1, 5, 7)
	s2, c := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(hi, lo, q, r, s2, c, bits.ReverseBytes32(0x01020304))
}
