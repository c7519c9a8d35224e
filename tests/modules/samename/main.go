// Same-named types in same-named packages are different types, and an
// unexported method name belongs to its package.
package main

import (
	"fmt"

	au "example.com/samename/a/util"
	bu "example.com/samename/b/util"
	"example.com/samename/hidden"
)

type namer interface{ Name() string }

type Mine struct{}

func (Mine) m() string { return "main.Mine.m" }

func describe(x interface{}) string {
	switch v := x.(type) {
	case au.T:
		return fmt.Sprintf("a %d", v.N)
	case bu.T:
		return "b " + v.S
	}
	return "?"
}

func main() {
	var x interface{} = bu.T{S: "hello"}
	fmt.Println(x, describe(x))
	x = au.T{N: 1, M: 100}
	fmt.Println(x, describe(x))
	_, isB := x.(bu.T)
	fmt.Printf("%T %v %v\n", x, isB, x == interface{}(bu.T{}))
	seen := map[interface{}]int{au.T{}: 1, bu.T{}: 2}
	fmt.Println(len(seen), seen[au.T{}], seen[bu.T{}])
	for _, n := range []namer{au.T{}, bu.T{}} {
		fmt.Println(n.Name())
	}

	var m interface{} = Mine{}
	_, ok := m.(hidden.I)
	fmt.Println("Mine is hidden.I:", ok)
	y := hidden.Make()
	_, ok = y.(hidden.I)
	fmt.Println("S is hidden.I:", ok)
	type localI interface{ m() string }
	_, ok = y.(localI)
	fmt.Println("S is localI:", ok)
	fmt.Println(hidden.Call(y.(hidden.I)), au.Use(au.Impl{V: 7}))
}
