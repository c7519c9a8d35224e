// errorcheck -0 -m -l

package escape

import "sync"

type T struct{ a, b int }

func worker(id int, ch chan int, wg *sync.WaitGroup) { // ERROR "ch does not escape$" "leaking param: wg$"
	defer wg.Done()
	ch <- id
}

func startWorkers(ch chan int) { // ERROR "leaking param: ch$"
	var wg sync.WaitGroup // ERROR "moved to heap: wg$"
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(i, ch, &wg)
	}
	wg.Wait()
}

func goCapture() int {
	x := 5 // ERROR "moved to heap: x$"
	done := make(chan bool)
	go func() { // ERROR "func literal escapes to heap$"
		x++
		done <- true
	}()
	<-done
	return x
}

func goArgs(n int) {
	var wg sync.WaitGroup // ERROR "moved to heap: wg$"
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) { // ERROR "func literal escapes to heap$"
			defer wg.Done()
			_ = i
		}(i)
	}
	wg.Wait()
}

func goPtr() {
	t := &T{1, 2} // ERROR "&T\{\.\.\.\} escapes to heap$"
	go func(p *T) { p.a++ }(t) // ERROR "p does not escape$" "func literal escapes to heap$"
}

func syncLocals() int64 {
	var mu sync.Mutex // ERROR "moved to heap: mu$"
	mu.Lock()
	mu.Unlock()
	var once sync.Once // ERROR "moved to heap: once$"
	once.Do(func() {}) // ERROR "func literal does not escape$"
	var n int64
	return n
}
