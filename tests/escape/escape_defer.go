// errorcheck -0 -m -l

package main

import "fmt"

type big struct{ buf [256]byte }

func use(p *big) {} // ERROR "p does not escape$"

func sink(p *int) {} // ERROR "p does not escape$"

func topLevel(x *int) { // ERROR "x does not escape$"
	defer sink(x)
}

func inLoop(x *int) { // ERROR "leaking param: x$"
	for i := 0; i < 3; i++ {
		defer sink(x)
	}
}

func closureTop() {
	var b big
	defer func() { use(&b) }() // ERROR "func literal does not escape$"
}

func closureLoop() {
	for i := 0; i < 2; i++ {
		var b big // ERROR "moved to heap: b$"
		defer func() { use(&b) }() // ERROR "func literal escapes to heap$"
	}
}

func printTop(n int) {
	defer fmt.Println("n =", n) // ERROR "\"n =\" escapes to heap$" "n escapes to heap$" "\.\.\. argument does not escape$"
}

func printLoop() {
	for i := 0; i < 2; i++ {
		defer fmt.Println(i) // ERROR "i escapes to heap$" "\.\.\. argument does not escape$"
	}
}

func named() (r int) {
	defer func() { r++ }() // ERROR "func literal does not escape$"
	return 1
}

func recovering() (err string) {
	defer func() { // ERROR "func literal does not escape$"
		if r := recover(); r != nil {
			err = "failed"
		}
	}()
	panic("x") // ERROR "\"x\" escapes to heap$"
}

func deferValue(f func()) { // ERROR "f does not escape$"
	defer f()
}

func main() {
	x := 1 // ERROR "moved to heap: x$"
	topLevel(&x)
	inLoop(&x)
	closureTop()
	closureLoop()
	printTop(3)
	printLoop()
	named()
	recovering()
	deferValue(func() {}) // ERROR "func literal does not escape$"
}
