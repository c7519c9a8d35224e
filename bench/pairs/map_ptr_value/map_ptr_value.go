// Seed 002 §2.4: a map that does not escape stays on the stack, but a
// pointer stored in it must point to the heap (moved to heap / &Item{}
// escapes); storing values needs no allocation. Eight entries fit in the
// map's first bucket.
package map_ptr_value

type Item struct {
	ID, V int
}

const entries = 8

//go:noinline
func sumPtrMap(k int) int {
	m := map[int]*Item{}
	for i := 0; i < entries; i++ {
		m[i] = &Item{ID: i, V: i + k}
	}
	t := 0
	for _, p := range m {
		t += p.V
	}
	return t
}

//go:noinline
func sumValMap(k int) int {
	m := map[int]Item{}
	for i := 0; i < entries; i++ {
		m[i] = Item{ID: i, V: i + k}
	}
	t := 0
	for _, v := range m {
		t += v.V
	}
	return t
}
