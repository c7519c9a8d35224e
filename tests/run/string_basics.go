package main

import "fmt"

func main() {
	s := "hello, 世界"
	fmt.Println(s, len(s))
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	fmt.Println(s[0], s[7], string(s[0]), s[:5], s[7:], s[7:10], s[:])
	fmt.Printf("%c %v %T\n", s[1], s[1], s[1])
	t := s + "!" + " " + "ok"
	fmt.Println(t, len(t))
	u := ""
	for i := 0; i < 5; i++ {
		u += string(rune('a' + i))
	}
	fmt.Println(u)
	u += u
	fmt.Println(u, len(u))
	fmt.Println("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "abc" == "ab"+"c", "x" != "y")
	fmt.Println("b" > "abc", "abc" >= "abc", "abc" <= "abd", "é" > "z")
	a := "same"
	b := "sa"
	b += "me"
	fmt.Println(a == b, a != b)
	var empty string
	fmt.Println(empty == "", len(empty), empty+"x")
	fmt.Printf("[%s] [%q] [%v] [%x] [% x] [%X]\n", s, s, s, "hi", "hi", "héllo")
	sub := s[7:]
	fmt.Println(len(sub), sub[0])
	counts := [256]int{}
	for i := 0; i < len(t); i++ {
		counts[t[i]]++
	}
	fmt.Println(counts['l'], counts['o'], counts[' '])
	rev := ""
	for i := len("stressed") - 1; i >= 0; i-- {
		rev += string("stressed"[i])
	}
	fmt.Println(rev)
}
