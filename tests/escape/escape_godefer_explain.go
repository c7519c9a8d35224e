// errorcheck -0 -m -l

package main

// The temporaries gc 1.19 makes for go/defer arguments (numbered after the
// function's own declarations) and the flows -m=2 explains through them,
// the go wrapper's closure included.

type T struct{ n int }

func use(a, b *int) {} // ERROR "a does not escape$" "b does not escape$"

func keep(ps ...*int) {} // ERROR "ps does not escape$"

func (t *T) get() int { return t.n } // ERROR "t does not escape$"

func start(x int) { // ERROR "moved to heap: x$"
	p := &x
	go use(p, new(int))             // ERROR "new\(int\) escapes to heap$"
	go keep([]*int{new(int), p}...) // ERROR "\[\]\*int{...} does not escape$" "new\(int\) escapes to heap$"
	t := &T{}                       // ERROR "&T{} escapes to heap$"
	go t.get()
}

func later(x int) {
	defer use(&x, new(int)) // ERROR "new\(int\) does not escape$"
	for i := 0; i < 2; i++ {
		defer keep(new(int)) // ERROR "\.\.\. argument does not escape$" "new\(int\) escapes to heap$"
	}
}

func literal() {
	x := 0 // ERROR "moved to heap: x$"
	for {
		defer func(p *int) { // ERROR "func literal escapes to heap$" "p does not escape$"
			*p = 1
		}(&x)
	}
}

func main() {
	start(1)
	later(2)
	literal()
}
