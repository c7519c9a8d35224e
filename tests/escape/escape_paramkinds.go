// errorcheck -0 -m -l

// Parameter kinds: only parameters that hold pointers get a tag; scalars
// (int, float, bool, arrays and structs of scalars) never appear in -m output.

package escape

var sink interface{}

type Vec struct {
	X, Y float64
}

type Named struct {
	Name string
}

func intParam(n int) {
	sink = n // ERROR "n escapes to heap$"
}

func floatParam(f float64) float64 {
	return f * 2
}

func boolParam(b bool) bool {
	return !b
}

func arrayParam(a [4]int) int {
	return a[0]
}

func vecParam(v Vec) Vec {
	return v
}

func vecPtrParam(v *Vec) float64 { // ERROR "v does not escape$"
	return v.X
}

func vecPtrLeak(v *Vec) { // ERROR "leaking param: v$"
	sink = v
}

func stringParam(s string) int { // ERROR "s does not escape$"
	return len(s)
}

func stringLeak(s string) { // ERROR "leaking param: s$"
	sink = s // ERROR "s escapes to heap$"
}

func namedStringStruct(n Named) string { // ERROR "leaking param: n to result ~r0 level=0$"
	return n.Name
}

func sliceParam(s []int) int { // ERROR "s does not escape$"
	return len(s)
}

func ifaceParam(e interface{}) bool { // ERROR "e does not escape$"
	return e == nil
}

func ptrParam(p *int) bool { // ERROR "p does not escape$"
	return p == nil
}

func ptrPtrParam(pp **int) bool { // ERROR "pp does not escape$"
	return *pp == nil
}

func arrayOfStringsParam(a [2]string) string { // ERROR "leaking param: a to result ~r0 level=0$"
	return a[1]
}
