package main

import "fmt"

// `defer recover()` inside a function that a panic runs as a deferred call
// recovers that panic when the function returns; it does not recover a
// newer panic, and it recovers nothing in a function called normally.

func report(where string) {
	if r := recover(); r != nil {
		fmt.Println(where, "recovered", r)
	}
}

func stopsPanic() {
	defer report("stopsPanic: too late:")
	defer func() {
		defer recover() // the panic below runs this literal: recovers "a"
	}()
	panic("a")
}

func afterInnerRecovered() {
	defer report("afterInnerRecovered: too late:")
	defer func() {
		defer recover()          // runs after "c" is recovered: recovers "b"
		defer report("inner:") // recovers "c"
		panic("c")
	}()
	panic("b")
}

func newerPanic() {
	defer report("newerPanic: outer:") // recovers "d"
	defer func() {
		defer report("newerPanic: inner:") // recovers "e"
		defer recover()                      // run by panic "e": recovers nothing
		panic("e")
	}()
	panic("d")
}

func calledNormally() {
	defer report("calledNormally:")
	func() {
		defer recover() // no panic runs this literal
	}()
	panic("f")
}

func main() {
	stopsPanic()
	afterInnerRecovered()
	newerPanic()
	calledNormally()
	fmt.Println("done")
}
