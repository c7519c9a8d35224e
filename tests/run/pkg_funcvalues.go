package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func apply(fs []func(string) string, s string) string {
	for _, f := range fs {
		s = f(s)
	}
	return s
}

func main() {
	fs := []func(string) string{strings.TrimSpace, strings.ToUpper, strings.ToLower, strings.Title}
	fmt.Println(apply(fs, "  hello world  "))
	conv := strconv.Itoa
	fmt.Println(conv(42) + "!")
	isD := unicode.IsDigit
	fmt.Println(isD('7'), isD('x'))
	fmt.Println(strings.TrimFunc("__ab__", func(r rune) bool { return r == '_' }))
	fmt.Println(strings.IndexFunc("abc1", unicode.IsDigit), strings.FieldsFunc("a1b2c", unicode.IsDigit))
	upper := strings.Map(unicode.ToUpper, "mixed Case")
	fmt.Println(upper)
	atoi := strconv.Atoi
	n, err := atoi("123")
	fmt.Println(n+1, err)
}
