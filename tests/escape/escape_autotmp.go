// errorcheck -0 -m -l

// Spellings: gc's temporaries. A method call whose receiver contains a call
// (or a receive) and a multi-value call passed as the arguments of another
// are rewritten by gc's front end with temporaries, .autotmp_N, N counting
// the function's named receiver and parameters, all its results, its
// locals and earlier temporaries in source order.

package main

import (
	"errors"
	"fmt"
	"time"
)

type Node struct {
	v    int
	l, r *Node
}

func (n *Node) Sum() int { // ERROR "n does not escape$"
	if n == nil {
		return 0
	}
	return n.v + n.l.Sum() + n.r.Sum()
}

func build(d, v int) *Node {
	if d == 0 {
		return nil
	}
	return &Node{v: v, l: build(d-1, v), r: build(d-1, v)} // ERROR "&Node\{\.\.\.\} escapes to heap$"
}

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }

type Stats struct {
	Counter
	name string
}

func mkCounter() Counter { return Counter{3} }
func mkStats() Stats     { return Stats{Counter{4}, "s"} }

func safeDiv(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("div by zero")
	}
	return a / b, nil
}

func pair() (int, string) { return 1, "one" }

func receivers(d time.Duration) {
	fmt.Println(time.Now().After(time.Now().Add(-d))) // ERROR "\.\.\. argument does not escape$" "time\.Time\.After\(\.autotmp_2, time\.Time\.Add\(\.autotmp_1, -d\)\) escapes to heap$"
	fmt.Println(build(3, 1).Sum()) // ERROR "\.\.\. argument does not escape$" "\(\*Node\)\.Sum\(\.autotmp_3\) escapes to heap$"
	x := mkCounter().Value()
	fmt.Println(x, mkStats().Value()) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$" "Counter\.Value\(\.autotmp_6\) escapes to heap$"
}

func multi() {
	fmt.Println(safeDiv(7, 2)) // ERROR "\.\.\. argument does not escape$" "\.autotmp_0 escapes to heap$"
	for i := 0; i < 2; i++ {
		fmt.Println(pair()) // ERROR "\.\.\. argument does not escape$" "\.autotmp_3 escapes to heap$" "\.autotmp_4 escapes to heap$"
	}
}

func fromChan(ch chan Counter) int { // ERROR "ch does not escape$"
	return (<-ch).Value()
}

func withResults(a int) (n int, err error) {
	var s []Counter
	s = append(s, Counter{a})
	fmt.Println(s[len(s)-1].Value()) // ERROR "\.\.\. argument does not escape$" "Counter\.Value\(\.autotmp_4\) escapes to heap$"
	return safeDiv(a, 1)
}

func main() {
	receivers(time.Second)
	multi()
	ch := make(chan Counter, 1)
	ch <- Counter{5}
	fmt.Println(fromChan(ch)) // ERROR "\.\.\. argument does not escape$" "fromChan\(ch\) escapes to heap$"
	fmt.Println(withResults(3)) // ERROR "\.\.\. argument does not escape$" "\.autotmp_1 escapes to heap$"
}
