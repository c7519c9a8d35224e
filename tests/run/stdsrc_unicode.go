// unicode compiled from Go 1.19's source: its real tables, so every script
// classifies and case-maps as under gc (the C tables approximated most).
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 ա世!\tΣσ_٣ǅ" {
		fmt.Println(string(r), unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r), unicode.IsTitle(r),
			string(unicode.ToUpper(r)), string(unicode.ToLower(r)), string(unicode.ToTitle(r)), string(unicode.SimpleFold(r)))
	}
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('ա', unicode.Armenian, unicode.Greek), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit}, '7'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.Version)
	fmt.Println(unicode.TurkishCase.ToUpper('i') == 'İ', unicode.IsControl('\n'), unicode.IsGraphic('x'), unicode.IsPrint(' '), unicode.IsMark('\u0301'), unicode.IsSymbol('+'))
}
