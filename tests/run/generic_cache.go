// errorcheck -0 -m -l

// A generic cache guarded by a sync.Mutex, as a course writes one: a map
// from comparable keys, a loader called on a miss, hit and miss counters,
// and eviction of the oldest key once full.

package main

import (
	"fmt"
	"sync"
)

type Cache[K comparable, V any] struct {
	mu     sync.Mutex
	data   map[K]V
	order  []K
	limit  int
	hits   int
	misses int
}

func NewCache[K comparable, V any](limit int) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), limit: limit} // ERROR "&Cache\[go\.shape\.string_0,go\.shape\.int_1\]\{\.\.\.\} escapes to heap" "make\(map\[go\.shape\.string_0\]go\.shape\.int_1\) escapes to heap" "&Cache\[go\.shape\.int_0,go\.shape\.string_1\]\{\.\.\.\} escapes to heap" "make\(map\[go\.shape\.int_0\]go\.shape\.string_1\) escapes to heap"
}

func (c *Cache[K, V]) Get(k K, load func(K) V) V {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		c.hits++
		return v
	}
	c.misses++
	v := load(k)
	if len(c.order) == c.limit {
		oldest := c.order[0]
		c.order = c.order[1:] // ERROR "\(\*Cache\[go\.shape\.string_0,go\.shape\.int_1\]\)\.Get ignoring self-assignment in c\.order = c\.order\[1:\]" "\(\*Cache\[go\.shape\.int_0,go\.shape\.string_1\]\)\.Get ignoring self-assignment in c\.order = c\.order\[1:\]"
		delete(c.data, oldest)
	}
	c.data[k] = v
	c.order = append(c.order, k)
	return v
}

func (c *Cache[K, V]) Stats() (int, int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits, c.misses
}

func main() {
	lengths := NewCache[string, int](2)
	calls := 0
	load := func(s string) int { // ERROR "s does not escape" "func literal does not escape"
		calls++
		return len(s)
	}
	for _, w := range []string{"go", "escape", "go", "heap", "stack", "go"} { // ERROR "\[\]string\{\.\.\.\} does not escape"
		fmt.Println(w, lengths.Get(w, load)) // ERROR "\.\.\. argument does not escape" "w escapes to heap" "\(\*Cache\[go\.shape\.string_0,go\.shape\.int_1\]\)\.Get\(&\.dict\.\(\*Cache\[string,int\]\)\.Get, lengths, w, load\) escapes to heap"
	}
	h, m := lengths.Stats()
	fmt.Println("hits", h, "misses", m, "calls", calls) // ERROR "\.\.\. argument does not escape" "\x22hits\x22 escapes to heap" "h escapes to heap" "\x22misses\x22 escapes to heap" "m escapes to heap" "\x22calls\x22 escapes to heap" "calls escapes to heap"

	names := NewCache[int, string](8)
	var wg sync.WaitGroup // ERROR "moved to heap: wg"
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) { // ERROR "func literal escapes to heap"
			defer wg.Done()
			names.Get(i%2, func(k int) string { return fmt.Sprint("user", k) }) // ERROR "func literal does not escape" "\.\.\. argument does not escape" "\x22user\x22 escapes to heap" "k escapes to heap"
		}(i)
	}
	wg.Wait()
	h, m = names.Stats()
	fmt.Println(h+m, len(names.data)) // ERROR "\.\.\. argument does not escape" "h \+ m escapes to heap" "len\(names\.data\) escapes to heap"
}
