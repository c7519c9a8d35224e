// A switch case of interface type compared with a concrete tag, or with
// the missing tag (true): the concrete side is converted for the
// comparison, which never panics on mismatched dynamic types.
package main

import "fmt"

type B bool

type T struct{ a, b int }

func describe(i interface{}) string {
	switch {
	case i:
		return "true"
	case false, i == nil:
		return "false or nil"
	default:
		return "other"
	}
}

func tagged(n int, i, j interface{}) string {
	switch n {
	case i:
		return "i"
	case j, 7:
		return "j or 7"
	}
	return "none"
}

func main() {
	fmt.Println(describe(true), describe(B(true)), describe(nil), describe([]int{1}), describe(false))
	fmt.Println(tagged(3, 3, 4), tagged(4, 3, 4), tagged(7, "x", nil), tagged(5, int64(5), []int{}))
	var e interface{}
	switch t := (T{1, 2}); t {
	case interface{}(T{1, 3}):
		fmt.Println("wrong")
	case interface{}(T{1, 2}):
		fmt.Println("T{1, 2}")
	}
	switch 1.5 {
	case e:
		fmt.Println("nil interfaces")
	case interface{}(1.5):
		fmt.Println("1.5")
	}
}
