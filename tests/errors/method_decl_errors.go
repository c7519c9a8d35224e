package main

type T struct{ M int }

func (t T) M() {} // ERROR "field and method with the same name M"
func (t T) F() {}
func (t *T) F() {} // ERROR "T\.F redeclared in this block"
func (x int) G() {} // ERROR "cannot define new methods on non-local type int"

type P *T

func (p P) H() {} // ERROR "invalid receiver type P \(pointer or interface type\)"

type S struct{}

func (s *S) Ptr() {}

func main() {
	S{}.Ptr() // ERROR "cannot call pointer method Ptr on S"
	var s S
	s.Ptr()
	T{}.Z() // ERROR "T\{\}\.Z undefined \(type T has no field or method Z\)"
	_ = T.Missing // ERROR "T\.Missing undefined \(type T has no field or method Missing\)"
}
