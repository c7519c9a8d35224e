package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	b[0] = 'H'
	fmt.Println(s, string(b))
	r[len(r)-1] = '!'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x110000)), string(rune(0xD800)))
	var rr rune = 'é'
	fmt.Println(string(rr), len(string(rr)))
	bs := []byte{104, 105, 0xff}
	str := string(bs)
	bs[0] = 'X'
	fmt.Println(str, len(str), string(bs))
	fmt.Printf("%q\n", str)
	rs := []rune{0x48, 0x49, 0x10FFFF + 1, 0x263A}
	fmt.Printf("%q\n", string(rs))
	fmt.Println(string([]byte{}), len(string([]rune(nil))))
	type MyString string
	type MyBytes []byte
	ms := MyString("named")
	mb := MyBytes(ms)
	fmt.Println(ms, mb, string(mb), MyString(mb[1:3]))
	fmt.Printf("%T %T\n", ms, mb)
	cp := []byte("copy")
	n := copy(cp, "XY")
	fmt.Println(n, string(cp))
	app := append([]byte("abc"), "def"...)
	fmt.Println(string(app), len(app))
	var bb []byte
	for i := 0; i < 26; i++ {
		bb = append(bb, byte('a'+i))
	}
	fmt.Println(string(bb))
	fmt.Println(string(bb[3:6]) == "def", string(bb[:0]) == "")
}
