// Package variables are initialized after what their initializers read,
// through methods too (math/rand's global source is seeded by a method that
// reads a table declared later in another file).
package main

import "fmt"

type source struct{ v [3]int64 }

func (s *source) seed(i int) { s.v[0] = table[i] }

func newSource(i int) *source {
	s := &source{}
	s.seed(i)
	return s
}

var global = newSource(1)

var table = [...]int64{5, 6, 7}

type counter int

func (c counter) plus() int { return int(c) + base }

func (c *counter) viaPointer() int { return int(*c) * base }

var sum = counter(1).plus()
var viaPtr = new(counter).viaPointer() + base
var viaValue = counter.plus(2)
var base = initBase()

func initBase() int { fmt.Println("base first"); return 10 }

func main() {
	fmt.Println(global.v[0], sum, viaPtr, viaValue, base)
}
