// Func literals keep gc's names when go and defer statements with
// arguments come first (escgo's wrappers for those used to take numbers
// from the literals): the traceback names main.main.func2.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred with an argument")
	s := []int{1, 2, 3}
	first := func() int { return s[0] }
	at := func(i int) int { return s[i] }
	fmt.Println(first(), at(1))
	fmt.Println(at(len(s)))
}
