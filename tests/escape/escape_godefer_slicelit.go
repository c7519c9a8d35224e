// errorcheck -0 -m -l

package main

// go/defer with a slice literal argument: gc 1.19 moves the literal's
// elements into temporaries captured by its wrapper closure and builds the
// slice inside the wrapper, so the slice itself stays on the stack when the
// callee keeps it, while a go statement's elements escape with the wrapper.

func keep(ps ...*int) {} // ERROR "ps does not escape$"

func keepSlice(ps []*int) {} // ERROR "ps does not escape$"

func deferred() {
	defer keep([]*int{new(int)}...) // ERROR "\[\]\*int{...} does not escape$" "new\(int\) does not escape$"
	defer keepSlice([]*int{})       // ERROR "\[\]\*int{} does not escape$"
	defer keepSlice([]*int{1: new(int)}) // ERROR "\[\]\*int{...} does not escape$" "new\(int\) does not escape$"
}

func started() {
	go keep([]*int{new(int), new(int)}...) // ERROR "\[\]\*int{...} does not escape$" "new\(int\) escapes to heap$"
	go keepSlice([]*int{nil})              // ERROR "\[\]\*int{...} does not escape$"
}

func deferredInLoop() {
	for i := 0; i < 2; i++ {
		defer keep([]*int{new(int)}...) // ERROR "\[\]\*int{...} does not escape$" "new\(int\) escapes to heap$"
	}
}

func main() {
	deferred()
	started()
	deferredInLoop()
}
