package main

// Instances started by go and deferred, a generic result type printed with
// %T and %+v.

import (
	"fmt"
	"sync"
)

func produce[T any](ch chan<- T, vals []T, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, v := range vals {
		ch <- v
	}
}

func report[T any](label string, v T) {
	fmt.Println(label, v)
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func main() {
	ch := make(chan int, 10)
	var wg sync.WaitGroup
	wg.Add(2)
	go produce(ch, []int{1, 2, 3}, &wg)
	go produce[int](ch, []int{4, 5}, &wg)
	wg.Wait()
	close(ch)
	sum := 0
	for v := range ch {
		sum += v
	}
	defer report("sum", sum)
	defer report[string]("done", "!")
	r := Try(func() (string, error) { return "ok", nil })
	r2 := Try(func() (int, error) { return 0, fmt.Errorf("bad %d", 7) })
	fmt.Println(r.Val, r.Err, r2.Val, r2.Err)
	fmt.Printf("%T %v %+v\n", r, r, r2)
}
