// errorcheck -0 -m -l

package main

var sink interface{}

type S struct{ p *int }

// v, ok = x.(T), m[k] or <-c with an interface-typed v: gc converts the
// value only after escape analysis, so no diagnostic names the conversion,
// and the asserted value flows to v as it is.
func commaOK(y interface{}, m map[int]int, ch chan int) bool { // ERROR "y does not escape$" "m does not escape$" "ch does not escape$"
	var ok, ok2, ok3 bool
	sink, ok = y.(int)
	sink, ok2 = m[1]
	sink, ok3 = <-ch
	return ok && ok2 && ok3
}

func local() *int {
	i := 0 // ERROR "moved to heap: i$"
	var z interface{} = S{&i}
	var e interface{}
	var ok bool
	e, ok = z.(S)
	if ok {
		return e.(S).p
	}
	return nil
}

func main() {
	ch := make(chan int, 1)
	ch <- 3
	println(commaOK(5, map[int]int{1: 2}, ch), sink.(int)) // ERROR "5 does not escape$" "map\[int\]int\{\.\.\.\} does not escape$"
	println(*local())
}
