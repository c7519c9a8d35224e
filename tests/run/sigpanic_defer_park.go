// A panic that starts as a fault runs its deferred calls on the
// goroutine's own stack, as gc's sigpanic does: a deferred call may park
// (channel operations with another goroutine, a mutex) and the worker
// meanwhile runs other goroutines that fault in turn. recover works after
// the parking. (Generated code checks for nil before it dereferences, so
// the faults come from pointers into the unmapped first page, made with
// unsafe: gc reports them as nil dereferences too.)
package main

import (
	"fmt"
	"sync"
	"unsafe"
)

type T struct{ x, y int }

// A pointer no page is mapped at: a load through it faults.
func wild(addr uintptr) *T { return (*T)(unsafe.Pointer(addr)) }

// doubler answers each request with twice its value.
func doubler(req <-chan int, resp chan<- int) {
	for v := range req {
		resp <- 2 * v
	}
}

//go:noinline
func deref(p *T, req chan<- int, resp <-chan int) (r int) {
	defer func() {
		e := recover()
		for i := 1; i <= 3; i++ {
			req <- i
			r += <-resp
		}
		fmt.Println("deref recovered:", e)
	}()
	return wild(16).y + p.x
}

//go:noinline
func divide(a, b int, req chan<- int, resp <-chan int) (r int) {
	defer func() {
		e := recover()
		req <- 10
		r = <-resp
		fmt.Println("divide recovered:", e)
	}()
	q := a / b
	return q + wild(uintptr(a)).x
}

// Many goroutines fault, park in their deferred calls until all have
// faulted (so the workers run the others' faults meanwhile), then recover.
func crowd(n int) int {
	var faulted, done sync.WaitGroup
	var mu sync.Mutex
	gate := make(chan struct{})
	results := make(chan int, n)
	faulted.Add(n)
	done.Add(n)
	for g := 0; g < n; g++ {
		go func(g int) {
			defer done.Done()
			p := wild(uintptr(8*g + 8))
			results <- func() (r int) {
				defer func() {
					if recover() == nil {
						r = -1000
						return
					}
					faulted.Done()
					<-gate
					mu.Lock()
					r = g
					mu.Unlock()
				}()
				if g%3 == 0 {
					zero := 0
					return g / zero
				}
				return p.x
			}()
		}(g)
	}
	faulted.Wait()
	close(gate)
	done.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	return sum
}

func main() {
	req := make(chan int)
	resp := make(chan int)
	go doubler(req, resp)
	fmt.Println(deref(nil, req, resp))
	fmt.Println(divide(7, 0, req, resp))
	fmt.Println(crowd(200))
	close(req)
}
