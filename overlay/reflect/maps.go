// escgo's reflection over maps: MapIndex, MapKeys and MapRange through the
// C runtime's own map functions (internal/escgotype binds them), so an
// iteration visits entries in the order a range loop would.
package reflect

import (
	"internal/escgotype"
	"unsafe"
)

// MapIndex is the value for key in the map v, the zero Value if absent.
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "MapIndex")
	key = key.assignTo("reflect.Value.MapIndex", toRType(v.typ.KeyType))
	et := v.typ.elem()
	out := escgotype.New(et.desc())
	if !escgotype.MapAccess(v.typ.desc(), v.word(), key.at(), out) {
		return Value{}
	}
	return copied(et, out, v.flag&flagRO)
}

// copied is the value of type t at p, which is a fresh copy.
func copied(t *rtype, p unsafe.Pointer, ro flag) Value {
	if t.Direct != 0 {
		return newValue(t, *(*unsafe.Pointer)(p), ro)
	}
	return newValue(t, p, ro|flagIndir)
}

// MapKeys are the map's keys, in iteration order.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "MapKeys")
	kt := toRType(v.typ.KeyType)
	keys := make([]Value, 0, v.Len())
	var it escgotype.MapIter
	escgotype.MapIterInit(v.typ.desc(), v.word(), &it)
	for escgotype.MapIterNext(&it) {
		keys = append(keys, copyOf(kt, it.Key, v.flag&flagRO))
	}
	return keys
}

// copyOf is a copy of the value of type t at p.
func copyOf(t *rtype, p unsafe.Pointer, ro flag) Value {
	c := escgotype.New(t.desc())
	escgotype.TypedMove(t.desc(), c, p)
	return copied(t, c, ro)
}

// A MapIter iterates over a map: Next, then Key and Value.
type MapIter struct {
	m       Value
	it      escgotype.MapIter
	started bool
	more    bool
}

// MapRange is an iterator over the map v.
func (v Value) MapRange() *MapIter {
	if v.Kind() != Map {
		panic(&ValueError{Method: "reflect.Value.MapRange", Kind: v.Kind()})
	}
	return &MapIter{m: v}
}

// Next advances to the next entry; false when there is none.
func (iter *MapIter) Next() bool {
	if !iter.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if !iter.started {
		iter.started = true
		escgotype.MapIterInit(iter.m.typ.desc(), iter.m.word(), &iter.it)
	} else if !iter.more {
		panic("MapIter.Next called on exhausted iterator")
	}
	iter.more = escgotype.MapIterNext(&iter.it)
	return iter.more
}

func (iter *MapIter) entry(what string) {
	if !iter.started {
		panic("MapIter." + what + " called before Next")
	}
	if !iter.more {
		panic("MapIter." + what + " called on exhausted iterator")
	}
}

// Key is the current entry's key.
func (iter *MapIter) Key() Value {
	iter.entry("Key")
	return copyOf(toRType(iter.m.typ.KeyType), iter.it.Key, iter.m.flag&flagRO)
}

// Value is the current entry's value.
func (iter *MapIter) Value() Value {
	iter.entry("Value")
	return copyOf(iter.m.typ.elem(), iter.it.Val, iter.m.flag&flagRO)
}

// Reset makes iter iterate over v (a map, or the zero Value).
func (iter *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.mustBe(Map, "MapIter.Reset")
	}
	*iter = MapIter{m: v}
}

// MakeMap is a new map of type t.
func MakeMap(t Type) Value { return MakeMapWithSize(t, 0) }

// MakeMapWithSize is a new map of type t with room for n entries.
func MakeMapWithSize(t Type, n int) Value {
	if t.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	rt := t.common()
	return newValue(rt, escgotype.MakeMap(rt.desc(), n), 0)
}

// SetMapIndex sets the map v's entry for key to elem, or deletes the
// entry when elem is the zero Value.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "SetMapIndex")
	v.mustBeExported("reflect.Value.SetMapIndex")
	key.mustBeExported("reflect.Value.SetMapIndex")
	key = key.assignTo("reflect.Value.SetMapIndex", toRType(v.typ.KeyType))
	if elem.typ == nil {
		escgotype.MapDelete(v.typ.desc(), v.word(), key.at())
		return
	}
	elem.mustBeExported("reflect.Value.SetMapIndex")
	elem = elem.assignTo("reflect.Value.SetMapIndex", v.typ.elem())
	escgotype.MapAssign(v.typ.desc(), v.word(), key.at(), elem.at())
}

func (v Value) mustBeExported(method string) {
	if v.typ == nil {
		panic(&ValueError{Method: method, Kind: Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
}
