// errorcheck -0 -m -l

// Seed 002 §2.9 and §2.10: []byte(s), string(b), s + t and fmt.Sprintf. The
// conversions escape only when their results do; fmt.Sprintf boxes its
// arguments.

package main

import "fmt"

var keep []string

func conv(s, t string) { // ERROR "s does not escape$" "t does not escape$"
	b := []byte(s)  // 新底层数组 // ERROR "\(\[\]byte\)\(s\) does not escape$"
	s2 := string(b) // 新字符串 // ERROR "string\(b\) does not escape$"
	s3 := s + t     // 产生新字符串 // ERROR "s \+ t does not escape$"
	println(len(s2), len(s3))
}

func convEscapes(s, t string) { // ERROR "s does not escape$" "t does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$"
	s2 := string(b) // ERROR "string\(b\) escapes to heap$"
	s3 := s + t // ERROR "s \+ t escapes to heap$"
	keep = append(keep, s2, s3)
}

func format(id int, name string) string { // ERROR "leaking param: name$"
	return fmt.Sprintf("%d:%s", id, name) // ERROR "\.\.\. argument does not escape$" "id escapes to heap$" "name escapes to heap$"
}

func main() {
	conv("a", "b")
	convEscapes("c", "d")
	println(format(1, "x"))
}
