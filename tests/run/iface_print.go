package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	In  Inner
	P   *Inner
	Any interface{}
	S   []interface{}
}

func main() {
	var e interface{} = Inner{1, "x"}
	o := Outer{In: Inner{2, "y"}, Any: e, S: []interface{}{1, "a", nil, Inner{}}}
	fmt.Println(o)
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%T\n", o)
	fmt.Printf("%T %T %T\n", o.Any, o.S, o.P)
	var vals []any
	vals = append(vals, 1, "s", 2.5)
	fmt.Println(vals...)
	fmt.Println(vals)
	fmt.Printf("%v %d\n", vals, vals[:1])
	fmt.Printf("%s\n", vals[1:2])
	fmt.Printf("%q\n", []any{"a", 'b', 3})
	var nilIface any
	fmt.Printf("[%v] [%s] [%d] [%T] [%q]\n", nilIface, nilIface, nilIface, nilIface, nilIface)
	fmt.Println(nilIface, []any{nil, nil})
	fmt.Print(nilIface, "\n")
	fmt.Print(1, 2, "a", "b", 3, nilIface, 4, "\n")
	fmt.Println(fmt.Sprint(nilIface), fmt.Sprint(e))
	var inner any = o.Any
	fmt.Println(inner == e, inner)
	fmt.Printf("%v %v\n", any(nil) == nil, any(0) == nil)
	fmt.Printf("%x %X %o\n", any(255), any("hi"), any(8))
}
