// The values run-time panics carry: recover() gives gc's types
// (runtime.boundsError, runtime.errorString, runtime.plainError,
// *runtime.TypeAssertionError) and the library's plain strings.
package main

import (
	"fmt"
	"math/rand"
	"sync"
)

type shape interface{ Area() float64 }

type sq struct{ s float64 }

func (q sq) Area() float64 { return q.s * q.s }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		_, isRuntime := r.(interface{ RuntimeError() })
		s, isString := r.(string)
		fmt.Printf("%-10s %T error=%v runtime=%v string=%v(%s)\n", name, r, isErr, isRuntime, isString, s)
		fmt.Println("          ", r)
	}()
	f()
}

func main() {
	var xs []int
	var m map[string]int
	var p *sq
	var any interface{} = sq{2}
	var none interface{}
	n, zero, neg := 3, 0, -1
	var ch chan int
	closed := make(chan int)
	close(closed)
	try("index", func() { _ = xs[n] })
	try("slice", func() { _ = xs[:n] })
	try("divide", func() { fmt.Println(n / zero) })
	try("nil", func() { fmt.Println(p.s) })
	try("shift", func() { fmt.Println(n << neg) })
	try("makeslice", func() { _ = make([]int, neg) })
	try("nilmap", func() { m["a"] = 1 })
	try("closenil", func() { close(ch) })
	try("closetwice", func() { close(closed) })
	try("send", func() { closed <- 1 })
	try("assert", func() { _ = any.(int) })
	try("assertnil", func() { _ = none.(shape) })
	try("assertif", func() { _ = any.(fmt.Stringer) })
	try("uncomparable", func() {
		var a, b interface{} = []int{1}, []int{1}
		fmt.Println(a == b)
	})
	try("unhashable", func() {
		k := map[interface{}]int{}
		k[[]int{1}] = 1
	})
	try("rand", func() { rand.Intn(0) })
	try("waitgroup", func() {
		var wg sync.WaitGroup
		wg.Done()
	})
	try("value", func() { panic(fmt.Sprintf("mine %d", 7)) })
}
