package main

import "fmt"

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func join(parts []string, sep string) string {
	if len(parts) == 0 {
		return ""
	}
	out := parts[0]
	for _, p := range parts[1:] {
		out += sep + p
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

func index(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(repeat("ab", 5), len(repeat("xyz", 100)))
	fmt.Println(join([]string{"a", "b", "c"}, ", "), join(nil, "-"), join([]string{"one"}, "-"))
	fmt.Println(itoa(0), itoa(12345), itoa(-987), itoa(-9223372036854775807))
	fmt.Println(upper("Hello, World! 123"))
	fmt.Println(index("chicken", "ken"), index("chicken", "dmr"), index("abc", ""), index("", "a"))
	words := []string{}
	w := ""
	for _, c := range "the quick  brown fox " {
		if c == ' ' {
			if w != "" {
				words = append(words, w)
			}
			w = ""
			continue
		}
		w += string(c)
	}
	fmt.Println(len(words), words)
	fmt.Printf("%q\n", words)
	s := fmt.Sprint("x", 1, 2, "y", "z", 3.5, true)
	fmt.Println(s, len(s))
	s2 := fmt.Sprintln("a", 1, true)
	fmt.Printf("%q\n", s2)
}
