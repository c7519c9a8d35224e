package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("[%s]\n", strings.TrimSpace("  \t hello world \n "))
	fmt.Printf("[%s]\n", strings.Trim("xxhixx", "x"))
	fmt.Printf("[%s]\n", strings.Trim("  !!hi!! ", " !"))
	fmt.Printf("[%s]\n", strings.TrimLeft("aabbcc", "ab"))
	fmt.Printf("[%s]\n", strings.TrimRight("aabbcc", "cb"))
	fmt.Printf("[%s]\n", strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("[%s]\n", strings.TrimPrefix("body", "prefix-"))
	fmt.Printf("[%s]\n", strings.TrimSuffix("file.go", ".go"))
	fmt.Printf("[%s]\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.ToUpper("Hello, Wörld! ßé"), strings.ToLower("HeLLo ÀÉÎ"))
	fmt.Println(strings.Title("hello go world"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("a-b-c", "-", ""), strings.Replace("abc", "", "|", -1))
	rot := func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot, "hello, world"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return r
	}, "hello"))
}
