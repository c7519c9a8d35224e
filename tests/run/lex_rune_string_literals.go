package main

import "fmt"

func main() {
	fmt.Println('a', 'Z', '0', ' ', '\n', '\t', '\\', '\'', '"')
	fmt.Println('\a', '\b', '\f', '\r', '\v', '\000', '\x41', '\u00e9', '\U0001F600')
	fmt.Println('世', '界', 'é', '\377')
	fmt.Println("hello\tworld", "quote\"inside", "back\\slash")
	fmt.Println("\x41\x42\x43", "\101\102\103", "\u4e16\u754c", "\U0001F600")
	fmt.Println(len("\xff\xfe"), len("\u00e9"), len("é"), len("世界"), len("\U0001F600"))
	raw := `raw\n string with "quotes" and \t no escapes`
	fmt.Println(raw, len(raw))
	multi := `line1
line2
	line3`
	fmt.Println(multi)
	fmt.Println(len(multi))
	fmt.Printf("%q\n", "tab\there\x00nul\u2028ls")
	fmt.Printf("%q %q %q\n", 'x', '\n', '世')
	crlf := `a` + "\r" + `b`
	fmt.Printf("%q\n", crlf)
	fmt.Println("" == ``, "a"+"" == `a`)
}
