// errorcheck -0 -m -l

// Boxing into interface{}: converting a non-pointer value to an interface
// needs storage for the value; it escapes if the interface does.

package escape

var sink interface{}

type Point struct {
	X, Y int
}

func boxToGlobal() {
	x := 1
	sink = x // ERROR "x escapes to heap$"
}

func boxPointerToGlobal() {
	p := &Point{1, 2} // ERROR "&Point\{\.\.\.\} escapes to heap$"
	sink = p
}

func boxStructToGlobal() {
	p := Point{1, 2}
	sink = p // ERROR "p escapes to heap$"
}

func boxLocal() bool {
	x := 42
	var e interface{} = x // ERROR "x does not escape$"
	return e != nil
}

func boxCompare(a, b int) bool {
	var x, y interface{} = a, b // ERROR "a does not escape$" "b does not escape$"
	return x == y
}

func boxCompareConst(a int) bool {
	var e interface{} = a // ERROR "a does not escape$"
	return e == 3
}

func boxReturned(n int) interface{} {
	return n // ERROR "n escapes to heap$"
}

func boxReturnedPtr() interface{} {
	return &Point{} // ERROR "&Point\{\} escapes to heap$"
}

func boxParam(e interface{}) { // ERROR "leaking param: e$"
	sink = e
}

func boxParamLocal(e interface{}) bool { // ERROR "e does not escape$"
	return e != nil
}

func callBoxParam() {
	boxParam(5) // ERROR "5 escapes to heap$"
	v := 6
	boxParam(v) // ERROR "v escapes to heap$"
	boxParamLocal(v) // ERROR "v does not escape$"
	boxParamLocal(&Point{}) // ERROR "&Point\{\} does not escape$"
}

func anyVar() any {
	var a any = "hello" // ERROR ".hello. escapes to heap$"
	return a
}

func boxString(s string) interface{} { // ERROR "leaking param: s$"
	return s // ERROR "s escapes to heap$"
}

func boxSlice(s []int) { // ERROR "leaking param: s$"
	sink = s // ERROR "s escapes to heap$"
}

func ifaceToIface(e interface{}) interface{} { // ERROR "leaking param: e to result ~r0 level=0$"
	var f interface{} = e
	return f
}

func boxBool(b bool) {
	sink = b // ERROR "b escapes to heap$"
}

func boxArrayOfIfaces() int {
	a := [2]interface{}{1, "x"} // ERROR "1 does not escape$" ".x. does not escape$"
	return len(a)
}
