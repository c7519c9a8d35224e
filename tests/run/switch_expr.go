package main

import "fmt"

func name(d int) string {
	switch d {
	case 0:
		return "zero"
	case 1, 2, 3:
		return "few"
	case 4:
	case 5:
		return "five"
	default:
		return "many"
	}
	return "four (empty case)"
}

func kind(s string) int {
	switch s {
	case "a", "e", "i", "o", "u":
		return 1
	case "":
		return 0
	}
	return 2
}

func main() {
	for i := 0; i < 7; i++ {
		fmt.Println(i, name(i))
	}
	fmt.Println(kind("a"), kind(""), kind("z"))
	x := 3
	switch y := x * 2; y {
	case 6:
		fmt.Println("six")
		fallthrough
	case 7:
		fmt.Println("seven (fallthrough)")
		fallthrough
	default:
		fmt.Println("default (fallthrough)")
	case 8:
		fmt.Println("eight")
	}
	switch x {
	default:
		fmt.Println("default first")
	case 1:
		fmt.Println("one")
	}
	switch {
	}
	switch x {
	}
	calls := 0
	f := func0(&calls) + 1
	switch f {
	case 1:
		fmt.Println("f1")
	case func0(&calls):
		fmt.Println("f2")
	case func0(&calls):
		fmt.Println("f3")
	}
	fmt.Println("calls", calls)
	var r rune = 'x'
	switch r {
	case 'a', 'b':
		fmt.Println("ab")
	case 'x':
		fmt.Println("x!")
		if r == 'x' {
			break
		}
		fmt.Println("not printed")
	}
	type Color int
	const (
		Red Color = iota
		Green
		Blue
	)
	for _, c := range []Color{Blue, Red, Green} {
		switch c {
		case Red:
			fmt.Print("red ")
		case Green:
			fmt.Print("green ")
		case Blue:
			fmt.Print("blue ")
		}
	}
	fmt.Println()
	var u8 uint8 = 200
	switch u8 + 100 {
	case 44:
		fmt.Println("wrapped 44")
	case 300 - 256 + 1:
		fmt.Println("45")
	}
}

func func0(c *int) int {
	*c++
	return *c
}
