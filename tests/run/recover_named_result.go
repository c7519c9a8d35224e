package main

import "fmt"

func parse(s string) (n int, err string) {
	defer func() {
		if r := recover(); r != nil {
			n = -1
			err = fmt.Sprintf("bad input %q: %v", s, r)
		}
	}()
	if s == "" {
		panic("empty")
	}
	v := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			panic(fmt.Sprintf("bad digit %c", c))
		}
		v = v*10 + int(c-'0')
	}
	return v * 2, ""
}

func main() {
	for _, s := range []string{"21", "", "x1"} {
		n, err := parse(s)
		fmt.Println(n, err)
	}
}
