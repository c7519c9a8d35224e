// m[k] op= y finds the entry once (gc's walk: one mapassign, then the
// operation through the slot) — except for / and %, whose panic must come
// first. What a program can see of that: y is evaluated before the entry
// exists (len(m), a call that changes the map), a panicking shift still
// leaves the new zero entry behind, a division by zero does not.
package main

import (
	"fmt"
	"sort"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	f()
}

type pair struct{ a, b int }

func main() {
	m := map[int]int{}
	m[1] += len(m)
	m[2] += len(m)
	fmt.Println(m)

	add := func() int {
		m[100] = 7
		delete(m, 1)
		return len(m)
	}
	m[1] += add()
	fmt.Println(m)

	s := map[string]int{}
	try("shift", func() {
		z := -1
		s["shifted"] <<= z
	})
	try("div", func() {
		z := 0
		s["divided"] /= z
	})
	try("mod", func() {
		z := 0
		s["modded"] %= z
	})
	keys := []string{}
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(len(s), keys)

	str := map[pair]string{}
	for i := 0; i < 3; i++ {
		str[pair{i % 2, 0}] += fmt.Sprint(i)
	}
	fmt.Println(str[pair{0, 0}], str[pair{1, 0}], len(str))

	f := map[string]float64{"x": 1}
	f["x"] *= 2.5
	f["y"] -= 0.25
	c := map[int]complex128{}
	c[0] += 1 + 2i
	c[0] *= 2i
	u := map[uint8]uint8{}
	u[7] += 250
	u[7] += 10
	u[7] ^= 0xff
	fmt.Println(f, c, u)

	big := map[int][40]int{}
	arr := big[3]
	arr[0] = 1
	big[3] = arr
	counts := map[string]int{}
	for _, w := range []string{"a", "b", "a", "c", "a", "b"} {
		counts[w]++
	}
	fmt.Println(len(big), counts)

	var nilMap map[string]int
	try("nil map", func() { nilMap["x"] += 1 })
}
