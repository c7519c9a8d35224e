package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

type cfg struct{ gen int }

var cur unsafe.Pointer

func load() *cfg { return (*cfg)(atomic.LoadPointer(&cur)) }

func main() {
	fmt.Println(load() == nil)
	atomic.StorePointer(&cur, unsafe.Pointer(&cfg{1}))
	fmt.Println(load().gen)
	old := atomic.SwapPointer(&cur, unsafe.Pointer(&cfg{2}))
	fmt.Println((*cfg)(old).gen, load().gen)
	fmt.Println(atomic.CompareAndSwapPointer(&cur, old, unsafe.Pointer(&cfg{3})), load().gen)
	// Many goroutines bump the generation with a CAS loop: none is lost.
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				for {
					p := atomic.LoadPointer(&cur)
					n := &cfg{(*cfg)(p).gen + 1}
					if atomic.CompareAndSwapPointer(&cur, p, unsafe.Pointer(n)) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(load().gen)
}
