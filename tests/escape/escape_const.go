// errorcheck -0 -m -l

// Boxing constants and small values: gc reports "escapes to heap" for every
// boxed value that reaches the heap, even where the runtime later avoids an
// allocation (small integers, bools, zero-size values, constants).

package escape

var sink interface{}

type Empty struct{}

func boxes() {
	sink = 1 // ERROR "1 escapes to heap$"
	sink = "const" // ERROR ".const. escapes to heap$"
	sink = true // ERROR "true escapes to heap$"
	sink = 2.5 // ERROR "2\.5 escapes to heap$"
	sink = 'r' // ERROR "'r' escapes to heap$"
	sink = nil
	sink = Empty{} // ERROR "Empty\{\} escapes to heap$"
	sink = [2]int{1, 2} // ERROR "\[2\]int\{\.\.\.\} escapes to heap$"
	sink = struct{ a, b int }{1, 2} // ERROR "struct \{ a int; b int \}\{\.\.\.\} escapes to heap$"
	var b byte = 7
	sink = b // ERROR "b escapes to heap$"
	sink = uint64(1) << 40 // ERROR "uint64\(1\) << 40 escapes to heap$"
}

func boxConstLocal() bool {
	var e interface{} = 1 // ERROR "1 does not escape$"
	var f interface{} = "x" // ERROR ".x. does not escape$"
	return e == f
}

const Pi = 3.14

func boxNamedConst() {
	sink = Pi // ERROR "Pi escapes to heap$"
}

func compareConsts(e interface{}) bool { // ERROR "e does not escape$"
	return e == 5 || e == "five"
}
