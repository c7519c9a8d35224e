// errorcheck -0 -m -l

// sort: the slice given to sort.Ints/Strings/Slice leaks (it is boxed into
// an interface inside the package), so a local slice literal escapes; the
// less func value passed to sort.Slice does not escape, and neither do the
// variables its closure captures by reference.

package main

import "sort"

type byLen []string

func (b byLen) Len() int           { return len(b) } // ERROR "b does not escape$"
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) } // ERROR "b does not escape$"
func (b byLen) Swap(i, j int)      { x, y := b[i], b[j]; b[i] = y; b[j] = x } // ERROR "leaking param content: b$"

func ints() int {
	xs := []int{3, 1, 2} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	sort.Ints(xs)
	return xs[0]
}

func strs(ss []string) { // ERROR "leaking param: ss$"
	sort.Strings(ss)
}

func slice() int {
	xs := []int{3, 1, 2} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] }) // ERROR "xs escapes to heap$" "func literal does not escape$"
	return xs[0]
}

func sliceParam(xs []float64, desc bool) { // ERROR "leaking param: xs$"
	sort.Slice(xs, func(i, j int) bool { // ERROR "xs escapes to heap$" "func literal does not escape$"
		if desc {
			return xs[i] > xs[j]
		}
		return xs[i] < xs[j]
	})
}

func sortIface() string {
	b := byLen{"ccc", "a"} // ERROR "byLen\{\.\.\.\} escapes to heap$"
	sort.Sort(b) // ERROR "b escapes to heap$"
	return b[0]
}

func search(xs []int) int { // ERROR "xs does not escape$"
	return sort.SearchInts(xs, 5)
}

func searchFn(xs []int, x int) int { // ERROR "xs does not escape$"
	return sort.Search(len(xs), func(i int) bool { return xs[i] >= x }) // ERROR "func literal does not escape$"
}

func main() {
	ints()
	strs(nil)
	slice()
	sliceParam(nil, true)
	sortIface()
	search(nil)
	searchFn(nil, 1)
}
