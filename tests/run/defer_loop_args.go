package main

import "fmt"

type T struct{ name string }

func show(t T, n int) { fmt.Println("show", t.name, n) }

func main() {
	t := T{"a"}
	for i := 0; i < 3; i++ {
		defer show(t, i)
		t.name += "b"
	}
	p := &T{"ptr"}
	defer fmt.Println(p.name)
	defer func() { fmt.Println(p.name) }()
	p.name = "changed"
	fmt.Println("end of main")
}
