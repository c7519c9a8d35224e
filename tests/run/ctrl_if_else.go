package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	} else {
		return "large"
	}
}

func div(a, b int) (int, bool) {
	if b == 0 {
		return 0, false
	}
	return a / b, true
}

func sideEffect(tag string, v bool, log *[]string) bool {
	*log = append(*log, tag)
	return v
}

func main() {
	for _, n := range []int{-5, 0, 3, 42} {
		fmt.Println(n, classify(n))
	}
	if q, ok := div(10, 3); ok {
		fmt.Println("q", q)
	} else {
		fmt.Println("fail", q)
	}
	if q, ok := div(1, 0); ok {
		fmt.Println("q", q)
	} else {
		fmt.Println("fail", q, ok)
	}
	x := 5
	if x := x * 2; x > 8 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	var log []string
	if sideEffect("a", false, &log) && sideEffect("b", true, &log) {
		fmt.Println("unreachable")
	}
	if sideEffect("c", true, &log) || sideEffect("d", true, &log) {
		fmt.Println("short-circuit or")
	}
	if !sideEffect("e", false, &log) || sideEffect("f", false, &log) && sideEffect("g", true, &log) {
		fmt.Println("precedence")
	}
	fmt.Println(log)
	a, b, c := true, false, true
	fmt.Println(a && b || c, a && (b || c), !a || !b, a != b, a == c)
	if v := 3; v > 1 {
		if w := v + 1; w > 3 {
			fmt.Println("nested", v, w)
		}
	}
	var flag bool
	if flag {
		fmt.Println("no")
	} else if !flag {
		fmt.Println("not flag")
	}
}
