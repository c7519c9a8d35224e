package main

func main() {
	m := map[string]int{}
	delete(m, 1) // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	var i int
	delete(i, 1) // ERROR "invalid argument: i \(variable of type int\) is not a map"
	_ = m[1] // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
	v, ok, z := m["a"] // ERROR "assignment mismatch: 3 variables but 1 value"
	m2 := map[string]int{"a": "b"} // ERROR "cannot use \"b\" \(untyped string constant\) as int value in map literal"
	var k string
	for k = range m {
		k = 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in assignment"
	}
	_, _, _, _, _ = k, v, ok, z, m2
}
