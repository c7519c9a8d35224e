// errorcheck -0 -m -l

// go and defer with operands: gc 1.19's escape analysis copies the
// callee's operands (a method's receiver too) into temporaries the wrapper
// captures, and -m=2 (escape_godefer_temps.m2) spells the call with them:
// keep(.autotmp_6), (*sync.WaitGroup).Done(.autotmp_4),
// .autotmp_4.M(.autotmp_5), .autotmp_8(.autotmp_9). A conversion to a
// non-empty interface writes the itab when gc's walk meets it, with the
// concrete type's method wrappers ((*T).M), before the type descriptors.

package escape

import (
	"fmt"
	"sync"
)

var sink *int

func keep(p *int) { sink = p } // ERROR "leaking param: p$"

type W struct{ n int }

func (w *W) Done() { sink = &w.n } // ERROR "leaking param: w$"

func deferred(p *int, wg *sync.WaitGroup, w *W) { // ERROR "leaking param: p$" "leaking param: wg$" "leaking param: w$"
	defer keep(p)
	defer wg.Done()
	defer w.Done()
	go keep(p)
}

func keepAll(p *int, q ...*int) { sink = p } // ERROR "leaking param: p$" "q does not escape$"

func variadic(p *int, s string) { // ERROR "leaking param: p$" "leaking param: s$"
	defer fmt.Println(p, s) // ERROR "... argument does not escape$" "s escapes to heap$"
	defer keepAll(p, p, p)  // ERROR "... argument does not escape$"
	go keep(p)
	defer func(x *int) { sink = x }(p) // ERROR "func literal does not escape$" "leaking param: x$"
}

type I interface{ M(p *int) }

type T struct{}

func (T) M(p *int) { sink = p } // ERROR "leaking param: p$"

func iface(i I, p *int) { // ERROR "leaking param: i$" "leaking param: p$"
	defer i.M(p)
	go i.M(p)
}

func use() {
	iface(T{}, nil) // ERROR "T{} escapes to heap$"
}
