// escgo's swapper.go for internal/reflectlite: Swapper, which sort.Slice
// uses, over escgo's descriptors; internal/escgotype's SliceSwapper, which
// reflect's Swapper shares, makes the function.
package reflectlite

import "internal/escgotype"

// Swapper returns a function swapping elements i and j of slice, which
// must be a slice; the function panics on an index out of range.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	return escgotype.SliceSwapper(v.ptr, v.typ.ElemType)
}
