package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 \t!é世Ωж_" {
		fmt.Printf("%q L%v D%v S%v U%v l%v P%v\n", r, unicode.IsLetter(r), unicode.IsDigit(r),
			unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r))
	}
	for _, r := range "abcXYZéÉωΩжЖ1" {
		fmt.Print(string(unicode.ToUpper(r)), string(unicode.ToLower(r)), " ")
	}
	fmt.Println()
	count := 0
	for _, r := range "Hello World 123" {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			count++
		}
	}
	fmt.Println(count, unicode.MaxRune, unicode.ReplacementChar)
}
