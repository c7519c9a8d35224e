// errorcheck -0 -m -l

// Structs: the analysis is field-insensitive; storing a pointer into a struct
// that is itself on the heap (or reachable from a parameter) sends it there.

package escape

type Node struct {
	val  int
	next *Node
	data *int
}

var groot *Node

func linkLocal() int {
	a := Node{val: 1}
	b := Node{val: 2, next: &a}
	return b.next.val
}

func linkToHeapNode() {
	n := &Node{val: 1} // ERROR "&Node\{\.\.\.\} escapes to heap$"
	x := 5 // ERROR "moved to heap: x$"
	n.data = &x
	groot = n
}

func storeIntoParam(n *Node) { // ERROR "n does not escape$"
	y := 6 // ERROR "moved to heap: y$"
	n.data = &y
}

func storeParamIntoParam(n *Node, p *int) { // ERROR "n does not escape$" "leaking param: p$"
	n.data = p
}

func structValueWithPtr() int {
	z := 7
	s := Node{data: &z}
	return *s.data
}

func returnStructWithPtr() Node {
	w := 8 // ERROR "moved to heap: w$"
	return Node{data: &w}
}

func returnStructValue(n Node) Node { // ERROR "leaking param: n to result ~r0 level=0$"
	return n
}

func fieldOfParam(n *Node) *Node { // ERROR "leaking param: n to result ~r0 level=1$"
	return n.next
}

func fieldInsensitive() int {
	v := 9
	var s Node
	s.data = &v
	s.val = 10
	return s.val
}

func nestedStruct() *int {
	type inner struct {
		p *int
	}
	type outer struct {
		in inner
	}
	u := 11 // ERROR "moved to heap: u$"
	o := outer{in: inner{p: &u}}
	return o.in.p
}

func structLitLocal() int {
	n := &Node{val: 3, next: &Node{}} // ERROR "&Node\{\.\.\.\} does not escape$" "&Node\{\} does not escape$"
	return n.next.val
}

// Two identical "&Node{...} escapes to heap" on one line: one regexp uses up
// every diagnostic it matches (Go's test/run.go), so it is written once.
func structLitEscapes() *Node {
	return &Node{val: 3, next: &Node{val: 4}} // ERROR "&Node\{\.\.\.\} escapes to heap$"
}

func emptyStructPtr() *struct{} {
	return &struct{}{} // ERROR "&struct \{\}\{\} escapes to heap$"
}
