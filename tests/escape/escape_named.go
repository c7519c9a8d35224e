// errorcheck -0 -m -l

// Named types (without methods) behave like their underlying types.

package escape

type IntPtr *int
type Ints []int
type PtrSlice []*int
type Celsius float64
type Pair struct {
	A, B *int
}
type Matrix [4][4]float64

var gip IntPtr
var gpair Pair

func namedPtrLeak(p IntPtr) { // ERROR "leaking param: p$"
	gip = p
}

func namedPtrResult(p IntPtr) IntPtr { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}

func namedSlice() Ints {
	return Ints{1, 2, 3} // ERROR "Ints\{\.\.\.\} escapes to heap$"
}

func namedSliceLocal() int {
	s := Ints{1, 2, 3} // ERROR "Ints\{\.\.\.\} does not escape$"
	return len(s)
}

func namedMake(n int) Ints {
	return make(Ints, n) // ERROR "make\(Ints, n\) escapes to heap$"
}

func namedPtrSliceContent(s PtrSlice) { // ERROR "leaking param content: s$"
	gip = s[0]
}

func namedFloat(c Celsius) Celsius {
	return c * 2
}

func pairLocal() int {
	x, y := 1, 2
	p := Pair{&x, &y}
	return *p.A + *p.B
}

func pairGlobal() {
	x, y := 1, 2 // ERROR "moved to heap: x$" "moved to heap: y$"
	gpair = Pair{&x, &y}
}

func pairReturn(a *int) Pair { // ERROR "leaking param: a to result ~r0 level=0$"
	return Pair{A: a}
}

func newMatrix() *Matrix {
	return new(Matrix) // ERROR "new\(Matrix\) escapes to heap$"
}

func matrixLocal() float64 {
	m := new(Matrix) // ERROR "new\(Matrix\) does not escape$"
	m[1][2] = 3
	return m[1][2]
}

func convertNamed(p *int) IntPtr { // ERROR "leaking param: p to result ~r0 level=0$"
	return IntPtr(p)
}
