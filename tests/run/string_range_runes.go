package main

import "fmt"

func main() {
	s := "aé世😀"
	for i, r := range s {
		fmt.Println(i, r, string(r), fmt.Sprintf("%q %U", r, r))
	}
	bad := "a\xffb\xc3\x28c\xe2\x82"
	for i, r := range bad {
		fmt.Println(i, r, r == '\uFFFD')
	}
	n := 0
	for range "héllo" {
		n++
	}
	fmt.Println("runes:", n, "bytes:", len("héllo"))
	for i := range "ab世" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var last rune
	for _, last = range "xyz" {
	}
	fmt.Println(last, string(last))
	surrogate := "\xed\xa0\x80"
	for i, r := range surrogate {
		fmt.Println("surrogate", i, r)
	}
	overlong := "\xc0\xaf"
	for i, r := range overlong {
		fmt.Println("overlong", i, r)
	}
	fmt.Println(len([]rune(bad)), len(bad))
	fmt.Printf("%q\n", bad)
	fmt.Printf("%+q\n", s)
	fmt.Printf("%x\n", s)
}
