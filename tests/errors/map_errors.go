package main

type P struct{ X int }

type F func()

func main() {
	var a map[[]int]string // ERROR "invalid map key type \[\]int"
	var b map[F]int // ERROR "invalid map key type F"
	var c map[map[string]int]bool // ERROR "invalid map key type map\[string\]int"
	m := map[string]int{"a": 1, "a": 2} // ERROR "duplicate key \"a\" in map literal"
	n := map[string]int{"a"} // ERROR "missing key in map literal"
	s := map[string]P{}
	s["x"].X = 1 // ERROR "cannot assign to struct field s\[\"x\"\].X in map"
	p := &m["a"] // ERROR "invalid operation: cannot take address of m\[\"a\"\] \(map index expression of type int\)"
	q := make(map[string]int, 1, 2) // ERROR "invalid operation: make\(map\[string\]int, 1, 2\) expects 1 or 2 arguments; found 3"
	_, _, _, _, _, _, _, _ = a, b, c, m, n, p, q, s
}
