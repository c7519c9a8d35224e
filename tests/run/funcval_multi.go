package main

import "fmt"

type handler func(string) (string, bool)

func upper(s string) (string, bool) {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b), true
}

func join(parts []string, sep string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func run(h handler, in string) {
	out, ok := h(in)
	fmt.Println(out, ok)
}

func variadic(prefix string, parts ...string) string {
	return prefix + join(parts, "-")
}

func main() {
	run(upper, "abc")
	run(func(s string) (string, bool) { return s + s, len(s) > 2 }, "xy")
	v := variadic
	fmt.Println(v("p:", "a", "b", "c"))
	parts := []string{"x", "y"}
	fmt.Println(v("q:", parts...))
	fmt.Println(v("r:"))
	var h handler = upper
	s, _ := h("done")
	fmt.Println(s)
}
