// main inlines buf's functions: the sites and statements of their bodies
// are reported with buf's names qualified.
package main

import "example.com/inlnames/buf"

var sink interface{}

func main() {
	var b buf.Buffer
	b.Trim(0)
	println(b.String(), b.Tail(0), b.Head(0))
	p := buf.Boxed(1)
	sink = p
	sink = buf.Describe(2)
	sink = buf.Any(3)
}
