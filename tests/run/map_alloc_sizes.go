// Maps allocate what gc's maps allocate, where that does not depend on the
// hash: the 48-byte header, a bucket array sized from the hint (with its
// preallocated overflow buckets from 16 buckets on), the first bucket on
// first insert, mapextra and its overflow slice when a range loop starts
// over a map whose buckets hold no pointers, and nothing at all for a map
// that does not escape and stays within its first bucket. Growth during a
// range loop neither repeats nor loses keys; NaN keys are all kept.
package main

import (
	"fmt"
	"math"
	"runtime"
	"sort"
)

type Big struct {
	A [20]int
	S string
}

var sinkM map[int]int
var sinkP map[int]*int
var sinkB map[int]Big

func allocs(name string, f func()) {
	var a, b runtime.MemStats
	f()
	runtime.ReadMemStats(&a)
	for i := 0; i < 10; i++ {
		f()
	}
	runtime.ReadMemStats(&b)
	fmt.Printf("%s: %d allocs %d bytes\n", name, (b.Mallocs-a.Mallocs)/10, (b.TotalAlloc-a.TotalAlloc)/10)
}

//go:noinline
func local(k int) int {
	m := map[int]int{}
	for i := 0; i < 8; i++ {
		m[i] = i + k
	}
	t := 0
	for _, v := range m {
		t += v
	}
	return t
}

func main() {
	for _, n := range []int{0, 8, 9, 14, 100, 1000} {
		n := n
		allocs(fmt.Sprint("make hint ", n), func() { sinkM = make(map[int]int, n) })
		allocs(fmt.Sprint("make ptr hint ", n), func() { sinkP = make(map[int]*int, n) })
	}
	allocs("big values", func() { sinkB = make(map[int]Big, 20) })
	allocs("fill 8", func() {
		m := map[int]int{}
		for i := 0; i < 8; i++ {
			m[i] = i
		}
		sinkM = m
	})
	allocs("fill 8 and range", func() {
		m := map[int]int{}
		for i := 0; i < 8; i++ {
			m[i] = i
		}
		for range m {
		}
		sinkM = m
	})
	allocs("big values fill 4", func() {
		m := map[int]Big{}
		for i := 0; i < 4; i++ {
			m[i] = Big{}
		}
		sinkB = m
	})
	t := 0
	allocs("local", func() { t += local(t) })

	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	seen := map[int]int{}
	for k, v := range m {
		seen[k]++
		if k != v {
			panic("wrong value")
		}
		if k < 100 {
			for j := 0; j < 30; j++ {
				m[1000+k*30+j] = 1000 + k*30 + j
			}
			delete(m, 99-k)
		}
	}
	twice := 0
	for _, c := range seen {
		if c > 1 {
			twice++
		}
	}
	fmt.Println("len", len(m), "seen twice", twice)

	f := map[float64]int{}
	for i := 0; i < 50; i++ {
		f[math.NaN()] = i
		f[float64(i)] = i
	}
	nan := 0
	for k := range f {
		if k != k {
			nan++
		}
	}
	fmt.Println("NaN keys", nan, "len", len(f))

	churn := map[int]int{}
	for i := 0; i < 100000; i++ {
		churn[i] = i
		if i >= 50 {
			delete(churn, i-50)
		}
	}
	var ks []int
	for k := range churn {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	fmt.Println(len(churn), ks[0], ks[len(ks)-1])
}
