// errorcheck -0 -m -l

// A type switch's operand flows straight into each clause's variable that
// has pointers ("switch case", at the clause, escape_typeswitch.m2), with
// a dereference unless the clause's type is an interface or pointer-shaped,
// and through one {temp} when several clauses have such a variable.
// Interface-to-interface conversions are noted "interface-converted".

package escape

import "fmt"

type T struct{ n int }

var sink *T
var sinks string
var sinki interface{}

func one(i interface{}) { // ERROR "leaking param: i$"
	switch v := i.(type) {
	case *T:
		sink = v
	}
}

func many(i interface{}) { // ERROR "leaking param: i$"
	switch v := i.(type) {
	case *T:
		sink = v
	case string:
		sinks = v
	case int:
		_ = v
	case fmt.Stringer, error:
		sinki = v
	default:
		fmt.Println(v) // ERROR "\.\.\. argument does not escape$"
	}
}

func local(i interface{}) int { // ERROR "i does not escape$"
	n := 0
	switch v := i.(type) {
	case *T:
		n = v.n
		n++
	case []int:
		n = len(v)
	}
	return n
}

func widen(s fmt.Stringer) interface{} { // ERROR "leaking param: s to result ~r0 level=0$"
	return s
}
