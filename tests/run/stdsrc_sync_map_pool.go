// sync.Map and sync.Pool compiled from Go's source, and sync/atomic's types
// (Bool, Int32, Int64, Uint32, Uint64, Uintptr, Value), under many
// goroutines. The printed results do not depend on the schedule.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
)

func syncMap() {
	var m sync.Map
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				m.Store(i, i*i)
				if v, ok := m.Load(i); !ok || v.(int) != i*i {
					fmt.Println("bad load", i, v, ok)
				}
				m.LoadOrStore(1000+g, g)
			}
		}(g)
	}
	wg.Wait()
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("Map entries:", n)
	v, loaded := m.LoadOrStore(7, "x")
	fmt.Println("LoadOrStore:", v, loaded)
	v, loaded = m.LoadAndDelete(7)
	fmt.Println("LoadAndDelete:", v, loaded)
	_, ok := m.Load(7)
	fmt.Println("after delete:", ok)
	m.Delete(8)
	var keys []int
	m.Range(func(k, v any) bool {
		if k.(int) < 12 {
			keys = append(keys, k.(int))
		}
		return true
	})
	sort.Ints(keys)
	fmt.Println("keys < 12:", keys)
}

type buf struct{ b [64]byte }

func pool() {
	// How many buffers New makes depends on the schedule and on when
	// collections empty the pool; that every Get yields one does not.
	p := sync.Pool{New: func() any { return new(buf) }}
	var wg sync.WaitGroup
	var got atomic.Int64
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				if b, ok := p.Get().(*buf); ok && b != nil {
					got.Add(1)
					p.Put(b)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("Pool Gets that yielded a buffer:", got.Load())
	// One goroutine on one processor (its per-P cache is the one it Put
	// into): Put then Get returns the same object; two collections empty
	// the pool (the first moves it to the victim cache).
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	q := sync.Pool{}
	q.Put(new(buf)) // the first use allocates the per-P caches
	q.Get()
	x := new(buf)
	q.Put(x)
	fmt.Println("same after Put:", q.Get() == x)
	fmt.Println("empty:", q.Get() == nil)
	q.Put(x)
	runtime.GC()
	fmt.Println("after one GC (victim):", q.Get() == x)
	q.Put(x)
	runtime.GC()
	runtime.GC()
	fmt.Println("after two GCs:", q.Get())
}

func atomics() {
	var (
		b   atomic.Bool
		i32 atomic.Int32
		i64 atomic.Int64
		u32 atomic.Uint32
		u64 atomic.Uint64
		up  atomic.Uintptr
		val atomic.Value
	)
	var wg sync.WaitGroup
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				i32.Add(1)
				i64.Add(-2)
				u32.Add(3)
				u64.Add(4)
				up.Add(1)
				for {
					old := i32.Load()
					if i32.CompareAndSwap(old, old) {
						break
					}
				}
			}
			if g == 7 {
				b.Store(true)
				val.Store(fmt.Sprint("from ", g))
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(b.Load(), i32.Load(), i64.Load(), u32.Load(), u64.Load(), up.Load(), val.Load())
	fmt.Println("Swap:", i32.Swap(5), i32.Load(), b.Swap(false), b.Load())
	fmt.Println("CAS:", u64.CompareAndSwap(40000, 1), u64.CompareAndSwap(40000, 2), u64.Load())
	fmt.Println("Value.Swap:", val.Swap("new"), val.CompareAndSwap("new", "newer"), val.Load())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		val.Store(1)
	}()
	f := atomic.AddInt64 // a function value: its body is the atomic instruction
	var n int64
	fmt.Println("func value:", f(&n, 9), n)
}

func main() {
	syncMap()
	pool()
	atomics()
}
