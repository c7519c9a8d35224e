// errorcheck -0 -m -l

// The builtins print and println are not calls into Go code: their arguments
// are never boxed and never escape (contrast escape_fmt.go).

package main

type T struct {
	a int
}

func main() {
	x := 1
	p := &x
	println(x, p)
	s := "str"
	print(s, "\n")
	t := &T{a: 2} // ERROR "&T\{\.\.\.\} does not escape$"
	println(t, t.a)
	var e interface{} = x // ERROR "x does not escape$"
	println(e)
	b := []byte("bytes") // ERROR "\(\[\]byte\)\(.bytes.\) does not escape$"
	println(len(b), b)
	println(1.5, true, 'c')
}
