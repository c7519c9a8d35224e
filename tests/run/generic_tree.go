// errorcheck -0 -m -l

// A binary search tree over an ordered constraint, two type parameters
// (node[go.shape.string_0,go.shape.int_1]), a recursive generic function.

package main

import "fmt"

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~float32 | ~float64 | ~string
}

type Tree[K Ordered, V any] struct {
	root *node[K, V]
	size int
}

type node[K Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	t.root = t.put(t.root, k, v)
}

func (t *Tree[K, V]) put(n *node[K, V], k K, v V) *node[K, V] {
	if n == nil {
		t.size++
		return &node[K, V]{key: k, val: v} // ERROR "&node\[go\.shape\.string_0,go\.shape\.int_1\]\{\.\.\.\} escapes to heap$" "&node\[go\.shape\.float64_0,go\.shape\.\[\]string_1\]\{\.\.\.\} escapes to heap$"
	}
	switch {
	case k < n.key:
		n.left = t.put(n.left, k, v)
	case k > n.key:
		n.right = t.put(n.right, k, v)
	default:
		n.val = v
	}
	return n
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (t *Tree[K, V]) Walk(f func(K, V)) {
	walk(t.root, f)
}

func walk[K Ordered, V any](n *node[K, V], f func(K, V)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.key, n.val)
	walk(n.right, f)
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	var t Tree[string, int]
	for i, w := range []string{"pear", "apple", "fig", "kiwi", "apple"} { // ERROR "\[\]string\{\.\.\.\} does not escape$"
		t.Put(w, i)
	}
	t.Walk(func(k string, v int) { fmt.Println(k, v) }) // ERROR "leaking param: k$" "func literal does not escape$" "\.\.\. argument does not escape$" "k escapes to heap$" "v escapes to heap$"
	v, ok := t.Get("fig")
	fmt.Println(v, ok, t.size) // ERROR "\.\.\. argument does not escape$" "v escapes to heap$" "ok escapes to heap$" "t\.size escapes to heap$"
	_, ok = t.Get("plum")
	fmt.Println(ok) // ERROR "\.\.\. argument does not escape$" "ok escapes to heap$"

	nums := &Tree[float64, []string]{} // ERROR "&Tree\[float64,\[\]string\]\{\} does not escape$"
	nums.Put(2.5, []string{"a"}) // ERROR "\[\]string\{\.\.\.\} escapes to heap$"
	nums.Put(-1, nil)
	nums.Walk(func(k float64, v []string) { fmt.Println(k, len(v)) }) // ERROR "v does not escape$" "func literal does not escape$" "\.\.\. argument does not escape$" "k escapes to heap$" "len\(v\) escapes to heap$"
	fmt.Println(Max(3, 7), Max("go", "c"), Max[int8](-3, -4), Max(2.5, 1.5)) // ERROR "\.\.\. argument does not escape$" "Max\[go\.shape\.int_0\]\(&\.dict\.Max\[int\], 3, 7\) escapes to heap$" "Max\[go\.shape\.string_0\]\(&\.dict\.Max\[string\], .go., .c.\) escapes to heap$" "Max\[go\.shape\.int8_0\]\(&\.dict\.Max\[int8\], -3, -4\) escapes to heap$" "Max\[go\.shape\.float64_0\]\(&\.dict\.Max\[float64\], 2\.5, 1\.5\) escapes to heap$"
}
