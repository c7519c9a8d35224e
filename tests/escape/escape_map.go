// errorcheck -0 -m -l

// maps: make(map) and map literals are allocation sites whose header may
// stay on the stack; the keys and values stored into a map always flow to
// the heap (the entries live there); reads, delete and len are discarded.

package escape

type P struct{ X, Y int }

var sink interface{}

func makeReturned() map[string]int {
	m := make(map[string]int) // ERROR "make\(map\[string\]int\) escapes to heap$"
	m["a"] = 1
	return m
}

func literalLocal() int {
	m := map[string]int{"a": 1, "b": 2} // ERROR "map\[string\]int\{\.\.\.\} does not escape$"
	return m["a"]
}

func storePtrValue(k string, v *int) { // ERROR "leaking param: k$" "leaking param: v$"
	m := make(map[string]*int) // ERROR "make\(map\[string\]\*int\) does not escape$"
	m[k] = v
}

func storePtrKey(k *string, v int) { // ERROR "leaking param: k$"
	m := make(map[*string]int, 10) // ERROR "make\(map\[\*string\]int, 10\) does not escape$"
	m[k] = v
	x, ok := m[k]
	_, _ = x, ok
	delete(m, k)
}

func lenParam(m map[string]int) int { // ERROR "m does not escape$"
	return len(m)
}

func literalsPrinted() {
	m := map[P]string{{1, 2}: "a"} // ERROR "map\[P\]string\{\.\.\.\} escapes to heap$"
	m2 := map[string]P{"a": {1, 2}} // ERROR "map\[string\]P\{\.\.\.\} escapes to heap$"
	m3 := map[string]*P{"a": {1, 2}} // ERROR "map\[string\]\*P\{\.\.\.\} escapes to heap$" "&P\{\.\.\.\} escapes to heap$"
	sink = m
	sink = m2
	sink = m3
}

func storeSlices(m map[string][]string, s []string) { // ERROR "m does not escape$" "leaking param: s$"
	m["x"] = s
	m["y"] = []string{"a"} // ERROR "\[\]string\{\.\.\.\} escapes to heap$"
}

func rangeValue(m map[string]*int) *int { // ERROR "leaking param: m to result ~r0 level=1$"
	for _, v := range m {
		return v
	}
	return nil
}

func rangeKey(m map[*int]bool) *int { // ERROR "m does not escape$"
	for k := range m {
		return k
	}
	return nil
}

func opAssign() {
	m := make(map[string]int) // ERROR "make\(map\[string\]int\) escapes to heap$"
	m["a"] += 2
	m["b"]++
	sink = m
}

func mapInLoop() int {
	n := 0
	for i := 0; i < 3; i++ {
		m := make(map[int]int) // ERROR "make\(map\[int\]int\) does not escape$"
		m[i] = i
		n += len(m)
	}
	return n
}

var global map[string]*int

func storeGlobal() {
	x := 1 // ERROR "moved to heap: x$"
	global["x"] = &x
}

func localValueAddr() {
	m := map[int]*int{} // ERROR "map\[int\]\*int\{\} does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	m[0] = &x
}

func storeStructs(k P, v P) int {
	m := map[P]P{} // ERROR "map\[P\]P\{\} does not escape$"
	m[k] = v
	return len(m)
}

func nested() map[string]map[string]int {
	return map[string]map[string]int{"a": {"b": 1}} // ERROR "map\[string\]map\[string\]int\{\.\.\.\} escapes to heap$" "map\[string\]int\{\.\.\.\} escapes to heap$"
}

func mapParamStore(m map[string]*P, p *P) { // ERROR "m does not escape$" "leaking param: p$"
	m["p"] = p
}

func mapResultLookup(m map[string]*P) *P { // ERROR "m does not escape$"
	return m["p"]
}
