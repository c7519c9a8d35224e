package main

import "fmt"

type Temp float64

type Pair struct {
	A string
	B int
}

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Printf("%v|%+v|%#v\n", m, m, m)
	fmt.Printf("%d|%x|%s\n", m, m, m)
	fmt.Printf("[%10v]\n", map[int]int{1: 2})
	t := map[string]Temp{"x": 1.5, "y": -3}
	fmt.Printf("%v %#v\n", t, t)
	p := map[string]Pair{"k": {"z", 9}}
	fmt.Printf("%v %+v %#v\n", p, p, p)
	pm := &m
	fmt.Printf("%v\n", pm)
	fmt.Println(fmt.Sprint(m), fmt.Sprintf("%v", map[string]bool{}))
	e := map[string]int{}
	fmt.Printf("%v %#v\n", e, e)
	type M map[string]int
	fmt.Printf("%v %#v\n", M{"q": 1}, M{"q": 1})
}
