// escgo's maps as reflection sees them: the C runtime's map functions
// (runtime/map.c), bound by name. Their parameters keep nothing, as the
// runtime functions gc's reflect binds (mapiterinit, mapaccess, mapassign,
// mapdelete, maplen), which are //go:noescape too; MakeMap's descriptor
// leaks, as gc's makemap's does (no annotation).
package escgotype

import "unsafe"

// MapIter is struct GoMapIter of escgo_rt.h: one iteration over a map.
type MapIter struct {
	Key, Val    unsafe.Pointer // the current entry, after MapIterNext said true
	mt          *Type
	m           unsafe.Pointer
	buckets     unsafe.Pointer
	bptr        unsafe.Pointer
	overflow    unsafe.Pointer
	oldoverflow unsafe.Pointer
	startBucket uintptr
	offset      uint8
	wrapped     uint8
	b           uint8
	i           uint8
	bucket      uintptr
	checkBucket uintptr
}

// MapIterInit starts it over the map m of map type mt.
//
//go:linkname MapIterInit escgo_mapiterinit
//go:noescape
func MapIterInit(mt *Type, m unsafe.Pointer, it *MapIter)

// MapIterNext moves it to the next entry; false when there is none.
//
//go:linkname MapIterNext escgo_mapiternext
//go:noescape
func MapIterNext(it *MapIter) bool

// MapAccess copies the value for the key at key into out (the zero value
// if there is none) and says whether there was one.
//
//go:linkname MapAccess escgo_mapaccess
//go:noescape
func MapAccess(mt *Type, m unsafe.Pointer, key, out unsafe.Pointer) bool

// MapLen is the number of entries of the map m (0 for nil).
//
//go:linkname MapLen escgo_maplen
//go:noescape
func MapLen(m unsafe.Pointer) int

// MakeMap is a new map of map type mt with room for hint entries.
//
//go:linkname MakeMap escgo_reflect_makemap
func MakeMap(mt *Type, hint int) unsafe.Pointer

// MapAssign stores a copy of the value at val for the key at key.
//
//go:linkname MapAssign escgo_reflect_mapassign
//go:noescape
func MapAssign(mt *Type, m unsafe.Pointer, key, val unsafe.Pointer)

// MapDelete removes the key at key's entry, if any.
//
//go:linkname MapDelete escgo_mapdelete
//go:noescape
func MapDelete(mt *Type, m unsafe.Pointer, key unsafe.Pointer)
