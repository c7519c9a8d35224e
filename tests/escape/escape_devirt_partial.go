// errorcheck -0 -m -l

package main

type I interface{ M(p *int) }

type impl struct{}

func (impl) M(p *int) { println(*p) } // ERROR "p does not escape$"

// T's M is promoted from its embedded interface: gc turns i.M(x) into the
// interface call i.(T).I.M(x), so the box of T{} itself stays on the stack.
type T struct{ I }

func partial() {
	var i I = T{impl{}} // ERROR "T\{\.\.\.\} does not escape$" "impl\{\} escapes to heap$"
	n := 7 // ERROR "moved to heap: n$"
	i.M(&n) // ERROR "partially devirtualizing i\.M to T$"
}

type P struct{ I }

func partialPtr() {
	var i I = &P{impl{}} // ERROR "&P\{\.\.\.\} does not escape$" "impl\{\} escapes to heap$"
	i.M(new(int)) // ERROR "partially devirtualizing i\.M to \*P$" "new\(int\) escapes to heap$"
}

func main() {
	partial()
	partialPtr()
}
