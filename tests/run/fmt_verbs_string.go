package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("%s|%10s|%-10s|%.2s|%5.1s|%q|%x|%X|% x\n", s, s, s, s, s, s, s, s, s)
	fmt.Printf("%q %+q %#q %#q\n", "日本\n", "日本", "back`tick", "plain")
	fmt.Printf("%v %s\n", []string{"a", "b"}, []string{"c", "d"})
	fmt.Printf("%q\n", []string{"x y", "\t"})
	fmt.Printf("%s\n", []byte("bytes"))
	fmt.Printf("%v\n", []byte("bytes"))
	fmt.Printf("%q\n", []byte("q\x00"))
	fmt.Printf("%08s|%-8q|\n", "pad", "q")
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%%|%5%|%v\n", 1)
	// Misused verbs: formats held in variables so that vet does not reject them.
	bad := []string{"%s %d\n", "%d\n", "%d %d\n", "extra\n", "%!\n", "%z\n", "%t\n", "%.2f\n", "%[3]v\n"}
	fmt.Printf(bad[0], 42, "str")
	fmt.Printf(bad[1])
	fmt.Printf(bad[2], 1)
	fmt.Printf(bad[3], 1, "two")
	fmt.Printf(bad[4])
	fmt.Printf(bad[5], 5)
	fmt.Printf(bad[6], 1)
	fmt.Printf(bad[7], "notfloat")
	fmt.Printf(bad[8], 1, 2)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%-5s|%5s|\n", "toolongvalue", "")
	fmt.Printf("%.0s|%.10s|\n", "abc", "abc")
	fmt.Printf("%5.2q|\n", "abcdef")
	fmt.Printf("%x %X\n", "", "\xff")
	out := fmt.Sprintf("%s=%d;", "a", 1) + fmt.Sprintf("%s=%d;", "b", 2)
	fmt.Println(out, len(out))
	fmt.Println(fmt.Sprintf("%v", "no newline"), fmt.Sprintf("%5d", 3))
}
