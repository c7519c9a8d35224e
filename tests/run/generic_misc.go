// errorcheck -0 -m -l

// Boxing a type parameter's value in a shape body: gc converts it through the
// dictionary and spells unsafe.Pointer(x); a generic type's method value is a
// wrapper closure gc does not report; closures, go and defer in generic code.

package main

import (
	"fmt"
	"strconv"
	"sync"
)

type Stringer interface{ String() string }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) } // ERROR "\.\.\. argument does not escape$" "unsafe\.Pointer\(p\.Key\) escapes to heap$" "unsafe\.Pointer\(p\.Val\) escapes to heap$"

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type Cache[K comparable, V any] struct {
	mu   sync.Mutex
	data map[K]V
	hits int
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{data: map[K]V{}} // ERROR "&Cache\[go\.shape\.int_0,go\.shape\.string_1\]\{\.\.\.\} escapes to heap$" "map\[go\.shape\.int_0\]go\.shape\.string_1\{\} escapes to heap$"
}

func (c *Cache[K, V]) Get(k K, load func(K) V) V {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		c.hits++
		return v
	}
	v := load(k)
	c.data[k] = v
	return v
}

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Put(v T) { q.items = append(q.items, v) }
func (q *Queue[T]) Take() T {
	v := q.items[0]
	q.items = q.items[1:] // ERROR "\(\*Queue\[go\.shape\.float64_0\]\)\.Take ignoring self-assignment in q\.items = q\.items\[1:\]$"
	return v
}

func Describe[T any](x T) string {
	switch v := any(x).(type) { // ERROR "unsafe\.Pointer\(x\) escapes to heap$"
	case int:
		return "int " + strconv.Itoa(v) // ERROR ".int . \+ strconv\.Itoa\(v\) escapes to heap$"
	case string:
		return "string " + v // ERROR ".string . \+ v escapes to heap$"
	case Stringer:
		return "stringer " + v.String() // ERROR ".stringer . \+ v\.String\(\) escapes to heap$"
	}
	return fmt.Sprintf("other %T", x) // ERROR "\.\.\. argument does not escape$" "unsafe\.Pointer\(x\) escapes to heap$"
}

func Counter[T any]() func(T) int {
	n := 0 // ERROR "moved to heap: n$"
	return func(T) int { // ERROR "func literal escapes to heap$"
		n++
		return n
	}
}

func Apply[T any](xs []T, f func(T)) {
	for _, x := range xs {
		f(x)
	}
}

func Fib[T ~int | ~int64](n T) T {
	if n < 2 {
		return n
	}
	return Fib(n-1) + Fib(n-2)
}

func Show(s Stringer) string { return "<" + s.String() + ">" } // ERROR "leaking param: s$" ".<. \+ s\.String\(\) \+ .>. escapes to heap$"

func main() {
	p := MakePair("a", 1)
	fmt.Println(p, p.String(), Show(p)) // ERROR "\.\.\. argument does not escape$" "p escapes to heap$" "Pair\[go\.shape\.string_0,go\.shape\.int_1\]\.String\(&\.dict\.Pair\[string,int\]\.String, p\) escapes to heap$" "Show\(p\) escapes to heap$"
	fmt.Printf("%v %+v %T\n", p, p, p) // ERROR "\.\.\. argument does not escape$" "p escapes to heap$"
	var ps []Pair[string, int]
	ps = append(ps, p, MakePair("b", 2))
	fmt.Println(len(ps), ps[1].Key) // ERROR "\.\.\. argument does not escape$" "len\(ps\) escapes to heap$" "ps\[1\]\.Key escapes to heap$"

	c := NewCache[int, string]()
	load := func(k int) string { return strconv.Itoa(k * 10) } // ERROR "func literal does not escape$"
	fmt.Println(c.Get(1, load), c.Get(2, load), c.Get(1, load), c.hits) // ERROR "\.\.\. argument does not escape$" "\(\*Cache\[go\.shape\.int_0,go\.shape\.string_1\]\)\.Get\(&\.dict\.\(\*Cache\[int,string\]\)\.Get, c, 1, load\) escapes to heap$" "\(\*Cache\[go\.shape\.int_0,go\.shape\.string_1\]\)\.Get\(&\.dict\.\(\*Cache\[int,string\]\)\.Get, c, 2, load\) escapes to heap$" "c\.hits escapes to heap$"

	var q Queue[float64]
	q.Put(1.5)
	q.Put(2.5)
	fmt.Println(q.Take(), len(q.items)) // ERROR "\.\.\. argument does not escape$" "\(\*Queue\[go\.shape\.float64_0\]\)\.Take\(&\.dict\.\(\*Queue\[float64\]\)\.Take, q\) escapes to heap$" "len\(q\.items\) escapes to heap$"

	fmt.Println(Describe(3), Describe("x"), Describe(p), Describe(2.5)) // ERROR "\.\.\. argument does not escape$" "Describe\[go\.shape\.int_0\]\(&\.dict\.Describe\[int\], 3\) escapes to heap$" "Describe\[go\.shape\.string_0\]\(&\.dict\.Describe\[string\], .x.\) escapes to heap$" "Describe\[go\.shape\.struct \{ Key string; Val int \}_0\]\(&\.dict\.Describe\[main\.Pair\[string,int\]\], p\) escapes to heap$" "Describe\[go\.shape\.float64_0\]\(&\.dict\.Describe\[float64\], 2\.5\) escapes to heap$"
	next := Counter[string]()
	next("a")
	fmt.Println(next("b")) // ERROR "\.\.\. argument does not escape$" "next\(.b.\) escapes to heap$"
	sum := 0
	Apply([]int{1, 2, 3}, func(x int) { sum += x }) // ERROR "\[\]int\{\.\.\.\} does not escape$" "func literal does not escape$"
	fmt.Println(sum) // ERROR "\.\.\. argument does not escape$" "sum escapes to heap$"
	f := Fib[int]
	fmt.Println(f(10), Fib(int64(12))) // ERROR "\.\.\. argument does not escape$" "f\(10\) escapes to heap$" "Fib\[go\.shape\.int64_0\]\(&\.dict\.Fib\[int64\], int64\(12\)\) escapes to heap$"

	var wg sync.WaitGroup // ERROR "moved to heap: wg$"
	results := make([]int, 3) // ERROR "make\(\[\]int, 3\) escapes to heap$"
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) { // ERROR "func literal escapes to heap$"
			defer wg.Done()
			results[i] = Fib(i + 5)
		}(i)
	}
	wg.Wait()
	fmt.Println(results) // ERROR "\.\.\. argument does not escape$" "results escapes to heap$"
	defer fmt.Println("deferred", Describe(7)) // ERROR ".deferred. escapes to heap$" "Describe\[go\.shape\.int_0\]\(&\.dict\.Describe\[int\], 7\) escapes to heap$" "\.\.\. argument does not escape$"
	push := q.Put
	push(9)
	fmt.Println(q.Take()) // ERROR "\.\.\. argument does not escape$" "\(\*Queue\[go\.shape\.float64_0\]\)\.Take\(&\.dict\.\(\*Queue\[float64\]\)\.Take, q\) escapes to heap$"
}
