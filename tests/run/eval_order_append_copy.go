// gc's order counts append and copy as calls: they run before the later
// call in the same operand list reads what they wrote.
package main

import "fmt"

var s = []int{1, 2, 3}
var a = []int{1, 2, 3}

func rd() int  { return s[0] }
func rda() int { return a[0] }

func main() {
	fmt.Println("append:", append(s[:0], 9), rd())
	fmt.Println("copy:", copy(a, []int{7}), rda())
	m := map[int]int{}
	n := func() int { return len(m) }
	fmt.Println("mapassign-in-literal:", map[int]int{1: 1}, n())
	c := make(chan int, 1)
	fmt.Println("clen:", len(c), func() int { c <- 1; return 0 }())
}
