// errorcheck -0 -m -l

// maps with interface keys or values: every key and value converted to an
// interface to be stored escapes (the box is referenced from a heap entry);
// a key converted only to look up or delete does not. gc reports the
// conversions of m[k] = v at the last non-constant operand of m[k], those
// of a literal's entry at its ':'.

package escape

type T struct{ m map[interface{}]interface{} }

func g() int { return 1 }

func ifaceKeys(s string, y int, t *T) { // ERROR "leaking param: s$" "t does not escape$"
	m := make(map[interface{}]interface{}) // ERROR "make\(map\[interface \{\}\]interface \{\}\) does not escape$"
	_ = m[1] // ERROR "1 does not escape$"
	delete(m, "a") // ERROR ".a. does not escape$"
	m3 := map[string]interface{}{} // ERROR "map\[string\]interface \{\}\{\} does not escape$"
	m3[s] = y // ERROR "y escapes to heap$"
	m[s+s] = 1 // ERROR "s \+ s escapes to heap$" "1 escapes to heap$"
	t.m[y] = 2 // ERROR "y escapes to heap$" "2 escapes to heap$"
	m[len(s)] = y // ERROR "len\(s\) escapes to heap$" "y escapes to heap$"
	_, ok := m[3] // ERROR "3 does not escape$"
	_ = ok
	m[y] = y // ERROR "y escapes to heap$"
	m[s+"a"] = s // ERROR "s \+ .a. escapes to heap$" "s escapes to heap$"
	m[g()] = g() // ERROR "g\(\) escapes to heap$"
	v := m[y] // ERROR "y does not escape$"
	v2, ok2 := m[s] // ERROR "s does not escape$"
	_, _, _ = v, v2, ok2
	delete(m, y) // ERROR "y does not escape$"
	m2 := map[interface{}]interface{}{y: y, "a": 1, s: 2.5} // ERROR "map\[interface \{\}\]interface \{\}\{\.\.\.\} does not escape$" "y escapes to heap$" ".a. escapes to heap$" "1 escapes to heap$" "s escapes to heap$" "2\.5 escapes to heap$"
	_ = m2
	m4 := map[string]interface{}{"a": y} // ERROR "map\[string\]interface \{\}\{\.\.\.\} does not escape$" "y escapes to heap$"
	m4["b"] = y // ERROR "y escapes to heap$"
	m4["c"] = g() // ERROR "g\(\) escapes to heap$"
}

func ifaceOfPointer() {
	m := make(map[interface{}]interface{}) // ERROR "make\(map\[interface \{\}\]interface \{\}\) does not escape$"
	x := 5 // ERROR "moved to heap: x$"
	m[x] = &x // ERROR "x escapes to heap$"
	for k, v := range m {
		_, _ = k, v
	}
}

func stringIface() interface{} {
	dat := make(map[string]interface{}) // ERROR "make\(map\[string\]interface \{\}\) does not escape$"
	dat["BlogName"] = "Kyden's Blog" // ERROR ".Kyden's Blog. escapes to heap$"
	return dat["BlogName"]
}

func ifaceIface() interface{} {
	dat := make(map[interface{}]interface{}) // ERROR "make\(map\[interface \{\}\]interface \{\}\) does not escape$"
	dat["BlogName"] = "Kyden's Blog" // ERROR ".BlogName. escapes to heap$" ".Kyden's Blog. escapes to heap$"
	return dat["BlogName"] // ERROR ".BlogName. does not escape$"
}
