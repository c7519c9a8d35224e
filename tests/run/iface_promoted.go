package main

import "fmt"

type Logger interface{ Log(s string) string }

type Base struct{ prefix string }

func (b *Base) Log(s string) string { return b.prefix + s }

type Service struct {
	*Base
	name string
}

type Wrapped struct {
	Logger
	extra int
}

func main() {
	s := Service{&Base{"[svc] "}, "db"}
	var l Logger = s
	fmt.Println(l.Log("start"))
	w := Wrapped{l, 1}
	fmt.Println(w.Log("wrapped"))
	var l2 Logger = w
	fmt.Println(l2.Log("twice"))
	var l3 Logger = &Service{&Base{"> "}, "x"}
	fmt.Println(l3.Log("ptr"))
}
