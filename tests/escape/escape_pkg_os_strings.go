// errorcheck -0 -m -l

package main

import (
	"os"
	"strings"
)

// strings.SplitAfterN keeps pieces of s (it leaks to the heap), not of sep.
func key(b []byte, sep []byte) string { // ERROR "b does not escape$" "sep does not escape$"
	return strings.SplitAfterN(string(b), string(sep), 2)[0] // ERROR "string\(b\) escapes to heap$" "string\(sep\) does not escape$"
}

// os.Environ returns a fresh slice: nothing of the caller flows into it.
func env(extra string) []string { // ERROR "extra does not escape$"
	e := os.Environ()
	return append(e, "X="+extra) // ERROR ".X=. \+ extra escapes to heap$"
}

func main() {
	println(key([]byte("a=b"), []byte("=")), len(env("y")) > 0) // ERROR "\(\[\]byte\)\(.a=b.\) does not escape$" "\(\[\]byte\)\(.=.\) does not escape$"
}
