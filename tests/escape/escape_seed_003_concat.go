// errorcheck -0 -m -l

// Seed 003 "实战对比" BenchmarkConcat_Plus without strconv/testing: s += in a
// loop. gc 1.19 reports nothing for "s += x" (the concatenation is only
// created after escape analysis, by walk) but reports "s + x", printing the
// call after its arguments were packed: "s + fmt.Sprint(... argument...)".

package main

import "fmt"

func concatPlus(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += fmt.Sprint(i) // ERROR "\.\.\. argument does not escape$" "i escapes to heap$"
	}
	return s
}

func concatExplicit(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s = s + fmt.Sprint(i) // ERROR "s \+ fmt\.Sprint\(\.\.\. argument\.\.\.\) escapes to heap$" "\.\.\. argument does not escape$" "i escapes to heap$"
	}
	return s
}

func main() {
	println(concatPlus(3), concatExplicit(3))
}
