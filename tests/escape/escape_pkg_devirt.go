// errorcheck -0 -m -l

// Devirtualization: an interface variable initialised once from a concrete
// value and never reassigned has its method calls turned into direct calls
// before escape analysis, as gc does; the arguments then get the method's
// own summary (bytes.Buffer.Write keeps nothing) instead of leaking.

package main

import (
	"bytes"
	"fmt"
	"io"
)

type Celsius float64

func (c Celsius) String() string { return "C" }

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) { // ERROR "c does not escape$" "p does not escape$"
	c.n += len(p)
	return len(p), nil
}

func writeBuffer(p []byte) int { // ERROR "p does not escape$"
	var w io.Writer = &bytes.Buffer{} // ERROR "&bytes\.Buffer\{\} does not escape$"
	n, _ := w.Write(p) // ERROR "devirtualizing w\.Write to \*bytes\.Buffer$"
	return n
}

func writeCounter(p []byte) int { // ERROR "p does not escape$"
	w := io.Writer(&counter{}) // ERROR "&counter\{\} does not escape$"
	n, _ := w.Write(p) // ERROR "devirtualizing w\.Write to \*counter$"
	return n
}

func reassigned(p []byte, other io.Writer) int { // ERROR "leaking param: p$" "leaking param: other$"
	var w io.Writer = &bytes.Buffer{} // ERROR "&bytes\.Buffer\{\} escapes to heap$"
	if len(p) > 3 {
		w = other
	}
	n, _ := w.Write(p)
	return n
}

func stringer() string {
	var s fmt.Stringer = Celsius(21.5) // ERROR "Celsius\(21\.5\) does not escape$"
	return s.String() // ERROR "devirtualizing s\.String to Celsius$"
}

func main() {
	writeBuffer(nil)
	writeCounter(nil)
	reassigned(nil, nil)
	stringer()
}
