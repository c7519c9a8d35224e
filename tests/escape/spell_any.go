// errorcheck -0 -m -l

// gc 1.19 spells the predeclared any as any wherever the source wrote it,
// and interface{} as interface {}: the two are the same type, printed two
// ways in -m (and -m=2) lines.
package main

var sink any

func f(x int, s string) { // ERROR "leaking param: s"
	sink = any(x)                 // ERROR "^any\(x\) escapes to heap$"
	sink = interface{}(x)         // ERROR "^\(interface {}\)\(x\) escapes to heap$"
	sink = []any{x}               // ERROR "^\[\]any{...} escapes to heap$" "x escapes to heap"
	sink = []interface{}{x}       // ERROR "^\[\]interface {}{...} escapes to heap$" "x escapes to heap"
	sink = make([]any, x)         // ERROR "^make\(\[\]any, x\) escapes to heap$"
	sink = map[string]any{"a": x} // ERROR "^map\[string\]any{...} escapes to heap$" "x escapes to heap"
	m := any(s)                   // ERROR "^any\(s\) escapes to heap$" "moved to heap: m"
	sink = &m
	sink = new(any)                // ERROR "^new\(any\) escapes to heap$"
	sink = func() any { return x } // ERROR "func literal escapes to heap" "x escapes to heap"
}

func main() { f(1, "a") }
