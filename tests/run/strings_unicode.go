package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "Ünïcödé Straße ΑΒΓ привет"
	fmt.Println(strings.ToUpper(s))
	fmt.Println(strings.ToLower(s))
	fmt.Println(strings.Index(s, "Straße"), strings.IndexRune(s, 'Γ'), strings.Count(s, "е"))
	fmt.Println(strings.Split("α,β,γ", ","), len(strings.Split("日本語", "")))
	fmt.Println(strings.TrimLeft("ääbc", "ä"), strings.TrimRight("abcéé", "é"))
	fmt.Printf("%q\n", strings.Fields(" a\u00a0b\u2003c "))
	fmt.Println(strings.Repeat("é", 3), strings.ContainsAny("naïve", "ïx"))
	fmt.Println(strings.EqualFold("Привет", "ПРИВЕТ"))
}
