// An uncaught unsafe.Slice panic: gc's text and exit status 2.
package main

import "unsafe"

var p *float64

func main() {
	n := 3
	s := unsafe.Slice(p, n)
	println(len(s))
}
