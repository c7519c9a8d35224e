package main

import "fmt"

type Inner struct{}

func (Inner) Who() string { return "inner" }
func (Inner) Only() string { return "only-inner" }

type Mid struct{ Inner }

func (Mid) Who() string { return "mid" }

type Top struct {
	Mid
	n int
}

type Who interface{ Who() string }

func main() {
	t := Top{}
	fmt.Println(t.Who(), t.Only(), t.Mid.Inner.Who())
	var w Who = t
	fmt.Println(w.Who())
	w = t.Mid.Inner
	fmt.Println(w.Who())
}
