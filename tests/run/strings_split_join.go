package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("a b c", " "))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  foo bar\tbaz\n  qux  "))
	fmt.Printf("%q\n", strings.Fields("   "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' }))
	parts := []string{"x", "y", "z"}
	fmt.Println(strings.Join(parts, "-"), strings.Join(parts[:1], "-"), strings.Join(nil, "-") == "")
	words := strings.Fields("the quick brown fox")
	fmt.Println(len(words), strings.Join(words, "+"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "", len(strings.Repeat("-", 40)))
}
