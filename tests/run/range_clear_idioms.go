// gc's walk replaces two range loops by a clear (walk/range.go):
// `for k := range m { delete(m, k) }` by one mapclear call, and
// `for i := range a { a[i] = zero }` by a memclr of a's elements. The map
// loop it leaves alone allocates where the clear does not: ranging over a
// map whose buckets hold no pointers hangs mapextra and its overflow list
// off the map (2 allocations), so the allocation counts below show which
// loops were replaced. Loops that must stay loops: the key not a new
// variable, a value variable, another map, a key type where k == k may be
// false (NaN keys cannot be deleted: the loop leaves them), an inlined
// copy (gc's inlined variables are not "declared by" the copied loop), a
// map index whose key the order pass copies into a temporary.
package main

import (
	"fmt"
	"math"
	"runtime"
)

var sink map[int]int

// fresh is a heap map of n entries, in its first bucket (n <= 8: no
// overflow buckets, so nothing below depends on the hash).
func fresh(n int) map[int]int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
	sink = m
	return m
}

func mallocs(f func()) uint64 {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.Mallocs - a.Mallocs
}

//go:noinline
func clearIdiom(m map[int]int) {
	for k := range m {
		delete(m, k)
	}
}

// Small enough to inline: its inlined copy stays a loop.
func clearInlined(m map[int]int) {
	for k := range m {
		delete(m, k)
	}
}

//go:noinline
func clearNested(m map[int]int) {
	for k := range m {
		{
			delete((m), k)
		}
	}
}

//go:noinline
func keyNotNew(m map[int]int) {
	var k int
	for k = range m {
		delete(m, k)
	}
	_ = k
}

//go:noinline
func withValue(m map[int]int) {
	for k, _ := range m {
		delete(m, k)
	}
}

//go:noinline
func twoStatements(m map[int]int) (n int) {
	for k := range m {
		delete(m, k)
		n++
	}
	return n
}

type holder struct {
	m map[int]int
}

//go:noinline
func clearField(h *holder) {
	for k := range h.m {
		delete(h.m, k)
	}
}

//go:noinline
func clearByStringKey(mm map[string]map[int]int) {
	for k := range mm["a"] {
		delete(mm["a"], k)
	}
}

//go:noinline
func clearByIntKey(mm map[int]map[int]int, x int) {
	for k := range mm[x] {
		delete(mm[x], k)
	}
}

//go:noinline
func clearFloat(m map[float64]int) {
	for k := range m {
		delete(m, k)
	}
}

//go:noinline
func clearIface(m map[interface{}]int) {
	for k := range m {
		delete(m, k)
	}
}

func mapClears() {
	fmt.Println("-- maps")
	// Each case prepares its call (allocating what it needs), then the
	// call alone is measured.
	for _, c := range []struct {
		name string
		prep func(map[int]int) func()
	}{
		{"idiom", func(m map[int]int) func() { return func() { clearIdiom(m) } }},
		{"inlined", func(m map[int]int) func() { return func() { clearInlined(m) } }},
		{"nested block", func(m map[int]int) func() { return func() { clearNested(m) } }},
		{"key not new", func(m map[int]int) func() { return func() { keyNotNew(m) } }},
		{"with value", func(m map[int]int) func() { return func() { withValue(m) } }},
		{"two statements", func(m map[int]int) func() { return func() { twoStatements(m) } }},
		{"field", func(m map[int]int) func() {
			h := &holder{m}
			return func() { clearField(h) }
		}},
		{"map index, string key", func(m map[int]int) func() {
			mm := map[string]map[int]int{"a": m}
			return func() { clearByStringKey(mm) }
		}},
		{"map index, int key", func(m map[int]int) func() {
			mm := map[int]map[int]int{3: m}
			return func() { clearByIntKey(mm, 3) }
		}},
		{"closure", func(m map[int]int) func() {
			return func() {
				for k := range m {
					delete(m, k)
				}
			}
		}},
	} {
		m := fresh(8)
		n := mallocs(c.prep(m))
		fmt.Printf("%-22s len %d, %d allocs\n", c.name+":", len(m), n)
	}

	// The map works after a clear: it keeps its buckets and takes new keys
	// without allocating.
	m := fresh(8)
	clearIdiom(m)
	n := mallocs(func() {
		for i := 10; i < 18; i++ {
			m[i] = i
		}
	})
	sum := 0
	for k, v := range m {
		sum += k + v
	}
	fmt.Println("refill:", len(m), sum, n, "allocs", m[12], m[3])
	clearIdiom(nil)
	clearIdiom(map[int]int{})

	// Big map: the bucket array and its preallocated overflow buckets
	// stay, every entry goes.
	big := make(map[int]int, 1000)
	for i := 0; i < 1000; i++ {
		big[i] = i
	}
	clearIdiom(big)
	fmt.Println("big:", len(big), big[5])
	for i := 0; i < 500; i++ {
		big[i*7] = i
	}
	fmt.Println("big refilled:", len(big), big[70], big[71])

	// NaN keys survive the loop (delete cannot find them), and so the
	// loop is never replaced for floats or interfaces.
	f := map[float64]int{math.NaN(): 1, math.NaN(): 2, 1.5: 3, math.Inf(1): 4}
	clearFloat(f)
	fmt.Println("float keys left:", len(f))
	i := map[interface{}]int{math.NaN(): 1, "a": 2, 3: 3}
	clearIface(i)
	fmt.Println("interface keys left:", len(i))
}

type point struct {
	x, y int
	name string
}

//go:noinline
func zeroInts(a []int) (last int) {
	last = -1
	for last = range a {
		a[last] = 0
	}
	return last
}

//go:noinline
func zeroArrayPtr(p *[5]int) {
	for i := range p {
		p[i] = 0
	}
}

//go:noinline
func zeroDeref(p *[5]int) {
	for i := range *p {
		(*p)[i] = 0
	}
}

//go:noinline
func zeroPoints(ps []point) {
	for i := range ps {
		ps[i] = point{}
	}
}

//go:noinline
func zeroPtrs(ps []*point) {
	for i, _ := range ps {
		ps[i] = nil
	}
}

//go:noinline
func notZero(a []int) {
	for i := range a {
		a[i] = 7
	}
}

//go:noinline
func otherSlice(a, b []int) {
	for i := range a {
		b[i] = 0
	}
}

func arrayClears() {
	fmt.Println("-- arrays")
	a := []int{1, 2, 3, 4}
	fmt.Println(zeroInts(a), a)
	fmt.Println(zeroInts(nil), zeroInts(a[:0]))
	var arr [5]int
	for i := range arr {
		arr[i] = i + 1
	}
	local := arr
	for i := range local {
		local[i] = 0
	}
	fmt.Println(arr, local)
	zeroArrayPtr(&arr)
	fmt.Println(arr)
	arr = [5]int{9, 9, 9, 9, 9}
	zeroDeref(&arr)
	fmt.Println(arr)
	ps := []point{{1, 2, "a"}, {3, 4, "b"}}
	zeroPoints(ps)
	fmt.Printf("%+v\n", ps)
	pp := []*point{&ps[0], nil, &ps[1]}
	zeroPtrs(pp)
	fmt.Println(pp[0] == nil, pp[1] == nil, pp[2] == nil, len(pp))
	b := make([]int, 3)
	notZero(b)
	c := []int{5, 5, 5, 5}
	otherSlice(b[:2], c)
	fmt.Println(b, c)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		zeroArrayPtr(nil)
	}()
	var i int = 42
	var empty []string
	for i = range empty {
		empty[i] = ""
	}
	fmt.Println("index after empty range:", i)
}

func main() {
	mapClears()
	arrayClears()
}
