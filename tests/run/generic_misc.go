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

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type Cache[K comparable, V any] struct {
	mu   sync.Mutex
	data map[K]V
	hits int
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{data: map[K]V{}}
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
	q.items = q.items[1:]
	return v
}

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return "int " + strconv.Itoa(v)
	case string:
		return "string " + v
	case Stringer:
		return "stringer " + v.String()
	}
	return fmt.Sprintf("other %T", x)
}

func Counter[T any]() func(T) int {
	n := 0
	return func(T) int {
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

func Show(s Stringer) string { return "<" + s.String() + ">" }

func main() {
	p := MakePair("a", 1)
	fmt.Println(p, p.String(), Show(p))
	fmt.Printf("%v %+v %T\n", p, p, p)
	var ps []Pair[string, int]
	ps = append(ps, p, MakePair("b", 2))
	fmt.Println(len(ps), ps[1].Key)

	c := NewCache[int, string]()
	load := func(k int) string { return strconv.Itoa(k * 10) }
	fmt.Println(c.Get(1, load), c.Get(2, load), c.Get(1, load), c.hits)

	var q Queue[float64]
	q.Put(1.5)
	q.Put(2.5)
	fmt.Println(q.Take(), len(q.items))

	fmt.Println(Describe(3), Describe("x"), Describe(p), Describe(2.5))
	next := Counter[string]()
	next("a")
	fmt.Println(next("b"))
	sum := 0
	Apply([]int{1, 2, 3}, func(x int) { sum += x })
	fmt.Println(sum)
	f := Fib[int]
	fmt.Println(f(10), Fib(int64(12)))

	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = Fib(i + 5)
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	defer fmt.Println("deferred", Describe(7))
	push := q.Put
	push(9)
	fmt.Println(q.Take())
}
