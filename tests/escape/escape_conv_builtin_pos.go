// errorcheck -0 -m -l

// Where gc reports the implicit conversion of a var declaration's value
// (var a I = T1{...}): at the last node its front end visited in the value.
// A call sets that back to its own '(', except a builtin's with an operand
// that is not a constant: len(s) leaves it at s, make([]byte, 32) at
// make's '('. The columns are checked by escape_conv_builtin_pos.m2.

package escape

type I interface{ Get() int }

type T1 struct{ n int }

func (t T1) Get() int { return t.n }

func id(n int) int { return n }

func f(s []byte) int { // ERROR "s does not escape$"
	var a I = T1{n: len(make([]byte, 32))} // ERROR "T1{...} does not escape$" "make\(\[\]byte, 32\) does not escape$"
	var b I = T1{n: len(s)}                 // ERROR "T1{...} does not escape$"
	var c I = T1{n: cap(make([]byte, len(s)))} // ERROR "T1{...} does not escape$" "make\(\[\]byte, len\(s\)\) escapes to heap$"
	var d I = T1{n: id(len(s))}             // ERROR "T1{...} does not escape$"
	var e I = T1{n: len(s) + id(2)}         // ERROR "T1{...} does not escape$"
	var g I = T1{n: copy(s, s)}             // ERROR "T1{...} does not escape$"
	return a.Get() + b.Get() + c.Get() + d.Get() + e.Get() + g.Get() // ERROR "devirtualizing a.Get to T1$" "devirtualizing b.Get to T1$" "devirtualizing c.Get to T1$" "devirtualizing d.Get to T1$" "devirtualizing e.Get to T1$" "devirtualizing g.Get to T1$"
}
