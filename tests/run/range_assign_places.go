// `for k, v = range x` with places that are not plain variables: the
// place's operands (index expressions, calls) are evaluated on every
// iteration, as the assignment the range clause stands for would.
package main

import "fmt"

var calls int

func at(i int) int {
	calls++
	return i % 2
}

type pair struct{ a, b int }

func main() {
	var ks, vs [2]int
	for ks[at(calls)], vs[at(calls+1)] = range []int{10, 20, 30} {
	}
	fmt.Println(calls, ks, vs)

	var runes [3]rune
	n := 0
	for _, runes[n%3] = range "héllo" {
		n++
	}
	fmt.Println(string(runes[:]), n)

	m := map[string]int{"only": 7}
	var keys [1]string
	var vals [1]int
	for keys[at(0)], vals[at(2)] = range m {
	}
	fmt.Println(keys, vals, calls)

	c := make(chan int, 3)
	c <- 1
	c <- 2
	c <- 3
	close(c)
	var got [4]int
	i := 0
	for got[i] = range c {
		i++
	}
	fmt.Println(got, i)

	p := &pair{}
	var arr [3]int
	for p.a, arr[p.a] = range [3]int{5, 6, 7} {
		p.b++
	}
	fmt.Println(*p, arr)
}
