package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	var gs []func() int
	for i := 0; i < 3; i++ {
		j := i
		gs = append(gs, func() int { return j * j })
	}
	for _, g := range gs {
		fmt.Println(g())
	}
}
