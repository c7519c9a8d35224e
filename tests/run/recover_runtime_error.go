package main

import (
	"errors"
	"fmt"
)

type runtimeError interface {
	error
	RuntimeError()
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println(name, "error:", err.Error())
			fmt.Println(name, "fmt:", err)
			fmt.Printf("%s %v %s\n", name, r, err)
			_, isRT := r.(runtimeError)
			fmt.Println(name, "runtime error:", isRT)
			var re runtimeError
			fmt.Println(name, "errors.As:", errors.As(err, &re))
			wrapped := fmt.Errorf("wrapped: %w", err)
			fmt.Println(wrapped, errors.Unwrap(wrapped) == err)
		} else {
			fmt.Println(name, "not an error:", r)
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	try("index", func() { _ = s[i] })
	try("slice", func() { _ = s[i:] })
	var p *struct{ x int }
	try("nil", func() { _ = p.x })
	z := 0
	try("divide", func() { _ = 10 / z })
	var m map[string]int
	try("nilmap", func() { m["a"] = 1 })
	var x interface{} = "hello"
	try("assert", func() { _ = x.(int) })
	var e interface{} = 42
	try("assert2", func() { _ = e.(fmt.Stringer) })
	ch := make(chan int)
	close(ch)
	try("close", func() { close(ch) })
	try("send", func() { ch <- 1 })
	var nc chan int
	try("closenil", func() { close(nc) })
	try("string", func() { panic("plain") })
	try("custom", func() { panic(errors.New("mine")) })
	r := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = r.(error)
			}
		}()
		_ = s[i]
		return nil
	}()
	fmt.Println("returned:", r)
}
