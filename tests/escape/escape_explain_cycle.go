// errorcheck -0 -m -l

package main

// -m=2 stops explaining a flow path at the first location it meets twice
// (gc prints one "truncated explanation" warning there).

type ring struct{ next *ring }

var head *ring

func selfLoop() {
	var r ring // ERROR "moved to heap: r$"
	r.next = &r
	copyOf := r // ERROR "moved to heap: copyOf$"
	head = &copyOf
}

func twoNodes() {
	var a, b ring // ERROR "moved to heap: a$" "moved to heap: b$"
	a.next = &b
	b.next = &a
	head = &a
}

func main() {
	selfLoop()
	twoNodes()
}
