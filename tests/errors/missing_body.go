package main

func f(x *int) // ERROR "missing function body"

type T struct{}

func (T) M(p *int) // ERROR "missing function body"

func main() {
	var i int
	f(&i)
	T{}.M(&i)
}
