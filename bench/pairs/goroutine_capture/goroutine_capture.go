// Seed 002 §2.3: goroutines that capture the loop variable i share it, so i
// is moved to the heap; the seed's fix, a per-iteration copy j := i, is
// captured by value. Either way each go statement's closure is on the heap
// (a goroutine outlives the statement), and so are the WaitGroup and the
// total that every goroutine updates.
package goroutine_capture

import (
	"sync"
	"sync/atomic"
)

const workers = 4

//go:noinline
func spawnShared() int64 {
	var wg sync.WaitGroup
	var total int64
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			atomic.AddInt64(&total, int64(i))
			wg.Done()
		}()
	}
	wg.Wait()
	return atomic.LoadInt64(&total)
}

//go:noinline
func spawnCopy() int64 {
	var wg sync.WaitGroup
	var total int64
	for i := 0; i < workers; i++ {
		j := i
		wg.Add(1)
		go func() {
			atomic.AddInt64(&total, int64(j))
			wg.Done()
		}()
	}
	wg.Wait()
	return atomic.LoadInt64(&total)
}
