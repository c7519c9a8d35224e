// len and cap of an array, or a pointer to one, are constants unless the
// operand calls a function or receives; then the calls and receives run,
// but the array is neither indexed nor dereferenced. A range over such an
// operand with only the index runs them once.
package main

import "fmt"

var calls []string

var m map[string][20]int
var s [][30]int
var p *[40]int

type T struct{ a [5]int }

func f(name string) *[3]int {
	calls = append(calls, name)
	return nil
}

func arr(name string) [4]int {
	calls = append(calls, name)
	return [4]int{1, 2, 3, 4}
}

func idx(name string, i int) int {
	calls = append(calls, name)
	return i
}

const (
	n1 = len(m[""])
	n2 = cap(s[10])
	n3 = len(p)
	n4 = len(*p)
	n5 = len([2]T{}[1].a)
	n6 = len([3]int{len("ab"), 1, 2})
	n7 = len([len([2]int{})]int{})
	n8 = len([1]func(){func() { f("never") }})
)

func main() {
	fmt.Println(n1, n2, n3, n4, n5, n6, n7, n8)
	fmt.Println(len(f("a")), cap(f("b")), len(*f("c")))
	var grid [2][7]int
	fmt.Println(len(grid[idx("d", 5)]))
	c := make(chan *[9]int, 1)
	c <- nil
	fmt.Println(len(<-c), len(c))
	x := []int{1, 2}
	fmt.Println(len([3]int{len(x), 0, 0}), len([2]T{}[idx("e", 1)].a))
	fmt.Println(len([2]int{func() int { return idx("f", 1) }()}))
	sum := 0
	for i := range arr("g") {
		sum += i
	}
	for range f("h") {
		sum++
	}
	for i := range grid[idx("i", 9)] {
		sum += i
	}
	var pa *[3]int
	for i := range pa {
		sum += i
	}
	fmt.Println(sum, calls)
}
