package main

type I interface{ M() }
type J interface {
	M()
	N(int) string
}
type T struct{}

func (t *T) M() {}

type U int

func (u U) N(string) string { return "" }
func (u U) M()              {}

type V struct{}

func main() {
	var t T
	var i I = t // ERROR "cannot use t \(variable of type T\) as type I in variable declaration:"
	var j J = U(1) // ERROR "cannot use U\(1\) \(constant 1 of type U\) as type J in variable declaration:"
	var k I = V{} // ERROR "cannot use V\{\} \(value of type V\) as type I in variable declaration:"
	var e interface{} = 1
	_ = e.(T).x // ERROR "e\.\(T\)\.x undefined \(type T has no field or method x\)"
	var x int
	_ = i.(V) // ERROR "impossible type assertion: i\.\(V\)"
	switch x.(type) { // ERROR "x \(variable of type int\) is not an interface"
	}
	switch i.(type) {
	case V: // ERROR "impossible type switch case: V"
	}
	switch y := e.(type) { // ERROR "y declared but not used"
	case int, int: // ERROR "duplicate case int in type switch"
	}
	_, _, _ = j, k, t
}
