package main

import "fmt"

type S struct {
	p *int
	s string
}

// v, ok = x.(T), m[k], <-c into interface-typed v: the value is boxed on
// the heap after the fact; it must survive the function that made it.
func fill() []interface{} {
	out := make([]interface{}, 4)
	var ok [4]bool
	var y interface{} = 42
	out[0], ok[0] = y.(int)
	m := map[string]S{"k": {nil, "map"}}
	out[1], ok[1] = m["k"]
	ch := make(chan [3]int, 1)
	ch <- [3]int{1, 2, 3}
	out[2], ok[2] = <-ch
	n := 9
	var z interface{} = S{&n, "ptr"}
	out[3], ok[3] = z.(S)
	fmt.Println(ok)
	return out
}

func main() {
	out := fill()
	fmt.Println(out[0], out[1].(S).s, out[2])
	s := out[3].(S)
	fmt.Println(*s.p, s.s)
	var e interface{}
	var ok bool
	e, ok = out[0].(string)
	fmt.Println(e, ok)
}
