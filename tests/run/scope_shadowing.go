package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x, show())
	x := "main"
	fmt.Println(x, show())
	{
		x := "block"
		fmt.Println(x)
		{
			x = "block-modified"
			x := 3
			fmt.Println(x)
		}
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 1.5; x > 1 {
		fmt.Println("if", x)
	} else {
		x := "else"
		fmt.Println(x)
	}
	for x := 0; x < 2; x++ {
		x := x + 10
		fmt.Println("for", x)
	}
	switch x := 'c'; x {
	case 'c':
		x := "case"
		fmt.Println(x)
	}
	a, b := 1, 2
	b, c := 3, 4
	fmt.Println(a, b, c)
	{
		a, d := 5, 6
		fmt.Println(a, d)
	}
	fmt.Println(a)
	len := func0()
	fmt.Println(len)
	true := false
	fmt.Println(true, !true)
	type int = string
	var s int = "int is a string here"
	fmt.Println(s)
	print := "shadowed print"
	fmt.Println(print)
}

func func0() int { return 7 }
