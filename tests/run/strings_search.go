package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "hello, wörld, hello"
	fmt.Println(strings.Contains(s, "wör"), strings.Contains(s, "xyz"), strings.Contains(s, ""))
	fmt.Println(strings.ContainsRune(s, 'ö'), strings.ContainsRune(s, 'z'))
	fmt.Println(strings.ContainsAny(s, "xyz!"), strings.ContainsAny(s, "qd"))
	fmt.Println(strings.Index(s, "hello"), strings.Index(s, "ld"), strings.Index(s, "nope"))
	fmt.Println(strings.LastIndex(s, "hello"), strings.LastIndex(s, "o"))
	fmt.Println(strings.IndexByte(s, ','), strings.IndexRune(s, 'ö'), strings.IndexRune(s, 'q'))
	fmt.Println(strings.IndexAny(s, "wr"), strings.LastIndexByte(s, 'l'))
	fmt.Println(strings.HasPrefix(s, "hell"), strings.HasPrefix(s, "ello"))
	fmt.Println(strings.HasSuffix(s, "llo"), strings.HasSuffix(s, "x"))
	fmt.Println(strings.Count(s, "l"), strings.Count(s, "hello"), strings.Count("five", ""))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("ÄÖ", "äö"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.IndexFunc("abc123", func(r rune) bool { return r >= '0' && r <= '9' }))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
}
