// Swapper's work, shared by reflect and internal/reflectlite. It allocates
// what gc's does (the facts bench pairs compare): nothing for fewer than
// two elements, one closure for elements of one machine word or less and
// for strings, and a closure plus one element of scratch space for any
// other element type.
package escgotype

import "unsafe"

// sliceHeader is a slice's three words.
type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

// SliceSwapper returns a function swapping elements i and j of the slice
// at slice, of element type elem (reflect's and reflectlite's Swapper).
func SliceSwapper(slice unsafe.Pointer, elem *Type) func(i, j int) {
	switch (*sliceHeader)(slice).len {
	case 0:
		return swapInEmpty
	case 1:
		return swapInSingle
	}
	if f := wordSwapper(slice, elem); f != nil {
		return f
	}
	// The closure holds the header, the stride, the element type for the
	// moves and the scratch element: five words with its code, gc's size.
	hdr := (*sliceHeader)(slice)
	stride := uintptr(elem.ByteSize)
	scratch := New(elem)
	return func(i, j int) {
		if uint(i) >= uint(hdr.len) || uint(j) >= uint(hdr.len) {
			panic("reflect: slice index out of range")
		}
		a := unsafe.Add(hdr.data, uintptr(i)*stride)
		b := unsafe.Add(hdr.data, uintptr(j)*stride)
		TypedMove(elem, scratch, a)
		TypedMove(elem, a, b)
		TypedMove(elem, b, scratch)
	}
}

func swapInEmpty(i, j int) { panic("reflect: slice index out of range") }

func swapInSingle(i, j int) {
	if i != 0 || j != 0 {
		panic("reflect: slice index out of range")
	}
}

// wordSwapper swaps elements that Go can move as one typed word (a
// pointer, a string, or 1, 2, 4 or 8 bytes without pointers) through a
// slice of that word's type; nil for other element types.
func wordSwapper(slice unsafe.Pointer, elem *Type) func(i, j int) {
	if elem.Kind() == String {
		s := *(*[]string)(slice)
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	}
	if elem.HasPtrs != 0 {
		if elem.ByteSize != int64(unsafe.Sizeof(uintptr(0))) {
			return nil
		}
		s := *(*[]unsafe.Pointer)(slice)
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	}
	switch elem.ByteSize {
	case 8:
		s := *(*[]uint64)(slice)
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case 4:
		s := *(*[]uint32)(slice)
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case 2:
		s := *(*[]uint16)(slice)
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case 1:
		s := *(*[]uint8)(slice)
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	}
	return nil
}
