// Package use instantiates coll.Stack[int] (as main does) and hands its
// importers a coll.Box[string] they never instantiate themselves.
package use

import "example.com/xpkginst/use/coll"

func Sum(xs ...int) int {
	var s coll.Stack[int]
	for _, x := range xs {
		s.Push(x)
	}
	total := 0
	for s.Len() > 0 {
		v, _ := s.Pop()
		total += v
	}
	return total
}

func Named(name string) *coll.Box[string] { return coll.Wrap(name) }
