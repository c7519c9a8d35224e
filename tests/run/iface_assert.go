package main

import "fmt"

type I interface{ M() int }
type J interface{ N() int }
type Stringer interface{ String() string }
type A struct{ v int }
type B struct{ v int }

func (a A) M() int  { return a.v }
func (b *B) M() int { return b.v }
func (b *B) N() int { return b.v * 10 }

func main() {
	var i I = A{1}
	a := i.(A)
	fmt.Println(a.v)
	_, ok := i.(*B)
	fmt.Println(ok)
	_, ok = i.(J)
	fmt.Println(ok)
	i = &B{2}
	j, ok := i.(J)
	fmt.Println(ok, j.N())
	var e interface{} = i
	k := e.(I)
	fmt.Println(k.M())
	var nilI I
	_, ok = nilI.(A)
	fmt.Println(ok)
	x, ok := e.(Stringer)
	fmt.Println(x == nil, ok)
	fmt.Println(e.(*B).v)
}
