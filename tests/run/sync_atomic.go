package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n32 int32
	var n64 int64
	var u64 uint64
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 500; j++ {
				atomic.AddInt32(&n32, 1)
				atomic.AddInt64(&n64, 2)
				atomic.AddUint64(&u64, 3)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&n32), atomic.LoadInt64(&n64), atomic.LoadUint64(&u64))
	atomic.StoreInt32(&n32, -1)
	atomic.StoreInt64(&n64, -2)
	atomic.StoreUint64(&u64, 1<<63)
	fmt.Println(n32, n64, u64)
	fmt.Println(atomic.CompareAndSwapInt32(&n32, -1, 5), atomic.CompareAndSwapInt32(&n32, -1, 6), n32)
	fmt.Println(atomic.CompareAndSwapInt64(&n64, -2, 7), n64)
	fmt.Println(atomic.CompareAndSwapUint64(&u64, 0, 1), u64)
}
