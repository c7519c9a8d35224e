// errorcheck -0 -m -l

// Building a linked list: nodes created in a loop and linked into a variable
// declared outside it escape (loop depth), as do nodes hung off a node.

package escape

type Elem struct {
	v    int
	next *Elem
}

func buildList(n int) *Elem {
	var head *Elem
	for i := 0; i < n; i++ {
		head = &Elem{v: i, next: head} // ERROR "&Elem\{\.\.\.\} escapes to heap$"
	}
	return head
}

func buildListLocal(n int) int {
	var head *Elem
	for i := 0; i < n; i++ {
		head = &Elem{v: i, next: head} // ERROR "&Elem\{\.\.\.\} escapes to heap$"
	}
	sum := 0
	for e := head; e != nil; e = e.next {
		sum += e.v
	}
	return sum
}

func twoNodes() int {
	a := Elem{v: 1}
	b := Elem{v: 2}
	a.next = &b
	return a.next.v
}

func pushFront(head *Elem, v int) *Elem { // ERROR "leaking param: head$"
	return &Elem{v: v, next: head} // ERROR "&Elem\{\.\.\.\} escapes to heap$"
}

func length(head *Elem) int { // ERROR "head does not escape$"
	n := 0
	for e := head; e != nil; e = e.next {
		n++
	}
	return n
}

func appendNode(head *Elem, v int) { // ERROR "head does not escape$"
	e := head
	for e.next != nil {
		e = e.next
	}
	e.next = &Elem{v: v} // ERROR "&Elem\{\.\.\.\} escapes to heap$"
}
